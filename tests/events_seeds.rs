//! End-to-end on the four seeds (read → clean → segment → spaCy port →
//! actors → events → records) scored against tests/data/gold with
//! `attache eval`'s scorer (DESIGN.md §4).

mod common;

use attache::eval::{Options, load_gold, load_predictions_for, score};
use attache::events::event_records;
use attache::write::JsonlWriter;
use std::path::Path;

#[test]
fn seeds_meet_dev_targets() {
    let pipe = common::pipeline::full();
    let dir = tempfile::tempdir().unwrap();
    let pred_path = dir.path().join("events.jsonl");
    let mut out = JsonlWriter::create(&pred_path).unwrap();
    for doc in common::pipeline::seeds(&pipe) {
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
            out.write(&r).unwrap();
        }
    }
    out.finish().unwrap();
    let gold = load_gold(Path::new("tests/data/gold")).unwrap();
    let pred = load_predictions_for(&gold, &pred_path, None).unwrap();
    let report = score(&gold, &pred, &Options::default());
    println!("{report}");
    let d = report.events.micro.f1;
    let a = report.arguments.micro.f1;
    assert!(d >= 0.75, "event detection F1 {d:.3} < 0.75");
    assert!(a >= 0.65, "argument F1 {a:.3} < 0.65");
}
