//! `attache train --component entities`: fits the entity tagger on gold
//! folders' `entities.jsonl`; with `--cv`, scores out-of-fold entities per
//! set and pooled (exact span, per label, bootstrap intervals).

use super::train::{load_each, prf};
use anyhow::{Context, Result, bail};
use attache::eval::{self, Gold, Options};
use attache::ner::tagger::train::{self, Article, EntitySet, TagOptions};
use attache::write::{DocRecord, JsonlWriter};
use std::path::Path;

fn load(specs: &[String], pipeline: &attache::pipeline::Pipeline) -> Result<Vec<EntitySet>> {
    load_each(
        specs,
        |dir, texts| train::load_set(dir, texts, pipeline),
        |set, dir| {
            format!(
                "{} ({}): {} documents, {} gold entities",
                set.name,
                dir.display(),
                set.docs.len(),
                set.entities.iter().map(Vec::len).sum::<usize>()
            )
        },
    )
}

/// Writes `docs` with `entities` as document records and scores them.
fn score(
    gold: &Gold,
    docs: &[attache::doc::Doc],
    entities: &[Vec<attache::doc::Entity>],
    path: &Path,
    bootstrap: usize,
) -> Result<eval::Report> {
    let mut w = JsonlWriter::create(path)?;
    for (d, es) in docs.iter().zip(entities) {
        let mut d = d.clone();
        d.entities = es.clone();
        w.write(&DocRecord::new(&d, "entity_tagger"))?;
    }
    w.finish()?;
    let pred = eval::load_predictions_for(gold, path, Some(path))?;
    Ok(eval::score(
        gold,
        &pred,
        &Options {
            bootstrap,
            seed: 42,
        },
    ))
}

fn print_row(name: &str, report: &eval::Report) {
    let Some(e) = &report.entities else {
        println!("{name:<10} (no entities scored)");
        return;
    };
    let labels: Vec<String> = train::LABELS
        .iter()
        .map(|l| {
            e.exact
                .labels
                .get(l.as_str())
                .map_or("   -".to_string(), |p| format!("{:.3}", p.f1))
        })
        .collect();
    println!("{name:<10} {:<36} {}", prf(&e.exact), labels.join("  "));
}

pub fn run(
    gold: &[String],
    also: &[String],
    output: Option<&Path>,
    cv: Option<&str>,
    pred: Option<&Path>,
    bootstrap: usize,
) -> Result<()> {
    let pipeline = attache::compose::before_tagger()?;
    let sets = load(gold, &pipeline)?;
    let extra = load(also, &pipeline)?;
    let opts = TagOptions::default();
    if let Some(how) = cv {
        let extra_arts: Vec<Article> = extra.iter().flat_map(|s| s.articles()).collect();
        let (tagged, label) = if how == "sets" {
            if sets.len() < 2 {
                bail!("--cv sets needs at least two --gold sets");
            }
            (
                train::out_of_fold(&sets, &extra_arts, &attache::cv::by_set, sets.len(), &opts),
                "leave one set out".to_string(),
            )
        } else {
            let k: usize = how.parse().ok().filter(|&k| k >= 2).with_context(|| {
                format!("--cv {how}: expected a number of folds (2 or more) or `sets`")
            })?;
            (
                train::out_of_fold(&sets, &extra_arts, &attache::cv::kfold(k), k, &opts),
                format!("{k}-fold cross-validation by article"),
            )
        };
        let tmp = std::env::temp_dir().join(format!("attache-cv-entities-{}", std::process::id()));
        let dir = pred.unwrap_or(&tmp);
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        println!(
            "{label}; entities, exact span: P / R / F1 [95% bootstrap interval of F1], then F1 per label"
        );
        let names: Vec<&str> = train::LABELS.iter().map(|l| l.as_str()).collect();
        println!("{:<10} {:<36} {}", "set", "micro", names.join("  "));
        let mut pooled = Gold {
            entities: Some(Default::default()),
            ..Gold::default()
        };
        let (mut all_docs, mut all_ents) = (Vec::new(), Vec::new());
        for (set, ents) in sets.iter().zip(&tagged) {
            let report = score(
                &set.gold,
                &set.docs,
                ents,
                &dir.join(format!("{}.docs.jsonl", set.name)),
                bootstrap,
            )?;
            print_row(&set.name, &report);
            pooled.docs.extend(set.gold.docs.iter().cloned());
            if let (Some(p), Some(g)) = (pooled.entities.as_mut(), set.gold.entities.as_ref()) {
                p.extend(g.iter().map(|(k, v)| (k.clone(), v.clone())));
            }
            all_docs.extend(set.docs.iter().cloned());
            all_ents.extend(ents.iter().cloned());
        }
        let report = score(
            &pooled,
            &all_docs,
            &all_ents,
            &dir.join("pooled.docs.jsonl"),
            bootstrap,
        )?;
        print_row("pooled", &report);
        // The same documents as the recognizer and gazetteer leave them.
        let before: Vec<_> = all_docs.iter().map(|d| d.entities.clone()).collect();
        let report = score(
            &pooled,
            &all_docs,
            &before,
            &dir.join("untagged.docs.jsonl"),
            bootstrap,
        )?;
        print_row("untagged", &report);
        if pred.is_none() {
            let _ = std::fs::remove_dir_all(&tmp);
        } else {
            eprintln!("attache train: out-of-fold documents in {}", dir.display());
        }
    }
    if let Some(out) = output {
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
        let model = train::fit(&arts, &opts, names);
        model
            .save(out)
            .with_context(|| format!("cannot write the tagger to {}", out.display()))?;
        eprintln!(
            "attache train: entity tagger written to {} ({} documents, {} sentences, {} features)",
            out.display(),
            model.config.documents,
            model.config.sentences,
            model.features.len()
        );
    }
    Ok(())
}
