//! `attache eval` on small fixtures whose scores were worked out by hand
//! (tests/data/eval/README.md walks through them). Expected values are
//! written as the fractions of that working, never taken from the scorer.

use attache::eval::{self, Options, Prf, Report, Table};
use std::path::Path;
use std::process::Command;

const GOLD: &str = "tests/data/eval/gold";

fn run(pred: &str, docs: Option<&str>, opts: &Options) -> Report {
    let gold = eval::load_gold(Path::new(GOLD)).unwrap();
    let pred = eval::load_predictions(
        &Path::new("tests/data/eval/pred").join(pred),
        docs.map(|d| Path::new("tests/data/eval/pred").join(d))
            .as_deref(),
    )
    .unwrap();
    eval::score(&gold, &pred, opts)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// Checks tp/fp/fn and P/R/F1 of one row.
#[track_caller]
fn row(p: &Prf, tp: u64, fp: u64, fn_: u64, prec: f64, rec: f64, f1: f64) {
    assert_eq!((p.tp, p.fp, p.fn_), (tp, fp, fn_), "counts of {p:?}");
    assert!(
        close(p.precision, prec) && close(p.recall, rec) && close(p.f1, f1),
        "expected P {prec} R {rec} F1 {f1}, got {p:?}"
    );
}

#[track_caller]
fn macro_f1(t: &Table, labels: usize, p: f64, r: f64, f1: f64) {
    let m = &t.macro_avg;
    assert_eq!(m.labels, labels);
    assert!(
        close(m.precision, p) && close(m.recall, r) && close(m.f1, f1),
        "expected macro P {p} R {r} F1 {f1}, got {m:?}"
    );
}

#[test]
fn empty_prediction_scores_zero_with_every_gold_item_missed() {
    let r = run("empty.jsonl", None, &Options::default());
    assert_eq!((r.gold_events, r.pred_events), (5, 0));
    row(&r.events.micro, 0, 0, 5, 0.0, 0.0, 0.0);
    row(&r.arguments.micro, 0, 0, 10, 0.0, 0.0, 0.0);
    row(&r.events.labels["SUPPORT"], 0, 0, 2, 0.0, 0.0, 0.0);
    macro_f1(&r.events, 4, 0.0, 0.0, 0.0);
    // Every gold event is a miss in the confusion matrix.
    let none = r.confusion.labels.len() - 1;
    assert_eq!(r.confusion.labels[none], "none");
    let misses: u64 = r.confusion.matrix.iter().map(|row| row[none]).sum();
    assert_eq!(misses, 5);
    assert!(r.entities.is_none() && r.sentences.is_none());
}

#[test]
fn perfect_prediction_scores_one() {
    let r = run("perfect.jsonl", None, &Options::default());
    row(&r.events.micro, 5, 0, 0, 1.0, 1.0, 1.0);
    row(&r.arguments.micro, 10, 0, 0, 1.0, 1.0, 1.0);
    macro_f1(&r.events, 4, 1.0, 1.0, 1.0);
    for (i, rowv) in r.confusion.matrix.iter().enumerate() {
        for (j, n) in rowv.iter().enumerate() {
            assert_eq!(*n > 0, i == j && i + 1 < rowv.len(), "cell {i},{j}");
        }
    }
}

#[test]
fn duplicate_predictions_are_false_positives() {
    // Perfect + a second CONSULT in a:0 and a second REQUEST in b:0.
    let r = run("duplicates.jsonl", None, &Options::default());
    row(&r.events.micro, 5, 2, 0, 5.0 / 7.0, 1.0, 10.0 / 12.0);
    row(&r.events.labels["CONSULT"], 1, 1, 0, 0.5, 1.0, 2.0 / 3.0);
    row(&r.events.labels["REQUEST"], 1, 1, 0, 0.5, 1.0, 2.0 / 3.0);
    // (2/3 + 2/3 + 1 + 1) / 4
    macro_f1(&r.events, 4, 3.0 / 4.0, 1.0, 10.0 / 12.0);
    // Each duplicate brings an actor and a recipient: 4 more false positives.
    row(&r.arguments.micro, 10, 4, 0, 10.0 / 14.0, 1.0, 20.0 / 24.0);
    let none = r.confusion.labels.len() - 1;
    let alarms: u64 = r.confusion.matrix[none].iter().sum();
    assert_eq!(alarms, 2);
}

/// The mixed prediction of README.md, scored against gold.
fn check_mixed(r: &Report) {
    // Events: a0 CONSULT ✓, a1 AGREE (gold SUPPORT), a2 SUPPORT ✓,
    // b0 REQUEST ✓, b1 CONSULT (gold REJECT).
    row(&r.events.micro, 3, 2, 2, 0.6, 0.6, 0.6);
    row(&r.events.labels["CONSULT"], 1, 1, 0, 0.5, 1.0, 2.0 / 3.0);
    row(&r.events.labels["SUPPORT"], 1, 0, 1, 1.0, 0.5, 2.0 / 3.0);
    row(&r.events.labels["REQUEST"], 1, 0, 0, 1.0, 1.0, 1.0);
    row(&r.events.labels["REJECT"], 0, 0, 1, 0.0, 0.0, 0.0);
    row(&r.events.labels["AGREE"], 0, 1, 0, 0.0, 0.0, 0.0);
    macro_f1(&r.events, 5, 2.5 / 5.0, 2.5 / 5.0, (7.0 / 3.0) / 5.0);

    // Confusion: the two wrong types are substitutions within a sentence.
    let c = &r.confusion;
    assert_eq!(
        c.labels,
        ["AGREE", "CONSULT", "REJECT", "REQUEST", "SUPPORT", "none"]
    );
    let at = |g: &str, p: &str| {
        let i = c.labels.iter().position(|l| l == g).unwrap();
        let j = c.labels.iter().position(|l| l == p).unwrap();
        c.matrix[i][j]
    };
    assert_eq!(at("SUPPORT", "AGREE"), 1);
    assert_eq!(at("REJECT", "CONSULT"), 1);
    assert_eq!(at("SUPPORT", "SUPPORT"), 1);
    assert_eq!(at("CONSULT", "CONSULT"), 1);
    assert_eq!(at("REQUEST", "REQUEST"), 1);
    assert_eq!(c.matrix.iter().flatten().sum::<u64>(), 5);

    // Arguments: 10 gold, 9 predicted, 5 matched (Laos by name, no country;
    // "Association of Southeast Asian Nations" without a code ≠ "ASEAN").
    row(&r.arguments.micro, 5, 4, 5, 5.0 / 9.0, 0.5, 10.0 / 19.0);
    row(&r.arguments.labels["CONSULT"], 2, 1, 0, 2.0 / 3.0, 1.0, 0.8);
    row(&r.arguments.labels["SUPPORT"], 2, 0, 2, 1.0, 0.5, 2.0 / 3.0);
    row(&r.arguments.labels["REQUEST"], 1, 1, 1, 0.5, 0.5, 0.5);
    row(&r.arguments.labels["REJECT"], 0, 0, 2, 0.0, 0.0, 0.0);
    row(&r.arguments.labels["AGREE"], 0, 2, 0, 0.0, 0.0, 0.0);
    macro_f1(
        &r.arguments,
        5,
        (2.0 / 3.0 + 1.0 + 0.5) / 5.0,
        (1.0 + 0.5 + 0.5) / 5.0,
        (0.8 + 2.0 / 3.0 + 0.5) / 5.0,
    );
    row(&r.argument_roles.labels["actor"], 2, 3, 3, 0.4, 0.4, 0.4);
    row(
        &r.argument_roles.labels["recipient"],
        3,
        1,
        2,
        0.75,
        0.6,
        2.0 / 3.0,
    );

    // One event on a document that gold does not have: not scored, noted.
    assert_eq!(r.pred_events, 5);
    assert!(
        r.notes
            .iter()
            .any(|n| n.contains("1 predicted events on 1 documents"))
    );
}

fn check_entities(r: &Report) {
    let e = r.entities.as_ref().expect("entities scored");
    // GPE: 8 gold, 7 predicted (a duplicate, "with Japan", Japan as ORG).
    row(
        &e.exact.labels["GPE"],
        5,
        2,
        3,
        5.0 / 7.0,
        5.0 / 8.0,
        10.0 / 15.0,
    );
    row(&e.exact.labels["ORG"], 1, 1, 0, 0.5, 1.0, 2.0 / 3.0);
    row(&e.exact.micro, 6, 3, 3, 6.0 / 9.0, 6.0 / 9.0, 6.0 / 9.0);
    macro_f1(
        &e.exact,
        2,
        (5.0 / 7.0 + 0.5) / 2.0,
        (5.0 / 8.0 + 1.0) / 2.0,
        2.0 / 3.0,
    );
    // Overlap adds "with Japan" ~ "Japan".
    row(&e.overlap.labels["GPE"], 6, 1, 2, 6.0 / 7.0, 0.75, 0.8);
    row(&e.overlap.micro, 7, 2, 2, 7.0 / 9.0, 7.0 / 9.0, 7.0 / 9.0);
    assert_eq!(e.ignored["MONEY"], 1);
    assert!(!e.exact.labels.contains_key("MONEY"));
}

#[test]
fn mixed_prediction_with_gold_segmentation() {
    let r = run(
        "aligned.jsonl",
        Some("docs_aligned.jsonl"),
        &Options::default(),
    );
    check_mixed(&r);
    check_entities(&r);
    let s = r.sentences.as_ref().unwrap();
    row(&s.spans, 5, 0, 0, 1.0, 1.0, 1.0);
    row(&s.boundaries, 3, 0, 0, 1.0, 1.0, 1.0);
    assert_eq!(r.placements.by_trigger, 5);
}

#[test]
fn shifted_segmenter_scores_the_same_events() {
    // Same events, but the system cut "Japan met | Cambodia." (so its later
    // indexes are one higher), kept doc b as one sentence, included a
    // trailing space, and one event has only its sentence span.
    let shifted = run(
        "shifted.jsonl",
        Some("docs_shifted.jsonl"),
        &Options::default(),
    );
    let aligned = run(
        "aligned.jsonl",
        Some("docs_aligned.jsonl"),
        &Options::default(),
    );
    check_mixed(&shifted);
    check_entities(&shifted);
    assert_eq!(shifted.events, aligned.events);
    assert_eq!(shifted.arguments, aligned.arguments);
    assert_eq!(shifted.confusion, aligned.confusion);
    assert_eq!(shifted.entities, aligned.entities);
    assert_eq!(
        (
            shifted.placements.by_trigger,
            shifted.placements.by_sentence_span
        ),
        (4, 1)
    );
    // Only the sentence scores differ: (20,42) and (43,73) match (the
    // trailing space is ignored); splits 19 and 42 of 19, 42, 28.
    let s = shifted.sentences.as_ref().unwrap();
    row(&s.spans, 2, 3, 3, 0.4, 0.4, 0.4);
    row(&s.boundaries, 2, 1, 1, 2.0 / 3.0, 2.0 / 3.0, 2.0 / 3.0);
}

#[test]
fn index_only_predictions_fall_back_to_the_index() {
    // CONSULT at index 0 is right; SUPPORT at index 5 does not exist in a
    // (3 sentences) and is a false positive, but its arguments still count
    // at document level.
    let r = run("index_only.jsonl", None, &Options::default());
    row(&r.events.micro, 1, 1, 4, 0.5, 0.2, 2.0 / 7.0);
    row(&r.arguments.micro, 4, 0, 6, 1.0, 0.4, 8.0 / 14.0);
    assert_eq!((r.placements.by_index, r.placements.unplaced), (1, 1));
    assert!(r.notes.iter().any(|n| n.contains("no offsets")));
}

#[test]
fn bootstrap_is_deterministic_and_degenerate_where_it_must_be() {
    let opts = Options {
        bootstrap: 300,
        seed: 7,
    };
    let a = run("shifted.jsonl", Some("docs_shifted.jsonl"), &opts);
    let b = run("shifted.jsonl", Some("docs_shifted.jsonl"), &opts);
    assert_eq!(a, b);
    let [lo, hi] = a.events.micro.f1_ci.unwrap();
    assert!(lo <= hi && (0.0..=1.0).contains(&lo) && (0.0..=1.0).contains(&hi));
    assert_eq!(a.bootstrap.as_ref().unwrap().samples, 300);
    // Every resample of a perfect prediction is perfect.
    let p = run("perfect.jsonl", None, &opts);
    assert_eq!(p.events.micro.f1_ci, Some([1.0, 1.0]));
    assert_eq!(p.arguments.macro_avg.f1_ci, Some([1.0, 1.0]));
    // Recipients of the mixed prediction: doc a has tp 2, fp 1, fn 1 and doc
    // b tp 1, fp 0, fn 1. k copies of a and m of b give F1
    // 2(2k+m) / (2(2k+m) + k + (k+m)) = 2/3 whatever k and m, so every
    // resample scores 2/3.
    assert_eq!(
        a.argument_roles.labels["recipient"]
            .f1_ci
            .map(|[l, h]| (close(l, 2.0 / 3.0), close(h, 2.0 / 3.0))),
        Some((true, true))
    );
}

#[test]
fn gold_scored_against_itself_is_perfect_on_the_seed_articles() {
    let gold = eval::load_gold(Path::new("tests/data/gold")).unwrap();
    let pred = eval::load_predictions(
        Path::new("tests/data/gold/events.jsonl"),
        Some(Path::new("tests/data/export/docs.jsonl")),
    )
    .unwrap();
    let r = eval::score(&gold, &pred, &Options::default());
    assert_eq!(r.gold_events, 40);
    row(&r.events.micro, 40, 0, 0, 1.0, 1.0, 1.0);
    row(&r.arguments.micro, 83, 0, 0, 1.0, 1.0, 1.0);
    let e = r.entities.unwrap();
    row(&e.exact.micro, 179, 0, 0, 1.0, 1.0, 1.0);
    let s = r.sentences.unwrap();
    row(&s.spans, 69, 0, 0, 1.0, 1.0, 1.0);
}

fn attache(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_attache"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn cli_prints_a_table_and_json() {
    let pred = "tests/data/eval/pred/shifted.jsonl";
    let out = attache(&["eval", "--gold", GOLD, "--pred", pred, "--bootstrap", "50"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("Event detection"), "{table}");
    assert!(table.contains("F1 95% CI"));
    assert!(
        table
            .lines()
            .any(|l| l.trim_start().starts_with("micro") && l.contains("0.600"))
    );

    let out = attache(&["eval", "--gold", GOLD, "--pred", pred, "--json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema"], "attache-eval/1");
    assert_eq!(v["events"]["micro"]["tp"], 3);
    assert_eq!(v["events"]["micro"]["fn"], 2);
    assert_eq!(v["events"]["macro"]["labels"], 5);
    assert!(v.get("entities").is_none());
}

#[test]
fn cli_rejects_malformed_lines_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"doc_id\":\"a\",\"event_type\":\"AID\",\"sentence\":{\"index\":0}}\n{\"doc_id\":\"a\",\"event_type\":\"AID\",\"actor\":7}\n",
    )
    .unwrap();
    let out = attache(&["eval", "--gold", GOLD, "--pred", bad.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.jsonl:2:") && err.contains("\"actor\""),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn converted_peer_output_is_scored_by_index_or_by_located_sentences() {
    // tests/data/eval/peer/README.md: a PETRARCH2 peer whose sentence numbers
    // in document a are one lower than gold's.
    let r = run("../peer/expected_index.jsonl", None, &Options::default());
    row(&r.events.micro, 3, 3, 2, 0.5, 0.6, 6.0 / 11.0);
    row(&r.arguments.micro, 8, 4, 2, 8.0 / 12.0, 0.8, 8.0 / 11.0);
    assert_eq!(r.placements.by_index, 6);
    let r = run("../peer/expected_offsets.jsonl", None, &Options::default());
    row(&r.events.micro, 4, 2, 1, 4.0 / 6.0, 0.8, 8.0 / 11.0);
    row(&r.arguments.micro, 8, 4, 2, 8.0 / 12.0, 0.8, 8.0 / 11.0);
    assert_eq!(r.placements.by_sentence_span, 6);
}

#[test]
fn loading_for_gold_keeps_only_gold_documents_and_counts_the_rest() {
    let gold = eval::load_gold(Path::new(GOLD)).unwrap();
    let pred = eval::load_predictions_for(
        &gold,
        Path::new("tests/data/eval/pred/aligned.jsonl"),
        Some(Path::new("tests/data/eval/pred/docs_aligned.jsonl")),
    )
    .unwrap();
    assert_eq!(pred.events.len(), 5);
    assert_eq!((pred.outside_events, pred.outside_docs), (1, 1));
    let r = eval::score(&gold, &pred, &Options::default());
    check_mixed(&r);
    check_entities(&r);
}
