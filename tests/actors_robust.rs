//! The actor and event stages take entities from any recognizer (the
//! embedded model or an ONNX one), so entity spans need not line up with
//! the embedded tokenizer's tokens. Odd spans must never panic.

mod common;

use attache::doc::{Entity, EntityLabel, Span};
use attache::pipeline::Component;

#[test]
fn entities_that_do_not_match_tokens_never_panic() {
    let pipe = common::pipeline::full();
    let text = "The Ministry of Commerce's envoy met Japan's ambassador, Mr. Ito, in Phnom Penh on Monday.";
    let base = common::pipeline::analyse(&pipe, "odd", text, Some("2024-01-10"));
    let find = |s: &str| text.find(s).unwrap();
    let odd = [
        Span::new(find("'s envoy"), find("'s envoy") + 2), // only a possessive
        Span::new(find(", Mr."), find(", Mr.") + 1),       // only punctuation
        Span::new(find("Commerce") + 3, find("Commerce") + 6), // inside a word
        Span::new(find("The"), find("The") + 3),           // only a determiner
        Span::new(find(" met"), find(" met") + 1),         // only a space
        Span::new(0, text.len()),                          // the whole text
        Span::new(text.len(), text.len()),                 // empty, at the end
    ];
    for span in odd {
        let mut doc = base.clone();
        doc.entities = vec![Entity {
            span,
            label: EntityLabel::Org,
            score: 0.5,
        }];
        attache::actors::ActorCoder::new().process(&mut doc);
        attache::events::EventExtractor::new().process(&mut doc);
        attache::link::Linker.process(&mut doc);
        let records = attache::events::event_records(&doc);
        for r in records {
            assert!(r.trigger.start < r.trigger.end, "{span:?}");
        }
    }
}
