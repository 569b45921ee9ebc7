//! A .doc (Word 97–2003 binary) read for its text: the `WordDocument` stream's FIB names the
//! table stream (`0Table`/`1Table`) and the CLX in it, whose piece table maps the main
//! document's characters (CP 0..ccpText) to bytes, 8-bit (cp1252) or UTF-16LE per piece.
//! Paragraph, cell and row marks end paragraphs; a field keeps its result only.
//! [MS-DOC] 2.5.1 (Fib), 2.9.38 (Clx), 2.9.177 (Pcd), 2.4.1 (retrieving text).

use crate::{Block, WordError};
use std::io::Read;

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}
fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// Largest stream read.
const MAX_STREAM: u64 = 128 * 1024 * 1024;

fn stream<F: Read + std::io::Seek>(
    cfb: &mut cfb::CompoundFile<F>,
    name: &str,
) -> Result<Vec<u8>, WordError> {
    let s = cfb.open_stream(name).map_err(|_| WordError::Broken)?;
    let mut out = Vec::new();
    s.take(MAX_STREAM)
        .read_to_end(&mut out)
        .map_err(|_| WordError::Broken)?;
    Ok(out)
}

/// The characters of the main document (CP 0..ccpText), as UTF-16 code units.
pub fn main_text<F: Read + std::io::Seek>(
    cfb: &mut cfb::CompoundFile<F>,
) -> Result<Vec<u16>, WordError> {
    let wd = stream(cfb, "WordDocument")?;
    let ident = u16_at(&wd, 0).ok_or(WordError::Broken)?;
    if ident != 0xA5EC {
        return Err(WordError::Broken);
    }
    let nfib = u16_at(&wd, 2).ok_or(WordError::Broken)?;
    if nfib < 0x00C1 {
        // Word 6.0/95 and earlier: another format
        return Err(WordError::OldWord);
    }
    let flags = u16_at(&wd, 0x0A).ok_or(WordError::Broken)?;
    if flags & 0x0100 != 0 || flags & 0x8000 != 0 {
        return Err(WordError::Encrypted);
    }
    let table_name = if flags & 0x0200 != 0 {
        "1Table"
    } else {
        "0Table"
    };
    let table = stream(cfb, table_name)?;
    // FibBase (32 bytes), csw + fibRgW, cslw + fibRgLw, cbRgFcLcb + fibRgFcLcbBlob
    let csw = u16_at(&wd, 32).ok_or(WordError::Broken)? as usize;
    let lw_at = 34 + csw * 2;
    let cslw = u16_at(&wd, lw_at).ok_or(WordError::Broken)? as usize;
    let rglw = lw_at + 2;
    let ccp_text = u32_at(&wd, rglw + 3 * 4).ok_or(WordError::Broken)? as usize;
    let fc_at = rglw + cslw * 4 + 2;
    // fcClx/lcbClx: the 34th pair of FibRgFcLcb97
    let fc_clx = u32_at(&wd, fc_at + 33 * 8).ok_or(WordError::Broken)? as usize;
    let lcb_clx = u32_at(&wd, fc_at + 33 * 8 + 4).ok_or(WordError::Broken)? as usize;
    let clx = table
        .get(fc_clx..fc_clx.saturating_add(lcb_clx))
        .ok_or(WordError::Broken)?;
    // skip the Prcs (0x01, cbGrpprl, grpprl), then the Pcdt (0x02, lcb, PlcPcd)
    let mut i = 0;
    while clx.get(i) == Some(&0x01) {
        let cb = u16_at(clx, i + 1).ok_or(WordError::Broken)? as usize;
        i += 3 + cb;
    }
    if clx.get(i) != Some(&0x02) {
        return Err(WordError::Broken);
    }
    let lcb = u32_at(clx, i + 1).ok_or(WordError::Broken)? as usize;
    let plc = clx.get(i + 5..i + 5 + lcb).ok_or(WordError::Broken)?;
    if lcb < 4 || !(lcb - 4).is_multiple_of(12) {
        return Err(WordError::Broken);
    }
    let n = (lcb - 4) / 12;
    let mut out: Vec<u16> = Vec::new();
    for k in 0..n {
        let cp0 = u32_at(plc, k * 4).ok_or(WordError::Broken)? as usize;
        let cp1 = u32_at(plc, (k + 1) * 4).ok_or(WordError::Broken)? as usize;
        if cp0 >= ccp_text {
            break;
        }
        let cp1 = cp1.min(ccp_text);
        if cp1 <= cp0 {
            continue;
        }
        let pcd = (n + 1) * 4 + k * 8;
        let fc = u32_at(plc, pcd + 2).ok_or(WordError::Broken)?;
        let compressed = fc & 0x4000_0000 != 0;
        let fc = (fc & 0x3FFF_FFFF) as usize;
        let count = cp1 - cp0;
        if compressed {
            let at = fc / 2;
            let bytes = wd.get(at..at + count).ok_or(WordError::Broken)?;
            out.extend(bytes.iter().map(|&b| cp1252(b)));
        } else {
            let bytes = wd.get(fc..fc + count * 2).ok_or(WordError::Broken)?;
            out.extend(
                bytes
                    .chunks_exact(2)
                    .map(|c| u16::from_le_bytes([c[0], c[1]])),
            );
        }
    }
    Ok(out)
}

/// A compressed piece's byte as its character ([MS-DOC] 2.9.73: cp1252 with these exceptions).
fn cp1252(b: u8) -> u16 {
    const HIGH: [u16; 32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ];
    if (0x80..0xA0).contains(&b) {
        HIGH[(b - 0x80) as usize]
    } else {
        b as u16
    }
}

/// The main document's characters as paragraphs: 0x0D (paragraph), 0x07 (cell or row end) and
/// 0x0C (page or section break) end one; 0x0B is a line break; 0x13 field 0x14 result 0x15
/// keeps the result; 0x02 (an automatic footnote mark) is drawn as the note's number; other
/// control characters (pictures 0x01/0x08, comment marks 0x05…) draw nothing.
pub fn blocks(units: &[u16]) -> Vec<Block> {
    let text: String = char::decode_utf16(units.iter().copied())
        .map(|r| r.unwrap_or('\u{FFFD}'))
        .collect();
    let mut out = Vec::new();
    let mut para = String::new();
    // open fields: whether each is past its separator
    let mut fields: Vec<bool> = Vec::new();
    let mut notes = 0u32;
    for c in text.chars() {
        match c {
            '\u{13}' => fields.push(false),
            '\u{14}' => {
                if let Some(f) = fields.last_mut() {
                    *f = true;
                }
            }
            '\u{15}' => {
                fields.pop();
            }
            _ if !fields.iter().all(|&r| r) => {}
            '\r' | '\u{07}' | '\u{0C}' => out.push(Block::Para {
                label: String::new(),
                gap: false,
                text: std::mem::take(&mut para),
                aside: false,
            }),
            '\u{0B}' => para.push('\n'),
            '\t' => para.push('\t'),
            '\u{02}' => {
                notes += 1;
                para.push_str(&notes.to_string());
            }
            '\u{1E}' => para.push('-'),
            c if (c as u32) < 0x20 => {}
            c => para.push(c),
        }
    }
    if !para.is_empty() {
        out.push(Block::Para {
            label: String::new(),
            gap: false,
            text: para,
            aside: false,
        });
    }
    out
}
