//! Tokenizer exceptions ("don't" → "do" + "n't", "U.S.", "a.m.", emoticons)
//! and the phrase matcher that re-joins exceptions the affix rules split.

use serde::Deserialize;
use std::collections::HashMap;

#[derive(Deserialize)]
pub struct PieceJson {
    pub orth: String,
    pub norm: Option<String>,
}

/// A special case that affix splitting takes apart, as the token texts it
/// is split into (the JSON also names the case, which is not needed here).
#[derive(Deserialize)]
pub struct MatcherJson {
    pub tokens: Vec<String>,
}

/// One token of an exception: its byte length and, if the exception sets
/// one, its NORM as a string id.
#[derive(Clone, Copy, Debug)]
pub struct Piece {
    pub len: usize,
    pub norm: Option<u64>,
}

pub struct Specials {
    cases: HashMap<String, Vec<Piece>>,
    /// Longest exception in bytes: longer strings need no lookup.
    max_len: usize,
    /// Matcher patterns by first token text: (token texts, exception).
    patterns: HashMap<String, Vec<Vec<String>>>,
}

impl Specials {
    pub fn new(
        cases: HashMap<String, Vec<PieceJson>>,
        matcher: Vec<MatcherJson>,
        string_id: impl Fn(&str) -> u64,
    ) -> Self {
        let max_len = cases.keys().map(String::len).max().unwrap_or(0);
        let cases = cases
            .into_iter()
            .map(|(k, pieces)| {
                let pieces = pieces
                    .into_iter()
                    .map(|p| Piece {
                        len: p.orth.len(),
                        norm: p.norm.as_deref().map(&string_id),
                    })
                    .collect();
                (k, pieces)
            })
            .collect();
        let mut patterns: HashMap<String, Vec<Vec<String>>> = HashMap::new();
        for m in matcher {
            if let Some(first) = m.tokens.first() {
                patterns.entry(first.clone()).or_default().push(m.tokens);
            }
        }
        Specials {
            cases,
            max_len,
            patterns,
        }
    }

    pub fn get(&self, s: &str) -> Option<&[Piece]> {
        if s.len() > self.max_len {
            return None;
        }
        self.cases.get(s).map(Vec::as_slice)
    }

    pub fn contains(&self, s: &str) -> bool {
        self.get(s).is_some()
    }

    /// Token ranges `[start, end)` where a matcher pattern matches the token
    /// texts, filtered like spaCy's `_filter_special_spans`: longest first,
    /// then leftmost; a span is dropped if its first or last token was
    /// already covered by a longer (or equally long, earlier) match.
    pub fn matches(&self, texts: &[&str]) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        for start in 0..texts.len() {
            let Some(pats) = self.patterns.get(texts[start]) else {
                continue;
            };
            for pat in pats {
                let end = start + pat.len();
                if end <= texts.len() && pat.iter().zip(&texts[start..end]).all(|(p, t)| p == t) {
                    found.push((start, end));
                }
            }
        }
        if found.is_empty() {
            return found;
        }
        // Longest first; equal lengths leftmost first.
        found.sort_by(|a, b| (b.1 - b.0).cmp(&(a.1 - a.0)).then(a.0.cmp(&b.0)));
        found.dedup();
        let mut seen = vec![false; texts.len()];
        let mut kept = Vec::new();
        for (start, end) in found {
            if !seen[start] && !seen[end - 1] {
                kept.push((start, end));
            }
            for s in &mut seen[start..end] {
                *s = true;
            }
        }
        kept.sort_unstable();
        kept
    }
}
