//! Throughput of the cleaner and the segmenter on the seed articles,
//! repeated to about 1 MB, reported by criterion in bytes per second.
//!
//! `cargo bench --bench segment`

use attache::Doc;
use attache::clean::Cleaner;
use attache::pipeline::Component;
use attache::segment::Segmenter;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

/// The four seeds, as separate articles, repeated to at least `bytes`.
fn corpus(bytes: usize) -> Vec<String> {
    let mut seeds: Vec<String> = std::fs::read_dir("seeds")
        .expect("seeds folder")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| std::fs::read_to_string(e.path()).expect("seed text"))
        .collect();
    seeds.sort();
    let mut out = Vec::new();
    let mut total = 0;
    while total < bytes {
        for s in &seeds {
            total += s.len();
            out.push(s.clone());
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let docs = corpus(1 << 20);
    let bytes: usize = docs.iter().map(String::len).sum();
    let seg = Segmenter::new();
    let cleaner = Cleaner::new();
    // One big text as well: the segmenter must stay linear on it.
    let joined = docs.join("\n\n");

    let mut g = c.benchmark_group("seeds_1MB");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("segment", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| seg.split(black_box(d)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("clean", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| cleaner.analyze(black_box(d)).zones.len())
                .sum::<usize>()
        })
    });
    g.bench_function("clean+segment", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    let mut doc = Doc::new("b", d.as_str());
                    cleaner.process(&mut doc);
                    seg.process(&mut doc);
                    doc.sentences.len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("segment_one_text", |b| {
        b.iter(|| seg.split(black_box(&joined)).len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
