//! The paragraphs of the finished speech with their roles and faces, shared by the Word
//! export and the app's print view; the presets.

use crate::parse::{parse, BlockKind, NumStyle};
use crate::text::is_sentence_end;

/// The layout of the Word file; (de)serialised as its [`Preset::id`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Preset {
    /// GB/T 9704-2012 公文 layout.
    Gongwen,
    /// The speaker's reading copy.
    Reading,
    /// The reading copy in large print.
    #[serde(rename = "large")]
    ReadingLarge,
}

impl Preset {
    pub const ALL: [Preset; 3] = [Preset::Gongwen, Preset::Reading, Preset::ReadingLarge];

    /// The name the writer sees.
    pub fn label(self) -> &'static str {
        match self {
            Preset::Gongwen => "公文",
            Preset::Reading => "讲话稿",
            Preset::ReadingLarge => "讲话稿大字版",
        }
    }

    /// A short id for the CLI and the page (`gongwen`, `reading`, `large`).
    pub fn id(self) -> &'static str {
        match self {
            Preset::Gongwen => "gongwen",
            Preset::Reading => "reading",
            Preset::ReadingLarge => "large",
        }
    }

    pub fn from_id(id: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.id() == id)
    }
}

/// The font a paragraph (or its lead) is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Face {
    /// 方正小标宋简体: the title.
    XiaoBiaoSong,
    /// 黑体: `一、` headings.
    Hei,
    /// 楷体: `（一）` headings, the line under the title.
    Kai,
    /// 仿宋_GB2312: the body, `1.` and `（1）`.
    FangSong,
}

/// What a paragraph is in the layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Title,
    /// The line under the title (speaker, date).
    Subtitle,
    /// 称谓: flush left.
    Salutation,
    /// Everything else: indented two characters.
    Body,
}

/// A paragraph of the finished speech, ready to lay out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Para {
    pub role: Role,
    pub text: String,
    /// Bytes at the start of `text` set in `head_face`: a whole heading, or the marker and
    /// first sentence of a numbered paragraph (`（一）抓开工。…`); 0 when none.
    pub head_len: usize,
    pub head_face: Face,
    /// The outline level of a heading (1 for `一、`), 0 for other paragraphs.
    pub level: u8,
}

fn face_of(style: NumStyle) -> Face {
    match style {
        NumStyle::ChineseDun => Face::Hei,
        NumStyle::ChineseParen => Face::Kai,
        _ => Face::FangSong,
    }
}

/// The speech's paragraphs with their roles: the same blocks, in the same order, as the
/// Markdown and text exports.
pub fn paragraphs(text: &str) -> Vec<Para> {
    let doc = parse(text);
    doc.blocks
        .iter()
        .map(|b| {
            let content = &text[b.content.clone()];
            let role = match b.kind {
                BlockKind::Title => Role::Title,
                BlockKind::Subtitle => Role::Subtitle,
                BlockKind::Salutation => Role::Salutation,
                _ => Role::Body,
            };
            let (head_len, head_face, level) = match &b.numbering {
                Some(n) if b.kind == BlockKind::Heading => {
                    (content.len(), face_of(n.style), b.level)
                }
                Some(n) if face_of(n.style) != Face::FangSong => {
                    // the marker and the first sentence take the heading's face
                    let end = content
                        .char_indices()
                        .find(|&(_, c)| is_sentence_end(c))
                        .map_or(n.marker.end - b.content.start, |(i, c)| i + c.len_utf8());
                    (end, face_of(n.style), 0)
                }
                _ => (0, Face::FangSong, 0),
            };
            Para {
                role,
                text: content.to_string(),
                head_len,
                head_face,
                level,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_and_leads_take_their_faces() {
        let t = "关于项目的讲话\n\n同志们：\n\n一、总体情况\n\n（一）抓开工。今年开工12个。\n\n1.一个小点\n\n正文一段。\n";
        let p = paragraphs(t);
        let roles: Vec<Role> = p.iter().map(|p| p.role).collect();
        assert_eq!(
            roles,
            [
                Role::Title,
                Role::Salutation,
                Role::Body,
                Role::Body,
                Role::Body,
                Role::Body
            ]
        );
        assert_eq!(
            (p[2].head_face, p[2].head_len, p[2].level),
            (Face::Hei, p[2].text.len(), 1)
        );
        assert_eq!(p[3].head_face, Face::Kai);
        assert_eq!(&p[3].text[..p[3].head_len], "（一）抓开工。");
        assert_eq!(p[4].head_face, Face::FangSong);
        assert_eq!(p[5].head_len, 0);
    }

    #[test]
    fn preset_ids_round_trip() {
        for p in Preset::ALL {
            assert_eq!(Preset::from_id(p.id()), Some(p));
        }
        assert_eq!(Preset::from_id("x"), None);
    }
}
