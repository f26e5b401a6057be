//! `attache export` on the seed fixture (real articles with gold layers)
//! and the edge-case fixture, each output checked by an independent reader
//! written here: the consumers' own checks run in scripts/verify_exports.sh.

use attache::export::{self, Format, Options, Stats};
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

const SEEDS: &str = "tests/data/export/docs.jsonl";
const EDGE: &str = "tests/data/export/edge.jsonl";

fn run(format: Format, input: &str, min_score: Option<f64>) -> (tempfile::TempDir, PathBuf, Stats) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join(match format {
        Format::Brat => "brat".to_string(),
        f => format!("out.{}", f.name()),
    });
    let mut ex = export::exporter(format, &out).unwrap();
    let stats = export::export(Path::new(input), ex.as_mut(), &Options { min_score }).unwrap();
    (dir, out, stats)
}

fn jsonl(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn docs(input: &str) -> Vec<Value> {
    jsonl(Path::new(input))
}

/// Code-point slice.
fn slice(text: &str, s: usize, e: usize) -> String {
    text.chars().skip(s).take(e - s).collect()
}

fn u(v: &Value) -> usize {
    v.as_u64().unwrap() as usize
}

/// Sentences of a CoNLL file: (tokens, tags).
fn read_conll(path: &Path) -> Vec<(Vec<String>, Vec<String>)> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut out = Vec::new();
    let mut cur = (Vec::new(), Vec::new());
    for line in text.lines() {
        if line.is_empty() || line.starts_with("-DOCSTART-") {
            if !cur.0.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let cols: Vec<&str> = line.split(' ').collect();
        assert_eq!(cols.len(), 2, "two columns: {line:?}");
        cur.0.push(cols[0].to_string());
        cur.1.push(cols[1].to_string());
    }
    if !cur.0.is_empty() {
        out.push(cur);
    }
    out
}

/// Entities of one BIO sequence as (label, joined tokens); panics on an
/// I- that continues nothing.
fn bio_entities(tokens: &[String], tags: &[String]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut open: Option<String> = None;
    for (t, tag) in tokens.iter().zip(tags) {
        if let Some(l) = tag.strip_prefix("B-") {
            out.push((l.to_string(), t.clone()));
            open = Some(l.to_string());
        } else if let Some(l) = tag.strip_prefix("I-") {
            assert_eq!(open.as_deref(), Some(l), "I-{l} must continue B-/I-{l}");
            out.last_mut().unwrap().1.push_str(t);
        } else {
            assert_eq!(tag, "O");
            open = None;
        }
    }
    out
}

#[test]
fn conll_tags_every_gold_entity_of_the_seeds() {
    let (_d, out, stats) = run(Format::Conll, SEEDS, None);
    let sents = read_conll(&out);
    // 69 gold sentences, no tokens outside them.
    assert_eq!(sents.len(), 69);
    assert_eq!(stats.records, 69);
    let mut found: BTreeMap<String, usize> = BTreeMap::new();
    let mut texts: HashSet<(String, String)> = HashSet::new();
    for (tokens, tags) in &sents {
        for (label, text) in bio_entities(tokens, tags) {
            *found.entry(label.clone()).or_default() += 1;
            texts.insert((label, text));
        }
    }
    let mut expected: BTreeMap<String, usize> = BTreeMap::new();
    for d in docs(SEEDS) {
        for e in d["entities"].as_array().unwrap() {
            *expected
                .entry(e["label"].as_str().unwrap().into())
                .or_default() += 1;
            // Joined tokens = the entity text without whitespace.
            let t: String = e["text"].as_str().unwrap().split_whitespace().collect();
            assert!(
                texts.contains(&(e["label"].as_str().unwrap().to_string(), t.clone())),
                "{t}"
            );
        }
    }
    assert_eq!(found, expected);
    assert_eq!(stats.entities, 179);
    assert_eq!(stats.self_tokenized, 4);
    assert_eq!(
        (stats.overlapping_entities, stats.entities_without_tokens),
        (0, 0)
    );
}

#[test]
fn conll_keeps_provided_tokens_and_text_outside_sentences() {
    let (_d, out, stats) = run(Format::Conll, EDGE, Some(0.5));
    let sents = read_conll(&out);
    let flat: Vec<Vec<String>> = sents.iter().map(|s| s.0.clone()).collect();
    // The dateline is outside every sentence: its own segment. The "\n"
    // and "\n\n" tokens of the layer carry nothing and are skipped.
    assert_eq!(flat[0], ["HÀ", "NỘI", "—"]);
    assert_eq!(
        flat[1],
        [
            "Việt", "Nam", "and", "Japan", "'s", "Foreign", "Ministry", "met", "."
        ]
    );
    assert_eq!(
        bio_entities(&sents[1].0, &sents[1].1),
        [
            ("GPE".to_string(), "ViệtNam".to_string()),
            ("ORG".to_string(), "Japan'sForeignMinistry".to_string())
        ]
    );
    // "Japan" (0.4) is under --min-score; the SUPPORT event (0.3) too.
    assert_eq!(stats.below_min_score, 2);
    assert_eq!(stats.empty_documents, 1);
    assert_eq!(stats.relation_layers_ignored, 1);
    assert_eq!(stats.self_tokenized, 2);
    // Without --min-score, "Japan" nests in the ORG span and is counted.
    let (_d, _, stats) = run(Format::Conll, EDGE, None);
    assert_eq!(stats.overlapping_entities, 1);
}

#[test]
fn hf_ids_are_stable_and_within_the_label_list() {
    let (_d, out, stats) = run(Format::Hf, SEEDS, None);
    let labels: Vec<String> =
        serde_json::from_str(&std::fs::read_to_string(export::hf::labels_path(&out)).unwrap())
            .unwrap();
    assert_eq!(labels[0], "O");
    assert_eq!(&labels[1..3], ["B-PERSON", "I-PERSON"]);
    assert_eq!(labels.len(), 37, "O + B/I for the 18 OntoNotes labels");
    let recs = jsonl(&out);
    assert_eq!(recs.len() as u64, stats.records);
    let mut b = 0;
    for r in &recs {
        let tokens = r["tokens"].as_array().unwrap();
        let tags = r["ner_tags"].as_array().unwrap();
        assert_eq!(tokens.len(), tags.len());
        for t in tags {
            let name = &labels[u(t)];
            b += usize::from(name.starts_with("B-"));
        }
    }
    assert_eq!(b, 179);
    // A label outside OntoNotes is appended, B and I together.
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(
        &input,
        "{\"id\":\"x\",\"text\":\"Hanoi hosted talks.\",\"entities\":[{\"start\":0,\"end\":5,\"label\":\"CITY\"}]}\n",
    )
    .unwrap();
    let out = dir.path().join("x.jsonl");
    let mut ex = export::exporter(Format::Hf, &out).unwrap();
    export::export(&input, ex.as_mut(), &Options::default()).unwrap();
    let labels: Vec<String> =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("x.labels.json")).unwrap())
            .unwrap();
    assert_eq!(&labels[37..], ["B-CITY", "I-CITY"]);
    assert_eq!(jsonl(&out)[0]["ner_tags"][0], 37);
}

#[test]
fn spacy_tokens_rebuild_the_text_and_spans_fall_on_tokens() {
    for input in [SEEDS, EDGE] {
        let (_d, out, _) = run(Format::Spacy, input, None);
        for r in jsonl(&out) {
            let text = r["text"].as_str().unwrap();
            let tokens = r["tokens"].as_array().unwrap();
            let rebuilt: String = tokens
                .iter()
                .map(|t| {
                    let ws = if t["ws"].as_bool().unwrap() { " " } else { "" };
                    format!("{}{ws}", t["text"].as_str().unwrap())
                })
                .collect();
            assert_eq!(rebuilt, text);
            for t in tokens {
                assert_eq!(
                    slice(text, u(&t["start"]), u(&t["end"])),
                    t["text"].as_str().unwrap()
                );
            }
            let mut last_end = 0;
            for s in r["spans"].as_array().unwrap() {
                let (start, end) = (u(&s["start"]), u(&s["end"]));
                assert!(start >= last_end, "spans do not overlap");
                last_end = end;
                assert_eq!(u(&tokens[u(&s["token_start"])]["start"]), start);
                assert_eq!(u(&tokens[u(&s["token_end"])]["end"]), end);
                let covered = slice(text, start, end);
                assert_eq!(covered.trim(), covered);
            }
        }
    }
}

#[test]
fn doccano_labels_point_at_their_text() {
    let (_d, out, stats) = run(Format::Doccano, SEEDS, None);
    let inputs = docs(SEEDS);
    let recs = jsonl(&out);
    assert_eq!(recs.len(), 4);
    assert_eq!(stats.entities, 179);
    for (r, d) in recs.iter().zip(&inputs) {
        assert_eq!(r["text"], d["text"]);
        assert_eq!(r["doc_id"], d["id"]);
        let mut want: Vec<(usize, usize, String)> = d["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    u(&e["start"]),
                    u(&e["end"]),
                    e["label"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        want.sort();
        let got: Vec<(usize, usize, String)> = r["label"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| (u(&l[0]), u(&l[1]), l[2].as_str().unwrap().to_string()))
            .collect();
        assert_eq!(got, want);
    }
}

/// A strict reader of a BRAT folder: every text-bound annotation's
/// fragments must hold exactly its text; every reference must resolve;
/// every type must be declared. Returns (T, E, R, A) line counts.
fn check_brat(dir: &Path) -> (usize, usize, usize, usize) {
    let conf = std::fs::read_to_string(dir.join("annotation.conf")).unwrap();
    let declared: HashSet<&str> = conf
        .lines()
        .filter(|l| !l.starts_with('[') && !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    let mut counts = (0, 0, 0, 0);
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().and_then(|e| e.to_str()) != Some("ann") {
            continue;
        }
        let text = std::fs::read_to_string(p.with_extension("txt")).unwrap();
        let ann = std::fs::read_to_string(&p).unwrap();
        let mut ids: HashSet<String> = HashSet::new();
        for line in ann.lines() {
            let cols: Vec<&str> = line.split('\t').collect();
            let id = cols[0];
            assert!(ids.insert(id.to_string()), "duplicate id {id}");
            let mut head = cols[1].split(' ');
            let ty = head.next().unwrap();
            match &id[..1] {
                "T" => {
                    counts.0 += 1;
                    assert!(declared.contains(ty), "{ty} declared");
                    let offsets = cols[1][ty.len() + 1..].split(';');
                    let frags: Vec<String> = offsets
                        .map(|o| {
                            let (s, e) = o.split_once(' ').unwrap();
                            let f = slice(&text, s.parse().unwrap(), e.parse().unwrap());
                            assert!(!f.contains('\n'), "fragment crosses a line: {line}");
                            f
                        })
                        .collect();
                    assert_eq!(frags.join(" "), cols[2], "{}: {line}", p.display());
                }
                "E" => {
                    counts.1 += 1;
                    for arg in cols[1].split(' ') {
                        let (role, target) = arg.split_once(':').unwrap();
                        assert!(ids.contains(target), "{target} defined before {line}");
                        let _ = role;
                    }
                    let ty = cols[1].split(':').next().unwrap();
                    assert!(declared.contains(ty));
                }
                "R" => {
                    counts.2 += 1;
                    assert!(declared.contains(ty));
                    for arg in head {
                        let (_, target) = arg.split_once(':').unwrap();
                        assert!(ids.contains(target));
                    }
                }
                "A" => {
                    counts.3 += 1;
                    assert!(declared.contains(ty));
                    assert!(ids.contains(head.next().unwrap()));
                }
                other => panic!("unexpected annotation {other}"),
            }
        }
    }
    counts
}

#[test]
fn brat_offsets_hold_their_text() {
    let (_d, out, stats) = run(Format::Brat, SEEDS, None);
    let (t, e, r, _) = check_brat(&out);
    assert_eq!(e, 40);
    assert_eq!(stats.events, 40);
    assert!(t >= 179 + 40, "entities and triggers: {t}");
    assert!(r > 0);
    // The text files are the documents, byte for byte.
    for d in docs(SEEDS) {
        let txt = std::fs::read_to_string(out.join(format!("{}.txt", d["id"].as_str().unwrap())))
            .unwrap();
        assert_eq!(txt, d["text"].as_str().unwrap());
    }

    let (_d, out, stats) = run(Format::Brat, EDGE, None);
    let (_, e, r, a) = check_brat(&out);
    assert_eq!((e, r, a), (2, 1, 1));
    // The SUPPORT actor without offsets cannot be shown.
    assert_eq!(stats.arguments_without_offsets, 1);
    let ann = std::fs::read_to_string(out.join("edge_1__dateline.ann")).unwrap();
    assert!(
        ann.contains("ORG 22 29;30 46\tJapan's Foreign Ministry"),
        "{ann}"
    );
}

#[test]
fn relation_examples_mark_pairs_and_triggers() {
    let (_d, out, stats) = run(Format::Relations, SEEDS, None);
    let recs = jsonl(&out);
    assert_eq!(recs.len() as u64, stats.records);
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    for r in &recs {
        let plain = r["plain"].as_str().unwrap();
        let text = r["text"].as_str().unwrap();
        let mut unmarked = text.to_string();
        for m in ["[E1]", "[/E1]", "[E2]", "[/E2]", "[T]", "[/T]"] {
            unmarked = unmarked.replace(m, "");
        }
        assert_eq!(unmarked, plain);
        for key in ["head", "tail", "trigger"] {
            if let Some(m) = r.get(key) {
                assert_eq!(
                    slice(plain, u(&m["start"]), u(&m["end"])),
                    m["text"].as_str().unwrap()
                );
            }
        }
        let labels = r["labels"].as_array().unwrap();
        assert!(!labels.is_empty());
        *kinds.entry(r["kind"].as_str().unwrap().into()).or_default() += 1;
    }
    // Every gold event has a trigger inside its sentence.
    assert_eq!(kinds["event"], 40);
    // The meeting and the promise made at it share one pair: one example.
    let both = recs
        .iter()
        .filter(|r| r["labels"] == serde_json::json!(["AGREE", "CONSULT"]))
        .count();
    assert_eq!(both, 1);
    assert!(
        recs.iter()
            .any(|r| r["labels"] == serde_json::json!(["NONE"]))
    );
    // No document of the edge fixture without an events layer gives examples.
    let (_d, out, _) = run(Format::Relations, EDGE, None);
    assert!(
        jsonl(&out)
            .iter()
            .all(|r| r["doc_id"] == "edge/1: dateline")
    );
}

#[test]
fn malformed_records_stop_the_export_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("bad.jsonl");
    std::fs::write(
        &input,
        "{\"id\":\"ok\",\"text\":\"Fine.\"}\n{\"id\":\"x\",\"text\":\"HÀ NỘI — Việt Nam met Japan.\",\"entities\":[{\"start\":14,\"end\":24,\"label\":\"GPE\",\"text\":\"Việt Nam\"}]}\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_attache"))
        .args(["export", "-f", "doccano", input.to_str().unwrap(), "-o"])
        .arg(dir.path().join("o.jsonl"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.jsonl:2:") && err.contains("code points"),
        "{err}"
    );
}

#[test]
fn cli_writes_every_format_and_summarises() {
    let dir = tempfile::tempdir().unwrap();
    for f in Format::ALL {
        let out = dir.path().join(f.name());
        let res = Command::new(env!("CARGO_BIN_EXE_attache"))
            .args(["export", "--format", f.name(), EDGE, "-o"])
            .arg(&out)
            .args(["--min-score", "0.5"])
            .output()
            .unwrap();
        assert!(
            res.status.success(),
            "{}",
            String::from_utf8_lossy(&res.stderr)
        );
        let err = String::from_utf8_lossy(&res.stderr);
        assert!(err.contains("3 documents"), "{err}");
        assert!(out.exists());
    }
    let res = Command::new(env!("CARGO_BIN_EXE_attache"))
        .args(["export", "--format", "xml", EDGE, "-o", "-"])
        .output()
        .unwrap();
    assert!(!res.status.success());
    assert!(String::from_utf8_lossy(&res.stderr).contains("unknown format"));
}
