//! Bootstrap confidence intervals over documents.
//!
//! Documents are the unit of sampling because errors within one article are
//! correlated (one missed actor costs every event it is in). Each resample
//! draws as many documents as there are, with replacement, sums their counts
//! and recomputes every F1; the interval is the 2.5th and 97.5th percentile.
//!
//! Deterministic for a given seed, whatever the number of threads: resample
//! `i` uses its own generator seeded from `(seed, i)`, and the generator
//! (XorShift, seeded through rand_core's value-stable `seed_from_u64`) and
//! the index draw (multiply-shift) are fixed algorithms.

use super::counts::{Counts, macro_avg};
use rand_core::{Rng, SeedableRng};
use rand_xorshift::XorShiftRng;
use rayon::prelude::*;

/// One table's counts per document: `docs[d][l]` for label `l`.
#[derive(Clone, Debug, Default)]
pub struct DenseTable {
    pub docs: Vec<Vec<Counts>>,
    pub n_labels: usize,
}

/// Intervals for one table: per label, micro, macro.
#[derive(Clone, Debug, PartialEq)]
pub struct TableCi {
    pub labels: Vec<[f64; 2]>,
    pub micro: [f64; 2],
    pub macro_avg: [f64; 2],
}

/// Linear-interpolation percentile (NumPy's default) of sorted values.
pub fn percentile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let pos = q * (sorted.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo as f64)
}

fn interval(mut v: Vec<f64>) -> [f64; 2] {
    v.sort_by(f64::total_cmp);
    [percentile(&v, 0.025), percentile(&v, 0.975)]
}

/// Uniform index below `n` from 64 random bits (multiply-shift; the bias is
/// below 2⁻⁴⁰ for any realistic number of documents).
fn draw(rng: &mut XorShiftRng, n: usize) -> usize {
    ((u128::from(rng.next_u64()) * n as u128) >> 64) as usize
}

/// How many times each document is drawn in resample `i`.
fn weights(seed: u64, i: usize, n_docs: usize) -> Vec<u32> {
    let mut rng = XorShiftRng::seed_from_u64(seed ^ (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let mut w = vec![0u32; n_docs];
    for _ in 0..n_docs {
        w[draw(&mut rng, n_docs)] += 1;
    }
    w
}

/// F1s of one resample: per label, then micro, then macro.
fn sample_f1s(t: &DenseTable, w: &[u32]) -> Vec<f64> {
    let mut sum = vec![Counts::default(); t.n_labels];
    for (doc, &k) in t.docs.iter().zip(w) {
        if k == 0 {
            continue;
        }
        let k = u64::from(k);
        for (s, c) in sum.iter_mut().zip(doc) {
            *s += Counts::new(c.tp * k, c.fp * k, c.fn_ * k);
        }
    }
    let mut micro = Counts::default();
    for c in &sum {
        micro += *c;
    }
    let (_, _, _, macro_f1) = macro_avg(sum.iter());
    let mut out: Vec<f64> = sum.iter().map(Counts::f1).collect();
    out.push(micro.f1());
    out.push(macro_f1);
    out
}

/// Intervals for every table from `samples` resamples of `n_docs` documents.
/// Every table must have `n_docs` rows.
pub fn intervals(tables: &[DenseTable], n_docs: usize, samples: usize, seed: u64) -> Vec<TableCi> {
    if samples == 0 || n_docs == 0 {
        return Vec::new();
    }
    // per_sample[i][t] = F1s of table t in resample i.
    let per_sample: Vec<Vec<Vec<f64>>> = (0..samples)
        .into_par_iter()
        .map(|i| {
            let w = weights(seed, i, n_docs);
            tables.iter().map(|t| sample_f1s(t, &w)).collect()
        })
        .collect();
    tables
        .iter()
        .enumerate()
        .map(|(ti, t)| {
            let slot = |k: usize| interval(per_sample.iter().map(|s| s[ti][k]).collect());
            TableCi {
                labels: (0..t.n_labels).map(slot).collect(),
                micro: slot(t.n_labels),
                macro_avg: slot(t.n_labels + 1),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_interpolate_like_numpy() {
        let v = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(percentile(&v, 0.0), 1.0);
        assert_eq!(percentile(&v, 1.0), 4.0);
        assert!((percentile(&v, 0.5) - 2.5).abs() < 1e-12);
        // numpy.percentile([1,2,3,4], 2.5) = 1.075
        assert!((percentile(&v, 0.025) - 1.075).abs() < 1e-12);
    }

    #[test]
    fn weights_sum_to_the_document_count_and_are_reproducible() {
        let a = weights(7, 3, 50);
        assert_eq!(a.iter().sum::<u32>(), 50);
        assert_eq!(a, weights(7, 3, 50));
        assert_ne!(a, weights(8, 3, 50));
    }

    #[test]
    fn identical_documents_give_a_point_interval() {
        // Every document scores the same, so every resample does too.
        let doc = vec![Counts::new(2, 1, 1)];
        let t = DenseTable {
            docs: vec![doc; 10],
            n_labels: 1,
        };
        let ci = intervals(&[t], 10, 200, 1);
        let f1 = Counts::new(2, 1, 1).f1();
        assert!((ci[0].micro[0] - f1).abs() < 1e-12 && (ci[0].micro[1] - f1).abs() < 1e-12);
        assert_eq!(ci[0].labels[0], ci[0].micro);
        assert_eq!(ci[0].macro_avg, ci[0].micro);
    }
}
