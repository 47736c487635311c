using BriefBuilder.Tests.TestWorkbooks;

namespace BriefBuilder.Tests.Workbooks.Binding;

/// <summary>Texts that list cells repeat on many rows (tags, source IDs, locators) are read into one string each, as
/// written: a large record holds each once, not once a row.</summary>
public sealed class RepeatedTextTests : IDisposable
{
    private readonly Reading _reading = new();

    public void Dispose() => _reading.Dispose();

    [Fact]
    public void A_tag_on_many_rows_is_one_string_trimmed_as_written()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("J4", " water ;canal ");

        var claims = _reading.Read(workbook).Dossier!.Claims;

        Assert.Equal(["canal"], claims[0].Tags);
        Assert.Equal(["canal", "water"], claims[1].Tags);
        Assert.Equal(["water", "canal"], claims[2].Tags);
        Assert.Same(claims[0].Tags[0], claims[1].Tags[0]);
        Assert.Same(claims[0].Tags[0], claims[2].Tags[1]);
        Assert.Same(claims[1].Tags[1], claims[2].Tags[0]);
    }

    [Fact]
    public void A_source_and_its_locator_cited_on_many_rows_are_one_string_each()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("H3", "S2 p. 7; S3, p. 7").Set("H4", "S3 p. 7").Set("I4", null);

        var claims = _reading.Read(workbook).Dossier!.Claims;

        Assert.Equal([("S2", "p. 7"), ("S3", "p. 7")], claims[1].Citations.Select(c => (c.SourceId, c.Locator)));
        Assert.Equal([("S3", "p. 7")], claims[2].Citations.Select(c => (c.SourceId, c.Locator)));
        Assert.Same(claims[1].Citations[1].SourceId, claims[2].Citations[0].SourceId);
        Assert.Same(claims[1].Citations[0].Locator, claims[1].Citations[1].Locator);
        Assert.Same(claims[1].Citations[0].Locator, claims[2].Citations[0].Locator);
    }
}
