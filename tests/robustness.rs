//! Hostile input through the whole pipeline (embedded NER included): every
//! document is either processed or rejected with a reason — never a panic,
//! never dropped, never truncated.

mod common;

use serde_json::{Value, json};
use std::process::Command;

fn extract(dir: &std::path::Path, input: &std::path::Path) -> (Vec<Value>, Vec<Value>, String) {
    extract_with(dir, input, &[])
}

fn extract_with(
    dir: &std::path::Path,
    input: &std::path::Path,
    extra: &[&str],
) -> (Vec<Value>, Vec<Value>, String) {
    let docs = dir.join("docs.jsonl");
    let out = Command::new(env!("CARGO_BIN_EXE_attache"))
        .args(["extract", input.to_str().unwrap(), "-o"])
        .arg(dir.join("events.jsonl"))
        .arg("--docs")
        .arg(&docs)
        .args(extra)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    let read = |p: std::path::PathBuf| -> Vec<Value> {
        std::fs::read_to_string(p)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    (read(docs), read(dir.join("events.rejects.jsonl")), stderr)
}

/// Every non-space character of the text (by the segmenter's definition,
/// which counts zero-width spaces and BOMs as space) lies in a sentence.
fn covered(doc: &Value) -> bool {
    let text: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
    let mut inside = vec![false; text.len()];
    for s in doc["sentences"].as_array().unwrap() {
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        inside[a..b].iter_mut().for_each(|x| *x = true);
    }
    text.iter()
        .zip(inside)
        .all(|(&c, i)| i || attache::clean::text::is_space(c))
}

#[test]
fn odd_documents_are_processed_whole() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("odd.jsonl");
    let long_sentence = "the delegation and the ministers and the envoys ".repeat(2100); // ~100k chars, no full stop
    let docs = [
        json!({"id": "nul", "text": "Before\u{0}after. The minister met the envoy."}),
        json!({"id": "controls", "text": "Bell\u{7} and\u{1b}[31m escape.\u{2028}Line separator. Tab\tend."}),
        json!({"id": "scripts", "text": "القاهرة — The Egyptian foreign minister met 王毅 in Cairo. 🇪🇬🤝🇨🇳 Talks continued."}),
        json!({"id": "spaces", "text": "\u{a0}\u{2009}Kenya\u{3000}and\u{200b}Ethiopia signed a deal.\u{feff}"}),
        json!({"id": "long_sentence", "text": long_sentence}),
        json!({"id": "punctuation", "text": "?!?!... --- ((( ))) \"\" '' ;;; :::"}),
    ];
    let lines: Vec<String> = docs.iter().map(|d| d.to_string()).collect();
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let (written, rejects, stderr) = extract(dir.path(), &input);
    assert!(rejects.is_empty(), "{rejects:?}");
    assert_eq!(written.len(), docs.len(), "{stderr}");
    for d in &written {
        assert!(covered(d), "{}: text outside sentences", d["id"]);
        let text = d["text"].as_str().unwrap();
        let want = docs.iter().find(|x| x["id"] == d["id"]).unwrap()["text"]
            .as_str()
            .unwrap();
        assert_eq!(text, want, "text passed through unchanged");
    }
    let long = written.iter().find(|d| d["id"] == "long_sentence").unwrap();
    let tokens = long["tokens"].as_array().unwrap().len();
    assert!(
        tokens > 15_000,
        "the 100k-char sentence is tokenized whole: {tokens}"
    );
}

/// A 10 MB article runs through every stage, when --max-doc-bytes lets it
/// in (the default, 8 MiB, would reject it). Release builds only (the test
/// command runs them): unoptimised it takes minutes.
#[test]
#[cfg_attr(debug_assertions, ignore)]
fn ten_megabyte_article() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("big.jsonl");
    let seeds: Vec<String> = common::files::seed_files()
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let mut text = String::new();
    let mut i = 0;
    while text.len() < 10 << 20 {
        text.push_str(&seeds[i % seeds.len()]);
        text.push_str("\n\n");
        i += 1;
    }
    std::fs::write(
        &input,
        json!({"id": "big", "text": text}).to_string() + "\n",
    )
    .unwrap();
    let (written, rejects, stderr) = extract_with(
        dir.path(),
        &input,
        &["--max-doc-bytes", "16777216", "--doc-timeout", "0"],
    );
    assert!(rejects.is_empty(), "{rejects:?}");
    assert_eq!(written.len(), 1, "{stderr}");
    assert!(covered(&written[0]));
    let events = written[0]["events"].as_array().unwrap().len();
    // Each copy of a seed yields its events; none may be lost to size.
    assert!(events > i * 5, "{events} events from {i} seed copies");
}
