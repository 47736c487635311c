using BriefBuilder.Dates;
using BriefBuilder.Records;
using static BriefBuilder.Composition.Tests.Bibliography.TestSources.SourceBuilder;

namespace BriefBuilder.Composition.Tests.Bibliography.TestSources;

/// <summary>
/// Sources as a curator would enter them, covering every source type and the cases the issue names:
/// organisations as authors, several persons, no author, undated pages with an access date, archived URLs,
/// month-precise and approximate dates, one author twice in one year, non-Latin names.
/// </summary>
internal static class SourceTypeCoverage
{
    public static IReadOnlyList<Source> All { get; } =
    [
        Source("S01", SourceType.News).By("Bagheri, Leila").Titled("Ceasefire holds in the south as talks resume")
            .In("The Guardian").Dated(DateValues.Day(2023, 10, 5)).At("https://www.theguardian.com/world/2023/oct/05/ceasefire"),
        Source("S02", SourceType.News).By("Bagheri, Leila").Titled("Refugees from Karabakh find shelter in Goris")
            .In("The Guardian").Dated(DateValues.Day(2023, 11, 14)).At("https://www.theguardian.com/world/2023/nov/14/goris"),
        Source("S03", SourceType.News).Titled("Armenia and Azerbaijan agree to resume border talks")
            .In("Reuters").Dated(DateValues.Day(2023, 10, 6)).At("https://www.reuters.com/world/armenia-azerbaijan-talks"),
        Source("S04", SourceType.Statement).By("Ministry of Foreign Affairs of Armenia")
            .Titled("Statement on the situation in Nagorno-Karabakh").PublishedBy("Ministry of Foreign Affairs of Armenia")
            .Dated(DateValues.Day(2023, 9, 20)).At("https://www.mfa.am/en/press-releases/2023/09/20/statement")
            .ArchivedAt("https://web.archive.org/web/20230921/https://www.mfa.am/en/press-releases/2023/09/20/statement"),
        Source("S05", SourceType.PressBriefing).By("U.S. Department of State").Titled("Department press briefing")
            .PublishedBy("U.S. Department of State").Dated(DateValues.Day(2023, 9, 21)).At("https://www.state.gov/briefings/department-press-briefing-september-21-2023"),
        Source("S06", SourceType.Report).By("International Crisis Group").Titled("Nagorno-Karabakh: Seven Years after the War")
            .In("Europe Report").PublishedBy("International Crisis Group").Dated(DateValues.Month(2023, 6)).At("https://www.crisisgroup.org/europe-central-asia/caucasus/nagorno-karabakh"),
        Source("S07", SourceType.Resolution).By("UN Security Council").Titled("Resolution 853 (1993)")
            .PublishedBy("United Nations").Dated(DateValues.Day(1993, 7, 29)).At("https://undocs.org/S/RES/853(1993)"),
        Source("S08", SourceType.Interview).By("Pashinyan, Nikol").Titled("Interview with the prime minister of Armenia")
            .In("Euronews").Dated(DateValues.Day(2023, 3, 1)).At("https://www.euronews.com/2023/03/01/interview-pashinyan"),
        Source("S09", SourceType.Book).By("de Waal, Thomas").Titled("Black Garden: Armenia and Azerbaijan through Peace and War")
            .PublishedBy("NYU Press").Dated(DateValues.Year(2013)),
        Source("S10", SourceType.Web).By("OSCE Minsk Group").Titled("About the Minsk Group").In("OSCE")
            .Accessed(DateValues.Day(2024, 1, 15)).At("https://www.osce.org/mg"),
        Source("S11", SourceType.Social).By("Mirzoyan, Ararat").Titled("Today we met with colleagues in Brussels to discuss the peace agenda")
            .In("X").Dated(DateValues.Day(2023, 11, 2)).At("https://x.com/AraratMirzoyan/status/1720000000000000000"),
        Source("S12", SourceType.Article).By("Broers, Laurence", "Toal, Gerard").Titled("Beyond the Karabakh war")
            .In("Caucasus Survey").Dated(DateValues.Year(2023, DateQualifiers.Approximate)).At("https://doi.org/10.30965/23761202-20230001"),
        Source("S13", SourceType.Article).By("Abbasov, Shahin").Titled("What the corridor means for the region")
            .PublishedBy("Chatham House").Dated(DateValues.Season(2022, Season.Autumn)).At("https://www.chathamhouse.org/2022/corridor"),
        Source("S14", SourceType.News).By("Պետրոսյան, Արամ").Titled("Հայտարարություն սահմանային իրավիճակի մասին")
            .In("Ազատություն").Dated(DateValues.Day(2023, 5, 1)).At("https://www.azatutyun.am/a/32390000.html").InLanguage("hy"),
        Source("S15", SourceType.News).By("Иванов, Сергей").Titled("Заявление министерства о переговорах")
            .In("Коммерсантъ").Dated(DateValues.Day(2023, 5, 2)).At("https://www.kommersant.ru/doc/5960000").InLanguage("ru"),
        Source("S16", SourceType.Report).By("Kucera, Joshua", "Mammadov, Farid", "Grigoryan, Anna")
            .Titled("Border villages after the war").PublishedBy("Eurasianet").Dated(DateValues.Year(2021)),
        Source("S17", SourceType.Report).By("Kucera, Joshua", "Abbasov, Shahin", "Hovhannisyan, Lilit")
            .Titled("Trade routes across the South Caucasus").PublishedBy("Eurasianet").Dated(DateValues.Year(2021)),
        Source("S18", SourceType.Web).Titled("Humanitarian situation update").In("Reliefweb").PublishedBy("UNHCR")
            .Dated(DateValues.Month(2023, 10, DateQualifiers.Approximate)).At("https://reliefweb.int/report/armenia/unhcr-update"),
        Source("S19", SourceType.Statement).By("European External Action Service")
            .Titled("Statement by the spokesperson on the latest developments").In("EEAS Press Material")
            .Dated(DateValues.Day(2023, 9, 19)).At("https://www.eeas.europa.eu/eeas/statement-spokesperson_en"),
        Source("S20", SourceType.Resolution).Titled("Resolution on the humanitarian situation in Nagorno-Karabakh")
            .PublishedBy("European Parliament").Dated(DateValues.Day(2023, 10, 5)).At("https://www.europarl.europa.eu/doceo/document/TA-9-2023-0356_EN.html"),
        Source("S21", SourceType.Interview).By("Grigoryan, Anna").Titled("Interview by the author in Yerevan")
            .Dated(DateValues.Day(2024, 2, 10)),
        Source("S22", SourceType.News).By("Kucera, Joshua").Titled("Live updates from the line of contact").In("Eurasianet")
            .Dated(DateValues.Between(DateValues.Day(2023, 9, 19), DateValues.Day(2023, 9, 21))).At("https://eurasianet.org/live-updates"),
        Source("S23", SourceType.Web).By("Human Rights Watch").Titled("Azerbaijan").In("Human Rights Watch")
            .At("https://www.hrw.org/europe/central-asia/azerbaijan"),
        Source("S24", SourceType.Book).By("Melkonyan, Ruben").Titled("a peace to build on").PublishedBy("Routledge").Dated(DateValues.Year(2024)),
        Source("S25", SourceType.Report).By("Helsinki Watch").Titled("Bloodshed in the Caucasus").PublishedBy("Human Rights Watch")
            .Dated(DateValues.Decade(1990)),
        Source("S26", SourceType.News).By("Bagheri, Maryam").Titled("Tehran watches the corridor talks").In("Al-Monitor")
            .Dated(DateValues.Day(2023, 12, 1)).At("https://www.al-monitor.com/originals/2023/12/tehran-corridor"),
        Source("S27", SourceType.Report).By("The Jamestown Foundation").Titled("Eurasia daily monitor: the Lachin corridor")
            .PublishedBy("The Jamestown Foundation").Dated(DateValues.Year(2022)).At("https://jamestown.org/program/lachin-corridor"),
        Source("S28", SourceType.Report).By("Amnesty International", "Human Rights Watch", "Freedom House", "Article 19", "Crisis Action", "Saferworld", "Conciliation Resources", "International Alert")
            .Titled("Joint submission on civilian protection").Dated(DateValues.Year(2020)).At("https://www.amnesty.org/en/documents/joint-submission"),
        Source("S29", SourceType.Statement).By("Supreme Council of Armenia").Titled("Appeal to the parliaments of the world")
            .PublishedBy("Supreme Council of Armenia").Dated(DateValues.Decade(1990)),
        Source("S30", SourceType.Statement).By(
                "Abrahamyan, Ani", "Aliyeva, Leyla", "Babayan, Narek", "Dupont, Jean-Luc", "Gasparyan, Hovhannes", "Guliyev, Emin",
                "Hakobyan, Mariam", "Huseynova, Aynur", "Karapetyan, Tigran", "Mammadli, Rauf", "Mkrtchyan, Sona", "Novruzov, Elvin",
                "Petrosyan, Gevorg", "Rzayeva, Nigar", "Sargsyan, Arpi", "Talibov, Orkhan", "Vardanyan, Davit", "Yusifova, Sabina",
                "Zakaryan, Lusine", "Zeynalov, Murad", "Adams, J.R.")
            .Titled("Open letter from researchers of the region: \"Peace is possible\"").In("Caucasus Edition")
            .Dated(DateValues.Day(2022, 12, 12)).At("https://caucasusedition.net/open-letter"),
        Source("S31", SourceType.News).By("Adams, J.R.").Titled("Is a peace treaty within reach?").In("Eurasianet")
            .Dated(DateValues.Between(DateValues.Day(2023, 12, 30), DateValues.Day(2024, 1, 2))).At("https://eurasianet.org/peace-treaty"),
        Source("S32", SourceType.Web).By("Ministry of Foreign Affairs of Azerbaijan").Titled("Foreign policy").In("MFA of Azerbaijan")
            .Accessed(DateValues.Month(2024, 2)).At("https://mfa.gov.az/en/category/foreign-policy"),
        Source("S33", SourceType.Web).By("Ministry of Foreign Affairs of Azerbaijan").Titled("Conflict settlement").In("MFA of Azerbaijan")
            .Accessed(DateValues.Day(2024, 2, 3)).At("https://mfa.gov.az/en/category/conflict-settlement"),
        Source("S34", SourceType.News).By("Bagheri, Layla").Titled("Border markers go up near Tavush").In("OC Media")
            .Dated(DateValues.Day(2024, 4, 23)).At("https://oc-media.org/border-markers-tavush"),

        // Name particles: non-dropping before the family name, joined by a hyphen or a space; dropping after the given name.
        Source("S35", SourceType.Article).By("al-Rashīd, Ahmad").Titled("Displacement and return in the South Caucasus")
            .In("Journal of Refugee Studies").Dated(DateValues.Year(2023)),
        Source("S36", SourceType.Article).By("de la Cruz, Juan", "van der Berg, Anna").Titled("Naming ethnic cleansing")
            .In("Genocide Studies International").Dated(DateValues.Year(2022)),
        Source("S37", SourceType.Book).By("Humboldt, Alexander von").Titled("Travels in the Caucasus").PublishedBy("Example Press")
            .Dated(DateValues.Year(2021)),

        // A work with no title of its own, described in square brackets.
        Source("S38", SourceType.Report).By("Council of Europe").Titled("[Observations on a visit to the region]")
            .PublishedBy("Council of Europe").Dated(DateValues.Day(2024, 1, 12)),
        Source("S39", SourceType.Statement).By("Ministry of Foreign Affairs of Armenia").Titled("[Statement on the exodus]")
            .PublishedBy("Ministry of Foreign Affairs of Armenia").Dated(DateValues.Day(2023, 9, 28)),
    ];
}
