//! Actor coding (DESIGN.md §1 "actors"): entity spans and agent-noun
//! phrases become coded actors — country, sector, office, canonical name —
//! and within a document short forms, pronouns and "both sides" resolve to
//! what they stand for.
//!
//! Reads `Doc::sentences`, `Doc::tokens` (with parse) and `Doc::entities`;
//! writes `Doc::actors`.

pub mod dict;
mod mention;
mod quotes;
mod resolve;
pub mod tree;

use crate::doc::{Actor, Doc};
use crate::pipeline::Component;
use serde::Serialize;

/// The "actors" component.
#[derive(Clone, Debug, Default)]
pub struct ActorCoder;

impl ActorCoder {
    pub fn new() -> Self {
        // Parse the embedded dictionaries now rather than inside the first batch.
        std::sync::LazyLock::force(&dict::ACTORS);
        std::sync::LazyLock::force(&dict::AGENTS_DICT);
        ActorCoder
    }
}

impl Component for ActorCoder {
    fn name(&self) -> &'static str {
        "actors"
    }

    fn process(&self, doc: &mut Doc) {
        doc.actors = code_actors(doc);
    }
}

/// All actor mentions of a document, coded and resolved.
pub fn code_actors(doc: &Doc) -> Vec<Actor> {
    if doc.tokens.is_empty() || doc.sentences.is_empty() {
        return Vec::new();
    }
    let t = tree::Tree::new(doc);
    let home = mention::home_country(doc, &t);
    let mut found = mention::find_mentions(doc, &t, home.as_deref());
    resolve::resolve(doc, &t, &mut found, home.as_deref());
    let speakers = quotes::quote_speakers(doc, &t, &found);
    resolve::resolve_first_person(doc, &t, &mut found, &speakers);
    found
        .into_iter()
        .map(|m| {
            let mut a = m.actor;
            if !m.tokens.is_empty() {
                let lo = doc.tokens[m.tokens.start].span.start.min(a.span.start);
                let hi = doc.tokens[m.tokens.end - 1].span.end.max(a.span.end);
                a.phrase = crate::doc::Span::new(lo, hi);
            } else {
                a.phrase = a.span;
            }
            a
        })
        .collect()
}

/// Serializable view of one actor mention for document JSONL (code-point
/// offsets).
#[derive(Clone, Debug, Serialize)]
pub struct ActorView {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub kind: &'static str,
    pub entity: Option<&'static str>,
    pub name: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub office: Option<String>,
    pub score: f32,
    /// Indexes (into this list) of the mentions this one stands for.
    pub refers: Vec<usize>,
}

/// The actor layer of a document, ready for document JSONL.
pub fn actor_views(doc: &Doc) -> Vec<ActorView> {
    let ix = doc.char_index();
    doc.actors
        .iter()
        .map(|a| {
            let (start, end) = ix.chars(a.span);
            ActorView {
                text: doc.slice(a.span).to_string(),
                start,
                end,
                sentence: a.sentence,
                kind: a.kind.as_str(),
                entity: a.label.map(|l| l.as_str()),
                name: a.name.clone(),
                country: a.country.clone(),
                sector: a.sector.clone(),
                office: a.office.clone(),
                score: a.score,
                refers: a.refers.clone(),
            }
        })
        .collect()
}
