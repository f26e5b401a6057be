//! The trained event model: decides which (sentence, PLOVER type) pairs
//! report an event, and so which rule events stand, which are retyped and
//! which events are added where the rules found none.
//!
//! - [`candidates`]: what could be an event (rule events, discarded rule
//!   events, lexicon hits);
//! - [`features`]: what the model sees of a sentence;
//! - [`linear`]: the model (one logistic regression per type);
//! - [`roles`]: actor and recipient of events the model adds;
//! - [`decide`]: the model's scores turned into events, keeping PLOVER's
//!   typing conventions and the modality the rules found;
//! - [`train`]: fitting and cross-validation from gold folders.
//!
//! A model is a folder: `config.json`, `features.txt` (one feature a line,
//! its line number its column) and `weights.safetensors` (`w` [types,
//! features], `b` [types], f32). The default one is compiled in from
//! `models/events/`; `attache train` writes new ones and `attache extract
//! --events DIR` loads them. Training and inference share [`prepare`].

pub mod arguments;
pub mod candidates;
pub mod decide;
pub mod features;
pub mod linear;
pub mod roles;
pub mod train;

use crate::actors::tree::Tree;
use crate::doc::{Doc, EventType};
use crate::error::{Error, Result};
use crate::tensors::{model_err, read_f32, read_text, save_folder};
use candidates::{Candidate, Hit, Origin};
use linear::Linear;
use safetensors::SafeTensors;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;
use std::sync::LazyLock;

pub const FORMAT: &str = "attache-event-model/1";

/// `config.json` of a model folder.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Config {
    pub format: String,
    /// Column order of the weights.
    pub types: Vec<String>,
    /// A (sentence, type) pair is an event when P ≥ this.
    pub threshold: f32,
    pub l2: f32,
    pub iters: usize,
    /// Features seen fewer times than this in training were left out.
    pub min_count: usize,
    /// Gold folders and documents it was fitted on.
    pub trained_on: Vec<String>,
    pub documents: usize,
    pub sentences: usize,
    /// A mention takes a role when the role model gives P ≥ this; absent
    /// when the model has no role classifiers (parties from the parse).
    #[serde(default)]
    pub role_threshold: Option<f32>,
}

/// A loaded event model.
#[derive(Clone, Debug)]
pub struct EventModel {
    pub config: Config,
    pub types: Vec<EventType>,
    pub vocab: HashMap<String, u32>,
    pub features: Vec<String>,
    pub linear: Linear,
    /// The argument-role classifiers (`features_roles.txt`, `rw`, `rb`).
    pub roles: Option<arguments::RoleModel>,
}

/// One sentence made ready for the model.
#[derive(Clone, Debug, Default)]
pub struct Prepared {
    pub candidates: Vec<Candidate>,
    pub hits: Vec<Hit>,
    pub features: Vec<String>,
    /// Indices into `doc.actors` of the sentence's mentions.
    pub actors: Vec<usize>,
    /// The mention that speaks in the sentence ([`roles::speaker`]),
    /// found once for every event of the sentence.
    pub speaker: Option<usize>,
    /// Outside the prose (a zone): never an event.
    pub skip: bool,
}

/// Runs the rules in candidate mode over `doc` and gathers, per sentence,
/// everything the model needs. The same function serves training and
/// inference.
pub fn prepare(doc: &Doc) -> Vec<Prepared> {
    let n = doc.sentences.len();
    let mut out: Vec<Prepared> = vec![Prepared::default(); n];
    if doc.tokens.is_empty() || n == 0 {
        return out;
    }
    let (kept, dropped) = {
        let t = Tree::new(doc);
        let mut x = super::extract::Extractor::new(doc, &t);
        x.keep_unreal = true;
        x.dropped = Some(Vec::new());
        let kept = x.run();
        (kept, x.dropped.take().unwrap_or_default())
    };
    for e in kept {
        if let Some(p) = out.get_mut(e.sentence) {
            p.candidates.push(Candidate {
                event: e,
                origin: Origin::Rule,
            });
        }
    }
    for (e, why) in dropped {
        if let Some(p) = out.get_mut(e.sentence) {
            p.candidates.push(Candidate {
                event: e,
                origin: Origin::Dropped(why),
            });
        }
    }
    let mut a = 0;
    for (s, p) in out.iter_mut().enumerate() {
        crate::budget::check();
        while a < doc.actors.len() && doc.actors[a].sentence < s {
            a += 1;
        }
        let from = a;
        while a < doc.actors.len() && doc.actors[a].sentence == s {
            a += 1;
        }
        p.actors = (from..a).collect();
        let sent = &doc.sentences[s];
        if sent.tokens.is_empty()
            || sent.tokens.end > doc.tokens.len()
            || doc.zone_of(sent.span).is_some()
        {
            p.skip = true;
            continue;
        }
        p.speaker = roles::speaker(doc, s, &p.actors);
        p.hits = candidates::lexicon_hits(doc, s);
        p.features = features::sentence_features(doc, s, &p.candidates, &p.hits, &p.actors);
    }
    // What the neighbouring sentences report: a lead restated, a quote that
    // continues the previous sentence's accusation.
    let types_of = |p: &Prepared| -> Vec<&'static str> {
        let mut t: Vec<&'static str> = p
            .candidates
            .iter()
            .filter(|c| c.origin == Origin::Rule)
            .map(|c| c.event.event_type.as_str())
            .collect();
        t.sort_unstable();
        t.dedup();
        t
    };
    let rule_types: Vec<Vec<&'static str>> = out.iter().map(types_of).collect();
    for s in 0..n {
        if out[s].skip {
            continue;
        }
        if s > 0 {
            for t in &rule_types[s - 1] {
                out[s].features.push(format!("prev={t}"));
            }
        }
        if s + 1 < n {
            for t in &rule_types[s + 1] {
                out[s].features.push(format!("next={t}"));
            }
        }
    }
    out
}

static EMBEDDED: LazyLock<Option<std::sync::Arc<EventModel>>> = LazyLock::new(|| {
    EventModel::from_parts(
        include_str!("../../../models/events/config.json"),
        include_str!("../../../models/events/features.txt"),
        include_bytes!("../../../models/events/weights.safetensors"),
        include_str!("../../../models/events/features_roles.txt"),
        Path::new("models/events (embedded)"),
    )
    .ok()
    .map(std::sync::Arc::new)
});

impl EventModel {
    /// The model compiled into the binary (trained on every gold set).
    pub fn embedded() -> Option<std::sync::Arc<EventModel>> {
        EMBEDDED.clone()
    }

    /// Loads a model folder written by [`EventModel::save`].
    pub fn load(dir: &Path) -> Result<EventModel> {
        let weights = dir.join("weights.safetensors");
        let roles = match read_text(dir, "features_roles.txt") {
            Ok(t) => t,
            Err(Error::Io { cause, .. }) if cause.kind() == std::io::ErrorKind::NotFound => {
                String::new()
            }
            Err(e) => return Err(e),
        };
        EventModel::from_parts(
            &read_text(dir, "config.json")?,
            &read_text(dir, "features.txt")?,
            &std::fs::read(&weights).map_err(|e| Error::io(weights, e))?,
            &roles,
            dir,
        )
    }

    fn from_parts(
        config: &str,
        features: &str,
        weights: &[u8],
        role_features: &str,
        path: &Path,
    ) -> Result<EventModel> {
        let config: Config = serde_json::from_str(config)
            .map_err(|e| model_err(path, format!("config.json: {e}")))?;
        if config.format != FORMAT {
            return Err(model_err(
                path,
                format!(
                    "config.json: format {:?}, expected {FORMAT:?}",
                    config.format
                ),
            ));
        }
        let types = config
            .types
            .iter()
            .map(|t| {
                EventType::parse(t).ok_or_else(|| model_err(path, format!("unknown type {t}")))
            })
            .collect::<Result<Vec<_>>>()?;
        let features: Vec<String> = features.lines().map(str::to_string).collect();
        let vocab = features
            .iter()
            .enumerate()
            .map(|(i, f)| (f.clone(), i as u32))
            .collect();
        let st = SafeTensors::deserialize(weights).map_err(|e| model_err(path, e))?;
        let tensor = |name: &str, shape: &[usize]| read_f32(&st, name, shape, path);
        let (nt, nf) = (types.len(), features.len());
        let linear = Linear {
            n_types: nt,
            n_feat: nf,
            w: tensor("w", &[nt, nf])?,
            b: tensor("b", &[nt])?,
        };
        let roles = match config.role_threshold {
            None => None,
            Some(threshold) => {
                let features: Vec<String> = role_features.lines().map(str::to_string).collect();
                let nf = features.len();
                let vocab = features
                    .iter()
                    .enumerate()
                    .map(|(i, f)| (f.clone(), i as u32))
                    .collect();
                Some(arguments::RoleModel {
                    features,
                    vocab,
                    linear: Linear {
                        n_types: 2,
                        n_feat: nf,
                        w: tensor("rw", &[2, nf])?,
                        b: tensor("rb", &[2])?,
                    },
                    threshold,
                })
            }
        };
        Ok(EventModel {
            config,
            types,
            vocab,
            features,
            linear,
            roles,
        })
    }

    /// Writes the model folder.
    pub fn save(&self, dir: &Path) -> Result<()> {
        let (nt, nf) = (self.linear.n_types, self.linear.n_feat);
        let empty = Linear {
            n_types: 2,
            n_feat: 0,
            w: Vec::new(),
            b: vec![0.0; 2],
        };
        let rl = self.roles.as_ref().map(|r| &r.linear).unwrap_or(&empty);
        let no_roles = Vec::new();
        let role_features = self.roles.as_ref().map_or(&no_roles, |r| &r.features);
        save_folder(
            dir,
            &self.config,
            &[
                ("features.txt", &self.features),
                ("features_roles.txt", role_features),
            ],
            &[
                ("rw", vec![2, rl.n_feat], &rl.w),
                ("rb", vec![2], &rl.b),
                ("w", vec![nt, nf], &self.linear.w),
                ("b", vec![nt], &self.linear.b),
            ],
        )
    }

    /// Feature strings → column indices (unknown ones dropped).
    pub fn encode(&self, features: &[String]) -> Vec<u32> {
        features
            .iter()
            .filter_map(|f| self.vocab.get(f).copied())
            .collect()
    }

    /// P(event of each type) for one prepared sentence, in `self.types` order.
    pub fn probs(&self, p: &Prepared) -> Vec<f32> {
        self.linear.probs(&self.encode(&p.features))
    }
}
