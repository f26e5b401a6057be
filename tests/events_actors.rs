//! Actor coding on the seed fixtures and own sentences.

mod common;

use attache::actors::ActorCoder;
use attache::pipeline::Component;

#[test]
fn dump_seed_actors() {
    let coder = ActorCoder::new();
    for mut doc in common::fixture::load("tests/data/events/seeds.json") {
        coder.process(&mut doc);
        println!("== {}", doc.id);
        for a in &doc.actors {
            println!(
                "  s{} {:?} {:?} -> {} {:?} {:?} {:?} {:.2} {:?}",
                a.sentence,
                a.kind,
                doc.slice(a.span),
                a.name,
                a.country,
                a.sector,
                a.office,
                a.score,
                a.refers
            );
        }
    }
}
