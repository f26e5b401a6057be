//! Unicode-aware whitespace and line handling shared by the cleaner and the
//! segmenter.
//!
//! Scraped news carries NBSP, thin and ideographic spaces, `\r\n`, lone `\r`,
//! U+2028/U+2029, zero-width spaces and stray BOMs. Every stage must agree on
//! what counts as "space" and where a line ends, or spans drift apart; this
//! module is that single definition. Nothing here copies or edits text: all
//! results are byte spans into the original string.

use crate::doc::Span;

/// Whitespace for segmentation: Unicode `White_Space` (which already covers
/// NBSP, the U+2000 block, narrow NBSP, ideographic space, NEL, U+2028/9)
/// plus the invisible format characters that scraped text uses as spaces
/// (zero-width space, word joiner, BOM, Mongolian vowel separator).
///
/// ZWJ/ZWNJ are *not* spaces: they join letters in Persian, Indic scripts
/// and emoji sequences.
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}')
}

/// True for characters that end a line: LF, CR, VT, FF, NEL, LINE SEPARATOR,
/// PARAGRAPH SEPARATOR.
#[inline]
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// True for line breaks that also end a paragraph on their own (form feed,
/// PARAGRAPH SEPARATOR), the way a blank line does.
#[inline]
pub fn is_paragraph_break(c: char) -> bool {
    matches!(c, '\u{0C}' | '\u{2029}')
}

/// The span of `text[span]` without leading and trailing [`is_space`] chars.
/// Returns an empty span at `span.start` when everything is space.
pub fn trim_span(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let lead = s.len() - s.trim_start_matches(is_space).len();
    if lead == s.len() {
        return Span::new(span.start, span.start);
    }
    let trail = s.len() - s.trim_end_matches(is_space).len();
    Span::new(span.start + lead, span.end - trail)
}

/// True when the string holds nothing but [`is_space`] chars.
pub fn is_blank(s: &str) -> bool {
    s.chars().all(is_space)
}

/// One physical line of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    /// The line's content, without its terminator (not trimmed).
    pub span: Span,
    /// The line ends with a paragraph-level break (FF, U+2029).
    pub paragraph_break: bool,
}

/// Iterator over the lines of a text; `\r\n` counts as one break. A text
/// ending with a break does not yield a trailing empty line.
pub struct Lines<'t> {
    text: &'t str,
    pos: usize,
}

/// All lines of `text`, in order.
pub fn lines(text: &str) -> Lines<'_> {
    Lines { text, pos: 0 }
}

impl Iterator for Lines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        let bytes = self.text.as_bytes();
        if self.pos >= bytes.len() {
            return None;
        }
        let start = self.pos;
        let mut i = start;
        // Byte scan: every break char is either ASCII or starts with
        // 0xC2 (NEL) / 0xE2 (U+2028/9), so other bytes are skipped cheaply.
        while i < bytes.len() {
            let b = bytes[i];
            let (brk_len, para) = match b {
                b'\n' | 0x0B => (1, false),
                0x0C => (1, true),
                b'\r' => (
                    if bytes.get(i + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    },
                    false,
                ),
                0xC2 if bytes.get(i + 1) == Some(&0x85) => (2, false),
                0xE2 if bytes.get(i + 1) == Some(&0x80)
                    && matches!(bytes.get(i + 2), Some(0xA8) | Some(0xA9)) =>
                {
                    (3, bytes[i + 2] == 0xA9)
                }
                _ => (0, false),
            };
            if brk_len > 0 {
                self.pos = i + brk_len;
                return Some(Line {
                    span: Span::new(start, i),
                    paragraph_break: para,
                });
            }
            i += 1;
        }
        self.pos = bytes.len();
        Some(Line {
            span: Span::new(start, bytes.len()),
            paragraph_break: false,
        })
    }
}

/// Whitespace-separated words of a string, by [`is_space`].
pub fn words(s: &str) -> impl DoubleEndedIterator<Item = &str> {
    s.split(is_space).filter(|w| !w.is_empty())
}

/// Short words skipped when judging title case.
fn is_minor_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "with"
            | "by"
            | "from"
            | "as"
            | "vs"
            | "via"
            | "into"
            | "over"
            | "per"
            | "up"
            | "off"
            | "out"
            | "is"
            | "are"
    )
}

/// A line that reads as a title: all capitals, or most content words
/// capitalised ("MOC signed between Laotian Government and JETRO").
pub fn is_headline(line: &str) -> bool {
    let mut content = 0usize;
    let mut capital = 0usize;
    let mut total = 0usize;
    let mut has_lower = false;
    let mut has_upper = false;
    for w in words(line) {
        total += 1;
        if total > 24 {
            return false;
        }
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = core.chars().next() else {
            continue;
        };
        has_lower |= core.chars().any(char::is_lowercase);
        has_upper |= core.chars().any(char::is_uppercase);
        if is_minor_word(core) {
            continue;
        }
        content += 1;
        if first.is_uppercase() || first.is_numeric() || !first.is_lowercase() {
            capital += 1;
        }
    }
    if content == 0 {
        return false;
    }
    (has_upper && !has_lower) || capital * 10 >= content * 7
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unicode_spaces_count_as_space() {
        for c in [
            ' ', '\t', '\u{A0}', '\u{2009}', '\u{202F}', '\u{3000}', '\u{200B}', '\u{FEFF}',
            '\u{2028}', '\u{85}',
        ] {
            assert!(is_space(c), "{c:?}");
        }
        for c in ['a', '\u{200D}', '\u{200C}', '\0', '.'] {
            assert!(!is_space(c), "{c:?}");
        }
    }

    #[test]
    fn lines_handle_every_break_kind() {
        let text = "a\r\nb\rc\u{2028}d\u{2029}e\u{85}f\n";
        let got: Vec<&str> = lines(text).map(|l| l.span.slice(text)).collect();
        assert_eq!(got, ["a", "b", "c", "d", "e", "f"]);
        let paras: Vec<bool> = lines(text).map(|l| l.paragraph_break).collect();
        assert_eq!(paras, [false, false, false, true, false, false]);
    }

    #[test]
    fn lines_keep_empty_lines() {
        let text = "a\n\n b";
        let got: Vec<&str> = lines(text).map(|l| l.span.slice(text)).collect();
        assert_eq!(got, ["a", "", " b"]);
        assert_eq!(lines("").count(), 0);
    }

    #[test]
    fn trim_span_strips_unicode_space() {
        let text = "\u{FEFF}\u{A0} Hello \u{3000}";
        let s = trim_span(text, Span::new(0, text.len()));
        assert_eq!(s.slice(text), "Hello");
        let blank = "\u{200B} ";
        assert!(trim_span(blank, Span::new(0, blank.len())).is_empty());
    }

    #[test]
    fn headline_detection() {
        assert!(is_headline("Laotian Government and JETRO Sign MOC"));
        assert!(is_headline("DOWN THE RABBIT-HOLE"));
        assert!(!is_headline("This is a sentence cut off"));
    }
}
