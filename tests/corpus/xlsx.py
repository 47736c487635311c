"""Writes small xlsx packages byte for byte, so the corpus can hold workbooks no spreadsheet program would write.

A workbook is a list of sheets, each a list of rows, each a list of cell values:
  str          a shared string (t="s"), as Excel writes text
  int, float   a General number
  Cell(...)    any other form: inline text, an error value, a dated number, raw XML
Every part can be replaced or added raw, and the zip's bytes can be patched afterwards.
"""

import io
import struct
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass
class Cell:
    """A cell in a form other than a shared string or a number: `xml` is the whole `c` element's content and type."""
    type: str | None = None
    value: str | None = None
    inline: str | None = None
    style: int | None = None
    raw: str | None = None


def inline(text):
    return Cell(type="inlineStr", inline=text)


def error(code):
    return Cell(type="e", value=code)


def dated(serial):
    """A number shown with built-in format 14, which makes it an Excel date."""
    return Cell(value=str(serial), style=1)


@dataclass
class Sheet:
    name: str
    rows: list
    merges: list = field(default_factory=list)
    before_data: str = ""          # raw XML before sheetData (cols)
    after_data: str = ""           # raw XML after sheetData and merges
    raw_rows: str | None = None    # replaces the rows' XML entirely
    extra_rows: str = ""           # raw rows appended after the generated ones
    state: str | None = None


def column_letters(n):
    letters = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return letters


class SharedStrings:
    def __init__(self):
        self.items = []
        self.index = {}

    def add(self, text):
        if text not in self.index:
            self.index[text] = len(self.items)
            self.items.append(text)
        return self.index[text]

    def xml(self):
        body = "".join(f'<si><t xml:space="preserve">{escape(t)}</t></si>' for t in self.items)
        return f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(self.items)}" uniqueCount="{len(self.items)}">{body}</sst>'


def cell_xml(ref, value, strings):
    if value is None:
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    if isinstance(value, str):
        return f'<c r="{ref}" t="s"><v>{strings.add(value)}</v></c>'
    if value.raw is not None:
        return value.raw.replace("{ref}", ref)
    attributes = f' r="{ref}"'
    if value.type:
        attributes += f' t="{value.type}"'
    if value.style is not None:
        attributes += f' s="{value.style}"'
    inner = ""
    if value.inline is not None:
        inner += f'<is><t xml:space="preserve">{escape(value.inline)}</t></is>'
    if value.value is not None:
        inner += f"<v>{escape(value.value)}</v>"
    return f"<c{attributes}>{inner}</c>"


def sheet_xml(sheet, strings):
    if sheet.raw_rows is not None:
        rows = sheet.raw_rows
    else:
        parts = []
        for r, row in enumerate(sheet.rows, start=1):
            cells = "".join(cell_xml(f"{column_letters(c)}{r}", v, strings) for c, v in enumerate(row, start=1))
            parts.append(f'<row r="{r}">{cells}</row>')
        rows = "".join(parts)
    merges = ""
    if sheet.merges:
        merges = f'<mergeCells count="{len(sheet.merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in sheet.merges) + "</mergeCells>"
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}" xmlns:r="{RELS}">'
            f"{sheet.before_data}<sheetData>{rows}{sheet.extra_rows}</sheetData>{merges}{sheet.after_data}</worksheet>")


STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">'
          '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>'
          '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>')


def package(sheets, *, replace=None, extra=None, omit=(), entries=None):
    """The parts of a workbook: name -> bytes, in the order they go into the zip. `replace` swaps a part's
    content, `extra` adds parts (a list of (name, content) pairs, so a name may repeat), `omit` leaves parts out."""
    strings = SharedStrings()
    worksheets = [(f"xl/worksheets/sheet{i}.xml", sheet_xml(s, strings)) for i, s in enumerate(sheets, start=1)]
    sheet_list = "".join(
        f'<sheet name="{escape(s.name, {chr(34): "&quot;"})}" sheetId="{i}" r:id="rId{i}"'
        + (f' state="{s.state}"' if s.state else "") + "/>"
        for i, s in enumerate(sheets, start=1))
    workbook_rels = "".join(
        f'<Relationship Id="rId{i}" Type="{RELS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(sheets) + 1))
    n = len(sheets)
    workbook_rels += (f'<Relationship Id="rId{n + 1}" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
                      f'<Relationship Id="rId{n + 2}" Type="{RELS}/styles" Target="styles.xml"/>')
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, n + 1))
    parts = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         f"{overrides}</Types>"),
        ("_rels/.rels",
         f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE_RELS}">'
         f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml",
         f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>{sheet_list}</sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE_RELS}">{workbook_rels}</Relationships>'),
        *worksheets,
        ("xl/styles.xml", STYLES),
    ]
    shared = strings.xml()
    parts.append(("xl/sharedStrings.xml", shared))
    replace = replace or {}
    parts = [(name, replace.get(name, content)) for name, content in parts if name not in omit]
    parts.extend(extra or [])
    return [(name, content.encode("utf-8") if isinstance(content, str) else content) for name, content in parts]


def zip_bytes(parts, compression=zipfile.ZIP_DEFLATED, level=9):
    """The parts as a zip with fixed times, so the same parts always give the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = compression
            info.external_attr = 0o644 << 16
            archive.writestr(info, content, compresslevel=level)
    return buffer.getvalue()


def workbook(sheets, **options):
    return zip_bytes(package(sheets, **options))


def declare_uncompressed_size(data, name, size):
    """Rewrites the uncompressed size the zip declares for one entry, in its local header and the central directory,
    leaving the compressed data as it is: a directory that lies."""
    data = bytearray(data)
    encoded = name.encode("utf-8")
    # Each record: its signature, where it gives the name's length, where the name starts, where the size is.
    for signature, name_length, name_start, size_at in [(b"PK\x03\x04", 26, 30, 22), (b"PK\x01\x02", 28, 46, 24)]:
        offset = 0
        while (offset := data.find(signature, offset)) >= 0:
            length = struct.unpack_from("<H", data, offset + name_length)[0]
            if data[offset + name_start:offset + name_start + length] == encoded:
                struct.pack_into("<I", data, offset + size_at, size)
            offset += 4
    return bytes(data)


def compound_file(stream_names):
    """A minimal OLE2 compound file ([MS-CFB], 512-byte sectors) whose directory lists the given streams, empty:
    enough for a reader that tells .xls and encrypted packages apart by their stream names."""
    sector = 512
    header = bytearray(sector)
    header[0:8] = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    struct.pack_into("<HHH", header, 24, 0x3E, 3, 0xFFFE)       # minor, major version, byte order
    struct.pack_into("<HH", header, 30, 9, 6)                   # sector shift, mini sector shift
    struct.pack_into("<I", header, 44, 1)                       # one FAT sector
    struct.pack_into("<I", header, 48, 1)                       # directory starts at sector 1
    struct.pack_into("<I", header, 56, 4096)                    # mini stream cutoff
    struct.pack_into("<I", header, 60, 0xFFFFFFFE)              # no mini FAT
    struct.pack_into("<I", header, 68, 0xFFFFFFFE)              # no DIFAT sectors
    struct.pack_into("<I", header, 76, 0)                       # FAT in sector 0
    for i in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * i, 0xFFFFFFFF)
    fat = bytearray(b"\xff" * sector)
    struct.pack_into("<I", fat, 0, 0xFFFFFFFD)                  # sector 0 holds the FAT
    struct.pack_into("<I", fat, 4, 0xFFFFFFFE)                  # sector 1: the directory, one sector
    directory = bytearray(sector)
    for i, name in enumerate(["Root Entry", *stream_names][:4]):
        entry = 128 * i
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        directory[entry:entry + len(encoded)] = encoded
        struct.pack_into("<H", directory, entry + 64, len(encoded))
        directory[entry + 66] = 5 if i == 0 else 2              # root storage, then streams
    return bytes(header + fat + directory)
