//! The model proper: one L2-regularised logistic regression per PLOVER type
//! over shared sparse binary features, fitted together by full-batch Adam
//! (deterministic: the same data gives the same weights, bit for bit).

use std::collections::HashMap;

/// Weights of `n_types` logistic regressions over `n_feat` features.
#[derive(Clone, Debug, PartialEq)]
pub struct Linear {
    pub n_types: usize,
    pub n_feat: usize,
    /// Row-major `[type][feature]`.
    pub w: Vec<f32>,
    pub b: Vec<f32>,
}

/// How to fit.
#[derive(Clone, Copy, Debug)]
pub struct Fit {
    /// L2 penalty per weight, relative to the mean log loss.
    pub l2: f32,
    pub iters: usize,
    pub lr: f32,
}

impl Default for Fit {
    fn default() -> Self {
        Fit {
            l2: 1e-3,
            iters: 250,
            lr: 0.1,
        }
    }
}

/// The features seen at least `min_count` times in `rows`, sorted, with
/// their column numbers; and each row encoded as those columns.
pub fn vocabulary<'a>(
    rows: &[&'a [String]],
    min_count: usize,
) -> (Vec<String>, HashMap<String, u32>, Vec<Vec<u32>>) {
    let mut counts: HashMap<&'a str, usize> = HashMap::new();
    for row in rows {
        for x in row.iter() {
            *counts.entry(x.as_str()).or_default() += 1;
        }
    }
    let mut features: Vec<String> = counts
        .into_iter()
        .filter(|&(_, n)| n >= min_count)
        .map(|(f, _)| f.to_string())
        .collect();
    features.sort();
    let vocab: HashMap<String, u32> = features
        .iter()
        .enumerate()
        .map(|(i, f)| (f.clone(), i as u32))
        .collect();
    let xs = rows
        .iter()
        .map(|row| row.iter().filter_map(|x| vocab.get(x).copied()).collect())
        .collect();
    (features, vocab, xs)
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

impl Linear {
    /// P(type) for a sample with the given active features (indices below
    /// `n_feat`; others are ignored).
    pub fn probs(&self, x: &[u32]) -> Vec<f32> {
        (0..self.n_types)
            .map(|t| {
                let row = &self.w[t * self.n_feat..(t + 1) * self.n_feat];
                let z = self.b[t] + x.iter().filter_map(|&f| row.get(f as usize)).sum::<f32>();
                sigmoid(z)
            })
            .collect()
    }

    /// Fits on samples `xs` (active feature indices) with labels `ys`
    /// (`n_types` booleans each).
    pub fn fit(
        xs: &[Vec<u32>],
        ys: &[Vec<bool>],
        n_types: usize,
        n_feat: usize,
        fit: Fit,
    ) -> Linear {
        assert_eq!(xs.len(), ys.len(), "one label row per sample");
        let n = xs.len().max(1) as f32;
        let size = n_types * n_feat;
        let mut m = Linear {
            n_types,
            n_feat,
            w: vec![0.0; size],
            b: vec![0.0; n_types],
        };
        // Start each bias at the type's log-odds.
        for t in 0..n_types {
            let pos = ys.iter().filter(|y| y[t]).count() as f32;
            let p = ((pos + 0.5) / (n + 1.0)).clamp(1e-4, 1.0 - 1e-4);
            m.b[t] = (p / (1.0 - p)).ln();
        }
        let (b1, b2, eps) = (0.9f32, 0.999f32, 1e-8f32);
        let mut mw = vec![0.0f32; size];
        let mut vw = vec![0.0f32; size];
        let mut mb = vec![0.0f32; n_types];
        let mut vb = vec![0.0f32; n_types];
        let mut gw = vec![0.0f32; size];
        let mut gb = vec![0.0f32; n_types];
        for it in 1..=fit.iters {
            gw.iter_mut().for_each(|g| *g = 0.0);
            gb.iter_mut().for_each(|g| *g = 0.0);
            for (x, y) in xs.iter().zip(ys) {
                let p = m.probs(x);
                for t in 0..n_types {
                    let g = (p[t] - y[t] as u8 as f32) / n;
                    gb[t] += g;
                    let row = &mut gw[t * n_feat..(t + 1) * n_feat];
                    for &f in x {
                        if let Some(slot) = row.get_mut(f as usize) {
                            *slot += g;
                        }
                    }
                }
            }
            let c1 = 1.0 - b1.powi(it as i32);
            let c2 = 1.0 - b2.powi(it as i32);
            for k in 0..size {
                let g = gw[k] + fit.l2 * m.w[k];
                mw[k] = b1 * mw[k] + (1.0 - b1) * g;
                vw[k] = b2 * vw[k] + (1.0 - b2) * g * g;
                m.w[k] -= fit.lr * (mw[k] / c1) / ((vw[k] / c2).sqrt() + eps);
            }
            for t in 0..n_types {
                let g = gb[t];
                mb[t] = b1 * mb[t] + (1.0 - b1) * g;
                vb[t] = b2 * vb[t] + (1.0 - b2) * g * g;
                m.b[t] -= fit.lr * (mb[t] / c1) / ((vb[t] / c2).sqrt() + eps);
            }
        }
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_rule_per_type() {
        // Feature 0 means type 0, feature 1 type 1, feature 2 is noise.
        let mut xs = Vec::new();
        let mut ys = Vec::new();
        for k in 0..40u32 {
            let t = (k % 2) as usize;
            let mut x = vec![t as u32];
            if k % 3 == 0 {
                x.push(2);
            }
            xs.push(x);
            ys.push(vec![t == 0, t == 1]);
        }
        let m = Linear::fit(&xs, &ys, 2, 3, Fit::default());
        let p0 = m.probs(&[0]);
        let p1 = m.probs(&[1, 2]);
        assert!(p0[0] > 0.9 && p0[1] < 0.1, "{p0:?}");
        assert!(p1[1] > 0.9 && p1[0] < 0.1, "{p1:?}");
        // Deterministic.
        assert_eq!(m, Linear::fit(&xs, &ys, 2, 3, Fit::default()));
        // Unknown features are ignored rather than read out of bounds.
        assert_eq!(m.probs(&[0, 99]), p0);
    }
}
