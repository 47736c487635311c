using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using BriefBuilder.Diagnostics;
using BriefBuilder.Records;

namespace BriefBuilder.Validation;

/// <summary>Every text a dossier holds, with the cell it was read from, so that a problem found in printed text (a
/// character no font has) is reported where the user can fix it.</summary>
public static class DossierTexts
{
    // Each type's string-bearing properties, looked up once: a 100,000-claim dossier holds millions of texts.
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> StringProperties = new();

    // Found by reflection, so that a column added to a record is covered with no change here.
    public static IEnumerable<DossierText> Of(Dossier dossier, FieldLocations locations)
    {
        IEnumerable<object> records = [.. dossier.Claims, .. dossier.People, .. dossier.Institutions, .. dossier.Sources, .. dossier.Events, .. dossier.Stances];
        foreach (var record in records)
        {
            var properties = Properties.GetOrAdd(record.GetType(), type => type.GetProperties());
            var origin = (RecordOrigin)properties.First(p => p.Name == nameof(Claim.Origin)).GetValue(record)!;
            foreach (var property in properties)
            {
                foreach (var text in Strings(property.GetValue(record)))
                {
                    yield return new DossierText(text, origin, property.Name, locations);
                }
            }
        }

        foreach (var property in Properties.GetOrAdd(typeof(BriefInfo), type => type.GetProperties()))
        {
            foreach (var text in Strings(property.GetValue(dossier.Brief)))
            {
                yield return new DossierText(text, null, property.Name, locations);
            }
        }
    }

    /// <summary>The first cell whose text holds this character, or null.</summary>
    public static SourceLocation? Holding(Dossier dossier, FieldLocations locations, int codePoint)
    {
        foreach (var text in Of(dossier, locations))
        {
            if (text.Text.EnumerateRunes().Any(r => r.Value == codePoint))
            {
                return text.Where;
            }
        }

        return null;
    }

    private static IEnumerable<string> Strings(object? value) => value switch
    {
        string text => [text],
        IEnumerable<string> texts => texts,
        IEnumerable items and not string => items.OfType<object>().SelectMany(item => StringProperties
            .GetOrAdd(item.GetType(), type => [.. type.GetProperties().Where(p => p.PropertyType == typeof(string))])
            .Select(p => p.GetValue(item) as string).OfType<string>()),
        _ => [],
    };
}

/// <summary>A text of the dossier and the field it was read from; its cell is worked out only when asked for.</summary>
public readonly record struct DossierText(string Text, RecordOrigin? Origin, string Field, FieldLocations Locations)
{
    /// <summary>The cell the text was read from (the Brief sheet for the brief's own fields).</summary>
    public SourceLocation Where => Origin is { } origin ? Locations.Locate(origin, Field) : new SourceLocation(Locations.File, "Brief");
}
