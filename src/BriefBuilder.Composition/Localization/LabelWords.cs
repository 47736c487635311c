namespace BriefBuilder.Composition.Localization;

/// <summary>Section titles, column heads and the sentences a brief prints around its data.</summary>
public sealed class LabelWords
{
    public string AsOf { get; set; } = string.Empty;

    public string AsOfDate { get; set; } = string.Empty;

    public string PageOf { get; set; } = string.Empty;

    public string Draft { get; set; } = string.Empty;

    public string Continued { get; set; } = string.Empty;

    public string KeyFigures { get; set; } = string.Empty;

    public string YearInReview { get; set; } = string.Empty;

    public string Contents { get; set; } = string.Empty;

    public string Summary { get; set; } = string.Empty;

    public string BottomLine { get; set; } = string.Empty;

    public string StatementsByStance { get; set; } = string.Empty;

    public string StanceCount { get; set; } = string.Empty;

    public string MostRecent { get; set; } = string.Empty;

    public string NewSince { get; set; } = string.Empty;

    public string NewSinceIntro { get; set; } = string.Empty;

    public string NewSinceNone { get; set; } = string.Empty;

    public string NewSinceMore { get; set; } = string.Empty;

    public string Timeline { get; set; } = string.Empty;

    public string TimelineUnplaced { get; set; } = string.Empty;

    public string TimelineEmpty { get; set; } = string.Empty;

    public string TimelineAlt { get; set; } = string.Empty;

    public string TimelineAltStance { get; set; } = string.Empty;

    public string TimelineAltEvents { get; set; } = string.Empty;

    public string LegendEvent { get; set; } = string.Empty;

    public string LegendFuzzy { get; set; } = string.Empty;

    public string MonthlyChart { get; set; } = string.Empty;

    public string MonthlyChartAlt { get; set; } = string.Empty;

    public string StanceTables { get; set; } = string.Empty;

    public string StanceEmpty { get; set; } = string.Empty;

    public string CommonSources { get; set; } = string.Empty;

    public string CommonSourcesLocated { get; set; } = string.Empty;

    public string ColumnDate { get; set; } = string.Empty;

    public string ColumnSpeaker { get; set; } = string.Empty;

    public string ColumnPosition { get; set; } = string.Empty;

    public string ColumnSources { get; set; } = string.Empty;

    public string InstitutionOverview { get; set; } = string.Empty;

    public string ColumnInstitution { get; set; } = string.Empty;

    public string AffiliationMark { get; set; } = string.Empty;

    public string ColumnTotal { get; set; } = string.Empty;

    public string WhosWho { get; set; } = string.Empty;

    public string People { get; set; } = string.Empty;

    public string Institutions { get; set; } = string.Empty;

    public string ColumnName { get; set; } = string.Empty;

    public string ColumnRole { get; set; } = string.Empty;

    public string ColumnCountry { get; set; } = string.Empty;

    public string ColumnType { get; set; } = string.Empty;

    public string ColumnPages { get; set; } = string.Empty;

    public string Bibliography { get; set; } = string.Empty;

    public string CitedIn { get; set; } = string.Empty;

    public string Provenance { get; set; } = string.Empty;

    public string CodingNote { get; set; } = string.Empty;

    public string Filters { get; set; } = string.Empty;

    public string FilterStances { get; set; } = string.Empty;

    public string FilterTags { get; set; } = string.Empty;

    public string FilterVerified { get; set; } = string.Empty;

    public string FilterPeriod { get; set; } = string.Empty;

    public string FilterAll { get; set; } = string.Empty;

    public string Counts { get; set; } = string.Empty;

    public string Workbook { get; set; } = string.Empty;

    public string Sha256 { get; set; } = string.Empty;

    public string Template { get; set; } = string.Empty;

    public string Language { get; set; } = string.Empty;

    public string Tool { get; set; } = string.Empty;

    public string Build { get; set; } = string.Empty;

    public string BuildRecord { get; set; } = string.Empty;

    public string VerifyHow { get; set; } = string.Empty;

    public string ChartAlt { get; set; } = string.Empty;

    public string ColumnId { get; set; } = string.Empty;

    public string UndatedHeading { get; set; } = string.Empty;

    public string UndatedNote { get; set; } = string.Empty;

    public string UndatedNoteWindow { get; set; } = string.Empty;

    public string GraphicUndated { get; set; } = string.Empty;

    public string GraphicUndatedOne { get; set; } = string.Empty;

    public string TimelineAltUndated { get; set; } = string.Empty;

    public string LegendUndated { get; set; } = string.Empty;

    public string KeyFiguresUndated { get; set; } = string.Empty;

    public string KeyFiguresAllUndated { get; set; } = string.Empty;

    public string ChartNotInMonth { get; set; } = string.Empty;

    public string ChartUndated { get; set; } = string.Empty;

    public string RowNotInMonth { get; set; } = string.Empty;

    public string ColumnMonth { get; set; } = string.Empty;

    public string CitedOnPage { get; set; } = string.Empty;

    public string CitedOnPages { get; set; } = string.Empty;

    public string StanceNote { get; set; } = string.Empty;

    public string StanceNoteNone { get; set; } = string.Empty;

    public string CorrectionsNote { get; set; } = string.Empty;

    public string RecordNotes { get; set; } = string.Empty;

    public string NotesIntro { get; set; } = string.Empty;

    public string NotesNone { get; set; } = string.Empty;

    public string NotesStatements { get; set; } = string.Empty;

    public string NotesSources { get; set; } = string.Empty;

    public string ColumnRecord { get; set; } = string.Empty;

    public string ColumnNote { get; set; } = string.Empty;

    public string CorrectsSource { get; set; } = string.Empty;

    public string FindingsByStance { get; set; } = string.Empty;

    public string FindingsUndated { get; set; } = string.Empty;

    public string FindingsAllUndated { get; set; } = string.Empty;

    public string FindingsLeftOut { get; set; } = string.Empty;

    public string YearDated { get; set; } = string.Empty;

    public string YearNoneDated { get; set; } = string.Empty;

    public string YearStance { get; set; } = string.Empty;

    public string YearBusiestMonth { get; set; } = string.Empty;

    public string YearNewVoices { get; set; } = string.Empty;

    public string YearUndated { get; set; } = string.Empty;

    public string KeyFindings { get; set; } = string.Empty;

    public string AndMore { get; set; } = string.Empty;

    public string ColumnWhoSpoke { get; set; } = string.Empty;

    public string FindingsNames { get; set; } = string.Empty;
}
