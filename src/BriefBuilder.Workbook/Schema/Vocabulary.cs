using BriefBuilder.Records;

namespace BriefBuilder.Workbooks.Schema;

/// <summary>The words a choice column accepts and the model value each stands for.</summary>
public sealed class Vocabulary<T>
    where T : struct, Enum
{
    private readonly IReadOnlyList<(string Word, T Value)> _entries;

    // A handful of words each: looked through in turn, with no dictionary to build for each enum type.
    private readonly (string Key, T Value)[] _keys;

    public Vocabulary(params (string Word, T Value)[] entries)
    {
        _entries = entries;
        _keys = new (string, T)[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            _keys[i] = (SchemaName.Key(entries[i].Word), entries[i].Value);
        }
    }

    /// <summary>The words in the order the schema lists them.</summary>
    public IReadOnlyList<string> Words => [.. _entries.Select(e => e.Word)];

    /// <summary>Reads a word as <see cref="SchemaName"/> compares, so `Think tank` is `think-tank`.</summary>
    public T? Read(string text)
    {
        var key = SchemaName.Key(text);
        foreach (var entry in _keys)
        {
            if (entry.Key == key)
            {
                return entry.Value;
            }
        }

        return null;
    }
}

/// <summary>The schema's fixed word lists.</summary>
public static class Vocabularies
{
    public static Vocabulary<InstitutionType> InstitutionTypes { get; } = new(
        ("government", InstitutionType.Government),
        ("intergovernmental", InstitutionType.Intergovernmental),
        ("parliament", InstitutionType.Parliament),
        ("court", InstitutionType.Court),
        ("ngo", InstitutionType.Ngo),
        ("academic", InstitutionType.Academic),
        ("media", InstitutionType.Media),
        ("think-tank", InstitutionType.ThinkTank),
        ("other", InstitutionType.Other));

    public static Vocabulary<SourceType> SourceTypes { get; } = new(
        ("article", SourceType.Article),
        ("news", SourceType.News),
        ("statement", SourceType.Statement),
        ("press-briefing", SourceType.PressBriefing),
        ("report", SourceType.Report),
        ("resolution", SourceType.Resolution),
        ("interview", SourceType.Interview),
        ("book", SourceType.Book),
        ("web", SourceType.Web),
        ("social", SourceType.Social));

    public static Vocabulary<ClaimStatus> ClaimStatuses { get; } = new(
        ("verified", ClaimStatus.Verified),
        ("draft", ClaimStatus.Draft));
}
