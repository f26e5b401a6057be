//! The events JSONL record (DESIGN.md §3): code-point offsets, PLOVER field
//! names, ids "{doc_id}:e{n}".

use crate::doc::{Argument, Doc, Event};
use serde::Serialize;

pub const SCHEMA: &str = "attache-events/1";

#[derive(Clone, Debug, Serialize)]
pub struct TextSpan {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct SentenceRef {
    pub index: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct ActorArg {
    /// The mention in this sentence; null when only implied.
    pub text: Option<String>,
    pub start: Option<usize>,
    pub end: Option<usize>,
    pub entity: Option<&'static str>,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub office: Option<String>,
    pub name: String,
    pub score: f32,
}

#[derive(Clone, Debug, Serialize)]
pub struct DateArg {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub value: Option<String>,
    pub resolution: &'static str,
}

#[derive(Clone, Debug, Serialize)]
pub struct LocationArg {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub country: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PipelineMeta {
    pub version: &'static str,
    pub ner_model: String,
    pub schema: &'static str,
}

#[derive(Clone, Debug, Serialize)]
pub struct EventRecord {
    pub id: String,
    pub doc_id: String,
    pub event_type: &'static str,
    pub mode: Option<&'static str>,
    pub context: Vec<&'static str>,
    pub cameo: String,
    pub quad_code: u8,
    pub event_text: String,
    pub sentence: SentenceRef,
    pub trigger: TextSpan,
    pub actor: Vec<ActorArg>,
    pub recipient: Vec<ActorArg>,
    pub date: Option<DateArg>,
    pub event_loc: Option<LocationArg>,
    pub modality: &'static str,
    pub link: Option<String>,
    pub score: f32,
    pub pipeline: PipelineMeta,
}

fn round(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

fn arg(doc: &Doc, a: &Argument) -> ActorArg {
    let ix = doc.char_index();
    let actor = &doc.actors[a.actor];
    let (start, end) = match a.span {
        Some(sp) => {
            let (s, e) = ix.chars(sp);
            (Some(s), Some(e))
        }
        None => (None, None),
    };
    ActorArg {
        text: a.span.map(|sp| doc.slice(sp).to_string()),
        start,
        end,
        entity: actor.label.map(|l| l.as_str()),
        country: actor.country.clone(),
        sector: actor.sector.clone(),
        office: actor.office.clone(),
        name: actor.name.clone(),
        score: round(a.score),
    }
}

/// The records of a document's events, numbered in text order, with the
/// NER model named `ner_model` in the pipeline metadata.
pub fn event_records_with(doc: &Doc, ner_model: &str) -> Vec<EventRecord> {
    let ix = doc.char_index();
    doc.events
        .iter()
        .enumerate()
        .map(|(n, e): (usize, &Event)| {
            let sent = &doc.sentences[e.sentence];
            let (ss, se) = ix.chars(sent.span);
            let (ts, te) = ix.chars(e.trigger);
            EventRecord {
                id: format!("{}:e{}", doc.id, n + 1),
                doc_id: doc.id.clone(),
                event_type: e.event_type.as_str(),
                mode: e.mode,
                context: e.context.clone(),
                cameo: e.cameo.clone(),
                quad_code: e.event_type.quad_code(),
                event_text: doc.slice(sent.span).to_string(),
                sentence: SentenceRef {
                    index: e.sentence,
                    start: ss,
                    end: se,
                },
                trigger: TextSpan {
                    text: doc.slice(e.trigger).to_string(),
                    start: ts,
                    end: te,
                },
                actor: e.actor.iter().map(|a| arg(doc, a)).collect(),
                recipient: e.recipient.iter().map(|a| arg(doc, a)).collect(),
                date: e.date.as_ref().map(|d| {
                    let (s, en) = ix.chars(d.span);
                    DateArg {
                        text: doc.slice(d.span).to_string(),
                        start: s,
                        end: en,
                        value: d.value.clone(),
                        resolution: d.resolution.as_str(),
                    }
                }),
                event_loc: e.location.as_ref().map(|l| {
                    let (s, en) = ix.chars(l.span);
                    LocationArg {
                        text: doc.slice(l.span).to_string(),
                        start: s,
                        end: en,
                        country: l.country.clone(),
                    }
                }),
                modality: e.modality.as_str(),
                link: e.link.clone(),
                score: round(e.score),
                pipeline: PipelineMeta {
                    version: env!("CARGO_PKG_VERSION"),
                    ner_model: ner_model.to_string(),
                    schema: SCHEMA,
                },
            }
        })
        .collect()
}

/// The records of a document's events (NER model: spaCy en_core_web_sm).
pub fn event_records(doc: &Doc) -> Vec<EventRecord> {
    event_records_with(doc, "en_core_web_sm-3.8.0")
}
