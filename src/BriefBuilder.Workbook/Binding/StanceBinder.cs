using BriefBuilder.Records;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>Binds the Stances sheet; a stance without an Order takes its row's place among the stances.</summary>
internal static class StanceBinder
{
    public static List<Stance> Bind(SheetTable table, BindingContext context)
    {
        var stances = new List<Stance>();
        foreach (var row in table.Records)
        {
            var fields = new RowFields(table, row, context);
            var key = fields.Text(StancesSheet.Key);
            var label = fields.Text(StancesSheet.Label);
            var description = fields.Text(StancesSheet.Description);
            var color = fields.Color(StancesSheet.Color);
            var order = fields.Integer(StancesSheet.Order);
            if (key is not null)
            {
                stances.Add(new Stance(key, label ?? key, description, color, order ?? stances.Count + 1, fields.Origin));
            }
        }

        return stances;
    }
}
