using BriefBuilder.Diagnostics;
using BriefBuilder.Records;

namespace BriefBuilder.Validation.Checks;

/// <summary>Institutions form a tree: following parents must end at a top-level institution, never loop.</summary>
internal sealed class ParentCycleCheck : IDossierCheck
{
    public void Run(Dossier dossier, FieldLocations locations, DiagnosticBag diagnostics)
    {
        // Each institution is walked once; a walk that meets its own path has found a cycle, and one that meets
        // an earlier walk stops there, so every cycle is reported once, at its first member in workbook order.
        var position = new Dictionary<Institution, int>(ReferenceEqualityComparer.Instance);
        foreach (var institution in dossier.Institutions)
        {
            position.TryAdd(institution, position.Count);
        }

        var settled = new HashSet<Institution>(ReferenceEqualityComparer.Instance);
        foreach (var start in dossier.Institutions)
        {
            var path = new List<Institution>();
            var current = start;
            while (current is not null && !settled.Contains(current))
            {
                var seenAt = path.IndexOf(current);
                if (seenAt >= 0)
                {
                    Report(path.GetRange(seenAt, path.Count - seenAt));
                    break;
                }

                path.Add(current);
                current = current.ParentId is null ? null : dossier.FindInstitution(current.ParentId);
            }

            settled.UnionWith(path);
        }

        void Report(List<Institution> cycle)
        {
            var first = cycle.MinBy(i => position[i])!;
            var from = cycle.IndexOf(first);
            var ordered = cycle.Skip(from).Concat(cycle.Take(from)).Append(first).Select(i => i.Id);
            diagnostics.Report(
                locations.Locate(first.Origin, nameof(Institution.ParentId)),
                ValidationCodes.ParentCycle,
                $"institution parents form a cycle: {string.Join(" → ", ordered)}");
        }
    }
}
