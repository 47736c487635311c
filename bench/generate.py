"""generate.py CLAIMS FOLDER: writes one generated dossier three ways, the same content in each:

  FOLDER/dossier-CLAIMS.xlsx   the workbook BriefBuilder reads
  FOLDER/dossier-CLAIMS.md     pandoc Markdown: the timeline list by month, a table per stance, the bibliography
  FOLDER/dossier-CLAIMS.csv    the claims as a spreadsheet, for LibreOffice to print

The same size always gives the same bytes (a fixed seed, fixed zip times), so a file already there is kept."""

import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.append(os.path.join(HERE, "..", "tests", "corpus"))

from content import generate  # noqa: E402
from xlsx import Sheet, dated, workbook  # noqa: E402

COLUMNS = {
    "Claims": ["ID", "Date", "Undated Window", "Speaker", "Institution", "Stance", "Summary", "Short Form", "Quote",
               "Sources", "Tags", "Key", "Status", "Notes", "Correction"],
    "People": ["ID", "Name", "Role", "Institution", "Affiliation", "Country", "Notes"],
    "Institutions": ["ID", "Name", "Short Name", "Type", "Country", "Parent", "URL"],
    "Sources": ["ID", "Type", "Authors", "Title", "Container", "Date", "URL", "Archived URL", "Accessed", "Language"],
    "Events": ["ID", "Date", "Title", "Description", "Sources"],
    "Stances": ["Key", "Label", "Description", "Color", "Order"],
}


def cell(value):
    if isinstance(value, tuple):
        return dated(value[1])
    return value


def shown_date(value):
    return "undated" if value is None else (f"Excel day {value[1]}" if isinstance(value, tuple) else value)


def write_xlsx(dossier, path):
    sheets = [Sheet("Brief", [["Field", "Value"], *[list(row) for row in dossier.brief]])]
    for sheet, records in [("Claims", dossier.claims), ("People", dossier.people), ("Institutions", dossier.institutions),
                           ("Sources", dossier.sources), ("Events", dossier.events), ("Stances", dossier.stances)]:
        columns = COLUMNS[sheet]
        sheets.append(Sheet(sheet, [columns, *[[cell(r.get(c)) for c in columns] for r in records]]))
    with open(path, "wb") as f:
        f.write(workbook(sheets))


def write_markdown(dossier, path):
    people = {p["ID"]: p["Name"] for p in dossier.people}
    institutions = {i["ID"]: i["Name"] for i in dossier.institutions}

    def who(claim):
        if claim["Speaker"]:
            return "; ".join(people[s.strip()] for s in claim["Speaker"].split(";"))
        return institutions[claim["Institution"]]

    def key(claim):
        return (claim["Date"] is None, shown_date(claim["Date"]))

    ordered = sorted(dossier.claims, key=key)
    lines = [f"---\ntitle: \"{dossier.brief[0][1]}\"\nmainfont: DejaVu Serif\ngeometry: margin=2cm\n---\n", "# Timeline\n"]
    month = None
    for c in ordered:
        heading = "Undated" if c["Date"] is None else shown_date(c["Date"])[:7]
        if heading != month:
            month = heading
            lines.append(f"\n## {heading}\n")
        lines.append(f"- **{shown_date(c['Date'])}** ({c['ID']}) {who(c)}, *{c['Stance']}*: {c['Summary']} [{c['Sources']}]")
    for key_, label, _, _ in [(s["Key"], s["Label"], None, None) for s in dossier.stances]:
        lines.append(f"\n# {label}\n\n| Date | Who | Statement |\n|---|---|---|")
        lines.extend(f"| {shown_date(c['Date'])} | {who(c)} | {c['Summary']} |" for c in ordered if c["Stance"] == key_)
    lines.append("\n# Bibliography\n")
    lines.extend(f"- {s['Authors']}. {s['Date'] or 'n.d.'}. *{s['Title']}*. {s['Container']}. <{s['URL']}>." for s in dossier.sources)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def write_csv(dossier, path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(COLUMNS["Claims"])
        out.writerows([shown_date(c["Date"]) if k == "Date" else c.get(k) for k in COLUMNS["Claims"]] for c in dossier.claims)


def main():
    if len(sys.argv) != 3 or not sys.argv[1].isdigit():
        sys.exit(__doc__)
    claims, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    base = os.path.join(folder, f"dossier-{claims}")
    if all(os.path.exists(base + ext) for ext in (".xlsx", ".md", ".csv")):
        return
    dossier = generate(claims)
    write_xlsx(dossier, base + ".xlsx")
    write_markdown(dossier, base + ".md")
    write_csv(dossier, base + ".csv")
    print(f"wrote {base}.xlsx, .md, .csv: {claims} claims, {len(dossier.people)} people, "
          f"{len(dossier.institutions)} institutions, {len(dossier.sources)} sources, {len(dossier.events)} events")


if __name__ == "__main__":
    main()
