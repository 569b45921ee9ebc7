#!/usr/bin/env python3
"""Word files in, checked against LibreOffice: the opened text equals the document's visible text
as LibreOffice's own text export (`soffice --convert-to txt:Text`) gives it.

The fixtures are ours: hand-made OOXML (numbering, tables, footnotes, text boxes, 修订, 批注,
fields) written here, and a .txt and flat .odt files (lists, outline-numbered headings, a
table, a footnote) that
LibreOffice converts to .docx and .doc (and the hand-made numbering and table to .doc). Each .docx/.doc is read by our reader in LibreOffice's
layout (`wordtext --lo --markup`: every table cell's paragraph on its line, notes and text boxes
left out, deleted and hidden text shown as the export writes them) and compared with LibreOffice's export.

Normalised on both sides, and nothing else: a byte-order mark dropped, each line's leading and
trailing spaces/tabs stripped (LibreOffice indents list paragraphs with spaces), blank lines
dropped.

  python3 crates/word/tests/compare.py            # compare (needs soffice and cargo)
  python3 crates/word/tests/compare.py --update   # also store the files and LibreOffice's
                                                  # text in crates/word/tests/fixtures
Prints "N passed, M failed"; exits 1 on a failure.
"""
import os, shutil, subprocess, sys, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
FIXTURES = os.path.join(HERE, "fixtures")

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def run(t, rpr=""):
    return f'<w:r>{rpr}<w:t xml:space="preserve">{t}</w:t></w:r>'


def para(inner, num=None, style=None):
    ppr = ""
    if num or style:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}{inner}</w:p>"


def p(t, num=None, style=None):
    return para(run(t), num, style)


def lvl(i, fmt, text, start=1, suff=None):
    s = f'<w:suff w:val="{suff}"/>' if suff else ""
    return (f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{s}'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


def docx(path, body, numbering=None, styles=None, footnotes=None, comments=None, footer=None):
    parts = {"document": f'<w:document {NS}><w:body>{body}<w:sectPr>'
             + ('<w:footerReference w:type="default" r:id="rIdfooter"/>' if footer else "")
             + "</w:sectPr></w:body></w:document>"}
    if numbering:
        parts["numbering"] = f"<w:numbering {NS}>{numbering}</w:numbering>"
    if styles:
        parts["styles"] = f"<w:styles {NS}>{styles}</w:styles>"
    if footnotes:
        parts["footnotes"] = (f'<w:footnotes {NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
                              f'<w:separator/></w:r></w:p></w:footnote>{footnotes}</w:footnotes>')
    if comments:
        parts["comments"] = f"<w:comments {NS}>{comments}</w:comments>"
    if footer:
        parts["footer"] = f"<w:ftr {NS}>{p(footer)}</w:ftr>"
    ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    main = {"document": "document.main+xml"}
    over = "".join(
        f'<Override PartName="/word/{k}.xml" ContentType="{ctype}{main.get(k, k + "+xml")}"/>'
        for k in parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   f'<Default Extension="xml" ContentType="application/xml"/>{over}</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{REL}officeDocument" Target="word/document.xml"/></Relationships>')
        rels = "".join(f'<Relationship Id="rId{k}" Type="{REL}{k}" Target="{k}.xml"/>'
                       for k in parts if k != "document")
        z.writestr("word/_rels/document.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f"{rels}</Relationships>")
        for k, v in parts.items():
            z.writestr(f"word/{k}.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + v)


def hand_made(d):
    """The hand-made OOXML fixtures (our own sentences)."""
    # numbering: the 公文 levels, a style's numbering, a restart, circled and lettered lists
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCounting", "（%2）")
        + lvl(2, "decimal", "%3.") + lvl(3, "decimal", "（%4）") + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="1">' + lvl(0, "decimalEnclosedCircle", "%1", suff="nothing") + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="2">' + lvl(0, "decimal", "第%1条", suff="space") + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="3">' + lvl(0, "lowerLetter", "%1)") + lvl(1, "ideographTraditional", "%2.") + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="4">' + lvl(0, "chineseCountingThousand", "%1是", start=9) + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
        '<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>'
        '<w:num w:numId="5"><w:abstractNumId w:val="4"/></w:num>')
    styles = (
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Rule"><w:name w:val="Rule"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="RuleChild"><w:name w:val="RuleChild"/><w:basedOn w:val="Rule"/></w:style>')
    body = (p("在全县秋季农业生产工作会议上的讲话")
            + p("今年以来的工作", (1, 0)) + p("粮食生产稳中有进", (1, 1))
            + p("完成播种面积十二万亩", (1, 2)) + p("良种覆盖率继续提高", (1, 2))
            + p("细到每一个村", (1, 3))
            + p("设施农业加快发展", (1, 1)) + p("新建大棚四百座", (1, 2))
            + p("下一步的重点", (1, 0)) + p("抓好秋收秋种", (1, 1))
            + p("圈号第一项", (2, 0)) + p("圈号第二项", (2, 0))
            + p("各乡镇要落实责任。", style="Rule") + p("部门要加强配合。", style="RuleChild")
            + p("不再编号的一段。", (0, 0))
            + p("字母一", (4, 0)) + p("天干一", (4, 1)) + p("天干二", (4, 1)) + p("字母二", (4, 0))
            + p("要做到底", (5, 0)) + p("要抓实", (5, 0)))
    docx(os.path.join(d, "numbering.docx"), body, numbering=numbering, styles=styles,
         footer="页脚里的字不算正文")

    # tables: a header row, merged cells, two paragraphs in a cell, a table after text
    def tc(*ps, extra=""):
        return f"<w:tc><w:tcPr>{extra}</w:tcPr>" + "".join(p(x) for x in ps) + "</w:tc>"
    table = ("<w:tbl>"
             + "<w:tr>" + tc("项目名称") + tc("总投资") + tc("进度") + "</w:tr>"
             + "<w:tr>" + tc("污水处理厂") + tc("三点二亿元") + tc("主体完工", "正在调试") + "</w:tr>"
             + "<w:tr>" + tc("产业园道路", extra='<w:gridSpan w:val="2"/>') + tc("已开工") + "</w:tr>"
             + "</w:tbl>")
    body = p("重点项目进展情况如下：") + table + p("表后的一段话。")
    docx(os.path.join(d, "table.docx"), body)

    # 修订 and 批注: insertions shown, deletions not (LibreOffice's markup shows both)
    ins = lambda t, i: f'<w:ins w:id="{i}" w:author="办公室" w:date="2025-03-01T09:00:00Z">{run(t)}</w:ins>'
    dele = lambda t, i: (f'<w:del w:id="{i}" w:author="办公室" w:date="2025-03-01T09:00:00Z">'
                         f'<w:r><w:delText xml:space="preserve">{t}</w:delText></w:r></w:del>')
    body = (para(run("我们要") + ins("始终", 1) + run("把群众的事放在心上，") + dele("努力", 2) + run("办好实事。"))
            + para(run("会议") + dele("原定", 3) + ins("改在", 4) + run("周五召开。"))
            + para('<w:commentRangeStart w:id="0"/>' + run("这一段有领导的批注。")
                   + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>')
            + p("最后一段没有改动。"))
    comments = ('<w:comment w:id="0" w:author="领导" w:date="2025-03-01T10:00:00Z">'
                + p("这里再具体一些") + "</w:comment>")
    docx(os.path.join(d, "revisions.docx"), body, comments=comments)

    # footnotes, a text box, fields, tabs and line breaks
    fld = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "http://example.invalid/" </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("链接显示的字")
           + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    box = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
           '<wps:wsp><wps:txbx><w:txbxContent>' + p("文本框里的提示语") + '</w:txbxContent></wps:txbx></wps:wsp>'
           '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>'
           + p("文本框里的提示语") + '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    body = (para(run("全年引进项目十八个") + '<w:r><w:footnoteReference w:id="1"/></w:r>' + run("，到位资金超过预期。"))
            + para(run("请看右侧说明") + box + run("。"))
            + para(run("详见") + fld + run("。"))
            + para(run("时间") + "<w:r><w:tab/></w:r>" + run("地点") + "<w:r><w:br/></w:r>" + run("第二行"))
            + para(run("隐藏的字", "<w:rPr><w:vanish/></w:rPr>") + run("看得见的字。")))
    notes = ('<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>' + run(" 数据来自县统计局。")
             + "</w:p></w:footnote>")
    docx(os.path.join(d, "notes.docx"), body, footnotes=notes)


TXT = """关于做好冬季安全生产工作的通知

各乡镇、各有关部门：

入冬以来，气温持续下降，用火用电用气明显增多。为切实做好冬季安全生产工作，现将有关事项通知如下。

一、提高思想认识。各单位要把安全生产摆在突出位置，主要负责同志亲自过问。

二、开展隐患排查。重点检查人员密集场所、建筑工地和危化品企业，发现问题立即整改。

三、加强值班值守。节假日期间严格执行领导带班制度，确保信息畅通。

县安全生产委员会办公室
2025年11月20日
"""

FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
 <text:list-style style:name="L1">
  <text:list-level-style-number text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>
  <text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/>
 </text:list-style>
 <text:list-style style:name="L2">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
 </text:list-style>
</office:automatic-styles>
<office:body><office:text>
 <text:p>在青年干部培训班开班式上的讲话</text:p>
 <text:p>同志们：</text:p>
 <text:p>今天我们举办这期培训班，目的是帮助大家尽快成长起来。</text:p>
 <text:list text:style-name="L1">
  <text:list-item><text:p>加强学习</text:p>
   <text:list><text:list-item><text:p>向书本学</text:p></text:list-item>
   <text:list-item><text:p>向实践学</text:p></text:list-item></text:list>
  </text:list-item>
  <text:list-item><text:p>敢于担当</text:p></text:list-item>
 </text:list>
 <text:p>几点具体要求<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>要求由组织部另行印发。</text:p></text:note-body></text:note>：</text:p>
 <text:list text:style-name="L2">
  <text:list-item><text:p>按时到课，不迟到早退。</text:p></text:list-item>
  <text:list-item><text:p>认真完成作业。</text:p></text:list-item>
 </text:list>
 <table:table>
  <table:table-column table:number-columns-repeated="2"/>
  <table:table-row><table:table-cell><text:p>时间</text:p></table:table-cell><table:table-cell><text:p>内容</text:p></table:table-cell></table:table-row>
  <table:table-row><table:table-cell><text:p>第一周</text:p></table:table-cell><table:table-cell><text:p>理论学习</text:p></table:table-cell></table:table-row>
 </table:table>
 <text:p>祝培训班圆满成功！</text:p>
</office:text></office:body></office:document>
"""

# headings numbered by the outline (chapter) numbering: through the heading styles in .docx
HEADS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>
  <text:outline-level-style text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/>
 </text:outline-style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"/>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"/>
</office:styles>
<office:body><office:text>
 <text:p>开头一段。</text:p>
 <text:h text:style-name="Heading_20_1" text:outline-level="1">第一部分</text:h>
 <text:h text:style-name="Heading_20_2" text:outline-level="2">小节甲</text:h>
 <text:p>正文。</text:p>
 <text:h text:style-name="Heading_20_2" text:outline-level="2">小节乙</text:h>
 <text:h text:style-name="Heading_20_1" text:outline-level="1">第二部分</text:h>
 <text:p>结尾。</text:p>
</office:text></office:body></office:document>
"""


def soffice(args, cwd):
    subprocess.run(["soffice", "--headless", *args], cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def normalise(text):
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    return [l.strip(" \t") for l in text.split("\n") if l.strip(" \t")]


def main():
    update = "--update" in sys.argv
    subprocess.run(["cargo", "build", "-q", "-p", "jianggao-word", "--example", "wordtext"],
                   cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    reader = os.path.join(target, "debug", "examples", "wordtext")
    with tempfile.TemporaryDirectory() as d:
        hand_made(d)
        with open(os.path.join(d, "notice.txt"), "w", encoding="utf-8") as f:
            f.write(TXT)
        with open(os.path.join(d, "lists.fodt"), "w", encoding="utf-8") as f:
            f.write(FODT)
        with open(os.path.join(d, "headings.fodt"), "w", encoding="utf-8") as f:
            f.write(HEADS)
        for src in ["notice.txt", "lists.fodt", "headings.fodt"]:
            for fmt in ["docx:MS Word 2007 XML", "doc:MS Word 97"]:
                opts = ["--infilter=Text (encoded):UTF8,LF,,,"] if src.endswith(".txt") else []
                soffice(opts + ["--convert-to", fmt, src], d)
        # our hand-made numbering and table as LibreOffice writes them in Word 97
        soffice(["--convert-to", "doc:MS Word 97", "numbering.docx", "table.docx"], d)
        files = sorted(f for f in os.listdir(d) if f.endswith((".docx", ".doc")))
        out = os.path.join(d, "lo")
        os.mkdir(out)
        soffice(["--convert-to", "txt:Text (encoded):UTF8", "--outdir", out] + files, d)
        passed = failed = 0
        for f in files:
            stem = f.rsplit(".", 1)[0]
            lo_txt = os.path.join(out, stem + ".txt")
            # two files of one stem (notice.docx, notice.doc): export each alone
            lo_one = os.path.join(d, "lo-" + f)
            os.mkdir(lo_one)
            soffice(["--convert-to", "txt:Text (encoded):UTF8", "--outdir", lo_one, f], d)
            with open(os.path.join(lo_one, stem + ".txt"), encoding="utf-8") as fh:
                theirs = fh.read()
            ours = subprocess.run([reader, "--lo", "--markup", os.path.join(d, f)],
                                  capture_output=True, text=True)
            a, b = normalise(ours.stdout), normalise(theirs)
            if ours.returncode == 0 and a == b:
                passed += 1
                print(f"ok   {f} ({len(b)} lines)")
            else:
                failed += 1
                print(f"FAIL {f}: {ours.stderr.strip()}")
                import difflib
                for line in difflib.unified_diff(b, a, "libreoffice", "ours", lineterm="", n=1):
                    print("     " + line)
            if update:
                os.makedirs(FIXTURES, exist_ok=True)
                shutil.copy(os.path.join(d, f), os.path.join(FIXTURES, f))
                with open(os.path.join(FIXTURES, f + ".lo.txt"), "w", encoding="utf-8") as fh:
                    fh.write(theirs.lstrip("\ufeff"))
        print(f"{passed} passed, {failed} failed")
        sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
