//! spaCy's rule-based English tokenizer, ported rule for rule.
//!
//! The text is split on whitespace (a single space after a token becomes
//! its `space_after`; other whitespace becomes tokens of its own); each
//! chunk is an exception, or loses prefixes and suffixes until none match,
//! and what is left is an exception, a URL, or is split on infixes. Finally
//! exceptions that affix splitting took apart are re-joined. Offsets are
//! bytes into the text given.

mod affixes;
mod specials;

use super::unicode;
use super::vocab::Vocab;
use affixes::{AffixRules, UnitJson};
use serde::Deserialize;
use specials::{MatcherJson, Piece, PieceJson, Specials};
use std::collections::HashMap;

/// One token: byte range in the tokenized text, whether a single space
/// follows it, and the NORM a tokenizer exception gives it (a string id).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawToken {
    pub start: usize,
    pub end: usize,
    pub space_after: bool,
    pub norm: Option<u64>,
}

#[derive(Deserialize)]
struct TokenizerJson {
    prefix: Vec<UnitJson>,
    suffix: Vec<UnitJson>,
    infix: Vec<UnitJson>,
    url_match: String,
    specials: HashMap<String, Vec<PieceJson>>,
    special_matcher: Vec<MatcherJson>,
}

#[derive(Debug, thiserror::Error)]
pub enum TokenizerError {
    #[error("tokenizer.json: {0}")]
    Json(#[from] serde_json::Error),
    #[error("tokenizer pattern: {0}")]
    Regex(#[from] regex::Error),
    #[error("URL pattern: {0}")]
    Fancy(#[from] Box<fancy_regex::Error>),
}

pub struct Tokenizer {
    prefix: AffixRules,
    suffix: AffixRules,
    infix: AffixRules,
    url: fancy_regex::Regex,
    specials: Specials,
}

impl Tokenizer {
    pub fn from_json(bytes: &[u8], vocab: &Vocab) -> Result<Self, TokenizerError> {
        let t: TokenizerJson = serde_json::from_slice(bytes)?;
        Ok(Tokenizer {
            prefix: AffixRules::new(t.prefix)?,
            suffix: AffixRules::new(t.suffix)?,
            infix: AffixRules::new(t.infix)?,
            url: fancy_regex::Regex::new(&t.url_match).map_err(Box::new)?,
            specials: Specials::new(t.specials, t.special_matcher, |s| vocab.string_id(s)),
        })
    }

    pub fn tokenize(&self, text: &str) -> Vec<RawToken> {
        let mut out = Vec::with_capacity(text.len() / 4 + 1);
        let Some(first) = text.chars().next() else {
            return out;
        };
        let mut in_ws = unicode::is_space(first);
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if unicode::is_space(c) != in_ws {
                if start < i {
                    self.tokenize_chunk(text, start, i, &mut out);
                }
                if c == ' ' {
                    if let Some(last) = out.last_mut() {
                        last.space_after = true;
                    }
                    start = i + 1;
                } else {
                    start = i;
                }
                in_ws = !in_ws;
            }
        }
        if start < text.len() {
            self.tokenize_chunk(text, start, text.len(), &mut out);
        }
        self.rejoin_exceptions(text, out)
    }

    fn push(out: &mut Vec<RawToken>, start: usize, end: usize) {
        out.push(RawToken {
            start,
            end,
            space_after: false,
            norm: None,
        });
    }

    fn push_pieces(out: &mut Vec<RawToken>, mut at: usize, pieces: &[Piece]) {
        for p in pieces {
            out.push(RawToken {
                start: at,
                end: at + p.len,
                space_after: false,
                norm: p.norm,
            });
            at += p.len;
        }
    }

    /// One whitespace-delimited chunk `text[start..end]`.
    fn tokenize_chunk(&self, text: &str, start: usize, end: usize, out: &mut Vec<RawToken>) {
        if let Some(pieces) = self.specials.get(&text[start..end]) {
            Self::push_pieces(out, start, pieces);
            return;
        }
        let (mut s, mut e) = (start, end);
        let mut prefixes: Vec<(usize, usize)> = Vec::new();
        let mut suffixes: Vec<(usize, usize)> = Vec::new();
        let mut last_size = 0;
        while s < e && e - s != last_size {
            if self.specials.contains(&text[s..e]) {
                break;
            }
            last_size = e - s;
            let pre_len = self.prefix.find_prefix(&text[s..e]);
            if pre_len != 0 && s + pre_len < e && self.specials.contains(&text[s + pre_len..e]) {
                prefixes.push((s, s + pre_len));
                s += pre_len;
                break;
            }
            let suf_len = self.suffix.find_suffix(&text[s + pre_len..e]);
            if suf_len != 0 && s < e - suf_len && self.specials.contains(&text[s..e - suf_len]) {
                suffixes.push((e - suf_len, e));
                e -= suf_len;
                break;
            }
            if pre_len != 0 && suf_len != 0 && pre_len + suf_len <= e - s {
                prefixes.push((s, s + pre_len));
                suffixes.push((e - suf_len, e));
                s += pre_len;
                e -= suf_len;
            } else if pre_len != 0 {
                prefixes.push((s, s + pre_len));
                s += pre_len;
            } else if suf_len != 0 {
                suffixes.push((e - suf_len, e));
                e -= suf_len;
            }
        }
        for &(ps, pe) in &prefixes {
            Self::push(out, ps, pe);
        }
        if s < e {
            self.attach_middle(text, s, e, out);
        }
        for &(ss, se) in suffixes.iter().rev() {
            Self::push(out, ss, se);
        }
    }

    /// What is left of a chunk once its affixes are off.
    fn attach_middle(&self, text: &str, s: usize, e: usize, out: &mut Vec<RawToken>) {
        let mid = &text[s..e];
        if let Some(pieces) = self.specials.get(mid) {
            Self::push_pieces(out, s, pieces);
            return;
        }
        // Every URL the pattern accepts contains a dot; skip the
        // backtracking matcher for the many strings that cannot match.
        // A match that exceeds the backtracking limit counts as no match.
        if mid.contains('.') && self.url.is_match(mid).unwrap_or(false) {
            Self::push(out, s, e);
            return;
        }
        let mut cur = 0;
        for (ms, me) in self.infix.find_infixes(mid) {
            // spaCy ignores an infix at the very start of the string.
            if ms == 0 {
                continue;
            }
            if ms != cur {
                Self::push(out, s + cur, s + ms);
            }
            if ms != me {
                Self::push(out, s + ms, s + me);
            }
            cur = me;
        }
        if cur < mid.len() {
            Self::push(out, s + cur, e);
        }
    }

    /// spaCy's `_apply_special_cases`: exceptions spread over several
    /// tokens (e.g. "''" split into two quotes) become the exception's tokens.
    fn rejoin_exceptions(&self, text: &str, tokens: Vec<RawToken>) -> Vec<RawToken> {
        let texts: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
        let matches = self.specials.matches(&texts);
        if matches.is_empty() {
            return tokens;
        }
        let mut out = Vec::with_capacity(tokens.len());
        let mut i = 0;
        for (start, end) in matches {
            out.extend_from_slice(&tokens[i..start]);
            let span = &text[tokens[start].start..tokens[end - 1].end];
            match self.specials.get(span) {
                Some(pieces) => {
                    let from = out.len();
                    Self::push_pieces(&mut out, tokens[start].start, pieces);
                    if let Some(last) = out[from..].last_mut() {
                        last.space_after = tokens[end - 1].space_after;
                    }
                }
                None => out.extend_from_slice(&tokens[start..end]),
            }
            i = end;
        }
        out.extend_from_slice(&tokens[i..]);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::spacy::assets;

    fn tokenizer() -> Tokenizer {
        let vocab = Vocab::from_json(assets::VOCAB_JSON).unwrap();
        Tokenizer::from_json(assets::TOKENIZER_JSON, &vocab).unwrap()
    }

    fn texts(t: &Tokenizer, s: &str) -> Vec<String> {
        t.tokenize(s)
            .iter()
            .map(|r| s[r.start..r.end].to_string())
            .collect()
    }

    #[test]
    fn contractions_and_abbreviations() {
        let t = tokenizer();
        assert_eq!(
            texts(&t, "The U.S. didn't say."),
            ["The", "U.S.", "did", "n't", "say", "."]
        );
        assert_eq!(texts(&t, "(Mr. O'Brien)"), ["(", "Mr.", "O'Brien", ")"]);
        assert_eq!(texts(&t, "at 10a.m."), ["at", "10", "a.m."]);
    }

    #[test]
    fn exception_norms() {
        let t = tokenizer();
        let toks = t.tokenize("don't");
        assert_eq!(toks.len(), 2);
        assert!(toks[1].norm.is_some(), "n't has NORM 'not'");
    }

    #[test]
    fn affixes_units_and_infixes() {
        let t = tokenizer();
        assert_eq!(texts(&t, "10km,"), ["10", "km", ","]);
        assert_eq!(texts(&t, "U.S.-led"), ["U.S.-led"]);
        assert_eq!(texts(&t, "well-known"), ["well", "-", "known"]);
        assert_eq!(texts(&t, "$1.5bn"), ["$", "1.5bn"]);
        assert_eq!(texts(&t, "+5"), ["+5"]);
        assert_eq!(texts(&t, "+x"), ["+", "x"]);
    }

    #[test]
    fn urls_stay_whole() {
        let t = tokenizer();
        assert_eq!(
            texts(&t, "see www.example.org/a?b=1."),
            ["see", "www.example.org/a?b=1", "."]
        );
    }

    #[test]
    fn whitespace_tokens_and_flags() {
        let t = tokenizer();
        let s = "a  b\nc ";
        let toks = t.tokenize(s);
        let got: Vec<(&str, bool)> = toks
            .iter()
            .map(|r| (&s[r.start..r.end], r.space_after))
            .collect();
        assert_eq!(
            got,
            [
                ("a", true),
                (" ", false),
                ("b", false),
                ("\n", false),
                ("c", true)
            ]
        );
        assert!(t.tokenize("").is_empty());
    }

    #[test]
    fn split_quotes_are_rejoined() {
        let t = tokenizer();
        assert_eq!(texts(&t, "''Hello"), ["''", "Hello"]);
    }

    /// Every tokenizer exception in context plus random mixes of affixes,
    /// tokenized by spaCy (tests/data/spacy/tokenizer.jsonl.gz).
    #[test]
    fn matches_spacy_on_fixture_cases() {
        use std::io::{BufRead, BufReader};
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/spacy/tokenizer.jsonl.gz"
        );
        let file = std::fs::File::open(path).unwrap();
        let vocab = Vocab::from_json(assets::VOCAB_JSON).unwrap();
        let t = Tokenizer::from_json(assets::TOKENIZER_JSON, &vocab).unwrap();
        let (mut n, mut bad) = (0, Vec::new());
        for line in BufReader::new(flate2::read::GzDecoder::new(file)).lines() {
            let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
            let text = v["text"].as_str().unwrap();
            let ci = crate::doc::CharIndex::new(text);
            let toks = t.tokenize(text);
            let got: Vec<(u64, u64, bool, u64)> = toks
                .iter()
                .map(|r| {
                    let word = &text[r.start..r.end];
                    let norm = vocab.lex_attrs(word, r.norm).norm;
                    (
                        ci.char_of(r.start) as u64,
                        ci.char_of(r.end) as u64,
                        r.space_after,
                        norm,
                    )
                })
                .collect();
            let want: Vec<(u64, u64, bool, u64)> = v["tokens"]
                .as_array()
                .unwrap()
                .iter()
                .zip(v["norms"].as_array().unwrap())
                .map(|(x, norm)| {
                    let (s, e) = (x[0].as_u64().unwrap(), x[1].as_u64().unwrap());
                    let word: String = text
                        .chars()
                        .skip(s as usize)
                        .take((e - s) as usize)
                        .collect();
                    let norm = match norm.as_str() {
                        Some(n) => vocab.string_id(n),
                        None => vocab.string_id(&word.to_lowercase()),
                    };
                    (s, e, x[2].as_bool().unwrap(), norm)
                })
                .collect();
            n += 1;
            if got != want {
                bad.push(text.to_string());
            }
        }
        assert!(n > 5000, "{n} cases");
        assert!(
            bad.is_empty(),
            "{} of {n} differ, e.g. {:?}",
            bad.len(),
            &bad[..bad.len().min(5)]
        );
    }
}
