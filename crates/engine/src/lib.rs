//! 讲稿工坊 engine: the speech model, the placeholder scanner, typed fields, checks and export.
//!
//! Pure Rust with no web dependency: it builds natively and for `wasm32-unknown-unknown`, and
//! no function panics on any input. The pipeline is
//! text → [`parse::Document`] → [`scan::Scan`] → [`fields::Field`]s → [`finding::Finding`]s →
//! [`export`]. [`Analysis`] computes the derived parts of a draft once per text.
//!
//! This file only declares the modules and re-exports; no module imports from it (the house
//! test in `tests/house.rs` holds that and the absence of import loops).

pub mod analysis;
pub mod baseline;
pub mod charsets;
pub mod check;
pub mod clean;
pub mod decimal;
pub mod detect;
pub mod docx;
pub mod export;
pub mod fields;
pub mod finding;
pub mod history;
pub mod import;
pub mod ledger;
pub mod lexicon;
pub mod lines;
pub mod order;
pub mod outline_ops;
pub mod parse;
pub mod places;
pub mod returned;
pub mod revisions;
pub mod scan;
pub mod session;
pub mod slots;
pub mod steps;
pub mod tables;
pub mod templates;
pub mod text;
pub mod timing;
pub mod title;
pub mod workfile;

pub use analysis::Analysis;
pub use check::check;
pub use fields::{Fact, Field, Values};
pub use finding::{CheckOptions, Finding, RuleId, Severity, RULES};
pub use parse::{Document, OutlineItem};
pub use scan::{FieldKind, Placeholder, Scan};
pub use timing::{length, Length, DEFAULT_RATE, RATE_RANGE};
