using System.Reflection;
using System.Runtime.CompilerServices;
using BriefBuilder.Composition.Localization;

namespace BriefBuilder.Composition.Tests.Localization;

/// <summary>A language is read once and shared by every build in the process (and by parallel builds), so nothing
/// reachable from it may be changed after it is read.</summary>
public sealed class SharedLanguageDataTests
{
    [Fact]
    public void Every_property_reachable_from_a_language_pack_is_init_only_and_read_only()
    {
        var problems = new List<string>();
        Visit(typeof(LanguagePack), [], problems);

        Assert.Empty(problems);
    }

    private static void Visit(Type type, HashSet<Type> seen, List<string> problems)
    {
        if (!seen.Add(type))
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.SetMethod;
            if (setter is { IsPublic: true } && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            {
                problems.Add($"{type.Name}.{property.Name} has a setter");
            }

            var kind = property.PropertyType;
            if (kind.IsGenericType && kind.GetGenericTypeDefinition() is var generic && (generic == typeof(List<>) || generic == typeof(Dictionary<,>)))
            {
                problems.Add($"{type.Name}.{property.Name} is a mutable collection");
            }

            if (kind.Namespace == typeof(LanguagePack).Namespace && kind.IsClass)
            {
                Visit(kind, seen, problems);
            }
        }
    }
}
