using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using BriefBuilder.Records;
using Humanizer;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BriefBuilder.Composition.Localization;

/// <summary>One of the languages a brief can be written in: its words, and how it writes numbers, counts, lists and enum values.</summary>
public sealed class BriefLanguage
{
    private static readonly Dictionary<string, BriefLanguage> Loaded = new(StringComparer.OrdinalIgnoreCase);
    private readonly NumberFormatInfo _numbers;
    private readonly Lazy<CultureInfo> _culture;

    private BriefLanguage(LanguagePack pack)
    {
        Pack = pack;
        _culture = new Lazy<CultureInfo>(() => CultureInfo.GetCultureInfo(pack.Code));
        _numbers = new NumberFormatInfo
        {
            NumberGroupSeparator = pack.Numbers.GroupSeparator,
            NumberDecimalSeparator = pack.Numbers.DecimalSeparator,
            NegativeSign = "-",
        };
    }

    /// <summary>The language codes a brief can use.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["en", "fr", "hy"];

    public static BriefLanguage English => Get("en");

    public LanguagePack Pack { get; }

    public string Code => Pack.Code;

    public LabelWords Labels => Pack.Labels;

    public NounWords Nouns => Pack.Nouns;

    /// <summary>Used only where Humanizer needs a culture (ordinals, for centuries), so only those depend on the machine's
    /// culture data; month names and separators come from the language file.</summary>
    private CultureInfo Culture => _culture.Value;

    /// <summary>The language with this code (en, fr, hy), or null when there is none.</summary>
    public static BriefLanguage? Find(string code)
    {
        if (!Codes.Contains(code, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        lock (Loaded)
        {
            if (!Loaded.TryGetValue(code, out var language))
            {
                language = new BriefLanguage(Read(code.ToLowerInvariant()));
                Loaded[code] = language;
            }

            return language;
        }
    }

    public static BriefLanguage Get(string code) =>
        Find(code) ?? throw new ArgumentException($"No language '{code}'.", nameof(code));

    /// <summary>A whole number with this language's group separator.</summary>
    public string Number(int value) => value.ToString("#,0", _numbers);

    /// <summary>A share as a whole percentage ("52%", "52 %").</summary>
    public string Percent(int part, int whole) =>
        TextPattern.Fill(Pack.Numbers.Percent, ("value", Number(whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero))));

    /// <summary>A count with its noun in the right number: "1 statement", "31 statements".</summary>
    public string Quantity(int count, NounForms noun) =>
        $"{Number(count)} {Noun(count, noun)}";

    /// <summary>The noun form a count takes, by the language's plural rule.</summary>
    public string Noun(int count, NounForms noun) =>
        count == 1 || (count == 0 && Pack.ZeroIsSingular) ? noun.One : noun.Other;

    /// <summary>"A", "A and B", "A, B and C": no serial comma, the conjunction of this language.</summary>
    public string List(IEnumerable<string> items)
    {
        // The invariant culture's formatter joins with commas and the given word, without the English serial comma.
        var formatter = Configurator.CollectionFormatters.ResolveForCulture(CultureInfo.InvariantCulture);
        return formatter.Humanize(items.ToList(), Pack.And);
    }

    /// <summary>An enum value's label in this language; humanised from its name when the language file has none.</summary>
    public string Label<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return Pack.Enums.TryGetValue(typeof(TEnum).Name, out var labels) && labels.TryGetValue(name, out var label)
            ? label
            : value.Humanize(LetterCasing.Sentence);
    }

    /// <summary>The heading of a bibliography part holding sources of one type ("Reports").</summary>
    public string SourceTypeTitle(SourceType type) => Pack.SourceTypeTitles[type.ToString()];

    /// <summary>Text in this language's quotation marks.</summary>
    public string Quoted(string text) => Pack.QuoteOpen + text + Pack.QuoteClose;

    /// <summary>An ordinal number ("21st", "21-րդ"), as Humanizer writes it for this language.</summary>
    public string Ordinal(int value) => value.Ordinalize(Culture);

    // YamlDotNet's deserializer finds the pack's members by reflection: a program compiled ahead of time keeps them
    // because they are named here, and needs no code made at run time for them (classes of strings, lists and maps of
    // strings). scripts/check-native.sh builds briefs in all three languages with the native program.
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(LanguagePack))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(NumberWords))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(NounForms))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(NounWords))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(DateWords))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(SeasonWords))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(LabelWords))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(BibliographyWords))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(DatedPhrase))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(GenreWords))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(LocatorWords))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(List<string>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(Dictionary<string, string>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(Dictionary<string, IReadOnlyDictionary<string, string>>))]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The pack's types are kept above; no code is made for them at run time.")]
    private static LanguagePack Read(string code)
    {
        var name = $"BriefBuilder.Composition.Languages.{code}.yaml";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The language file {name} is not embedded.");
        using var reader = new StreamReader(stream);
        // The pack is shared by every build in the process, so its lists and maps are read-only once read.
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(HyphenatedNamingConvention.Instance)
            .WithTypeMapping<IReadOnlyList<string>, List<string>>()
            .WithTypeMapping<IReadOnlyDictionary<string, string>, Dictionary<string, string>>()
            .WithTypeMapping<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>, Dictionary<string, IReadOnlyDictionary<string, string>>>()
            .Build();
        return deserializer.Deserialize<LanguagePack>(reader);
    }
}
