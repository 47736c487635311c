using BriefBuilder.Composition.Archive;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Archive;

public class ClaimChangesTests
{
    [Fact]
    public void A_claim_added_one_reworded_and_one_removed_are_reported_by_id_and_nothing_else()
    {
        var older = DossierBuilder.Sample().Build();
        var newer = new Dossier(
            older.Brief,
            older.Stances,
            older.Institutions,
            older.People,
            older.Sources,
            [
                .. older.Claims.Where(c => c.Id != "C03").Select(c => c.Id == "C05" ? c with { Summary = "Reworded." } : c),
                older.Claims[0] with { Id = "C07", Origin = new RecordOrigin("Claims", 9) },
            ],
            older.Events);

        var changes = ClaimChanges.Between(older, newer);

        Assert.Equal(["C07"], changes.Added.Select(c => c.Id));
        Assert.Equal(["C03"], changes.Withdrawn.Select(c => c.Id));
        var changed = Assert.Single(changes.Changed);
        Assert.Equal("C05", changed.Id);
        Assert.Equal([new FieldChange("Summary", "Summary of C05.", "Reworded.")], changed.Fields);
    }

    [Fact]
    public void A_claim_moved_to_another_row_is_unchanged()
    {
        var older = DossierBuilder.Sample().Build();
        var newer = new Dossier(older.Brief, older.Stances, older.Institutions, older.People, older.Sources,
            [.. older.Claims.Reverse().Select((c, i) => c with { Origin = new RecordOrigin("Claims", i + 2) })], older.Events);

        Assert.True(ClaimChanges.Between(older, newer).None);
    }

    [Fact]
    public void Lists_dates_and_locators_are_compared_as_the_workbook_writes_them()
    {
        var older = DossierBuilder.Sample().Build();
        var claim = older.Claims[1];
        var newer = new Dossier(older.Brief, older.Stances, older.Institutions, older.People, older.Sources,
            [claim with { Citations = [new Citation("S02", "p. 4"), new Citation("S03")], Date = Edtf.On(Edtf.Month(2023, 10)) }], older.Events);

        var fields = ClaimChanges.Between(new Dossier(older.Brief, older.Stances, older.Institutions, older.People, older.Sources, [claim], older.Events), newer)
            .Changed.Single().Fields;

        Assert.Equal([new FieldChange("Date", "2023-10-05", "2023-10"), new FieldChange("Sources", "S02", "S02 p. 4; S03")], fields);
    }

    [Fact]
    public void Every_field_of_a_claim_but_its_id_and_its_row_is_compared()
    {
        // A field added to Claim must be added to ClaimFields, or a change to it would go unreported.
        var properties = typeof(Claim).GetConstructors().Single().GetParameters().Select(p => p.Name).Except(["Id", "Origin"]).ToList();
        var claim = DossierBuilder.Sample().Build().Claims[0];

        Assert.Equal(properties.Count, ClaimFields.All.Count);
        Assert.All(ClaimFields.All, f => Assert.Null(Record.Exception(() => f.Value(claim))));
    }
}
