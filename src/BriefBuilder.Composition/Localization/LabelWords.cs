namespace BriefBuilder.Composition.Localization;

/// <summary>Section titles, column heads and the sentences a brief prints around its data.</summary>
public sealed class LabelWords
{
    public string AsOf { get; init; } = string.Empty;

    public string AsOfDate { get; init; } = string.Empty;

    public string PageOf { get; init; } = string.Empty;

    public string Draft { get; init; } = string.Empty;

    public string Continued { get; init; } = string.Empty;

    public string KeyFigures { get; init; } = string.Empty;

    public string YearInReview { get; init; } = string.Empty;

    public string Contents { get; init; } = string.Empty;

    public string Summary { get; init; } = string.Empty;

    public string BottomLine { get; init; } = string.Empty;

    public string StatementsByStance { get; init; } = string.Empty;

    public string StanceCount { get; init; } = string.Empty;

    public string MostRecent { get; init; } = string.Empty;

    public string NewSince { get; init; } = string.Empty;

    public string NewSinceIntro { get; init; } = string.Empty;

    public string NewSinceNone { get; init; } = string.Empty;

    public string NewSinceMore { get; init; } = string.Empty;

    public string Timeline { get; init; } = string.Empty;

    public string TimelineUnplaced { get; init; } = string.Empty;

    public string TimelineEmpty { get; init; } = string.Empty;

    public string TimelineAlt { get; init; } = string.Empty;

    public string TimelineAltStance { get; init; } = string.Empty;

    public string TimelineAltEvents { get; init; } = string.Empty;

    public string LegendEvent { get; init; } = string.Empty;

    public string LegendFuzzy { get; init; } = string.Empty;

    public string MonthlyChart { get; init; } = string.Empty;

    public string MonthlyChartAlt { get; init; } = string.Empty;

    public string StanceTables { get; init; } = string.Empty;

    public string StanceEmpty { get; init; } = string.Empty;

    public string CommonSources { get; init; } = string.Empty;

    public string CommonSourcesLocated { get; init; } = string.Empty;

    public string ShortFormsNote { get; init; } = string.Empty;

    public string FittedNote { get; init; } = string.Empty;

    public string ColumnDate { get; init; } = string.Empty;

    public string ColumnSpeaker { get; init; } = string.Empty;

    public string ColumnPosition { get; init; } = string.Empty;

    public string ColumnSources { get; init; } = string.Empty;

    public string InstitutionOverview { get; init; } = string.Empty;

    public string ColumnInstitution { get; init; } = string.Empty;

    public string AffiliationMark { get; init; } = string.Empty;

    public string ColumnTotal { get; init; } = string.Empty;

    public string WhosWho { get; init; } = string.Empty;

    public string People { get; init; } = string.Empty;

    public string Institutions { get; init; } = string.Empty;

    public string ColumnName { get; init; } = string.Empty;

    public string ColumnRole { get; init; } = string.Empty;

    public string ColumnCountry { get; init; } = string.Empty;

    public string ColumnType { get; init; } = string.Empty;

    public string ColumnPages { get; init; } = string.Empty;

    public string Bibliography { get; init; } = string.Empty;

    public string CitedIn { get; init; } = string.Empty;

    public string Provenance { get; init; } = string.Empty;

    public string CodingNote { get; init; } = string.Empty;

    public string Filters { get; init; } = string.Empty;

    public string FilterStances { get; init; } = string.Empty;

    public string FilterTags { get; init; } = string.Empty;

    public string FilterVerified { get; init; } = string.Empty;

    public string FilterPeriod { get; init; } = string.Empty;

    public string FilterAll { get; init; } = string.Empty;

    public string Counts { get; init; } = string.Empty;

    public string Workbook { get; init; } = string.Empty;

    public string Sha256 { get; init; } = string.Empty;

    public string Template { get; init; } = string.Empty;

    public string Language { get; init; } = string.Empty;

    public string Tool { get; init; } = string.Empty;

    public string Build { get; init; } = string.Empty;

    public string BuildRecord { get; init; } = string.Empty;

    public string VerifyHow { get; init; } = string.Empty;

    public string ChartAlt { get; init; } = string.Empty;

    public string ColumnId { get; init; } = string.Empty;

    public string UndatedHeading { get; init; } = string.Empty;

    public string UndatedNote { get; init; } = string.Empty;

    public string UndatedNoteWindow { get; init; } = string.Empty;

    public string GraphicUndated { get; init; } = string.Empty;

    public string GraphicUndatedOne { get; init; } = string.Empty;

    public string TimelineAltUndated { get; init; } = string.Empty;

    public string LegendUndated { get; init; } = string.Empty;

    /// <summary>A timeline bar standing for several statements, named by ID: "{statements}: {ids}".</summary>
    public string GraphicStatementIds { get; init; } = string.Empty;

    /// <summary>The legend's entry for a bar whose end fades out: an open, unknown, approximate or uncertain end.</summary>
    public string LegendVagueEnd { get; init; } = string.Empty;

    /// <summary>What opens the timeline graphic's key from statement IDs to who made them.</summary>
    public string TimelineKey { get; init; } = string.Empty;

    public string KeyFiguresUndated { get; init; } = string.Empty;

    public string KeyFiguresFitted { get; init; } = string.Empty;

    public string OfTheWorkbook { get; init; } = string.Empty;

    public string KeyFiguresAllUndated { get; init; } = string.Empty;

    public string ChartNotInMonth { get; init; } = string.Empty;

    public string ChartUndated { get; init; } = string.Empty;

    public string RowNotInMonth { get; init; } = string.Empty;

    public string ColumnMonth { get; init; } = string.Empty;

    public string CitedOnPage { get; init; } = string.Empty;

    public string CitedOnPages { get; init; } = string.Empty;

    public string StanceNote { get; init; } = string.Empty;

    public string StanceNoteNone { get; init; } = string.Empty;

    public string CorrectionsNote { get; init; } = string.Empty;

    public string RecordNotes { get; init; } = string.Empty;

    public string NotesIntro { get; init; } = string.Empty;

    public string NotesNone { get; init; } = string.Empty;

    public string NotesStatements { get; init; } = string.Empty;

    public string NotesSources { get; init; } = string.Empty;

    public string ColumnRecord { get; init; } = string.Empty;

    public string ColumnNote { get; init; } = string.Empty;

    public string CorrectsSource { get; init; } = string.Empty;

    public string FindingsByStance { get; init; } = string.Empty;

    public string FindingsUndated { get; init; } = string.Empty;

    public string FindingsAllUndated { get; init; } = string.Empty;

    public string FindingsLeftOut { get; init; } = string.Empty;

    public string YearDated { get; init; } = string.Empty;

    public string YearNoneDated { get; init; } = string.Empty;

    public string YearStance { get; init; } = string.Empty;

    public string YearBusiestMonth { get; init; } = string.Empty;

    public string YearNewVoices { get; init; } = string.Empty;

    public string YearUndated { get; init; } = string.Empty;

    public string KeyFindings { get; init; } = string.Empty;

    public string AndMore { get; init; } = string.Empty;

    public string ColumnWhoSpoke { get; init; } = string.Empty;

    public string FindingsNames { get; init; } = string.Empty;
}
