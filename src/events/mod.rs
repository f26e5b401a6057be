//! Event extraction (DESIGN.md §1 "events", §2 ontology, §3 record):
//! triggers from attache's lexicon and the CAMEO verb patterns, PLOVER
//! types by rule, arguments from the dependency parse and the actor layer,
//! dates resolved against the publication date, modality.
//!
//! Reads `Doc::sentences`, `Doc::zones`, `Doc::tokens`, `Doc::entities` and
//! `Doc::actors` (run [`crate::actors::ActorCoder`] first); writes
//! `Doc::events`.

pub mod dates;
mod extract;
mod headline;
pub mod lexicon;
pub mod model;
pub mod record;

pub use record::{EventRecord, event_records};

use crate::actors::tree::Tree;
use crate::doc::Doc;
use crate::pipeline::Component;

/// The "events" component: the rules, and the trained event model deciding
/// over their candidates when one is set.
#[derive(Clone, Debug, Default)]
pub struct EventExtractor {
    /// Keep negated and hypothetical events (with their modality) instead of
    /// dropping them; useful for training data.
    pub keep_unreal: bool,
    /// The event model; `None` runs the rules alone.
    pub model: Option<std::sync::Arc<model::EventModel>>,
}

impl EventExtractor {
    /// The rules alone.
    pub fn new() -> Self {
        std::sync::LazyLock::force(&lexicon::LEXICON);
        EventExtractor::default()
    }

    /// The rules with the embedded (default) event model.
    pub fn with_default_model() -> Self {
        EventExtractor {
            model: model::EventModel::embedded(),
            ..EventExtractor::new()
        }
    }
}

impl Component for EventExtractor {
    fn name(&self) -> &'static str {
        "events"
    }

    fn process(&self, doc: &mut Doc) {
        if doc.tokens.is_empty() || doc.sentences.is_empty() {
            doc.events = Vec::new();
            return;
        }
        if let Some(m) = &self.model {
            let prepared = model::prepare(doc);
            doc.events = model::decide::decide(doc, &prepared, m, self.keep_unreal);
            return;
        }
        let events = {
            let t = Tree::new(doc);
            let mut x = extract::Extractor::new(doc, &t);
            x.keep_unreal = self.keep_unreal;
            x.run()
        };
        doc.events = events;
    }
}
