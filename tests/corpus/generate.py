#!/usr/bin/env python3
"""Writes the robustness corpus: broken, hostile and edge-case workbooks and templates, each with the outcome it must
produce, into tests/corpus/{workbooks,templates} and tests/corpus/expected.tsv. Run it from anywhere, with nothing but
Python 3; the bytes it writes are the same every time, so a change to a committed file shows up in git.

    python3 tests/corpus/generate.py

expected.tsv has one line per expected outcome (a file may have several), tab-separated:
    file      the input, relative to tests/corpus
    command   check | build:TEMPLATE (the input workbook, a shipped template) | template (the clean workbook built
              with the input template)
    args      extra arguments, such as --limit cell-characters=1000, or -
    exit      the exit code
    code      a diagnostic code the output must hold, or - for none in particular
    where     where it must be reported: the end of its location (Claims!F2, :3:35), or -
    message   words the diagnostic's message must hold, or -
"""

import os
import sys
import warnings

# The duplicate-part entry is a zip with two entries of one name, on purpose.
warnings.filterwarnings("ignore", "Duplicate name")

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import dossier  # noqa: E402
from xlsx import (MAIN, RELS, Cell, compound_file, declare_uncompressed_size, error, dated,  # noqa: E402
                  package, workbook, zip_bytes)

WORKBOOKS = os.path.join(HERE, "workbooks")
TEMPLATES = os.path.join(HERE, "templates")

# The folders hold what this script writes and nothing else: an input it no longer writes goes.
for folder in (WORKBOOKS, TEMPLATES):
    if os.path.isdir(folder):
        for name in os.listdir(folder):
            os.remove(os.path.join(folder, name))
TEMPLATE_NAMES = ["annual-report", "archival-snapshot", "handout", "legislative-brief"]
expected = []


def expect(file, command="check", exit=0, code="-", where="-", message="-", args="-"):
    expected.append((file, command, args, str(exit), code, where, message))


def write(folder, name, data):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return f"{os.path.basename(folder)}/{name}"


def book(name, changes=None, without=(), **options):
    return write(WORKBOOKS, name, workbook(dossier.sheets(changes, without), **options))


def set_cell(sheet, row, header, value):
    """A change that sets one cell of the clean dossier (row 1 is the first record)."""
    def change(s):
        s.rows[row][dossier.column(sheet, header) - 1] = value
    return {sheet: change}


def sheet_part(index):
    return f"xl/worksheets/sheet{index}.xml"


def claims_part():
    return sheet_part(list(dossier.HEADERS).index("Claims") + 1)


# ---- Files that are not workbooks -------------------------------------------------------------------------------

expect(write(WORKBOOKS, "csv-named-xlsx.xlsx", "ID,Date,Summary\nC1,2023-10-05,The minister backed the canal.\n"),
       exit=2, code="BB003", message="perhaps CSV")
expect(write(WORKBOOKS, "empty.xlsx", b""), exit=2, code="BB002", message="the file is empty")
clean = workbook(dossier.sheets())
expect(write(WORKBOOKS, "clean.xlsx", clean))
for template_name in TEMPLATE_NAMES:
    expect("workbooks/clean.xlsx", command=f"build:{template_name}")
expect(write(WORKBOOKS, "truncated.xlsx", clean[: len(clean) // 2]), exit=2, code="BB004", message="cut short")
expect(write(WORKBOOKS, "plain-zip.xlsx", zip_bytes([("notes.txt", b"not a workbook")])), exit=2, code="BB005",
       message="a zip archive")
expect(write(WORKBOOKS, "legacy-xls.xlsx", compound_file(["Workbook", "SummaryInformation"])), exit=2, code="BB006",
       message="Excel 97-2003")
expect(write(WORKBOOKS, "encrypted.xlsx", compound_file(["EncryptionInfo", "EncryptedPackage"])), exit=2, code="BB007",
       message="password-protected")
expect(write(WORKBOOKS, "binary-junk.xlsx", bytes(range(256)) * 16), exit=2, code="BB008", message="no kind")

# ---- Sheets and columns -----------------------------------------------------------------------------------------

expect(book("no-sheets.xlsx", without=tuple(dossier.HEADERS)), exit=1, code="BB020", message="no Claims sheet")
for sheet in ["Claims", "Institutions", "Sources", "Stances"]:
    expect(book(f"missing-sheet-{sheet.lower()}.xlsx", without=(sheet,)), exit=1, code="BB020",
           message=f"no {sheet} sheet")

REQUIRED = {
    "Claims": ["ID", "Stance", "Summary", "Sources"],
    "People": ["ID", "Name"],
    "Institutions": ["ID", "Name"],
    "Sources": ["ID", "Type"],
    "Events": ["ID", "Date", "Title"],
    "Stances": ["Key", "Label"],
}
for sheet, columns in REQUIRED.items():
    for header in columns:
        def rename(s, header=header):
            s.rows[0][s.rows[0].index(header)] = "Renamed"
        name = f"missing-column-{sheet.lower()}-{header.lower()}.xlsx"
        expect(book(name, {sheet: rename}), exit=1, code="BB021", where=f"{sheet}!A1",
               message=f"no '{header}' column")


def duplicate_header(s):
    s.rows[0][dossier.column("Claims", "Quote") - 1] = "Summary"


expect(book("duplicate-header.xlsx", {"Claims": duplicate_header}), exit=1, code="BB023", where="Claims!G1",
       message="a second 'Summary' column")


def merged_header(s):
    s.merges = ["F1:G1"]


expect(book("merged-header.xlsx", {"Claims": merged_header}), exit=1, code="BB023", where="Claims!G1",
       message="a second 'Summary' column")
expect(book("na-value.xlsx", set_cell("Claims", 1, "Summary", error("#N/A"))), exit=1, code="BB034",
       where="Claims!F2", message="#N/A")
expect(book("ref-value.xlsx", set_cell("Claims", 2, "Sources", error("#REF!"))), exit=1, code="BB034",
       where="Claims!H3", message="#REF!")
expect(book("leap-day-1900.xlsx", set_cell("Claims", 1, "Date", dated(60))), exit=1, code="BB041", where="Claims!B2",
       message="1900-02-29")

# ---- Markup and package -----------------------------------------------------------------------------------------

LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;'
          '&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
          f'<sst xmlns="{MAIN}"><si><t>&lol3;</t></si></sst>')
expect(book("billion-laughs.xlsx", replace={"xl/sharedStrings.xml": LAUGHS}), exit=2, code="BB009", message="DTD")
XXE = ('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
       f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>'
       '</sheetData></worksheet>')
expect(book("external-entity.xlsx", replace={claims_part(): XXE}), exit=2, code="BB009", message="DTD")


def relationships(target_for_claims, external=False):
    sheets = list(dossier.HEADERS)
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{RELS}/worksheet" '
        f'Target="{target_for_claims if name == "Claims" else f"worksheets/sheet{i}.xml"}"'
        + (' TargetMode="External"' if external and name == "Claims" else "") + "/>"
        for i, name in enumerate(sheets, start=1))
    n = len(sheets)
    rels += (f'<Relationship Id="rId{n + 1}" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
             f'<Relationship Id="rId{n + 2}" Type="{RELS}/styles" Target="styles.xml"/>')
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')


expect(book("external-relationship.xlsx",
            replace={"xl/_rels/workbook.xml.rels": relationships("http://example.org/claims.xml", external=True)}),
       exit=1, code="BB020", message="no Claims sheet")
expect(book("dot-dot-target.xlsx", replace={"xl/_rels/workbook.xml.rels": relationships("../../../../etc/passwd")}),
       exit=2, code="BB009", message="which the file does not hold")
duplicated = package(dossier.sheets(), extra=[(claims_part(), "<worksheet/>")])
expect(write(WORKBOOKS, "duplicate-part.xlsx", zip_bytes(duplicated)), exit=2, code="BB009", message="two parts named")
latin1 = [(name, content.replace("canal".encode(), "caf\xe9".encode("latin-1")) if name == "xl/sharedStrings.xml"
           else content) for name, content in package(dossier.sheets())]
expect(write(WORKBOOKS, "latin-1-undeclared.xlsx", zip_bytes(latin1)), exit=2, code="BB009", message="damaged")
declared = [(name, content.replace(b'encoding="UTF-8"', b'encoding="ISO-8859-1"') if name == "xl/sharedStrings.xml"
             else content) for name, content in latin1]
expect(write(WORKBOOKS, "latin-1-declared.xlsx", zip_bytes(declared)))
lying = declare_uncompressed_size(workbook(dossier.sheets()), claims_part(), 100)
expect(write(WORKBOOKS, "lying-directory.xlsx", lying), exit=2, code="BB009", message="damaged")

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

# ---- Templates --------------------------------------------------------------------------------------------------

SECTIONS = "sections:\n  - cover: { key-figures: true }\n"


def template(name, text, **outcome):
    expect(write(TEMPLATES, name, text), command="template", **outcome)


template("unknown-keys.yaml", "colours:\n  accent: '#000000'\n" + SECTIONS, exit=1, code="TPL002", where=":1:1",
         message="unknown key 'colours'")
template("wrong-types.yaml", "page-budget: lots\ntable-of-contents: maybe\n" + SECTIONS, exit=1, code="TPL003",
         where=":1:14", message="expected a whole number")
template("many-unknown-keys.yaml", "".join(f"key{i}: 1\n" for i in range(500)) + SECTIONS, exit=1, code="TPL002",
         message="300 more TPL002 errors")
aliases = "base: &s { cover: { key-figures: true } }\nsections:\n" + "  - *s\n" * 1001
template("alias-bomb.yaml", aliases, exit=1, code="TPL007", message="--limit yaml-aliases=N")
laughs = ["a: &a [x, x, x, x, x, x, x, x, x]"] + [
    f"{chr(97 + i)}: &{chr(97 + i)} [" + ", ".join([f"*{chr(96 + i)}"] * 9) + "]" for i in range(1, 9)]
template("billion-laughs.yaml", "\n".join(laughs) + "\n" + SECTIONS, exit=1, code="TPL002", message="unknown key 'i'")
template("nested-100000.yaml", SECTIONS + "x: " + "[" * 100_000 + "]" * 100_000 + "\n", exit=1, code="TPL007",
         where=":3:35", message="--limit yaml-depth=N")
template("too-large.yaml", "description: " + "x" * 2000 + "\n" + SECTIONS, exit=1, code="TPL007",
         message="--limit template-bytes=N", args="--limit template-bytes=1000")
template("margins-wider-than-page.yaml", "page:\n  margins: 400mm\n" + SECTIONS, exit=1, code="TPL003", where=":2:12",
         message="the margins leave 0 by 0 pt")
template("margins-leave-no-room.yaml", "page:\n  margins: { left: 100mm, right: 100mm }\n" + SECTIONS, exit=1,
         code="TPL003", message="a brief needs at least 72 pt")
write(TEMPLATES, "not-a-font.ttf", "This is text, not a font.\n")
template("missing-font.yaml", "fonts:\n  files: [no-such-font.ttf]\n" + SECTIONS, exit=1, code="TPL003",
         where=":2:11", message="no such file")
template("not-a-font.yaml", "fonts:\n  files: [not-a-font.ttf]\n" + SECTIONS, exit=1, code="TPL003",
         message="not a TrueType or OpenType font")
template("font-outside-repository.yaml", "fonts:\n  files: [" + "../" * 24 + "etc/passwd]\n" + SECTIONS,
         exit=1, code="TPL003", message="not a TrueType or OpenType font")
template("font-is-a-folder.yaml", "fonts:\n  files: [.]\n" + SECTIONS, exit=1, code="TPL003", message="a folder")

# ---- The manifest -----------------------------------------------------------------------------------------------

with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as manifest:
    manifest.write("# Written by generate.py; see its docstring for the columns.\n")
    manifest.write("file\tcommand\targs\texit\tcode\twhere\tmessage\n")
    for line in expected:
        manifest.write("\t".join(line) + "\n")
print(f"{len({e[0] for e in expected})} inputs, {len(expected)} expected outcomes")
