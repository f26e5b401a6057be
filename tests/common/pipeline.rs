//! The real pipeline for the event tests: cleaner, segmenter, the embedded
//! spaCy model, actor coder and event extractor, exactly as `extract` runs.

use attache::Doc;
use attache::actors::ActorCoder;
use attache::events::EventExtractor;
use attache::ner::spacy::SpacyPipeline;
use attache::pipeline::{self, Pipeline};

pub fn full() -> Pipeline {
    pipeline::segmentation()
        .with(SpacyPipeline::new().expect("embedded model loads"))
        .with(attache::ner::gazetteer::Gazetteer)
        .with(ActorCoder::new())
        .with(EventExtractor::new())
        .with(attache::link::Linker)
}

/// A document as the reader makes it, then processed.
pub fn analyse(pipe: &Pipeline, id: &str, text: &str, date: Option<&str>) -> Doc {
    let mut doc = Doc::new(id, text);
    doc.date = date.and_then(attache::read::parse_date);
    pipe.process(&mut doc);
    assert!(doc.failure.is_none(), "{id}: {:?}", doc.failure);
    doc
}

/// The seed articles, processed, in id order.
pub fn seeds(pipe: &Pipeline) -> Vec<Doc> {
    super::files::seed_files()
        .iter()
        .map(|p| {
            let id = p.file_stem().unwrap().to_str().unwrap();
            analyse(pipe, id, &std::fs::read_to_string(p).unwrap(), None)
        })
        .collect()
}
