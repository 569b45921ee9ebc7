//! The page around the features: the header, what the engine derives from the draft
//! ([`analysis`]), saving and restoring, the status line, the keys. It composes the features;
//! no feature imports it.

pub mod analysis;
pub mod autosave;
pub mod header;
pub mod keyboard;
pub mod menu;
pub mod page;
pub mod persist;
pub mod restore;
mod review;
mod sharing;
pub mod status;
pub mod target;

pub use analysis::{use_analysis, Snapshot, UseAnalysis};
pub use autosave::{use_autosave, Saving};
pub use header::{Header, TalkTime};
pub use keyboard::use_keyboard;
pub use persist::use_persist;
pub use restore::{use_restore, Initial};
pub use status::use_status;
