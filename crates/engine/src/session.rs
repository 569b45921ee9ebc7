//! The open draft and every change a writer makes to it, with undo and redo.
//!
//! The UI sends an [`Action`]; [`Session::apply`] is the one place a draft changes. Outline,
//! fields and findings are never stored: they are derived from the text by [`crate::Analysis`].

use crate::fields::{remap_values, Values};
use crate::finding::{CheckOptions, RuleId};
use crate::outline_ops::{self, Direction};
use crate::steps::{ends_run, starts_step, EditKind, Run};
use serde::{Deserialize, Serialize};
use std::borrow::Borrow;
use std::collections::{BTreeMap, BTreeSet};

/// What is saved: the text, the values typed and the writer's settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub text: String,
    #[serde(default)]
    pub values: Values,
    /// Speaking rate, characters a minute.
    #[serde(default = "default_rate")]
    pub rate: u32,
    /// Cursor position in the text, as a byte offset.
    #[serde(default)]
    pub cursor: usize,
    /// Check rules the writer switched off, by id.
    #[serde(default)]
    pub disabled_rules: BTreeSet<String>,
    /// Target length in minutes.
    #[serde(default)]
    pub target_minutes: Option<f64>,
    /// The facts computed from the project ledger the writer opened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ledger: Option<Box<crate::ledger::facts::Facts>>,
    /// The text as imported or taken from a template: what is still the source word for word.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<String>,
}

impl Draft {
    /// The rules the writer switched off (the saved ids that name a rule).
    pub fn disabled(&self) -> BTreeSet<RuleId> {
        // inserted one by one: collecting would sort, a sort compiled for this type alone
        let mut out = BTreeSet::new();
        for id in self
            .disabled_rules
            .iter()
            .filter_map(|id| RuleId::from_id(id))
        {
            out.insert(id);
        }
        out
    }

    /// The check options this draft asks for.
    pub fn check_options(&self) -> CheckOptions {
        CheckOptions {
            disabled: self.disabled(),
            rate: self.rate,
            target_minutes: self.target_minutes,
            ledger: self.ledger.as_deref().cloned().map(std::sync::Arc::new),
        }
    }
}

fn default_rate() -> u32 {
    crate::timing::DEFAULT_RATE
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            text: String::new(),
            values: Values::new(),
            rate: crate::timing::DEFAULT_RATE,
            cursor: 0,
            disabled_rules: Default::default(),
            target_minutes: None,
            ledger: None,
            baseline: None,
        }
    }
}

/// The versioned form kept in browser storage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedDraft {
    pub version: u32,
    pub draft: Draft,
}

pub const SAVE_VERSION: u32 = 1;

impl SavedDraft {
    pub fn new(draft: &Draft) -> Self {
        SavedDraft {
            version: SAVE_VERSION,
            draft: draft.clone(),
        }
    }
}

/// Every change to a draft.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The editor's text changed (typing, pasting, a repair). `at_ms` is when (any clock that
    /// only goes forward); typing joins the undo step in progress as [`crate::steps`] decides.
    EditText {
        text: String,
        cursor: usize,
        at_ms: f64,
        kind: EditKind,
    },
    /// A field's value changed.
    SetValue {
        key: String,
        value: String,
    },
    /// Apply fixes: new text and values in one undo step, the cursor kept.
    Fix {
        text: String,
        values: Values,
    },
    /// Start over from a new text (a template or an import), optionally with values.
    Load {
        text: String,
        values: Values,
    },
    /// Back to exactly the draft that was open before the last [`Action::Load`], as a new step
    /// (so it can itself be undone), whatever was typed since.
    UndoLoad,
    /// Replace the draft with another one (a version from the history), as one step.
    Restore(Draft),
    AddSection(usize),
    DeleteSection(usize),
    MoveSection(usize, Direction),
    SetRate(u32),
    /// Switch a check rule on (`true`) or off.
    SetRule {
        rule: crate::finding::RuleId,
        on: bool,
    },
    /// Target length in minutes; `None` for no target.
    SetTarget(Option<f64>),
    /// The facts of the project ledger the writer opened (`None` to close it), as one step.
    SetLedger(Option<Box<crate::ledger::facts::Facts>>),
    Undo,
    Redo,
}

/// What kind of change an undo step groups: a typing run in the text, or consecutive typing in
/// one field's value.
#[derive(Debug, Clone, PartialEq)]
enum Group {
    Text(Run),
    Value(String),
    Other,
}

#[derive(Debug, Clone, Default)]
pub struct Session {
    pub draft: Draft,
    undo: Vec<Draft>,
    redo: Vec<Draft>,
    last_group: Option<Group>,
    /// The draft that was open before the last load, for [`Action::UndoLoad`].
    before_load: Option<Draft>,
}

/// How many undo steps are kept.
pub const UNDO_LIMIT: usize = 200;

impl Session {
    pub fn new(draft: Draft) -> Self {
        Session {
            draft,
            ..Default::default()
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// A load can be taken back with [`Action::UndoLoad`].
    pub fn can_undo_load(&self) -> bool {
        self.before_load.is_some()
    }

    fn checkpoint(&mut self, group: Group) {
        let coalesce = match (&group, &self.last_group) {
            (Group::Value(a), Some(Group::Value(b))) => a == b,
            _ => false,
        };
        self.push_step(coalesce, group);
    }

    fn push_step(&mut self, coalesce: bool, group: Group) {
        if !coalesce {
            self.undo.push(self.draft.clone());
            if self.undo.len() > UNDO_LIMIT {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.last_group = Some(group);
    }

    /// Apply an action. Returns whether the draft changed.
    pub fn apply(&mut self, action: Action) -> bool {
        match action {
            Action::EditText {
                text,
                cursor,
                at_ms,
                kind,
            } => {
                if crate::text::same(&text, &self.draft.text) {
                    self.draft.cursor = cursor;
                    return false;
                }
                let run = match self.last_group {
                    Some(Group::Text(run)) => Some(run),
                    _ => None,
                };
                let new_step = starts_step(run, &self.draft.text, &text, at_ms, kind);
                self.push_step(!new_step, Group::Text(Run { at_ms, cursor }));
                if ends_run(kind) {
                    self.last_group = None;
                }
                self.draft.values = remap_values(&self.draft.text, &text, &self.draft.values);
                self.draft.text = text;
                self.draft.cursor = cursor;
            }
            Action::SetValue { key, value } => {
                let old = self.draft.values.get(&key).cloned().unwrap_or_default();
                if old == value {
                    return false;
                }
                self.checkpoint(Group::Value(key.clone()));
                if value.is_empty() {
                    let values = std::mem::take(&mut self.draft.values);
                    self.draft.values = without(values, key.as_str());
                } else {
                    self.draft.values.insert(key, value);
                }
            }
            Action::Load { text, values } => {
                self.before_load = Some(self.draft.clone());
                self.checkpoint(Group::Other);
                // what is still the source is judged against the text as it came in
                self.draft.baseline = Some(text.clone());
                self.draft.text = text;
                self.draft.values = values;
                self.draft.cursor = 0;
            }
            Action::UndoLoad => {
                let Some(before) = self.before_load.take() else {
                    return false;
                };
                return self.replace(before);
            }
            Action::Restore(draft) => return self.replace(draft),
            Action::Fix { text, values } => {
                if text == self.draft.text && values == self.draft.values {
                    return false;
                }
                self.checkpoint(Group::Other);
                self.draft.cursor = crate::text::floor_char_boundary(&text, self.draft.cursor);
                self.draft.text = text;
                self.draft.values = values;
            }
            Action::AddSection(i) => {
                let (text, at) = outline_ops::add_section(&self.draft.text, i);
                return self.structural(text, at);
            }
            Action::DeleteSection(i) => {
                let text = outline_ops::delete_section(&self.draft.text, i);
                let cursor = self.draft.cursor.min(text.len());
                return self.structural(text, cursor);
            }
            Action::MoveSection(i, dir) => {
                let text = outline_ops::move_section(&self.draft.text, i, dir);
                let cursor = self.draft.cursor.min(text.len());
                return self.structural(text, cursor);
            }
            Action::SetRate(rate) => {
                let rate = crate::timing::clamp_rate(rate);
                if rate == self.draft.rate {
                    return false;
                }
                self.draft.rate = rate;
            }
            Action::SetRule { rule, on } => {
                let changed = if on {
                    let was = self.draft.disabled_rules.len();
                    let rules = std::mem::take(&mut self.draft.disabled_rules);
                    self.draft.disabled_rules = without_set(rules, rule.id());
                    self.draft.disabled_rules.len() != was
                } else {
                    self.draft.disabled_rules.insert(rule.id().to_string())
                };
                if !changed {
                    return false;
                }
            }
            Action::SetTarget(t) => {
                let t = crate::timing::clamp_target(t);
                if t == self.draft.target_minutes {
                    return false;
                }
                self.draft.target_minutes = t;
            }
            Action::SetLedger(facts) => {
                if facts == self.draft.ledger {
                    return false;
                }
                self.checkpoint(Group::Other);
                self.draft.ledger = facts;
            }
            Action::Undo => {
                let Some(prev) = self.undo.pop() else {
                    return false;
                };
                self.redo.push(std::mem::replace(&mut self.draft, prev));
                self.last_group = None;
            }
            Action::Redo => {
                let Some(next) = self.redo.pop() else {
                    return false;
                };
                self.undo.push(std::mem::replace(&mut self.draft, next));
                self.last_group = None;
            }
        }
        true
    }

    fn replace(&mut self, draft: Draft) -> bool {
        if draft == self.draft {
            return false;
        }
        self.checkpoint(Group::Other);
        self.draft = draft;
        true
    }

    fn structural(&mut self, text: String, cursor: usize) -> bool {
        if text == self.draft.text {
            return false;
        }
        self.checkpoint(Group::Other);
        // sections moved: unnamed values cannot follow by position, so keep those that still
        // point at the same raw text in order
        self.draft.values =
            crate::fields::remap_values(&self.draft.text, &text, &self.draft.values);
        self.draft.text = text;
        self.draft.cursor = crate::text::floor_char_boundary(&self.draft.text, cursor);
        true
    }
}

/// `map` without `key`, made by inserting the others: what a small map of the first load needs
/// instead of `BTreeMap::remove`, whose rebalancing costs about a kilobyte gzipped for each
/// type it is used with (the app's values, its rules turned off, a ledger's column fixes).
pub fn without<K: Ord + Borrow<Q>, V, Q: Ord + ?Sized>(
    map: BTreeMap<K, V>,
    key: &Q,
) -> BTreeMap<K, V> {
    let mut out = BTreeMap::new();
    for (k, v) in map {
        if k.borrow() != key {
            out.insert(k, v);
        }
    }
    out
}

/// [`without`] for a set.
pub fn without_set<T: Ord + Borrow<Q>, Q: Ord + ?Sized>(set: BTreeSet<T>, item: &Q) -> BTreeSet<T> {
    set.into_iter()
        .filter(|t| t.borrow() != item)
        .fold(BTreeSet::new(), |mut out, t| {
            out.insert(t);
            out
        })
}
