//! `Tok2Vec.v2`: MultiHashEmbed (hash embeddings of lexical attributes,
//! mixed by a maxout layer) followed by MaxoutWindowEncoder (residual
//! convolutions over a ±1 token window with maxout and layer norm).
//!
//! Two exact rewrites make it cheap without changing the function:
//! - The mixing layer is linear in the concatenated embeddings, so each
//!   table is multiplied by its block of the mixing weights once at load;
//!   a token then costs 24 row additions instead of a 576×288 product.
//! - Sentences are laid out as thinc's `with_array(pad=4)` does, each
//!   surrounded by `depth × window` zero rows, so one matrix product per
//!   layer serves a whole batch and no sentence sees another.

use super::hashing::hash_embed_keys;
use super::linalg::{layer_norm, matmul_bt, matmul_bt_rows, maxout_blocks};
use super::weights::{Weights, WeightsError};
use serde::Deserialize;

/// The attributes extracted per token, in this column order.
pub const FEATURE_ATTRS: [&str; 6] = ["NORM", "PREFIX", "SUFFIX", "SHAPE", "SPACY", "IS_SPACE"];

/// One token's attribute values (string ids, or 0/1 for the flags).
pub type TokenFeatures = [u64; 6];

#[derive(Clone, Debug, Deserialize)]
pub struct Tok2VecConfig {
    pub attrs: Vec<String>,
    pub rows: Vec<usize>,
    pub seeds: Vec<u32>,
    pub width: usize,
    pub embed_pieces: usize,
    pub depth: usize,
    pub window: usize,
    pub encode_pieces: usize,
}

struct EmbedTable {
    column: usize,
    rows: u32,
    seed: u32,
    /// The table times its block of the mixing weights: rows × (pieces·width),
    /// pieces outermost.
    projected: Vec<f32>,
}

struct EncoderLayer {
    /// (pieces·width) × ((2·window+1)·width), pieces outermost.
    w: Vec<f32>,
    b: Vec<f32>,
    g: Vec<f32>,
    nb: Vec<f32>,
}

pub struct Tok2Vec {
    width: usize,
    window: usize,
    embed_pieces: usize,
    encode_pieces: usize,
    tables: Vec<EmbedTable>,
    embed_bias: Vec<f32>,
    embed_g: Vec<f32>,
    embed_nb: Vec<f32>,
    layers: Vec<EncoderLayer>,
}

#[derive(Debug, thiserror::Error)]
pub enum Tok2VecError {
    #[error(transparent)]
    Weights(#[from] WeightsError),
    #[error("tok2vec: unsupported attribute {0}")]
    Attr(String),
    #[error("tok2vec: inconsistent configuration")]
    Config,
}

/// thinc stores maxout rows unit-major (o, p); re-order rows of the
/// row-major `m` (`width·pieces` rows of `cols` values) to piece-major
/// (p, o) so maxout compares whole contiguous blocks.
fn piece_major(m: &[f32], width: usize, pieces: usize, cols: usize) -> Vec<f32> {
    let mut out = vec![0.0; m.len()];
    for o in 0..width {
        for p in 0..pieces {
            let src = (o * pieces + p) * cols;
            let dst = (p * width + o) * cols;
            out[dst..dst + cols].copy_from_slice(&m[src..src + cols]);
        }
    }
    out
}

impl Tok2Vec {
    pub fn load(w: &Weights, prefix: &str, cfg: &Tok2VecConfig) -> Result<Self, Tok2VecError> {
        let n = cfg.attrs.len();
        if cfg.rows.len() != n || cfg.seeds.len() != n || cfg.window == 0 {
            return Err(Tok2VecError::Config);
        }
        let (width, ep) = (cfg.width, cfg.embed_pieces);
        let concat = width * n;
        let mix = w.get(&format!("{prefix}.embed.maxout.W"), &[width, ep, concat])?;
        let mix = piece_major(&mix, width, ep, concat);
        let mut tables = Vec::with_capacity(n);
        for (k, attr) in cfg.attrs.iter().enumerate() {
            let column = FEATURE_ATTRS
                .iter()
                .position(|a| a == attr)
                .ok_or_else(|| Tok2VecError::Attr(attr.clone()))?;
            let rows = cfg.rows[k];
            let e = w.get(&format!("{prefix}.embed.{k}.E"), &[rows, width])?;
            // Block k of the mixing weights, as a (pieces·width) × width matrix.
            let block: Vec<f32> = mix
                .chunks_exact(concat)
                .flat_map(|row| row[k * width..(k + 1) * width].iter().copied())
                .collect();
            let mut projected = vec![0.0; rows * width * ep];
            matmul_bt(&e, rows, width, &block, width * ep, &mut projected, false);
            tables.push(EmbedTable {
                column,
                rows: u32::try_from(rows).map_err(|_| Tok2VecError::Config)?,
                seed: cfg.seeds[k],
                projected,
            });
        }
        let nw = 2 * cfg.window + 1;
        let np = cfg.encode_pieces;
        let mut layers = Vec::with_capacity(cfg.depth);
        for d in 0..cfg.depth {
            let p = format!("{prefix}.encode.{d}");
            let wt = w.get(&format!("{p}.maxout.W"), &[width, np, width * nw])?;
            let b = w.get(&format!("{p}.maxout.b"), &[width, np])?;
            layers.push(EncoderLayer {
                w: piece_major(&wt, width, np, width * nw),
                b: piece_major(&b, width, np, 1),
                g: w.get(&format!("{p}.norm.G"), &[width])?,
                nb: w.get(&format!("{p}.norm.b"), &[width])?,
            });
        }
        let embed_bias = w.get(&format!("{prefix}.embed.maxout.b"), &[width, ep])?;
        Ok(Tok2Vec {
            width,
            window: cfg.window,
            embed_pieces: ep,
            encode_pieces: np,
            tables,
            embed_bias: piece_major(&embed_bias, width, ep, 1),
            embed_g: w.get(&format!("{prefix}.embed.norm.G"), &[width])?,
            embed_nb: w.get(&format!("{prefix}.embed.norm.b"), &[width])?,
            layers,
        })
    }

    pub fn width(&self) -> usize {
        self.width
    }

    fn pad(&self) -> usize {
        self.layers.len() * self.window
    }

    /// Embedding of one token into `out` (width values).
    fn embed(&self, feats: &TokenFeatures, acc: &mut [f32], out: &mut [f32]) {
        acc.copy_from_slice(&self.embed_bias);
        let stride = self.width * self.embed_pieces;
        for t in &self.tables {
            for key in hash_embed_keys(feats[t.column], t.seed) {
                let row = (key % t.rows) as usize;
                for (a, p) in acc
                    .iter_mut()
                    .zip(&t.projected[row * stride..(row + 1) * stride])
                {
                    *a += p;
                }
            }
        }
        maxout_blocks(acc, self.embed_pieces, out);
        layer_norm(out, &self.embed_g, &self.embed_nb);
    }

    /// Token vectors (tokens × width, in input order) for sentences of
    /// `lengths` tokens whose features are concatenated in `feats`.
    pub fn forward(&self, feats: &[TokenFeatures], lengths: &[usize]) -> Vec<f32> {
        let w = self.width;
        let pad = self.pad();
        let total: usize = lengths.iter().sum();
        debug_assert_eq!(total, feats.len());
        let rows = total + pad * (lengths.len() + 1);
        // `window` zero guard rows at both ends, never written, stand for
        // the zeros expand_window reads beyond the array; row r is stored
        // at index r + window.
        let guard = self.window;
        let mut x = vec![0.0f32; (rows + 2 * guard) * w];
        let mut acc = vec![0.0f32; w * self.embed_pieces];
        let mut row = guard + pad;
        let mut tok = 0;
        for &len in lengths {
            for f in &feats[tok..tok + len] {
                self.embed(f, &mut acc, &mut x[row * w..(row + 1) * w]);
                row += 1;
            }
            tok += len;
            row += pad;
        }

        let nw = 2 * self.window + 1;
        let np = w * self.encode_pieces;
        let mut hidden = vec![0.0f32; rows * np];
        let mut delta = vec![0.0f32; w];
        for layer in &self.layers {
            // Row r's window [r - window, r + window] is contiguous in x.
            matmul_bt_rows(&x, rows, nw * w, w, &layer.w, np, &mut hidden);
            for (r, h) in hidden.chunks_exact_mut(np).enumerate() {
                for (v, b) in h.iter_mut().zip(&layer.b) {
                    *v += b;
                }
                maxout_blocks(h, self.encode_pieces, &mut delta);
                layer_norm(&mut delta, &layer.g, &layer.nb);
                let xr = &mut x[(r + guard) * w..(r + guard + 1) * w];
                for (xv, dv) in xr.iter_mut().zip(&delta) {
                    *xv += dv;
                }
            }
        }

        let mut out = Vec::with_capacity(total * w);
        let mut row = guard + pad;
        for &len in lengths {
            out.extend_from_slice(&x[row * w..(row + len) * w]);
            row += len + pad;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::spacy::assets;
    use std::io::Read;

    /// Token vectors of both tok2vec models against thinc's
    /// (tests/data/spacy/tok2vec.json.gz, rounded to 6 decimals there).
    #[test]
    fn matches_thinc() {
        let cfg: serde_json::Value = serde_json::from_slice(assets::MODEL_JSON).unwrap();
        let w = Weights::from_bytes(assets::WEIGHTS).unwrap();
        let shared_cfg: Tok2VecConfig = serde_json::from_value(cfg["tok2vec"].clone()).unwrap();
        let ner_cfg: Tok2VecConfig = serde_json::from_value(cfg["ner"]["tok2vec"].clone()).unwrap();
        let models = [
            (
                "tok2vec",
                Tok2Vec::load(&w, "tok2vec", &shared_cfg).unwrap(),
            ),
            (
                "ner_tok2vec",
                Tok2Vec::load(&w, "ner.tok2vec", &ner_cfg).unwrap(),
            ),
        ];
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/spacy/tok2vec.json.gz"
        );
        let mut json = String::new();
        flate2::read::GzDecoder::new(std::fs::File::open(path).unwrap())
            .read_to_string(&mut json)
            .unwrap();
        let recs: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
        let mut feats: Vec<TokenFeatures> = Vec::new();
        let mut lens = Vec::new();
        for r in &recs {
            let rows = r["features"].as_array().unwrap();
            lens.push(rows.len());
            for row in rows {
                let v: Vec<u64> = row
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_str().unwrap().parse().unwrap())
                    .collect();
                feats.push(v.try_into().unwrap());
            }
        }
        for (key, model) in &models {
            let want: Vec<f32> = recs
                .iter()
                .flat_map(|r| r[key].as_array().unwrap().iter())
                .flat_map(|row| {
                    row.as_array()
                        .unwrap()
                        .iter()
                        .map(|x| x.as_f64().unwrap() as f32)
                })
                .collect();
            let got = model.forward(&feats, &lens);
            assert_eq!(got.len(), want.len());
            let worst = got
                .iter()
                .zip(&want)
                .map(|(a, b)| (a - b).abs())
                .fold(0.0f32, f32::max);
            assert!(worst < 1e-4, "{key}: largest difference {worst}");
        }
    }
}
