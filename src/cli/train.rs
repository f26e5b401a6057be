//! `attache train`: fits the event model (or, with `--component entities`,
//! the entity tagger) on gold folders and writes a model folder for
//! `extract --events DIR` (`--entities DIR`); with `--cv`, reports
//! cross-validated figures (each article decided by a model that never saw
//! it) per set and pooled, with bootstrap intervals.

use anyhow::{Context, Result, bail};
use attache::eval::{self, Gold, Options, Report};
use attache::events::model::train::{self, Article, GoldSet, TrainOptions};
use attache::write::JsonlWriter;
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// A gold folder to train on and (with --cv) to test on: docs.jsonl and
    /// events.jsonl as `attache eval --gold` reads them. Texts come from a
    /// "text" field in docs.jsonl, DIR/<doc_id>.txt, DIR/../articles/
    /// (index.jsonl), or DIR:TEXTS (TEXTS/<doc_id>.txt). Repeatable.
    #[arg(long, required = true, value_name = "DIR[:TEXTS]")]
    gold: Vec<String>,
    /// A gold folder that is only ever trained on, never tested (same
    /// forms as --gold). Repeatable.
    #[arg(long, value_name = "DIR[:TEXTS]")]
    also: Vec<String>,
    /// Write the model fitted on every set here.
    #[arg(short, long, value_name = "DIR")]
    output: Option<PathBuf>,
    /// Cross-validate: `K` folds over the articles of the --gold sets, or
    /// `sets` (leave one set out). Prints per-set and pooled figures.
    #[arg(long, value_name = "K|sets")]
    cv: Option<String>,
    /// With --cv: write each set's out-of-fold events here as SET.events.jsonl.
    #[arg(long, value_name = "DIR")]
    pred: Option<PathBuf>,
    /// Bootstrap resamples of documents for the 95% intervals.
    #[arg(long, default_value_t = 1000, value_name = "N")]
    bootstrap: usize,
    /// Worker threads (0 = one per core).
    #[arg(long, default_value_t = 0, value_name = "N")]
    threads: usize,
    /// What to train: the event model, or the entity tagger (from the gold
    /// folders' entities.jsonl).
    #[arg(long, default_value = "events", value_name = "events|entities")]
    component: Component,
    /// With `--component events`: the entity layer the event model is
    /// trained on, as `extract --entities` names it; a model is only as good
    /// as the match between this and the layer it later runs on.
    #[arg(long, default_value = "model", value_name = "model|gazetteer|DIR")]
    entities: attache::compose::EntitiesChoice,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Component {
    Events,
    Entities,
}

pub(super) fn split(spec: &str) -> (PathBuf, Option<PathBuf>) {
    match spec.split_once(':') {
        Some((d, t)) if !t.is_empty() => (PathBuf::from(d), Some(PathBuf::from(t))),
        _ => (PathBuf::from(spec), None),
    }
}

/// Reads each `DIR[:TEXTS]` spec with `read`, saying what it found.
pub(super) fn load_each<T>(
    specs: &[String],
    read: impl Fn(&Path, Option<&Path>) -> attache::Result<T>,
    found: impl Fn(&T, &Path) -> String,
) -> Result<Vec<T>> {
    specs
        .iter()
        .map(|s| {
            let (dir, texts) = split(s);
            let set = read(&dir, texts.as_deref())
                .with_context(|| format!("cannot read gold set {}", dir.display()))?;
            eprintln!("attache train: {}", found(&set, &dir));
            Ok(set)
        })
        .collect()
}

fn load(specs: &[String], pipeline: &attache::pipeline::Pipeline) -> Result<Vec<GoldSet>> {
    load_each(
        specs,
        |dir, texts| train::load_set(dir, texts, pipeline),
        |set, dir| {
            format!(
                "{} ({}): {} documents, {} gold events{}",
                set.name,
                dir.display(),
                set.docs.len(),
                set.gold.events.len(),
                match set.unplaced {
                    0 => String::new(),
                    n => format!(", {n} outside every sentence (not used)"),
                }
            )
        },
    )
}

pub(super) fn prf(t: &attache::eval::Table) -> String {
    let m = &t.micro;
    let ci = m
        .f1_ci
        .map(|[a, b]| format!(" [{a:.3}, {b:.3}]"))
        .unwrap_or_default();
    format!("{:.3} / {:.3} / {:.3}{ci}", m.precision, m.recall, m.f1)
}

fn score(gold: &Gold, events: &Path, bootstrap: usize) -> Result<Report> {
    let pred = eval::load_predictions_for(gold, events, None)?;
    Ok(eval::score(
        gold,
        &pred,
        &Options {
            bootstrap,
            seed: 42,
        },
    ))
}

/// The `--gold` sets again for testing, each article's entities from a
/// tagger trained without its fold; `None` (tested as loaded) when the
/// entity layer is not the embedded tagger's or a set has no gold entities.
fn out_of_fold_test_sets(
    args: &Args,
    fold: &dyn Fn(usize, usize) -> usize,
    k: usize,
) -> Result<Option<Vec<GoldSet>>> {
    if args.entities != attache::compose::EntitiesChoice::Model {
        return Ok(None);
    }
    let specs = |v: &[String]| v.iter().map(|s| split(s)).collect::<Vec<_>>();
    match train::with_entities_out_of_fold(&specs(&args.gold), &specs(&args.also), fold, k) {
        Ok(sets) => Ok(Some(sets)),
        Err(attache::Error::Input(e)) => {
            eprintln!(
                "attache train: note: {e}; articles are tested with the embedded tagger's entities (which may have seen them)"
            );
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

fn cross_validate(args: &Args, sets: &[GoldSet], extra: &[GoldSet], how: &str) -> Result<()> {
    let opts = TrainOptions::default();
    let extra_arts: Vec<Article> = extra.iter().flat_map(|s| s.articles()).collect();
    type Fold = Box<dyn Fn(usize, usize) -> usize>;
    let (fold, k, label): (Fold, usize, String) = if how == "sets" {
        if sets.len() < 2 {
            bail!("--cv sets needs at least two --gold sets");
        }
        (
            Box::new(train::by_set),
            sets.len(),
            "leave one set out".to_string(),
        )
    } else {
        let k: usize = how.parse().ok().filter(|&k| k >= 2).with_context(|| {
            format!("--cv {how}: expected a number of folds (2 or more) or `sets`")
        })?;
        (
            Box::new(train::kfold(k)),
            k,
            format!("{k}-fold cross-validation by article"),
        )
    };
    let test = out_of_fold_test_sets(args, &fold, k)?;
    let label = match test {
        Some(_) => format!("{label}, entities tagged out of fold too"),
        None => label,
    };
    let decided = train::out_of_fold_on(
        sets,
        test.as_deref().unwrap_or(sets),
        &extra_arts,
        &fold,
        k,
        &opts,
    );
    let sets = test.as_deref().unwrap_or(sets);
    let tmp;
    let dir = match &args.pred {
        Some(d) => {
            std::fs::create_dir_all(d).with_context(|| format!("cannot create {}", d.display()))?;
            d.clone()
        }
        None => {
            tmp = std::env::temp_dir().join(format!("attache-cv-{}", std::process::id()));
            std::fs::create_dir_all(&tmp)?;
            tmp.clone()
        }
    };
    let mut pooled = Gold::default();
    let pooled_path = dir.join("pooled.events.jsonl");
    let mut pooled_w = JsonlWriter::create(&pooled_path)?;
    println!("{label}; detection and arguments P / R / F1 [95% bootstrap interval of F1]");
    println!(
        "{:<10} {:>5} {:>6}  {:<36} {:<36}",
        "set", "docs", "events", "detection", "arguments"
    );
    for (set, events) in sets.iter().zip(&decided) {
        let path = dir.join(format!("{}.events.jsonl", set.name));
        let mut w = JsonlWriter::create(&path)?;
        for (doc, evs) in set.docs.iter().zip(events) {
            let mut d = doc.clone();
            d.events = evs.clone();
            for r in attache::events::event_records(&d) {
                w.write(&r)?;
                pooled_w.write(&r)?;
            }
        }
        w.finish()?;
        let report = score(&set.gold, &path, args.bootstrap)?;
        println!(
            "{:<10} {:>5} {:>6}  {:<36} {:<36}",
            set.name,
            set.docs.len(),
            set.gold.events.len(),
            prf(&report.events),
            prf(&report.arguments)
        );
        pooled.docs.extend(set.gold.docs.iter().cloned());
        pooled.events.extend(set.gold.events.iter().cloned());
    }
    pooled_w.finish()?;
    let report = score(&pooled, &pooled_path, args.bootstrap)?;
    println!(
        "{:<10} {:>5} {:>6}  {:<36} {:<36}",
        "pooled",
        pooled.docs.len(),
        pooled.events.len(),
        prf(&report.events),
        prf(&report.arguments)
    );
    if args.pred.is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    } else {
        eprintln!("attache train: out-of-fold events in {}", dir.display());
    }
    Ok(())
}

pub fn run(args: Args) -> Result<()> {
    if args.output.is_none() && args.cv.is_none() {
        bail!(
            "nothing to do: give -o MODEL_DIR to write a model, or --cv K|sets to cross-validate"
        );
    }
    if args.threads > 0 {
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(args.threads)
            .build_global();
    }
    if args.component == Component::Entities {
        return super::train_entities::run(
            &args.gold,
            &args.also,
            args.output.as_deref(),
            args.cv.as_deref(),
            args.pred.as_deref(),
            args.bootstrap,
        );
    }
    let pipeline = attache::compose::before_events_with(&args.entities)?;
    let sets = load(&args.gold, &pipeline)?;
    let extra = load(&args.also, &pipeline)?;
    if let Some(how) = &args.cv {
        cross_validate(&args, &sets, &extra, how)?;
    }
    if let Some(out) = &args.output {
        let arts: Vec<Article> = sets
            .iter()
            .chain(&extra)
            .flat_map(|s| s.articles())
            .collect();
        let names = sets
            .iter()
            .chain(&extra)
            .map(|s| s.dir.display().to_string())
            .collect();
        let model = train::fit(&arts, &TrainOptions::default(), names);
        model
            .save(out)
            .with_context(|| format!("cannot write the model to {}", out.display()))?;
        eprintln!(
            "attache train: model written to {} ({} documents, {} sentences, {} features, threshold {:.3}, L2 {})",
            out.display(),
            model.config.documents,
            model.config.sentences,
            model.features.len(),
            model.config.threshold,
            model.config.l2
        );
    }
    Ok(())
}
