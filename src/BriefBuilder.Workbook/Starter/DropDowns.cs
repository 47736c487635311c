using ClosedXML.Excel;
using BriefBuilder.Workbooks.Cells;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Workbooks.Starter;

/// <summary>In-cell drop-down lists: a choice column offers its words, a stance column the keys on the Stances sheet.</summary>
internal static class DropDowns
{
    public static void Add(IXLRange body, ColumnDefinition column)
    {
        if (column.Kind == ValueKind.Choice)
        {
            // A list typed into the rule is quoted and comma-separated (ECMA-376 Part 1, 18.3.1.32 formula1).
            var validation = body.SetDataValidation();
            validation.List($"\"{string.Join(",", column.Choices)}\"", true);
            Explain(validation, column, $"Choose one of: {string.Join(", ", column.Choices)}.");
        }
        else if (column.Kind == ValueKind.Flag)
        {
            var validation = body.SetDataValidation();
            validation.List("\"yes,no\"", true);
            Explain(validation, column, "Choose yes or no; leave it empty for no.");
        }
        else if (column.Kind == ValueKind.Reference && column.Target == StancesSheet.Definition.Name)
        {
            var keys = CellAddress.ColumnLetters(StancesSheet.Definition.Columns.ToList().IndexOf(StancesSheet.Key) + 1);
            var validation = body.SetDataValidation();
            validation.List($"{StancesSheet.Definition.Name}!${keys}$2:${keys}$200", true);
            Explain(validation, column, "Choose a key from the Stances sheet.");
        }
    }

    private static void Explain(IXLDataValidation validation, ColumnDefinition column, string message)
    {
        validation.IgnoreBlanks = true;
        validation.ErrorStyle = XLErrorStyle.Stop;
        validation.ErrorTitle = column.Name;
        validation.ErrorMessage = message;
    }
}
