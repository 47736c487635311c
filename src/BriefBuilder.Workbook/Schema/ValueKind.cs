namespace BriefBuilder.Workbooks.Schema;

/// <summary>What a column holds, which decides how a cell is read and how the Read me sheet describes it.</summary>
public enum ValueKind
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>The record's own ID (or a stance's key), unique on its sheet.</summary>
    Id,

    /// <summary>One ID of a record on another sheet.</summary>
    Reference,

    /// <summary>IDs of records on another sheet, separated by `;`.</summary>
    ReferenceList,

    /// <summary>Free-text items separated by `;`.</summary>
    TextList,

    /// <summary>Authors separated by `;`: a person as `Last, First`, an organisation as its name.</summary>
    Authors,

    /// <summary>An EDTF date as text, or a real Excel date.</summary>
    Date,

    /// <summary>An absolute http, https or mailto URL.</summary>
    Url,

    /// <summary>One word from a fixed list.</summary>
    Choice,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A hex colour such as `#1F77B4`.</summary>
    Color,

    /// <summary>Yes or no; an empty cell is no.</summary>
    Flag,

    /// <summary>Source IDs separated by `;`, each optionally followed by where in that source (`S1 p. 4; S2`).</summary>
    Citations,
}
