namespace BriefBuilder.Workbooks.Schema;

/// <summary>How sheet names, headers and choice words are compared: letters and digits only, case ignored,
/// so `Claim ID`, `claim_id` and `ClaimID` are the same name.</summary>
public static class SchemaName
{
    public static string Key(string text)
    {
        // Choice cells are keyed once a row: the key is built in place, one string allocated.
        var key = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                key[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(key[..length]);
    }

    public static bool Same(string a, string b) => Key(a) == Key(b);
}
