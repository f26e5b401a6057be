//! Event detection: (document, gold sentence, type) matched one-to-one, and
//! the type confusion matrix.

use super::align::{Placement, place};
use super::counts::{Counts, LabelCounts, add_label};
use super::input::{CharSpan, Event};
use std::collections::BTreeMap;

/// The row/column name for "no event" in the confusion matrix.
pub const NONE: &str = "none";

/// Confusion cells: (gold type or `none`, predicted type or `none`) → count.
pub type ConfusionCells = BTreeMap<(String, String), u64>;

/// Detection results for one document.
#[derive(Debug, Default)]
pub struct DocDetection {
    pub counts: LabelCounts,
    pub confusion: ConfusionCells,
    /// How each predicted event was placed, in input order.
    pub placements: Vec<Placement>,
}

fn triggers_overlap(a: &Event, b: &Event) -> bool {
    match (a.trigger, b.trigger) {
        (Some(x), Some(y)) => x.0 < y.1 && y.0 < x.1,
        _ => false,
    }
}

/// Pairs unpaired gold and predicted items in order wherever `fits`, marking
/// them used. Used for equivalence-like relations, where greedy is enough.
fn pair_in_order(
    gold: &[usize],
    pred: &[usize],
    gold_used: &mut [bool],
    pred_used: &mut [bool],
    mut fits: impl FnMut(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (gi, &g) in gold.iter().enumerate() {
        if gold_used[gi] {
            continue;
        }
        if let Some(pi) = (0..pred.len()).find(|&pi| !pred_used[pi] && fits(g, pred[pi])) {
            gold_used[gi] = true;
            pred_used[pi] = true;
            pairs.push((g, pred[pi]));
        }
    }
    pairs
}

fn bump(cells: &mut ConfusionCells, gold: &str, pred: &str) {
    *cells
        .entry((gold.to_string(), pred.to_string()))
        .or_default() += 1;
}

/// Scores one document's events. `gold` events carry valid gold sentence
/// indexes (checked on load); `pred` events are placed by offsets.
pub fn score_doc(sentences: &[CharSpan], gold: &[&Event], pred: &[&Event]) -> DocDetection {
    let mut out = DocDetection::default();
    let mut by_sentence: BTreeMap<usize, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for (i, g) in gold.iter().enumerate() {
        let s = g
            .sentence_index
            .expect("gold sentence index checked on load");
        by_sentence.entry(s).or_default().0.push(i);
    }
    for (i, p) in pred.iter().enumerate() {
        let placement = place(sentences, p);
        out.placements.push(placement);
        match placement.sentence() {
            Some(s) => by_sentence.entry(s).or_default().1.push(i),
            None => {
                add_label(&mut out.counts, &p.event_type, Counts::new(0, 1, 0));
                bump(&mut out.confusion, NONE, &p.event_type);
            }
        }
    }

    for (gs, ps) in by_sentence.values() {
        let mut gu = vec![false; gs.len()];
        let mut pu = vec![false; ps.len()];
        let same_type = |g: usize, p: usize| gold[g].event_type == pred[p].event_type;
        // Exact matches, preferring the prediction whose trigger overlaps, so
        // that what is left over pairs sensibly in the confusion matrix.
        let mut exact = pair_in_order(gs, ps, &mut gu, &mut pu, |g, p| {
            same_type(g, p) && triggers_overlap(gold[g], pred[p])
        });
        exact.extend(pair_in_order(gs, ps, &mut gu, &mut pu, same_type));
        for &(g, _) in &exact {
            let t = &gold[g].event_type;
            add_label(&mut out.counts, t, Counts::new(1, 0, 0));
            bump(&mut out.confusion, t, t);
        }
        // Same sentence, different type: a substitution. Trigger overlap
        // first, then in order.
        let mut subst = pair_in_order(gs, ps, &mut gu, &mut pu, |g, p| {
            triggers_overlap(gold[g], pred[p])
        });
        subst.extend(pair_in_order(gs, ps, &mut gu, &mut pu, |_, _| true));
        for &(g, p) in &subst {
            bump(&mut out.confusion, &gold[g].event_type, &pred[p].event_type);
        }
        for (gi, &g) in gs.iter().enumerate() {
            if !gu[gi] || subst.iter().any(|&(sg, _)| sg == g) {
                add_label(&mut out.counts, &gold[g].event_type, Counts::new(0, 0, 1));
            }
            if !gu[gi] {
                bump(&mut out.confusion, &gold[g].event_type, NONE);
            }
        }
        for (pi, &p) in ps.iter().enumerate() {
            if !pu[pi] || subst.iter().any(|&(_, sp)| sp == p) {
                add_label(&mut out.counts, &pred[p].event_type, Counts::new(0, 1, 0));
            }
            if !pu[pi] {
                bump(&mut out.confusion, NONE, &pred[p].event_type);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(t: &str, sent: usize, trigger: Option<CharSpan>) -> Event {
        Event {
            doc_id: "d".into(),
            event_type: t.into(),
            sentence_index: Some(sent),
            trigger,
            ..Event::default()
        }
    }

    const S: [CharSpan; 2] = [(0, 50), (51, 100)];

    #[test]
    fn substitutions_go_to_the_confusion_matrix() {
        let gold = [
            ev("AGREE", 0, Some((5, 10))),
            ev("SUPPORT", 0, Some((20, 25))),
        ];
        // Same sentence: SUPPORT at AGREE's trigger, CONSULT at SUPPORT's.
        let pred = [
            ev("CONSULT", 0, Some((21, 24))),
            ev("SUPPORT", 0, Some((6, 9))),
        ];
        let g: Vec<&Event> = gold.iter().collect();
        let p: Vec<&Event> = pred.iter().collect();
        let d = score_doc(&S, &g, &p);
        // SUPPORT matches exactly (same sentence, same type) even though its
        // trigger is elsewhere; AGREE vs CONSULT is the substitution.
        assert_eq!(d.counts["SUPPORT"], Counts::new(1, 0, 0));
        assert_eq!(d.counts["AGREE"], Counts::new(0, 0, 1));
        assert_eq!(d.counts["CONSULT"], Counts::new(0, 1, 0));
        assert_eq!(d.confusion[&("SUPPORT".into(), "SUPPORT".into())], 1);
        assert_eq!(d.confusion[&("AGREE".into(), "CONSULT".into())], 1);
        assert_eq!(d.confusion.len(), 2);
    }

    #[test]
    fn misses_and_false_alarms_use_none() {
        let gold = [ev("AID", 1, None)];
        let pred = [ev("AID", 0, None), ev("AID", 0, None)];
        let g: Vec<&Event> = gold.iter().collect();
        let p: Vec<&Event> = pred.iter().collect();
        let d = score_doc(&S, &g, &p);
        assert_eq!(d.counts["AID"], Counts::new(0, 2, 1));
        assert_eq!(d.confusion[&("AID".into(), NONE.into())], 1);
        assert_eq!(d.confusion[&(NONE.into(), "AID".into())], 2);
    }
}
