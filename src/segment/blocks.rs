//! Line structure: which line breaks end a sentence.
//!
//! The text is cut into *blocks* at blank lines, paragraph separators and
//! "hard" single line breaks; inside a block a line break is plain space
//! (PDF-style wrapped prose) and only punctuation rules split. A single break
//! is hard when the next line is a list item, or the line before it stands
//! alone: a headline, a short label, a list item.

use crate::clean::listmark::{self, Kind, Style};
use crate::clean::text::{is_headline, is_space, lines, trim_span, words};
use crate::doc::Span;

/// Blocks of `text` in order, trimmed, never empty. `forced` lists byte
/// offsets (on char boundaries, sorted) where a block must also end.
pub fn blocks(text: &str, forced: &[usize]) -> Vec<Span> {
    // Non-blank lines, trimmed, each with whether a blank line or a
    // paragraph separator comes before it.
    let mut rows: Vec<(Span, bool)> = Vec::new();
    let mut gap = true;
    for line in lines(text) {
        let t = trim_span(text, line.span);
        if t.is_empty() {
            gap = true;
        } else {
            rows.push((t, gap));
            gap = false;
        }
        gap |= line.paragraph_break;
    }
    let wrap = wrap_width(text, &rows);
    let mut out = Vec::new();
    let mut cur: Option<Span> = None;
    // Whether the previous line began a unit (block start, or the line
    // before it ended a sentence).
    let mut prev_unit = true;
    for (k, &(t, gap_before)) in rows.iter().enumerate() {
        let prev = (k > 0 && !gap_before).then(|| rows[k - 1].0.slice(text));
        let joined = prev.is_some_and(|p| !hard_break(p, t.slice(text), prev_unit, wrap));
        match (joined, cur.as_mut()) {
            (true, Some(c)) => c.end = t.end,
            _ => {
                out.extend(cur.take());
                cur = Some(t);
            }
        }
        prev_unit = !joined || ends_sentence(prev.unwrap_or(""));
    }
    out.extend(cur);
    if forced.is_empty() {
        out
    } else {
        split_at(text, out, forced)
    }
}

/// Does the text wrap running prose over several lines (PDF, e-mail)? Then
/// a line break before a capital is usually just a wrap; in text with one
/// paragraph per line it marks a headline or label instead. The sign is a
/// line of prose that stops mid-sentence with the next line going on in
/// lower case. Returns the wrap width (in chars) as the longest such line:
/// list items and other unwrapped lines do not count.
fn wrap_width(text: &str, rows: &[(Span, bool)]) -> Option<usize> {
    rows.windows(2)
        .filter(|w| {
            let (l, n) = (w[0].0.slice(text), w[1].0.slice(text));
            !w[1].1
                && !ends_sentence(l)
                && first_significant(n).is_some_and(char::is_lowercase)
                && content_words(l) >= 3
        })
        .map(|w| w[0].0.slice(text).chars().count())
        .max()
}

/// Words holding a letter or digit.
fn content_words(s: &str) -> usize {
    words(s)
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(8)
        .count()
}

/// Cut blocks at forced offsets.
fn split_at(text: &str, blocks: Vec<Span>, forced: &[usize]) -> Vec<Span> {
    let mut out = Vec::with_capacity(blocks.len() + forced.len());
    let mut k = 0;
    for b in blocks {
        crate::budget::check();
        let mut start = b.start;
        while k < forced.len() && forced[k] <= start {
            k += 1;
        }
        while k < forced.len() && forced[k] < b.end {
            let piece = trim_span(text, Span::new(start, forced[k]));
            if !piece.is_empty() {
                out.push(piece);
            }
            start = forced[k];
            k += 1;
        }
        let piece = trim_span(text, Span::new(start, b.end));
        if !piece.is_empty() {
            out.push(piece);
        }
    }
    out
}

/// Closing quotes and brackets that may follow a sentence's last mark.
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』' | '〕' | '】' | '）'
    )
}

/// Sentence-final punctuation.
pub fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '?' | '!' | '…' | '。' | '．' | '？' | '！' | '‼' | '⁇' | '⁈' | '⁉'
    )
}

/// The line ends with sentence punctuation (closers allowed after it).
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(|c| is_closer(c) || is_space(c))
        .chars()
        .next_back()
        .is_some_and(is_terminal)
}

/// Lower-case words that cannot end a sentence or a headline: a line ending
/// with one was wrapped in the middle of a sentence.
fn is_continuation_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "and"
            | "or"
            | "but"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "by"
            | "from"
            | "as"
            | "that"
            | "which"
            | "who"
            | "whose"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "than"
            | "into"
            | "about"
            | "between"
            | "said"
            | "says"
    )
}

/// First char that is not an opening quote or bracket.
fn first_significant(s: &str) -> Option<char> {
    s.chars()
        .find(|&c| !matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '„' | '{'))
}

/// A line starting like a new sentence: capital, digit, or caseless letter.
fn starts_like_sentence(s: &str) -> bool {
    first_significant(s).is_some_and(|c| !c.is_lowercase() && c.is_alphanumeric())
}

/// Does the break between line `l` and the next line `n` end a sentence?
/// `l_unit`: `l` began a unit (block start or after a finished sentence);
/// `wrap`: the wrap width when the text wraps prose lines (see
/// [`wrap_width`]).
fn hard_break(l: &str, n: &str, l_unit: bool, wrap: Option<usize>) -> bool {
    let mut nc = n.chars();
    let n0 = nc.next().unwrap_or(' ');
    // A bulleted line is always a new item.
    if listmark::is_bullet(n0) || (listmark::is_line_bullet(n0) && nc.next().is_some_and(is_space))
    {
        return true;
    }
    let l_is_item = listmark::parse_marker(l).0
        || (l.starts_with(listmark::is_line_bullet) && l.chars().nth(1).is_some_and(is_space));
    if let Some(e) = listmark::parse(n) {
        let numbered = e.kind == Kind::Digit || e.style == Style::Enclosed;
        // "A. Smith" may be a wrapped name; letters count as markers only
        // after a finished line or inside a list.
        if numbered || ends_sentence(l) || l.ends_with(':') || l_is_item {
            return true;
        }
    }
    if ends_sentence(l) {
        // The punctuation rules decide, across the break as across a space.
        return false;
    }
    let mut tail = l.chars().rev();
    let last = tail.next().unwrap_or(' ');
    // "well-\nknown" is a hyphenated word; "September 8 -" ends a dateline.
    let hyphenated = last == '-' && tail.next().is_some_and(char::is_alphanumeric);
    if hyphenated || matches!(last, ',' | ';' | ':' | '&' | '/' | '(') {
        return false;
    }
    if is_continuation_word(words(l).next_back().unwrap_or("")) {
        return false;
    }
    // One- or two-word lines are labels, menu entries, list items.
    if content_words(l) <= 2 {
        return true;
    }
    if !starts_like_sentence(n) {
        return false;
    }
    // A line that stops without punctuation before a new capitalised line:
    // in one-paragraph-per-line text that is a headline or a label; in
    // wrapped text only if it reads as one (a list item, or a title-cased
    // line that opens a unit) and stops well short of the wrap width, as
    // a line that was wrapped does not.
    match wrap {
        None => true,
        Some(width) => {
            let short = l.chars().count() * 10 < width * 7;
            short && (l_is_item || (l_unit && is_headline(l)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        blocks(text, &[]).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn blank_lines_and_items_split() {
        assert_eq!(texts("a b\n\n c d \n"), ["a b", "c d"]);
        assert_eq!(
            texts("1. Site Top\n  2. About Us\nBody text."),
            ["1. Site Top", "2. About Us", "Body text."]
        );
        assert_eq!(texts("intro:\n• one\n• two"), ["intro:", "• one", "• two"]);
    }

    #[test]
    fn wrapped_prose_joins() {
        assert_eq!(
            texts("This is a sentence\ncut off in the middle because pdf."),
            ["This is a sentence\ncut off in the middle because pdf."]
        );
        assert_eq!(
            texts("It was a cold \nnight in the city."),
            ["It was a cold \nnight in the city."]
        );
    }

    #[test]
    fn headlines_and_labels_stand_alone() {
        assert_eq!(
            texts("features\ncontact manager\nevents, activities\n"),
            ["features", "contact manager", "events, activities"]
        );
        assert_eq!(
            texts("Putter King Scavenger Hunt Trophy\nThe team will judge it."),
            [
                "Putter King Scavenger Hunt Trophy",
                "The team will judge it."
            ]
        );
    }

    #[test]
    fn unwrapped_text_splits_before_capitals() {
        assert_eq!(
            texts("Cambodia and Japan vow closer ties\nThe ministry said so."),
            [
                "Cambodia and Japan vow closer ties",
                "The ministry said so."
            ]
        );
        // In wrapped text the same break is a wrap, even after a line in
        // title case, unless that line is short of the wrap width.
        let t = "The ministry and the Japanese embassy\nJapan said it would go on working\nwith the ministry on trade.";
        assert_eq!(texts(t).len(), 1);
        let t = "Thong Mengdavid, a research fellow at the Asian Vision Institute’s\nMekong Centre for Strategic Studies, told The Post that Japan had\nbeen working to expand cooperation.";
        assert_eq!(texts(t).len(), 1);
        let t = "Trade Talks Resume\nThe ministry and the Japanese embassy said on Monday that\nthey would go on working together.";
        assert_eq!(
            texts(t),
            [
                "Trade Talks Resume",
                "The ministry and the Japanese embassy said on Monday that\nthey would go on working together."
            ]
        );
    }

    #[test]
    fn forced_offsets_split() {
        let t = "Home > News\nThe story goes on.";
        let got: Vec<&str> = blocks(t, &[12]).iter().map(|s| s.slice(t)).collect();
        assert_eq!(got, ["Home > News", "The story goes on."]);
    }
}
