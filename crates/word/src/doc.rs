//! A .doc (Word 97–2003 binary) read for its text: the `WordDocument` stream's FIB names the
//! table stream (`0Table`/`1Table`) and the CLX in it, whose piece table maps the main
//! document's characters (CP 0..ccpText) to bytes, 8-bit (cp1252) or UTF-16LE per piece.
//! Paragraph, cell and row marks end paragraphs; a field keeps its result only. A paragraph's
//! properties (PlcBtePapx → PapxFkp) give its list (sprmPIlfo, sprmPIlvl: the label drawn from
//! the PlfLst's levels) and whether it is in a table or ends a row (sprmPFInTable, sprmPFTtp).
//! [MS-DOC] 2.5.1 (Fib), 2.9.38 (Clx), 2.9.177 (Pcd), 2.4.1 (retrieving text), 2.9.150 (LVL),
//! 2.9.131 (LSTF), 2.9.137 (LFO), 2.9.175 (PapxFkp).

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

/// A piece of the piece table: CPs `cp0..cp1` stored from byte `fc`, 8-bit when `compressed`.
#[derive(Debug, Clone, Copy)]
struct Piece {
    cp0: usize,
    cp1: usize,
    fc: usize,
    compressed: bool,
}

/// A .doc opened: its streams and what its FIB points to.
pub struct Doc {
    wd: Vec<u8>,
    table: Vec<u8>,
    /// Where FibRgFcLcb97 starts in the WordDocument stream.
    fc_lcb: usize,
    ccp_text: usize,
    /// The footnotes' document's length (it follows the main document's CPs).
    ccp_ftn: usize,
    pieces: Vec<Piece>,
}

/// A paragraph's properties that the text needs: its list (LFO index, from 1) and level, and
/// whether it is in a table, and a row's end mark.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct ParaProps {
    ilfo: u16,
    ilvl: u8,
    in_table: bool,
    row_end: bool,
}

impl Doc {
    pub fn open<F: Read + std::io::Seek>(cfb: &mut cfb::CompoundFile<F>) -> Result<Doc, WordError> {
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
        let ccp_ftn = u32_at(&wd, rglw + 4 * 4).unwrap_or(0) as usize;
        let fc_lcb = rglw + cslw * 4 + 2;
        let mut doc = Doc {
            wd,
            table,
            fc_lcb,
            ccp_text,
            ccp_ftn,
            pieces: Vec::new(),
        };
        doc.pieces = doc.piece_table()?;
        Ok(doc)
    }

    /// The table stream's bytes of FibRgFcLcb97's pair `i` (fc, lcb), if in range.
    fn pair(&self, i: usize) -> Option<&[u8]> {
        let fc = u32_at(&self.wd, self.fc_lcb + i * 8)? as usize;
        let lcb = u32_at(&self.wd, self.fc_lcb + i * 8 + 4)? as usize;
        self.table.get(fc..fc.checked_add(lcb)?)
    }

    fn piece_table(&self) -> Result<Vec<Piece>, WordError> {
        // fcClx/lcbClx: the 34th pair
        let clx = self.pair(33).ok_or(WordError::Broken)?;
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
        let plc = clx
            .get(i + 5..(i + 5).saturating_add(lcb))
            .ok_or(WordError::Broken)?;
        if lcb < 4 || !(lcb - 4).is_multiple_of(12) {
            return Err(WordError::Broken);
        }
        let n = (lcb - 4) / 12;
        let mut pieces = Vec::with_capacity(n);
        for k in 0..n {
            let cp0 = u32_at(plc, k * 4).ok_or(WordError::Broken)? as usize;
            let cp1 = u32_at(plc, (k + 1) * 4).ok_or(WordError::Broken)? as usize;
            let fc = u32_at(plc, (n + 1) * 4 + k * 8 + 2).ok_or(WordError::Broken)?;
            pieces.push(Piece {
                cp0,
                cp1,
                fc: (fc & 0x3FFF_FFFF) as usize,
                compressed: fc & 0x4000_0000 != 0,
            });
        }
        Ok(pieces)
    }

    /// The characters of the main document (CP 0..ccpText), as UTF-16 code units.
    pub fn main_text(&self) -> Result<Vec<u16>, WordError> {
        self.text(0..self.ccp_text)
    }

    /// The characters of CPs `range` (the main document's, then the footnotes'…).
    fn text(&self, range: std::ops::Range<usize>) -> Result<Vec<u16>, WordError> {
        let mut out: Vec<u16> = Vec::new();
        for p in &self.pieces {
            if p.cp0 >= range.end {
                break;
            }
            let cp0 = p.cp0.max(range.start);
            let cp1 = p.cp1.min(range.end);
            if cp1 <= cp0 {
                continue;
            }
            let count = cp1 - cp0;
            let skip = cp0 - p.cp0;
            if p.compressed {
                let at = p.fc / 2 + skip;
                let bytes = self
                    .wd
                    .get(at..at.saturating_add(count))
                    .ok_or(WordError::Broken)?;
                out.extend(bytes.iter().map(|&b| cp1252(b)));
            } else {
                let at = p.fc + 2 * skip;
                let bytes = self
                    .wd
                    .get(at..at.saturating_add(count * 2))
                    .ok_or(WordError::Broken)?;
                out.extend(
                    bytes
                        .chunks_exact(2)
                        .map(|c| u16::from_le_bytes([c[0], c[1]])),
                );
            }
        }
        Ok(out)
    }

    /// The footnotes: for each, the CP of its mark in the main document and its text (from
    /// PlcffndRef and PlcffndTxt, pairs 3 and 4); none when they cannot be read.
    fn footnotes(&self) -> Vec<(usize, Vec<u16>)> {
        let (Some(refs), Some(txt)) = (self.pair(2), self.pair(3)) else {
            return Vec::new();
        };
        if refs.len() < 4 || self.ccp_ftn == 0 {
            return Vec::new();
        }
        let n = (refs.len() - 4) / 6;
        let mut out = Vec::with_capacity(n.min(10_000));
        for i in 0..n.min(10_000) {
            let (Some(at), Some(t0), Some(t1)) = (
                u32_at(refs, i * 4),
                u32_at(txt, i * 4),
                u32_at(txt, (i + 1) * 4),
            ) else {
                break;
            };
            let (t0, t1) = (t0 as usize, (t1 as usize).min(self.ccp_ftn));
            if t1 <= t0 {
                continue;
            }
            let base = self.ccp_text;
            if let Ok(units) = self.text(base + t0..base + t1) {
                out.push((at as usize, units));
            }
        }
        out
    }

    /// The byte in WordDocument of character `cp`.
    fn fc_of(&self, cp: usize) -> Option<usize> {
        let p = self.pieces.iter().find(|p| p.cp0 <= cp && cp < p.cp1)?;
        Some(if p.compressed {
            p.fc / 2 + (cp - p.cp0)
        } else {
            p.fc + 2 * (cp - p.cp0)
        })
    }

    /// The properties of the paragraph whose mark is character `cp` (PlcBtePapx → PapxFkp →
    /// PapxInFkp's sprms); defaults when they cannot be found.
    fn para_props(&self, cp: usize) -> ParaProps {
        self.try_para_props(cp).unwrap_or_default()
    }

    fn try_para_props(&self, cp: usize) -> Option<ParaProps> {
        let fc = self.fc_of(cp)?;
        // fcPlcfBtePapx: the 14th pair
        let plc = self.pair(13)?;
        if plc.len() < 4 {
            return None;
        }
        let n = (plc.len() - 4) / 8;
        let k = (0..n).find(|&k| {
            let (a, b) = (u32_at(plc, k * 4), u32_at(plc, (k + 1) * 4));
            matches!((a, b), (Some(a), Some(b)) if a as usize <= fc && fc < b as usize)
        })?;
        let pn = (u32_at(plc, (n + 1) * 4 + k * 4)? & 0x003F_FFFF) as usize;
        let fkp = self.wd.get(pn * 512..pn * 512 + 512)?;
        let crun = fkp[511] as usize;
        let j = (0..crun).find(|&j| {
            let (a, b) = (u32_at(fkp, j * 4), u32_at(fkp, (j + 1) * 4));
            matches!((a, b), (Some(a), Some(b)) if a as usize <= fc && fc < b as usize)
        })?;
        let b_offset = *fkp.get(4 * (crun + 1) + 13 * j)? as usize * 2;
        if b_offset == 0 {
            return Some(ParaProps::default());
        }
        let cb = *fkp.get(b_offset)? as usize;
        let (at, len) = if cb != 0 {
            (b_offset + 1, 2 * cb - 1)
        } else {
            (b_offset + 2, 2 * *fkp.get(b_offset + 1)? as usize)
        };
        let grpprl = fkp.get(at + 2..at + len)?; // after the istd
        Some(read_sprms(grpprl))
    }

    /// The list levels of each LFO (from 1): its list's levels (PlfLst, PlfLfo).
    fn lists(&self) -> Vec<Vec<Level>> {
        self.try_lists().unwrap_or_default()
    }

    fn try_lists(&self) -> Option<Vec<Vec<Level>>> {
        // fcPlfLst and fcPlfLfo: pairs 74 and 75; the LVLs follow the PlfLst, outside its lcb
        let fc_lst = u32_at(&self.wd, self.fc_lcb + 73 * 8)? as usize;
        let lst = self.table.get(fc_lst..)?;
        let c = u16_at(lst, 0)? as usize;
        let mut lists: Vec<(i32, Vec<Level>)> = Vec::with_capacity(c);
        let mut at = 2 + c * 28;
        for i in 0..c {
            let lstf = lst.get(2 + i * 28..2 + i * 28 + 28)?;
            let lsid = i32::from_le_bytes(lstf[0..4].try_into().ok()?);
            let simple = lstf[26] & 1 != 0;
            let mut levels = Vec::new();
            for _ in 0..if simple { 1 } else { 9 } {
                let (level, next) = read_lvl(lst, at)?;
                levels.push(level);
                at = next;
            }
            lists.push((lsid, levels));
        }
        let lfo = self.pair(74)?;
        let n = u32_at(lfo, 0)? as usize;
        let mut out = Vec::with_capacity(n.min(4096));
        for i in 0..n.min(4096) {
            let lsid = i32::from_le_bytes(lfo.get(4 + i * 16..8 + i * 16)?.try_into().ok()?);
            out.push(
                lists
                    .iter()
                    .find(|(id, _)| *id == lsid)
                    .map(|(_, l)| l.clone())
                    .unwrap_or_default(),
            );
        }
        Some(out)
    }
}

/// A list level of a .doc: start, number format (Nfc), and its text with the levels' numbers
/// as the characters 0..8.
#[derive(Debug, Clone)]
struct Level {
    start: u32,
    nfc: u8,
    text: Vec<u16>,
    /// Its numbers as decimals (fLegal).
    legal: bool,
}

/// The LVL at `at` in the PlfLst: (level, where the next begins).
fn read_lvl(b: &[u8], at: usize) -> Option<(Level, usize)> {
    let lvlf = b.get(at..at + 28)?;
    let start = i32::from_le_bytes(lvlf[0..4].try_into().ok()?).max(0) as u32;
    let nfc = lvlf[4];
    let legal = lvlf[5] & 0x04 != 0;
    let cb_chpx = lvlf[24] as usize;
    let cb_papx = lvlf[25] as usize;
    let xst = at + 28 + cb_papx + cb_chpx;
    let cch = u16_at(b, xst)? as usize;
    let text = b
        .get(xst + 2..xst + 2 + cch * 2)?
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    Some((
        Level {
            start,
            nfc,
            text,
            legal,
        },
        xst + 2 + cch * 2,
    ))
}

/// ST_NumberFormat's name of an Nfc ([MS-DOC] 2.9.175: the same order).
fn nfc_name(nfc: u8) -> &'static str {
    const NAMES: [&str; 41] = [
        "decimal",
        "upperRoman",
        "lowerRoman",
        "upperLetter",
        "lowerLetter",
        "ordinal",
        "cardinalText",
        "ordinalText",
        "hex",
        "chicago",
        "ideographDigital",
        "japaneseCounting",
        "aiueo",
        "iroha",
        "decimalFullWidth",
        "decimalHalfWidth",
        "japaneseLegal",
        "japaneseDigitalTenThousand",
        "decimalEnclosedCircle",
        "decimalFullWidth2",
        "aiueoFullWidth",
        "irohaFullWidth",
        "decimalZero",
        "bullet",
        "ganada",
        "chosung",
        "decimalEnclosedFullstop",
        "decimalEnclosedParen",
        "decimalEnclosedCircleChinese",
        "ideographEnclosedCircle",
        "ideographTraditional",
        "ideographZodiac",
        "ideographZodiacTraditional",
        "taiwaneseCounting",
        "ideographLegalTraditional",
        "taiwaneseCountingThousand",
        "taiwaneseDigital",
        "chineseCounting",
        "chineseLegalSimplified",
        "chineseCountingThousand",
        "koreanDigital",
    ];
    match nfc {
        0xFF => "none",
        n => NAMES.get(n as usize).copied().unwrap_or("decimal"),
    }
}

/// The sprms of a paragraph that the text needs.
fn read_sprms(g: &[u8]) -> ParaProps {
    let mut p = ParaProps::default();
    let mut i = 0;
    while i + 2 <= g.len() {
        let op = u16::from_le_bytes([g[i], g[i + 1]]);
        i += 2;
        let len = match op >> 13 {
            0 | 1 => 1,
            2 | 4 | 5 => 2,
            3 => 4,
            7 => 3,
            _ => {
                // variable: a size byte (sprmTDefTable and sprmPChgTabs: their own)
                if op == 0xD608 {
                    match u16_at(g, i) {
                        Some(cb) => cb as usize + 1,
                        None => break,
                    }
                } else {
                    match g.get(i) {
                        Some(&cb) => cb as usize + 1,
                        None => break,
                    }
                }
            }
        };
        let arg = g.get(i..i + len).unwrap_or_default();
        match op {
            0x260A => p.ilvl = arg.first().copied().unwrap_or(0).min(8),
            0x460B => p.ilfo = u16_at(arg, 0).unwrap_or(0),
            0x2416 => p.in_table = arg.first().is_some_and(|&b| b != 0),
            0x2417 | 0x244C => p.row_end |= arg.first().is_some_and(|&b| b != 0),
            0x6649 => p.in_table |= u32_at(arg, 0).is_some_and(|d| d > 0),
            _ => {}
        }
        i += len;
    }
    p
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

/// The main document's characters as blocks: 0x0D (paragraph) and 0x0C (page or section
/// break) end a paragraph, 0x07 a table cell (or a row: the paragraph's properties say which),
/// a numbered paragraph gets its list label; 0x0B is a line break; 0x13 field 0x14 result 0x15
/// keeps the result; 0x02 (an automatic footnote mark) is drawn as the note's number; other
/// control characters (pictures 0x01/0x08, comment marks 0x05…) draw nothing.
pub fn blocks(doc: &Doc) -> Result<Vec<Block>, WordError> {
    let units = doc.main_text()?;
    let lists = doc.lists();
    // the footnotes by the CP of their mark, drawn after the paragraph (or table) of the mark
    let footnotes: std::collections::HashMap<usize, Vec<u16>> =
        doc.footnotes().into_iter().collect();
    let mut asides: Vec<Block> = Vec::new();
    let mut counters: std::collections::HashMap<u16, [Option<u32>; 9]> = Default::default();
    let mut out = Vec::new();
    let mut para: Vec<u16> = Vec::new();
    // the table being read: its rows, the row being read, the cell being read
    let mut rows: Vec<Vec<Vec<String>>> = Vec::new();
    let mut row: Vec<Vec<String>> = Vec::new();
    let mut cell: Vec<String> = Vec::new();
    let mut fields = Fields::default();
    let mut notes = 0u32;
    for (cp, &u) in units.iter().enumerate() {
        match u {
            _ if fields.mark(u) => {}
            0x0D | 0x07 | 0x0C => {
                let text = String::from_utf16_lossy(&para);
                para.clear();
                let props = doc.para_props(cp);
                let (label, gap) = label(&lists, &mut counters, props);
                let p = Block::Para {
                    label,
                    gap,
                    text,
                    aside: false,
                    marks: Vec::new(),
                    comments: Vec::new(),
                };
                if u == 0x07 && props.row_end {
                    rows.push(std::mem::take(&mut row));
                } else if u == 0x07 {
                    cell.push(crate::with_label_of(&p));
                    row.push(std::mem::take(&mut cell));
                } else if props.in_table {
                    cell.push(crate::with_label_of(&p));
                } else {
                    if !rows.is_empty() || !row.is_empty() || !cell.is_empty() {
                        if !cell.is_empty() {
                            row.push(std::mem::take(&mut cell));
                        }
                        if !row.is_empty() {
                            rows.push(std::mem::take(&mut row));
                        }
                        out.push(Block::Table(std::mem::take(&mut rows)));
                    }
                    out.push(p);
                    out.append(&mut asides);
                }
            }
            _ if !fields.shown() => {}
            0x0B => para.push(u16::from(b'\n')),
            0x09 => para.push(0x09),
            0x02 => {
                notes += 1;
                para.extend(notes.to_string().encode_utf16());
                if let Some(note) = footnotes.get(&cp) {
                    asides.extend(note_blocks(note, notes));
                }
            }
            0x1E => para.push(u16::from(b'-')),
            u if u < 0x20 => {}
            u => para.push(u),
        }
    }
    if !cell.is_empty() {
        row.push(cell);
    }
    if !row.is_empty() {
        rows.push(row);
    }
    if !rows.is_empty() {
        out.push(Block::Table(rows));
    }
    out.append(&mut asides);
    if !para.is_empty() {
        out.push(Block::Para {
            label: String::new(),
            gap: false,
            text: String::from_utf16_lossy(&para),
            aside: false,
            marks: Vec::new(),
            comments: Vec::new(),
        });
    }
    Ok(out)
}

/// The fields open at a character (0x13 begins one, 0x14 separates its code from its result,
/// 0x15 ends it): whether each is past its separator. Only results are text.
#[derive(Default)]
struct Fields(Vec<bool>);

impl Fields {
    /// Whether `u` is a field mark (taken here).
    fn mark(&mut self, u: u16) -> bool {
        match u {
            0x13 => self.0.push(false),
            0x14 => {
                if let Some(f) = self.0.last_mut() {
                    *f = true;
                }
            }
            0x15 => {
                self.0.pop();
            }
            _ => return false,
        }
        true
    }

    /// Whether a character here is shown: in no field's code.
    fn shown(&self) -> bool {
        self.0.iter().all(|&r| r)
    }
}

/// A footnote's paragraphs as asides: its own mark (0x02) drawn as `number`, fields' results.
fn note_blocks(units: &[u16], number: u32) -> Vec<Block> {
    let mut out = Vec::new();
    let mut para: Vec<u16> = Vec::new();
    let mut fields = Fields::default();
    let mut push = |para: &mut Vec<u16>| {
        out.push(Block::Para {
            label: String::new(),
            gap: false,
            text: String::from_utf16_lossy(para),
            aside: true,
            marks: Vec::new(),
            comments: Vec::new(),
        });
        para.clear();
    };
    for &u in units {
        match u {
            _ if fields.mark(u) => {}
            _ if !fields.shown() => {}
            0x0D | 0x07 | 0x0C => push(&mut para),
            0x0B => para.push(u16::from(b'\n')),
            0x09 => para.push(0x09),
            0x02 => para.extend(number.to_string().encode_utf16()),
            u if u < 0x20 => {}
            u => para.push(u),
        }
    }
    if !para.is_empty() {
        push(&mut para);
    }
    out
}

/// The list label of a paragraph with `props` (the counters step), and whether a gap follows.
fn label(
    lists: &[Vec<Level>],
    counters: &mut std::collections::HashMap<u16, [Option<u32>; 9]>,
    props: ParaProps,
) -> (String, bool) {
    // 0: no list; 0xF801 (-2047): numbering removed
    if props.ilfo == 0 || props.ilfo >= 0xF000 {
        return (String::new(), false);
    }
    let Some(levels) = lists.get(props.ilfo as usize - 1) else {
        return (String::new(), false);
    };
    let l = (props.ilvl as usize).min(levels.len().saturating_sub(1));
    let Some(level) = levels.get(l) else {
        return (String::new(), false);
    };
    let c = counters.entry(props.ilfo).or_insert([None; 9]);
    c[l] = Some(match c[l] {
        Some(n) => n.saturating_add(1),
        None => level.start,
    });
    for x in c.iter_mut().skip(l + 1) {
        *x = None;
    }
    if level.nfc == 23 {
        // a bullet: its character (a symbol font's as the common bullet)
        let t = String::from_utf16_lossy(&level.text);
        return (crate::numbering::bullet(&t), true);
    }
    let mut s = String::new();
    for &u in &level.text {
        if u < 9 {
            let i = u as usize;
            let n = c[i].unwrap_or_else(|| levels.get(i).map_or(1, |x| x.start));
            let nfc = if level.legal {
                0
            } else {
                levels.get(i).map_or(0, |x| x.nfc)
            };
            s.push_str(&crate::numbering::format_number(n, nfc_name(nfc)));
        } else if let Some(ch) = char::from_u32(u as u32) {
            s.push(ch);
        }
    }
    (s, true)
}
