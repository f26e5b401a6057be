//! Real-news soak: every article of `../shared/testdata/real` (r1..r5, with
//! ids and dates from each `articles/index.jsonl`) and the seed articles
//! through ONE batch `attache extract`, as a user would run a dump. All must
//! come out: no internal-error reject, no document over its work budget,
//! within a generous wall-clock bound. Where `../shared` is absent the test
//! says so and passes.
//!
//! The articles are turned into JSONL in a temporary folder at run time;
//! nothing of them is kept in the repository.

mod common;

use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Far above what the ~130 articles need (seconds on one core), far below
/// "stalled": a document stuck in a loop shows as a timeout, not a hang.
const WALL_CLOCK: Duration = Duration::from_secs(300);

fn real_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/testdata/real")
}

/// (id, date, text) of every real article, in set and file order.
fn real_articles(root: &Path) -> Vec<(String, Option<String>, String)> {
    let mut sets: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("articles/index.jsonl").is_file())
        .collect();
    sets.sort();
    let mut out = Vec::new();
    for set in sets {
        let folder = set.join("articles");
        let index = std::fs::read_to_string(folder.join("index.jsonl")).unwrap();
        for line in index.lines().filter(|l| !l.trim().is_empty()) {
            let meta: Value = serde_json::from_str(line).unwrap();
            let file = folder.join(meta["file"].as_str().unwrap());
            out.push((
                meta["doc_id"].as_str().unwrap().to_string(),
                meta["published"].as_str().map(str::to_string),
                std::fs::read_to_string(&file)
                    .unwrap_or_else(|e| panic!("{}: {e}", file.display())),
            ));
        }
    }
    out
}

fn seed_articles() -> Vec<(String, Option<String>, String)> {
    common::files::seed_files()
        .iter()
        .map(|p| {
            let id = format!("seed_{}", p.file_stem().unwrap().to_string_lossy());
            (id, None, std::fs::read_to_string(p).unwrap())
        })
        .collect()
}

#[test]
fn every_real_article_and_seed_comes_out_of_one_batch_run() {
    let root = real_root();
    if !root.is_dir() {
        println!("skipped: ../shared/testdata/real not found");
        eprintln!("skipped: ../shared/testdata/real not found");
        return;
    }
    let mut articles = real_articles(&root);
    assert!(
        articles.len() >= 100,
        "only {} real articles found",
        articles.len()
    );
    articles.extend(seed_articles());
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("real.jsonl");
    let lines: Vec<String> = articles
        .iter()
        .map(|(id, date, text)| json!({"id": id, "date": date, "text": text}).to_string())
        .collect();
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let docs = dir.path().join("docs.jsonl");
    let rejects = dir.path().join("rejects.jsonl");

    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_attache"))
        .args(["extract", input.to_str().unwrap(), "-o"])
        .arg(dir.path().join("events.jsonl"))
        .arg("--docs")
        .arg(&docs)
        .arg("--rejects")
        .arg(&rejects)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > WALL_CLOCK {
            child.kill().unwrap();
            let _ = child.wait();
            let done = std::fs::read_to_string(&docs).map_or(0, |s| s.lines().count());
            panic!(
                "extract over {} real articles still running after {WALL_CLOCK:?} \
                 ({done} documents written): a document stalls",
                articles.len()
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");

    let rejected: Vec<Value> = std::fs::read_to_string(&rejects)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let internal: Vec<&Value> = rejected
        .iter()
        .filter(|r| r["reason"].as_str().unwrap().starts_with("internal error"))
        .collect();
    assert!(internal.is_empty(), "internal errors: {internal:#?}");
    let budget: Vec<&Value> = rejected
        .iter()
        .filter(|r| r["reason"].as_str().unwrap().contains("work budget"))
        .collect();
    assert!(budget.is_empty(), "over --doc-timeout: {budget:#?}");
    assert!(rejected.is_empty(), "rejected: {rejected:#?}");

    let written: BTreeSet<String> = std::fs::read_to_string(&docs)
        .unwrap()
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            v["id"].as_str().unwrap().to_string()
        })
        .collect();
    let want: BTreeSet<String> = articles.iter().map(|(id, _, _)| id.clone()).collect();
    assert_eq!(written, want, "every article comes out, under its own id");
    eprintln!(
        "soak: {} articles in {:.1}s",
        articles.len(),
        started.elapsed().as_secs_f64()
    );
}
