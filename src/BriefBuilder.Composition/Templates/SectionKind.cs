using BriefBuilder.Composition.Sections;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Templates;

/// <summary>One kind of section a template can list: its name, how its options are read, how it is composed. Each kind
/// is defined once, beside its composer, and listed once in <see cref="SectionCatalog"/>; the template reader, the
/// composer and the "expected one of" message all go through that list.</summary>
public sealed class SectionKind
{
    private readonly Func<YamlMapping?, SectionSpec> _read;
    private readonly Func<BriefContext, SectionSpec, Element> _compose;

    private SectionKind(string name, string summary, Func<YamlMapping?, SectionSpec> read, Func<BriefContext, SectionSpec, Element> compose)
    {
        Name = name;
        Summary = summary;
        _read = read;
        _compose = compose;
    }

    /// <summary>The name templates write ("stance-tables").</summary>
    public string Name { get; }

    /// <summary>What the section prints, in a sentence, for listings of the sections a template may use.</summary>
    public string Summary { get; }

    /// <summary>A kind whose options a <typeparamref name="TSpec"/> holds.</summary>
    internal static SectionKind Of<TSpec>(string name, string summary, Func<YamlMapping?, TSpec> read, Func<BriefContext, TSpec, Element> compose)
        where TSpec : SectionSpec =>
        new(name, summary, read, (context, spec) => compose(context, (TSpec)spec));

    /// <summary>The section's options; any key the reader did not ask for is reported as unknown.</summary>
    internal SectionSpec Read(YamlMapping? options)
    {
        var spec = _read(options);
        options?.ReportUnknownKeys();
        return spec;
    }

    /// <summary>The section as layout elements.</summary>
    public Element Compose(BriefContext context, SectionSpec spec) => _compose(context, spec);

    public override string ToString() => Name;
}
