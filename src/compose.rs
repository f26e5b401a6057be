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

/// Which entity layer `extract` writes (`--entities`).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum EntitiesChoice {
    /// The recognizer, the gazetteer and the embedded trained tagger (the
    /// default).
    #[default]
    Model,
    /// The recognizer with the gazetteer's corrections only.
    Gazetteer,
    /// The recognizer, the gazetteer and a tagger folder written by
    /// `attache train --component entities`.
    Dir(PathBuf),
}

impl FromStr for EntitiesChoice {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "" => Err("--entities needs `model`, `gazetteer` or a tagger folder".into()),
            "model" | "default" => Ok(EntitiesChoice::Model),
            "gazetteer" => Ok(EntitiesChoice::Gazetteer),
            dir => Ok(EntitiesChoice::Dir(PathBuf::from(dir))),
        }
    }
}

impl EntitiesChoice {
    /// The tagger stage this choice names (`None`: no tagger).
    pub fn tagger(&self) -> Result<Option<crate::ner::tagger::EntityTagger>> {
        use crate::ner::tagger::{EntityTagger, TaggerModel};
        match self {
            EntitiesChoice::Gazetteer => Ok(None),
            EntitiesChoice::Model => EntityTagger::embedded().map(Some),
            EntitiesChoice::Dir(d) => Ok(Some(EntityTagger(Arc::new(TaggerModel::load(d)?)))),
        }
    }

    /// A short name for logs and the run label.
    pub fn name(&self) -> String {
        match self {
            EntitiesChoice::Model => "model".into(),
            EntitiesChoice::Gazetteer => "gazetteer".into(),
            EntitiesChoice::Dir(d) => d.display().to_string(),
        }
    }
}

/// Options of the stages after entity recognition.
#[derive(Clone, Debug, Default)]
pub struct EventOptions {
    pub keep_unreal: bool,
    pub events: EventsChoice,
}

/// The embedded recognizer's raw stages: segmentation and spaCy sm
/// (tokens, tags, parse, entities), as `attache ner --raw` shows them.
pub fn raw_recognition() -> Result<Pipeline> {
    Ok(pipeline::segmentation().with(crate::ner::spacy::SpacyPipeline::new()?))
}

/// The stages the entity tagger reads: the raw recognizer and the
/// gazetteer's corrections. Training the tagger runs these.
pub fn before_tagger() -> Result<Pipeline> {
    recognition_with(&EntitiesChoice::Gazetteer)
}

/// Appends the embedded recognizer, the gazetteer and the tagger `choice`
/// names (if any) to `p`, a pipeline that has segmented its documents.
pub fn with_recognizer(p: Pipeline, choice: &EntitiesChoice) -> Result<Pipeline> {
    let p = p
        .with(crate::ner::spacy::SpacyPipeline::new()?)
        .with(crate::ner::gazetteer::Gazetteer);
    Ok(match choice.tagger()? {
        Some(t) => p.with(t),
        None => p,
    })
}

/// The embedded recognizer stages: segmentation, spaCy sm (tokens, tags,
/// parse, entities), the gazetteer and the trained entity tagger — the
/// entity layer `extract` writes.
pub fn recognition() -> Result<Pipeline> {
    recognition_with(&EntitiesChoice::Model)
}

/// The embedded recognizer stages with the entity layer `choice` names.
pub fn recognition_with(choice: &EntitiesChoice) -> Result<Pipeline> {
    with_recognizer(pipeline::segmentation(), choice)
}

/// The stages before the events: recognition and actor coding. Training
/// runs these, then the event model's own preparation.
pub fn before_events() -> Result<Pipeline> {
    before_events_with(&EntitiesChoice::Model)
}

/// [`before_events`] with the entity layer `entities` names.
pub fn before_events_with(entities: &EntitiesChoice) -> Result<Pipeline> {
    Ok(recognition_with(entities)?.with(crate::actors::ActorCoder::new()))
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
    extract_with(&EntitiesChoice::Model, opts)
}

/// The `extract` pipeline with the embedded recognizer and the entity
/// layer `entities` names.
pub fn extract_with(entities: &EntitiesChoice, opts: &EventOptions) -> Result<Pipeline> {
    events_stages(recognition_with(entities)?, opts)
}
