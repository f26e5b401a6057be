//! The tagger's model: a linear-chain structured perceptron over BIO tags
//! (Collins 2002), with averaged weights. Emission weights are
//! `[features, tags]`, transition weights `[tags + 1 (start), tags]`;
//! decoding is Viterbi with I-X allowed only after B-X or I-X.

use rand_core::{Rng, SeedableRng};
use rand_xorshift::XorShiftRng;

/// One training sequence: each token's feature columns and its gold tag.
#[derive(Clone, Debug)]
pub struct Sequence {
    pub features: Vec<Vec<u32>>,
    pub gold: Vec<u8>,
}

/// Tag `t` of `n_labels` labels: 0 is O, `1 + 2k` is B of label k, `2 + 2k` I.
pub fn n_tags(n_labels: usize) -> usize {
    1 + 2 * n_labels
}

/// Whether tag `t` is an I tag.
pub fn is_inside(t: usize) -> bool {
    t > 0 && t.is_multiple_of(2)
}

/// Whether tag `t` is a B tag.
pub fn is_begin(t: usize) -> bool {
    t > 0 && !t.is_multiple_of(2)
}

/// Whether tag `t` may follow `prev` (`None` = sentence start).
pub fn allowed(prev: Option<usize>, t: usize) -> bool {
    !is_inside(t) || prev.is_some_and(|p| p == t || p + 1 == t)
}

#[derive(Clone, Debug, PartialEq)]
pub struct Perceptron {
    pub n_feat: usize,
    pub n_tags: usize,
    /// `[n_feat, n_tags]`.
    pub w: Vec<f32>,
    /// `[n_tags + 1, n_tags]`; row `n_tags` is the start.
    pub trans: Vec<f32>,
}

impl Perceptron {
    pub fn zeros(n_feat: usize, n_tags: usize) -> Self {
        Perceptron {
            n_feat,
            n_tags,
            w: vec![0.0; n_feat * n_tags],
            trans: vec![0.0; (n_tags + 1) * n_tags],
        }
    }

    /// Emission scores `[tokens, tags]`.
    pub fn emissions(&self, features: &[Vec<u32>]) -> Vec<f32> {
        let t = self.n_tags;
        let mut out = vec![0.0; features.len() * t];
        for (i, fs) in features.iter().enumerate() {
            let row = &mut out[i * t..(i + 1) * t];
            for &f in fs {
                let w = &self.w[f as usize * t..(f as usize + 1) * t];
                for (o, x) in row.iter_mut().zip(w) {
                    *o += x;
                }
            }
        }
        out
    }

    /// The best tag sequence for the emission scores.
    pub fn viterbi(&self, em: &[f32]) -> Vec<u8> {
        let t = self.n_tags;
        let n = em.len() / t;
        if n == 0 {
            return Vec::new();
        }
        let mut score = vec![f32::NEG_INFINITY; n * t];
        let mut back = vec![0u8; n * t];
        for y in 0..t {
            if allowed(None, y) {
                score[y] = em[y] + self.trans[t * t + y];
            }
        }
        for i in 1..n {
            for y in 0..t {
                let mut best = (f32::NEG_INFINITY, 0usize);
                for p in 0..t {
                    if !allowed(Some(p), y) {
                        continue;
                    }
                    let s = score[(i - 1) * t + p] + self.trans[p * t + y];
                    if s > best.0 {
                        best = (s, p);
                    }
                }
                score[i * t + y] = best.0 + em[i * t + y];
                back[i * t + y] = best.1 as u8;
            }
        }
        let mut y = (0..t)
            .max_by(|&a, &b| score[(n - 1) * t + a].total_cmp(&score[(n - 1) * t + b]))
            .unwrap_or(0);
        let mut out = vec![0u8; n];
        for i in (0..n).rev() {
            out[i] = y as u8;
            if i > 0 {
                y = back[i * t + y] as usize;
            }
        }
        out
    }

    /// Fits averaged weights by `epochs` passes over `data` in a seeded
    /// shuffled order.
    pub fn train(
        n_feat: usize,
        n_tags: usize,
        data: &[Sequence],
        epochs: usize,
        seed: u64,
    ) -> Self {
        let mut m = Perceptron::zeros(n_feat, n_tags);
        // Averaging by the usual trick: keep Σ c·Δ and subtract it / c.
        let mut uw = vec![0.0f64; m.w.len()];
        let mut ut = vec![0.0f64; m.trans.len()];
        let mut c = 1.0f64;
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut rng = XorShiftRng::seed_from_u64(seed);
        let t = n_tags;
        for _ in 0..epochs {
            for i in (1..order.len()).rev() {
                let j = (rng.next_u64() % (i as u64 + 1)) as usize;
                order.swap(i, j);
            }
            for &k in &order {
                let s = &data[k];
                let pred = m.viterbi(&m.emissions(&s.features));
                if pred != s.gold {
                    let mut update = |tags: &[u8], delta: f32| {
                        let mut prev = t;
                        for (i, &y) in tags.iter().enumerate() {
                            let y = y as usize;
                            for &f in &s.features[i] {
                                let at = f as usize * t + y;
                                m.w[at] += delta;
                                uw[at] += c * delta as f64;
                            }
                            m.trans[prev * t + y] += delta;
                            ut[prev * t + y] += c * delta as f64;
                            prev = y;
                        }
                    };
                    update(&s.gold, 1.0);
                    update(&pred, -1.0);
                }
                c += 1.0;
            }
        }
        for (w, u) in m.w.iter_mut().zip(&uw) {
            *w -= (*u / c) as f32;
        }
        for (w, u) in m.trans.iter_mut().zip(&ut) {
            *w -= (*u / c) as f32;
        }
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inside_tags_need_their_begin() {
        assert!(allowed(None, 0));
        assert!(allowed(None, 1));
        assert!(!allowed(None, 2));
        assert!(allowed(Some(1), 2));
        assert!(allowed(Some(2), 2));
        assert!(!allowed(Some(3), 2));
        assert!(!allowed(Some(0), 4));
    }

    #[test]
    fn learns_a_separable_pattern() {
        // Feature 0: "capitalised", 1: "lower". Label 0 spans runs of capitals.
        let seq = |caps: &[bool]| {
            let mut gold = Vec::new();
            for (i, &c) in caps.iter().enumerate() {
                gold.push(match (c, i > 0 && caps[i - 1]) {
                    (false, _) => 0,
                    (true, false) => 1,
                    (true, true) => 2,
                });
            }
            Sequence {
                features: caps.iter().map(|&c| vec![if c { 0 } else { 1 }]).collect(),
                gold,
            }
        };
        let data = vec![
            seq(&[true, true, false, false]),
            seq(&[false, true, false, true]),
            seq(&[false, false, true, true, true]),
        ];
        let m = Perceptron::train(2, n_tags(1), &data, 10, 7);
        for s in &data {
            assert_eq!(m.viterbi(&m.emissions(&s.features)), s.gold);
        }
        let fresh = seq(&[true, false, true, true]);
        assert_eq!(m.viterbi(&m.emissions(&fresh.features)), fresh.gold);
    }
}
