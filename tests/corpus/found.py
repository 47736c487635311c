"""Every input the hostile tester found breaking BriefBuilder (issue 15), each with what it must now do."""

import dossier
from xlsx import Cell
from corpus import TEMPLATE_NAMES, book, expect, set_cell


def write_all():
    """Writes the found inputs."""
    # ---- What the hostile tester found ------------------------------------------------------------------------------


    def far_merge(s):
        s.extra_rows = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
        s.merges = ["A2:XFD1048576"]


    expect(book("merged-to-far-corner.xlsx", {"Claims": far_merge}), exit=2, code="BB010", where="Claims",
           message="--limit merged-cells=N")


    def inline_summary(string_xml):
        """A change that gives claim C1 an inline string of the markup given (the inside of `is`)."""
        def change(s):
            s.rows[1][dossier.column("Claims", "Summary") - 1] = Cell(raw='<c r="{ref}" t="inlineStr"><is>' + string_xml + "</is></c>")
        return {"Claims": change}


    # 100,000 runs or CDATA sections compress beyond the ratio limit; past it, they are read in linear time.
    for name, markup in [("runs-100000.xlsx", "<r><t>x </t></r>" * 100_000),
                         ("cdata-100000.xlsx", "<t>" + "<![CDATA[x ]]>y " * 100_000 + "</t>")]:
        pieces = book(name, inline_summary(markup))
        expect(pieces, exit=2, code="BB010", message="--limit compression-ratio=N")
        expect(pieces, args="--limit compression-ratio=100000")

    CALENDAR_EDGES = {
        "Claims": [("Date", "9999-12-31"), ("Date", "9999-12-XX"), ("Date", "99XX")],
        "Events": [("Date", "9999~")],
    }


    def calendar_edges(sheet_name, dates):
        def change(s):
            for row, (header, value) in enumerate(dates, start=1):
                s.rows[row][dossier.column(sheet_name, header) - 1] = value
        return change


    edges = book("year-9999.xlsx", {name: calendar_edges(name, dates) for name, dates in CALENDAR_EDGES.items()})
    expect(edges)
    for template in TEMPLATE_NAMES:
        expect(edges, command=f"build:{template}")
    intervals = book("year-0001-to-9999.xlsx", {
        "Claims": calendar_edges("Claims", [("Date", "0001/9999"), ("Date", "9999/.."), ("Date", "0001-01-01")]),
        "Events": calendar_edges("Events", [("Date", "0001~/9999-12-31")]),
    })
    expect(intervals)
    for template in TEMPLATE_NAMES:
        expect(intervals, command=f"build:{template}")

    surrogate = book("unpaired-surrogate.xlsx", set_cell("People", 1, "Name", "Jana _xD800_Novak"))
    expect(surrogate, code="BB037", where="People!B2", message="replaced 1 unpaired surrogate")
    expect(surrogate, command="build:archival-snapshot", code="BB037", where="People!B2")

    label = book("stance-label-20000.xlsx", set_cell("Stances", 1, "Label", "Supports " * 2_222 + "this"))
    for template in ["archival-snapshot", "annual-report"]:
        expect(label, command=f"build:{template}", code="BRF004", message="header is taller than a page")


    expect(book("huge-cell-bomb.xlsx", inline_summary("<t>" + "a" * 100_000_000 + "</t>")), exit=2, code="BB010", message="--limit compression-ratio=N")
    expect(book("long-cell.xlsx", set_cell("Claims", 1, "Summary", "word " * 400)), exit=1, code="BB036",
           where="Claims!F2", message="more than 1,000 characters", args="--limit cell-characters=1000")


    def empty_cells(s):
        s.extra_rows = "".join(f'<row r="{r}">' + "<c/>" * 1000 + "</row>" for r in range(10, 10_010))


    expect(book("empty-cells-10m.xlsx", {"Claims": empty_cells}), exit=2, code="BB010", message="as zip bombs do")


    def whitespace(s):
        s.extra_rows = " " * (64 * 1024 * 1024)


    expect(book("whitespace-64mib.xlsx", {"Claims": whitespace}), exit=2, code="BB010", message="as zip bombs do")


    def hidden_ranges(s):
        s.before_data = "<cols>" + "".join(f'<col min="{i}" max="{i + 2}" hidden="1"/>' for i in range(20, 100_020)) + "</cols>"


    expect(book("hidden-column-ranges-100000.xlsx", {"Claims": hidden_ranges}))


    def duplicate_row(s):
        s.extra_rows = '<row r="2"><c r="A2" t="inlineStr"><is><t>C9</t></is></c></row>'


    expect(book("duplicate-row.xlsx", {"Claims": duplicate_row}), exit=1, code="BB038", where="Claims!A2",
           message="row 2 is stored twice")


    def duplicate_cell(s):
        s.raw_rows = None
        s.extra_rows = ('<row r="9"><c r="A9" t="inlineStr"><is><t>C9</t></is></c>'
                        '<c r="A9" t="inlineStr"><is><t>C10</t></is></c></row>')


    expect(book("duplicate-cell.xlsx", {"Claims": duplicate_cell}), exit=1, code="BB038", where="Claims!A9",
           message="cell A9 is stored twice")
    expect(book("terminal-escapes.xlsx", set_cell("Claims", 1, "Summary", "Backed _x001B_]0;pwned_x0007_ the _x001B_[2J canal")),
           code="BB037", where="Claims!F2", message="removed 3 control characters")
    expect(book("direction-override.xlsx", set_cell("People", 1, "Name", "Jana \u202eKavon\u202c Novak")),
           code="BB037", where="People!B2", message="removed 2 direction overrides")
    expect(book("combining-flood.xlsx", set_cell("Claims", 1, "Summary", "Zalgo" + "\u0301" * 500 + " text")),
           code="BB037", where="Claims!F2", message="removed 470 combining marks past 30 in a row")
    zwj = book("zero-width-joiners.xlsx", set_cell("Claims", 1, "Summary", "Joined a\u200db, apart c\u200cd, " * 3 + "and a\u200d"))
    expect(zwj)
    expect(zwj, command="build:legislative-brief")
