using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using static BriefBuilder.Layout.Tests.Conformance.PdfA.PdfObjects;

namespace BriefBuilder.Layout.Tests.Conformance.PdfA;

/// <summary>Colour and fonts: the PDF/A output intent and its ICC profile's header (6.2.3), device colour only as the
/// output intent allows (6.2.4.3), and every font embedded with a ToUnicode map of real characters (6.2.11).</summary>
internal static partial class ResourceChecks
{
    public static void OutputIntent(PdfDictionary catalog, List<string> problems)
    {
        var intents = Array(catalog.Elements["/OutputIntents"])?.Elements.Select(Dictionary).OfType<PdfDictionary>().ToList() ?? [];
        var pdfa = intents.Where(i => Name(i, "/S") == "GTS_PDFA1").ToList();
        if (pdfa.Count != 1)
        {
            problems.Add($"6.2.3: {pdfa.Count} GTS_PDFA1 output intents instead of one");
            return;
        }

        var intent = pdfa[0];
        if (StringValue(intent, "/OutputConditionIdentifier") is not { Length: > 0 })
        {
            problems.Add("6.2.3: the output intent has no OutputConditionIdentifier");
        }

        var stream = Dictionary(intent.Elements["/DestOutputProfile"]);
        var profile = stream?.Stream?.UnfilteredValue;
        if (stream is null || profile is null || profile.Length < 132)
        {
            problems.Add("6.2.3: the output intent has no embedded ICC profile");
            return;
        }

        var header = Encoding.ASCII.GetString(profile, 12, 8);
        if (BinaryPrimitives.ReadUInt32BigEndian(profile) != profile.Length || Encoding.ASCII.GetString(profile, 36, 4) != "acsp"
            || profile[8] is < 2 or > 4 || header[..4] is not ("mntr" or "prtr") || header[4..] is not ("RGB " or "GRAYXYZ " or "CMYKXYZ " or "RGB XYZ " or "RGB Lab "))
        {
            problems.Add($"6.2.3: the ICC profile's header is not that of an output or display profile of version 2 to 4 ('{header}', version {profile[8]})");
        }

        var space = header[4..8];
        var components = space == "RGB " ? 3 : space == "CMYK" ? 4 : 1;
        if (Number(stream, "/N") != components)
        {
            problems.Add($"6.2.3: the ICC profile's N is {Number(stream, "/N")}, its colour space '{space}' has {components} components");
        }
    }

    // With an RGB output intent, DeviceRGB and DeviceGray are allowed; DeviceCMYK is not.
    public static void Colours(PdfDocument document, List<PdfDictionary> dictionaries, List<string> problems)
    {
        if (dictionaries.Any(d => Name(d, "/ColorSpace") == "DeviceCMYK" || Name(d, "/CS") == "DeviceCMYK"))
        {
            problems.Add("6.2.4.3: an image or group uses DeviceCMYK under an RGB output intent");
        }

        foreach (var page in document.Pages.Cast<PdfPage>())
        {
            var contents = page.Contents.Elements.Select(Dictionary).OfType<PdfDictionary>().Select(c => c.Stream?.UnfilteredValue ?? []);
            foreach (var content in contents)
            {
                if (CmykOperator().IsMatch(Encoding.Latin1.GetString(content)))
                {
                    problems.Add("6.2.4.3: a page paints in DeviceCMYK (k or K) under an RGB output intent");
                    return;
                }
            }
        }
    }

    public static void Fonts(List<PdfDictionary> dictionaries, List<string> problems)
    {
        foreach (var font in dictionaries.Where(d => Name(d, "/Type") == "Font"))
        {
            var subtype = Name(font, "/Subtype");
            var name = Name(font, "/BaseFont") ?? "(unnamed)";
            if (subtype is "CIDFontType0" or "CIDFontType2")
            {
                if (subtype == "CIDFontType2" && font.Elements["/CIDToGIDMap"] is null)
                {
                    problems.Add($"6.2.11.3.2: the CIDFontType2 font {name} has no CIDToGIDMap");
                }

                Embedded(font, name, problems);
                continue;
            }

            if (subtype == "Type0")
            {
                var descendants = Array(font.Elements["/DescendantFonts"])?.Elements.Select(Dictionary).OfType<PdfDictionary>().ToList() ?? [];
                if (descendants.Count != 1)
                {
                    problems.Add($"9.7.1: the Type 0 font {name} has {descendants.Count} descendant fonts");
                }
            }
            else if (subtype != "Type3")
            {
                Embedded(font, name, problems);
            }

            ToUnicode(font, name, problems);
        }
    }

    // 6.2.11.4.1: the font program is in the file.
    private static void Embedded(PdfDictionary font, string name, List<string> problems)
    {
        var descriptor = Dictionary(font.Elements["/FontDescriptor"]);
        if (descriptor is null || !new[] { "/FontFile", "/FontFile2", "/FontFile3" }.Any(k => Dictionary(descriptor.Elements[k])?.Stream is not null))
        {
            problems.Add($"6.2.11.4.1: the font {name} is not embedded");
        }
    }

    // 6.2.11.7.2 (levels A and U): every glyph maps to Unicode, never to 0, U+FEFF or U+FFFE.
    private static void ToUnicode(PdfDictionary font, string name, List<string> problems)
    {
        var map = Dictionary(font.Elements["/ToUnicode"])?.Stream?.UnfilteredValue;
        if (map is null)
        {
            problems.Add($"6.2.11.7.2: the font {name} has no ToUnicode map");
            return;
        }

        var text = Encoding.ASCII.GetString(map);
        var targets = MapTarget().Matches(text).Select(m => m.Groups[1].Value.ToUpperInvariant()).ToList();
        if (targets.Count == 0 || targets.Any(t => t is "0000" or "FEFF" or "FFFE"))
        {
            problems.Add($"6.2.11.7.2: the ToUnicode map of {name} maps no glyph, or maps one to 0, U+FEFF or U+FFFE");
        }
    }

    [GeneratedRegex(@"(?:^|\s)(?:[-\d.]+\s+){4}[kK](?=\s)")]
    private static partial Regex CmykOperator();

    // A bfchar entry's destination: "<glyph> <UTF-16BE>".
    [GeneratedRegex(@"<[0-9A-Fa-f]{4}>\s*<([0-9A-Fa-f]{4})")]
    private static partial Regex MapTarget();
}
