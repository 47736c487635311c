namespace BriefBuilder.Composition.Templates;

/// <summary>One section a template asks for, with its options; each kind's record lives in its section's folder.</summary>
public abstract record SectionSpec
{
    /// <summary>The kind of section: its name in templates, how it is read and composed.</summary>
    public abstract SectionKind Section { get; }

    /// <summary>The section's name as templates write it ("stance-tables").</summary>
    public string Kind => Section.Name;
}
