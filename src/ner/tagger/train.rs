//! Fitting the entity tagger on gold folders (`entities.jsonl` beside
//! `docs.jsonl`), and out-of-fold entities for honest figures.
//!
//! A gold entity becomes BIO tags on the tokens that lie inside it; a gold
//! span that cuts a token is tagged on the tokens it wholly covers (the
//! tokenizer decides what can be said). Labels outside the tagger's six are
//! not learned.

use super::features::{DocContext, SentenceView};
use super::perceptron::{self, Perceptron, Sequence};
use super::{Config, FORMAT, TaggerModel};
use crate::doc::{Doc, Entity, EntityLabel};
use crate::error::{Error, Result};
use crate::eval::Gold;
use crate::pipeline::Pipeline;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The labels ANNOTATION.md annotates, in tag order.
pub const LABELS: [EntityLabel; 6] = [
    EntityLabel::Person,
    EntityLabel::Norp,
    EntityLabel::Org,
    EntityLabel::Gpe,
    EntityLabel::Loc,
    EntityLabel::Date,
];

/// One gold folder run through the stages before the tagger.
pub struct EntitySet {
    pub name: String,
    pub dir: PathBuf,
    pub gold: Gold,
    pub docs: Vec<Doc>,
    /// Per document: the gold entities, as byte spans with labels.
    pub entities: Vec<Vec<Entity>>,
}

/// Training options.
#[derive(Clone, Debug)]
pub struct TagOptions {
    pub epochs: usize,
    pub min_count: usize,
    pub seed: u64,
    /// Perceptrons (each over its own shuffled order) averaged into one.
    pub orders: usize,
}

impl Default for TagOptions {
    fn default() -> Self {
        TagOptions {
            epochs: 10,
            min_count: 3,
            seed: 13,
            orders: 10,
        }
    }
}

/// Reads a gold folder with `entities.jsonl` and runs its articles through
/// `pipeline` (the recognizer and gazetteer, not the tagger).
pub fn load_set(dir: &Path, texts: Option<&Path>, pipeline: &Pipeline) -> Result<EntitySet> {
    let gold = crate::eval::load_gold(dir)?;
    let Some(by_doc) = gold.entities.as_ref() else {
        return Err(Error::Input(format!(
            "{}: no entities.jsonl: the entity tagger trains on gold entities",
            dir.display()
        )));
    };
    let mut docs = crate::eval::load::gold_documents(dir, texts, &gold)?;
    pipeline.process_batch(&mut docs);
    let entities = docs
        .iter()
        .map(|d| {
            let ix = d.char_index();
            by_doc
                .get(&d.id)
                .map(|es| {
                    es.iter()
                        .filter_map(|e| {
                            let label = e.label.parse::<EntityLabel>().ok()?;
                            let span =
                                crate::doc::Span::new(ix.byte_of(e.start), ix.byte_of(e.end));
                            (span.end <= d.text.len() && !span.is_empty()).then_some(Entity {
                                span,
                                label,
                                score: 1.0,
                            })
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect();
    let name = crate::eval::load::set_name(dir);
    Ok(EntitySet {
        name,
        dir: dir.to_path_buf(),
        gold,
        docs,
        entities,
    })
}

/// Gold BIO tags of a sentence's tokens.
fn gold_tags(doc: &Doc, range: std::ops::Range<usize>, gold: &[Entity]) -> Vec<u8> {
    let toks = &doc.tokens[range];
    let mut tags = vec![0u8; toks.len()];
    for e in gold {
        let Some(k) = LABELS.iter().position(|&l| l == e.label) else {
            continue;
        };
        let mut first = true;
        for (i, t) in toks.iter().enumerate() {
            if e.span.contains(t.span) {
                tags[i] = if first {
                    1 + 2 * k as u8
                } else {
                    2 + 2 * k as u8
                };
                first = false;
            }
        }
    }
    tags
}

/// A training article: the processed document and its gold entities.
pub type Article<'a> = (&'a Doc, &'a [Entity]);

impl EntitySet {
    pub fn articles(&self) -> Vec<Article<'_>> {
        self.docs
            .iter()
            .zip(&self.entities)
            .map(|(d, e)| (d, e.as_slice()))
            .collect()
    }
}

/// Fits a tagger on `arts`.
pub fn fit(arts: &[Article], opts: &TagOptions, trained_on: Vec<String>) -> TaggerModel {
    // Each sentence's feature strings, then the vocabulary of those seen
    // at least `min_count` times.
    let raw: Vec<(Vec<Vec<String>>, Vec<u8>)> = arts
        .par_iter()
        .flat_map_iter(|(doc, gold)| {
            let context = DocContext::new(doc);
            doc.sentences
                .iter()
                .filter(|s| !s.tokens.is_empty())
                .map(|s| {
                    let view = SentenceView::new(doc, s.tokens.clone(), &context);
                    let mut buf = String::new();
                    let feats = (0..view.len())
                        .map(|i| {
                            let mut v = Vec::new();
                            view.features(i, &mut buf, &mut |f| v.push(f.to_string()));
                            v
                        })
                        .collect();
                    (feats, gold_tags(doc, s.tokens.clone(), gold))
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for (feats, _) in &raw {
        for f in feats.iter().flatten() {
            *counts.entry(f.as_str()).or_default() += 1;
        }
    }
    let mut features: Vec<String> = counts
        .iter()
        .filter(|&(_, &c)| c >= opts.min_count)
        .map(|(f, _)| f.to_string())
        .collect();
    features.sort();
    let vocab: HashMap<&str, u32> = features
        .iter()
        .enumerate()
        .map(|(i, f)| (f.as_str(), i as u32))
        .collect();
    let data: Vec<Sequence> = raw
        .iter()
        .map(|(feats, gold)| Sequence {
            features: feats
                .iter()
                .map(|fs| {
                    fs.iter()
                        .filter_map(|f| vocab.get(f.as_str()).copied())
                        .collect()
                })
                .collect(),
            gold: gold.clone(),
        })
        .collect();
    let nt = perceptron::n_tags(LABELS.len());
    // Several perceptrons over different orders, averaged: one linear
    // model with less of any one order's luck in it.
    let runs: Vec<Perceptron> = (0..opts.orders as u64)
        .into_par_iter()
        .map(|k| Perceptron::train(features.len(), nt, &data, opts.epochs, opts.seed + k))
        .collect();
    let mut trained = Perceptron::zeros(features.len(), nt);
    for r in &runs {
        for (a, b) in trained.w.iter_mut().zip(&r.w) {
            *a += b / runs.len() as f32;
        }
        for (a, b) in trained.trans.iter_mut().zip(&r.trans) {
            *a += b / runs.len() as f32;
        }
    }
    // Rows whose averaged weights are all zero carry nothing: drop them.
    let keep: Vec<usize> = (0..features.len())
        .filter(|&f| trained.w[f * nt..(f + 1) * nt].iter().any(|&x| x != 0.0))
        .collect();
    let mut w = Vec::with_capacity(keep.len() * nt);
    for &f in &keep {
        w.extend_from_slice(&trained.w[f * nt..(f + 1) * nt]);
    }
    let features: Vec<String> = keep.iter().map(|&f| features[f].clone()).collect();
    let vocab = features
        .iter()
        .enumerate()
        .map(|(i, f)| (f.clone(), i as u32))
        .collect();
    TaggerModel {
        config: Config {
            format: FORMAT.to_string(),
            labels: LABELS.iter().map(|l| l.as_str().to_string()).collect(),
            epochs: opts.epochs,
            min_count: opts.min_count,
            orders: opts.orders,
            trained_on,
            documents: arts.len(),
            sentences: data.len(),
        },
        labels: LABELS.to_vec(),
        model: Perceptron {
            n_feat: features.len(),
            n_tags: nt,
            w,
            trans: trained.trans,
        },
        features,
        vocab,
    }
}

/// Scores each document's `entities` (pairs of a document and its list) against `gold`'s
/// entities, exact and overlapping span, with `bootstrap` resamples for the
/// intervals; documents outside `gold` are left out.
pub fn score<'a>(
    gold: &Gold,
    docs: impl IntoIterator<Item = (&'a Doc, &'a [Entity])>,
    bootstrap: usize,
) -> crate::eval::Report {
    use crate::eval::input::{EntitySpan, PredDoc, Predictions};
    let keep: std::collections::HashSet<&str> = gold.docs.iter().map(|d| d.id.as_str()).collect();
    let docs = docs
        .into_iter()
        .filter(|(d, _)| keep.contains(d.id.as_str()))
        .map(|(d, es)| {
            let ix = d.char_index();
            PredDoc {
                id: d.id.clone(),
                text: Some(d.text.clone()),
                sentences: None,
                entities: Some(
                    es.iter()
                        .map(|e| {
                            let (start, end) = ix.chars(e.span);
                            EntitySpan {
                                start,
                                end,
                                label: e.label.as_str().to_string(),
                            }
                        })
                        .collect(),
                ),
            }
        })
        .collect();
    let pred = Predictions {
        docs: Some(docs),
        ..Predictions::default()
    };
    crate::eval::score(
        gold,
        &pred,
        &crate::eval::Options {
            bootstrap,
            seed: 42,
        },
    )
}

/// Out-of-fold entities: each article of `sets` (by index into the flat
/// list of all their articles) tagged by a model that never saw it.
/// `extra` articles are always trained on.
pub fn out_of_fold(
    sets: &[EntitySet],
    extra: &[Article],
    fold: &dyn Fn(usize, usize) -> usize,
    n_folds: usize,
    opts: &TagOptions,
) -> Vec<Vec<Vec<Entity>>> {
    let arts: Vec<Vec<Article>> = sets.iter().map(|s| s.articles()).collect();
    crate::cv::out_of_fold(
        &arts,
        extra,
        fold,
        n_folds,
        |train| fit(train, opts, Vec::new()),
        |model, s, d| model.entities(&sets[s].docs[d]),
        |s, d| sets[s].docs[d].entities.clone(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Span;

    #[test]
    fn gold_spans_become_bio_on_the_tokens_inside() {
        let mut d = Doc::new("t", "Ministry of Foreign Affairs spoke");
        d.tokens = [(0, 8), (9, 11), (12, 19), (20, 27), (28, 33)]
            .iter()
            .enumerate()
            .map(|(i, &(s, e))| crate::doc::Token::new(Span::new(s, e), true, i))
            .collect();
        let gold = [Entity {
            span: Span::new(0, 27),
            label: EntityLabel::Org,
            score: 1.0,
        }];
        let org = 1 + 2 * LABELS.iter().position(|&l| l == EntityLabel::Org).unwrap() as u8;
        assert_eq!(
            gold_tags(&d, 0..5, &gold),
            vec![org, org + 1, org + 1, org + 1, 0]
        );
    }
}
