using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Styling;

/// <summary>A stance's colour and shape: the Stances sheet's colour when it gives one, else Okabe-Ito, in stance order.</summary>
public sealed record StanceLook(Stance Stance, Color Color, MarkerShape Shape);

/// <summary>Assigns every stance of a dossier a distinct shape and a colour-blind-safe colour, in the Stances order.</summary>
public sealed class StancePalette
{
    // Okabe & Ito (2008), "Color Universal Design", without black; blue and orange first so that
    // two stances never read as red against green (BRIEF-DESIGN: no colour carries a judgment).
    private static readonly Color[] OkabeIto =
    [
        new(0x00, 0x72, 0xB2), new(0xE6, 0x9F, 0x00), new(0x00, 0x9E, 0x73), new(0xCC, 0x79, 0xA7),
        new(0xD5, 0x5E, 0x00), new(0x56, 0xB4, 0xE9), new(0xF0, 0xE4, 0x42),
    ];

    private readonly Dictionary<string, StanceLook> _looks = new(StringComparer.OrdinalIgnoreCase);

    public StancePalette(IReadOnlyList<Stance> stances)
    {
        var shapes = Enum.GetValues<MarkerShape>();
        for (var index = 0; index < stances.Count; index++)
        {
            var stance = stances[index];
            var color = Color.TryParseHex(stance.Color, out var given) ? given : OkabeIto[index % OkabeIto.Length];
            _looks[stance.Key] = new StanceLook(stance, color, shapes[index % shapes.Length]);
        }

        Looks = [.. stances.Select(s => _looks[s.Key])];
    }

    /// <summary>Every stance's look, in the Stances order.</summary>
    public IReadOnlyList<StanceLook> Looks { get; }

    public StanceLook Of(string stanceKey) => _looks[stanceKey];

    public StanceLook Of(Stance stance) => _looks[stance.Key];
}
