using BriefBuilder.Diagnostics;
using BriefBuilder.Records;
using BriefBuilder.Validation;

namespace BriefBuilder.Tests.Validation;

public sealed class DossierValidatorTests
{
    [Fact]
    public void The_core_dossier_is_valid()
    {
        Assert.Empty(new DossierBuilder().Validate());
    }

    [Fact]
    public void A_repeated_id_is_an_error_at_the_second_record_whatever_its_case()
    {
        var builder = new DossierBuilder().Claim("c1").Source("S2").Claim("C2", sources: ["S2"]).Source("s2");

        Assert.Equal(["Sources!A4 BB050", "Claims!A3 BB050"], builder.Validate());
        Assert.Contains("'c1': already used at Claims!A2", builder.Messages()[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_stance_key_is_an_error()
    {
        Assert.Equal(["Stances!A4 BB050"], new DossierBuilder().Stance("Support").Validate());
    }

    [Fact]
    public void Every_kind_of_reference_must_name_an_existing_record()
    {
        var builder = new DossierBuilder()
            .Claim("C2", speakers: ["P9"])
            .Claim("C3", institution: "I9")
            .Claim("C4", stance: "neutral")
            .Claim("C5", sources: ["S1", "S9"])
            .Person("P2", "Tomas Berg", institution: "I8")
            .Person("P3", "Ana Lind", institution: null, affiliation: "I6")
            .Institution("I2", "Canal Agency", parent: "I7")
            .Event("E1", "S6");

        Assert.Equal(
            ["Claims!E3 BB051", "Claims!F4 BB051", "Claims!G5 BB051", "Claims!K6 BB051", "People!D3 BB051", "People!E4 BB051", "Institutions!F3 BB051", "Events!E2 BB051", "People!A3 BB062", "People!A4 BB062"],
            builder.Validate());
    }

    [Fact]
    public void References_match_ids_whatever_their_case()
    {
        Assert.Empty(new DossierBuilder().Claim("C2", speakers: ["p1"], institution: "i1", stance: "SUPPORT", sources: ["s1"]).Validate());
    }

    [Fact]
    public void A_cycle_of_parents_is_reported_once_at_its_first_member()
    {
        var builder = new DossierBuilder()
            .Institution("I2", "Canal Agency", parent: "I3")
            .Institution("I3", "Water Board", parent: "I4")
            .Institution("I4", "River Office", parent: "I2")
            .Institution("I5", "Harbour Office", parent: "I3");

        Assert.Equal(["Institutions!F3 BB052"], builder.Validate());
        Assert.Contains("I2 → I3 → I4 → I2", builder.Messages()[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_institution_that_is_its_own_parent_is_a_cycle()
    {
        Assert.Equal(["Institutions!F3 BB052"], new DossierBuilder().Institution("I2", "Canal Agency", parent: "i2").Validate());
    }

    [Fact]
    public void A_chain_of_parents_is_no_cycle()
    {
        Assert.Empty(new DossierBuilder().Institution("I2", "Canal Agency", parent: "I1").Institution("I3", "Lock Office", parent: "I2").Validate());
    }

    [Theory]
    [InlineData("https://example.org/a?b=c")]
    [InlineData("http://example.org")]
    [InlineData("HTTPS://EXAMPLE.ORG")]
    [InlineData("mailto:press@example.org")]
    public void Http_https_and_mailto_urls_are_accepted(string url)
    {
        Assert.Empty(new DossierBuilder().Institution("I2", "Canal Agency", url: url).Claim("C2", institution: "I2").Validate());
    }

    [Theory]
    [InlineData("ftp://example.org/report.pdf", "scheme 'ftp'")]
    [InlineData("javascript:alert(1)", "scheme 'javascript'")]
    [InlineData("file:///home/me/report.pdf", "scheme 'file'")]
    [InlineData("example.org/report", "not a full URL")]
    [InlineData("/reports/2023.pdf", "not a full URL")]
    [InlineData("https://exa mple.org", "not a valid URL")]
    [InlineData("https://", "not a valid URL")]
    public void Other_urls_are_errors_that_say_what_is_wrong(string url, string problem)
    {
        var builder = new DossierBuilder().Source("S2", url: "https://example.org", archivedUrl: url).Claim("C2", sources: ["S2"]);

        Assert.Equal(["Sources!I3 BB053"], builder.Validate());
        Assert.Contains(problem, builder.Messages()[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Names_that_differ_by_accents_or_a_letter_are_near_duplicates()
    {
        var builder = new DossierBuilder()
            .Person("P2", "Dunja Mijatović").Claim("C2", speakers: ["P2"])
            .Person("P3", "Dunja Mijatovic").Claim("C3", speakers: ["P3"])
            .Person("P4", "Dunja Mijatovice").Claim("C4", speakers: ["P4"])
            .Institution("I2", "Ministry of  TRANSPORT").Claim("C5", institution: "I2");

        Assert.Equal(["People!B4 BB060", "People!B5 BB060", "Institutions!B3 BB060"], builder.Validate());
        Assert.Contains("'Dunja Mijatović' (person 'P2' at People!B3)", builder.Messages()[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Short_names_a_letter_apart_are_different_people()
    {
        var builder = new DossierBuilder()
            .Person("P2", "Jan Bos").Claim("C2", speakers: ["P2"])
            .Person("P3", "Jan Bot").Claim("C3", speakers: ["P3"]);

        Assert.Empty(builder.Validate());
    }

    [Fact]
    public void A_source_nothing_cites_is_a_warning_and_one_an_event_cites_is_used()
    {
        var builder = new DossierBuilder().Source("S2").Source("S3").Event("E1", "S3");

        Assert.Equal(["Sources!A3 BB061"], builder.Validate());
    }

    [Fact]
    public void A_person_who_says_nothing_is_a_warning()
    {
        Assert.Equal(["People!A3 BB062"], new DossierBuilder().Person("P2", "Tomas Berg").Validate());
    }

    [Fact]
    public void A_web_page_needs_a_date_or_an_accessed_date()
    {
        var builder = new DossierBuilder()
            .Source("S2", SourceType.Web, date: null)
            .Source("S3", SourceType.Web, date: null, accessed: "2024-01-15")
            .Source("S4", SourceType.Report, date: null)
            .Claim("C2", sources: ["S2", "S3", "S4"]);

        Assert.Equal(["Sources!G3 BB063"], builder.Validate());
    }

    [Fact]
    public void Each_draft_claim_is_a_warning_at_its_status()
    {
        var builder = new DossierBuilder().Claim("C2", status: ClaimStatus.Draft).Claim("C3", status: ClaimStatus.Draft);

        Assert.Equal(["Claims!O3 BB064", "Claims!O4 BB064"], builder.Validate());
    }

    [Fact]
    public void A_short_form_too_long_for_a_handout_or_no_shorter_than_its_summary_is_a_warning_at_its_cell()
    {
        const string summary = "The minister said the water plan would be funded in full, line by line, from next year's budget.";
        var builder = new DossierBuilder()
            .Claim("C2", summary: summary, shortForm: "Said the plan would be funded in full.")
            .Claim("C3", summary: summary, shortForm: summary)
            .Claim("C4", summary: summary, shortForm: summary + " Also that the plan was sound.")
            .Claim("C5", summary: summary + new string('!', 200), shortForm: new string('a', 121));

        // C4 (row 5) is longer than its summary, C5 (row 6) longer than a handout holds; C2 is short, C3 the summary itself.
        Assert.Equal(["Claims!I5 BB065", "Claims!I6 BB065"], builder.Validate().Where(d => d.EndsWith("BB065", StringComparison.Ordinal)));
    }

    [Fact]
    public void Records_built_in_code_are_located_at_the_file()
    {
        var dossier = new DossierBuilder().Claim("C1").Build();
        var claim = dossier.Claims[1] with { Origin = RecordOrigin.None };
        var located = FieldLocations.ForFile("dossier.xlsx").Locate(claim.Origin, nameof(Claim.Id));

        Assert.Equal(new SourceLocation("dossier.xlsx"), located);
    }
}
