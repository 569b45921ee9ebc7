//! What a spreadsheet can ask of the reader: only the cells present are read, a sheet past what a
//! ledger can be is refused with a message, and a broken file is a message, never an abort.

use jianggao_engine::docx::zip::store;
use jianggao_sheets::{grid, MAX_COLUMNS, MAX_ROWS};

/// A workbook of one sheet whose `<sheetData>` is `cells` (inline strings and numbers), in
/// the few parts calamine needs, stored in a zip written here.
fn xlsx(cells: &[(&str, &str)]) -> Vec<u8> {
    let mut rows = String::new();
    for (at, v) in cells {
        let row: String = at.chars().filter(char::is_ascii_digit).collect();
        let cell = if v.parse::<f64>().is_ok() {
            format!(r#"<c r="{at}"><v>{v}</v></c>"#)
        } else {
            format!(r#"<c r="{at}" t="inlineStr"><is><t>{v}</t></is></c>"#)
        };
        rows += &format!(r#"<row r="{row}">{cell}</row>"#);
    }
    let sheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>"#
    );
    let types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#;
    let rels = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    let workbook = r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
    let wb_rels = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#;
    store(&[
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        ("xl/workbook.xml", workbook.as_bytes()),
        ("xl/_rels/workbook.xml.rels", wb_rels.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
    ])
}

/// A small ledger in our own words: a header and two projects, with the sheet's row numbers.
fn ledger_cells() -> Vec<(&'static str, &'static str)> {
    vec![
        ("B2", "项目名称"),
        ("C2", "总投资"),
        ("D2", "建设性质"),
        ("B3", "河湾路改造"),
        ("C3", "1.5"),
        ("D3", "新建"),
        ("B4", "北岭水厂"),
        ("C4", "2.25"),
        ("D4", "续建"),
    ]
}

#[test]
fn a_small_sheet_keeps_its_row_and_column_numbers() {
    let rows = grid(&xlsx(&ledger_cells()), "台账.xlsx").unwrap();
    assert_eq!(rows.len(), 4);
    assert!(rows[0].is_empty());
    assert_eq!(rows[1], ["", "项目名称", "总投资", "建设性质"]);
    assert_eq!(rows[3], ["", "北岭水厂", "2.25", "续建"]);
}

/// Two cells at the corners of the largest sheet Excel allows: calamine's ranges allocate the
/// whole block between them (half a terabyte); read cell by cell it is a message, at once.
#[test]
fn cells_at_the_far_corner_are_a_message_not_an_allocation() {
    let file = xlsx(&[("A1", "项目名称"), ("XFD1048576", "1")]);
    assert!(file.len() < 4096, "{}", file.len());
    let t = std::time::Instant::now();
    let err = grid(&file, "台账.xlsx").unwrap_err();
    assert!(err.contains("太大") && err.contains("100000 行"), "{err}");
    assert!(t.elapsed().as_secs_f64() < 1.0);
    // one past the rows a ledger may have, and one past its columns
    let row = format!("A{}", MAX_ROWS + 1);
    assert!(grid(&xlsx(&[("A1", "x"), (&row, "1")]), "a.xlsx").is_err());
    assert!(grid(&xlsx(&[("A1", "x"), ("GS1", "1")]), "a.xlsx").is_err()); // column 201
    assert_eq!(MAX_COLUMNS, 200);
    // the last row and column a ledger may use are read
    let last = format!("GR{MAX_ROWS}");
    let rows = grid(&xlsx(&[("A1", "x"), (&last, "1")]), "a.xlsx").unwrap();
    assert_eq!(rows.len(), MAX_ROWS as usize);
    assert_eq!(rows[MAX_ROWS as usize - 1].len(), MAX_COLUMNS as usize);
}

/// A formatted column reaches row 1,048,576 with cells that hold nothing: they cost nothing.
#[test]
fn empty_cells_far_down_are_passed_over() {
    let mut cells = ledger_cells();
    cells.push(("XFD1048576", ""));
    let file = xlsx(&cells);
    let rows = grid(&file, "台账.xlsx").unwrap();
    assert_eq!(rows.len(), 4);
}

/// Every prefix of a good workbook, and the workbook with bytes changed all along it, reads as
/// rows or a message (this runs in the test profile, where a panic would fail the test).
#[test]
fn broken_workbooks_are_messages() {
    let good = xlsx(&ledger_cells());
    for cut in (0..good.len()).step_by(7) {
        let _ = grid(&good[..cut], "a.xlsx");
    }
    for at in (0..good.len()).step_by(5) {
        for b in [0u8, 0xff, b'<', b'9'] {
            let mut bad = good.clone();
            bad[at] = b;
            let _ = grid(&bad, "a.xlsx");
            let _ = grid(&bad, "a.ods");
            let _ = grid(&bad, "a.xls");
        }
    }
    assert!(grid(b"PK\x03\x04", "a.xlsx").is_err());
    // the header of a compound file (.xls) and nothing else
    let mut cfb = vec![0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    cfb.resize(512, 0);
    assert!(grid(&cfb, "a.xls").is_err());
}

/// The in-process fuzzer of the spreadsheet reader: workbooks of every format we have (the
/// ledger fixtures and the sheets built here, stored so that their XML lies open) with a few
/// bytes changed, put in, taken out or repeated at random, 300 times `JIANGGAO_FUZZ` (a long
/// run: `scripts/fuzz.sh 30 bounds`, with a fresh seed; the default run's seed is fixed). A
/// panic fails the test and prints the seed to replay (`JIANGGAO_SEED`).
#[test]
fn mutated_workbooks_are_rows_or_messages() {
    let k: u64 = std::env::var("JIANGGAO_FUZZ")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    // (the default run, CI's, walks the same workbooks every time: a failure there is the
    // change's; a long run, `JIANGGAO_FUZZ`, draws a fresh seed)
    let seed: u64 = std::env::var("JIANGGAO_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| {
            if std::env::var("JIANGGAO_FUZZ").is_err() {
                return 0x6a69_616e_6767_616f;
            }
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
        })
        | 1;
    let fixtures =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine/tests/fixtures/ledger");
    let mut seeds: Vec<(Vec<u8>, &str)> = vec![
        (xlsx(&ledger_cells()), "a.xlsx"),
        (ods(&ods_row(&["项目名称", "总投资"]).repeat(3)), "a.ods"),
    ];
    for (name, ext) in [("qingshan-12.xlsx", "a.xlsx"), ("qingshan-12.ods", "a.ods")] {
        if let Ok(b) = std::fs::read(fixtures.join(name)) {
            seeds.push((b, ext));
        }
    }
    let mut x = seed;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    for round in 0..300 * k {
        let (base, name) = &seeds[(next() % seeds.len() as u64) as usize];
        let mut bad = base.clone();
        for _ in 0..1 + next() % 4 {
            let at = (next() % (bad.len() as u64 + 1)) as usize;
            let byte = b"<>/\"=0-9 Aa\xff\x00"[(next() % 13) as usize];
            match next() % 4 {
                0 if at < bad.len() => bad[at] = byte,
                1 => bad.insert(at, byte),
                2 if at < bad.len() => {
                    bad.remove(at);
                }
                _ => {
                    let len = (next() % 64) as usize;
                    let piece: Vec<u8> = bad[at..(at + len).min(bad.len())].to_vec();
                    for _ in 0..next() % 50 {
                        bad.splice(at..at, piece.iter().copied());
                    }
                }
            }
        }
        let result = std::panic::catch_unwind(|| grid(&bad, name));
        assert!(result.is_ok(), "seed {seed}, round {round}: a panic");
    }
}

/// An OpenDocument workbook of one sheet whose rows are `rows` (the XML of `<table:table-row>`s).
fn ods(rows: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="台账">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    ods_file(&content)
}

/// An OpenDocument workbook whose `content.xml` is `content`.
fn ods_file(content: &str) -> Vec<u8> {
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    store(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        ),
        ("content.xml", content.as_bytes()),
        ("META-INF/manifest.xml", manifest.as_bytes()),
    ])
}

fn ods_row(cells: &[&str]) -> String {
    let cells: String = cells
        .iter()
        .map(|v| {
            format!(r#"<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>"#)
        })
        .collect();
    format!("<table:table-row>{cells}</table:table-row>")
}

/// A row of values said 400,000 times, each cell 200 times: calamine would expand it into 80
/// million cells (gigabytes; its own limit is 100 million). Measured first, it is a message, at once; the same sheet said
/// a few times reads; the blank rows a sheet is padded with cost nothing.
#[test]
fn repeated_rows_and_cells_of_an_ods_are_measured_first() {
    let header = ods_row(&["项目名称", "总投资", "建设性质"]);
    let good = format!(
        "{header}{}{}<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>",
        ods_row(&["河湾路改造", "1.5", "新建"]),
        ods_row(&["北岭水厂", "2.25", "续建"]),
    );
    let rows = grid(&ods(&good), "台账.ods").unwrap();
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(rows[2], ["北岭水厂", "2.25", "续建"]);
    let bomb = format!(
        r#"{header}<table:table-row table:number-rows-repeated="400000"><table:table-cell table:number-columns-repeated="200" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>"#
    );
    let file = ods(&bomb);
    assert!(file.len() < 4096);
    let t = std::time::Instant::now();
    let err = grid(&file, "台账.ods").unwrap_err();
    assert!(err.contains("太大"), "{err}");
    assert!(t.elapsed().as_secs_f64() < 1.0);
    // a cell far to the right, and a value far down
    let wide = format!(
        r#"{header}<table:table-row><table:table-cell table:number-columns-repeated="16000"/><table:table-cell office:value-type="float" office:value="1"/></table:table-row>"#
    );
    assert!(grid(&ods(&wide), "a.ods").unwrap_err().contains("太大"));
    let deep = format!(
        r#"{header}<table:table-row table:number-rows-repeated="200000"><table:table-cell/></table:table-row>{}"#,
        ods_row(&["末行"])
    );
    assert!(grid(&ods(&deep), "a.ods").unwrap_err().contains("太大"));
}

/// An .ods whose table is never closed (the CLI fuzzer's: an element with no name, then the
/// document's end): calamine 0.38 reads it for ever; the measure finds the XML broken first,
/// and it is a message.
#[test]
fn an_ods_table_never_closed_is_a_message() {
    let head = r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="台账">"#;
    for tail in [
        "<table:></office:document-content>",
        "<table:table-row><table:></office:document-content>",
        "<table:table-row>",
        "",
    ] {
        let content = format!("{head}{tail}");
        let file = ods_file(&content);
        let t = std::time::Instant::now();
        let err = grid(&file, "台账.ods").unwrap_err();
        assert!(err.contains("无法读取"), "{err}");
        assert!(t.elapsed().as_secs_f64() < 1.0);
    }
}
