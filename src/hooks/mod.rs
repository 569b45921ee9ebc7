//! The app's hooks, one concern each; side effects run in `use_effect_with` of their own.

pub mod analysis;
pub mod autosave;
pub mod editor_view;
pub mod export;
pub mod history;
pub mod import;
pub mod keyboard;
pub mod ledger;
pub mod persist;
pub mod restore;
pub mod status;

pub use analysis::{use_analysis, Snapshot, UseAnalysis};
pub use autosave::{use_autosave, Saving};
pub use editor_view::{use_editor_view, EditorView};
pub use export::{use_export, UseExport};
pub use history::{use_history, UseHistory};
pub use import::{use_import, UseImport};
pub use keyboard::use_keyboard;
pub use ledger::{use_ledger, UseLedger};
pub use persist::use_persist;
pub use restore::{use_restore, Initial};
pub use status::use_status;
