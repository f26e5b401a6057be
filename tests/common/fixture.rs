//! Builds `Doc`s from the spaCy fixtures in tests/data/events (made by
//! scripts/make_event_fixtures.py), standing in for the Rust tokenizer,
//! parser and NER until they are on main.

use attache::Doc;
use attache::doc::{Entity, EntityLabel, Sentence, Span, Token, Zone, ZoneKind};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::Mutex;

/// Tags and labels are `&'static str` in `Token`; fixtures intern them.
fn intern(s: &str) -> &'static str {
    static POOL: Mutex<Option<HashMap<String, &'static str>>> = Mutex::new(None);
    let mut g = POOL.lock().unwrap();
    let map = g.get_or_insert_with(HashMap::new);
    if let Some(v) = map.get(s) {
        return v;
    }
    let v: &'static str = Box::leak(s.to_string().into_boxed_str());
    map.insert(s.to_string(), v);
    v
}

pub fn load(path: &str) -> Vec<Doc> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let v: Value = serde_json::from_str(&text).unwrap();
    v["docs"].as_array().unwrap().iter().map(doc_from).collect()
}

fn doc_from(d: &Value) -> Doc {
    let mut doc = Doc::new(d["id"].as_str().unwrap(), d["text"].as_str().unwrap());
    doc.date = d["date"]
        .as_str()
        .and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
    let ix = doc.char_index().clone();
    let span = |a: &Value, b: &Value| {
        Span::new(
            ix.byte_of(a.as_u64().unwrap() as usize),
            ix.byte_of(b.as_u64().unwrap() as usize),
        )
    };
    for t in d["tokens"].as_array().unwrap() {
        let t = t.as_array().unwrap();
        doc.tokens.push(Token {
            span: span(&t[0], &t[1]),
            space_after: t[2].as_bool().unwrap(),
            tag: intern(t[3].as_str().unwrap()),
            pos: intern(t[4].as_str().unwrap()),
            lemma: t[5].as_str().unwrap().into(),
            head: t[6].as_u64().unwrap() as usize,
            dep: intern(t[7].as_str().unwrap()),
        });
    }
    for s in d["sentences"].as_array().unwrap() {
        let s = s.as_array().unwrap();
        let sp = span(&s[0], &s[1]);
        let lo = doc.tokens.partition_point(|t| t.span.start < sp.start);
        let hi = doc.tokens.partition_point(|t| t.span.start < sp.end);
        doc.sentences.push(Sentence {
            span: sp,
            tokens: lo..hi,
        });
    }
    for z in d["zones"].as_array().unwrap() {
        let z = z.as_array().unwrap();
        let kind = match z[2].as_str().unwrap() {
            "dateline" => ZoneKind::Dateline,
            "navigation" => ZoneKind::Navigation,
            _ => ZoneKind::Caption,
        };
        doc.zones.push(Zone {
            span: span(&z[0], &z[1]),
            kind,
        });
    }
    for e in d["entities"].as_array().unwrap() {
        let e = e.as_array().unwrap();
        doc.entities.push(Entity {
            span: span(&e[0], &e[1]),
            label: e[2].as_str().unwrap().parse::<EntityLabel>().unwrap(),
            score: 0.9,
        });
    }
    doc
}
