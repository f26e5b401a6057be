//! Tokens, sentence segments and BIO tags for the token-based formats.
//!
//! Tokens come from the record's `tokens` layer when it has one; otherwise a
//! minimal tokenizer splits the text (whitespace, then punctuation, keeping
//! "U.S", "start-ups", "People's", "2,000" whole). Either way a token never
//! contains whitespace and never crosses an entity or sentence edge: tokens
//! are cut there, so every entity maps onto whole tokens and none is lost.

use super::doc::{Entity, ExportDoc};
use crate::eval::input::CharSpan;
use std::collections::BTreeSet;

/// Tokens of one document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tokenized {
    pub tokens: Vec<CharSpan>,
    /// True when the record had no `tokens` layer and the minimal tokenizer ran.
    pub self_tokenized: bool,
    /// Tokens cut at an entity or sentence edge.
    pub cuts: u64,
}

/// A run of tokens exported as one example: a sentence, or the tokens that
/// lie outside every sentence (kept rather than dropped).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Index into the document's `sentences`, if the tokens are in one.
    pub sentence: Option<usize>,
    pub tokens: std::ops::Range<usize>,
}

fn is_joiner(c: char, prev: char, next: char) -> bool {
    match c {
        '\'' | '’' | '-' | '‐' | '.' | '·' | '&' => {
            prev.is_alphanumeric() && next.is_alphanumeric()
        }
        ',' | ':' => prev.is_numeric() && next.is_numeric(),
        _ => false,
    }
}

/// Minimal tokenizer over code points: alphanumeric runs (with inner
/// joiners) and single punctuation characters.
pub fn minimal_tokens(text: &str) -> Vec<CharSpan> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push((i, i + 1));
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            if chars[j].is_alphanumeric()
                || (j + 1 < chars.len() && is_joiner(chars[j], chars[j - 1], chars[j + 1]))
            {
                j += 1;
            } else {
                break;
            }
        }
        out.push((i, j));
        i = j;
    }
    out
}

/// Non-whitespace runs inside each given token; overlapping tokens merged.
fn clean_layer(doc: &ExportDoc, layer: &[CharSpan]) -> Vec<CharSpan> {
    let mut sorted = layer.to_vec();
    sorted.sort();
    let mut merged: Vec<CharSpan> = Vec::with_capacity(sorted.len());
    for t in sorted {
        match merged.last_mut() {
            Some(last) if t.0 < last.1 => last.1 = last.1.max(t.1),
            _ => merged.push(t),
        }
    }
    let mut out = Vec::with_capacity(merged.len());
    for (s, e) in merged {
        let mut start = None;
        for (k, c) in doc.slice((s, e)).chars().enumerate() {
            match (c.is_whitespace(), start) {
                (false, None) => start = Some(s + k),
                (true, Some(b)) => {
                    out.push((b, s + k));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(b) = start {
            out.push((b, e));
        }
    }
    out
}

/// The document's tokens, cut at the edges of `entities` and sentences.
pub fn tokenize(doc: &ExportDoc, entities: &[Entity]) -> Tokenized {
    let (base, self_tokenized) = match &doc.tokens {
        Some(layer) => (clean_layer(doc, layer), false),
        None => (minimal_tokens(&doc.text), true),
    };
    let edges: BTreeSet<usize> = entities
        .iter()
        .flat_map(|e| [e.start, e.end])
        .chain(doc.sentences.iter().flat_map(|s| [s.0, s.1]))
        .collect();
    let mut tokens = Vec::with_capacity(base.len());
    let mut cuts = 0;
    for (s, e) in base {
        let mut from = s;
        for &p in edges.range(s + 1..e) {
            tokens.push((from, p));
            from = p;
            cuts += 1;
        }
        tokens.push((from, e));
    }
    Tokenized {
        tokens,
        self_tokenized,
        cuts,
    }
}

/// Groups tokens into sentences (by where each token starts); tokens outside
/// every sentence form segments of their own. A document without sentences
/// is one segment.
pub fn segments(doc: &ExportDoc, tokens: &[CharSpan]) -> Vec<Segment> {
    let mut order: Vec<usize> = (0..doc.sentences.len()).collect();
    order.sort_by_key(|&i| doc.sentences[i]);
    let sentence_of = |at: usize| -> Option<usize> {
        // Last sentence starting at or before `at`, if it contains `at`.
        let k = order.partition_point(|&i| doc.sentences[i].0 <= at);
        (k > 0)
            .then(|| order[k - 1])
            .filter(|&i| at < doc.sentences[i].1)
    };
    let mut out: Vec<Segment> = Vec::new();
    for (t, span) in tokens.iter().enumerate() {
        let s = sentence_of(span.0);
        match out.last_mut() {
            Some(seg) if seg.sentence == s && seg.tokens.end == t => seg.tokens.end = t + 1,
            _ => out.push(Segment {
                sentence: s,
                tokens: t..t + 1,
            }),
        }
    }
    out
}

/// What [`without_overlaps`] kept and left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Flat {
    /// Sorted, non-overlapping, non-empty.
    pub kept: Vec<Entity>,
    pub overlapping: u64,
    pub empty: u64,
}

/// Keeps a non-overlapping subset for formats that cannot nest (BIO,
/// spaCy `doc.ents`): by start, the longer first.
pub fn without_overlaps(entities: &[Entity]) -> Flat {
    let mut sorted = entities.to_vec();
    sorted.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut flat = Flat::default();
    for e in sorted {
        if e.start >= e.end {
            flat.empty += 1;
            continue;
        }
        match flat.kept.last() {
            Some(last) if e.start < last.end => flat.overlapping += 1,
            _ => flat.kept.push(e),
        }
    }
    flat
}

/// Per-token entity membership: `Some((entity index, is_first_token))`.
/// `entities` must be sorted and non-overlapping (see [`without_overlaps`]).
/// A token opens an entity (B) at the entity's first token and at the first
/// token of each later segment it spans.
pub fn bio(
    tokens: &[CharSpan],
    segments: &[Segment],
    entities: &[Entity],
) -> Vec<Option<(usize, bool)>> {
    let mut tags = vec![None; tokens.len()];
    let mut k = 0;
    for seg in segments {
        let mut open: Option<usize> = None;
        for t in seg.tokens.clone() {
            let (s, e) = tokens[t];
            while k < entities.len() && entities[k].end <= s {
                k += 1;
            }
            let inside = k < entities.len() && entities[k].start <= s && e <= entities[k].end;
            if inside {
                tags[t] = Some((k, open != Some(k)));
                open = Some(k);
            } else {
                open = None;
            }
        }
    }
    tags
}

/// Entities that no token falls inside (whitespace-only spans).
pub fn untokenized(tags: &[Option<(usize, bool)>], n_entities: usize) -> u64 {
    let mut seen = vec![false; n_entities];
    for (k, _) in tags.iter().flatten() {
        seen[*k] = true;
    }
    seen.iter().filter(|s| !**s).count() as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(doc: &'a ExportDoc, t: &[CharSpan]) -> Vec<&'a str> {
        t.iter().map(|&s| doc.slice(s)).collect()
    }

    fn ent(start: usize, end: usize, label: &str) -> Entity {
        Entity {
            start,
            end,
            label: label.into(),
            score: None,
        }
    }

    #[test]
    fn minimal_tokenizer_keeps_words_whole() {
        let d = ExportDoc::new("d", "The U.S.-Japan deal, worth $2,000, isn't \"final\".");
        let t = minimal_tokens(&d.text);
        assert_eq!(
            texts(&d, &t),
            [
                "The", "U.S", ".", "-", "Japan", "deal", ",", "worth", "$", "2,000", ",", "isn't",
                "\"", "final", "\"", "."
            ]
        );
    }

    #[test]
    fn tokens_are_cut_at_entity_and_sentence_edges() {
        let mut d = ExportDoc::new("d", "Khmer Enterprise(KE) met.Next");
        d.sentences = vec![(0, 25), (25, 29)];
        d.tokens = Some(vec![(0, 5), (6, 20), (21, 29)]);
        let ents = [ent(6, 16, "ORG"), ent(17, 19, "ORG")];
        let t = tokenize(&d, &ents);
        assert_eq!(
            texts(&d, &t.tokens),
            ["Khmer", "Enterprise", "(", "KE", ")", "met.", "Next"]
        );
        assert_eq!(t.cuts, 4);
        assert!(!t.self_tokenized);
        let segs = segments(&d, &t.tokens);
        assert_eq!(segs.len(), 2);
        assert_eq!(segs[1].tokens, 6..7);
    }

    #[test]
    fn bio_opens_entities_and_restarts_in_a_new_segment() {
        let mut d = ExportDoc::new("d", "Pan Sorasak met Masahiro Mikami");
        d.sentences = vec![(0, 31)];
        let ents = [ent(0, 11, "PERSON"), ent(16, 31, "PERSON")];
        let t = tokenize(&d, &ents);
        let segs = segments(&d, &t.tokens);
        let tags = bio(&t.tokens, &segs, &ents);
        assert_eq!(
            tags,
            [
                Some((0, true)),
                Some((0, false)),
                None,
                Some((1, true)),
                Some((1, false))
            ]
        );
        // Two adjacent entities: the second opens with B.
        let ents = [ent(0, 3, "PERSON"), ent(4, 11, "PERSON")];
        let tags = bio(&t.tokens, &segs, &ents);
        assert_eq!(tags[0], Some((0, true)));
        assert_eq!(tags[1], Some((1, true)));
        // An entity crossing a sentence edge opens again in the next one.
        d.sentences = vec![(0, 4), (4, 31)];
        let ents = [ent(0, 11, "PERSON")];
        let t = tokenize(&d, &ents);
        let segs = segments(&d, &t.tokens);
        let tags = bio(&t.tokens, &segs, &ents);
        assert_eq!(tags[0], Some((0, true)));
        assert_eq!(tags[1], Some((0, true)));
    }

    #[test]
    fn overlaps_keep_the_longer_earlier_span() {
        let flat = without_overlaps(&[
            ent(5, 9, "GPE"),
            ent(0, 9, "ORG"),
            ent(9, 12, "GPE"),
            ent(3, 3, "X"),
        ]);
        assert_eq!(flat.kept, [ent(0, 9, "ORG"), ent(9, 12, "GPE")]);
        assert_eq!((flat.overlapping, flat.empty), (1, 1));
    }

    #[test]
    fn tokens_outside_sentences_form_their_own_segment() {
        let mut d = ExportDoc::new("d", "HANOI — Talks began. More.");
        d.sentences = vec![(8, 20), (21, 26)];
        let t = tokenize(&d, &[]);
        let segs = segments(&d, &t.tokens);
        let kinds: Vec<Option<usize>> = segs.iter().map(|s| s.sentence).collect();
        assert_eq!(kinds, [None, Some(0), Some(1)]);
        assert_eq!(segs[0].tokens, 0..2);
    }
}
