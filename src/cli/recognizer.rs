//! `--ner sm|none|onnx:DIR`: which entity recognizer `extract` runs, and
//! the report of what it could not do.

use anyhow::Result;
use attache::compose::{self, EntitiesChoice};
use attache::ner::NerChoice;
use attache::ner::gazetteer::Gazetteer;
use attache::ner::spacy::{Options, SpacyPipeline};
use attache::pipeline::Pipeline;

/// Reports what the recognizer could not do, after the run.
pub struct NerReport(Box<dyn Fn(bool)>);

impl NerReport {
    pub fn print(&self, quiet: bool) {
        (self.0)(quiet)
    }
}

/// Adds the chosen recognizer to `pipeline`. The embedded model always
/// runs when there is NER at all, because the event stage needs its tokens
/// and parse; with `onnx:DIR` it skips its own entities and the ONNX model
/// supplies them.
/// The trained entity tagger (`entities`) runs after the embedded model
/// and the gazetteer: it was trained on their output, not an ONNX model's.
pub fn add(
    pipeline: Pipeline,
    choice: &NerChoice,
    entities: &EntitiesChoice,
    threads: usize,
    quiet: bool,
) -> Result<(Pipeline, NerReport)> {
    let none = || NerReport(Box::new(|_| {}));
    match choice {
        NerChoice::None => Ok((pipeline, none())),
        NerChoice::Sm => Ok((compose::with_recognizer(pipeline, entities)?, none())),
        NerChoice::Onnx(dir) => {
            let syntax = SpacyPipeline::with_options(Options {
                parse: true,
                ner: false,
            })?;
            let (pipeline, report) = onnx(pipeline.with(syntax), dir, threads, quiet)?;
            Ok((pipeline.with(Gazetteer), report))
        }
    }
}

#[cfg(feature = "onnx")]
fn onnx(
    pipeline: Pipeline,
    dir: &std::path::Path,
    threads: usize,
    quiet: bool,
) -> Result<(Pipeline, NerReport)> {
    use attache::doc::Doc;
    use attache::ner::onnx::{OnnxNer, OnnxNerOptions};
    use attache::pipeline::Component;
    use std::sync::Arc;

    /// The pipeline owns its components; this lets the report read the
    /// recognizer's failure count after the run.
    struct Shared(Arc<OnnxNer>);
    impl Component for Shared {
        fn name(&self) -> &'static str {
            self.0.name()
        }
        fn process(&self, doc: &mut Doc) {
            self.0.process(doc)
        }
        fn process_batch(&self, docs: &mut [Doc]) {
            self.0.process_batch(docs)
        }
    }

    let opts = OnnxNerOptions {
        threads,
        ..OnnxNerOptions::default()
    };
    let ner = Arc::new(OnnxNer::load_with(dir, &opts)?);
    let unmapped = ner.unmapped_types();
    if !unmapped.is_empty() && !quiet {
        eprintln!(
            "attache: warning: entity types {} of {} map to no attache label; their mentions are left out",
            unmapped.join(", "),
            dir.display()
        );
    }
    let shared = Arc::clone(&ner);
    let report = NerReport(Box::new(move |_quiet| {
        // Lost sentences are reported even with --quiet: output is missing.
        let (failed, last) = shared.failures();
        if failed > 0 {
            eprintln!(
                "attache: warning: {failed} sentences could not be tagged by the ONNX model (last: {})",
                last.unwrap_or_default()
            );
        }
    }));
    Ok((pipeline.with(Shared(ner)), report))
}

#[cfg(not(feature = "onnx"))]
fn onnx(_: Pipeline, _: &std::path::Path, _: usize, _: bool) -> Result<(Pipeline, NerReport)> {
    anyhow::bail!(
        "--ner onnx:DIR needs a build with the onnx feature: cargo build --release --features onnx"
    )
}
