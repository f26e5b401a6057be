//! String ids and the lexical attributes the hash embeddings read.
//!
//! spaCy identifies every string by `StringStore.add`: 0 for the empty
//! string, a small fixed id for the ~450 built-in symbols (attribute names,
//! POS tags, dependency labels such as "mark" or "det"), else the 64-bit
//! string hash. A lexeme's NORM comes from the `lexeme_norm` lookup table
//! (e.g. "colour" → "color"), else the lower-cased text.

use super::hashing::hash_string;
use super::unicode;
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::HashMap;

#[derive(Deserialize)]
struct VocabJson {
    symbols: HashMap<String, u64>,
    lexeme_norm: Vec<(u64, String)>,
}

pub struct Vocab {
    symbols: HashMap<String, u64>,
    /// Keyed by the string id of the token text.
    lexeme_norm: HashMap<u64, String>,
}

/// The per-token values `MultiHashEmbed` hashes (see `Tok2Vec`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LexAttrs {
    pub norm: u64,
    pub prefix: u64,
    pub suffix: u64,
    pub shape: u64,
    pub is_space: bool,
}

impl Vocab {
    pub fn from_json(bytes: &[u8]) -> Result<Self, serde_json::Error> {
        let v: VocabJson = serde_json::from_slice(bytes)?;
        Ok(Vocab {
            symbols: v.symbols,
            lexeme_norm: v.lexeme_norm.into_iter().collect(),
        })
    }

    /// `StringStore.add(s)` without storing anything.
    pub fn string_id(&self, s: &str) -> u64 {
        if s.is_empty() {
            0
        } else if let Some(&id) = self.symbols.get(s) {
            id
        } else {
            hash_string(s)
        }
    }

    /// The lexeme NORM string of a token text.
    pub fn norm<'a>(&'a self, text: &'a str) -> Cow<'a, str> {
        match self.lexeme_norm.get(&self.string_id(text)) {
            Some(norm) => Cow::Borrowed(norm.as_str()),
            None => Cow::Owned(text.to_lowercase()),
        }
    }

    /// Attributes of a token; `norm_override` is a tokenizer exception's NORM
    /// (already a string id), which takes precedence over the lexeme's.
    pub fn lex_attrs(&self, text: &str, norm_override: Option<u64>) -> LexAttrs {
        let norm = match norm_override {
            Some(id) => id,
            None => self.string_id(&self.norm(text)),
        };
        let prefix_end = text.chars().next().map_or(0, char::len_utf8);
        let suffix_start = text.char_indices().rev().nth(2).map_or(0, |(i, _)| i);
        LexAttrs {
            norm,
            prefix: self.string_id(&text[..prefix_end]),
            suffix: self.string_id(&text[suffix_start..]),
            shape: self.string_id(&word_shape(text)),
            is_space: unicode::str_is_space(text),
        }
    }
}

/// spaCy's `word_shape`: "Apple" → "Xxxxx", "1990s" → "ddddx", runs of the
/// same shape character capped at four; 100 or more characters → "LONG".
pub fn word_shape(text: &str) -> String {
    if text.chars().count() >= 100 {
        return "LONG".to_string();
    }
    let mut shape = String::with_capacity(text.len());
    let mut last: Option<char> = None;
    let mut seq = 0;
    for c in text.chars() {
        let shape_char = if unicode::is_alpha(c) {
            if unicode::is_upper(c) { 'X' } else { 'x' }
        } else if unicode::is_digit(c) {
            'd'
        } else {
            c
        };
        if Some(shape_char) == last {
            seq += 1;
        } else {
            seq = 0;
            last = Some(shape_char);
        }
        if seq < 4 {
            shape.push(shape_char);
        }
    }
    shape
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::spacy::assets;

    fn vocab() -> Vocab {
        Vocab::from_json(assets::VOCAB_JSON).unwrap()
    }

    #[test]
    fn shapes() {
        assert_eq!(word_shape("Apple"), "Xxxxx");
        assert_eq!(word_shape("1990s"), "ddddx");
        assert_eq!(word_shape("U.S."), "X.X.");
        assert_eq!(word_shape("Zürich"), "Xxxxx");
        assert_eq!(word_shape(&"a".repeat(100)), "LONG");
    }

    // Values from `doc.to_array([NORM, PREFIX, SUFFIX, SHAPE])` in spaCy 3.8.
    #[test]
    fn attributes_match_spacy() {
        let v = vocab();
        let the = v.lex_attrs("The", None);
        assert_eq!(the.norm, 7425985699627899538);
        assert_eq!(the.prefix, 5582244037879929967);
        assert_eq!(the.suffix, 5059648917813135842);
        assert_eq!(the.shape, 18200729499220207786);
        // "mark" and "det" are built-in symbols, so their ids are small.
        assert_eq!(v.lex_attrs("mark", None).norm, 423);
        assert_eq!(v.lex_attrs("det", None).suffix, 415);
        // A one-letter capital's prefix is the POS symbol X.
        assert_eq!(v.lex_attrs("X", None).prefix, 101);
        let us = v.lex_attrs("U.S.", None);
        assert_eq!(us.norm, 7742618937320755052);
        assert_eq!(us.suffix, 13611846068488418672);
        assert_eq!(us.shape, 9346084826459880894);
    }

    #[test]
    fn lexeme_norm_table_applies() {
        let v = vocab();
        // British spellings are normalised by the lexeme_norm table.
        assert_eq!(v.norm("colour"), "color");
        assert_eq!(v.norm("Apple"), "apple");
    }
}
