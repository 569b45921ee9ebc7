#!/usr/bin/env python3
"""Acceptance of the Word export (issue 13): a built-in template filled through the CLI is
exported in each preset, read back as a ZIP of well-formed XML, converted to PDF by LibreOffice
headless and checked with poppler: A4 pages, the whole text, the margins and fonts asked for,
22 lines a page in the 公文 layout. Hostile text gives a valid file too.

  python3 tests/docx/run.py            # needs target/debug/jianggao (cargo build -p jianggao-cli)
  DOCS=1 python3 tests/docx/run.py     # also writes docs/docx-*.png (first page of each preset)
  KEEP=dir python3 tests/docx/run.py   # keeps the .docx and .pdf files in dir

  run.py --docx FILE PRESET FILLED.txt   # a .docx from the app (tests/e2e/word_print.mjs)
  run.py --print-pdf FILE FILLED.txt      # the app's print view, printed to PDF by Chromium
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLI = os.environ.get("JIANGGAO", os.path.join(ROOT, "target", "debug", "jianggao"))
TEMPLATE = os.path.join(ROOT, "crates", "engine", "templates", "county-promotion.txt")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# what each preset asks for: margins top, bottom, left, right (mm), body size and line pitch
# (pt), fonts
PRESETS = {
    "gongwen": dict(margins=(37, 35, 28, 26), body=16, pitch=28.95, fonts={"方正小标宋简体", "仿宋_GB2312", "黑体", "楷体", "宋体"}),
    "reading": dict(margins=(25, 25, 28, 28), body=16, pitch=29, fonts={"方正小标宋简体", "仿宋_GB2312", "黑体", "宋体"}),
    "large": dict(margins=(25, 25, 28, 28), body=22, pitch=40, fonts={"方正小标宋简体", "仿宋_GB2312", "黑体", "宋体"}),
}

failures = []


def check(cond, what):
    print(("  ok   " if cond else "  FAIL ") + what)
    if not cond:
        failures.append(what)


def run(*args, **kw):
    return subprocess.run(args, check=True, capture_output=True, **kw)


# values in our own words, by the kind the engine gives a field
BY_KIND = {
    "place": "青川县", "year": "2026", "count": "12", "money": "36.5", "percent": "18",
    "points": "2.5", "rank": "3", "month": "6", "day": "15", "quantity": "120",
    "person": "李明", "organization": "县发展改革局", "text": "新材料产业园",
}


def filled_template(tmp):
    fields = json.loads(run(CLI, "fields", "--json", TEMPLATE).stdout)["fields"]
    values = {}
    for f in fields:
        v = BY_KIND.get(f["kind"], "一批项目")
        if f["key"] == "fact:level":
            v = "县"
        values[f["key"]] = v
    path = os.path.join(tmp, "values.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(values, fh, ensure_ascii=False)
    filled = run(CLI, "fill", TEMPLATE, "--values", path).stdout.decode("utf-8")
    return path, filled


def read_docx(path):
    """The parts of a .docx, each parsed as XML (raises on a broken ZIP or XML)."""
    z = zipfile.ZipFile(path)
    bad = z.testzip()
    check(bad is None, f"{os.path.basename(path)}: every entry's CRC is right ({bad or 'none bad'})")
    names = z.namelist()
    check(names[0] == "[Content_Types].xml", "[Content_Types].xml comes first")
    parts = {}
    for n in names:
        parts[n] = ET.fromstring(z.read(n))
    for need in ("word/document.xml", "word/styles.xml", "word/settings.xml", "_rels/.rels"):
        check(need in parts, f"part {need} is there and well-formed")
    return parts


def mm(twips):
    return int(twips) * 25.4 / 1440


def check_xml(parts, preset):
    want = PRESETS[preset]
    doc = parts["word/document.xml"]
    sect = doc.find(f"{W}body/{W}sectPr")
    size = sect.find(f"{W}pgSz")
    check((size.get(f"{W}w"), size.get(f"{W}h")) == ("11906", "16838"), f"{preset}: page size A4 in twips")
    mar = sect.find(f"{W}pgMar")
    got = tuple(round(mm(mar.get(f"{W}{k}"))) for k in ("top", "bottom", "left", "right"))
    check(got == want["margins"], f"{preset}: margins {got} mm == {want['margins']}")
    fonts, loose = set(), []
    for part in (doc, parts["word/styles.xml"], parts["word/footer1.xml"]):
        for rf in part.iter(f"{W}rFonts"):
            fonts.add(rf.get(f"{W}eastAsia"))
            # quotes, dashes and digits take the East Asian face only with the hint or the
            # same face in the other slots: both are set
            if rf.get(f"{W}hint") != "eastAsia" or rf.get(f"{W}ascii") != rf.get(f"{W}eastAsia"):
                loose.append(rf.get(f"{W}eastAsia"))
    check(not loose, f"{preset}: every font setting covers quotes and dashes (loose: {loose[:3]})")
    missing = want["fonts"] - fonts
    check(not missing, f"{preset}: fonts named in the document: {sorted(fonts)} (missing {sorted(missing)})")
    runs = list(doc.iter(f"{W}r"))
    no_font = [r for r in runs if r.find(f"{W}t") is not None and r.find(f"{W}rPr/{W}rFonts") is None]
    check(runs and not no_font, f"{preset}: every text run names its East Asian font ({len(runs)} runs)")
    sizes = {int(s.get(f"{W}val")) / 2 for s in doc.iter(f"{W}sz")}
    check(want["body"] in sizes, f"{preset}: body size {want['body']} pt among {sorted(sizes)}")
    settings = parts["word/settings.xml"]
    even_odd = settings.find(f"{W}evenAndOddHeaders") is not None
    check(even_odd == (preset == "gongwen"), f"{preset}: odd and even page numbers differ: {even_odd}")
    if preset == "gongwen":
        grid = sect.find(f"{W}docGrid")
        check(grid is not None and grid.get(f"{W}linePitch") == "579" and grid.get(f"{W}type") == "lines",
              "gongwen: a line grid of 579 twips")
        jcs = [parts[f"word/footer{i}.xml"].find(f".//{W}jc").get(f"{W}val") for i in (1, 2)]
        check(jcs == ["right", "left"], f"gongwen: odd page number right, even left: {jcs}")
    # the page number does not inherit Normal's two-character indent (Word applies
    # firstLineChars before firstLine)
    inds = [parts[f"word/footer{i}.xml"].find(f".//{W}ind") for i in (1, 2)]
    got = [(i.get(f"{W}firstLineChars"), i.get(f"{W}firstLine")) for i in inds]
    check(got == [("0", "0")] * 2, f"{preset}: footers set firstLineChars 0 and firstLine 0: {got}")


def to_pdf(docx, outdir):
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    try:
        run("soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
            "--outdir", outdir, docx, timeout=240)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(docx))[0] + ".pdf")
    check(os.path.exists(pdf), f"LibreOffice converts {os.path.basename(docx)}")
    return pdf


def squash(s):
    """Every character but white space: punctuation included (a comma or 、 hung at the end of a
    full justified line was not drawn by LibreOffice until the file stated w:overflowPunct)."""
    return "".join(c for c in s if not c.isspace())


def check_pdf(pdf, preset, filled):
    info = run("pdfinfo", pdf).stdout.decode()
    m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    w, h = float(m.group(1)), float(m.group(2))
    check(abs(w - 595.3) < 1 and abs(h - 841.9) < 1, f"{preset}: PDF page {w:.1f} × {h:.1f} pt is A4 ({pages} pages)")
    text = run("pdftotext", "-enc", "UTF-8", pdf, "-").stdout.decode("utf-8")
    # the page numbers, then every paragraph of the filled draft, in order
    numbers = re.findall(r"—\s*(\d+)\s*—", text)
    check(numbers == [str(i) for i in range(1, pages + 1)], f"{preset}: page numbers — n — on every page: {numbers}")
    body = squash(re.sub(r"—\s*\d+\s*—", "", text))
    at, lost = 0, []
    for para in filter(None, (squash(p) for p in filled.split("\n"))):
        k = body.find(para, at)
        if k < 0:
            lost.append(para[:20])
        else:
            at = k + len(para)
    check(not lost, f"{preset}: the whole text is in the PDF, punctuation included, in order (lost: {lost[:3]})")
    fonts = run("pdffonts", pdf).stdout.decode()
    names = sorted({l.split()[0] for l in fonts.splitlines()[2:] if l.strip()})
    print(f"       pdffonts: {', '.join(names)}")
    return pages


def page_grid(pdf, page):
    """Text lines on a page (the page number's line left out), and the most characters on a
    line made of Chinese characters and full-width punctuation only."""
    out = run("pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-").stdout.decode()
    lines = [l.strip() for l in out.splitlines() if l.strip() and not re.fullmatch(r"\s*—\s*\d+\s*—\s*", l)]
    wide = [len(l) for l in lines if all(ord(c) >= 0x3000 for c in l)]
    return len(lines), max(wide, default=0)


PT_PER_MM = 72 / 25.4
PAGE_W, PAGE_H = 595.28, 841.89


def words(pdf, page):
    """(xMin, yMin, xMax, yMax, text) of every word on a page, from pdftotext -bbox."""
    out = run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-").stdout.decode("utf-8")
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out)
    return [(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in found]


def check_layout(pdf, preset, pages, margins=None, numbers="auto"):
    """The text block sits in the margins asked for; the page numbers where they belong."""
    top, bottom, left, right = [v * PT_PER_MM for v in (margins or PRESETS[preset]["margins"])]
    body, number_words = [], {}
    for page in range(1, min(pages, 3) + 1):
        ws = words(pdf, page)
        foot = max(w[1] for w in ws)
        # the page number: the words on the lowest line (— n —)
        number_words[page] = [w for w in ws if abs(w[1] - foot) < 2]
        body += [(page, w) for w in ws if abs(w[1] - foot) >= 2]
    min_x = min(w[0] for _, w in body)
    check(abs(min_x - left) < 2, f"{preset}: text starts {min_x / PT_PER_MM:.1f} mm from the left edge ({left / PT_PER_MM:.0f} asked)")
    # lines end at the right margin (a trailing comma may hang past it, as Chinese type does)
    ends = sorted(round(w[2]) for _, w in body if w[2] - w[0] > 200)
    edge = ends[len(ends) // 2]
    check(abs(edge - (PAGE_W - right)) < 3, f"{preset}: full lines end {(PAGE_W - edge) / PT_PER_MM:.1f} mm from the right edge ({right / PT_PER_MM:.0f} asked)")
    # lines by the middle of their glyph boxes (the boxes' heights differ between PDF writers)
    mid = lambda w: (w[1] + w[3]) / 2
    pitch = PRESETS["gongwen" if preset == "print" else preset]["pitch"]
    second = [w for p, w in body if p == min(2, pages)]
    first_y = min(mid(w) for w in second)
    check(top < first_y < top + pitch, f"{preset}: the first line of a page is in the first line's room under the {top / PT_PER_MM:.0f} mm margin ({(first_y - top):.1f} pt down)")
    last_y = max(mid(w) for w in second)
    check(PAGE_H - bottom - pitch < last_y < PAGE_H - bottom, f"{preset}: the last line of a full page is in the last line's room over the {bottom / PT_PER_MM:.0f} mm margin ({(PAGE_H - bottom - last_y):.1f} pt up)")
    one = 14  # one character of the 14 pt page number
    for page, ws in number_words.items():
        x0, x1 = min(w[0] for w in ws), max(w[2] for w in ws)
        if numbers == "sides":
            if page % 2:
                ok = abs(x1 - (PAGE_W - right - one)) < 2
                where = f"right, {(PAGE_W - right - x1):.0f} pt in"
            else:
                ok = abs(x0 - (left + one)) < 2
                where = f"left, {(x0 - left):.0f} pt in"
        else:
            mid = (x0 + x1) / 2
            ok = abs(mid - (left + PAGE_W - right) / 2) < 3
            where = f"centre at {mid:.0f} pt"
        check(ok, f"{preset}: page {page}'s number {''.join(w[4] for w in ws)} sits {where}")
        if numbers == "sides":
            # the number's top: its middle less half its 14 pt height
            gap = (mid(ws[0]) - 7 - (PAGE_H - bottom)) / PT_PER_MM
            check(5.5 < gap < 8.5, f"{preset}: page {page}'s number is {gap:.1f} mm under the text block (7 asked)")


def check_browser_docx(docx, preset, filled_path):
    """A .docx downloaded from the app: the same checks as the CLI's files."""
    with open(filled_path, encoding="utf-8") as fh:
        filled = fh.read()
    check_xml(read_docx(docx), preset)
    out = tempfile.mkdtemp(prefix="jianggao-docx-")
    pdf = to_pdf(docx, out)
    pages = check_pdf(pdf, preset, filled)
    check_layout(pdf, preset, pages, numbers="sides" if preset == "gongwen" else "centre")
    shutil.rmtree(out, ignore_errors=True)


def check_print(pdf, filled_path):
    """The app's print view as Chromium prints it: A4, the 公文 margins, the whole text and
    nothing of the page's UI."""
    with open(filled_path, encoding="utf-8") as fh:
        filled = fh.read()
    pages = check_pdf(pdf, "print", filled)
    text = run("pdftotext", "-enc", "UTF-8", pdf, "-").stdout.decode("utf-8")
    ui = [w for w in ("讲稿工坊", "未填占位符", "导出", "历史版本", "原稿") if w in text]
    check(not ui, f"print: no words of the page's UI on paper ({ui})")
    check_layout(pdf, "print", pages, margins=PRESETS["gongwen"]["margins"], numbers="sides")
    if pages > 1:
        n, chars = max(page_grid(pdf, p) for p in range(1, pages))
        check(abs(n - 22) <= 1, f"print: a full page holds {n} lines (22 asked)")
        check(chars == 28, f"print: a full line holds {chars} characters (28 asked)")


def main():
    if len(sys.argv) > 1:
        if sys.argv[1] == "--docx":
            check_browser_docx(*sys.argv[2:5])
        elif sys.argv[1] == "--print-pdf":
            check_print(*sys.argv[2:4])
        else:
            sys.exit(__doc__)
        sys.exit(f"{len(failures)} check(s) failed" if failures else 0)
    if not os.path.exists(CLI):
        sys.exit(f"no CLI at {CLI}: cargo build -p jianggao-cli first")
    tmp = tempfile.mkdtemp(prefix="jianggao-docx-")
    keep = os.environ.get("KEEP")
    out = keep or tmp
    os.makedirs(out, exist_ok=True)
    values, filled = filled_template(tmp)
    check("【" not in filled and "xx" not in filled.lower(), "the template is filled")
    for preset in PRESETS:
        docx = os.path.join(out, f"docx-{preset}.docx")
        args = ["--preset", "reading", "--large"] if preset == "large" else ["--preset", preset]
        run(CLI, "export", TEMPLATE, "--docx", *args, "--values", values, "-o", docx)
        print(f"{preset}: {os.path.getsize(docx)} bytes")
        check_xml(read_docx(docx), preset)
        pdf = to_pdf(docx, out)
        pages = check_pdf(pdf, preset, filled)
        check_layout(pdf, preset, pages, numbers="sides" if preset == "gongwen" else "centre")
        if preset == "gongwen" and pages > 1:
            # a heading kept with its paragraph may leave a page a line short: the fullest
            # page of all but the last
            n, chars = max(page_grid(pdf, p) for p in range(1, pages))
            check(n == 22, f"gongwen: a full page holds {n} lines (22 asked)")
            check(chars == 28, f"gongwen: a full line holds {chars} characters (28 asked)")
        if os.environ.get("DOCS"):
            run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf,
                os.path.join(ROOT, "docs", f"docx-{preset}"))
    # hostile text: markup, entities, a CDATA end, control characters
    hostile = os.path.join(tmp, "hostile.txt")
    with open(hostile, "w", encoding="utf-8") as fh:
        fh.write("关于<script>alert(1)</script>的讲话\n\n同志们：\n\n一、A&B ]]> <w:p> \"引号\" 'x'\n\n"
                 "正文\u0001里有\u0008控制\u000b字符\t和制表符&amp;。\n")
    docx = os.path.join(out, "docx-hostile.docx")
    run(CLI, "export", hostile, "--docx", "-o", docx)
    parts = read_docx(docx)
    texts = "".join(t.text or "" for t in parts["word/document.xml"].iter(f"{W}t"))
    check("<script>alert(1)</script>" in texts and "A&B ]]> <w:p>" in texts and "&amp;" in texts,
          "hostile: markup comes back as text")
    pdf = to_pdf(docx, out)
    check("<script>" in run("pdftotext", pdf, "-").stdout.decode(), "hostile: converts, the text is shown as text")
    if not keep:
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        sys.exit(f"{len(failures)} docx check(s) failed")
    print("docx: all checks passed")


if __name__ == "__main__":
    main()
