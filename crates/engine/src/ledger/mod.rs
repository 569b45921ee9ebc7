//! The project ledger (台账): one row per project, kept by every 项目办 as a spreadsheet, and
//! the facts a 推进会 speech takes from it.
//!
//! A ledger arrives as a grid of cells — a sheet read by the CLI with calamine, a `.csv`, or
//! cells pasted from Excel or WPS ([`delimited`]) — with merged title rows above the header, a
//! header on one or two rows, 合计 / 小计 / 其中 rows, category headings, notes, amounts in 万元
//! or 亿元 (named in a header, in the title block, a note or the cell itself); a summary
//! ledger's rows are groups of projects with their count. [`read`] finds the header block
//! ([`header`]), gives the columns their roles by header and content ([`roles`]), classes each
//! row by its own cells and checks the sheet's own totals against the rows ([`totals`]);
//! [`facts::Facts`] adds them up in the writer's unit, for the whole and per group;
//! [`figures`] finds the figures a draft writes and which fact (of the whole or of a group the
//! sentence names) each one states, for the `ledger-mismatch` check and for filling fields.

pub mod cells;
pub mod claims;
pub mod delimited;
pub mod facts;
pub mod figures;
mod header;
mod labels;
pub mod reading;
mod roles;
mod rows;
mod table;
mod totals;

pub use header::Column;
pub use labels::clean_label;
pub use rows::{Project, RowClass, RowRead};
pub use table::{read, read_corrected, read_with, Ledger, LedgerError};
