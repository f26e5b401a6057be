//! The entity tagger: a trained component that re-decides the entity layer
//! after the recognizer and the gazetteer, to the conventions of
//! ANNOTATION.md on real news.
//!
//! The small recognizer makes the same mistakes over and over on wire
//! copy: IGO short forms and agencies missed ("G7", "KUNA"), spans that run
//! into a title ("Iranian Foreign Ministry Spokesman"), nested names cut
//! at "of" or "and", people after honorifics missed. The tagger reads what
//! the recognizer wrote as features, next to the words, their shapes and
//! tags, the actor dictionary's names and the agent (title) words, and
//! tags each sentence again with a structured perceptron over BIO tags of
//! the six annotated labels. Entities of other labels (CARDINAL, MONEY, …)
//! are kept where no tagged entity overlaps them.
//!
//! - [`features`]: what the tagger sees of a token;
//! - [`perceptron`]: the model and its training;
//! - [`train`]: gold folders → sequences, fitting and cross-validation.
//!
//! A model is a folder: `config.json`, `features.txt` (one feature a line,
//! its line number its row) and `weights.safetensors` (`w` [features,
//! tags], `trans` [tags + 1, tags], f32). The default one is compiled in
//! from `models/entities/`; `attache train --component entities` writes new
//! ones. Training and inference share [`features::SentenceView`].

pub mod features;
pub mod perceptron;
pub mod train;

use crate::doc::{Doc, Entity, EntityLabel, Span};
use crate::error::{Error, Result};
use crate::pipeline::Component;
use crate::tensors::{model_err, read_f32, read_text, save_folder};
use features::{DocContext, SentenceView};
use perceptron::Perceptron;
use safetensors::SafeTensors;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, LazyLock};

pub const FORMAT: &str = "attache-entity-tagger/1";

/// `config.json` of a tagger folder.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Config {
    pub format: String,
    /// The labels tagged, in tag order (tag `1 + 2k` is B of label k).
    pub labels: Vec<String>,
    pub epochs: usize,
    /// Features seen fewer times than this in training were left out.
    pub min_count: usize,
    /// Perceptrons averaged, each over its own order of the sentences.
    #[serde(default = "one")]
    pub orders: usize,
    pub trained_on: Vec<String>,
    pub documents: usize,
    pub sentences: usize,
}

fn one() -> usize {
    1
}

/// A loaded tagger.
#[derive(Clone, Debug)]
pub struct TaggerModel {
    pub config: Config,
    pub labels: Vec<EntityLabel>,
    pub features: Vec<String>,
    pub vocab: HashMap<String, u32>,
    pub model: Perceptron,
}

static EMBEDDED: LazyLock<Option<Arc<TaggerModel>>> = LazyLock::new(|| {
    TaggerModel::from_parts(
        include_str!("../../../models/entities/config.json"),
        include_str!("../../../models/entities/features.txt"),
        include_bytes!("../../../models/entities/weights.safetensors"),
        Path::new("models/entities (embedded)"),
    )
    .ok()
    .map(Arc::new)
});

impl TaggerModel {
    /// The tagger compiled into the binary (trained on every gold set).
    pub fn embedded() -> Option<Arc<TaggerModel>> {
        EMBEDDED.clone()
    }

    /// Loads a folder written by [`TaggerModel::save`].
    pub fn load(dir: &Path) -> Result<TaggerModel> {
        let weights = dir.join("weights.safetensors");
        TaggerModel::from_parts(
            &read_text(dir, "config.json")?,
            &read_text(dir, "features.txt")?,
            &std::fs::read(&weights).map_err(|e| Error::io(weights, e))?,
            dir,
        )
    }

    fn from_parts(config: &str, features: &str, weights: &[u8], path: &Path) -> Result<Self> {
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
        let labels = config
            .labels
            .iter()
            .map(|l| {
                l.parse::<EntityLabel>()
                    .map_err(|_| model_err(path, format!("config.json: unknown label {l}")))
            })
            .collect::<Result<Vec<_>>>()?;
        let features: Vec<String> = features
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
        let vocab = features
            .iter()
            .enumerate()
            .map(|(i, f)| (f.clone(), i as u32))
            .collect();
        let st = SafeTensors::deserialize(weights).map_err(|e| model_err(path, e))?;
        let tensor = |name: &str, shape: &[usize]| read_f32(&st, name, shape, path);
        let (nf, nt) = (features.len(), perceptron::n_tags(labels.len()));
        let model = Perceptron {
            n_feat: nf,
            n_tags: nt,
            w: tensor("w", &[nf, nt])?,
            trans: tensor("trans", &[nt + 1, nt])?,
        };
        Ok(TaggerModel {
            config,
            labels,
            features,
            vocab,
            model,
        })
    }

    /// Writes the model folder.
    pub fn save(&self, dir: &Path) -> Result<()> {
        let (nf, nt) = (self.model.n_feat, self.model.n_tags);
        save_folder(
            dir,
            &self.config,
            &[("features.txt", &self.features)],
            &[
                ("w", vec![nf, nt], &self.model.w),
                ("trans", vec![nt + 1, nt], &self.model.trans),
            ],
        )
    }

    /// Feature columns of every token of a sentence view.
    pub fn encode(&self, view: &SentenceView) -> Vec<Vec<u32>> {
        let mut buf = String::new();
        (0..view.len())
            .map(|i| {
                let mut cols = Vec::with_capacity(40);
                view.features(i, &mut buf, &mut |f| {
                    if let Some(&c) = self.vocab.get(f) {
                        cols.push(c);
                    }
                });
                cols
            })
            .collect()
    }

    /// The entities this tagger finds in `doc`, given the layer the
    /// recognizer and gazetteer wrote (which it reads, not changes).
    pub fn entities(&self, doc: &Doc) -> Vec<Entity> {
        let mut tagged: Vec<Entity> = Vec::new();
        let context = DocContext::new(doc);
        for s in &doc.sentences {
            if s.tokens.is_empty() {
                continue;
            }
            crate::budget::check();
            let view = SentenceView::new(doc, s.tokens.clone(), &context);
            let em = self.model.emissions(&self.encode(&view));
            let tags = self.model.viterbi(&em);
            let toks = &doc.tokens[s.tokens.clone()];
            let nt = self.model.n_tags;
            let mut i = 0;
            while i < tags.len() {
                let t = tags[i] as usize;
                if !perceptron::is_begin(t) {
                    i += 1;
                    continue;
                }
                let mut j = i + 1;
                while j < tags.len() && tags[j] as usize == t + 1 {
                    j += 1;
                }
                // Confidence from the margin of the weakest token's tag
                // over its best rival (not a calibrated probability).
                let margin = (i..j)
                    .map(|k| {
                        let row = &em[k * nt..(k + 1) * nt];
                        let own = row[tags[k] as usize];
                        let rival = row
                            .iter()
                            .enumerate()
                            .filter(|&(y, _)| y != tags[k] as usize)
                            .map(|(_, &x)| x)
                            .fold(f32::NEG_INFINITY, f32::max);
                        own - rival
                    })
                    .fold(f32::INFINITY, f32::min);
                let label = self.labels[(t - 1) / 2];
                let span = Span::new(toks[i].span.start, toks[j - 1].span.end);
                // A name starts with a letter or digit ("-Office" of a
                // split "Chairperson-in-Office" is no place).
                if !doc.slice(span).starts_with(char::is_alphanumeric) {
                    i = j;
                    continue;
                }
                // The recognizer's entity of this span and label, if any
                // (entities are sorted by span).
                let at = doc.entities.partition_point(|e| e.span < span);
                let input = doc.entities[at..]
                    .iter()
                    .take_while(|e| e.span == span)
                    .find(|e| e.label == label)
                    .map(|e| e.score);
                let own = 1.0 / (1.0 + (-margin).exp());
                tagged.push(Entity {
                    span,
                    label,
                    score: input.map_or(own, |s| s.max(own)).min(0.999),
                });
                i = j;
            }
        }
        // Entities outside every tagged sentence, and those of labels the
        // tagger does not decide that no tagged entity overlaps, stay.
        let in_sentence = |sp: Span| {
            doc.sentence_at(sp.start)
                .is_some_and(|k| !doc.sentences[k].tokens.is_empty())
        };
        // Tagged spans are in text order and do not overlap, so their ends
        // are in order too: one binary search finds the one that could.
        let overlaps_tagged = |sp: Span| {
            let k = tagged.partition_point(|t| t.span.end <= sp.start);
            tagged.get(k).is_some_and(|t| t.span.overlaps(sp))
        };
        let keep: Vec<Entity> = doc
            .entities
            .iter()
            .filter(|e| {
                if !in_sentence(e.span) {
                    return true;
                }
                !self.labels.contains(&e.label) && !overlaps_tagged(e.span)
            })
            .cloned()
            .collect();
        tagged.extend(keep);
        tagged.sort_by_key(|e| (e.span.start, e.span.end));
        tagged
    }
}

/// The pipeline component: rewrites `Doc::entities` with the tagger's.
#[derive(Clone, Debug)]
pub struct EntityTagger(pub Arc<TaggerModel>);

impl EntityTagger {
    /// The embedded tagger.
    pub fn embedded() -> Result<Self> {
        TaggerModel::embedded()
            .map(EntityTagger)
            .ok_or_else(|| Error::Model {
                path: "models/entities".into(),
                message: "the embedded entity tagger is missing or unreadable; rebuild".into(),
            })
    }
}

impl Component for EntityTagger {
    fn name(&self) -> &'static str {
        "entity_tagger"
    }

    fn process(&self, doc: &mut Doc) {
        if doc.tokens.is_empty() {
            return;
        }
        doc.entities = self.0.entities(doc);
    }
}
