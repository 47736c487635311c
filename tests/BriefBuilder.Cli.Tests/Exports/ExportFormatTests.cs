using System.Text.Json;
using BriefBuilder.Records;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Cli.Tests.Exports;

/// <summary>Each export of the sample dossier, read back field by field against the dossier the reader makes of it.</summary>
public sealed class ExportFormatTests : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "workbooks", "artsakh-exodus-2023.xlsx");
    private static readonly Dossier Dossier = WorkbookReader.Read(Sample).Dossier!;

    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    private Claim Bagheri => Dossier.Claims.Single(c => c.Id == "C02");

    [Fact]
    public void Json_holds_every_record_with_its_fields_citations_and_row_and_no_diagnostics()
    {
        using var json = JsonDocument.Parse(Export("json", "dossier.json"));
        var root = json.RootElement;

        Assert.Equal(Dossier.Brief.Title, root.GetProperty("brief").GetProperty("title").GetString());
        Assert.Equal(Dossier.Claims.Select(c => c.Id), root.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(Dossier.Sources.Count, root.GetProperty("sources").GetArrayLength());
        Assert.Equal(Dossier.Events.Count, root.GetProperty("events").GetArrayLength());
        var claim = root.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "C02");
        Assert.Equal(Bagheri.Date!.ToString(), claim.GetProperty("date").GetString());
        Assert.Equal(Bagheri.SpeakerIds, claim.GetProperty("speakerIds").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(Bagheri.Citations.Select(c => (c.SourceId, c.Locator)), claim.GetProperty("citations").EnumerateArray()
            .Select(c => (c.GetProperty("source").GetString()!, c.GetProperty("locator").GetString())));
        Assert.Equal(Bagheri.Summary, claim.GetProperty("summary").GetString());
        Assert.Equal(Bagheri.Origin.Row, claim.GetProperty("row").GetInt32());
        Assert.Equal(JsonValueKind.False, claim.GetProperty("isKey").ValueKind);
        Assert.Empty(root.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void Csv_writes_one_file_per_sheet_with_a_header_and_a_row_per_record()
    {
        var outcome = _cli.Run("export", Sample, "--format", "csv", "-o", _cli.File("csv"));

        Assert.Equal(ExitCode.Ok, outcome.Code);
        string[] sheets = ["Brief.csv", "Claims.csv", "Events.csv", "Institutions.csv", "People.csv", "Sources.csv", "Stances.csv"];
        Assert.Equal(sheets, Directory.GetFiles(_cli.File("csv")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var claims = CsvReader.Read(_cli.File("csv/Claims.csv"));
        Assert.Equal(Dossier.Claims.Count + 1, claims.Count);
        var header = claims[0].ToList();
        var row = claims.Single(r => r[0] == "C02");
        Assert.Equal(Bagheri.Summary, row[header.IndexOf("Summary")]);
        Assert.Equal(string.Join("; ", Bagheri.Citations.Select(c => c.Locator is null ? c.SourceId : $"{c.SourceId} {c.Locator}")), row[header.IndexOf("Sources")]);
        Assert.Equal(Bagheri.Date!.ToString(), row[header.IndexOf("Date")]);

        // The workbook's column names, not the model's field names.
        Assert.Equal(Bagheri.SpeakerIds, row[header.IndexOf("Speaker")].Split("; "));
        Assert.DoesNotContain("SpeakerIds", header);
        Assert.All(claims, r => Assert.Equal(header.Count, r.Length));
        Assert.Equal(Dossier.Brief.Title, CsvReader.Read(_cli.File("csv/Brief.csv")).Single(r => r[0] == "Title")[1]);
    }

    [Fact]
    public void TimelineJs_has_its_template_header_and_a_slide_per_dated_statement_and_event()
    {
        Export("timelinejs", "timeline.csv");
        var rows = CsvReader.Read(_cli.File("timeline.csv"));

        // The columns of TimelineJS's Google Sheets template, in its order.
        Assert.Equal(["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background"], rows[0]);
        Assert.Equal(Dossier.Claims.Count(c => c.IsDated) + Dossier.Events.Count, rows.Count - 1);
        var slide = rows.Single(r => r[10] == Bagheri.Summary);
        var start = Bagheri.Date!.Start!;
        Assert.Equal([start.Year.ToString(), start.Month?.ToString() ?? string.Empty, start.Day?.ToString() ?? string.Empty], slide[..3]);
        Assert.Equal(Dossier.FindPerson(Bagheri.SpeakerIds[0])!.Name, slide[9]);
        Assert.Equal(Dossier.FindStance(Bagheri.StanceKey)!.Label, slide[16]);
        Assert.Equal(Bagheri.SourceIds.Count, slide[12].Split("; ").Length);
        Assert.Contains(rows, r => r[16] == "Events" && r[9] == Dossier.Events[0].Title);
    }

    [Fact]
    public void JsonLd_writes_schema_org_claims_with_author_date_appearance_and_a_stance_of_our_own_never_a_rating()
    {
        var text = Export("jsonld", "claims.jsonld");
        using var json = JsonDocument.Parse(text);

        Assert.Equal("https://schema.org/", json.RootElement.GetProperty("@context").GetProperty("@vocab").GetString());
        var graph = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        Assert.Equal(Dossier.Claims.Count, graph.Count);
        Assert.All(graph, item => Assert.Equal("Claim", item.GetProperty("@type").GetString()));
        var claim = graph.Single(c => c.GetProperty("identifier").GetString() == "C02");
        Assert.Equal(Bagheri.Date!.ToString(), claim.GetProperty("datePublished").GetString());
        var author = Assert.Single(claim.GetProperty("author").EnumerateArray());
        Assert.Equal(("Person", Dossier.FindPerson(Bagheri.SpeakerIds[0])!.Name), (author.GetProperty("@type").GetString(), author.GetProperty("name").GetString()));
        // Each source once, a cited place as a part of its own source: "S01 paras. 6–7; S02".
        var appearances = claim.GetProperty("appearance").EnumerateArray().ToList();
        Assert.Equal(Bagheri.SourceIds.Select(id => "#" + id), appearances.Select(a => (a.TryGetProperty("isPartOf", out var whole) ? whole : a).GetProperty("@id").GetString()));
        Assert.Equal(
            Bagheri.Citations.Select(c => c.Locator),
            appearances.Select(a => a.TryGetProperty("bb:locator", out var place) ? place.GetString() : null));
        Assert.Equal(Dossier.FindStance(Bagheri.StanceKey)!.Label, claim.GetProperty("bb:stance").GetProperty("name").GetString());
        Assert.DoesNotContain("ClaimReview", text, StringComparison.Ordinal);
        Assert.DoesNotContain("reviewRating", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_without_a_folder_is_a_usage_error()
    {
        var outcome = _cli.Run("export", Sample, "--format", "csv");

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        Assert.Contains("--format csv writes a file per sheet; give --out FOLDER", outcome.Error, StringComparison.Ordinal);
    }

    private string Export(string format, string name)
    {
        var outcome = _cli.Run("export", Sample, "--format", format, "-o", _cli.File(name));
        Assert.True(outcome.Code == ExitCode.Ok, outcome.Error);
        return File.ReadAllText(_cli.File(name));
    }
}
