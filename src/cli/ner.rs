//! `--ner sm|onnx:DIR`: which entity recognizer `extract` runs.

use anyhow::Result;
use attache::pipeline::Pipeline;
use std::path::PathBuf;
use std::str::FromStr;

/// The recognizer named on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NerChoice {
    /// The embedded spaCy en_core_web_sm port.
    Sm,
    /// A Hugging Face token-classification model exported to ONNX.
    Onnx(PathBuf),
}

impl FromStr for NerChoice {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.split_once(':') {
            None if s == "sm" => Ok(NerChoice::Sm),
            Some(("onnx", dir)) if !dir.is_empty() => Ok(NerChoice::Onnx(PathBuf::from(dir))),
            _ => Err(format!("{s:?}: expected sm or onnx:DIR")),
        }
    }
}

/// Reports what the recognizer could not do, after the run.
pub struct NerReport(Box<dyn Fn(bool)>);

impl NerReport {
    pub fn print(&self, quiet: bool) {
        (self.0)(quiet)
    }
}

/// Add the chosen recognizer to `pipeline`.
pub fn add(
    pipeline: Pipeline,
    choice: &NerChoice,
    threads: usize,
    quiet: bool,
) -> Result<(Pipeline, NerReport)> {
    match choice {
        // The embedded model joins here once its port is merged.
        NerChoice::Sm => Ok((pipeline, NerReport(Box::new(|_| {})))),
        NerChoice::Onnx(dir) => onnx(pipeline, dir, threads, quiet),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_choices() {
        assert_eq!("sm".parse(), Ok(NerChoice::Sm));
        assert_eq!(
            "onnx:models/x".parse(),
            Ok(NerChoice::Onnx(PathBuf::from("models/x")))
        );
        assert_eq!(
            "onnx:/a:b".parse(),
            Ok(NerChoice::Onnx(PathBuf::from("/a:b")))
        );
        assert!("onnx:".parse::<NerChoice>().is_err());
        assert!("lg".parse::<NerChoice>().is_err());
    }
}
