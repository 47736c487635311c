namespace BriefBuilder.Composition.Templates;

/// <summary>How much of a template the loader will take before it stops with a message: each limit is checked before
/// the work it protects (the file's size before it is read, nesting and aliases as the YAML is parsed).</summary>
public sealed record TemplateLimits
{
    public static TemplateLimits Default { get; } = new();

    // The names `--limit NAME=N` knows each limit by.
    public const string FileBytesName = "template-bytes";
    public const string DepthName = "yaml-depth";
    public const string AliasesName = "yaml-aliases";
    public const string FontBytesName = "font-bytes";

    /// <summary>Bytes of the template file; the shipped templates are about 2 KB.</summary>
    public long FileBytes { get; init; } = 1024 * 1024;

    /// <summary>How deep mappings and lists may nest; templates nest four deep at most.</summary>
    public int Depth { get; init; } = 32;

    /// <summary>Uses of YAML aliases (`*name`), which repeat a node without copying it.</summary>
    public int Aliases { get; init; } = 1_000;

    /// <summary>Bytes of one font file the template names.</summary>
    public long FontBytes { get; init; } = 128L * 1024 * 1024;
}
