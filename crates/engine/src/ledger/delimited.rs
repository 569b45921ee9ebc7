//! Delimited text as spreadsheets write it: cells copied from Excel or WPS (tab-separated, as
//! the clipboard gives them) and `.csv` files. Quoted cells may hold the delimiter, line breaks
//! and doubled quotes (RFC 4180). Hand-written: thirty lines keep the csv crate's tables out of
//! the browser's first load, and a pasted ledger needs nothing more.

/// The rows of `text`, split at `delimiter`; a trailing empty line is dropped.
pub fn rows(text: &str, delimiter: char) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut at_start = true; // at the start of a cell
    let mut chars = text.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    cell.push('"');
                } else {
                    quoted = false;
                }
            } else {
                cell.push(c);
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                row.push(std::mem::take(&mut cell));
                out.push(std::mem::take(&mut row));
                at_start = true;
            }
            c if c == delimiter => {
                row.push(std::mem::take(&mut cell));
                at_start = true;
            }
            c => {
                cell.push(c);
                at_start = false;
            }
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        out.push(row);
    }
    out
}

/// The delimiter of a delimited text: a tab when any line has one (the clipboard), else the
/// comma or semicolon the first lines use most.
pub fn delimiter(text: &str) -> char {
    let head: String = text.lines().take(20).collect::<Vec<_>>().join("\n");
    if head.contains('\t') {
        return '\t';
    }
    [',', ';', '，']
        .into_iter()
        .max_by_key(|d| head.matches(*d).count())
        .unwrap_or(',')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_cells_hold_breaks_and_quotes() {
        let r = rows("a\t\"b\nc\"\t\"x\"\"y\"\r\n1\t2\t3\n", '\t');
        assert_eq!(r, vec![vec!["a", "b\nc", "x\"y"], vec!["1", "2", "3"]]);
        assert_eq!(delimiter("a,b;c\n1,2,3"), ',');
        assert_eq!(delimiter("a\tb"), '\t');
    }
}
