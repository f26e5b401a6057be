//! Match counts and the precision/recall/F1 computed from them.

use serde::Serialize;
use std::collections::BTreeMap;
use std::ops::AddAssign;

/// True positives, false positives, false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: u64,
    pub fp: u64,
    pub fn_: u64,
}

impl AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

impl Counts {
    pub fn new(tp: u64, fp: u64, fn_: u64) -> Self {
        Counts { tp, fp, fn_ }
    }

    /// From the sizes of the two sides and how many were matched.
    pub fn matched(gold: usize, pred: usize, matched: usize) -> Self {
        Counts::new(
            matched as u64,
            (pred - matched) as u64,
            (gold - matched) as u64,
        )
    }

    pub fn is_empty(&self) -> bool {
        self.tp + self.fp + self.fn_ == 0
    }

    /// 0/0 is scored 0 (scikit-learn's `zero_division=0`): a system that
    /// predicts nothing has precision 0, not 1.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Counts per label (event type, entity label, role) for one task.
pub type LabelCounts = BTreeMap<String, Counts>;

pub fn add_label(into: &mut LabelCounts, label: &str, c: Counts) {
    *into.entry(label.to_string()).or_default() += c;
}

pub fn add_all(into: &mut LabelCounts, from: &LabelCounts) {
    for (l, c) in from {
        add_label(into, l, *c);
    }
}

/// Scores for one label, or the micro average.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Prf {
    /// Gold items (tp + fn).
    pub gold: u64,
    /// Predicted items (tp + fp).
    pub pred: u64,
    pub tp: u64,
    pub fp: u64,
    #[serde(rename = "fn")]
    pub fn_: u64,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Bootstrap 95 % interval of F1 over documents, when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub f1_ci: Option<[f64; 2]>,
}

impl From<Counts> for Prf {
    fn from(c: Counts) -> Prf {
        Prf {
            gold: c.tp + c.fn_,
            pred: c.tp + c.fp,
            tp: c.tp,
            fp: c.fp,
            fn_: c.fn_,
            precision: c.precision(),
            recall: c.recall(),
            f1: c.f1(),
            f1_ci: None,
        }
    }
}

/// Unweighted mean over labels of each label's P, R and F1.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MacroPrf {
    /// How many labels were averaged: those present in gold or predictions.
    pub labels: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub f1_ci: Option<[f64; 2]>,
}

/// Per-label scores with micro and macro averages.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Table {
    pub labels: BTreeMap<String, Prf>,
    pub micro: Prf,
    #[serde(rename = "macro")]
    pub macro_avg: MacroPrf,
}

/// Micro average: P/R/F1 of the summed counts.
pub fn micro(counts: &LabelCounts) -> Counts {
    let mut total = Counts::default();
    for c in counts.values() {
        total += *c;
    }
    total
}

/// Macro average over the labels present in gold ∪ predictions (labels with
/// all-zero counts are not averaged).
pub fn macro_avg<'a>(counts: impl IntoIterator<Item = &'a Counts>) -> (usize, f64, f64, f64) {
    let (mut n, mut p, mut r, mut f) = (0usize, 0.0, 0.0, 0.0);
    for c in counts.into_iter().filter(|c| !c.is_empty()) {
        n += 1;
        p += c.precision();
        r += c.recall();
        f += c.f1();
    }
    if n == 0 {
        return (0, 0.0, 0.0, 0.0);
    }
    let k = n as f64;
    (n, p / k, r / k, f / k)
}

impl Table {
    pub fn from_counts(counts: &LabelCounts) -> Table {
        let (labels, precision, recall, f1) = macro_avg(counts.values());
        Table {
            labels: counts
                .iter()
                .filter(|(_, c)| !c.is_empty())
                .map(|(l, c)| (l.clone(), Prf::from(*c)))
                .collect(),
            micro: Prf::from(micro(counts)),
            macro_avg: MacroPrf {
                labels,
                precision,
                recall,
                f1,
                f1_ci: None,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_division_scores_zero() {
        let c = Counts::default();
        assert_eq!((c.precision(), c.recall(), c.f1()), (0.0, 0.0, 0.0));
        let c = Counts::new(0, 0, 3);
        assert_eq!((c.precision(), c.recall(), c.f1()), (0.0, 0.0, 0.0));
    }

    #[test]
    fn micro_and_macro_differ_as_expected() {
        let mut m = LabelCounts::new();
        add_label(&mut m, "A", Counts::new(3, 1, 0)); // P .75 R 1 F 6/7
        add_label(&mut m, "B", Counts::new(0, 0, 2)); // 0 0 0
        add_label(&mut m, "C", Counts::default()); // not averaged
        let t = Table::from_counts(&m);
        assert_eq!(t.labels.len(), 2);
        assert_eq!(t.micro.tp, 3);
        assert!((t.micro.precision - 0.75).abs() < 1e-12);
        assert!((t.micro.recall - 0.6).abs() < 1e-12);
        assert_eq!(t.macro_avg.labels, 2);
        assert!((t.macro_avg.f1 - 3.0 / 7.0).abs() < 1e-12);
    }
}
