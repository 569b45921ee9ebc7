//! The speech text, editable, with placeholders marked behind it (unfilled red, filled green).
//!
//! A transparent-backed textarea over a backdrop that renders the same text with `<mark>`s;
//! both scroll together. The textarea takes every key at once; the backdrop is drawn from the
//! last analysis (its text and marks, a pause behind while typing), and only the marks near
//! what is in view are drawn ([`WINDOW`] bytes either side), the rest of the text plain. Offsets cross the edge here: the engine's byte spans become the
//! browser's UTF-16 selection and back.

mod backdrop;
mod marks;
mod part;
mod preview;
mod textarea;
mod view;

pub use backdrop::{marks_near, WINDOW};
pub use marks::{marks, returned_marks, source_marks, Mark};
pub use preview::{preview_segments, Segment};
pub use textarea::{Editor, EditorProps, Jump, Preview, PreviewProps};
pub use view::{use_editor_view, EditorView, Marked};
