//! Sentence boundary scoring.
//!
//! Segmenters disagree on whether a sentence includes surrounding
//! whitespace; that is not an error, so when the document text is known both
//! sides are trimmed of whitespace before comparing. Two measures:
//! - spans: a predicted sentence is right when both its ends are;
//! - boundaries: the split points, i.e. the end of every sentence but the
//!   document's last (whose end every segmenter gets for free).

use super::counts::Counts;
use super::input::CharSpan;
use std::collections::BTreeMap;

fn trim(span: CharSpan, chars: &[char]) -> CharSpan {
    let (mut s, mut e) = (span.0.min(chars.len()), span.1.min(chars.len()));
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    (s, e)
}

fn multiset_matches<T: Ord>(
    gold: impl Iterator<Item = T>,
    pred: impl Iterator<Item = T>,
) -> (usize, usize, usize) {
    let mut g: BTreeMap<T, usize> = BTreeMap::new();
    let (mut ng, mut np, mut tp) = (0, 0, 0);
    for x in gold {
        *g.entry(x).or_default() += 1;
        ng += 1;
    }
    for x in pred {
        np += 1;
        if let Some(n) = g.get_mut(&x).filter(|n| **n > 0) {
            *n -= 1;
            tp += 1;
        }
    }
    (ng, np, tp)
}

/// (spans, boundaries) counts for one document.
pub fn score_doc(gold: &[CharSpan], pred: &[CharSpan], text: Option<&str>) -> (Counts, Counts) {
    let chars: Option<Vec<char>> = text.map(|t| t.chars().collect());
    let norm = |spans: &[CharSpan]| -> Vec<CharSpan> {
        let mut v: Vec<CharSpan> = match &chars {
            Some(c) => spans.iter().map(|&s| trim(s, c)).collect(),
            None => spans.to_vec(),
        };
        v.sort();
        v
    };
    let (g, p) = (norm(gold), norm(pred));
    let (ng, np, tp) = multiset_matches(g.iter().copied(), p.iter().copied());
    let spans = Counts::matched(ng, np, tp);
    let splits = |v: &[CharSpan]| {
        v.iter()
            .take(v.len().saturating_sub(1))
            .map(|s| s.1)
            .collect::<Vec<_>>()
    };
    let (ng, np, tp) = multiset_matches(splits(&g).into_iter(), splits(&p).into_iter());
    (spans, Counts::matched(ng, np, tp))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_does_not_count_and_splits_are_scored() {
        let text = "One two. Three four.  Five.";
        // Gold: three sentences without trailing spaces.
        let gold = [(0, 8), (9, 20), (22, 27)];
        // Prediction includes trailing spaces and misses the last split.
        let pred = [(0, 9), (9, 27)];
        let (spans, bounds) = score_doc(&gold, &pred, Some(text));
        assert_eq!(spans, Counts::new(1, 1, 2));
        assert_eq!(bounds, Counts::new(1, 0, 1));
        // Without text no trimming: (0,9) ≠ (0,8).
        let (spans, _) = score_doc(&gold, &pred, None);
        assert_eq!(spans, Counts::new(0, 2, 3));
    }
}
