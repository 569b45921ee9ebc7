//! What the tools worker answers (`src/bin/tools.rs` runs it in the browser): the engine's work
//! kept out of the app's first load — what only some writers need or only once a draft (the
//! import's clean, ledgers, the .docx) and the review rules, run again after each pause.

use jianggao_engine::check::check_review as review_rules;
use jianggao_engine::clean::{clean_keeping, REPORT_REPAIRS};
use jianggao_engine::docx::to_docx;
use jianggao_engine::fields::fill_edits;
use jianggao_engine::import::import_text;
use jianggao_engine::ledger::reading;
use jianggao_engine::returned::{adopt, Kind};
use jianggao_engine::session::Draft;
use jianggao_engine::text::Span;
use jianggao_engine::{Analysis, CheckOptions, Fact, Finding, Values};
use jianggao_web::protocol::{encode, Answer, Request, Returned};

/// The answer to a request this worker does not take (the other worker's).
pub const NOT_MINE: &str = "组件不认识这个请求，稿件没有改动：请刷新页面后再试。";

/// The answer to `request`. [`Request::Clean`] and [`Request::Warm`] expect the t2s table
/// installed already (the worker fetches it first; without it the text is cleaned without
/// conversion).
pub fn answer(request: Request) -> Answer {
    match request {
        Request::Clean { name, text, kept } => clean(&name, &text, &kept),
        Request::Warm => {
            jianggao_engine::clean::prepare();
            warm_up();
            Answer::Done
        }
        Request::Ledger(req) => match reading::read(req) {
            Ok(r) => Answer::Ledger(Box::new(r)),
            Err(e) => Answer::Error(e.to_string()),
        },
        Request::Docx { text, preset } => Answer::Docx(to_docx(&text, preset)),
        Request::Check {
            text,
            values,
            options,
        } => Answer::Checked(check_review(&text, &values, &options)),
        Request::Returned {
            name,
            text,
            draft,
            values,
        } => returned(&name, &text, draft, values),
        Request::Sheet { .. } | Request::Word { .. } => Answer::Error(NOT_MINE.into()),
    }
}

/// The clean stage for the app: the text of file `name` (empty when pasted; a Word file's name
/// when its text was read by [`crate::word::word`]) is read as a draft
/// (`import_text`: line breaks, Markdown) and cleaned, keeping the byte spans `kept` the writer
/// put back (none on import). The answer holds the first [`REPORT_REPAIRS`] repairs (the ones
/// the report lists) and the counts of all, or a Chinese message (an empty or binary text).
/// The review rules' findings on `text` (the page runs the form rules itself).
pub fn check_review(text: &str, values: &Values, options: &CheckOptions) -> Vec<Finding> {
    let mut out = Vec::new();
    let a = Analysis::new(text);
    review_rules(&a, values, options, &mut out);
    out
}

/// Whether the review rules want the place table for these values: the draft's own place is
/// given (without it no place is foreign), as on the CLI.
pub fn wants_places(values: &Values) -> bool {
    values
        .get(Fact::Place.key())
        .is_some_and(|v| !v.trim().is_empty())
}

pub fn clean(name: &str, text: &str, kept: &[Span]) -> Answer {
    // a Word file's text (read by the file reader: `crate::word`) is read as a pasted text's
    let name = if jianggao_word::is_word_name(name) {
        ""
    } else {
        name
    };
    match import_text(name, text) {
        Ok(input) => {
            let mut cleaned = clean_keeping(&input, kept);
            cleaned.keep_first(REPORT_REPAIRS);
            Answer::Cleaned(cleaned)
        }
        Err(e) => Answer::Error(e.to_string()),
    }
}

/// The answer when the returned draft has no sentence other than the one sent.
pub const SAME_AS_SENT: &str = "改回的稿子与送出的稿子逐句相同，没有改动，原稿未改动。";

/// Most sentences the sheet lists (a rewrite of the whole draft would list thousands).
pub const LISTED: usize = 300;

/// A draft that came back from the leader (领导改回的稿子): the text of file `name` (a Word
/// file's as the file reader read it; .txt and .md read as an import reads them) against
/// `draft` as it was sent, filled with `values`. The answer is the new draft: the returned
/// text, each sentence returned as sent the draft's own again (its placeholders in place), and
/// the values moved to its fields; the changed and added sentences; the sheet's lines. Or a
/// Chinese message (an empty or binary text, nothing changed).
pub fn returned(name: &str, text: &str, draft: String, values: Values) -> Answer {
    let name = if jianggao_word::is_word_name(name) {
        ""
    } else {
        name
    };
    let text = match import_text(name, text) {
        Ok(t) => t,
        Err(e) => return Answer::Error(format!("改回的稿子未能读取：{e}")),
    };
    let a = Analysis::new(&draft);
    let got = adopt(&draft, fill_edits(&a.scan, &a.fields, &values), &text);
    if got.marked.is_empty() && got.dropped.is_empty() {
        return Answer::Error(SAME_AS_SENT.into());
    }
    let count = |k: Kind| got.marked.iter().filter(|(m, _)| *m == k).count();
    let mut lines = vec![format!(
        "与送出的稿子相比：改动 {} 句，新增 {} 句，删去 {} 句。",
        count(Kind::Changed),
        count(Kind::Added),
        got.dropped.len()
    )];
    let sentences = got
        .marked
        .iter()
        .zip(&got.sent)
        .map(|((kind, span), sent)| {
            let now = got.text.get(span.clone()).unwrap_or_default();
            match kind {
                Kind::Changed => format!("原：{sent}\n改：{now}"),
                _ => format!("加：{now}"),
            }
        });
    let dropped = got.dropped.iter().map(|t| format!("删：{t}"));
    let all: Vec<String> = sentences.chain(dropped).collect();
    let more = all.len().saturating_sub(LISTED);
    lines.extend(all.into_iter().take(LISTED));
    if more > 0 {
        lines.push(format!("其余 {more} 处未列出。"));
    }
    let values = got.values(&draft, &values);
    let marked = got.marked.into_iter().map(|(_, span)| span).collect();
    let new = Draft {
        text: got.text,
        values,
        ..Draft::default()
    };
    Answer::Returned(Box::new(Returned(new, marked, lines)))
}

/// A page of our own words shaped like a downloaded speech: site navigation, a second speech,
/// page markers, a broken line, □, pinyin and traditional lines, a site footer.
const WARM_PAGE: &str = include_str!("warm_page.txt");

/// How many copies of [`WARM_PAGE`] one warm-up clean reads, and how many cleans it runs.
const WARM_COPIES: usize = 12;
const WARM_ROUNDS: usize = 2;

/// Clean a sample page a few times (about 60,000 chars in all) and write the answers as the
/// worker does, so that the clean's hot code is compiled at full speed before the writer's text
/// comes. The browser first runs a worker's wasm from a quick baseline compile and optimizes
/// the functions that have run the most in the background: a 2 MB page cleaned first was
/// ~0.2 s slower than the same page cleaned second. Returns the answers' total length (so
/// that nothing is optimized away).
pub fn warm_up() -> usize {
    let page = WARM_PAGE.repeat(WARM_COPIES);
    (0..WARM_ROUNDS)
        .map(|_| encode(0, &clean("", &page, &[])).len())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jianggao_engine::clean::{clean as engine_clean, is_deletion, Cleaned};
    use jianggao_web::protocol::decode;

    /// The answer as the app reads it: through the protocol's JSON.
    fn cleaned(name: &str, text: &str, kept: &[Span]) -> Result<Cleaned, String> {
        let wire = encode(
            1,
            &answer(Request::Clean {
                name: name.into(),
                text: text.into(),
                kept: kept.to_vec(),
            }),
        );
        match decode::<Answer>(&wire) {
            Some((1, Answer::Cleaned(c))) => Ok(c),
            Some((1, Answer::Error(e))) => Err(e),
            other => panic!("{other:?}"),
        }
    }

    /// What the tools worker answers the app: the same `Cleaned` as the engine's, read back
    /// from the wire; the spans put back are kept; errors are messages.
    #[test]
    fn clean_answers_round_trip() {
        let text = "在全镇项目推进会上的讲话\r\n\r\n下面是小编为大家整理的范文，供大家参考。\r\n\r\n同志们：\r\n\r\n今年安排項目x個□總投資**億元。\r\n\r\n收藏 分享 举报\r\n";
        let input = text.replace("\r\n", "\n");
        let want = engine_clean(&input);
        assert!(want.repairs.len() >= 3, "{:?}", want.repairs);
        assert_eq!(cleaned("", text, &[]).unwrap(), want);
        // a deletion put back: its span is kept
        let junk = want.repairs.iter().find(|r| is_deletion(r)).unwrap();
        let kept = std::slice::from_ref(&junk.span);
        let again = cleaned("", text, kept).unwrap();
        assert_eq!(again, clean_keeping(&input, kept));
        assert!(again.text.contains("小编"), "{}", again.text);
        // a page of many repairs: the report's first ones, and the counts of all
        let many = "同志们要抓好落实,加快推进项目建设,确保完成任务。\n\n".repeat(400);
        let want = engine_clean(&many);
        assert!(
            want.repairs.len() > REPORT_REPAIRS,
            "{}",
            want.repairs.len()
        );
        let got = cleaned("", &many, &[]).unwrap();
        assert_eq!(got.repairs[..], want.repairs[..REPORT_REPAIRS]);
        assert_eq!(
            (got.total(), got.summary()),
            (want.repairs.len(), want.summary())
        );
        assert!(got.text == want.text, "the cleaned text differs");
        // Markdown is read as the draft's plain form, as the app's import did
        let md = cleaned("a.md", "# 标题\n\n同志们：\n", &[]).unwrap();
        assert!(md.text.starts_with("标题"), "{}", md.text);
        // what cannot be a draft: a message, no text
        assert_eq!(
            cleaned("", "  \n ", &[]).unwrap_err(),
            "导入的内容是空的，原稿未改动"
        );
    }

    /// A ledger, a Word file and the other worker's request, each as the app gets it.
    /// A check sent over the wire comes back as the review part of the engine's check: the page
    /// puts it beside its own form part and has the CLI's findings.
    #[test]
    fn check_answers_the_review_part() {
        use jianggao_engine::check::{check, Part};
        let text = "在宁强县重大项目推进会上的讲话\n\n同志们：\n\n今天，我们在海淀区召开全县重大项目推进会。全县安排项目x个，总投资**亿元。\n";
        let values = Values::from([
            (Fact::Place.key().to_string(), "宁强县".to_string()),
            (Fact::Level.key().to_string(), "县".to_string()),
        ]);
        let options = CheckOptions::default();
        let wire = encode(
            4,
            &answer(Request::Check {
                text: text.into(),
                values: values.clone(),
                options: options.clone(),
            }),
        );
        let Some((4, Answer::Checked(review))) = decode::<Answer>(&wire) else {
            panic!("{wire}")
        };
        assert!(!review.is_empty(), "{wire}");
        assert!(review.iter().all(|f| Part::of(f.rule) == Part::Review));
        let all = check(&Analysis::new(text), &values, &options);
        assert!(all.iter().any(|f| Part::of(f.rule) == Part::Form));
        let want: Vec<_> = all
            .into_iter()
            .filter(|f| Part::of(f.rule) == Part::Review)
            .collect();
        let mut got = review;
        jianggao_engine::check::in_text_order(&mut got);
        assert_eq!(got, want);
        assert!(wants_places(&values) && !wants_places(&Values::new()));
    }

    #[test]
    fn ledger_docx_and_refusals() {
        let ledger = |text: &str| {
            answer(Request::Ledger(reading::Request {
                text: Some(text.into()),
                ..Default::default()
            }))
        };
        let Answer::Ledger(r) = ledger("项目名称\t总投资（万元）\n甲\t20000\n乙\t10000\n")
        else {
            panic!("not read")
        };
        assert_eq!((r.facts.projects, r.facts.total_investment), (2, Some(3.0)));
        assert!(matches!(ledger("只是一句话"), Answer::Error(e) if !e.is_empty()));
        let preset = jianggao_engine::docx::Preset::Reading;
        let Answer::Docx(bytes) = answer(Request::Docx {
            text: "标题\n\n同志们：\n".into(),
            preset,
        }) else {
            panic!("no file")
        };
        assert_eq!(bytes, to_docx("标题\n\n同志们：\n", preset));
        assert!(bytes.starts_with(b"PK"));
        let sheet = Request::Sheet {
            name: "a.xlsx".into(),
            bytes: vec![],
        };
        assert_eq!(answer(sheet), Answer::Error(NOT_MINE.into()));
        let word = Request::Word {
            name: "a.docx".into(),
            bytes: vec![],
            reject: vec![],
        };
        assert_eq!(answer(word), Answer::Error(NOT_MINE.into()));
    }

    /// A Word file as the app gets it: its text from the file reader (as a pasted text's, 修订
    /// accepted) and the counts, then cleaned here under its own name as a pasted text; a file
    /// that cannot be read is a message.
    #[test]
    fn word_files_are_read_then_cleaned_as_pasted() {
        let fixture = |name: &str| {
            std::fs::read(
                std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("../word/tests/fixtures")
                    .join(name),
            )
            .expect("fixture")
        };
        let wire = encode(
            3,
            &crate::word::word("改回稿.docx", &fixture("revisions.docx"), &[]),
        );
        let Some((3, Answer::Word(w))) = decode::<Answer>(&wire) else {
            panic!("{wire}")
        };
        assert!(w
            .text
            .starts_with("我们要始终把群众的事放在心上，办好实事。\n\n会议改在周五召开。"));
        assert_eq!((w.insertions, w.deletions, w.comments), (2, 2, 1));
        assert_eq!(
            w.changes,
            [
                "插入“始终”（第 1 段，办公室）",
                "删除“努力”（第 1 段，办公室）",
                "删除“原定”（第 2 段，办公室）",
                "插入“改在”（第 2 段，办公室）",
            ]
        );
        assert_eq!(w.remarks, ["第 3 段 领导：这里再具体一些"]);
        // some changes rejected: their text as before them
        let Answer::Word(r) = crate::word::word("改回稿.docx", &fixture("revisions.docx"), &[1, 3])
        else {
            panic!("not read")
        };
        assert!(
            r.text
                .starts_with("我们要始终把群众的事放在心上，努力办好实事。\n\n会议周五召开。"),
            "{}",
            r.text
        );
        let c = cleaned("改回稿.docx", &w.text, &[]).expect("cleaned");
        assert_eq!(c, engine_clean(&w.text));
        let doc = crate::word::word("通知.doc", &fixture("notice.doc"), &[]);
        assert!(
            matches!(doc, Answer::Word(w) if w.text.contains("二、开展隐患排查。") && w.note().is_none())
        );
        for (name, bytes) in [("空.docx", vec![]), ("稿.wps", fixture("notice.doc"))] {
            assert!(
                matches!(crate::word::word(name, &bytes, &[]), Answer::Error(e) if e.contains("原稿未改动")),
                "{name}"
            );
        }
    }

    /// A returned draft as the app gets it: the county template filled and sent, exported as
    /// Word by our own writer, five sentences edited and one dropped by the leader, read back by
    /// the file reader and compared here. Through the wire: exactly the five marked, each beside
    /// its sent form, the dropped one listed, and the values fill the new draft to the returned
    /// text (a field whose slots remain keeps its value). An empty, binary or unchanged file is a
    /// message.
    #[test]
    fn a_returned_draft_round_trips_through_word_and_the_wire() {
        use jianggao_engine::baseline::sentences;
        let Some(t) = jianggao_engine::templates::template("county-promotion") else {
            panic!("template")
        };
        let draft = t.text.to_string();
        let a = Analysis::new(&draft);
        let values: Values = a
            .fields
            .iter()
            .enumerate()
            .map(|(i, f)| (f.key.clone(), format!("值{i}")))
            .collect();
        let filled = a.filled(&values);
        // five sentences without a value edited, one dropped: the returned text
        let plain: Vec<Span> = sentences(&filled)
            .into_iter()
            .filter(|s| !filled[s.clone()].contains('值') && s.len() > 30)
            .collect();
        assert!(plain.len() > 20, "{}", plain.len());
        let mut back = filled.clone();
        let (mut edited, mut was) = (Vec::new(), Vec::new());
        let dropped = filled[plain[2].clone()].to_string();
        for s in plain.iter().skip(3).step_by(4).take(5).rev() {
            let old = &filled[s.clone()];
            let cut = old.len() - old.chars().next_back().map_or(0, char::len_utf8);
            let new = format!("{}，务求实效{}", &old[..cut], &old[cut..]);
            back.replace_range(s.clone(), &new);
            edited.push(new);
            was.push(old.to_string());
        }
        back = back.replacen(&dropped, "", 1);
        let docx = to_docx(&back, jianggao_engine::docx::Preset::Reading);
        let Answer::Word(w) = crate::word::word("改回稿.docx", &docx, &[]) else {
            panic!("not read")
        };
        let request = Request::Returned {
            name: "改回稿.docx".into(),
            text: w.text.clone(),
            draft: draft.clone(),
            values: values.clone(),
        };
        let wire = encode(5, &answer(request));
        let Some((5, Answer::Returned(r))) = decode::<Answer>(&wire) else {
            panic!("{wire}")
        };
        let Returned(new, marked, lines) = *r;
        let marked: Vec<&str> = marked.iter().map(|s| &new.text[s.clone()]).collect();
        assert_eq!(marked.len(), 5, "{marked:?}");
        assert_eq!(
            lines[0],
            "与送出的稿子相比：改动 5 句，新增 0 句，删去 1 句。"
        );
        for (e, s) in edited.iter().zip(&was) {
            assert!(marked.contains(&e.as_str()), "{e} in {marked:?}");
            assert!(lines.contains(&format!("原：{s}\n改：{e}")), "{lines:?}");
        }
        assert_eq!(lines.last(), Some(&format!("删：{}", dropped.trim())));
        assert_eq!(lines.len(), 1 + 5 + 1);
        // the new draft is the draft's own where it was left alone, and filled it is the text
        // that came back
        let key = |s: &str| s.split_whitespace().collect::<String>();
        let b = Analysis::new(&new.text);
        assert_eq!(key(&b.filled(&new.values)), key(&w.text));
        assert_eq!(b.fields.len(), a.fields.len());
        assert!(new.values.iter().all(|(k, v)| values.get(k) == Some(v)));
        // a text file of the same words: the same marks
        let txt = returned("改回稿.txt", &back, draft.clone(), values.clone());
        assert!(
            matches!(&txt, Answer::Returned(t) if t.1.len() == 5),
            "{txt:?}"
        );
        // nothing to take: a message, nothing else
        for (text, says) in [
            ("  \n", "是空的"),
            ("a\0b", "原稿未改动"),
            (&filled[..], "逐句相同"),
        ] {
            let got = returned("改回稿.txt", text, draft.clone(), values.clone());
            assert!(
                matches!(&got, Answer::Error(e) if e.contains(says)),
                "{got:?}"
            );
        }
    }

    /// The warm-up page takes the clean down its junk-judging paths, not just the plain one:
    /// each kind of repair it is meant to warm is found, and two speeches.
    #[test]
    fn warm_page_exercises_the_clean() {
        let cleaned = engine_clean(WARM_PAGE);
        let rules: std::collections::BTreeSet<&str> =
            cleaned.repairs.iter().map(|r| r.rule.id()).collect();
        for rule in ["site-junk", "page-marker", "line-break", "box"] {
            assert!(rules.contains(rule), "{rule} not in {rules:?}");
        }
        assert_eq!(cleaned.speeches.len(), 2);
        assert!(warm_up() > WARM_ROUNDS * WARM_PAGE.len());
        assert_eq!(answer(Request::Warm), Answer::Done);
    }
}
