//! Word files in: the fixtures (ours, made by tests/compare.py: hand-made OOXML, and a .txt and
//! a flat .odt that LibreOffice converted to .docx and .doc) read against LibreOffice's own text
//! export of each (stored beside it as FILE.lo.txt), the draft's form, and every broken,
//! encrypted or foreign file answered with a message, never a panic.

use jianggao_word::{read, read_with, Block, Format, Reading, Revisions, Style, WordError};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn bytes(name: &str) -> Vec<u8> {
    std::fs::read(fixtures().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn draft(name: &str) -> (Reading, String) {
    let r = read(name, &bytes(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let t = r.draft();
    (r, t)
}

/// The normalisation tests/compare.py applies to both sides: lines stripped of spaces and tabs
/// at either end, blank lines dropped, a byte-order mark dropped.
fn normalise(text: &str) -> Vec<String> {
    text.trim_start_matches('\u{FEFF}')
        .lines()
        .map(|l| l.trim_matches([' ', '\t']).to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn every_fixture_reads_as_libreoffice_exports_it() {
    let mut checked = 0;
    let mut entries: Vec<_> = std::fs::read_dir(fixtures())
        .expect("fixtures")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".docx") || n.ends_with(".doc"))
        .collect();
    entries.sort();
    for name in entries {
        let Ok(theirs) = std::fs::read_to_string(fixtures().join(format!("{name}.lo.txt"))) else {
            panic!("{name}: no LibreOffice text stored beside it")
        };
        let r = read_with(&name, &bytes(&name), Revisions::Markup)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let ours = normalise(&r.text(Style::LibreOffice));
        assert_eq!(ours, normalise(&theirs), "{name}");
        checked += 1;
    }
    assert!(checked >= 12, "{checked} fixtures checked");
}

#[test]
fn numbering_is_drawn_as_word_draws_it() {
    let (r, t) = draft("numbering.docx");
    assert_eq!(r.format, Format::Docx);
    let lines: Vec<&str> = t.split("\n\n").map(str::trim).collect();
    assert_eq!(
        lines,
        [
            "在全县秋季农业生产工作会议上的讲话",
            "一、今年以来的工作",
            "（一）粮食生产稳中有进",
            "1.完成播种面积十二万亩",
            "2.良种覆盖率继续提高",
            "（1）细到每一个村",
            "（二）设施农业加快发展",
            "1.新建大棚四百座",
            "二、下一步的重点",
            "（一）抓好秋收秋种",
            "①圈号第一项",
            "②圈号第二项",
            "第1条各乡镇要落实责任。",
            "第2条部门要加强配合。",
            "不再编号的一段。",
            "a)字母一",
            "甲.天干一",
            "乙.天干二",
            "b)字母二",
            "九是要做到底",
            "十是要抓实",
        ]
    );
    assert!(!t.contains("页脚"), "the footer is not text of the speech");
}

#[test]
fn tracked_changes_are_read_as_accepted_and_counted() {
    let (r, t) = draft("revisions.docx");
    assert_eq!(
        t,
        "我们要始终把群众的事放在心上，办好实事。\n\n会议改在周五召开。\n\n这一段有领导的批注。\n\n最后一段没有改动。\n"
    );
    assert_eq!((r.insertions, r.deletions, r.comments), (2, 2, 1));
    let markup = read_with("r.docx", &bytes("revisions.docx"), Revisions::Markup).expect("read");
    assert!(markup.draft().contains("会议原定改在周五召开。"));
    // a file without changes counts none
    let (plain, _) = draft("table.docx");
    assert_eq!(
        (plain.insertions, plain.deletions, plain.comments),
        (0, 0, 0)
    );
}

#[test]
fn notes_and_text_boxes_follow_their_paragraph_fields_show_their_result() {
    let (_, t) = draft("notes.docx");
    let paras: Vec<&str> = t.split("\n\n").map(str::trim_end).collect();
    assert_eq!(
        paras,
        [
            "全年引进项目十八个1，到位资金超过预期。",
            "1 数据来自县统计局。",
            "请看右侧说明。",
            "文本框里的提示语",
            "详见链接显示的字。",
            "时间\t地点\n第二行",
            "看得见的字。",
        ]
    );
}

#[test]
fn a_table_is_read_as_rows_of_cells() {
    let (r, t) = draft("table.docx");
    assert!(matches!(r.blocks.get(1), Some(Block::Table(rows)) if rows.len() == 3));
    assert_eq!(
        t,
        "重点项目进展情况如下：\n\n项目名称\t总投资\t进度\n污水处理厂\t三点二亿元\t主体完工 正在调试\n产业园道路\t已开工\n\n表后的一段话。\n"
    );
}

#[test]
fn libreoffice_written_files_read_alike_as_docx_and_doc() {
    let (x, docx) = draft("notice.docx");
    let (d, doc) = draft("notice.doc");
    assert_eq!((x.format, d.format), (Format::Docx, Format::Doc));
    assert_eq!(docx, doc);
    assert!(docx.starts_with("关于做好冬季安全生产工作的通知\n\n各乡镇、各有关部门：\n\n"));
    let (_, lists) = draft("lists.docx");
    assert!(
        lists.contains("\n\n一、加强学习\n\n（一）向书本学\n\n（二）向实践学\n\n二、敢于担当\n\n")
    );
    assert!(
        lists.contains("几点具体要求1：\n\n1\t要求由组织部另行印发。"),
        "{lists}"
    );
    assert!(lists.contains("时间\t内容\n第一周\t理论学习"));
    // the .doc: the same, its list labels from the LST/LFO tables, its table's rows from the
    // paragraphs' properties, its footnote after its paragraph (PlcffndRef, PlcffndTxt)
    let (_, lists_doc) = draft("lists.doc");
    assert_eq!(lists_doc, lists);
    // LibreOffice's Word 97 of our hand-made numbering and table reads as the .docx does
    for name in ["numbering", "table"] {
        let (_, x) = draft(&format!("{name}.docx"));
        let (_, d) = draft(&format!("{name}.doc"));
        assert_eq!(d, x, "{name}.doc");
    }
}

fn ole_with(stream: &str, content: &[u8]) -> Vec<u8> {
    let mut c = cfb::CompoundFile::create(std::io::Cursor::new(Vec::new())).expect("cfb");
    {
        use std::io::Write;
        let mut s = c.create_stream(stream).expect("stream");
        s.write_all(content).expect("write");
    }
    c.flush().expect("flush");
    c.into_inner().into_inner()
}

#[test]
fn unreadable_files_get_their_message() {
    let err = |name: &str, b: &[u8]| read(name, b).expect_err(name);
    assert_eq!(err("a.docx", b""), WordError::Empty);
    assert_eq!(err("a.wps", &bytes("notice.doc")), WordError::Wps);
    assert_eq!(err("a.et", b"\xD0\xCF\x11\xE0"), WordError::Wps);
    assert_eq!(err("a.docx", b"PK\x03\x04 not really"), WordError::Broken);
    assert_eq!(err("a.docx", b"hello"), WordError::Broken);
    assert_eq!(err("a.bin", b"hello"), WordError::NotWord);
    let docx = bytes("table.docx");
    assert_eq!(err("a.docx", &docx[..docx.len() / 2]), WordError::Broken);
    // an encrypted .docx is an OLE file holding EncryptionInfo and EncryptedPackage
    let enc = ole_with("EncryptionInfo", &[4, 0, 4, 0]);
    assert_eq!(err("a.docx", &enc), WordError::Encrypted);
    assert_eq!(
        err("a.xls", &ole_with("Workbook", b"x")),
        WordError::OtherOffice
    );
    // a .doc with fEncrypted in its FIB
    let doc = bytes("notice.doc");
    let mut c = cfb::CompoundFile::open(std::io::Cursor::new(doc.clone())).expect("cfb");
    let mut wd = Vec::new();
    {
        use std::io::Read;
        c.open_stream("WordDocument")
            .expect("WordDocument")
            .read_to_end(&mut wd)
            .expect("read");
    }
    wd[0x0B] |= 0x01;
    let locked = {
        let mut c = cfb::CompoundFile::open(std::io::Cursor::new(doc.clone())).expect("cfb");
        use std::io::Write;
        c.create_stream("WordDocument")
            .expect("stream")
            .write_all(&wd)
            .expect("write");
        c.flush().expect("flush");
        c.into_inner().into_inner()
    };
    assert_eq!(err("a.doc", &locked), WordError::Encrypted);
    // an .odt renamed
    let mut odt = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut odt);
        z.start_file("content.xml", zip::write::SimpleFileOptions::default())
            .expect("zip");
        std::io::Write::write_all(&mut z, b"<office:document/>").expect("write");
        z.finish().expect("finish");
    }
    assert_eq!(err("a.docx", odt.get_ref()), WordError::Odf);
    for e in [
        WordError::Broken,
        WordError::Encrypted,
        WordError::Wps,
        WordError::Empty,
    ] {
        assert!(e.to_string().contains("原稿未改动"), "{e}");
    }
}

/// Cut or damaged files never panic: every fixture cut at many lengths and with bytes flipped
/// is read or refused.
#[test]
fn damaged_files_never_panic() {
    for name in ["numbering.docx", "notes.docx", "notice.doc", "lists.doc"] {
        let b = bytes(name);
        let step = (b.len() / 97).max(1);
        for cut in (0..b.len()).step_by(step) {
            let _ = read(name, &b[..cut]);
        }
        for at in (0..b.len()).step_by(step) {
            let mut d = b.clone();
            d[at] ^= 0xFF;
            let _ = read(name, &d);
            if let Some(x) = d.get_mut(at + 1) {
                *x = x.wrapping_add(0x40);
            }
            let _ = read(name, &d);
        }
    }
}

/// 修订 as a list: each insertion and deletion with its paragraph, author and text; the
/// comment beside its paragraph; accepting all gives the draft as read, rejecting all the text
/// before the changes, and each decision its own text.
#[test]
fn tracked_changes_as_a_list_follow_each_decision() {
    use jianggao_engine::revisions::{Decision, Kind};
    let r = read_with("r.docx", &bytes("revisions.docx"), Revisions::Track).expect("read");
    let t = r.tracked();
    let list: Vec<(Kind, usize, &str, &str)> = t
        .revisions
        .iter()
        .map(|x| (x.kind, x.paragraph, x.text.as_str(), x.author.as_str()))
        .collect();
    assert_eq!(
        list,
        [
            (Kind::Insertion, 0, "始终", "办公室"),
            (Kind::Deletion, 0, "努力", "办公室"),
            (Kind::Deletion, 1, "原定", "办公室"),
            (Kind::Insertion, 1, "改在", "办公室"),
        ]
    );
    assert_eq!(t.comments.len(), 1);
    assert_eq!(
        (
            t.comments[0].paragraph,
            t.comments[0].author.as_str(),
            t.comments[0].text.as_str()
        ),
        (Some(2), "领导", "这里再具体一些")
    );
    assert_eq!(t.all(Decision::Accept), draft("revisions.docx").1);
    assert_eq!(
        t.all(Decision::Reject),
        "我们要把群众的事放在心上，努力办好实事。\n\n会议原定周五召开。\n\n这一段有领导的批注。\n\n最后一段没有改动。\n"
    );
    use Decision::{Accept, Reject};
    assert!(t
        .text(&[Reject, Accept, Accept, Reject])
        .starts_with("我们要把群众的事放在心上，办好实事。\n\n会议周五召开。"));
    // every fixture: the list accepted is the draft as read
    for name in [
        "numbering.docx",
        "notes.docx",
        "table.docx",
        "lists.docx",
        "lists.doc",
    ] {
        let r = read_with(name, &bytes(name), Revisions::Track).expect("read");
        assert_eq!(r.tracked().all(Accept), draft(name).1, "{name}");
        assert!(r.tracked().revisions.is_empty(), "{name}");
    }
}
