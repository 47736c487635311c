"""The classics: files that are not workbooks, missing and doubled sheets and columns, error values, markup
and package tricks. Each input is written with the outcome it must produce."""

import dossier
from xlsx import MAIN, RELS, compound_file, declare_uncompressed_size, error, dated, package, workbook, zip_bytes
from corpus import TEMPLATE_NAMES, WORKBOOKS, book, claims_part, expect, set_cell, write


def write_all():
    """Writes the classic inputs."""
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
