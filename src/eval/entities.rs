//! Entity scoring per label: exact span, and overlap (same label, spans
//! share at least one character), both one-to-one.

use super::counts::{Counts, LabelCounts, add_label};
use super::input::EntitySpan;
use super::matching::max_matching;
use std::collections::{BTreeMap, BTreeSet};

/// The labels of ANNOTATION.md. Predicted labels outside these (and outside
/// whatever else the gold file uses) are not annotated in gold, so they are
/// set aside and counted rather than scored as false positives.
pub const ANNOTATED_LABELS: [&str; 6] = ["PERSON", "ORG", "GPE", "NORP", "LOC", "DATE"];

#[derive(Debug, Default)]
pub struct DocEntities {
    pub exact: LabelCounts,
    pub overlap: LabelCounts,
    /// Predicted entities with labels that gold does not annotate, by label.
    pub ignored: BTreeMap<String, u64>,
}

pub fn score_doc(
    gold: &[EntitySpan],
    pred: &[EntitySpan],
    labels: &BTreeSet<String>,
) -> DocEntities {
    let mut out = DocEntities::default();
    let mut by_label: BTreeMap<&str, (Vec<&EntitySpan>, Vec<&EntitySpan>)> = BTreeMap::new();
    for g in gold {
        by_label.entry(&g.label).or_default().0.push(g);
    }
    for p in pred {
        if labels.contains(&p.label) {
            by_label.entry(&p.label).or_default().1.push(p);
        } else {
            *out.ignored.entry(p.label.clone()).or_default() += 1;
        }
    }
    for (label, (g, p)) in by_label {
        let exact = max_matching(g.len(), p.len(), |i, j| {
            (g[i].start, g[i].end) == (p[j].start, p[j].end)
        });
        add_label(
            &mut out.exact,
            label,
            Counts::matched(g.len(), p.len(), exact.len()),
        );
        let overlap = max_matching(g.len(), p.len(), |i, j| {
            g[i].start.max(p[j].start) < g[i].end.min(p[j].end)
        });
        add_label(
            &mut out.overlap,
            label,
            Counts::matched(g.len(), p.len(), overlap.len()),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(start: usize, end: usize, label: &str) -> EntitySpan {
        EntitySpan {
            start,
            end,
            label: label.into(),
        }
    }

    #[test]
    fn exact_overlap_and_ignored() {
        let labels: BTreeSet<String> = ["PERSON", "GPE"].map(String::from).into();
        let gold = [e(0, 11, "PERSON"), e(20, 25, "GPE")];
        let pred = [
            e(0, 11, "PERSON"),
            e(0, 11, "PERSON"), // duplicate
            e(19, 25, "GPE"),   // overlap only
            e(30, 33, "MONEY"), // not annotated
        ];
        let d = score_doc(&gold, &pred, &labels);
        assert_eq!(d.exact["PERSON"], Counts::new(1, 1, 0));
        assert_eq!(d.exact["GPE"], Counts::new(0, 1, 1));
        assert_eq!(d.overlap["GPE"], Counts::new(1, 0, 0));
        assert_eq!(d.ignored["MONEY"], 1);
        // Touching spans do not overlap.
        let d = score_doc(&[e(0, 5, "GPE")], &[e(5, 9, "GPE")], &labels);
        assert_eq!(d.overlap["GPE"], Counts::new(0, 1, 1));
    }
}
