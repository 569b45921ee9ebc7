#!/usr/bin/env python3
"""Write the hostile inputs of crates/cli/tests/corpus/ (run by hand; the outputs are committed).

Each is small and in our own words: the shapes that once made a command of the CLI abort or
hang (issue 31, found by ../shared/measure/fuzz_cli.py), cut to a few kilobytes, and broken or
oversized spreadsheets built here. crates/cli/tests/hostile.rs runs every file through every
command that takes its kind.
"""
import io, os, zipfile

here = os.path.join(os.path.dirname(__file__), "..", "crates/cli/tests/corpus")
os.makedirs(here, exist_ok=True)

def entry(name, deflate=True):
    # a fixed date: the files come out the same on every run
    info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    return info

def write(name, data):
    with open(os.path.join(here, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

def fill(unit, n):
    return unit * max(1, n // len(unit.encode("utf-8")))

# drafts: the fuzzer's shapes, a few KB each (tests/linear.rs times them at size)
write("draft-dates-one-line.txt", "写讲话稿难不难？" + fill("x年x月x日", 6000) + "\n")
write("draft-x-ge-one-line.txt", fill("x个", 8000))
write("draft-figures-one-line.txt", fill("12个项目", 8000))
write("draft-square-lines.txt", fill("[ ]\n", 4000))
write("draft-paren-lines.txt", fill("（ ）\n", 4000))
write("draft-bracket-run.txt", fill("【", 6000))
write("draft-punctuation.txt", fill("，。、；：！？…—“”", 6000))
write("draft-unclosed-hints.txt", fill("x（请填写", 6000))
write("draft-nul-and-bom.txt", "\ufeff同志们：\0今年安排项目x个。\r\r\n【\u3000】\n")
write("values-not-object.json", "[1, 2, 3]")
write("values-nested.json", '{"#1": {"a": [1, {"b": null}]}, "项目名称": 12.5e300}')

CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WB = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>')
WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')

def xlsx(rows_xml, deflate=True):
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{rows_xml}</sheetData></worksheet>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED) as z:
        for name, text in [("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("xl/workbook.xml", WB),
                           ("xl/_rels/workbook.xml.rels", WB_RELS), ("xl/worksheets/sheet1.xml", sheet)]:
            z.writestr(entry(name, deflate), text)
    return buf.getvalue()

def s(ref, v):
    return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'

header = '<row r="1">' + s("A1", "项目名称") + s("B1", "总投资") + s("C1", "建设性质") + "</row>"
body = '<row r="2">' + s("A2", "河湾路改造") + '<c r="B2"><v>1.5</v></c>' + s("C2", "新建") + "</row>"
# the 2 KB workbook: cells at A1 and XFD1048576
write("ledger-far-corner.xlsx", xlsx('<row r="1">' + s("A1", "项目名称") + '</row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'))
# a formatted column: empty cells down to the last row, values in the first rows
write("ledger-formatted-column.xlsx", xlsx(header + body + '<row r="1048576"><c r="C1048576" s="0"/></row>'))
# cut in the middle of its sheet
whole = xlsx(header + body, deflate=False)
write("ledger-cut.xlsx", whole[: len(whole) * 2 // 3])
# not XML where a sheet should be
write("ledger-not-xml.xlsx", xlsx("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99999</v></c><row>" + "<" * 50))

MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')

def ods(rows_xml, content=None):
    body = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="台账">{rows_xml}</table:table></office:spreadsheet></office:body></office:document-content>')
    content = content or body
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(entry("mimetype", False), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr(entry("content.xml"), content)
        z.writestr(entry("META-INF/manifest.xml"), MANIFEST)
    return buf.getvalue()

def orow(*cells):
    return "<table:table-row>" + "".join(
        f'<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>' for c in cells) + "</table:table-row>"

# a row of values said 400,000 times, each cell 200 times
write("ledger-repeats.ods", ods(orow("项目名称", "总投资") +
      '<table:table-row table:number-rows-repeated="400000"><table:table-cell table:number-columns-repeated="200" '
      'office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>'))
# found by the CLI fuzzer: a table never closed (calamine 0.38 read it forever)
write("ledger-unclosed-table.ods", ods("", content='<?xml version="1.0" encoding="UTF-8"?><office:document-content '
      'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'office:version="1.2"><office:body><office:spreadsheet><table:table table:name="台账"><table:></office:document-content>'))
write("ledger-truncated-table.ods", ods("", content='<?xml version="1.0" encoding="UTF-8"?><office:document-content '
      'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'office:version="1.2"><office:body><office:spreadsheet><table:table table:name="台账"><table:table-row>'))
write("ledger-repeat-not-a-number.ods", ods(orow("项目名称", "总投资") +
      '<table:table-row table:number-rows-repeated="-1"><table:table-cell table:number-columns-repeated="x"/></table:table-row>'))
# the header of a compound file and nothing else, and a zip of nothing
write("ledger-cfb-header.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
write("ledger-empty-zip.xlsx", b"PK\x05\x06" + b"\0" * 18)
write("ledger-quotes.csv", '"项目名称","总投资\n"' + '"' * 3000 + "\n,,,\n")

# .xls: a compound file (512-byte sectors: the FAT, the directory, then the Workbook stream)
# whose BIFF records lie: a sheet entry too short to hold its position, and a sheet whose
# Dimensions record ends before it starts
def cfb(stream):
    stream = stream + b"\0" * (-len(stream) % 512)
    n = len(stream) // 512
    le = lambda v, k: v.to_bytes(k, "little")
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + le(0x3E, 2) + le(3, 2) + le(0xFFFE, 2)
              + le(9, 2) + le(6, 2) + b"\0" * 6 + le(0, 4) + le(1, 4) + le(1, 4) + le(0, 4) + le(4096, 4)
              + le(0xFFFFFFFE, 4) + le(0, 4) + le(0xFFFFFFFE, 4) + le(0, 4) + le(0, 4) + b"\xff" * 4 * 108)
    fat = [0xFFFFFFFD, 0xFFFFFFFE] + [3 + i for i in range(n - 1)] + [0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (128 - len(fat))
    def entry(name, typ, start, size, child=0xFFFFFFFF):
        u = name.encode("utf-16-le") + b"\0\0" if name else b""
        return (u + b"\0" * (64 - len(u)) + le(len(u), 2) + bytes([typ, 1]) + le(0xFFFFFFFF, 4) * 2
                + le(child, 4) + b"\0" * 36 + le(start, 4) + le(size, 4) + le(0, 4))
    directory = (entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1) + entry("Workbook", 2, 2, len(stream))
                 + entry("", 0, 0, 0) * 2)
    return header + b"".join(le(v, 4) for v in fat) + directory + stream

def rec(typ, data):
    return typ.to_bytes(2, "little") + len(data).to_bytes(2, "little") + data

bof_globals = rec(0x0809, (0x0600).to_bytes(2, "little") + (0x0005).to_bytes(2, "little") + b"\0" * 12)
bof_sheet = rec(0x0809, (0x0600).to_bytes(2, "little") + (0x0010).to_bytes(2, "little") + b"\0" * 12)
eof = rec(0x000A, b"")
filler = rec(0x1234, b"\0" * 4000)
write("ledger-short-sheet-entry.xls", cfb(bof_globals + rec(0x0085, b"\x01\x00") + eof + filler + filler))
sheet_at = len(bof_globals) + 4 + 9 + len(eof)  # where the sheet's BOF follows the globals
globals_ = bof_globals + rec(0x0085, sheet_at.to_bytes(4, "little") + b"\0\0\x01\x00A") + eof
dims = rec(0x0200, (10).to_bytes(4, "little") + (1).to_bytes(4, "little") + (0).to_bytes(2, "little") + (200).to_bytes(2, "little") + b"\0\0")
write("ledger-dimensions-backwards.xls", cfb(globals_ + bof_sheet + dims + eof + filler + filler))
far = rec(0x027E, (65535).to_bytes(2, "little") + (65535).to_bytes(2, "little") + b"\0\0" + b"\x02\0\0\0")
near = rec(0x027E, b"\0\0\0\0\0\0" + b"\x02\0\0\0")
write("ledger-far-cell.xls", cfb(globals_ + bof_sheet + near + far + eof + filler + filler))
