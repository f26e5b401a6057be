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

/// CPU time this process has used (all threads), from /proc/self/stat:
/// on a shared machine, sentences per CPU-second estimate what one idle
/// core would do when wall-clock rates are disturbed by other work.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the parenthesised command name; utime and stime are the
    // 14th and 15th fields of the whole line, in clock ticks (100 per second).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let tick = |i: usize| f.get(i).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0);
    (tick(11) + tick(12)) / 100.0
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
            // Round 0 warms up and sizes the timed rounds to about 2 s each.
            let mut ds = docs(items);
            let t0 = Instant::now();
            pool.install(|| ner.process_batch(&mut ds));
            let reps = (2.0 / t0.elapsed().as_secs_f64()).ceil().clamp(1.0, 200.0) as usize;
            let (mut rates, mut cpu_rates) = (Vec::new(), Vec::new());
            for _ in 0..3 {
                let (t0, c0) = (Instant::now(), cpu_seconds());
                for _ in 0..reps {
                    let mut ds = docs(items);
                    pool.install(|| ner.process_batch(&mut ds));
                }
                let n = (reps * items.len()) as f64;
                rates.push(n / t0.elapsed().as_secs_f64());
                cpu_rates.push(n / (cpu_seconds() - c0).max(1e-9));
            }
            rates.sort_by(f64::total_cmp);
            cpu_rates.sort_by(f64::total_cmp);
            let (p, r, f) = agreement(&predicted(&ds), items);
            println!(
                "threads {n}  {name:<9} {} sentences ({:.1} words each): {:.0} sentences/s wall (median of 3: {:.0}-{:.0}), {:.0} per CPU-second; agreement with spaCy sm P {p:.3} R {r:.3} F1 {f:.3}",
                items.len(),
                words as f64 / items.len() as f64,
                rates[1],
                rates[0],
                rates[2],
                cpu_rates[1],
            );
        }
        let (failed, why) = ner.failures();
        if failed > 0 {
            println!("  {failed} sentences failed: {}", why.unwrap_or_default());
        }
    }
}
