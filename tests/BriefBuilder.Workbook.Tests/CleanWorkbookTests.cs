using BriefBuilder.Records;
using BriefBuilder.Tests.TestWorkbooks;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Tests.Workbooks;

public sealed class CleanWorkbookTests
{
    [Fact]
    public void A_clean_workbook_gives_no_diagnostic_and_its_whole_dossier()
    {
        using var folder = new TempFolder();
        var result = WorkbookReader.Read(CleanDossier.Build().Save(folder.File("clean.xlsx")));

        Assert.Empty(result.Diagnostics);
        var dossier = Assert.IsType<Records.Dossier>(result.Dossier);
        Assert.Equal(["C1", "C2", "C3"], dossier.Claims.Select(c => c.Id));
        Assert.Equal(["support", "oppose"], dossier.Stances.Select(s => s.Key));
        Assert.Equal("Statements on the canal project", dossier.Brief.Title);
        Assert.Equal(new RecordOrigin("Claims", 3), dossier.Claims[1].Origin);
    }

    [Fact]
    public void A_claim_without_institution_speaks_for_its_speakers_institution()
    {
        using var folder = new TempFolder();
        var dossier = WorkbookReader.Read(CleanDossier.Build().Save(folder.File("clean.xlsx"))).Dossier!;

        Assert.Equal("I1", dossier.Claims[0].InstitutionId);
        Assert.Equal("I3", dossier.Claims[1].InstitutionId);
        Assert.Equal("I2", dossier.Claims[2].InstitutionId);
    }

    [Fact]
    public void Lists_split_on_semicolons_and_authors_are_people_or_organisations()
    {
        using var folder = new TempFolder();
        var dossier = WorkbookReader.Read(CleanDossier.Build().Save(folder.File("clean.xlsx"))).Dossier!;

        Assert.Equal(["S2", "S3"], dossier.Claims[1].SourceIds);
        Assert.Equal(["canal", "water"], dossier.Claims[1].Tags);
        Assert.Equal(new PersonName("Lind", "Eva"), dossier.Sources[1].Authors.Single());
        Assert.Equal(new OrganizationName("Ministry of Transport"), dossier.Sources[0].Authors.Single());
    }

    [Fact]
    public void The_column_each_field_came_from_is_kept_for_later_diagnostics()
    {
        using var folder = new TempFolder();
        var result = WorkbookReader.Read(CleanDossier.Build().Save(folder.File("clean.xlsx")));

        Assert.Equal("H", result.Locations.ColumnOf("Claims", nameof(Claim.Citations)));
        Assert.Equal("Claims!H3", result.Locations.Describe(result.Dossier!.Claims[1].Origin, nameof(Claim.Citations)));
    }

    [Fact]
    public void A_workbook_with_a_picture_reads_like_one_without()
    {
        using var folder = new TempFolder();
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").AddPicture();

        var result = WorkbookReader.Read(workbook.Save(folder.File("picture.xlsx")));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.Dossier!.Claims.Count);
    }
}
