//! The neural part of a transition-based component: a linear projection of
//! the token vectors, the "precomputable affine" lower layer (each token's
//! contribution to each feature slot computed once per sentence), maxout,
//! and the output layer scoring every move. Decoding is greedy, stepping
//! all states of a batch together like spaCy's `_parseC`.

use super::TransitionSystem;
use crate::ner::spacy::linalg::{add_bias, matmul_bt, maxout};
use crate::ner::spacy::weights::{Weights, WeightsError};
use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
pub struct TransitionConfig {
    pub moves: Vec<String>,
    #[serde(rename = "nF")]
    pub n_feats: usize,
    #[serde(rename = "nO")]
    pub n_hidden: usize,
    #[serde(rename = "nP")]
    pub n_pieces: usize,
    pub unseen_classes: Vec<usize>,
}

pub struct TransitionModel {
    n_in: usize,
    n_proj: usize,
    nf: usize,
    nh: usize,
    np: usize,
    nc: usize,
    proj_w: Vec<f32>,
    proj_b: Vec<f32>,
    lower_w: Vec<f32>,
    lower_b: Vec<f32>,
    pad: Vec<f32>,
    upper_w: Vec<f32>,
    upper_b: Vec<f32>,
}

impl TransitionModel {
    pub fn load(
        w: &Weights,
        prefix: &str,
        cfg: &TransitionConfig,
        n_in: usize,
    ) -> Result<Self, WeightsError> {
        let (nf, nh, np, nc) = (cfg.n_feats, cfg.n_hidden, cfg.n_pieces, cfg.moves.len());
        let proj_b = w.get(&format!("{prefix}.proj.b"), &[nh])?;
        let n_proj = proj_b.len();
        Ok(TransitionModel {
            n_in,
            n_proj,
            nf,
            nh,
            np,
            nc,
            proj_w: w.get(&format!("{prefix}.proj.W"), &[n_proj, n_in])?,
            proj_b,
            lower_w: w.get(&format!("{prefix}.lower.W"), &[nf, nh, np, n_proj])?,
            lower_b: w.get(&format!("{prefix}.lower.b"), &[nh, np])?,
            pad: w.get(&format!("{prefix}.lower.pad"), &[1, nf, nh, np])?,
            upper_w: w.get(&format!("{prefix}.upper.W"), &[nc, nh])?,
            upper_b: w.get(&format!("{prefix}.upper.b"), &[nc])?,
        })
    }

    pub fn n_feats(&self) -> usize {
        self.nf
    }

    /// Each token's contribution to every feature slot: tokens × (nF·nO·nP).
    pub fn precompute(&self, tokvecs: &[f32]) -> Vec<f32> {
        let n = tokvecs.len() / self.n_in;
        let mut proj = vec![0.0; n * self.n_proj];
        matmul_bt(
            tokvecs,
            n,
            self.n_in,
            &self.proj_w,
            self.n_proj,
            &mut proj,
            false,
        );
        add_bias(&mut proj, &self.proj_b);
        let width = self.nf * self.nh * self.np;
        let mut cached = vec![0.0; n * width];
        matmul_bt(
            &proj,
            n,
            self.n_proj,
            &self.lower_w,
            width,
            &mut cached,
            false,
        );
        cached
    }

    /// Greedy decoding of `states`; state `i`'s token `t` is row
    /// `bases[i] + t` of `cached`.
    pub fn decode<T: TransitionSystem>(
        &self,
        sys: &T,
        states: &mut [T::State],
        bases: &[usize],
        cached: &[f32],
    ) {
        debug_assert_eq!(sys.n_moves(), self.nc);
        let (nf, nh, np, nc) = (self.nf, self.nh, self.np, self.nc);
        let slot = nh * np;
        let width = nf * slot;
        let mut active: Vec<usize> = (0..states.len())
            .filter(|&i| !sys.is_final(&states[i]))
            .collect();
        let mut ids = vec![-1i32; nf];
        let mut unmaxed = vec![0.0f32; slot];
        let mut hidden: Vec<f32> = Vec::new();
        let mut scores: Vec<f32> = Vec::new();
        let mut valid = vec![false; nc];
        // Every valid move of either system consumes or attaches a token, so
        // a state is final after a few moves per token; the cap (on rounds,
        // from all states' tokens together) makes that a proof rather than a
        // promise, should a state ever stop making progress.
        let max_rounds = 4 * (cached.len() / width.max(1)) + 16;
        let mut rounds = 0;
        while !active.is_empty() {
            rounds += 1;
            if rounds % 64 == 0 {
                crate::budget::check();
            }
            if rounds > max_rounds {
                if cfg!(debug_assertions) {
                    panic!("transition decoding made no progress in {max_rounds} rounds");
                }
                for &si in &active {
                    sys.force_final(&mut states[si]);
                }
                break;
            }
            hidden.resize(active.len() * nh, 0.0);
            for (a, &si) in active.iter().enumerate() {
                sys.context(&states[si], &mut ids);
                // Same summation order as spaCy's sum_state_features: the
                // feature slots in order, then the bias.
                unmaxed.fill(0.0);
                for (f, &id) in ids.iter().enumerate() {
                    let src = if id < 0 {
                        &self.pad[f * slot..(f + 1) * slot]
                    } else {
                        let row = bases[si] + id as usize;
                        &cached[row * width + f * slot..row * width + (f + 1) * slot]
                    };
                    for (u, v) in unmaxed.iter_mut().zip(src) {
                        *u += v;
                    }
                }
                for (u, b) in unmaxed.iter_mut().zip(&self.lower_b) {
                    *u += b;
                }
                maxout(&unmaxed, np, &mut hidden[a * nh..(a + 1) * nh]);
            }
            scores.resize(active.len() * nc, 0.0);
            matmul_bt(
                &hidden,
                active.len(),
                nh,
                &self.upper_w,
                nc,
                &mut scores,
                false,
            );
            add_bias(&mut scores, &self.upper_b);
            for (a, &si) in active.iter().enumerate() {
                let row = &scores[a * nc..(a + 1) * nc];
                sys.set_valid(&states[si], &mut valid);
                let mut best: Option<usize> = None;
                for (i, (&s, &ok)) in row.iter().zip(&valid).enumerate() {
                    if ok && best.is_none_or(|b| s > row[b]) {
                        best = Some(i);
                    }
                }
                match best {
                    None => sys.force_final(&mut states[si]),
                    Some(b) => {
                        let prob = if T::WANTS_PROB {
                            valid_softmax(row, &valid, b)
                        } else {
                            1.0
                        };
                        sys.apply(&mut states[si], b, prob);
                    }
                }
            }
            active.retain(|&si| !sys.is_final(&states[si]));
        }
    }
}

/// Probability of move `chosen` under a softmax over the valid moves.
fn valid_softmax(scores: &[f32], valid: &[bool], chosen: usize) -> f32 {
    let max = scores[chosen];
    let total: f32 = scores
        .iter()
        .zip(valid)
        .filter(|&(_, &ok)| ok)
        .map(|(&s, _)| (s - max).exp())
        .sum();
    1.0 / total
}
