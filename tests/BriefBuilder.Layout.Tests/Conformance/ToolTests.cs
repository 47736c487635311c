using System.Text.RegularExpressions;
using BriefBuilder.Layout.Tests.Demo;

namespace BriefBuilder.Layout.Tests.Conformance;

/// <summary>The demonstration PDF as poppler and qpdf see it.</summary>
public class ToolTests
{
    [Fact]
    public void Pdfinfo_reports_a_tagged_pdf_with_every_page()
    {
        var (code, output) = Tools.Run("pdfinfo", DemoPdf.Path);
        Assert.Equal(0, code);
        Assert.Matches(@"Tagged:\s+yes", output);
        Assert.Matches($@"Pages:\s+{DemoPdf.Layout.PageCount}\b", output);
        Assert.Matches(@"Title:\s+Layout engine demonstration", output);
    }

    [Fact]
    public void Structure_text_reads_in_element_order()
    {
        var (code, output) = Tools.Run("pdfinfo", "-struct-text", DemoPdf.Path);
        Assert.Equal(0, code);
        var order = new[] { "\"Layout engine demonstration\"", "TOC", "\"Text and scripts\"", "Figure", "\"A long table\"", "Table", "TH", "\"Pagination rules\"" }
            .Select(s => output.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Contains("Государственная дума", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdffonts_lists_every_font_embedded()
    {
        var (code, output) = Tools.Run("pdffonts", DemoPdf.Path);
        Assert.Equal(0, code);
        var fonts = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Matches(@"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", line));
    }

    [Fact]
    public void Qpdf_finds_no_errors_or_warnings()
    {
        var (code, output) = Tools.Run("qpdf", "--check", DemoPdf.Path);
        Assert.Equal(0, code);
        Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoDocument.Armenian)]
    [InlineData(DemoDocument.Cyrillic)]
    [InlineData(DemoDocument.Diacritics)]
    public void Text_in_every_script_comes_back_out_of_the_pdf(string text)
    {
        var (code, output) = Tools.Run("pdftotext", "-f", "2", "-l", "2", DemoPdf.Path, "-");
        Assert.Equal(0, code);
        Assert.Contains(text, Regex.Replace(output, @"\s+", " "), StringComparison.Ordinal);
    }
}
