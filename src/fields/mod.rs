//! The fill-in panel: the global facts first, then every field in document order, each with
//! its context, its type and a message when the value does not fit.

mod panel;
mod view;

pub use panel::{FieldsPanel, FieldsPanelProps};
pub use view::{field_views, FieldView};
