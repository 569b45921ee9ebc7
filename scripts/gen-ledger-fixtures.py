#!/usr/bin/env python3
"""Write the spreadsheet ledger fixtures of crates/engine/tests/fixtures/ledger/.

The 12-row ledger of qingshan-12.tsv (our own invented projects) becomes a flat ODF sheet with
a merged title row, real numbers in number cells, some numbers written as text ("120,000",
"约9.5亿") and the unit in the headers (万元); LibreOffice headless converts it to .xlsx and
.ods. Run by hand after changing the ledger (needs soffice); the outputs are committed.
"""
import os, subprocess, sys, tempfile
from xml.sax.saxutils import escape

here = os.path.join(os.path.dirname(__file__), "..", "crates/engine/tests/fixtures/ledger")
rows = [l.rstrip("\r\n").split("\t") for l in open(os.path.join(here, "qingshan-12.tsv"), encoding="utf-8")]
header = ["序号", "项目名称", "建设性质", "所属乡镇", "总投资（万元）", "2026年计划投资（万元）", "1—10月完成投资（万元）", "是否开工"]
body = [r for r in rows[3:]]

def cell(v, col):
    if v == "":
        return "<table:table-cell/>"
    plain = v.replace(",", "")
    if col in (0, 4, 5, 6) and plain.replace(".", "").isdigit() and v == plain:
        return f'<table:table-cell office:value-type="float" office:value="{plain}"><text:p>{plain}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'

xml_rows = [
    '<table:table-row><table:table-cell table:number-columns-spanned="8" office:value-type="string"><text:p>青山县2026年重大项目建设推进台账</text:p></table:table-cell>'
    + '<table:covered-table-cell/>' * 7 + '</table:table-row>',
    '<table:table-row><table:table-cell table:number-columns-spanned="4" office:value-type="string"><text:p>填报单位：县重点项目服务中心</text:p></table:table-cell>'
    + '<table:covered-table-cell/>' * 3 + '<table:table-cell table:number-columns-spanned="4" office:value-type="string"><text:p>填报日期：2026年11月5日</text:p></table:table-cell>' + '<table:covered-table-cell/>' * 3 + '</table:table-row>',
    '<table:table-row>' + "".join(cell(h, -1) for h in header) + '</table:table-row>',
]
for r in body:
    xml_rows.append('<table:table-row>' + "".join(cell(v, i) for i, v in enumerate(r)) + '</table:table-row>')

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="台账">
<table:table-column table:number-columns-repeated="8"/>
{chr(10).join(xml_rows)}
</table:table></office:spreadsheet></office:body></office:document>
'''
with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "qingshan-12.fods")
    open(src, "w", encoding="utf-8").write(doc)
    for fmt in ("xlsx", "ods"):
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", fmt, "--outdir", here, src], check=True,
                       stdout=subprocess.DEVNULL)
print("wrote", ", ".join(f"{here}/qingshan-12.{e}" for e in ("xlsx", "ods")))
