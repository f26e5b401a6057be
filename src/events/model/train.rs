//! Fitting the event model from gold folders, and cross-validating it by
//! article.
//!
//! A gold folder is what `attache eval --gold` reads (`docs.jsonl`,
//! `events.jsonl`); the article texts are found, for each `doc_id`, as the
//! `text` field of its `docs.jsonl` line, as `DIR/<doc_id>.txt`, through
//! `DIR/../articles/index.jsonl` (the layout of the shared real sets), or as
//! `TEXTS/<doc_id>.txt` for a texts folder given with the set.
//!
//! Labels: a (sentence, type) pair is positive when a gold event of that
//! type has its trigger (or, without one, its sentence start) inside the
//! pipeline's sentence. Hyper-parameters (L2 penalty, threshold) are chosen
//! by an inner cross-validation over the training articles only, so a
//! cross-validated figure never sees its test articles at any step.

use super::arguments::{self, RoleModel};
use super::linear::{Fit, Linear};
use super::{Config, EventModel, FORMAT, Prepared, decide, prepare};
use crate::cv::fold_of;
pub use crate::cv::{by_set, kfold};
use crate::doc::{Doc, EventType};
use crate::error::Result;
use crate::eval::Gold;
use crate::pipeline::Pipeline;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One gold folder, read and run through the pipeline up to the rules.
pub struct GoldSet {
    pub name: String,
    pub dir: PathBuf,
    pub gold: Gold,
    pub docs: Vec<Doc>,
    pub prepared: Vec<Vec<Prepared>>,
    /// Per document, per sentence: which types are gold.
    pub labels: Vec<Vec<Vec<bool>>>,
    /// Per document, per sentence: the gold events there (type, actor and
    /// recipient arguments), for the role model.
    pub gold_args: Vec<Vec<Vec<GoldRoles>>>,
    /// Gold events that fell in no pipeline sentence.
    pub unplaced: usize,
}

/// A gold event's type and parties.
#[derive(Clone, Debug)]
pub struct GoldRoles {
    pub event_type: EventType,
    pub actor: Vec<crate::eval::Argument>,
    pub recipient: Vec<crate::eval::Argument>,
}

/// Reads a gold folder and runs its articles through `pipeline` (every
/// stage before the events), then prepares them for the model.
pub fn load_set(dir: &Path, texts: Option<&Path>, pipeline: &Pipeline) -> Result<GoldSet> {
    let gold = crate::eval::load_gold(dir)?;
    let mut docs = crate::eval::load::gold_documents(dir, texts, &gold)?;
    pipeline.process_batch(&mut docs);
    Ok(GoldSet::from_docs(dir, gold, docs))
}

impl GoldSet {
    /// A gold set from its documents already run through every stage
    /// before the events (in the order of `gold.docs`).
    pub fn from_docs(dir: &Path, gold: Gold, docs: Vec<Doc>) -> GoldSet {
        from_docs(dir, gold, docs)
    }
}

fn from_docs(dir: &Path, gold: Gold, docs: Vec<Doc>) -> GoldSet {
    let prepared: Vec<Vec<Prepared>> = docs.par_iter().map(prepare).collect();
    let mut labels: Vec<Vec<Vec<bool>>> = docs
        .iter()
        .map(|d| vec![vec![false; EventType::ALL.len()]; d.sentences.len()])
        .collect();
    let at: HashMap<&str, usize> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let mut gold_args: Vec<Vec<Vec<GoldRoles>>> = docs
        .iter()
        .map(|d| vec![Vec::new(); d.sentences.len()])
        .collect();
    let mut unplaced = 0;
    for e in &gold.events {
        let (Some(&k), Some(t)) = (at.get(e.doc_id.as_str()), EventType::parse(&e.event_type))
        else {
            unplaced += 1;
            continue;
        };
        let doc = &docs[k];
        let ch = e.trigger.map(|t| t.0).or(e.sentence_span.map(|s| s.0));
        let s = ch.and_then(|c| doc.sentence_at(doc.char_index().byte_of(c)));
        match s {
            Some(s) => {
                labels[k][s][type_index(t)] = true;
                gold_args[k][s].push(GoldRoles {
                    event_type: t,
                    actor: e.actor.clone(),
                    recipient: e.recipient.clone(),
                });
            }
            None => unplaced += 1,
        }
    }
    let name = crate::eval::load::set_name(dir);
    GoldSet {
        name,
        dir: dir.to_path_buf(),
        gold,
        docs,
        prepared,
        labels,
        gold_args,
        unplaced,
    }
}

fn type_index(t: EventType) -> usize {
    EventType::ALL
        .iter()
        .position(|&x| x == t)
        .expect("every type is in ALL")
}

/// A training article: its prepared sentences and their labels.
#[derive(Clone, Copy)]
pub struct Article<'a> {
    pub doc: &'a Doc,
    pub prepared: &'a [Prepared],
    pub labels: &'a [Vec<bool>],
    pub gold: &'a [Vec<GoldRoles>],
}

impl GoldSet {
    pub fn articles(&self) -> Vec<Article<'_>> {
        self.docs
            .iter()
            .zip(&self.prepared)
            .zip(&self.labels)
            .zip(&self.gold_args)
            .map(|(((d, p), l), g)| Article {
                doc: d,
                prepared: p,
                labels: l,
                gold: g,
            })
            .collect()
    }
}

/// Training settings.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    pub min_count: usize,
    pub l2_grid: Vec<f32>,
    pub iters: usize,
    pub inner_folds: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            min_count: 2,
            l2_grid: vec![1e-3, 3e-3, 1e-2],
            iters: 200,
            inner_folds: 3,
        }
    }
}

/// Samples (features, labels) of the non-skipped sentences of `arts`.
fn samples<'a>(arts: &[Article<'a>]) -> Vec<(&'a [String], &'a [bool])> {
    arts.iter()
        .flat_map(|a| {
            a.prepared
                .iter()
                .zip(a.labels)
                .filter(|(p, _)| !p.skip)
                .map(|(p, l)| (p.features.as_slice(), l.as_slice()))
        })
        .collect()
}

/// Fits weights for the given hyper-parameters (no threshold search).
fn fit_raw(
    arts: &[Article],
    opts: &TrainOptions,
    l2: f32,
    threshold: f32,
    trained_on: Vec<String>,
) -> EventModel {
    let data = samples(arts);
    let rows: Vec<&[String]> = data.iter().map(|(f, _)| *f).collect();
    let (features, vocab, xs) = super::linear::vocabulary(&rows, opts.min_count);
    let ys: Vec<Vec<bool>> = data.iter().map(|(_, l)| l.to_vec()).collect();
    let n_types = EventType::ALL.len();
    let linear = Linear::fit(
        &xs,
        &ys,
        n_types,
        features.len(),
        Fit {
            l2,
            iters: opts.iters,
            ..Fit::default()
        },
    );
    EventModel {
        config: Config {
            format: FORMAT.to_string(),
            types: EventType::ALL
                .iter()
                .map(|t| t.as_str().to_string())
                .collect(),
            threshold,
            l2,
            iters: opts.iters,
            min_count: opts.min_count,
            trained_on,
            documents: arts.len(),
            sentences: data.len(),
            role_threshold: None,
        },
        types: EventType::ALL.to_vec(),
        vocab,
        features,
        linear,
        roles: None,
    }
}

/// Micro F1 over (sentence, type) pairs at threshold `th`.
fn pair_f1(scored: &[(Vec<f32>, &[bool])], th: f32) -> f64 {
    let (mut tp, mut fp, mut fn_) = (0u64, 0u64, 0u64);
    for (p, y) in scored {
        for (pr, &g) in p.iter().zip(y.iter()) {
            match (*pr >= th, g) {
                (true, true) => tp += 1,
                (true, false) => fp += 1,
                (false, true) => fn_ += 1,
                _ => {}
            }
        }
    }
    if tp == 0 {
        return 0.0;
    }
    2.0 * tp as f64 / (2 * tp + fp + fn_) as f64
}

/// Fits a model on `arts`: L2 and threshold by inner cross-validation
/// over these articles, then weights on all of them.
pub fn fit(arts: &[Article], opts: &TrainOptions, trained_on: Vec<String>) -> EventModel {
    let k = opts.inner_folds.max(2).min(arts.len().max(2));
    let mut best = (
        f64::MIN,
        opts.l2_grid.first().copied().unwrap_or(1e-3),
        0.5f32,
    );
    for &l2 in &opts.l2_grid {
        let scored: Vec<(Vec<f32>, &[bool])> = (0..k)
            .into_par_iter()
            .flat_map_iter(|f| {
                let train: Vec<Article> = arts
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| fold_of(*i, k) != f)
                    .map(|(_, a)| *a)
                    .collect();
                let test: Vec<Article> = arts
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| fold_of(*i, k) == f)
                    .map(|(_, a)| *a)
                    .collect();
                let m = fit_raw(&train, opts, l2, 0.5, Vec::new());
                samples(&test)
                    .into_iter()
                    .map(|(x, y)| (m.linear.probs(&m.encode(x)), y))
                    .collect::<Vec<_>>()
            })
            .collect();
        for step in 0..=26 {
            let th = 0.1 + 0.025 * step as f32;
            let f1 = pair_f1(&scored, th);
            if f1 > best.0 {
                best = (f1, l2, th);
            }
        }
    }
    let mut model = fit_raw(arts, opts, best.1, best.2, trained_on);
    let samples = role_samples(arts, &model);
    if !samples.is_empty() {
        let roles = RoleModel::fit(&samples, ROLE_L2, opts.iters);
        model.config.role_threshold = Some(roles.threshold);
        model.roles = Some(roles);
    }
    model
}

/// L2 penalty of the role classifiers.
const ROLE_L2: f32 = 3e-3;

/// Whether mention `k` of `doc` is one of the gold arguments.
fn matches_gold(doc: &Doc, k: usize, gold: &[crate::eval::Argument]) -> bool {
    let a = &doc.actors[k];
    let name = crate::eval::arguments::normalize_name(&a.name);
    gold.iter().any(|g| match (&a.country, &g.country) {
        (Some(c), Some(d)) => c == d,
        _ => !name.is_empty() && name == crate::eval::arguments::normalize_name(&g.name),
    })
}

/// Role samples: the events `model` makes on the training articles, each
/// candidate mention labelled by the gold event of that sentence and type.
fn role_samples(arts: &[Article], model: &EventModel) -> Vec<(Vec<String>, bool, bool)> {
    let mut out = Vec::new();
    for a in arts {
        let mut before: Vec<crate::doc::Event> = Vec::new();
        for (s, p) in a.prepared.iter().enumerate() {
            if p.skip {
                continue;
            }
            let probs = model.probs(p);
            let evs = decide::sentence_events(a.doc, s, p, model, &probs);
            for e in &evs {
                let Some(g) = a
                    .gold
                    .get(s)
                    .and_then(|g| g.iter().find(|g| g.event_type == e.event_type))
                else {
                    continue;
                };
                let carried = decide::carried(&before, s);
                for (k, f) in arguments::candidates(a.doc, p, e, &carried) {
                    out.push((
                        f,
                        matches_gold(a.doc, k, &g.actor),
                        matches_gold(a.doc, k, &g.recipient),
                    ));
                }
            }
            before.extend(evs);
        }
    }
    out
}

/// Out-of-fold events: each article of `sets` (by index into the flat list
/// of all their articles) decided by a model that never saw it. `fold`
/// names each article's test fold; `extra` articles are always trained on.
pub fn out_of_fold(
    sets: &[GoldSet],
    extra: &[Article],
    fold: &dyn Fn(usize, usize) -> usize,
    n_folds: usize,
    opts: &TrainOptions,
) -> Vec<Vec<Vec<crate::doc::Event>>> {
    out_of_fold_on(sets, sets, extra, fold, n_folds, opts)
}

/// [`out_of_fold`], deciding the articles of `test` (the same sets and
/// documents as `sets`, each run through stages that never saw it either:
/// an entity tagger trained without its fold) while training on `sets`.
pub fn out_of_fold_on(
    sets: &[GoldSet],
    test: &[GoldSet],
    extra: &[Article],
    fold: &dyn Fn(usize, usize) -> usize,
    n_folds: usize,
    opts: &TrainOptions,
) -> Vec<Vec<Vec<crate::doc::Event>>> {
    assert_eq!(
        sets.iter().map(|s| s.docs.len()).collect::<Vec<_>>(),
        test.iter().map(|s| s.docs.len()).collect::<Vec<_>>(),
        "test sets mirror the training sets"
    );
    let arts: Vec<Vec<Article>> = sets.iter().map(|s| s.articles()).collect();
    crate::cv::out_of_fold(
        &arts,
        extra,
        fold,
        n_folds,
        |train| fit(train, opts, Vec::new()),
        |model, s, d| {
            let set = &test[s];
            decide::decide(&set.docs[d], &set.prepared[d], model, false)
        },
        |_, _| Vec::new(),
    )
}

/// The `gold` folders (`(dir, texts)`, as [`load_set`] takes them) made
/// ready for testing with no model having seen an article: each article's
/// entities come from an entity tagger trained without its fold (`fold`,
/// `k`, over the flat list of their articles, as [`out_of_fold_on`]
/// numbers them; `also` folders always trained on), then the actor coder
/// runs. An `Error::Input` when a `gold` folder has no `entities.jsonl`.
pub fn with_entities_out_of_fold(
    gold: &[(PathBuf, Option<PathBuf>)],
    also: &[(PathBuf, Option<PathBuf>)],
    fold: &dyn Fn(usize, usize) -> usize,
    k: usize,
) -> Result<Vec<GoldSet>> {
    use crate::ner::tagger::train as tagger;
    let pipeline = crate::compose::before_tagger()?;
    let sets = gold
        .iter()
        .map(|(d, t)| tagger::load_set(d, t.as_deref(), &pipeline))
        .collect::<Result<Vec<_>>>()?;
    // Invented or user sets without entities still train the events.
    let extra: Vec<tagger::EntitySet> = also
        .iter()
        .filter_map(|(d, t)| tagger::load_set(d, t.as_deref(), &pipeline).ok())
        .collect();
    let extra_arts: Vec<tagger::Article> = extra.iter().flat_map(|s| s.articles()).collect();
    let tagged = tagger::out_of_fold(&sets, &extra_arts, fold, k, &tagger::TagOptions::default());
    let coder = Pipeline::new().with(crate::actors::ActorCoder::new());
    Ok(sets
        .into_iter()
        .zip(tagged)
        .map(|(s, ents)| {
            let mut docs = s.docs;
            for (d, e) in docs.iter_mut().zip(ents) {
                d.entities = e;
            }
            coder.process_batch(&mut docs);
            from_docs(&s.dir, s.gold, docs)
        })
        .collect())
}
