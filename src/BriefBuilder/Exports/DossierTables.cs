using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using BriefBuilder.Dates;
using BriefBuilder.Records;

namespace BriefBuilder.Cli.Exports;

/// <summary>A dossier as the workbook's sheets hold it: each sheet's records and the fields they were read with (the
/// records' own parameters, found by reflection, so a field added to a record is exported with no change here), and each
/// value as a cell would show it.</summary>
public static class DossierTables
{
    /// <summary>The sheets of records, in the workbook's order, each with its records' fields and the row each record
    /// was read from.</summary>
    public static IReadOnlyList<DossierSheet> Sheets(Dossier dossier) =>
    [
        Sheet("Claims", dossier.Claims, c => c.Origin),
        Sheet("People", dossier.People, p => p.Origin),
        Sheet("Institutions", dossier.Institutions, i => i.Origin),
        Sheet("Sources", dossier.Sources, s => s.Origin),
        Sheet("Events", dossier.Events, e => e.Origin),
        Sheet("Stances", dossier.Stances, s => s.Origin),
    ];

    /// <summary>The Brief sheet's fields, in the order <see cref="BriefInfo"/> declares them.</summary>
    public static IReadOnlyList<PropertyInfo> BriefFields { get; } = [.. typeof(BriefInfo).GetProperties()];

    private const DynamicallyAccessedMemberTypes Members = DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties;

    // The type is named where it is known, so that a program compiled ahead of time keeps the members read here.
    private static DossierSheet Sheet<[DynamicallyAccessedMembers(Members)] TRecord>(string name, IEnumerable<TRecord> records, Func<TRecord, RecordOrigin> origin)
        where TRecord : notnull
    {
        var type = typeof(TRecord);
        IReadOnlyList<PropertyInfo> fields =
        [
            .. type.GetConstructors().MaxBy(c => c.GetParameters().Length)!.GetParameters()
                .Select(p => type.GetProperty(p.Name!)!)
                .Where(p => p.PropertyType != typeof(RecordOrigin)),
        ];
        return new DossierSheet(name, fields, [.. records.Select(r => ((object)r, origin(r).Row))]);
    }

    /// <summary>A value as a workbook cell writes it: dates in EDTF, lists joined with "; ", a citation with its locator.</summary>
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        DateValue date => date.ToString(),
        Citation citation => citation.Locator is null ? citation.SourceId : $"{citation.SourceId} {citation.Locator}",
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join("; ", items.Cast<object>().Select(Text)),
        _ => value.ToString() ?? string.Empty,
    };

}

/// <summary>One sheet of a dossier: its name, the fields its records were made with (in order, without the place each
/// was read from), and its records with the row each was read from.</summary>
public sealed record DossierSheet(string Sheet, IReadOnlyList<PropertyInfo> Fields, IReadOnlyList<(object Record, int Row)> Records);
