//! The XML parts of the .docx package (WordprocessingML, ECMA-376 transitional).
//!
//! Elements are written in the order the schema asks for (Word refuses files that are not),
//! all measures in twips (1/20 pt) or half-points. Text is escaped by [`escape`].

use super::model::{Face, Para, Preset, Role};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

pub const CONTENT_TYPES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">",
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>",
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>",
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>",
    "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>",
    "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>",
    "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>",
    "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>",
    "<Override PartName=\"/word/footer2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>",
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>",
    "</Types>"
);

pub const ROOT_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>",
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>",
    "</Relationships>"
);

pub const DOCUMENT_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>",
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>",
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>",
    "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>",
    "<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer2.xml\"/>",
    "</Relationships>"
);

/// The fonts, each with the name Word falls back to when it is missing (`altName`) and the
/// GB2312 character set.
pub const FONT_TABLE: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
    "<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/><w:charset w:val=\"86\"/><w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font>",
    "<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/><w:charset w:val=\"86\"/><w:family w:val=\"script\"/><w:pitch w:val=\"fixed\"/></w:font>",
    "<w:font w:name=\"黑体\"><w:altName w:val=\"SimHei\"/><w:charset w:val=\"86\"/><w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font>",
    "<w:font w:name=\"楷体\"><w:altName w:val=\"楷体_GB2312\"/><w:charset w:val=\"86\"/><w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font>",
    "<w:font w:name=\"宋体\"><w:altName w:val=\"SimSun\"/><w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>",
    "</w:fonts>"
);

/// Font names as the office PCs have them.
pub const XIAOBIAOSONG: &str = "方正小标宋简体";
pub const HEI: &str = "黑体";
pub const KAI: &str = "楷体";
pub const FANGSONG: &str = "仿宋_GB2312";
pub const SONG: &str = "宋体";

fn font(face: Face) -> &'static str {
    match face {
        Face::XiaoBiaoSong => XIAOBIAOSONG,
        Face::Hei => HEI,
        Face::Kai => KAI,
        Face::FangSong => FANGSONG,
    }
}

/// Page and type measures of a preset.
pub struct Metrics {
    /// Margins in twips: top, bottom, left, right.
    pub margins: [u32; 4],
    /// From the page's bottom edge to the footer's baseline area, twips.
    pub footer: u32,
    /// Body size, half-points.
    pub body: u32,
    /// Title size, half-points.
    pub title: u32,
    /// Fixed line spacing, twips.
    pub line: u32,
    /// A line grid of this pitch (twips), 公文 only.
    pub grid: Option<u32>,
    /// Character spacing of the body's runs, twentieths of a point (negative: tighter).
    pub tracking: i32,
}

/// Millimetres to twips, rounded.
pub const fn mm(v: u32) -> u32 {
    (v * 1440 * 10 + 127) / 254
}

pub fn metrics(preset: Preset) -> Metrics {
    match preset {
        // 版心 156 × 225 mm: 225 mm / 22 lines = 579 twips; 156 mm / 28 chars = 15.79 pt, so
        // 16 pt characters are set 0.25 pt tighter (a char grid of 15.79 pt would do it in
        // Word, but LibreOffice puts each 16 pt char in two cells of such a grid)
        Preset::Gongwen => Metrics {
            margins: [mm(37), mm(35), mm(28), mm(26)],
            footer: mm(22),
            body: 32,
            title: 44,
            line: 579,
            grid: Some(579),
            tracking: -5,
        },
        Preset::Reading => Metrics {
            margins: [mm(25), mm(25), mm(28), mm(28)],
            footer: mm(12),
            body: 32,
            title: 44,
            line: 580,
            grid: None,
            tracking: 0,
        },
        Preset::ReadingLarge => Metrics {
            margins: [mm(25), mm(25), mm(28), mm(28)],
            footer: mm(12),
            body: 44,
            title: 52,
            line: 800,
            grid: None,
            tracking: 0,
        },
    }
}

/// Text as XML character data: markup characters escaped, characters XML 1.0 forbids
/// (controls other than tab, U+FFFE, U+FFFF) dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Run properties: the face in every slot (so quotes, dashes and digits take it too) with the
/// East Asian hint, the character spacing and the size.
fn rpr_tracked(name: &str, size: u32, tracking: i32) -> String {
    let spacing = if tracking == 0 {
        String::new()
    } else {
        format!("<w:spacing w:val=\"{tracking}\"/>")
    };
    format!(
        "<w:rPr><w:rFonts w:ascii=\"{name}\" w:eastAsia=\"{name}\" w:hAnsi=\"{name}\" w:cs=\"{name}\" w:hint=\"eastAsia\"/>{spacing}<w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/></w:rPr>"
    )
}

fn rpr(name: &str, size: u32) -> String {
    rpr_tracked(name, size, 0)
}

/// Runs of a text: tabs become `<w:tab/>`.
fn runs(out: &mut String, text: &str, props: &str) {
    for (i, piece) in text.split('\t').enumerate() {
        if i > 0 {
            out.push_str(&format!("<w:r>{props}<w:tab/></w:r>"));
        }
        let t = escape(piece);
        if !t.is_empty() {
            out.push_str(&format!(
                "<w:r>{props}<w:t xml:space=\"preserve\">{t}</w:t></w:r>"
            ));
        }
    }
}

fn style_id(p: &Para) -> &'static str {
    match p.role {
        Role::Title => "Title",
        Role::Subtitle => "Subtitle",
        Role::Salutation => "Salutation",
        Role::Body if p.head_len == p.text.len() && p.head_len > 0 => match p.head_face {
            Face::Hei => "Heading1",
            Face::Kai => "Heading2",
            _ => "Heading3",
        },
        Role::Body => "Normal",
    }
}

fn paragraph(out: &mut String, p: &Para, m: &Metrics) {
    out.push_str(&format!(
        "<w:p><w:pPr><w:pStyle w:val=\"{}\"/></w:pPr>",
        style_id(p)
    ));
    let (face, size, tracking) = match p.role {
        Role::Title => (Face::XiaoBiaoSong, m.title, 0),
        Role::Subtitle => (Face::Kai, m.body, 0),
        _ => (Face::FangSong, m.body, m.tracking),
    };
    let head = p.text.get(..p.head_len).unwrap_or("");
    let rest = p.text.get(p.head_len..).unwrap_or(&p.text);
    if !head.is_empty() {
        runs(out, head, &rpr_tracked(font(p.head_face), size, tracking));
    }
    runs(out, rest, &rpr_tracked(font(face), size, tracking));
    out.push_str("</w:p>");
}

/// `word/document.xml`: the paragraphs, a blank line after the title lines, the section.
pub fn document(paras: &[Para], preset: Preset) -> String {
    let m = metrics(preset);
    let mut out = String::with_capacity(paras.iter().map(|p| p.text.len() * 2 + 400).sum());
    out.push_str(HEAD);
    out.push_str(&format!(
        "<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body>"
    ));
    for (i, p) in paras.iter().enumerate() {
        paragraph(&mut out, p, &m);
        let heads = |p: &Para| matches!(p.role, Role::Title | Role::Subtitle);
        if heads(p) && paras.get(i + 1).is_some_and(|n| !heads(n)) {
            out.push_str("<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr></w:p>");
        }
    }
    if paras.is_empty() {
        out.push_str("<w:p/>");
    }
    let [top, bottom, left, right] = m.margins;
    let footer = m.footer;
    out.push_str(&format!(
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId4\"/><w:footerReference w:type=\"even\" r:id=\"rId5\"/>\
<w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
<w:pgMar w:top=\"{top}\" w:right=\"{right}\" w:bottom=\"{bottom}\" w:left=\"{left}\" w:header=\"851\" w:footer=\"{footer}\" w:gutter=\"0\"/>\
<w:cols w:space=\"425\"/>"
    ));
    out.push_str(&match m.grid {
        Some(pitch) => format!("<w:docGrid w:type=\"lines\" w:linePitch=\"{pitch}\"/>"),
        None => format!("<w:docGrid w:linePitch=\"{}\"/>", m.line),
    });
    out.push_str("</w:sectPr></w:body></w:document>");
    out
}

fn para_style(
    id: &str,
    name: &str,
    ppr: &str,
    face: Face,
    size: u32,
    outline: Option<u8>,
) -> String {
    let outline = outline.map_or(String::new(), |l| format!("<w:outlineLvl w:val=\"{l}\"/>"));
    format!(
        "<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>{ppr}{outline}</w:pPr>{}</w:style>",
        rpr(font(face), size)
    )
}

/// `word/styles.xml`: defaults and the styles of the roles (the headings carry an outline
/// level, so Word's navigation pane shows the speech's sections).
pub fn styles(preset: Preset) -> String {
    let m = metrics(preset);
    let (body, line) = (m.body, m.line);
    // two characters of the body's size, in twips (a half-point is 10 twips)
    let indent = body * 20;
    let body_ppr = format!(
        "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"{line}\" w:lineRule=\"exact\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"{indent}\"/><w:jc w:val=\"both\"/>"
    );
    let centred = "<w:snapToGrid w:val=\"0\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/>";
    let flush = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>";
    let mut out = String::from(HEAD);
    out.push_str(&format!("<w:styles xmlns:w=\"{W}\">"));
    // `w:overflowPunct` on (Word's own default: punctuation may hang past the line's end) said
    // outright: LibreOffice reads it stated as its "simple" punctuation wrap, not its hanging
    // one, whose hung comma or 、 at the end of a full justified line it does not draw in the
    // PDF (tests/docx/run.py compares the PDF's text with its punctuation); Word is unchanged
    out.push_str(&format!(
        "<w:docDefaults><w:rPrDefault>{}</w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:overflowPunct w:val=\"1\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>",
        rpr(FANGSONG, body).replace(
            "</w:rPr>",
            "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr>"
        )
    ));
    out.push_str(&format!(
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:pPr>{body_ppr}</w:pPr>{}</w:style>",
        rpr(FANGSONG, body)
    ));
    out.push_str(&para_style(
        "Title",
        "Title",
        centred,
        Face::XiaoBiaoSong,
        m.title,
        Some(0),
    ));
    out.push_str(&para_style(
        "Subtitle",
        "Subtitle",
        centred,
        Face::Kai,
        body,
        None,
    ));
    out.push_str(&para_style(
        "Salutation",
        "称谓",
        flush,
        Face::FangSong,
        body,
        None,
    ));
    // a heading stays on the page of the paragraph it heads
    for (level, face) in [(1u8, Face::Hei), (2, Face::Kai), (3, Face::FangSong)] {
        let (id, name) = (format!("Heading{level}"), format!("heading {level}"));
        let keep = "<w:keepNext/>";
        out.push_str(&para_style(&id, &name, keep, face, body, Some(level)));
    }
    out.push_str("</w:styles>");
    out
}

/// `word/settings.xml`: odd and even footers differ in the 公文 layout.
pub fn settings(preset: Preset) -> String {
    let even_odd = if preset == Preset::Gongwen {
        "<w:evenAndOddHeaders/>"
    } else {
        ""
    };
    format!(
        "{HEAD}<w:settings xmlns:w=\"{W}\"><w:defaultTabStop w:val=\"420\"/>{even_odd}<w:characterSpacingControl w:val=\"compressPunctuation\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>"
    )
}

/// A footer with `— PAGE —` in 14 pt 宋体, placed by `ppr`.
fn footer(ppr: &str) -> String {
    let props = rpr(SONG, 28);
    format!(
        "{HEAD}<w:ftr xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:p><w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/>{ppr}</w:pPr>\
<w:r>{props}<w:t xml:space=\"preserve\">— </w:t></w:r>\
<w:r>{props}<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>{props}<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>\
<w:r>{props}<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r>{props}<w:t>1</w:t></w:r><w:r>{props}<w:fldChar w:fldCharType=\"end\"/></w:r>\
<w:r>{props}<w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>"
    )
}

/// The odd-page (default) and even-page footers: 公文 right and left one 14 pt character in
/// (280 twips), the reading copy centred on both.
pub fn footers(preset: Preset) -> (String, String) {
    if preset == Preset::Gongwen {
        let odd = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\" w:right=\"280\"/><w:jc w:val=\"right\"/>";
        let even = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\" w:left=\"280\"/><w:jc w:val=\"left\"/>";
        (footer(odd), footer(even))
    } else {
        let c = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/>";
        (footer(c), footer(c))
    }
}

/// `docProps/core.xml`: the title.
pub fn core(title: &str) -> String {
    format!(
        "{HEAD}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:creator>讲稿工坊</dc:creator></cp:coreProperties>",
        escape(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn margins_in_twips() {
        assert_eq!(mm(37), 2098);
        assert_eq!(mm(35), 1984);
        assert_eq!(mm(28), 1587);
        assert_eq!(mm(26), 1474);
        assert_eq!(mm(25), 1417);
    }

    /// The page number stands where the footer puts it, not two characters in (Normal's
    /// `firstLineChars`, which Word applies before `firstLine`, is undone); hanging
    /// punctuation is stated on (the default LibreOffice would draw without the hung comma).
    #[test]
    fn footers_undo_the_indent_and_punctuation_may_hang_as_stated() {
        for preset in Preset::ALL {
            let (odd, even) = footers(preset);
            for f in [odd, even] {
                assert!(
                    f.contains("<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\""),
                    "{preset:?}: {f}"
                );
            }
            let s = styles(preset);
            let defaults =
                &s[s.find("<w:pPrDefault>").unwrap_or(0)..s.find("</w:pPrDefault>").unwrap_or(0)];
            assert!(
                defaults.contains("<w:overflowPunct w:val=\"1\"/>"),
                "{preset:?}: {defaults}"
            );
        }
    }

    #[test]
    fn escape_drops_what_xml_forbids() {
        assert_eq!(
            escape("a<b>&\"'\u{1}\u{0}]]>\t\u{FFFF}"),
            "a&lt;b&gt;&amp;&quot;&apos;]]&gt;\t"
        );
    }
}
