//! The Word export as bytes: a ZIP whose entries are found again from its central directory
//! with the right CRC, each part well-formed XML (checked by a small reader here, and by
//! `unzip -t` when the machine has it), the text inside escaped, for every template, every
//! preset and arbitrary text. `tests/docx/run.py` goes further (LibreOffice, poppler).

mod common;

use jianggao_engine::docx::{paragraphs, to_docx, zip::crc32, Preset};
use jianggao_engine::templates::TEMPLATES;
use proptest::prelude::*;

fn u16_at(b: &[u8], at: usize) -> usize {
    u16::from_le_bytes([b[at], b[at + 1]]) as usize
}

fn u32_at(b: &[u8], at: usize) -> usize {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]) as usize
}

/// The entries of a store-only ZIP, read from its end record and central directory; panics on
/// anything a reader would refuse.
fn unzip(z: &[u8]) -> Vec<(String, Vec<u8>)> {
    let end = z.len() - 22;
    assert_eq!(u32_at(z, end), 0x0605_4B50, "end record");
    let count = u16_at(z, end + 10);
    let mut at = u32_at(z, end + 16);
    let mut out = Vec::new();
    for _ in 0..count {
        assert_eq!(u32_at(z, at), 0x0201_4B50, "central record");
        let (crc, size) = (u32_at(z, at + 16), u32_at(z, at + 24));
        let name_len = u16_at(z, at + 28);
        let name = String::from_utf8(z[at + 46..at + 46 + name_len].to_vec()).unwrap();
        let local = u32_at(z, at + 42);
        assert_eq!(u32_at(z, local), 0x0403_4B50, "local header of {name}");
        assert_eq!(u16_at(z, local + 8), 0, "stored");
        let data_at = local + 30 + u16_at(z, local + 26) + u16_at(z, local + 28);
        let data = z[data_at..data_at + size].to_vec();
        assert_eq!(crc32(&data) as usize, crc, "CRC of {name}");
        out.push((name, data));
        at += 46 + name_len;
    }
    out
}

/// A small XML well-formedness reader: one root, tags nest and close by name, attributes are
/// quoted, `&` starts a known entity, no character XML forbids. Returns the text content.
fn well_formed(xml: &str) -> Result<String, String> {
    let body = xml
        .strip_prefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        .ok_or("no XML declaration")?;
    let mut stack: Vec<&str> = Vec::new();
    let mut text = String::new();
    let mut rest = body;
    let mut roots = 0;
    let check_chars = |s: &str| -> Result<(), String> {
        if let Some(c) = s
            .chars()
            .find(|&c| ((c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFF}')
        {
            return Err(format!("forbidden char {:?}", c));
        }
        let mut amp = s;
        while let Some(k) = amp.find('&') {
            amp = &amp[k + 1..];
            if !["amp;", "lt;", "gt;", "quot;", "apos;"]
                .iter()
                .any(|e| amp.starts_with(e))
            {
                let next: String = amp.chars().take(10).collect();
                return Err(format!("bare & before {next:?}"));
            }
        }
        Ok(())
    };
    while !rest.is_empty() {
        let lt = rest.find('<').unwrap_or(rest.len());
        let chunk = &rest[..lt];
        if chunk.contains('>') {
            return Err(format!("bare > in {chunk:?}"));
        }
        check_chars(chunk)?;
        if stack.is_empty() && !chunk.trim().is_empty() {
            return Err("text outside the root".into());
        }
        text.push_str(chunk);
        rest = &rest[lt..];
        if rest.is_empty() {
            break;
        }
        let gt = rest.find('>').ok_or("unclosed tag")?;
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            if stack.pop() != Some(name) {
                return Err(format!("</{name}> closes nothing open"));
            }
            continue;
        }
        let self_closing = tag.ends_with('/');
        let tag = tag.trim_end_matches('/');
        let name = tag.split(' ').next().unwrap_or("");
        if name.is_empty() || tag.contains('<') {
            return Err(format!("bad tag <{tag}>"));
        }
        // attributes: name="value" pairs
        let attrs = &tag[name.len()..];
        if attrs.matches('"').count() % 2 != 0 {
            return Err(format!("unquoted attribute in <{tag}>"));
        }
        check_chars(attrs)?;
        if stack.is_empty() {
            roots += 1;
        }
        if !self_closing {
            stack.push(name);
        }
    }
    if roots != 1 || !stack.is_empty() {
        return Err(format!("{roots} roots, {stack:?} left open"));
    }
    Ok(text)
}

fn parts_of(text: &str, preset: Preset) -> Vec<(String, String)> {
    unzip(&to_docx(text, preset))
        .into_iter()
        .map(|(n, d)| (n, String::from_utf8(d).expect("UTF-8 part")))
        .collect()
}

#[test]
fn the_checker_sees_broken_xml() {
    let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    for bad in [
        "<a><b></a></b>",
        "<a>x & y</a>",
        "<a>1 < 2</a>",
        "<a>\u{1}</a>",
        "<a/><b/>",
    ] {
        assert!(well_formed(&format!("{head}{bad}")).is_err(), "{bad}");
    }
    assert_eq!(
        well_formed(&format!("{head}<a x=\"1\"><b/>t&amp;</a>")).unwrap(),
        "t&amp;"
    );
}

#[test]
fn every_template_in_every_preset_is_a_valid_package_with_all_its_text() {
    for t in TEMPLATES {
        for preset in Preset::ALL {
            let parts = parts_of(t.text, preset);
            let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
            assert_eq!(names[0], "[Content_Types].xml");
            for need in ["word/document.xml", "word/styles.xml", "word/settings.xml"] {
                assert!(names.contains(&need), "{need} in {names:?}");
            }
            for (name, xml) in &parts {
                if let Err(e) = well_formed(xml) {
                    panic!("{} {preset:?} {name}: {e}", t.id);
                }
            }
            let doc = &parts
                .iter()
                .find(|(n, _)| n == "word/document.xml")
                .unwrap()
                .1;
            let text = well_formed(doc).unwrap();
            for p in paragraphs(t.text) {
                let escaped = p
                    .text
                    .replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;")
                    .replace('"', "&quot;")
                    .replace('\'', "&apos;");
                assert!(text.contains(&escaped), "{}: {}", t.id, p.text);
            }
        }
    }
}

#[test]
fn unzip_reads_it_when_the_machine_has_it() {
    let dir = std::env::temp_dir().join(format!("jianggao-docx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("t.docx");
    std::fs::write(&file, to_docx(TEMPLATES[0].text, Preset::Gongwen)).unwrap();
    match std::process::Command::new("unzip")
        .arg("-t")
        .arg(&file)
        .output()
    {
        Ok(out) => {
            let said = String::from_utf8_lossy(&out.stdout);
            assert!(out.status.success(), "{said}");
            assert!(said.contains("No errors detected"), "{said}");
        }
        Err(_) => eprintln!("unzip not found: the ZIP is read by this test's own reader only"),
    }
    std::fs::remove_dir_all(&dir).ok();
}

proptest! {
    #![proptest_config(common::cases(64))]

    #[test]
    fn any_text_gives_a_valid_package(text in "(\\PC|[\\u{0}-\\u{1f}<>&\"'\\]]){0,300}") {
        for preset in Preset::ALL {
            for (name, xml) in parts_of(&text, preset) {
                if let Err(e) = well_formed(&xml) {
                    prop_assert!(false, "{name}: {e}");
                }
            }
        }
    }
}
