//! Mapping a predicted event to a gold sentence.
//!
//! A system with its own segmenter numbers sentences differently; comparing
//! raw indexes would punish it for segmentation rather than for events. So an
//! event is placed by its offsets: the trigger when it has one (the most
//! precise evidence of where the event is said), else its sentence span; the
//! sentence index is used only when the record has no offsets at all.

use super::input::{CharSpan, Event};

/// How a predicted event was placed, for the report's notes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    Trigger(usize),
    SentenceSpan(usize),
    Index(usize),
    /// An index with no matching gold sentence, or no position at all.
    Nowhere,
}

impl Placement {
    pub fn sentence(self) -> Option<usize> {
        match self {
            Placement::Trigger(i) | Placement::SentenceSpan(i) | Placement::Index(i) => Some(i),
            Placement::Nowhere => None,
        }
    }
}

fn overlap(a: CharSpan, b: CharSpan) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Distance from a span to a sentence (0 when they touch or overlap).
fn distance(a: CharSpan, s: CharSpan) -> usize {
    if a.1 <= s.0 {
        s.0 - a.1
    } else {
        a.0.saturating_sub(s.1)
    }
}

/// The gold sentence that a span belongs to: most overlap; for an empty
/// span, or one lying in the whitespace between sentences, the nearest
/// sentence. Ties go to the earlier sentence.
pub fn sentence_for_span(sentences: &[CharSpan], span: CharSpan) -> Option<usize> {
    if sentences.is_empty() {
        return None;
    }
    let best_overlap = sentences
        .iter()
        .enumerate()
        .map(|(i, &s)| (overlap(span, s), i))
        .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
        .filter(|&(o, _)| o > 0);
    if let Some((_, i)) = best_overlap {
        return Some(i);
    }
    sentences
        .iter()
        .enumerate()
        .min_by_key(|&(i, &s)| (distance(span, s), i))
        .map(|(i, _)| i)
}

/// Places `e` among the gold `sentences` of its document.
pub fn place(sentences: &[CharSpan], e: &Event) -> Placement {
    if let Some(t) = e.trigger
        && let Some(i) = sentence_for_span(sentences, t)
    {
        return Placement::Trigger(i);
    }
    if let Some(s) = e.sentence_span
        && let Some(i) = sentence_for_span(sentences, s)
    {
        return Placement::SentenceSpan(i);
    }
    match e.sentence_index {
        Some(i) if i < sentences.len() => Placement::Index(i),
        _ => Placement::Nowhere,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: [CharSpan; 3] = [(0, 10), (12, 30), (31, 40)];

    #[test]
    fn spans_go_to_the_sentence_they_overlap_most() {
        assert_eq!(sentence_for_span(&S, (2, 5)), Some(0));
        // A predicted sentence covering the end of 0 and most of 1.
        assert_eq!(sentence_for_span(&S, (8, 28)), Some(1));
        // Equal overlap: the earlier one.
        assert_eq!(sentence_for_span(&S, (8, 14)), Some(0));
        // In the gap, or empty: nearest.
        assert_eq!(sentence_for_span(&S, (11, 11)), Some(0));
        assert_eq!(sentence_for_span(&S, (30, 30)), Some(1));
        assert_eq!(sentence_for_span(&S, (15, 15)), Some(1));
        assert_eq!(sentence_for_span(&S, (90, 95)), Some(2));
        assert_eq!(sentence_for_span(&[], (1, 2)), None);
    }

    #[test]
    fn trigger_beats_sentence_span_beats_index() {
        let mut e = Event {
            sentence_index: Some(0),
            sentence_span: Some((31, 40)),
            trigger: Some((13, 16)),
            ..Event::default()
        };
        assert_eq!(place(&S, &e), Placement::Trigger(1));
        e.trigger = None;
        assert_eq!(place(&S, &e), Placement::SentenceSpan(2));
        e.sentence_span = None;
        assert_eq!(place(&S, &e), Placement::Index(0));
        e.sentence_index = Some(3);
        assert_eq!(place(&S, &e), Placement::Nowhere);
    }
}
