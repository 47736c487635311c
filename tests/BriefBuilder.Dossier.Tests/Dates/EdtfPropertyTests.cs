using System.Globalization;
using BriefBuilder.Dates;
using CsCheck;

namespace BriefBuilder.Dossier.Tests.Dates;

/// <summary>Properties over generated text: canonical EDTF round-trips with the bounds it should have; nothing ever throws.</summary>
public class EdtfPropertyTests
{
    /// <summary>A canonical EDTF date with the days it should cover, worked out here independently of the parser.</summary>
    private sealed record Expected(string Text, DateOnly Earliest, DateOnly Latest, DatePrecision Precision)
    {
        public override string ToString() => Text;
    }

    private static string D(int value, int digits) => value.ToString(new string('0', digits), CultureInfo.InvariantCulture);

    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    private static DateOnly EndOfMonth(int year, int month) => Day(year, month, DateTime.DaysInMonth(year, month));

    private static Gen<Expected> DateIn(int firstYear, int lastYear)
    {
        var year = Gen.Int[firstYear, lastYear];
        var month = Gen.Int[1, 12];
        var forms = Gen.OneOf(
            year.Select(y => new Expected(D(y, 4), Day(y, 1, 1), Day(y, 12, 31), DatePrecision.Year)),
            Gen.Int[Math.Max(1, firstYear / 10), lastYear / 10].Select(d => new Expected(D(d, 3) + "X", Day(d * 10, 1, 1), Day((d * 10) + 9, 12, 31), DatePrecision.Decade)),
            Gen.Int[Math.Max(1, firstYear / 100), lastYear / 100].Select(c => new Expected(D(c, 2) + "XX", Day(c * 100, 1, 1), Day((c * 100) + 99, 12, 31), DatePrecision.Century)),
            Gen.Select(year, month, (y, m) => new Expected($"{D(y, 4)}-{D(m, 2)}", Day(y, m, 1), EndOfMonth(y, m), DatePrecision.Month)),
            Gen.Select(year, month, Gen.Int[1, 31], (y, m, d) =>
            {
                var day = Math.Min(d, DateTime.DaysInMonth(y, m));
                return new Expected($"{D(y, 4)}-{D(m, 2)}-{D(day, 2)}", Day(y, m, day), Day(y, m, day), DatePrecision.Day);
            }),
            Gen.Select(Gen.Int[firstYear, Math.Min(lastYear, 9998)], Gen.Int[0, 3], (y, s) =>
            {
                var first = Day(y, 3 + (3 * s), 1);
                return new Expected($"{D(y, 4)}-{21 + s}", first, first.AddMonths(3).AddDays(-1), DatePrecision.Season);
            }),
            year.Select(y => new Expected($"{D(y, 4)}-XX", Day(y, 1, 1), Day(y, 12, 31), DatePrecision.Year)),
            year.Select(y => new Expected($"{D(y, 4)}-XX-XX", Day(y, 1, 1), Day(y, 12, 31), DatePrecision.Year)),
            Gen.Select(year, month, (y, m) => new Expected($"{D(y, 4)}-{D(m, 2)}-XX", Day(y, m, 1), EndOfMonth(y, m), DatePrecision.Month)));
        return Gen.Select(forms, Gen.OneOf("", "?", "~", "%"), (date, qualifier) => date with { Text = date.Text + qualifier });
    }

    [Fact]
    public void A_generated_canonical_date_formats_back_to_itself_with_the_days_it_covers()
    {
        DateIn(1, 9999).Sample(expected =>
        {
            var result = DateValue.Parse(expected.Text);

            Assert.True(result.Success, $"{expected.Text}: {result.Error} at {result.Position}");
            Assert.Equal(expected.Text, result.Value!.ToString());
            Assert.Equal(expected.Earliest, result.Value.Earliest);
            Assert.Equal(expected.Latest, result.Value.Latest);
            Assert.Equal(expected.Precision, result.Value.Start!.Precision);
        }, iter: 5_000);
    }

    /// <summary>Canonical intervals: starts end by 4999 and ends begin in 5100, so every one runs forwards.</summary>
    private static readonly Gen<string> Intervals = Gen.Select(
            Gen.Frequency((4, DateIn(1, 4999).Select(e => e.Text)), (1, Gen.Const("..")), (1, Gen.Const(""))),
            Gen.Frequency((4, DateIn(5100, 9999).Select(e => e.Text)), (1, Gen.Const("..")), (1, Gen.Const(""))))
        .Where(pair => pair.Item1 is not ("" or "..") || pair.Item2 is not ("" or ".."))
        .Select(pair => $"{pair.Item1}/{pair.Item2}");

    private const string EdtfCharacters = "0123456789X-/.?~%TZ:+Y[]{},S ";

    /// <summary>A canonical date or interval with one character inserted, removed or replaced: text that is nearly a date.</summary>
    private static readonly Gen<string> NearlyDates = Gen.Select(
        Gen.OneOf(DateIn(1, 9999).Select(e => e.Text), Intervals),
        Gen.Int[0, 64],
        Gen.Char[EdtfCharacters],
        Gen.Int[0, 2],
        (text, at, c, edit) =>
        {
            var i = at % (text.Length + 1);
            return edit switch
            {
                0 => text.Insert(i, c.ToString()),
                1 when i < text.Length => text.Remove(i, 1),
                _ when i < text.Length => text.Remove(i, 1).Insert(i, c.ToString()),
                _ => text + c,
            };
        });

    [Fact]
    public void A_generated_canonical_interval_formats_back_to_itself()
    {
        Intervals.Sample(text =>
        {
            var result = DateValue.Parse(text);

            Assert.True(result.Success, $"{text}: {result.Error} at {result.Position}");
            Assert.Equal(text, result.Value!.ToString());
            Assert.True(result.Value.Earliest <= result.Value.Latest);
        }, iter: 5_000);
    }

    [Fact]
    public void Any_text_is_either_a_valid_date_or_an_error_with_a_position_inside_it()
    {
        var text = Gen.Frequency(
            (4, NearlyDates),
            (2, Gen.Char[EdtfCharacters].Array[0, 26].Select(chars => new string(chars))),
            (1, Gen.String));
        text.Sample(input =>
        {
            var result = DateValue.Parse(input);

            if (result.Success)
            {
                var value = result.Value!;
                Assert.True(value.Earliest <= value.Latest, $"{input}: {value.Earliest} > {value.Latest}");
                Assert.Equal(value, DateValue.Parse(value.ToString()).Value);
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(result.Error));
                Assert.InRange(result.Position, 0, input.Length);
            }
        }, iter: 20_000);
    }
}
