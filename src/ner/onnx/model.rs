//! The runtime half: a Hugging Face token-classification model directory
//! run through ONNX Runtime (`ort`, loaded from `ORT_DYLIB_PATH`) and the
//! model's own `tokenizer.json` (`tokenizers`).

use super::align::{self, Word};
use super::batch;
use super::decode::{self, WordTag};
use super::labels::LabelSet;
use super::window;
use crate::doc::{Doc, Entity, Span};
use crate::pipeline::Component;
use crate::{Error, Result};
use ort::environment::Environment;
use ort::session::{Session, SessionInputValue};
use ort::value::Tensor;
use rayon::prelude::*;
use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use tokenizers::Tokenizer;

/// The environment variable that names ONNX Runtime's shared library.
pub const ORT_DYLIB_ENV: &str = "ORT_DYLIB_PATH";

/// Tuning knobs; the defaults suit CPU inference of BERT-base-sized models.
#[derive(Clone, Debug)]
pub struct OnnxNerOptions {
    /// ONNX Runtime intra-op threads (0: ONNX Runtime's own choice, one per core).
    pub threads: usize,
    /// Most model inputs (sentences or windows) per forward pass.
    pub batch_size: usize,
    /// Most `inputs × padded length` tokens per forward pass, which bounds
    /// memory when long sentences come together.
    pub max_batch_tokens: usize,
    /// Longest model input in pieces, special tokens included; `None`: the
    /// model's own limit from `config.json` (at most 512).
    pub max_len: Option<usize>,
    /// Pieces shared by consecutive windows of an over-long sentence.
    pub window_overlap: usize,
    /// Path to ONNX Runtime's library; `None`: `ORT_DYLIB_PATH`.
    pub dylib: Option<PathBuf>,
}

impl Default for OnnxNerOptions {
    fn default() -> Self {
        OnnxNerOptions {
            threads: 0,
            batch_size: 32,
            max_batch_tokens: 32 * 128,
            max_len: None,
            window_overlap: 128,
            dylib: None,
        }
    }
}

/// Which standard inputs the model declares.
#[derive(Clone, Debug)]
struct Inputs {
    ids: String,
    mask: Option<String>,
    types: Option<String>,
}

/// Token-classification NER over ONNX Runtime: component `ner-onnx`.
pub struct OnnxNer {
    session: Mutex<Session>,
    /// Kept alive for the session's sake.
    _env: Environment,
    tokenizer: Tokenizer,
    labels: LabelSet,
    inputs: Inputs,
    output: String,
    /// Special pieces the tokenizer puts around one sequence, with their type ids.
    prefix: Vec<(u32, u32)>,
    suffix: Vec<(u32, u32)>,
    pad_id: u32,
    /// Content pieces per window (`max_len` less the special pieces).
    window: usize,
    overlap: usize,
    batch_size: usize,
    max_batch_tokens: usize,
    dir: PathBuf,
    failures: AtomicU64,
    last_failure: Mutex<Option<String>>,
}

fn model_err(path: &Path, message: impl Into<String>) -> Error {
    Error::Model {
        path: path.to_path_buf(),
        message: message.into(),
    }
}

/// The parts of `config.json` this component reads.
struct Config {
    labels: LabelSet,
    max_positions: usize,
}

fn read_config(path: &Path) -> Result<Config> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let v: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| model_err(path, format!("not JSON: {e}")))?;
    let map = v
        .get("id2label")
        .and_then(|m| m.as_object())
        .ok_or_else(|| model_err(path, "no id2label: not a token-classification config"))?;
    let mut pairs = Vec::with_capacity(map.len());
    for (k, name) in map {
        let i: usize = k
            .parse()
            .map_err(|_| model_err(path, format!("id2label key {k:?} is not an index")))?;
        let name = name
            .as_str()
            .ok_or_else(|| model_err(path, format!("id2label[{k}] is not a string")))?;
        pairs.push((i, name.to_string()));
    }
    let labels = LabelSet::from_id2label(&pairs).map_err(|m| model_err(path, m))?;
    let mut max_positions = v
        .get("max_position_embeddings")
        .and_then(|x| x.as_u64())
        .unwrap_or(512) as usize;
    // RoBERTa-family position tables start after the padding index, so
    // 514 rows hold 512 positions.
    let model_type = v.get("model_type").and_then(|x| x.as_str()).unwrap_or("");
    if model_type.contains("roberta") || model_type == "camembert" || model_type == "longformer" {
        max_positions = max_positions.saturating_sub(2);
    }
    Ok(Config {
        labels,
        max_positions,
    })
}

/// Open ONNX Runtime from `dylib` or `ORT_DYLIB_PATH` and make its
/// environment, once per process (ONNX Runtime allows one environment, and
/// `ort` loads one library); later models share both.
fn environment(dylib: Option<&Path>) -> Result<Environment> {
    static ENV: Mutex<Option<Environment>> = Mutex::new(None);
    let path = match dylib {
        Some(p) => p.to_path_buf(),
        None => match std::env::var_os(ORT_DYLIB_ENV) {
            Some(p) if !p.is_empty() => PathBuf::from(p),
            _ => {
                return Err(Error::Usage(format!(
                    "{ORT_DYLIB_ENV} is not set: run scripts/setup-onnx.sh and export the path it prints"
                )));
            }
        },
    };
    if !path.is_file() {
        return Err(model_err(
            &path,
            format!(
                "ONNX Runtime library not found (from {ORT_DYLIB_ENV}); run scripts/setup-onnx.sh"
            ),
        ));
    }
    let mut env = ENV.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(e) = env.as_ref() {
        return Ok(e.clone());
    }
    let made = ort::init_from(&path)
        .map_err(|e| {
            model_err(
                &path,
                format!("{e}; scripts/setup-onnx.sh installs a suitable one"),
            )
        })?
        .build()
        .map_err(|e| model_err(&path, e.to_string()))?;
    *env = Some(made.clone());
    Ok(made)
}

impl OnnxNer {
    /// Load a model directory (config.json with id2label, tokenizer.json,
    /// model.onnx) with default options.
    pub fn load(dir: &Path) -> Result<Self> {
        Self::load_with(dir, &OnnxNerOptions::default())
    }

    pub fn load_with(dir: &Path, opts: &OnnxNerOptions) -> Result<Self> {
        if !dir.is_dir() {
            return Err(model_err(dir, "not a directory"));
        }
        let need = |name: &str| -> Result<PathBuf> {
            let p = dir.join(name);
            if p.is_file() {
                Ok(p)
            } else {
                Err(model_err(
                    dir,
                    format!("{name} missing (need config.json, tokenizer.json, model.onnx)"),
                ))
            }
        };
        let (config_path, tok_path, onnx_path) = (
            need("config.json")?,
            need("tokenizer.json")?,
            need("model.onnx")?,
        );
        let config = read_config(&config_path)?;

        let mut tokenizer =
            Tokenizer::from_file(&tok_path).map_err(|e| model_err(&tok_path, e.to_string()))?;
        let pad_from_file = tokenizer.get_padding().map(|p| p.pad_id);
        // A shipped tokenizer.json may truncate (we window instead) and pad
        // to a fixed length (we pad per batch instead).
        tokenizer
            .with_truncation(None)
            .map_err(|e| model_err(&tok_path, e.to_string()))?;
        tokenizer.with_padding(None);
        let (prefix, suffix) = special_pieces(&tokenizer).map_err(|m| model_err(&tok_path, m))?;
        let pad_id = pad_from_file
            .or_else(|| {
                ["[PAD]", "<pad>"]
                    .iter()
                    .find_map(|t| tokenizer.token_to_id(t))
            })
            .unwrap_or(0);

        let env = environment(opts.dylib.as_deref())?;
        let session = build_session(&env, &onnx_path, opts.threads)?;
        let (inputs, output) =
            io_names(&session, config.labels.len()).map_err(|m| model_err(&onnx_path, m))?;

        let max_len = opts
            .max_len
            .unwrap_or(config.max_positions)
            .min(config.max_positions);
        let specials = prefix.len() + suffix.len();
        if max_len <= specials + 1 {
            return Err(model_err(
                dir,
                format!("max_len {max_len} leaves no room for text"),
            ));
        }
        let window = max_len - specials;
        Ok(OnnxNer {
            session: Mutex::new(session),
            _env: env,
            tokenizer,
            labels: config.labels,
            inputs,
            output,
            prefix,
            suffix,
            pad_id,
            window,
            overlap: opts.window_overlap.min(window / 2),
            batch_size: opts.batch_size.max(1),
            max_batch_tokens: opts.max_batch_tokens.max(max_len),
            dir: dir.to_path_buf(),
            failures: AtomicU64::new(0),
            last_failure: Mutex::new(None),
        })
    }

    /// The model's label set, parsed.
    pub fn labels(&self) -> &LabelSet {
        &self.labels
    }

    /// Entity types of the model that map to no attache label (their
    /// mentions are left out); worth a warning when non-empty.
    pub fn unmapped_types(&self) -> Vec<&str> {
        self.labels.unmapped_types()
    }

    /// Content pieces per window (longer sentences are windowed).
    pub fn window_len(&self) -> usize {
        self.window
    }

    /// Sentences that could not be tagged (tokenizer or runtime error) since
    /// load, and the last such error. Their documents keep no entities for
    /// them; the run goes on.
    pub fn failures(&self) -> (u64, Option<String>) {
        let last = self.last_failure.lock().map(|g| g.clone()).unwrap_or(None);
        (self.failures.load(Ordering::Relaxed), last)
    }

    fn fail(&self, n: usize, message: String) {
        self.failures.fetch_add(n as u64, Ordering::Relaxed);
        if let Ok(mut g) = self.last_failure.lock() {
            *g = Some(format!("{}: {message}", self.dir.display()));
        }
    }

    /// Run the model on windows of pieces; returns each window's logits per
    /// content piece (`[pieces × labels]`, row-major).
    fn forward(&self, windows: &[&[u32]]) -> std::result::Result<Vec<Vec<f32>>, String> {
        let n_labels = self.labels.len();
        let mut out: Vec<Vec<f32>> = vec![Vec::new(); windows.len()];
        let lengths: Vec<usize> = windows
            .iter()
            .map(|w| w.len() + self.prefix.len() + self.suffix.len())
            .collect();
        for group in batch::batches(&lengths, self.batch_size, self.max_batch_tokens) {
            let width = group.iter().map(|&i| lengths[i]).max().unwrap_or(0);
            let rows = group.len();
            let mut ids = vec![i64::from(self.pad_id); rows * width];
            let mut mask = vec![0i64; rows * width];
            let mut types = vec![0i64; rows * width];
            for (r, &i) in group.iter().enumerate() {
                let row = r * width;
                let pieces = self
                    .prefix
                    .iter()
                    .copied()
                    .chain(windows[i].iter().map(|&id| (id, 0)))
                    .chain(self.suffix.iter().copied());
                for (j, (id, ty)) in pieces.enumerate() {
                    ids[row + j] = i64::from(id);
                    mask[row + j] = 1;
                    types[row + j] = i64::from(ty);
                }
            }
            let shape = [rows as i64, width as i64];
            let tensor = |v: Vec<i64>| -> std::result::Result<SessionInputValue<'static>, String> {
                Tensor::from_array((shape, v))
                    .map(SessionInputValue::from)
                    .map_err(|e| e.to_string())
            };
            let mut feed: Vec<(Cow<'_, str>, SessionInputValue<'_>)> =
                vec![(Cow::from(self.inputs.ids.as_str()), tensor(ids)?)];
            if let Some(name) = &self.inputs.mask {
                feed.push((Cow::from(name.as_str()), tensor(mask)?));
            }
            if let Some(name) = &self.inputs.types {
                feed.push((Cow::from(name.as_str()), tensor(types)?));
            }
            let mut session = self
                .session
                .lock()
                .map_err(|_| "session lock poisoned".to_string())?;
            let outputs = session.run(feed).map_err(|e| e.to_string())?;
            let (shape, data) = outputs[self.output.as_str()]
                .try_extract_tensor::<f32>()
                .map_err(|e| e.to_string())?;
            if shape.len() != 3
                || shape[0] as usize != rows
                || shape[1] as usize != width
                || shape[2] as usize != n_labels
            {
                return Err(format!(
                    "model output {} has shape {:?}, expected [{rows}, {width}, {n_labels}]",
                    self.output,
                    &shape[..]
                ));
            }
            for (r, &i) in group.iter().enumerate() {
                let start = (r * width + self.prefix.len()) * n_labels;
                out[i] = data[start..start + windows[i].len() * n_labels].to_vec();
            }
        }
        Ok(out)
    }

    /// Tag sentences given as (text, byte offset of the text in its
    /// document); returns each sentence's entities in document offsets.
    pub fn tag_sentences(&self, sentences: &[(&str, usize)]) -> Vec<Vec<Entity>> {
        struct Prepared {
            ids: Vec<u32>,
            words: Vec<Word>,
            windows: Vec<std::ops::Range<usize>>,
        }
        let prepared: Vec<Option<Prepared>> = sentences
            .par_iter()
            .map(|(text, _)| match self.tokenizer.encode(*text, false) {
                Ok(enc) => {
                    let words = align::words(enc.get_word_ids(), enc.get_offsets());
                    let windows = window::plan(enc.get_ids().len(), self.window, self.overlap);
                    Some(Prepared {
                        ids: enc.get_ids().to_vec(),
                        words,
                        windows,
                    })
                }
                Err(e) => {
                    self.fail(1, format!("tokenizer: {e}"));
                    None
                }
            })
            .collect();

        // Every window of every sentence, run together.
        let mut jobs: Vec<(usize, usize)> = Vec::new(); // (sentence, window)
        let mut slices: Vec<&[u32]> = Vec::new();
        for (s, p) in prepared.iter().enumerate() {
            if let Some(p) = p {
                for (k, w) in p.windows.iter().enumerate() {
                    jobs.push((s, k));
                    slices.push(&p.ids[w.clone()]);
                }
            }
        }
        let logits = match self.forward(&slices) {
            Ok(l) => l,
            Err(e) => {
                let n = prepared
                    .iter()
                    .filter(|p| p.as_ref().is_some_and(|p| !p.ids.is_empty()))
                    .count();
                self.fail(n, format!("onnx runtime: {e}"));
                return vec![Vec::new(); sentences.len()];
            }
        };
        let mut per_sentence: Vec<Vec<&[f32]>> = vec![Vec::new(); sentences.len()];
        for ((s, _), l) in jobs.iter().zip(&logits) {
            per_sentence[*s].push(l);
        }

        let n_labels = self.labels.len();
        sentences
            .par_iter()
            .zip(prepared.par_iter())
            .zip(per_sentence.par_iter())
            .map(|(((text, base), p), wl)| {
                let Some(p) = p else { return Vec::new() };
                if p.ids.is_empty() {
                    return Vec::new();
                }
                let owners = window::owners(&p.windows, p.ids.len());
                let tags: Vec<WordTag<'_>> = p
                    .words
                    .iter()
                    .map(|w| {
                        let k = owners[w.first_piece];
                        let local = w.first_piece - p.windows[k].start;
                        let row = &wl[k][local * n_labels..(local + 1) * n_labels];
                        let (best, prob) = softmax_argmax(row);
                        WordTag {
                            tag: &self.labels.tags[best],
                            prob,
                        }
                    })
                    .collect();
                decode::mentions(&tags)
                    .into_iter()
                    .filter_map(|m| {
                        let span = align::mention_span(text, &p.words, m.first, m.last, *base)?;
                        let local = Span::new(span.start - base, span.end - base);
                        let label = self.labels.maps[m.kind].label_for(local.slice(text))?;
                        Some(Entity {
                            span,
                            label,
                            score: m.score,
                        })
                    })
                    .collect()
            })
            .collect()
    }
}

/// Index and probability of the most likely label of one piece.
fn softmax_argmax(row: &[f32]) -> (usize, f32) {
    let (best, max) =
        row.iter()
            .copied()
            .enumerate()
            .fold(
                (0, f32::NEG_INFINITY),
                |acc, (i, x)| if x > acc.1 { (i, x) } else { acc },
            );
    let sum: f32 = row.iter().map(|&x| (x - max).exp()).sum();
    (best, 1.0 / sum)
}

/// The special pieces (with type ids) the tokenizer's post-processor puts
/// before and after a single sequence: [CLS] … [SEP] for BERT, <s> … </s>
/// for RoBERTa, none for a model without them.
#[allow(clippy::type_complexity)]
fn special_pieces(
    tok: &Tokenizer,
) -> std::result::Result<(Vec<(u32, u32)>, Vec<(u32, u32)>), String> {
    let probe = "a";
    let with = tok.encode(probe, true).map_err(|e| e.to_string())?;
    let without = tok.encode(probe, false).map_err(|e| e.to_string())?;
    let (w, c) = (with.get_ids(), without.get_ids());
    let at = (0..=w.len().saturating_sub(c.len()))
        .find(|&i| w[i..].starts_with(c))
        .ok_or("cannot locate the text between the special tokens")?;
    let pairs = |r: std::ops::Range<usize>| -> Vec<(u32, u32)> {
        r.map(|i| (w[i], with.get_type_ids()[i])).collect()
    };
    Ok((pairs(0..at), pairs(at + c.len()..w.len())))
}

fn build_session(env: &Environment, path: &Path, threads: usize) -> Result<Session> {
    let err = |e: String| model_err(path, e);
    let mut builder = Session::builder(env)
        .map_err(|e| err(e.to_string()))?
        .with_intra_threads(threads)
        .map_err(|e| err(e.to_string()))?
        .with_inter_threads(1)
        .map_err(|e| err(e.to_string()))?;
    builder
        .commit_from_file(path)
        .map_err(|e| err(e.to_string()))
}

/// Names of the model's inputs and of its logits output.
fn io_names(session: &Session, n_labels: usize) -> std::result::Result<(Inputs, String), String> {
    let mut inputs = Inputs {
        ids: String::new(),
        mask: None,
        types: None,
    };
    for i in session.inputs() {
        match i.name() {
            "input_ids" => inputs.ids = i.name().to_string(),
            "attention_mask" => inputs.mask = Some(i.name().to_string()),
            "token_type_ids" => inputs.types = Some(i.name().to_string()),
            other => {
                return Err(format!(
                    "model input {other:?} is not one of input_ids, attention_mask, token_type_ids"
                ));
            }
        }
    }
    if inputs.ids.is_empty() {
        return Err("model has no input_ids input".into());
    }
    let output = session
        .outputs()
        .iter()
        .find(|o| o.name() == "logits")
        .or_else(|| session.outputs().first())
        .map(|o| o.name().to_string())
        .ok_or("model has no output")?;
    let _ = n_labels; // checked against the output's shape at the first run
    Ok((inputs, output))
}

impl Component for OnnxNer {
    fn name(&self) -> &'static str {
        "ner-onnx"
    }

    fn process(&self, doc: &mut Doc) {
        self.process_batch(std::slice::from_mut(doc));
    }

    /// Tags every sentence of every document in one length-sorted run and
    /// replaces each document's entity layer. A document with no sentences
    /// (no segmenter ran) is tagged as one sentence.
    fn process_batch(&self, docs: &mut [Doc]) {
        let mut owner: Vec<usize> = Vec::new();
        let mut sentences: Vec<(&str, usize)> = Vec::new();
        for (d, doc) in docs.iter().enumerate() {
            let spans: Vec<Span> = if doc.sentences.is_empty() {
                vec![Span::new(0, doc.text.len())]
            } else {
                doc.sentences.iter().map(|s| s.span).collect()
            };
            for span in spans {
                if let Some(text) = doc.text.get(span.start..span.end) {
                    owner.push(d);
                    sentences.push((text, span.start));
                }
            }
        }
        let tagged = self.tag_sentences(&sentences);
        let mut layers: Vec<Vec<Entity>> = vec![Vec::new(); docs.len()];
        for (d, ents) in owner.into_iter().zip(tagged) {
            layers[d].extend(ents);
        }
        for (doc, mut ents) in docs.iter_mut().zip(layers) {
            ents.sort_by_key(|e| (e.span.start, e.span.end));
            doc.entities = ents;
        }
    }
}
