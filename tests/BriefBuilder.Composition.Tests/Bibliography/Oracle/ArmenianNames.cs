using System.Text.RegularExpressions;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>
/// citeproc treats a name in a script outside its 'romanesque' list as East Asian, printing family and given name run
/// together (ՊետրոսյանԱրամ, ՊետրոսյանԱ.); BriefBuilder inverts it like any other name, as CMOS 13.74 and APA 9.8 do.
/// </summary>
internal static partial class ArmenianNames
{
    public static bool Among(Source source) => source.Authors.Any(a => a.ToString().Any(IsArmenian));

    /// <summary>citeproc's run-together names separated as BriefBuilder inverts them: "Պետրոսյան, Արամ".</summary>
    public static string Inverted(string text) => RunTogether().Replace(text, "$1, $2");

    private static bool IsArmenian(char c) => c is >= '\u0530' and <= '\u058F';

    // A capitalised Armenian word run into the next capital: the family name, then the given name or its initial.
    [GeneratedRegex(@"([\u0531-\u0556][\u0561-\u0587]+)([\u0531-\u0556][\u0561-\u0587]*\.?)")]
    private static partial Regex RunTogether();
}
