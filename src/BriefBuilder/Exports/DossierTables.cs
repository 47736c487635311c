using System.Collections;
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
    /// <summary>The sheets of records, in the workbook's order.</summary>
    public static IReadOnlyList<(string Sheet, Type Type, IReadOnlyList<object> Records)> Sheets(Dossier dossier) =>
    [
        ("Claims", typeof(Claim), [.. dossier.Claims]),
        ("People", typeof(Person), [.. dossier.People]),
        ("Institutions", typeof(Institution), [.. dossier.Institutions]),
        ("Sources", typeof(Source), [.. dossier.Sources]),
        ("Events", typeof(Event), [.. dossier.Events]),
        ("Stances", typeof(Stance), [.. dossier.Stances]),
    ];

    /// <summary>The fields a record was made with, in order, without the place it was read from.</summary>
    public static IReadOnlyList<PropertyInfo> Fields(Type type) =>
    [
        .. type.GetConstructors().MaxBy(c => c.GetParameters().Length)!.GetParameters()
            .Select(p => type.GetProperty(p.Name!)!)
            .Where(p => p.PropertyType != typeof(RecordOrigin)),
    ];

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

    /// <summary>The row a record was read from.</summary>
    public static int Row(object record) => record.GetType().GetProperties().Where(p => p.PropertyType == typeof(RecordOrigin))
        .Select(p => ((RecordOrigin)p.GetValue(record)!).Row).FirstOrDefault();
}
