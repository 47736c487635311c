using System.Collections;
using System.Reflection;
using BriefBuilder.Dates;
using BriefBuilder.Records;
using BriefBuilder.Validation;

namespace BriefBuilder.Tests.Validation;

/// <summary>The dossier's texts, listed field by field in code, against every text the records hold as reflection
/// finds them (every public property: a string, a list of strings, or a list of parts and each part's strings). A field
/// added to a record and not to the listing fails here.</summary>
public sealed class DossierTextsTests
{
    private static readonly FieldLocations Locations = FieldLocations.ForFile("dossier.xlsx");

    [Fact]
    public void Every_text_of_every_record_is_listed_in_the_order_and_under_the_field_reflection_finds()
    {
        var dossier = new Records.Dossier(
            Filled<BriefInfo>(),
            [Filled<Stance>(), Filled<Stance>("second")],
            [Filled<Institution>()],
            [Filled<Person>()],
            [Filled<Source>()],
            [Filled<Claim>(), Filled<Claim>("second")],
            [Filled<Event>()]);

        var listed = DossierTexts.Of(dossier, Locations).Select(t => (t.Field, t.Text, t.Origin)).ToList();

        Assert.Equal(ByReflection(dossier).ToList(), listed);
        Assert.Contains(listed, t => t.Field == nameof(Source.Authors) && t.Text == "de la Cruz");
        Assert.Contains(listed, t => t.Field == nameof(Claim.Citations) && t.Text == "p. 3");
        Assert.Contains(listed, t => t.Field == nameof(BriefInfo.CodingNote) && t.Origin is null);
    }

    [Fact]
    public void Absent_texts_are_left_out_and_a_character_is_found_at_the_first_field_that_holds_it()
    {
        var claim = Filled<Claim>() with { Quote = null, Notes = "Եղեռն", Correction = null };
        var dossier = new Records.Dossier(new BriefInfo(), [Filled<Stance>()], [], [], [], [claim], []);

        var listed = DossierTexts.Of(dossier, Locations).ToList();

        Assert.DoesNotContain(listed, t => t.Field is nameof(Claim.Quote) or nameof(Claim.Correction));
        Assert.Equal(listed.Single(t => t.Field == nameof(Claim.Notes)).Where, DossierTexts.Holding(dossier, Locations, 'Ե'));
        Assert.Null(DossierTexts.Holding(dossier, Locations, 'Ж'));
    }

    // The texts as the first version of DossierTexts found them, by reflection.
    private static IEnumerable<(string Field, string Text, RecordOrigin? Origin)> ByReflection(Records.Dossier dossier)
    {
        IEnumerable<object> records = [.. dossier.Claims, .. dossier.People, .. dossier.Institutions, .. dossier.Sources, .. dossier.Events, .. dossier.Stances];
        foreach (var record in records)
        {
            var properties = record.GetType().GetProperties();
            var origin = (RecordOrigin)properties.Single(p => p.Name == nameof(Claim.Origin)).GetValue(record)!;
            foreach (var property in properties)
            {
                foreach (var text in Strings(property.GetValue(record)))
                {
                    yield return (property.Name, text, origin);
                }
            }
        }

        foreach (var property in typeof(BriefInfo).GetProperties())
        {
            foreach (var text in Strings(property.GetValue(dossier.Brief)))
            {
                yield return (property.Name, text, null);
            }
        }
    }

    private static IEnumerable<string> Strings(object? value) => value switch
    {
        string text => [text],
        IEnumerable<string> texts => texts,
        IEnumerable items => items.OfType<object>().SelectMany(item => item.GetType().GetProperties()
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => p.GetValue(item) as string)
            .OfType<string>()),
        _ => [],
    };

    // A record made through its constructor with every parameter given: a distinct text for each string, two items for
    // each list. A parameter of a type not known here fails the test, to be added.
    private static T Filled<T>(string tag = "first")
    {
        var constructor = typeof(T).GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => Value(p, $"{typeof(T).Name}.{p.Name} ({tag})")).ToArray();
        return (T)constructor.Invoke(arguments);
    }

    private static object? Value(ParameterInfo parameter, string text) => parameter.ParameterType switch
    {
        var type when type == typeof(string) => text,
        var type when type == typeof(IReadOnlyList<string>) => new[] { text + " 1", text + " 2" },
        var type when type == typeof(IReadOnlyList<Citation>) => new[] { new Citation("S-cited", "p. 3"), new Citation("S-other") },
        var type when type == typeof(IReadOnlyList<Contributor>) => new Contributor[] { new PersonName("Cruz", "Ana", "de la", "van"), new OrganizationName("UNHCR") },
        var type when type == typeof(DateValue) => DateValue.OfDay(new DateOnly(2023, 9, 29)),
        var type when type == typeof(RecordOrigin) => new RecordOrigin(parameter.Member.DeclaringType!.Name, text.Length),
        var type when type == typeof(bool) => true,
        var type when type == typeof(int) => 1,
        { IsEnum: true } type => Enum.GetValues(type).GetValue(0),
        _ => throw new InvalidOperationException($"No value for {parameter.Member.DeclaringType!.Name}.{parameter.Name} of type {parameter.ParameterType}: add one."),
    };
}
