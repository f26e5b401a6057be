//! End-to-end on the four seeds (spaCy fixtures → actors → events → records)
//! scored against tests/data/gold with the DESIGN.md §4 rules.

mod common;

use attache::actors::ActorCoder;
use attache::events::{EventExtractor, event_records};
use attache::pipeline::Pipeline;

#[test]
fn seeds_meet_dev_targets() {
    let pipe = Pipeline::new()
        .with(ActorCoder::new())
        .with(EventExtractor::new());
    let mut pred = Vec::new();
    for mut doc in common::fixture::load("tests/data/events/seeds.json") {
        pipe.process(&mut doc);
        for r in event_records(&doc) {
            println!(
                "{} s{} {} {:?} trig={:?} A={:?} R={:?} date={:?} {} {:.2}",
                &r.doc_id[..3],
                r.sentence.index,
                r.event_type,
                r.mode,
                r.trigger.text,
                r.actor
                    .iter()
                    .map(|a| (a.name.as_str(), a.country.as_deref()))
                    .collect::<Vec<_>>(),
                r.recipient
                    .iter()
                    .map(|a| (a.name.as_str(), a.country.as_deref()))
                    .collect::<Vec<_>>(),
                r.date
                    .as_ref()
                    .map(|d| (d.text.as_str(), d.value.as_deref())),
                r.modality,
                r.score
            );
            pred.push(serde_json::to_value(&r).unwrap());
        }
    }
    let gold = common::score::read_jsonl("tests/data/gold/events.jsonl");
    let report = common::score::score(&gold, &pred);
    println!("{}", report.table());
    let d = report.detection_total().f1();
    let a = report.arguments_total().f1();
    assert!(d >= 0.75, "event detection F1 {d:.3} < 0.75");
    assert!(a >= 0.65, "argument F1 {a:.3} < 0.65");
}
