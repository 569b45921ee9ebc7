//! The project ledger (台账): one row per project, kept by every 项目办 as a spreadsheet, and
//! the facts a 推进会 speech takes from it.
//!
//! A ledger arrives as a grid of cells — a sheet read by the CLI with calamine, a `.csv`, or
//! cells pasted from Excel or WPS ([`delimited`]) — with merged title rows above the header, a
//! 合计 row at the bottom, blank rows between, amounts in 万元 or 亿元 (named in a header, in a
//! title row, or in the cell itself). [`read`] finds the header, recognises the columns by
//! their headers and keeps the project rows; [`facts::Facts`] adds them up in the writer's unit;
//! [`figures`] finds the figures a draft writes and which fact each one states, for the
//! `ledger-mismatch` check and for filling fields.

pub mod cells;
pub mod delimited;
pub mod facts;
pub mod figures;
pub mod reading;
mod table;

pub use table::{read, read_with, Column, Ledger, LedgerError, Project};
