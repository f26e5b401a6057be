//! Throughput and agreement of `--ner onnx:DIR` on the files that
//! scripts/make_test_onnx.py writes next to the model (heldout.jsonl:
//! generated sentences; news.jsonl: the gold articles' sentences; both with
//! spaCy en_core_web_sm's entities). Run through scripts/bench_onnx.sh.
//!
//!     cargo run --release --features onnx --example bench_onnx -- DIR [THREADS...]

use attache::doc::{Doc, Sentence, Span};
use attache::ner::onnx::{OnnxNer, OnnxNerOptions};
use attache::pipeline::Component;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

type Mention = (usize, usize, String);

fn read(dir: &Path, name: &str) -> Vec<(String, Vec<Mention>)> {
    let path = dir.join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("JSON line");
            let ents = v["spacy"]
                .as_array()
                .expect("spacy entities")
                .iter()
                .map(|e| {
                    (
                        e[0].as_u64().unwrap() as usize,
                        e[1].as_u64().unwrap() as usize,
                        e[2].as_str().unwrap().to_string(),
                    )
                })
                .collect();
            (v["text"].as_str().expect("text").to_string(), ents)
        })
        .collect()
}

/// Documents of 20 sentences each, as a segmenter would hand them over.
fn docs(items: &[(String, Vec<Mention>)]) -> Vec<Doc> {
    items
        .chunks(20)
        .enumerate()
        .map(|(i, chunk)| {
            let mut text = String::new();
            let mut sentences = Vec::new();
            for (t, _) in chunk {
                let start = text.len();
                text.push_str(t);
                sentences.push(Sentence {
                    span: Span::new(start, text.len()),
                    tokens: 0..0,
                });
                text.push(' ');
            }
            let mut d = Doc::new(i.to_string(), text);
            d.sentences = sentences;
            d
        })
        .collect()
}

/// Entities per sentence, in code points relative to the sentence.
fn predicted(docs: &[Doc]) -> Vec<Vec<Mention>> {
    let mut out = Vec::new();
    for d in docs {
        for s in &d.sentences {
            let text = d.slice(s.span);
            let chars = |b: usize| text[..b - s.span.start].chars().count();
            out.push(
                d.entities
                    .iter()
                    .filter(|e| s.span.contains(e.span))
                    .map(|e| (chars(e.span.start), chars(e.span.end), e.label.to_string()))
                    .collect(),
            );
        }
    }
    out
}

fn agreement(pred: &[Vec<Mention>], gold: &[(String, Vec<Mention>)]) -> (f64, f64, f64) {
    let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
    for (p, (_, g)) in pred.iter().zip(gold) {
        let g: HashSet<&Mention> = g.iter().collect();
        tp += p.iter().filter(|m| g.contains(m)).count();
        np += p.len();
        ng += g.len();
    }
    let p = tp as f64 / np.max(1) as f64;
    let r = tp as f64 / ng.max(1) as f64;
    (
        p,
        r,
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        },
    )
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("usage: bench_onnx DIR [THREADS...]"));
    let mut threads: Vec<usize> = args.map(|a| a.parse().expect("thread count")).collect();
    if threads.is_empty() {
        threads = vec![1, 2];
    }
    let sets = [
        ("generated", read(&dir, "heldout.jsonl")),
        ("news", read(&dir, "news.jsonl")),
    ];
    for &n in &threads {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .expect("thread pool");
        let opts = OnnxNerOptions {
            threads: n,
            ..OnnxNerOptions::default()
        };
        let ner = OnnxNer::load_with(&dir, &opts).unwrap_or_else(|e| panic!("{e}"));
        for (name, items) in &sets {
            let words: usize = items
                .iter()
                .map(|(t, _)| t.split_whitespace().count())
                .sum();
            let mut rates = Vec::new();
            let mut last = Vec::new();
            for round in 0..4 {
                let mut ds = docs(items);
                let t0 = Instant::now();
                pool.install(|| ner.process_batch(&mut ds));
                let secs = t0.elapsed().as_secs_f64();
                if round > 0 {
                    rates.push(items.len() as f64 / secs); // round 0 warms up
                }
                last = ds;
            }
            rates.sort_by(f64::total_cmp);
            let (p, r, f) = agreement(&predicted(&last), items);
            println!(
                "threads {n}  {name:<9} {} sentences ({:.1} words each): {:.0} sentences/s (median of 3; {:.0}-{:.0}); agreement with spaCy sm P {p:.3} R {r:.3} F1 {f:.3}",
                items.len(),
                words as f64 / items.len() as f64,
                rates[1],
                rates[0],
                rates[2],
            );
        }
        let (failed, why) = ner.failures();
        if failed > 0 {
            println!("  {failed} sentences failed: {}", why.unwrap_or_default());
        }
    }
}
