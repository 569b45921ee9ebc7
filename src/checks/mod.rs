//! The checks list: every finding, clickable to its place in the text.

mod panel;
mod view;

pub use panel::{ChecksPanel, ChecksPanelProps};
pub use view::{by_severity, finding_views, is_leftover, leftover_count, FindingView};
