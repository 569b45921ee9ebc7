//! The one protocol between the app and its two web workers: every message is the JSON text
//! `[id, body]` posted with `postMessage`, where `body` is a [`Request`] (app → worker) or an
//! [`Answer`] (worker → app). The app numbers its requests; a worker answers each request with
//! its id, so the app pairs them by id, not by order. A worker's first message is
//! `[0, "ready"]` ([`Answer::Ready`]); until then the app holds its requests back.
//!
//! Who answers what: the tools worker (`jianggao-tools`) takes [`Request::Warm`],
//! [`Request::Clean`], [`Request::Ledger`], [`Request::Docx`], [`Request::Check`] and
//! [`Request::Returned`]; the file reader
//! (`ledger-reader`) takes [`Request::Sheet`] and [`Request::Word`]. Any request may be answered with
//! [`Answer::Error`]: a Chinese message for the writer (the text is empty, the ledger has no
//! project column, the request could not be read…).

use jianggao_engine::clean::Cleaned;
use jianggao_engine::docx::Preset;
use jianggao_engine::ledger::reading::{self, Reading};
use jianggao_engine::session::Draft;
use jianggao_engine::text::Span;
use jianggao_engine::{CheckOptions, Finding, Values};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// A request's number, given by the app (from 1); [`Answer::Ready`] comes with 0.
pub type Id = u32;

/// What the app asks of a worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    /// Tools worker: get ready for an import the writer is about to make (the t2s table
    /// fetched, the clean's word sets built, a sample page cleaned) → [`Answer::Done`].
    Warm,
    /// Tools worker: read the text of file `name` (empty when pasted) as a draft and clean it,
    /// keeping the byte spans `kept` (of the text as read) that the writer put back →
    /// [`Answer::Cleaned`] (the report's first repairs and the counts of all).
    Clean {
        name: String,
        text: String,
        kept: Vec<Span>,
    },
    /// Tools worker: read a ledger (pasted cells or a grid, the writer's column fixes) →
    /// [`Answer::Ledger`].
    Ledger(reading::Request),
    /// Tools worker: the Word file of the filled speech `text` → [`Answer::Docx`].
    Docx { text: String, preset: Preset },
    /// Tools worker: the text of file `name` (a Word file's as the file reader read it) came
    /// back from the leader: compare it with `draft` as sent (filled with `values`), and take
    /// it as the new draft → [`Answer::Returned`]. (Not a [`Draft`]: writing one would cost the
    /// first load its serializer.)
    Returned {
        name: String,
        text: String,
        draft: String,
        values: Values,
    },
    /// Spreadsheet reader: the cells of spreadsheet file `name` → [`Answer::Grid`].
    Sheet { name: String, bytes: Vec<u8> },
    /// File reader: the text of Word file `name` (.docx, .doc) → [`Answer::Word`], its
    /// tracked changes accepted but those numbered in `reject` (in [`WordText::changes`]).
    Word {
        name: String,
        bytes: Vec<u8>,
        #[serde(default)]
        reject: Vec<usize>,
    },
    /// The review rules on a draft (`jianggao_engine::check::Part::Review`) → `Checked`.
    Check {
        text: String,
        values: Values,
        options: CheckOptions,
    },
}

/// A Word file's text as the writer sees it with every tracked change accepted (a pasted
/// text's form: a blank line between paragraphs), and what was accepted or left out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordText {
    pub text: String,
    /// Tracked insertions and deletions accepted (修订).
    pub insertions: usize,
    pub deletions: usize,
    /// Comments (批注), not part of the text.
    pub comments: usize,
    /// Each tracked change as the writer reads it in the list (`插入“…”（第 2 段，作者）`).
    #[serde(default)]
    pub changes: Vec<String>,
    /// Each comment with its paragraph (`第 3 段 领导：…`).
    #[serde(default)]
    pub remarks: Vec<String>,
}

impl WordText {
    /// What the writer is told about the file's changes and comments, if it has any.
    pub fn note(&self) -> Option<String> {
        let mut parts = Vec::new();
        if self.insertions + self.deletions > 0 {
            parts.push(format!(
                "文件带有修订（插入 {} 处、删除 {} 处），已按全部接受读取",
                self.insertions, self.deletions
            ));
        }
        if self.comments > 0 {
            parts.push(format!("{} 条批注未计入正文", self.comments));
        }
        (!parts.is_empty()).then(|| parts.join("；"))
    }
}

/// A returned draft taken as the new draft ([`Request::Returned`]), in a form whose reading the
/// first load already has (a [`Draft`], spans, strings): the draft sent with the returned text
/// as its text (the sentences left as sent the draft's own again, their placeholders in
/// place) and its values moved to the new fields; the changed and added sentences (spans of
/// that text, in order); the lines of the sheet, first the count, then one a sentence (changed:
/// `原：…` and `改：…` on two lines; `加：…`; `删：…`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Returned(pub Draft, pub Vec<Span>, pub Vec<String>);

/// What a worker answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// The worker has started and takes requests (its first message, id 0).
    Ready,
    /// [`Request::Warm`] is done.
    Done,
    Cleaned(Cleaned),
    Ledger(Box<Reading>),
    /// The .docx file's bytes.
    Docx(Vec<u8>),
    /// A sheet's rows of cells, the sheet's own row numbers kept.
    Grid(Vec<Vec<String>>),
    Word(WordText),
    /// The review rules' findings on the draft sent, in rule order.
    Checked(Vec<Finding>),
    Returned(Box<Returned>),
    /// Why the request cannot be done, in Chinese, for the writer.
    Error(String),
}

/// The message `[id, body]` as the JSON text posted.
pub fn encode<T: Serialize>(id: Id, body: &T) -> String {
    // a body of strings, numbers and our enums always serialises; the fallback is an answer
    // the app reads as a message, never an empty string
    serde_json::to_string(&(id, body))
        .unwrap_or_else(|_| format!(r#"[{id},{{"error":"{UNREADABLE}"}}]"#))
}

/// A message's id and body, or `None` when the text is not one (another build's worker, a bug).
pub fn decode<T: DeserializeOwned>(text: &str) -> Option<(Id, T)> {
    serde_json::from_str(text).ok()
}

/// The id of a message whose body cannot be read, to answer it with [`UNREADABLE`].
pub fn id_of(text: &str) -> Option<Id> {
    decode::<serde::de::IgnoredAny>(text).map(|(id, _)| id)
}

/// A request a worker cannot read, or an answer it cannot write.
pub const UNREADABLE: &str = "组件收到的请求无法识别，稿件没有改动：请刷新页面后再试。";

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(id: Id, body: T) {
        let text = encode(id, &body);
        assert_eq!(decode::<T>(&text), Some((id, body)), "{text}");
        assert_eq!(id_of(&text), Some(id));
    }

    #[test]
    fn every_request_and_answer_comes_back_as_sent() {
        round_trip(1, Request::Warm);
        round_trip(
            2,
            Request::Clean {
                name: "稿.md".into(),
                text: "同志们：\n\"引号\"\u{0}\n".into(),
                kept: vec![3..9, 0..0],
            },
        );
        round_trip(
            3,
            Request::Ledger(reading::Request {
                text: Some("项目\t总投资\n".into()),
                ..Default::default()
            }),
        );
        for preset in Preset::ALL {
            round_trip(
                4,
                Request::Docx {
                    text: "标题".into(),
                    preset,
                },
            );
        }
        round_trip(
            u32::MAX,
            Request::Sheet {
                name: "台账.xlsx".into(),
                bytes: (0..=255).collect(),
            },
        );
        round_trip(
            11,
            Request::Word {
                name: "稿.docx".into(),
                bytes: vec![0xD0, 0xCF, 0, 255],
                reject: vec![0, 3],
            },
        );
        let word = WordText {
            text: "一、总体情况\n\n同志们：\n".into(),
            insertions: 2,
            deletions: 1,
            comments: 3,
            changes: vec!["插入“始终”（第 1 段，办公室）".into()],
            remarks: vec![],
        };
        assert_eq!(
            word.note().as_deref(),
            Some("文件带有修订（插入 2 处、删除 1 处），已按全部接受读取；3 条批注未计入正文")
        );
        assert_eq!(WordText::default().note(), None);
        round_trip(12, Answer::Word(word));
        let draft = Draft {
            text: "同志们：\n\n今年要加油。\n".into(),
            values: [("#1".to_string(), "东港".to_string())].into(),
            ..Draft::default()
        };
        round_trip(
            13,
            Request::Returned {
                name: "改回稿.docx".into(),
                text: "同志们：\n\n今年要再加一把劲。\n".into(),
                draft: draft.text.clone(),
                values: draft.values.clone(),
            },
        );
        let lines = vec![
            "改动 1 句".into(),
            "原：今年要加油。\n改：今年要再加一把劲。".into(),
        ];
        round_trip(
            14,
            Answer::Returned(Box::new(Returned(draft, vec![14..41, 50..62], lines))),
        );
        round_trip(0, Answer::Ready);
        round_trip(5, Answer::Done);
        round_trip(6, Answer::Docx(vec![0x50, 0x4b, 3, 4, 255]));
        round_trip(7, Answer::Grid(vec![vec![], vec!["".into(), "甲".into()]]));
        round_trip(8, Answer::Error("导入的内容是空的，原稿未改动".into()));
        let cleaned = jianggao_engine::clean::clean("同志们：\n\n收藏 分享 举报\n");
        assert!(!cleaned.repairs.is_empty());
        round_trip(9, Answer::Cleaned(cleaned));
        let Ok(reading) = reading::read(reading::Request {
            text: Some("项目名称\t总投资（万元）\n甲\t20000\n乙\t10000\n".into()),
            ..Default::default()
        }) else {
            panic!("not read")
        };
        round_trip(10, Answer::Ledger(Box::new(reading)));
        // a check: the options with the ledger's facts, findings with borrowed and owned words
        let text = "今天，我们在某县召开全区重大项目推进会。";
        let mut options = CheckOptions::disabling(["typography"]);
        options.target_minutes = Some(12.5);
        options.ledger = Some(std::sync::Arc::new(jianggao_engine::ledger::facts::Facts {
            projects: 3,
            ..Default::default()
        }));
        let values = Values::from([("fact:place".to_string(), "青山县".to_string())]);
        round_trip(
            12,
            Request::Check {
                text: text.into(),
                values: values.clone(),
                options: options.clone(),
            },
        );
        let a = jianggao_engine::Analysis::new(text);
        let found = jianggao_engine::check(&a, &values, &options);
        assert!(!found.is_empty());
        round_trip(13, Answer::Checked(found));
    }

    /// The wire form is the one documented above (and in ARCHITECTURE.md): `[id, body]`, a unit
    /// variant as its name, the others as `{name: value}`.
    #[test]
    fn the_wire_form_is_an_id_and_a_tagged_body() {
        assert_eq!(encode(0, &Answer::Ready), r#"[0,"ready"]"#);
        assert_eq!(encode(7, &Request::Warm), r#"[7,"warm"]"#);
        assert_eq!(
            encode(
                2,
                &Request::Docx {
                    text: "x".into(),
                    preset: Preset::ReadingLarge
                }
            ),
            r#"[2,{"docx":{"text":"x","preset":"large"}}]"#
        );
        assert_eq!(
            encode(3, &Answer::Error("错".into())),
            r#"[3,{"error":"错"}]"#
        );
    }

    #[test]
    fn what_is_not_a_message_is_none_and_a_body_unread_keeps_its_id() {
        for text in [
            "",
            "ready",
            "[1]",
            r#"{"warm":1}"#,
            r#"[-1,"warm"]"#,
            "[1,\"bake\"]",
        ] {
            assert_eq!(decode::<Request>(text), None, "{text}");
        }
        assert_eq!(id_of(r#"[12,{"bake":{}}]"#), Some(12));
        assert_eq!(decode::<Answer>(r#"[12,{"docx":{"text":"x"}}]"#), None);
        // a preset the engine does not know is not a request
        assert_eq!(
            decode::<Request>(r#"[4,{"docx":{"text":"x","preset":"huge"}}]"#),
            None
        );
    }
}
