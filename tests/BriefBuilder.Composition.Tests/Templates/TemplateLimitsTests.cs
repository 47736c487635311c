using System.Text;
using BriefBuilder.Composition.Templates;

namespace BriefBuilder.Composition.Tests.Templates;

/// <summary>A template past a limit stops at the place it passes it, with the limit named; nothing is read whole first.</summary>
public class TemplateLimitsTests
{
    private const string Sections = "sections:\n  - cover\n";

    [Fact]
    public void Nesting_past_the_limit_stops_the_parse_where_it_passes_it()
    {
        var result = Parse(Sections + "x: " + new string('[', 50_000) + new string(']', 50_000) + "\n", new TemplateLimits { Depth = 8 });

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("TPL007", error.Code.Id);
        Assert.Equal((3, 11), (error.Location.Line, error.Location.Column));
        Assert.Contains("more than 8 deep", error.Message, StringComparison.Ordinal);
        Assert.Contains("--limit yaml-depth=N", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_past_the_limit_stop_the_parse()
    {
        var yaml = "base: &b cover\nsections:\n" + string.Concat(Enumerable.Repeat("  - *b\n", 11));

        var result = Parse(yaml, new TemplateLimits { Aliases = 10 });

        Assert.Contains(result.Diagnostics, d => d.Code.Id == "TPL007" && d.Location.Line == 13 && d.Message.Contains("--limit yaml-aliases=N", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_that_is_not_a_regular_file_is_not_read()
    {
        var result = TemplateLoader.Load("/dev/zero");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("cannot read the template: it is a device (such as /dev/zero or a terminal), not a file", error.Message);
    }

    [Fact]
    public void A_template_larger_than_the_limit_is_refused_before_it_is_read()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Sections + new string('#', 5_000));

            var result = TemplateLoader.Load(path, new TemplateLimits { FileBytes = 1_000 });

            Assert.Contains(result.Diagnostics, d => d.Code.Id == "TPL007" && d.Message.Contains("--limit template-bytes=N", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static TemplateResult Parse(string yaml, TemplateLimits limits) =>
        TemplateLoader.Parse("t", "t.yaml", Encoding.UTF8.GetBytes(yaml), limits);
}
