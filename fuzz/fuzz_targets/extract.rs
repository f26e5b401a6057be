//! Any UTF-8 text, with an optional publication date, through the whole
//! pipeline exactly as `attache extract --ner sm` composes it: cleaner,
//! segmenter, embedded spaCy model, gazetteer, actor coder, event extractor
//! and linker, then the event and document records it writes. No panic, no
//! stall (libFuzzer's -timeout), and every span it reports lies on char
//! boundaries inside the text.
//!
//! Input: the text, or "@DATE\n" followed by the text, where DATE is read as
//! the reader reads a JSONL `date` field ("2024-03-06", "+262142-12-31", a
//! timestamp); an unreadable DATE leaves the document undated.
#![no_main]

use attache::Doc;
use attache::pipeline::{self, Pipeline};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        pipeline::segmentation()
            .with(attache::ner::spacy::SpacyPipeline::new().expect("embedded model loads"))
            .with(attache::ner::gazetteer::Gazetteer)
            .with(attache::actors::ActorCoder::new())
            .with(attache::events::EventExtractor { keep_unreal: false })
            .with(attache::link::Linker)
    })
}

fn check_span(text: &str, s: attache::doc::Span, what: &str) {
    assert!(
        s.start <= s.end && s.end <= text.len(),
        "{what} {s:?} outside the text"
    );
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what} {s:?} not on char boundaries"
    );
}

fuzz_target!(|input: &str| {
    let (date, text) = match input.strip_prefix('@').and_then(|r| r.split_once('\n')) {
        Some((d, rest)) => (attache::read::parse_date(d), rest),
        None => (None, input),
    };
    let mut doc = Doc::new("fuzz", text);
    doc.date = date;
    pipeline().process(&mut doc);
    assert_eq!(doc.text, text, "no stage edits the text");
    for s in &doc.sentences {
        check_span(text, s.span, "sentence");
        for t in &doc.tokens[s.tokens.clone()] {
            assert!(
                s.span.contains(t.span),
                "token {:?} leaves its sentence",
                t.span
            );
        }
    }
    for t in &doc.tokens {
        check_span(text, t.span, "token");
    }
    for e in &doc.entities {
        check_span(text, e.span, "entity");
    }
    for a in &doc.actors {
        check_span(text, a.span, "actor");
        check_span(text, a.phrase, "actor phrase");
    }
    for e in &doc.events {
        check_span(text, e.trigger, "trigger");
    }
    // What `extract` writes: events, and with --docs the document record.
    for r in attache::events::record::event_records_with(&doc, "en_core_web_sm-3.8.0") {
        serde_json::to_string(&r).expect("event record serializes");
    }
    serde_json::to_string(&attache::write::DocRecord::new(
        &doc,
        "en_core_web_sm-3.8.0",
    ))
    .expect("document record serializes");
});
