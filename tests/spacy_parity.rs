//! Parity of the Rust port with spaCy's own `en_core_web_sm` output.
//!
//! `tests/data/spacy/parity.jsonl.gz` holds, for every sentence of the
//! fixture corpus (seed articles, hand-written and template news
//! sentences), spaCy 3.8's tokens, tags, POS, lemmas, heads, dependency
//! labels and entities, each sentence parsed on its own. It is written by
//! `scripts/convert_spacy.py`; no Python runs here.

use attache::ner::spacy::{Options, SpacyModel};
use flate2::read::GzDecoder;
use serde::Deserialize;
use std::collections::HashSet;
use std::io::{BufRead, BufReader};

#[derive(Deserialize)]
struct Record {
    text: String,
    tokens: Vec<(usize, usize, bool)>,
    tags: Vec<String>,
    pos: Vec<String>,
    lemmas: Vec<String>,
    heads: Vec<usize>,
    deps: Vec<String>,
    ents: Vec<(usize, usize, String)>,
}

fn records() -> Vec<Record> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/spacy/parity.jsonl.gz"
    );
    let file = std::fs::File::open(path).expect("parity fixtures");
    BufReader::new(GzDecoder::new(file))
        .lines()
        .map(|l| serde_json::from_str(&l.expect("readable fixture")).expect("valid fixture"))
        .collect()
}

/// Byte offset → code-point offset within one sentence.
fn char_of(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

#[derive(Default)]
struct Rate {
    hit: usize,
    total: usize,
}

impl Rate {
    fn add(&mut self, hit: bool) {
        self.hit += usize::from(hit);
        self.total += 1;
    }
    fn value(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.hit as f64 / self.total as f64
        }
    }
}

#[test]
fn parity_with_spacy() {
    let recs = records();
    assert!(
        recs.len() >= 300,
        "fixture corpus has {} sentences",
        recs.len()
    );
    let model = SpacyModel::shared().expect("embedded model loads");
    let texts: Vec<&str> = recs.iter().map(|r| r.text.as_str()).collect();
    let got = model.analyze(&texts, Options::default());

    let (mut tokens, mut tags, mut pos, mut lemmas, mut heads, mut deps) = Default::default();
    let (mut ent_hit, mut ent_got, mut ent_want) = (0usize, 0usize, 0usize);
    let mut sentences_identical = Rate::default();
    for (r, a) in recs.iter().zip(&got) {
        let spans: Vec<(usize, usize, bool)> = a
            .tokens
            .iter()
            .map(|t| {
                (
                    char_of(&r.text, t.start),
                    char_of(&r.text, t.end),
                    t.space_after,
                )
            })
            .collect();
        // Tokens: expected tokens reproduced exactly (span and space flag),
        // counted against the larger of the two token counts.
        let want: HashSet<_> = r.tokens.iter().copied().collect();
        let same = spans.iter().filter(|s| want.contains(s)).count();
        let rate: &mut Rate = &mut tokens;
        rate.hit += same;
        rate.total += spans.len().max(r.tokens.len());
        let aligned = spans == r.tokens;
        let mut identical = aligned;
        if aligned {
            for i in 0..spans.len() {
                let add = |rate: &mut Rate, ok: bool, what: &str, identical: &mut bool| {
                    rate.add(ok);
                    if !ok {
                        *identical = false;
                        if std::env::var_os("PARITY_VERBOSE").is_some() {
                            eprintln!("{what} differs at token {i} of {:?}", r.text);
                        }
                    }
                };
                add(&mut tags, a.tags[i] == r.tags[i], "tag", &mut identical);
                add(&mut pos, a.pos[i] == r.pos[i], "pos", &mut identical);
                add(
                    &mut lemmas,
                    a.lemmas[i] == r.lemmas[i],
                    "lemma",
                    &mut identical,
                );
                add(&mut heads, a.heads[i] == r.heads[i], "head", &mut identical);
                add(&mut deps, a.deps[i] == r.deps[i], "dep", &mut identical);
            }
        }
        let want_ents: HashSet<(usize, usize, &str)> = r
            .ents
            .iter()
            .map(|(s, e, l)| (*s, *e, l.as_str()))
            .collect();
        let got_ents: Vec<(usize, usize, &str)> = a
            .entities
            .iter()
            .map(|e| {
                let start = a.tokens[e.start].start;
                let end = a.tokens[e.end - 1].end;
                (
                    char_of(&r.text, start),
                    char_of(&r.text, end),
                    e.label.as_str(),
                )
            })
            .collect();
        let hit = got_ents.iter().filter(|e| want_ents.contains(e)).count();
        if hit != got_ents.len() || hit != want_ents.len() {
            identical = false;
            if std::env::var_os("PARITY_VERBOSE").is_some() {
                eprintln!(
                    "entities differ in {:?}\n  got  {got_ents:?}\n  want {:?}",
                    r.text, r.ents
                );
            }
        }
        ent_hit += hit;
        ent_got += got_ents.len();
        ent_want += want_ents.len();
        sentences_identical.add(identical);
        for e in &a.entities {
            assert!((0.0..=1.0).contains(&e.score), "entity score {}", e.score);
        }
    }
    let (p, rc) = (
        ent_hit as f64 / ent_got.max(1) as f64,
        ent_hit as f64 / ent_want.max(1) as f64,
    );
    let ent_f = if p + rc > 0.0 {
        2.0 * p * rc / (p + rc)
    } else {
        0.0
    };
    println!(
        "parity over {} sentences: tokens {:.4} ({} of {}), entities F {:.4} (P {:.4} R {:.4}, {} expected), \
         heads {:.4}, deps {:.4}, tags {:.4}, pos {:.4}, lemmas {:.4}, fully identical sentences {:.4}",
        recs.len(),
        tokens.value(),
        tokens.hit,
        tokens.total,
        ent_f,
        p,
        rc,
        ent_want,
        heads.value(),
        deps.value(),
        tags.value(),
        pos.value(),
        lemmas.value(),
        sentences_identical.value()
    );
    assert!(tokens.value() >= 0.995, "token parity {}", tokens.value());
    assert!(ent_f >= 0.99, "entity parity {ent_f}");
    assert!(heads.value() >= 0.99, "head parity {}", heads.value());
    assert!(
        deps.value() >= 0.99,
        "dependency label parity {}",
        deps.value()
    );
    assert!(tags.value() >= 0.99, "tag parity {}", tags.value());
    assert!(lemmas.value() >= 0.99, "lemma parity {}", lemmas.value());
}
