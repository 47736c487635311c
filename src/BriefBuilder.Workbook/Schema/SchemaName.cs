namespace BriefBuilder.Workbooks.Schema;

/// <summary>How sheet names, headers and choice words are compared: letters and digits only, case ignored,
/// so `Claim ID`, `claim_id` and `ClaimID` are the same name.</summary>
public static class SchemaName
{
    public static string Key(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));

    public static bool Same(string a, string b) => Key(a) == Key(b);
}
