namespace BriefBuilder.Tests.TestWorkbooks;

/// <summary>A small workbook with no error and no warning; tests change one thing and look for its diagnostic.</summary>
internal static class CleanDossier
{
    public static TestWorkbook Build()
    {
        var workbook = new TestWorkbook();
        workbook.AddSheet("Brief")
            .Row("Field", "Value")
            .Row("Title", "Statements on the canal project")
            .Row("Language", "en");
        workbook.AddSheet("Claims")
            .Row("ID", "Date", "Speaker", "Institution", "Stance", "Summary", "Quote", "Sources", "Locator", "Tags", "Status", "Notes")
            .Row("C1", "2023-10-05", "P1", null, "support", "The minister backed the canal.", "We will build it.", "S1", "p. 2", "canal", "verified", "internal")
            .Row("C2", "2023-11", "P2", null, "oppose", "The mayor opposed the canal.", null, "S2; S3", null, "canal; water", "verified", null)
            .Row("C3", "2024", null, "I2", "oppose", "The agency warned about costs.", null, "S3", "para. 4", null, "verified", null);
        workbook.AddSheet("People")
            .Row("ID", "Name", "Role", "Institution", "Country", "Aliases")
            .Row("P1", "Jana Novak", "Minister", "I1", "Exampleland", "J. Novak")
            .Row("P2", "Tomas Berg", "Mayor", "I3", "Exampleland", null);
        workbook.AddSheet("Institutions")
            .Row("ID", "Name", "Short Name", "Type", "Country", "Parent", "URL")
            .Row("I1", "Ministry of Transport", "MoT", "government", "Exampleland", null, "https://example.org/mot")
            .Row("I2", "Canal Agency", "CA", "government", "Exampleland", "I1", null)
            .Row("I3", "City of Portville", null, "other", "Exampleland", null, "mailto:office@example.org");
        workbook.AddSheet("Sources")
            .Row("ID", "Type", "Authors", "Title", "Container", "Date", "URL", "Accessed")
            .Row("S1", "press-briefing", "Ministry of Transport", "Briefing on the canal", null, "2023-10-05", "https://example.org/briefing", null)
            .Row("S2", "news", "Lind, Eva", "Mayor says no", "Portville Post", "2023-11-02", "http://example.org/post", null)
            .Row("S3", "web", null, "Canal costs", "Canal Agency website", null, "https://example.org/costs", "2024-01-15");
        workbook.AddSheet("Events")
            .Row("ID", "Date", "Title", "Description", "Sources", "Tags")
            .Row("E1", "2023-09", "Canal plan announced", null, "S1", "canal");
        workbook.AddSheet("Stances")
            .Row("Key", "Label", "Description", "Color", "Order")
            .Row("support", "Supports", "In favour", "#1B9E77", 1)
            .Row("oppose", "Opposes", "Against", "#D95F02", 2);
        return workbook;
    }
}
