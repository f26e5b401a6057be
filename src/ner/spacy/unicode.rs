//! Python's notion of whitespace, letters, digits and upper case.
//!
//! The tokenizer splits on `str.isspace()` and the SHAPE feature uses
//! `isalpha`/`isdigit`/`isupper`; Rust's `char` predicates disagree with
//! Python's on a few hundred code points (e.g. U+001C..U+001F are Python
//! whitespace, superscript digits are Python digits), so the converter
//! exports Python's own tables as code-point ranges.

use super::assets;
use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Deserialize)]
struct RangesJson {
    space: Vec<(u32, u32)>,
    alpha: Vec<(u32, u32)>,
    digit: Vec<(u32, u32)>,
    upper: Vec<(u32, u32)>,
}

const SPACE: u8 = 1;
const ALPHA: u8 = 2;
const DIGIT: u8 = 4;
const UPPER: u8 = 8;

pub struct PyChars {
    ascii: [u8; 128],
    space: Vec<(u32, u32)>,
    alpha: Vec<(u32, u32)>,
    digit: Vec<(u32, u32)>,
    upper: Vec<(u32, u32)>,
}

fn in_ranges(ranges: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    let k = ranges.partition_point(|&(_, hi)| hi < c);
    k < ranges.len() && ranges[k].0 <= c
}

impl PyChars {
    fn from_json(bytes: &[u8]) -> Result<Self, serde_json::Error> {
        let r: RangesJson = serde_json::from_slice(bytes)?;
        let mut ascii = [0u8; 128];
        for (b, flags) in ascii.iter_mut().enumerate() {
            let c = char::from(b as u8);
            for (bit, ranges) in [
                (SPACE, &r.space),
                (ALPHA, &r.alpha),
                (DIGIT, &r.digit),
                (UPPER, &r.upper),
            ] {
                if in_ranges(ranges, c) {
                    *flags |= bit;
                }
            }
        }
        Ok(PyChars {
            ascii,
            space: r.space,
            alpha: r.alpha,
            digit: r.digit,
            upper: r.upper,
        })
    }

    #[inline]
    fn check(&self, c: char, bit: u8, ranges: &[(u32, u32)]) -> bool {
        if c.is_ascii() {
            self.ascii[c as usize] & bit != 0
        } else {
            in_ranges(ranges, c)
        }
    }
}

fn tables() -> &'static PyChars {
    static TABLES: OnceLock<PyChars> = OnceLock::new();
    TABLES.get_or_init(|| {
        PyChars::from_json(assets::UNICODE_JSON).expect("embedded unicode.json is valid")
    })
}

/// `c.isspace()`
pub fn is_space(c: char) -> bool {
    let t = tables();
    t.check(c, SPACE, &t.space)
}

/// `c.isalpha()`
pub fn is_alpha(c: char) -> bool {
    let t = tables();
    t.check(c, ALPHA, &t.alpha)
}

/// `c.isdigit()`
pub fn is_digit(c: char) -> bool {
    let t = tables();
    t.check(c, DIGIT, &t.digit)
}

/// `c.isupper()`
pub fn is_upper(c: char) -> bool {
    let t = tables();
    t.check(c, UPPER, &t.upper)
}

/// `s.isspace()`: non-empty and all whitespace.
pub fn str_is_space(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_space)
}

/// `s.isalpha()`: non-empty and all letters.
pub fn str_is_alpha(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_alpha)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_semantics_not_rust() {
        // Python counts the ASCII separators U+001C..U+001F as whitespace.
        assert!(is_space('\u{1c}') && !'\u{1c}'.is_whitespace());
        assert!(is_space('\u{a0}') && is_space('\n') && !is_space('x'));
        // Superscript two is a Python digit but not a decimal.
        assert!(is_digit('²') && is_digit('7') && !is_digit('½'));
        assert!(is_alpha('é') && is_alpha('ß') && !is_alpha('1'));
        assert!(is_upper('É') && !is_upper('é') && !is_upper('1'));
        assert!(str_is_space(" \t") && !str_is_space(""));
        assert!(str_is_alpha("São") && !str_is_alpha("a1"));
    }
}
