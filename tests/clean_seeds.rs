//! The cleaner on the seed articles: publication dates agree with the gold
//! documents, the expected zones are found, and no gold event trigger falls
//! inside a zone that later stages would skip.

use attache::Doc;
use attache::clean::Cleaner;
use attache::doc::ZoneKind;
use attache::pipeline::Component;
use chrono::NaiveDate;
use serde_json::Value;
use std::collections::HashMap;
use std::fs;

fn jsonl(path: &str) -> Vec<Value> {
    fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{path}: {e}")))
        .collect()
}

fn cleaned(id: &str) -> Doc {
    let text = fs::read_to_string(format!("seeds/{id}.txt")).expect("seed text");
    let mut doc = Doc::new(id, text);
    Cleaner::new().process(&mut doc);
    doc
}

fn zones(doc: &Doc) -> Vec<(ZoneKind, &str)> {
    doc.zones
        .iter()
        .map(|z| (z.kind, doc.slice(z.span)))
        .collect()
}

#[test]
fn header_dates_match_gold() {
    for gold in jsonl("tests/data/gold/docs.jsonl") {
        let id = gold["doc_id"].as_str().expect("doc_id");
        let want = gold["date"]
            .as_str()
            .map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("gold date"));
        assert_eq!(cleaned(id).date, want, "{id}");
    }
}

#[test]
fn seed_zones() {
    let d = cleaned("001_d83e82a190b96c83");
    assert_eq!(
        zones(&d),
        [
            (ZoneKind::Dateline, "date 2023-09-08 VIETNAM, September 8 -"),
            (ZoneKind::Dateline, "HÀ NỘI —"),
            (ZoneKind::Byline, "— VNS"),
        ]
    );
    let d = cleaned("002_1279a95556bda309");
    let z = zones(&d);
    let nav: Vec<&str> = z
        .iter()
        .filter(|(k, _)| *k == ZoneKind::Navigation)
        .map(|(_, s)| *s)
        .collect();
    assert_eq!(
        nav,
        [
            "1. Site Top",
            "2. About Us",
            "3. JETRO Topics",
            "4. MOC signed between Laotian Government and JETRO"
        ]
    );
    let captions = z.iter().filter(|(k, _)| *k == ZoneKind::Caption).count();
    assert_eq!(captions, 2);
    // The numbered goals are content, not navigation.
    assert!(!z.iter().any(|(_, s)| s.contains("Promoting trade")));
    for id in ["000_a94cfa9b71a982a4", "003_bf8ed32e9bbe215f"] {
        assert!(cleaned(id).zones.is_empty(), "{id}");
    }
}

#[test]
fn gold_triggers_lie_outside_zones() {
    let mut docs: HashMap<String, Doc> = HashMap::new();
    for ev in jsonl("tests/data/gold/events.jsonl") {
        let id = ev["doc_id"].as_str().expect("doc_id").to_string();
        let doc = docs.entry(id.clone()).or_insert_with(|| cleaned(&id));
        let ix = doc.char_index();
        let start = ix.byte_of(ev["trigger"]["start"].as_u64().expect("start") as usize);
        let end = ix.byte_of(ev["trigger"]["end"].as_u64().expect("end") as usize);
        let trigger = attache::doc::Span::new(start, end);
        assert_eq!(
            doc.zone_of(trigger),
            None,
            "{id}: trigger {:?} inside a zone",
            doc.slice(trigger)
        );
    }
}
