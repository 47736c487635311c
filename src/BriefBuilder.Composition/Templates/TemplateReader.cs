using BriefBuilder.Composition.Bibliography;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Dates;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using YamlDotNet.RepresentationModel;

namespace BriefBuilder.Composition.Templates;

/// <summary>Turns a template's parsed YAML into a <see cref="BriefTemplate"/>, reporting unknown keys and bad values where they are.</summary>
internal static class TemplateReader
{
    /// <summary>The placeholders header and footer text may use.</summary>
    public static IReadOnlyList<string> FurniturePlaceholders { get; } =
        ["title", "short-title", "section", "page", "pages", "page-of", "as-of", "date", "organization"];

    /// <summary>The citation styles the bibliography formats, as templates name them.</summary>
    public static IReadOnlyDictionary<string, CitationStyle> CitationStyles { get; } = new Dictionary<string, CitationStyle>
    {
        ["chicago-author-date"] = CitationStyle.ChicagoAuthorDate,
        ["apa"] = CitationStyle.Apa7,
    };

    private static readonly Dictionary<string, SectionStart> SectionStarts = new()
    {
        ["false"] = SectionStart.Flow,
        ["true"] = SectionStart.NewPage,
        ["auto"] = SectionStart.NewPageUnlessHalfLeft,
    };

    private static readonly Dictionary<string, bool> Fits = new() { ["statements"] = true, ["none"] = false };
    private static readonly Dictionary<string, PaperSize> Papers = new() { ["a4"] = PaperSize.A4, ["letter"] = PaperSize.Letter };

    private static readonly Dictionary<string, Orientation> Orientations = new()
    {
        ["portrait"] = Orientation.Portrait,
        ["landscape"] = Orientation.Landscape,
    };

    public static BriefTemplate Read(YamlMapping top, BriefTemplate template)
    {
        template = template with { Description = top.Text("description") };
        template = ReadPage(top.Mapping("page"), template);
        template = template with
        {
            Fonts = ReadFonts(top.Mapping("fonts"), template.Fonts),
            Colors = ReadColors(top.Mapping("colors"), template.Colors),
            Language = ReadLanguage(top),
            CitationStyle = top.Choice("citation-style", CitationStyles) ?? template.CitationStyle,
        };
        template = ReadFilters(top.Mapping("filters"), template);
        template = template with
        {
            Header = ReadFurniture(top, "header") ?? template.Header,
            Footer = ReadFurniture(top, "footer") ?? template.Footer,
        };
        template = ReadWatermark(top, template);
        template = template with
        {
            TableOfContents = top.Bool("table-of-contents") ?? template.TableOfContents,
            NewPagePerSection = top.Choice("new-page-per-section", SectionStarts) ?? template.NewPagePerSection,
            PageBudget = top.Integer("page-budget", 1, 10_000) ?? template.PageBudget,
            AllowOverflow = top.Bool("allow-overflow") ?? template.AllowOverflow,
            FitStatements = top.Choice("fit", Fits) ?? template.FitStatements,
            ShowIds = top.Bool("show-ids") ?? template.ShowIds,
            Archival = top.Bool("archival") ?? template.Archival,
            Sections = SectionReader.Read(top.Node("sections"), top.Report),
        };
        top.ReportUnknownKeys();
        return template;
    }

    private static BriefTemplate ReadPage(YamlMapping? page, BriefTemplate template)
    {
        if (page is null)
        {
            return template;
        }

        template = template with
        {
            Paper = page.Choice("size", Papers) ?? template.Paper,
            Orientation = page.Choice("orientation", Orientations) ?? template.Orientation,
            Margins = ReadMargins(page) ?? template.Margins,
        };
        page.ReportUnknownKeys();
        return template;
    }

    private static Edges? ReadMargins(YamlMapping page)
    {
        var node = page.Node("margins");
        if (node is YamlMappingNode)
        {
            var sides = page.Mapping("margins")!;
            var all = Edges.All(Length.FromMillimetres(20));
            var margins = new Edges(
                sides.Length("top") ?? all.Top,
                sides.Length("right") ?? all.Right,
                sides.Length("bottom") ?? all.Bottom,
                sides.Length("left") ?? all.Left);
            sides.ReportUnknownKeys();
            return margins;
        }

        return page.Length("margins") is { } length ? Edges.All(length) : null;
    }

    private static FontChoice ReadFonts(YamlMapping? fonts, FontChoice defaults)
    {
        if (fonts is null)
        {
            return defaults;
        }

        var choice = new FontChoice(
            fonts.Text("body") ?? defaults.Body,
            fonts.Text("headings") ?? defaults.Headings,
            // Body text of at least 9 pt (BRIEF-DESIGN: accessibility and print).
            fonts.Number("size", 9, 14) ?? defaults.Size,
            fonts.TextList("files") ?? defaults.Files);
        fonts.ReportUnknownKeys();
        return choice;
    }

    private static ColorChoice ReadColors(YamlMapping? colors, ColorChoice defaults)
    {
        if (colors is null)
        {
            return defaults;
        }

        var choice = new ColorChoice
        {
            Accent = ReadReadableColor(colors, "accent") ?? defaults.Accent,
            Muted = ReadReadableColor(colors, "muted") ?? defaults.Muted,
        };
        colors.ReportUnknownKeys();
        return choice;
    }

    // Text must keep a contrast of at least 4.5:1 against white paper (WCAG 2.1, 1.4.3).
    private static Color? ReadReadableColor(YamlMapping colors, string key)
    {
        var color = colors.Color(key);
        if (color is { } c && Contrast.AgainstWhite(c) < 4.5)
        {
            colors.Report.BadValue(colors.Node(key)!, colors.KeyPath(key), $"{c.ToHex()} has a contrast of {Contrast.AgainstWhite(c):0.0}:1 against white; text needs at least 4.5:1");
            return null;
        }

        return color;
    }

    private static string? ReadLanguage(YamlMapping top)
    {
        var language = top.Text("language");
        // The code alone is checked: the language's words are read when a brief is built, not each time a template is
        // loaded (`check` loads every template for its fonts).
        if (language is not null && !BriefLanguage.Codes.Contains(language, StringComparer.OrdinalIgnoreCase))
        {
            top.Report.BadValue(top.Node("language")!, "language", $"expected one of: {string.Join(", ", BriefLanguage.Codes)}; found '{language}'");
            return null;
        }

        return language?.ToLowerInvariant();
    }

    private static BriefTemplate ReadFilters(YamlMapping? filters, BriefTemplate template)
    {
        if (filters is null)
        {
            return template;
        }

        var stancesNode = filters.Node("stances");
        var result = template.Filters with
        {
            Stances = filters.TextList("stances") ?? template.Filters.Stances,
            Tags = filters.TextList("tags") ?? template.Filters.Tags,
            VerifiedOnly = filters.Bool("verified-only") ?? template.Filters.VerifiedOnly,
            KeyOnly = filters.Bool("key-only") ?? template.Filters.KeyOnly,
            From = ReadDate(filters, "from")?.Earliest ?? template.Filters.From,
            To = ReadDate(filters, "to")?.Latest ?? template.Filters.To,
            Year = ReadYear(filters) ?? template.Filters.Year,
        };
        filters.ReportUnknownKeys();
        return template with
        {
            Filters = result,
            StancesLocation = stancesNode is null ? template.StancesLocation : filters.Report.At(stancesNode),
        };
    }

    private static DateValue? ReadDate(YamlMapping filters, string key)
    {
        var text = filters.Text(key);
        if (text is null)
        {
            return null;
        }

        var parsed = DateValue.Parse(text);
        if (parsed.Success && parsed.Value is { IsInterval: false } date)
        {
            return date;
        }

        filters.Report.BadValue(filters.Node(key)!, filters.KeyPath(key), $"expected a date such as 2023, 2023-09 or 2023-09-19; found '{text}'");
        return null;
    }

    private static YearChoice? ReadYear(YamlMapping filters)
    {
        var text = filters.Text("year");
        if (text is null)
        {
            return null;
        }

        if (text == "latest")
        {
            return YearChoice.LatestWithData;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 1000 and <= 9999)
        {
            return new YearChoice(false, year);
        }

        filters.Report.BadValue(filters.Node("year")!, filters.KeyPath("year"), $"expected 'latest' or a four-digit year; found '{text}'");
        return null;
    }

    private static FurnitureText? ReadFurniture(YamlMapping top, string key)
    {
        var node = top.Node(key);
        if (node is YamlScalarNode { Value: "none" })
        {
            return new FurnitureText(null, null, null);
        }

        if (node is null)
        {
            return null;
        }

        var parts = top.Mapping(key);
        if (parts is null)
        {
            return null;
        }

        var text = new FurnitureText(ReadFurniturePart(parts, "left"), ReadFurniturePart(parts, "center"), ReadFurniturePart(parts, "right"));
        parts.ReportUnknownKeys();
        return text;
    }

    private static string? ReadFurniturePart(YamlMapping parts, string key)
    {
        var text = parts.Text(key);
        if (text is null)
        {
            return null;
        }

        if (TextPattern.UnpairedBrace(text) is { } brace)
        {
            var node = parts.Node(key)!;
            var what = text[brace] == '{' ? "unclosed '{'" : "a '}' that closes no '{'";
            parts.Report.BadValue(node, parts.KeyPath(key), $"{what} in {parts.KeyPath(key)} at line {node.Start.Line} (character {brace + 1} of the text); write each placeholder as {{name}}, such as {{page}}");
            return null;
        }

        var unknown = TextPattern.Placeholders(text).Where(p => !FurniturePlaceholders.Contains(p)).ToList();
        if (unknown.Count > 0)
        {
            parts.Report.BadValue(parts.Node(key)!, parts.KeyPath(key), $"unknown placeholder {string.Join(", ", unknown.Select(u => $"{{{u}}}"))}; expected any of: {string.Join(", ", FurniturePlaceholders.Select(p => $"{{{p}}}"))}");
            return null;
        }

        return text;
    }

    private static BriefTemplate ReadWatermark(YamlMapping top, BriefTemplate template)
    {
        var text = top.Text("watermark");
        return text switch
        {
            null => template,
            "auto" => template with { Watermark = WatermarkChoice.Auto, WatermarkText = null },
            "none" => template with { Watermark = WatermarkChoice.None, WatermarkText = null },
            _ => template with { Watermark = WatermarkChoice.Text, WatermarkText = text },
        };
    }
}
