using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Table;

/// <summary>The column widths each table of a layout found, kept from one pass to the next: a table's node is made
/// again in each pass, and sizing a long table by its content means measuring every cell, which would cost each pass
/// what the first did. The widths of a table whose cells print page numbers (which may change between passes) are
/// found again in each pass.</summary>
internal sealed class TableWidths
{
    private readonly Dictionary<Elements.Table, Known> _known = new(ReferenceEqualityComparer.Instance);

    /// <summary>The widths the table found for this width before, or those <paramref name="resolve"/> finds now.</summary>
    public double[] For(Elements.Table table, double available, Func<double[]> resolve)
    {
        if (!_known.TryGetValue(table, out var known))
        {
            known = new Known(ElementTree.DepthFirst(table, includeHeaderRows: true).Any(e => e is PageReferences or TableOfContents));
            _known[table] = known;
        }

        if (known.PrintsPages || !available.Equals(known.Available) || known.Widths is null)
        {
            var widths = resolve();
            if (known.PrintsPages)
            {
                return widths;
            }

            (known.Available, known.Widths) = (available, widths);
        }

        return known.Widths;
    }

    private sealed class Known(bool printsPages)
    {
        public bool PrintsPages { get; } = printsPages;

        public double Available { get; set; } = double.NaN;

        public double[]? Widths { get; set; }
    }
}
