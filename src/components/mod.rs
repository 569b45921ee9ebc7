//! One component per file; leaf components get data and callbacks, never the reducer.

pub mod backdrop;
pub mod checks;
pub mod editor;
pub mod export_dialog;
pub mod fields;
pub mod header;
pub mod history;
pub mod import_report;
pub mod ledger;
pub mod outline;
pub mod preview;
pub mod print_copy;
pub mod start;
pub mod window;
