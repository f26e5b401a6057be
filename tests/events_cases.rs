//! Own sentences (tests/data/events/cases.jsonl): hostile types and every
//! region. Each case lists the events it reports by type with actor and
//! recipient countries; the test prints every miss and asserts overall
//! type accuracy and actor-country accuracy, plus exact results for the
//! negative cases (negation, background, hypothetical).

mod common;

use attache::events::event_records;
use serde_json::Value;
use std::collections::HashMap;

fn countries(v: &[attache::events::record::ActorArg]) -> Vec<String> {
    let mut c: Vec<String> = v.iter().filter_map(|a| a.country.clone()).collect();
    c.sort();
    c.dedup();
    c
}

#[test]
fn hostile_and_regional_cases() {
    let expect: HashMap<String, Value> = std::fs::read_to_string("tests/data/events/cases.jsonl")
        .unwrap()
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            (v["id"].as_str().unwrap().to_string(), v["expect"].clone())
        })
        .collect();
    let cases: Vec<Value> = std::fs::read_to_string("tests/data/events/cases.jsonl")
        .unwrap()
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let pipe = common::pipeline::full();
    let (mut types_ok, mut types_all, mut actors_ok, mut negatives_ok, mut negatives) =
        (0, 0, 0, 0, 0);
    let mut recipients_ok = 0;
    let mut by_type: HashMap<String, (usize, usize)> = HashMap::new();
    for case in &cases {
        let doc = common::pipeline::analyse(
            &pipe,
            case["id"].as_str().unwrap(),
            case["text"].as_str().unwrap(),
            case["date"].as_str(),
        );
        let recs = event_records(&doc);
        let want = expect[&doc.id].as_array().unwrap().clone();
        if want.is_empty() {
            negatives += 1;
            if recs.is_empty() {
                negatives_ok += 1;
            } else {
                println!(
                    "FP {}: {:?}",
                    doc.id,
                    recs.iter().map(|r| r.event_type).collect::<Vec<_>>()
                );
            }
            continue;
        }
        for w in want {
            let ty = w["type"].as_str().unwrap();
            let wa: Vec<String> = w["actor"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_str().unwrap().to_string())
                .collect();
            types_all += 1;
            let e = by_type.entry(ty.to_string()).or_default();
            e.1 += 1;
            match recs.iter().find(|r| r.event_type == ty) {
                Some(r) => {
                    types_ok += 1;
                    e.0 += 1;
                    let got = countries(&r.actor);
                    let wr: Vec<String> = w["recipient"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|x| x.as_str().unwrap().to_string())
                        .collect();
                    let gr = countries(&r.recipient);
                    if wr.iter().all(|c| gr.contains(c)) {
                        recipients_ok += 1;
                    } else {
                        println!("RECIPIENT {} {ty}: want {wr:?} got {gr:?}", doc.id);
                    }
                    if wa.iter().all(|c| got.contains(c)) {
                        actors_ok += 1;
                    } else {
                        println!(
                            "ACTOR {} {ty}: want {wa:?} got {got:?} (R {:?})",
                            doc.id,
                            countries(&r.recipient)
                        );
                    }
                }
                None => println!(
                    "MISS {} {ty}: got {:?}",
                    doc.id,
                    recs.iter()
                        .map(|r| (
                            r.event_type,
                            r.trigger.text.clone(),
                            countries(&r.actor),
                            countries(&r.recipient)
                        ))
                        .collect::<Vec<_>>()
                ),
            }
        }
    }
    let mut rows: Vec<_> = by_type.into_iter().collect();
    rows.sort();
    for (ty, (ok, n)) in rows {
        println!("{ty:<10} {ok}/{n}");
    }
    println!(
        "types {types_ok}/{types_all}, actors {actors_ok}/{types_ok}, recipients {recipients_ok}/{types_ok}, negatives {negatives_ok}/{negatives}"
    );
    let acc = types_ok as f64 / types_all as f64;
    assert!(acc >= 0.7, "event types found for {acc:.2} of cases");
    assert!(
        actors_ok as f64 >= 0.8 * types_ok as f64,
        "actor countries right for {actors_ok}/{types_ok}"
    );
    assert!(
        recipients_ok as f64 >= 0.6 * types_ok as f64,
        "recipient countries right for {recipients_ok}/{types_ok}"
    );
    assert_eq!(
        negatives_ok, negatives,
        "negated/background/hypothetical sentences gave events"
    );
}
