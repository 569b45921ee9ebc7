//! The voice a level's claim is made in: a county's report of a meeting where a city leader
//! spoke tells what the leader said in the leader's words (`贾某指出……我市将全力以赴……`), and
//! that 我市 is the leader's city, not a slip of the county's writer.
//! And a claim (`全县`) made for another place by its own official (`沙某代表全县人民`).

use crate::check::world::clause;
use crate::places::{places, Division};

/// A person's offices of a level, written after its char (`市委书记`, `市长`, `副市长`); its
/// organs only as spoken for (`代表市委`).
const OFFICES_AFTER: &[&str] = &["委书记", "委副书记", "委常委", "长"];

/// Verbs that report what someone said.
const SAYING: &[&str] = &["指出", "表示", "强调", "要求", "希望", "介绍", "说", "提出"];

/// Whether a claim at `at` (`我市`, `全市`) of the level `level`, above the speech's own, is
/// made in the reported voice of an official of that level: earlier in its paragraph the text
/// names an office of that level (`市委副书记`, `副市长`, `代表市委、市政府`) and, after it, a
/// verb of saying that opens what was said (`指出，`), with no line between; the speaker's own
/// `我代表市委` is no report.
pub(super) fn reported_superior(text: &str, at: usize, level: char) -> bool {
    // (its paragraph, within a bounded stretch: a text of one huge line stays linear)
    let reach = crate::text::floor_char_boundary(text, at.saturating_sub(3000));
    let start = text[reach..at].rfind('\n').map_or(reach, |k| reach + k + 1);
    let head = &text[start..at];
    let office = head
        .match_indices(level)
        .filter(|&(k, _)| {
            let after = &head[k + level.len_utf8()..];
            OFFICES_AFTER.iter().any(|w| after.starts_with(w))
                || (head[..k].ends_with("代表") && !head[..k].ends_with("我代表"))
        })
        .map(|(k, _)| k)
        .next();
    // (a report: `某某指出，…`, not the speaker's own `表示衷心的感谢`)
    office.is_some_and(|k| {
        SAYING.iter().any(|w| {
            head[k..]
                .match_indices(w)
                .any(|(j, _)| head[k + j + w.len()..].starts_with(['，', '：', ',', ':']))
        })
    })
}

/// Words after a level's char that name one of its officials (`市领导`, `市委书记`, `副市长`).
const OFFICIALS_AFTER: &[&str] = &["领导", "委书记", "委副书记", "委常委", "长"];

/// The heads of a level's bureau (`市经合局局长`, `市农委主任`).
const HEADS: &[&str] = &["局长", "主任", "书记"];

/// Whether the sentence around a claim at `at` (`我市`) has an official of that level in it
/// as one who acts (`市领导某某致辞`, `市经合局局长某某…就我市的工业…作了介绍`): the claim
/// is then told in that official's voice, as a county's report of a city's event tells it.
pub(super) fn superior_in_sentence(text: &str, at: usize, level: char) -> bool {
    let s = crate::text::bounded_stretch(text, &(at..at), 600, "。！？；\n");
    let sentence = &text[s];
    sentence.match_indices(level).any(|(k, _)| {
        // (not a claim's own char: `我市长期…`)
        if sentence[..k].ends_with(['我', '全', '本']) {
            return false;
        }
        let after = &sentence[k + level.len_utf8()..];
        if OFFICIALS_AFTER.iter().any(|w| after.starts_with(w)) {
            return true;
        }
        // a bureau of the level (two to six chars ending in 局, 委 or 办) and its head
        after
            .char_indices()
            .take(6)
            .filter(|&(j, c)| j > 0 && matches!(c, '局' | '委' | '办'))
            .any(|(j, c)| {
                let rest = &after[j + c.len_utf8()..];
                after[..j].chars().all(crate::text::is_cjk)
                    && HEADS.iter().any(|h| rest.starts_with(h))
            })
    })
}

/// Whether a claim at `at` (`全县`) is made for another place by the one who speaks there: the
/// clause's subject before `代表` is a person the text introduces by an office of a place of the
/// claim's level (`level`) that is not the own one (`某县委书记沙某…。沙某代表全县人民…`).
pub(super) fn spoken_for_another(text: &str, at: usize, level: char, own: &[Division]) -> bool {
    let c = clause(text, &(at..at));
    let head = &text[c.start..at];
    let Some(k) = head.find("代表") else {
        return false;
    };
    let subject = head[..k].trim();
    let n = subject.chars().count();
    if !(2..=4).contains(&n)
        || !subject.chars().all(crate::text::is_cjk)
        || subject.contains(['我', '本'])
    {
        return false;
    }
    // (the office in the clause before an earlier mention: `马边彝族自治县委书记沙某`)
    text[..c.start].match_indices(subject).any(|(i, _)| {
        let intro = clause(text, &(i..i));
        places()
            .find(&text[intro.start..i])
            .iter()
            .any(|(_, d)| !own.contains(d) && d.name.ends_with(level))
    })
}

#[cfg(test)]
mod tests {
    use super::{reported_superior, superior_in_sentence};

    #[test]
    fn a_leaders_reported_words_are_the_leaders_level() {
        let text = "签约仪式上，副市长张某代表市委、市政府致辞。张某指出，我市将全力为企业服务。";
        let at = text.find("我市").unwrap_or(0);
        assert!(reported_superior(text, at, '市'));
        // no official of that level spoke in the paragraph: the writer's own slip
        let text = "在市委、市政府的坚强领导下，县长李某提出，我市将全力为企业服务。";
        let at = text.find("我市").unwrap_or(0);
        assert!(!reported_superior(text, at, '市'));
        // the speaker's own words for the city's organs
        let text = "在此，我代表市委、市政府，向关心支持我市发展的各位表示衷心的感谢！";
        let at = text.find("我市").unwrap_or(0);
        assert!(!reported_superior(text, at, '市'));
    }

    #[test]
    fn a_superior_official_acting_in_the_sentence_speaks_for_the_level() {
        for text in [
            "会上播放了我市宣传片，市领导某某致辞。",
            "市商务局局长某某就我市的产业情况作了介绍。",
            "副市长某某带队考察，我市企业代表随行。",
        ] {
            let at = text.find("我市").unwrap_or(0);
            assert!(superior_in_sentence(text, at, '市'), "{text}");
        }
        for text in [
            "我市的项目建设进展顺利，市委、市政府高度重视。",
            "今年，我市新开工项目八个。市长某某出席了会议。",
            "我市市场主体持续增加。",
            "我市长期坚持项目为王。",
        ] {
            let at = text.find("我市").unwrap_or(0);
            assert!(!superior_in_sentence(text, at, '市'), "{text}");
        }
    }
}
