"""What every part of the corpus generator shares: where inputs go, how a workbook is made from the clean
dossier, and the list of expected outcomes that becomes expected.tsv."""

import os
import sys
import warnings

# The duplicate-part entry is a zip with two entries of one name, on purpose.
warnings.filterwarnings("ignore", "Duplicate name")

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import dossier  # noqa: E402
from xlsx import workbook  # noqa: E402

WORKBOOKS = os.path.join(HERE, "workbooks")
TEMPLATES = os.path.join(HERE, "templates")

TEMPLATE_NAMES = ["annual-report", "archival-snapshot", "handout", "legislative-brief"]
expected = []


def clear():
    """Empties the input folders: they hold what the generator writes and nothing else, so an input it no longer
    writes goes."""
    for folder in (WORKBOOKS, TEMPLATES):
        if os.path.isdir(folder):
            for name in os.listdir(folder):
                os.remove(os.path.join(folder, name))


def write_manifest():
    with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as manifest:
        manifest.write("# Written by generate.py; see its docstring for the columns.\n")
        manifest.write("file\tcommand\targs\texit\tcode\twhere\tmessage\n")
        for line in expected:
            manifest.write("\t".join(line) + "\n")
    print(f"{len({e[0] for e in expected})} inputs, {len(expected)} expected outcomes")


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
