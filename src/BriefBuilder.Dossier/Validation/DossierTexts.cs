using System.Collections;
using BriefBuilder.Diagnostics;
using BriefBuilder.Records;

namespace BriefBuilder.Validation;

/// <summary>Every text a dossier holds, with the cell it was read from, so that a problem found in printed text (a
/// character no font has) is reported where the user can fix it.</summary>
public static class DossierTexts
{
    // Found by reflection, so that a column added to a record is covered with no change here.
    public static IEnumerable<(string Text, SourceLocation Where)> Of(Dossier dossier, FieldLocations locations)
    {
        IEnumerable<object> records = [.. dossier.Claims, .. dossier.People, .. dossier.Institutions, .. dossier.Sources, .. dossier.Events, .. dossier.Stances];
        foreach (var record in records)
        {
            var type = record.GetType();
            var origin = (RecordOrigin)type.GetProperty(nameof(Claim.Origin))!.GetValue(record)!;
            foreach (var property in type.GetProperties())
            {
                foreach (var text in Strings(property.GetValue(record)))
                {
                    yield return (text, locations.Locate(origin, property.Name));
                }
            }
        }

        var brief = new SourceLocation(locations.File, "Brief");
        foreach (var property in typeof(BriefInfo).GetProperties())
        {
            foreach (var text in Strings(property.GetValue(dossier.Brief)))
            {
                yield return (text, brief);
            }
        }
    }

    /// <summary>The first cell whose text holds this character, or null.</summary>
    public static SourceLocation? Holding(Dossier dossier, FieldLocations locations, int codePoint) =>
        Of(dossier, locations).FirstOrDefault(t => t.Text.EnumerateRunes().Any(r => r.Value == codePoint)).Where;

    private static IEnumerable<string> Strings(object? value) => value switch
    {
        string text => [text],
        IEnumerable<string> texts => texts,
        IEnumerable items and not string => items.OfType<object>().SelectMany(item => item.GetType().GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => p.GetValue(item) as string).OfType<string>()),
        _ => [],
    };
}
