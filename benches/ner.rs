//! Throughput of the embedded spaCy port (tokenize, tag, parse, lemmatize,
//! NER) on the parity corpus (news sentences, each parsed on its own),
//! reported by criterion in elements = sentences per second.
//!
//! `cargo bench --bench ner`; `scripts/bench_ner.sh` compares with spaCy.

use attache::ner::spacy::{Options, SpacyModel};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use flate2::read::GzDecoder;
use std::hint::black_box;
use std::io::{BufRead, BufReader};

fn sentences() -> Vec<String> {
    let file = std::fs::File::open("tests/data/spacy/parity.jsonl.gz").expect("parity fixtures");
    BufReader::new(GzDecoder::new(file))
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(&l.expect("line")).expect("json");
            v["text"].as_str().expect("text").to_string()
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let owned = sentences();
    let texts: Vec<&str> = owned.iter().map(String::as_str).collect();
    let model = SpacyModel::shared().expect("embedded model");
    let mut g = c.benchmark_group("spacy_sm");
    g.throughput(Throughput::Elements(texts.len() as u64));
    g.sample_size(10);
    g.bench_function("full", |b| {
        b.iter(|| black_box(model.analyze(&texts, Options::default())))
    });
    g.bench_function("no_parser", |b| {
        let opts = Options {
            parse: false,
            ner: true,
        };
        b.iter(|| black_box(model.analyze(&texts, opts)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
