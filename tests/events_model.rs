//! The trained event model: the embedded default, a model folder written
//! and read back, `attache train` / `extract --events DIR` end to end, and
//! floors under the cross-validated figures on the shared real-news sets
//! (each article decided by a model that never saw it) and under PLOVER's
//! gold-standard type recall. The real-data checks print that they are
//! skipped, and why, on a clone without ../shared.

use attache::compose::{self, EventOptions, EventsChoice};
use attache::eval::{Gold, Options, load_predictions_for, score};
use attache::events::event_records;
use attache::events::model::train::{self, Article, GoldSet, TrainOptions};
use attache::events::model::{EventModel, decide};
use attache::write::JsonlWriter;
use std::path::Path;
use std::process::Command;

const REAL: &str = "../shared/testdata/real";
const GSR: &str = "../shared/testdata/plover_gsr/PLOVER_GSR_CAMEO.txt";

fn load(dir: &str, texts: Option<&str>) -> GoldSet {
    let pipe = compose::before_events().unwrap();
    train::load_set(Path::new(dir), texts.map(Path::new), &pipe).unwrap()
}

/// Detection and argument F1 of `events` (per document of `set`).
fn f1(docs: &[attache::Doc], events: &[Vec<attache::doc::Event>], gold: &Gold) -> (f64, f64) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("events.jsonl");
    let mut w = JsonlWriter::create(&path).unwrap();
    for (doc, evs) in docs.iter().zip(events) {
        let mut d = doc.clone();
        d.events = evs.clone();
        for r in event_records(&d) {
            w.write(&r).unwrap();
        }
    }
    w.finish().unwrap();
    let pred = load_predictions_for(gold, &path, None).unwrap();
    let r = score(gold, &pred, &Options::default());
    (r.events.micro.f1, r.arguments.micro.f1)
}

#[test]
fn embedded_model_is_the_default_and_complete() {
    let m = EventModel::embedded().expect("models/events is compiled in and loads");
    assert_eq!(m.types.len(), 16);
    assert_eq!(m.linear.w.len(), m.types.len() * m.features.len());
    assert!(m.features.len() > 1000, "{} features", m.features.len());
    assert!((0.05..0.95).contains(&m.config.threshold));
    assert_eq!(EventsChoice::default(), EventsChoice::Model);
    assert!(EventsChoice::Model.load().unwrap().is_some());
    assert!(EventsChoice::Rules.load().unwrap().is_none());
    // The default extract pipeline builds with it.
    compose::extract(&EventOptions::default()).unwrap();
}

#[test]
fn model_folder_round_trips_and_decides_the_same() {
    let set = load("tests/data/heldout/a", None);
    assert_eq!(
        set.unplaced, 0,
        "every gold event of set A lies in a sentence"
    );
    let arts: Vec<Article> = set.articles();
    let model = train::fit(&arts, &TrainOptions::default(), vec!["a".into()]);
    let dir = tempfile::tempdir().unwrap();
    model.save(dir.path()).unwrap();
    let back = EventModel::load(dir.path()).unwrap();
    assert_eq!(back.config, model.config);
    assert_eq!(back.features, model.features);
    assert_eq!(back.linear, model.linear);
    for (doc, prep) in set.docs.iter().zip(&set.prepared) {
        assert_eq!(
            decide::decide(doc, prep, &model, false),
            decide::decide(doc, prep, &back, false)
        );
    }
    // A model fitted on a set reproduces most of that set's events: the
    // fitting works (this is training fit, not a measure of accuracy).
    let events: Vec<_> = set
        .docs
        .iter()
        .zip(&set.prepared)
        .map(|(d, p)| decide::decide(d, p, &model, false))
        .collect();
    let (det, _) = f1(&set.docs, &events, &set.gold);
    assert!(det > 0.85, "training fit on set A: detection F1 {det:.3}");
    // A broken folder is a clear error, not a panic.
    std::fs::write(dir.path().join("config.json"), "{\"format\": \"other\"}").unwrap();
    let err = EventModel::load(dir.path()).unwrap_err().to_string();
    assert!(err.contains("config.json"), "{err}");
}

#[test]
fn train_then_extract_with_the_model_folder() {
    let bin = env!("CARGO_BIN_EXE_attache");
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("model");
    let out = Command::new(bin)
        .args(["train", "--gold", "tests/data/heldout/b", "-o"])
        .arg(&model)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(model.join("weights.safetensors").is_file());
    let input = dir.path().join("in.jsonl");
    std::fs::write(
        &input,
        "{\"id\":\"x\",\"text\":\"Kenya summoned the Chinese ambassador on Monday over the arrests.\"}\n",
    )
    .unwrap();
    for events in [model.to_str().unwrap(), "rules", "model"] {
        let out = Command::new(bin)
            .arg("extract")
            .arg(&input)
            .args(["-q", "--events", events])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "--events {events}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("\"ACCUSE\""), "--events {events}: {text}");
    }
    // A folder that is not a model is a one-line error.
    let out = Command::new(bin)
        .arg("extract")
        .arg(&input)
        .args(["-q", "--events"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("config.json") && err.lines().count() == 1,
        "{err}"
    );
    // Nothing to do is a usage error.
    let out = Command::new(bin)
        .args(["train", "--gold", "tests/data/heldout/b"])
        .output()
        .unwrap();
    assert!(!out.status.success());
}

/// Floors under the 5-fold cross-validated figures (by article over the
/// real sets and the invented ones; the figures in the closing note come
/// from `scripts/train_events.sh --cv`, which runs the same code).
#[test]
fn cross_validated_figures_on_real_news() {
    if !Path::new(REAL).join("r1/gold").is_dir() {
        println!(
            "skipped: {REAL} not found (the shared real-news gold sets are not in this clone)"
        );
        return;
    }
    let mut sets: Vec<GoldSet> = (1..=5)
        .map(|k| load(&format!("{REAL}/r{k}/gold"), None))
        .collect();
    for s in ["a", "b", "c"] {
        sets.push(load(&format!("tests/data/heldout/{s}"), None));
    }
    // Tested with entities from a tagger that never saw the article either.
    let specs: Vec<_> = (1..=5)
        .map(|k| (format!("{REAL}/r{k}/gold").into(), None))
        .chain(["a", "b", "c"].map(|s| (format!("tests/data/heldout/{s}").into(), None)))
        .collect();
    let test = train::with_entities_out_of_fold(&specs, &[], &train::kfold(5), 5).unwrap();
    let decided = train::out_of_fold_on(
        &sets,
        &test,
        &[],
        &train::kfold(5),
        5,
        &TrainOptions::default(),
    );
    let sets = test;
    let mut real_gold = Gold::default();
    let mut real = (Vec::new(), Vec::new());
    for (set, events) in sets.iter().zip(&decided) {
        let (d, a) = f1(&set.docs, events, &set.gold);
        println!("{}: detection {d:.3}, arguments {a:.3}", set.name);
        let floor = match set.name.as_str() {
            "a" => 0.78,
            "b" => 0.75,
            "c" => 0.68,
            "r5" => 0.47,
            _ => 0.55,
        };
        assert!(
            d >= floor,
            "{}: detection F1 {d:.3} below {floor}",
            set.name
        );
        if set.name.starts_with('r') {
            real_gold.docs.extend(set.gold.docs.iter().cloned());
            real_gold.events.extend(set.gold.events.iter().cloned());
            real.0.extend(set.docs.iter().cloned());
            real.1.extend(events.iter().cloned());
        }
    }
    let (d, a) = f1(&real.0, &real.1, &real_gold);
    println!("real sets pooled: detection {d:.3}, arguments {a:.3}");
    assert!(d >= 0.58, "pooled real detection F1 {d:.3}");
    assert!(a >= 0.46, "pooled real argument F1 {a:.3}");
}

/// PLOVER's gold-standard records, never trained on: each record's text as
/// one document, found when an event of its type comes out.
#[test]
fn plover_gold_standard_type_recall() {
    let Ok(raw) = std::fs::read_to_string(GSR) else {
        println!("skipped: {GSR} not found (the shared PLOVER records are not in this clone)");
        return;
    };
    let records: Vec<serde_json::Value> = serde_json::from_str(&raw).unwrap();
    let pipe = compose::extract(&EventOptions::default()).unwrap();
    let rename = |t: &str| match t {
        "DEMAND" => "REQUEST".to_string(),
        "DISAPPROVE" | "INVESTIGATE" => "ACCUSE".to_string(),
        "FIGHT" => "ASSAULT".to_string(),
        t => t.to_string(),
    };
    let mut docs = Vec::new();
    let mut want = Vec::new();
    for r in records.iter().filter(|r| r["event"] != "DOCUMENT") {
        let Some(text) = r["text"].as_str() else {
            continue;
        };
        docs.push(attache::Doc::new(r["id"].as_str().unwrap_or("?"), text));
        want.push(rename(r["event"].as_str().unwrap_or("")));
    }
    pipe.process_batch(&mut docs);
    let found = docs
        .iter()
        .zip(&want)
        .filter(|(d, t)| d.events.iter().any(|e| e.event_type.as_str() == t.as_str()))
        .count();
    let recall = found as f64 / want.len() as f64;
    println!(
        "PLOVER GSR type recall: {found}/{} = {recall:.3}",
        want.len()
    );
    assert!(want.len() > 300);
    // 0.618 with the event model trained on the gazetteer's entities, 0.596
    // once retrained on the tagger's (the threshold inner cross-validation
    // picks on the gold sets moved; GSR itself is never tuned on); rules
    // alone give 0.596.
    assert!(recall >= 0.58, "GSR type recall {recall:.3}");
}
