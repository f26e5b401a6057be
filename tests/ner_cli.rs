//! The NER stage through the binary: `attache extract` runs it by default
//! and writes tokens and entities into the document JSONL; `attache ner`
//! shows entities of texts given on the command line.

mod common;

use serde_json::Value;
use std::process::Command;

fn attache(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_attache"))
        .args(args)
        .output()
        .expect("binary runs")
}

#[test]
fn extract_writes_entities_and_parse_into_docs() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(
        &input,
        "{\"id\":\"a\",\"text\":\"HÀ NỘI — Việt Nam and Japan signed a deal on Monday. Prime Minister Fumio Kishida welcomed it.\"}\n",
    )
    .unwrap();
    let docs = dir.path().join("docs.jsonl");
    let out = attache(&[
        "extract",
        input.to_str().unwrap(),
        "-o",
        "/dev/null",
        "--docs",
        docs.to_str().unwrap(),
        "-q",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rec: Value = serde_json::from_str(std::fs::read_to_string(&docs).unwrap().trim()).unwrap();
    let text: Vec<char> = rec["text"].as_str().unwrap().chars().collect();
    let slice = |v: &Value| -> String {
        let (s, e) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        text[s..e].iter().collect()
    };
    let ents: Vec<(String, String)> = rec["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            assert_eq!(slice(e), e["text"].as_str().unwrap(), "code-point offsets");
            (slice(e), e["label"].as_str().unwrap().to_string())
        })
        .collect();
    for want in [
        ("Japan", "GPE"),
        ("Monday", "DATE"),
        ("Fumio Kishida", "PERSON"),
    ] {
        assert!(
            ents.iter().any(|(t, l)| t == want.0 && l == want.1),
            "{want:?} missing from {ents:?}"
        );
    }
    let tokens = rec["tokens"].as_array().unwrap();
    let signed = tokens.iter().find(|t| slice(t) == "signed").unwrap();
    assert_eq!(signed["lemma"], "sign");
    assert_eq!(signed["tag"], "VBD");
    for t in tokens {
        assert!((t["head"].as_u64().unwrap() as usize) < tokens.len());
    }

    let out = attache(&[
        "extract",
        input.to_str().unwrap(),
        "-o",
        "/dev/null",
        "--docs",
        docs.to_str().unwrap(),
        "-q",
        "--ner",
        "none",
    ]);
    assert!(out.status.success());
    let rec: Value = serde_json::from_str(std::fs::read_to_string(&docs).unwrap().trim()).unwrap();
    assert!(rec["entities"].as_array().unwrap().is_empty());

    let out = attache(&["extract", input.to_str().unwrap(), "--ner", "large"]);
    assert!(!out.status.success(), "unknown model is a usage error");
}

#[test]
fn ner_subcommand_lists_entities() {
    let out = attache(&[
        "ner",
        "Talks between Kenya and Ethiopia resumed in Nairobi on Monday.",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Vec<&str>> = stdout.lines().map(|l| l.split('\t').collect()).collect();
    assert!(
        rows.iter().any(|r| r[2] == "GPE" && r[4] == "Nairobi"),
        "{stdout}"
    );
    assert!(
        rows.iter().any(|r| r[2] == "DATE" && r[4] == "Monday"),
        "{stdout}"
    );
    let score: f32 = rows[0][3].parse().unwrap();
    assert!((0.0..=1.0).contains(&score));

    let out = attache(&[
        "ner",
        "--json",
        "Angela Merkel visited Paris.",
        "Xi Jinping met Putin.",
    ]);
    assert!(out.status.success());
    let recs: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["entities"].as_array().unwrap().len(), 2);
}

/// `(start, end, label)` of a record's entities.
fn spans(rec: &Value) -> Vec<(u64, u64, String)> {
    rec["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["start"].as_u64().unwrap(),
                e["end"].as_u64().unwrap(),
                e["label"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn ner_shows_the_entities_extract_writes_and_raw_shows_the_model() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = common::files::seed_files();
    let text = std::fs::read_to_string(&seeds[0]).unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(
        &input,
        format!("{}\n", serde_json::json!({"id": "text1", "text": text})),
    )
    .unwrap();
    let docs = dir.path().join("docs.jsonl");
    let out = attache(&[
        "extract",
        input.to_str().unwrap(),
        "-o",
        "/dev/null",
        "--docs",
        docs.to_str().unwrap(),
        "-q",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let extracted: Value =
        serde_json::from_str(std::fs::read_to_string(&docs).unwrap().trim()).unwrap();
    let shown = attache(&["ner", "--json", &text]);
    assert!(shown.status.success());
    let shown: Value =
        serde_json::from_str(String::from_utf8(shown.stdout).unwrap().trim()).unwrap();
    assert_eq!(spans(&shown), spans(&extracted), "ner and extract agree");
    assert!(!spans(&shown).is_empty());

    // --raw is the model before any correction: spaCy keeps a leading
    // "the" in ORG spans, which ANNOTATION.md (and the default layer) cut.
    let sentence = "Officials of the European Union met in the Philippines on Monday.";
    let raw = attache(&["ner", "--raw", "--json", sentence]);
    let fixed = attache(&["ner", "--json", sentence]);
    assert!(raw.status.success() && fixed.status.success());
    let text_of = |out: &std::process::Output| -> Vec<String> {
        let rec: Value = serde_json::from_str(String::from_utf8_lossy(&out.stdout).trim()).unwrap();
        rec["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["text"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(
        text_of(&raw).contains(&"the European Union".to_string()),
        "{:?}",
        text_of(&raw)
    );
    assert!(
        text_of(&fixed).contains(&"European Union".to_string()),
        "{:?}",
        text_of(&fixed)
    );
    let gaz = attache(&["ner", "--entities", "gazetteer", "--json", sentence]);
    assert!(gaz.status.success());
    assert!(
        attache(&["ner", "--raw", "--entities", "gazetteer", sentence])
            .status
            .code()
            == Some(2)
    );
}
