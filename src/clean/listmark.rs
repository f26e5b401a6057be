//! List markers: bullets ("•", "⁃") and enumerators ("1.", "2)", "a.)",
//! "(iv)", "B."). A marker opens a sentence; an enumerator that continues
//! the current list ("1. The first item 2. The second") closes the previous
//! item even without a period.

use super::text::is_space;

/// Bullets that start an item wherever they stand after a space.
pub fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '‣'
            | '⁃'
            | '◦'
            | '▪'
            | '▫'
            | '●'
            | '○'
            | '■'
            | '□'
            | '►'
            | '▶'
            | '➢'
            | '➤'
            | '✓'
            | '✔'
            | '※'
            | '◆'
            | '◇'
    )
}

/// Characters that mark a list item only at the start of a line, where they
/// cannot be a dash inside prose.
pub fn is_line_bullet(c: char) -> bool {
    is_bullet(c) || matches!(c, '-' | '*' | '–' | '—' | '·' | '+' | '>')
}

/// What kind of symbols an enumerator counts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Digit,
    Lower,
    Upper,
}

/// The punctuation around an enumerator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// "1."
    Dot,
    /// "1)"
    Paren,
    /// "1.)"
    DotParen,
    /// "(1)"
    Enclosed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Enumerator {
    pub kind: Kind,
    pub style: Style,
    /// Value as a number or as a letter (a = 1).
    pub value: Option<u32>,
    /// Value read as a roman numeral, when the symbols allow it.
    pub roman: Option<u32>,
    /// Byte length of the marker, punctuation included.
    pub len: usize,
}

impl Enumerator {
    /// True when `next` is the item that follows `self` in the same list.
    /// A list may also start over at 1 (or "a"), in the same style after
    /// its first item or in another style.
    pub fn followed_by(&self, next: &Enumerator) -> bool {
        let same = self.kind == next.kind && self.style == next.style;
        let step =
            |a: Option<u32>, b: Option<u32>| matches!((a, b), (Some(a), Some(b)) if b == a + 1);
        if same && (step(self.value, next.value) || step(self.roman, next.roman)) {
            return true;
        }
        next.value == Some(1) && (!same || self.value.is_some_and(|v| v > 1))
    }
}

/// Parse an enumerator at the start of `s`; it must be followed by
/// whitespace (so "1.5" and "U.S." are not markers) and the item must have
/// content after it.
pub fn parse(s: &str) -> Option<Enumerator> {
    let b = s.as_bytes();
    // "(a)" and "[a]" enclose the symbol; other styles follow it.
    let close = match b.first() {
        Some(b'(') => Some(b')'),
        Some(b'[') => Some(b']'),
        _ => None,
    };
    let (style_open, body_start) = (close.is_some(), usize::from(close.is_some()));
    // Symbols: 1-2 digits, or 1-5 ASCII letters (one letter, or a roman numeral).
    let body_len = b[body_start..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if body_len == 0 || body_len > 5 {
        return None;
    }
    let body = &s[body_start..body_start + body_len];
    let (kind, value, roman) = if body.bytes().all(|c| c.is_ascii_digit()) {
        if body_len > 2 {
            return None;
        }
        (Kind::Digit, body.parse::<u32>().ok(), None)
    } else if body.bytes().all(|c| c.is_ascii_alphabetic()) {
        let kind = if body.bytes().all(|c| c.is_ascii_lowercase()) {
            Kind::Lower
        } else if body.bytes().all(|c| c.is_ascii_uppercase()) {
            Kind::Upper
        } else {
            return None;
        };
        let roman = roman_value(body);
        let value =
            (body_len == 1).then(|| u32::from(body.as_bytes()[0].to_ascii_lowercase() - b'a' + 1));
        if value.is_none() && roman.is_none() {
            return None;
        }
        (kind, value, roman)
    } else {
        return None;
    };
    let rest = &b[body_start + body_len..];
    let (style, punct_len) = if style_open {
        if rest.first() != close.as_ref() {
            return None;
        }
        (Style::Enclosed, 1)
    } else {
        match rest {
            [b'.', b')', ..] => (Style::DotParen, 2),
            [b'.', ..] => (Style::Dot, 1),
            [b')', ..] => (Style::Paren, 1),
            _ => return None,
        }
    };
    let len = body_start + body_len + punct_len;
    // A marker needs a space after it and something after the space.
    let after = &s[len..];
    let mut chars = after.chars();
    if !chars.next().is_some_and(is_space) || !after.chars().any(|c| !is_space(c)) {
        return None;
    }
    Some(Enumerator {
        kind,
        style,
        value,
        roman,
        len,
    })
}

/// `s` after its leading bullets and spaces, looking at a few chars only
/// (so a run of a million bullets costs nothing per call).
fn skip_bullets(s: &str) -> &str {
    let mut at = 0;
    for (i, c) in s.char_indices().take(8) {
        if !(is_bullet(c) || is_space(c)) {
            break;
        }
        at = i + c.len_utf8();
    }
    &s[at..]
}

/// Byte length of the list marker (bullets and/or enumerator, with the
/// spaces after it) that opens `s`, if any.
pub fn marker_len(s: &str) -> Option<usize> {
    let rest = skip_bullets(s);
    let bullets = s.len() - rest.len();
    let had_bullet = bullets > 0 && s.starts_with(is_bullet);
    let after_enum = match parse(rest) {
        Some(e) => rest[e.len..].trim_start_matches(is_space),
        None if had_bullet => rest,
        None => {
            // "- item", "* item": a line bullet needs a space after it.
            let mut cs = s.chars();
            let c0 = cs.next()?;
            if is_line_bullet(c0) && cs.next().is_some_and(is_space) {
                s[c0.len_utf8()..].trim_start_matches(is_space)
            } else {
                return None;
            }
        }
    };
    Some(s.len() - after_enum.len())
}

/// A marker at the start of `s`: bullet(s) and/or an enumerator. Returns the
/// enumerator if there is one, and whether any marker was found.
pub fn parse_marker(s: &str) -> (bool, Option<Enumerator>) {
    let rest = skip_bullets(s);
    let had_bullet = rest.len() < s.len() && s.starts_with(is_bullet);
    let e = parse(rest);
    (had_bullet || e.is_some(), e)
}

/// Roman numeral of at most five letters, all upper or all lower case.
pub fn is_roman(word: &str) -> bool {
    let n = word.len();
    (1..=5).contains(&n)
        && (word.bytes().all(|b| b"ivxlc".contains(&b))
            || word.bytes().all(|b| b"IVXLC".contains(&b)))
}

/// Value of a roman numeral made of i, v, x, l, c (either case).
pub fn roman_value(word: &str) -> Option<u32> {
    if !is_roman(word) {
        return None;
    }
    let val = |b: u8| match b.to_ascii_lowercase() {
        b'i' => 1,
        b'v' => 5,
        b'x' => 10,
        b'l' => 50,
        _ => 100,
    };
    let b = word.as_bytes();
    let mut total = 0i32;
    for (k, &c) in b.iter().enumerate() {
        let v = val(c);
        if b.get(k + 1).is_some_and(|&n| val(n) > v) {
            total -= v;
        } else {
            total += v;
        }
    }
    u32::try_from(total).ok().filter(|&v| v > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_enumerators() {
        let e = parse("1. The first").unwrap();
        assert_eq!(
            (e.kind, e.style, e.value, e.len),
            (Kind::Digit, Style::Dot, Some(1), 2)
        );
        let e = parse("2.) The").unwrap();
        assert_eq!((e.style, e.value, e.len), (Style::DotParen, Some(2), 3));
        let e = parse("(iv) Hello").unwrap();
        assert_eq!(
            (e.kind, e.style, e.roman),
            (Kind::Lower, Style::Enclosed, Some(4))
        );
        let e = parse("b) another").unwrap();
        assert_eq!((e.kind, e.value), (Kind::Lower, Some(2)));
        assert!(parse("1.5 million").is_none());
        assert!(parse("U.S. Army").is_none());
        assert!(parse("2013. The").is_none());
        assert!(parse("1. ").is_none());
        assert!(parse("abc. x").is_none());
    }

    #[test]
    fn follows() {
        let a = parse("a. x").unwrap();
        let b = parse("b. y").unwrap();
        let i = parse("i) x").unwrap();
        let ii = parse("ii) x").unwrap();
        assert!(a.followed_by(&b));
        assert!(i.followed_by(&ii));
        assert!(!a.followed_by(&parse("b) y").unwrap()));
        assert!(b.followed_by(&a), "a list may restart");
        assert_eq!(parse("[z] Last").unwrap().style, Style::Enclosed);
    }

    #[test]
    fn romans() {
        assert_eq!(roman_value("iv"), Some(4));
        assert_eq!(roman_value("XII"), Some(12));
        assert_eq!(roman_value("Xi"), None);
    }

    #[test]
    fn markers_with_bullets() {
        assert_eq!(parse_marker("• 9. The first").1.unwrap().value, Some(9));
        assert!(parse_marker("• plain").0);
        assert!(!parse_marker("plain").0);
        assert_eq!(marker_len("1. Site Top"), Some(3));
        assert_eq!(marker_len("• 9. Stop"), Some("• 9. ".len()));
        assert_eq!(marker_len("- item"), Some(2));
        assert_eq!(marker_len("-item"), None);
        assert_eq!(marker_len("plain"), None);
    }
}
