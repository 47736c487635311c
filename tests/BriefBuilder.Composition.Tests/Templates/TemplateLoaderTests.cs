using System.Text;
using BriefBuilder.Composition.Sections.Cover;
using BriefBuilder.Composition.Sections.NewSince;
using BriefBuilder.Composition.Sections.Summary;
using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Diagnostics;
using BriefBuilder.Layout.Document;

namespace BriefBuilder.Composition.Tests.Templates;

public class TemplateLoaderTests
{
    [Fact]
    public void A_complete_template_is_read_with_its_sections_in_order()
    {
        var result = Load("""
            description: Two pages for advocates
            page:
              size: letter
              margins: 0.75in
            fonts: { body: DejaVu Serif, headings: DejaVu Sans, size: 9.5 }
            language: fr
            filters:
              verified-only: true
              year: latest
            page-budget: 2
            sections:
              - cover
              - summary: { recent: 2 }
              - timeline: { compact: true, graphic: false }
            """);

        var template = Assert.IsType<BriefTemplate>(result.Template);
        Assert.Equal(PaperSize.Letter, template.Paper);
        Assert.Equal(54, template.Margins.Left, 3);
        Assert.Equal(9.5, template.Fonts.Size);
        Assert.Equal("fr", template.Language);
        Assert.True(template.Filters.VerifiedOnly);
        Assert.True(template.Filters.Year.Latest);
        Assert.Equal(2, template.PageBudget);
        Assert.Equal(["cover", "summary", "timeline"], template.Sections.Select(s => s.Kind));
        Assert.Equal(2, Assert.IsType<SummarySpec>(template.Sections[1]).Recent);
        Assert.False(Assert.IsType<TimelineSpec>(template.Sections[2]).Graphic);
    }

    [Fact]
    public void An_unknown_top_level_key_is_an_error_at_its_line_and_column()
    {
        var error = SingleError("""
            sections: [cover]
            colours: { accent: "#000000" }
            """);

        Assert.Equal("TPL002", error.Code.Id);
        Assert.Equal(new SourceLocation("t.yaml", Line: 2, Column: 1), error.Location);
        Assert.Contains("'colours'", error.Message);
        Assert.Contains("colors", error.Message);
    }

    [Fact]
    public void An_unknown_section_option_names_its_key_path()
    {
        var error = SingleError("""
            sections:
              - cover
              - summary:
                  chrat: true
            """);

        Assert.Equal(4, error.Location.Line);
        Assert.Equal(7, error.Location.Column);
        Assert.Contains("'sections[1].summary.chrat'", error.Message);
        Assert.Contains("chart", error.Message);
    }

    [Fact]
    public void A_bad_value_is_an_error_at_the_value_with_what_was_expected()
    {
        var error = SingleError("""
            page:
              size: a5
            sections: [cover]
            """);

        Assert.Equal("TPL003", error.Code.Id);
        Assert.Equal((2, 9), (error.Location.Line, error.Location.Column));
        Assert.Contains("'page.size'", error.Message);
        Assert.Contains("a4, letter", error.Message);
        Assert.Contains("'a5'", error.Message);
    }

    [Theory]
    [InlineData("page: { margins: 20 }", "page.margins")]
    [InlineData("fonts: { size: 7 }", "fonts.size")]
    [InlineData("table-of-contents: yes please", "table-of-contents")]
    [InlineData("new-page-per-section: sometimes", "new-page-per-section")]
    [InlineData("language: de", "language")]
    [InlineData("filters: { year: last }", "filters.year")]
    [InlineData("filters: { from: 19 Sept }", "filters.from")]
    [InlineData("colors: { accent: \"#FFFF00\" }", "colors.accent")]
    [InlineData("footer: { right: \"{page} of {total}\" }", "footer.right")]
    [InlineData("citation-style: mla", "citation-style")]
    public void Values_a_template_cannot_use_are_errors_naming_the_key(string line, string key)
    {
        var error = SingleError("sections: [cover]\n" + line);

        Assert.Equal(2, error.Location.Line);
        Assert.Contains($"'{key}'", error.Message);
    }

    [Fact]
    public void An_unknown_section_lists_the_known_ones()
    {
        var error = SingleError("sections: [cover, glossary]");

        Assert.Contains("glossary", error.Message);
        Assert.Contains("stance-tables", error.Message);
        Assert.Equal(19, error.Location.Column);
    }

    [Fact]
    public void A_section_listed_twice_is_an_error()
    {
        var error = SingleError("sections: [timeline, timeline]");

        Assert.Contains("already listed", error.Message);
    }

    [Fact]
    public void Broken_yaml_is_reported_at_the_line_where_it_breaks()
    {
        var error = SingleError("sections:\n  - cover\n - summary: 1\n");

        Assert.Equal("TPL001", error.Code.Id);
        Assert.Equal(3, error.Location.Line);
    }

    [Fact]
    public void An_unclosed_bracket_is_reported_with_a_position_rather_than_thrown()
    {
        var error = SingleError("sections: [cover\npage-budget: 2\n");

        Assert.Equal("TPL001", error.Code.Id);
        Assert.NotNull(error.Location.Line);
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_not_only_the_first()
    {
        var result = Load("""
            page: { size: a5, orientation: sideways }
            sections: [cover]
            extra: 1
            """);

        Assert.Null(result.Template);
        Assert.Equal(3, result.Diagnostics.Count(d => d.Severity == Severity.Error));
    }

    [Fact]
    public void A_template_without_sections_is_an_error()
    {
        var error = SingleError("page-budget: 2");

        Assert.Contains("at least one section", error.Message);
    }

    [Fact]
    public void The_template_s_hash_is_the_sha256_of_its_bytes()
    {
        var text = "sections: [cover]\n";
        var template = Load(text).Template!;

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text))), template.ContentHash);
    }

    [Fact]
    public void Margins_may_be_given_per_side_in_any_unit()
    {
        var template = Load("page: { margins: { top: 2cm, left: 1in, right: 72pt } }\nsections: [cover]").Template!;

        Assert.Equal(56.69, template.Margins.Top, 2);
        Assert.Equal(72, template.Margins.Left, 3);
        Assert.Equal(72, template.Margins.Right, 3);
    }

    [Fact]
    public void An_audience_is_read_for_every_language_or_per_language_and_a_brief_prints_only_its_own()
    {
        var both = Load("sections:\n  - cover: { audience: { en: For staff, fr: Pour les collaborateurs } }\n").Template!;
        var one = Load("sections:\n  - cover: { audience: For everyone }\n").Template!;

        var perLanguage = Assert.IsType<CoverSpec>(both.Sections.Single());
        Assert.Equal("For staff", perLanguage.AudienceIn("en"));
        Assert.Equal("Pour les collaborateurs", perLanguage.AudienceIn("fr"));
        Assert.Null(perLanguage.AudienceIn("hy"));
        Assert.Equal("For everyone", Assert.IsType<CoverSpec>(one.Sections.Single()).AudienceIn("hy"));
    }

    [Fact]
    public void An_audience_that_is_neither_a_text_nor_texts_per_language_is_reported_with_its_line()
    {
        var error = SingleError("sections:\n  - cover: { audience: [a, b] }\n");

        Assert.Contains("audience", error.Message);
        Assert.Equal(2, error.Location!.Line);
    }

    [Fact]
    public void Header_none_removes_the_running_header()
    {
        var template = Load("header: none\nsections: [cover]").Template!;

        Assert.Equal(new FurnitureText(null, null, null), template.Header);
    }

    [Fact]
    public void Archival_and_a_new_since_snapshot_are_read_and_the_file_s_bytes_kept()
    {
        const string yaml = "archival: true\nsections:\n  - new-since: { snapshot: ../out/last.pdf }\n  - provenance\n";

        var template = Load(yaml).Template!;

        Assert.True(template.Archival);
        Assert.Equal("../out/last.pdf", Assert.IsType<NewSinceSpec>(template.Sections[0]).Snapshot);
        Assert.Equal(Encoding.UTF8.GetBytes(yaml), template.Bytes.ToArray());
    }

    [Fact]
    public void Archival_takes_true_or_false_only()
    {
        var error = SingleError("archival: sometimes\nsections: [provenance]\n");

        Assert.Contains("archival", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("false", SectionStart.Flow)]
    [InlineData("true", SectionStart.NewPage)]
    [InlineData("auto", SectionStart.NewPageUnlessHalfLeft)]
    public void New_page_per_section_is_true_false_or_auto(string value, SectionStart start)
    {
        var template = Load($"new-page-per-section: {value}\nsections: [cover]").Template!;

        Assert.Equal(start, template.NewPagePerSection);
    }

    private static TemplateResult Load(string yaml) => TemplateLoader.Parse("t", "t.yaml", Encoding.UTF8.GetBytes(yaml));

    private static Diagnostic SingleError(string yaml)
    {
        var result = Load(yaml);
        Assert.Null(result.Template);
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }
}
