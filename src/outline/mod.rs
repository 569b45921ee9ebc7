//! The outline: title, 称谓, 开场, numbered sections, 结尾. Clicking an item shows it in the
//! editor; sections can be added, deleted and moved, and numbering renumbers itself.

mod panel;
mod view;

pub use panel::{OutlinePanel, OutlinePanelProps};
pub use view::{outline_views, OutlineView};
