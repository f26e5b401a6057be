//! `attache train --component entities`: fits the entity tagger on gold
//! folders' `entities.jsonl`; with `--cv`, scores out-of-fold entities per
//! set and pooled (exact span, per label, bootstrap intervals).

use super::train::{load_each, prf};
use anyhow::{Context, Result, bail};
use attache::eval::{self, Gold};
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

/// Writes each document with its entities as a document record to `path`.
fn write_docs<'a>(
    docs: impl IntoIterator<Item = (&'a attache::doc::Doc, &'a [attache::doc::Entity])>,
    path: &Path,
) -> Result<()> {
    let mut w = JsonlWriter::create(path)?;
    for (d, es) in docs {
        let mut d = d.clone();
        d.entities = es.to_vec();
        w.write(&DocRecord::new(&d, "entity_tagger"))?;
    }
    w.finish()?;
    Ok(())
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
        println!(
            "{label}; entities, exact span: P / R / F1 [95% bootstrap interval of F1], then F1 per label"
        );
        let names: Vec<&str> = train::LABELS.iter().map(|l| l.as_str()).collect();
        println!("{:<10} {:<36} {}", "set", "micro", names.join("  "));
        let pairs = |s: usize| sets[s].docs.iter().zip(tagged[s].iter().map(Vec::as_slice));
        let mut pooled = Gold {
            entities: Some(Default::default()),
            ..Gold::default()
        };
        for (s, set) in sets.iter().enumerate() {
            print_row(&set.name, &train::score(&set.gold, pairs(s), bootstrap));
            pooled.docs.extend(set.gold.docs.iter().cloned());
            if let (Some(p), Some(g)) = (pooled.entities.as_mut(), set.gold.entities.as_ref()) {
                p.extend(g.iter().map(|(k, v)| (k.clone(), v.clone())));
            }
        }
        let all = || (0..sets.len()).flat_map(pairs);
        print_row("pooled", &train::score(&pooled, all(), bootstrap));
        // The same documents as the recognizer and gazetteer leave them.
        let before = all().map(|(d, _)| (d, d.entities.as_slice()));
        print_row("untagged", &train::score(&pooled, before, bootstrap));
        if let Some(dir) = pred {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            for (s, set) in sets.iter().enumerate() {
                write_docs(pairs(s), &dir.join(format!("{}.docs.jsonl", set.name)))?;
            }
            write_docs(all(), &dir.join("pooled.docs.jsonl"))?;
            let before = all().map(|(d, _)| (d, d.entities.as_slice()));
            write_docs(before, &dir.join("untagged.docs.jsonl"))?;
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
