//! The extract pipeline, composed in one place: the CLI, the training code
//! and any binding build it through these functions, so they all run the
//! same stages in the same order.

use crate::error::{Error, Result};
use crate::events::EventExtractor;
use crate::events::model::EventModel;
use crate::pipeline::{self, Pipeline};
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::Arc;

/// Which event stage `extract` runs (`--events`).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum EventsChoice {
    /// The rules with the embedded trained model deciding (the default).
    #[default]
    Model,
    /// The hand-written rules alone.
    Rules,
    /// The rules with a model folder written by `attache train`.
    Dir(PathBuf),
}

impl FromStr for EventsChoice {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "" => Err("--events needs `model`, `rules` or a model folder".into()),
            "model" | "default" => Ok(EventsChoice::Model),
            "rules" => Ok(EventsChoice::Rules),
            dir => Ok(EventsChoice::Dir(PathBuf::from(dir))),
        }
    }
}

impl EventsChoice {
    /// The model this choice names, loaded (`None` for the rules alone).
    pub fn load(&self) -> Result<Option<Arc<EventModel>>> {
        match self {
            EventsChoice::Rules => Ok(None),
            EventsChoice::Model => EventModel::embedded().map(Some).ok_or_else(|| Error::Model {
                path: PathBuf::from("models/events"),
                message: "the embedded event model is missing or unreadable; rebuild, or pass --events rules".into(),
            }),
            EventsChoice::Dir(d) => EventModel::load(d).map(|m| Some(Arc::new(m))),
        }
    }

    /// A short name for logs and the run label.
    pub fn name(&self) -> String {
        match self {
            EventsChoice::Model => "model".into(),
            EventsChoice::Rules => "rules".into(),
            EventsChoice::Dir(d) => d.display().to_string(),
        }
    }
}

/// Options of the stages after entity recognition.
#[derive(Clone, Debug, Default)]
pub struct EventOptions {
    pub keep_unreal: bool,
    pub events: EventsChoice,
}

/// The embedded recognizer stages: segmentation, spaCy sm (tokens, tags,
/// parse, entities) and the gazetteer.
pub fn recognition() -> Result<Pipeline> {
    Ok(pipeline::segmentation()
        .with(crate::ner::spacy::SpacyPipeline::new()?)
        .with(crate::ner::gazetteer::Gazetteer))
}

/// The stages before the events: recognition and actor coding. Training
/// runs these, then the event model's own preparation.
pub fn before_events() -> Result<Pipeline> {
    Ok(recognition()?.with(crate::actors::ActorCoder::new()))
}

/// Appends actors, events and cross-article links to a pipeline that has
/// recognised entities.
pub fn events_stages(p: Pipeline, opts: &EventOptions) -> Result<Pipeline> {
    let events = EventExtractor {
        keep_unreal: opts.keep_unreal,
        model: opts.events.load()?,
    };
    std::sync::LazyLock::force(&crate::events::lexicon::LEXICON);
    Ok(p.with(crate::actors::ActorCoder::new())
        .with(events)
        .with(crate::link::Linker))
}

/// The whole default `extract` pipeline with the embedded recognizer.
pub fn extract(opts: &EventOptions) -> Result<Pipeline> {
    events_stages(recognition()?, opts)
}
