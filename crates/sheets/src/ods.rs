//! The extent of an .ods workbook's values, read before calamine reads it: an OpenDocument
//! sheet says "this row, 500,000 times" and "this cell, 16,384 times" in a few bytes, and
//! calamine expands both into a block of cells (up to 100 million, gigabytes). The content is
//! streamed once, keeping only counters.

use quick_xml::events::{BytesStart, Event};
use std::io::Read;

/// The most bytes of `content.xml` read: far more than any ledger's sheet.
const MAX_CONTENT_BYTES: u64 = 256 * 1024 * 1024;

/// The rows and columns of the block a sheet's values span, the largest over the sheets
/// (`None` when no sheet has a value, or the file is not a zip with a `content.xml`); an error
/// when the content cannot be measured: not XML, too long, or ended inside a table (calamine
/// 0.38 reads such a table forever).
pub fn extent(bytes: &[u8]) -> Result<Option<(u64, u64)>, String> {
    let Ok(mut zip) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return Ok(None);
    };
    let Ok(content) = zip.by_name("content.xml") else {
        return Ok(None);
    };
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(
        content.take(MAX_CONTENT_BYTES + 1),
    ));
    let mut buf = Vec::new();
    let (mut row, mut col) = (0u64, 0u64);
    let mut row_repeats = 1u64;
    let mut row_has_value = false;
    // the sheet's block: the last row and the last column with a value (1-based), and the most
    let (mut last_row, mut last_col) = (0u64, 0u64);
    let mut most: Option<(u64, u64)> = None;
    // tables open (a table holds no table, but a broken file may say so)
    let mut open = 0usize;
    let repeats = |e: &BytesStart, attr: &str| -> u64 {
        e.try_get_attribute(attr)
            .ok()
            .flatten()
            .and_then(|a| a.value.trim().parse::<u64>().ok())
            .unwrap_or(1)
            .max(1)
    };
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| e.to_string())?;
        let (start, empty) = match &event {
            Event::Start(e) => (Some(e), false),
            Event::Empty(e) => (Some(e), true),
            _ => (None, false),
        };
        if let Some(e) = start {
            match e.name().as_ref() {
                "table:table" => {
                    (row, last_row, last_col) = (0, 0, 0);
                    open += usize::from(!empty);
                }
                "table:table-row" => {
                    row_repeats = repeats(e, "table:number-rows-repeated");
                    (col, row_has_value) = (0, false);
                    if empty {
                        row = row.saturating_add(row_repeats);
                    }
                }
                "table:table-cell" | "table:covered-table-cell" => {
                    let n = repeats(e, "table:number-columns-repeated");
                    // a cell with a value names its type, or holds a paragraph
                    let valued = !empty
                        || e.try_get_attribute("office:value-type")
                            .ok()
                            .flatten()
                            .is_some();
                    col = col.saturating_add(n);
                    if valued {
                        last_col = last_col.max(col);
                        row_has_value = true;
                    }
                }
                _ => {}
            }
        }
        match &event {
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                row = row.saturating_add(row_repeats);
                if row_has_value {
                    last_row = row;
                }
            }
            Event::End(e) if e.name().as_ref() == "table:table" => {
                open = open.saturating_sub(1);
                if last_row > 0 {
                    let (r, c) = most.unwrap_or((0, 0));
                    most = Some((r.max(last_row), c.max(last_col)));
                }
            }
            Event::Eof if open > 0 => return Err("表格内容不完整".into()),
            Event::Eof => break,
            _ => {}
        }
        if reader.buffer_position() > MAX_CONTENT_BYTES {
            return Err("内容过大".into());
        }
        buf.clear();
    }
    Ok(most)
}
