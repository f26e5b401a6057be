//! `attache extract`: the main job. Events JSONL to `-o`; with `--docs`,
//! document JSONL (text, sentences, tokens, entities, actors, events) too.

use super::common::{self, InputArgs, RunArgs};
use anyhow::Result;
use attache::events::record::event_records_with;
use attache::ner::NerChoice;
use attache::pipeline::{self, Pipeline};
use attache::write::DocRecord;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Events output (.jsonl, .jsonl.gz or .jsonl.zst), or - for stdout.
    #[arg(short, long, default_value = "-", value_name = "FILE")]
    output: PathBuf,
    /// Also write one document record per article (every layer), for
    /// inspection and training data.
    #[arg(long, value_name = "FILE")]
    docs: Option<PathBuf>,
    /// NER model: `sm` (embedded spaCy en_core_web_sm 3.8.0; also gives
    /// tokens, tags, lemmas and the dependency parse) or `none`.
    #[arg(long, default_value = "sm", value_name = "MODEL")]
    ner: NerChoice,
    /// Keep negated and hypothetical events (marked by `modality`) instead
    /// of dropping them.
    #[arg(long)]
    keep_unreal: bool,
    #[command(flatten)]
    run: RunArgs,
}

pub fn run(args: Args) -> Result<()> {
    let ner_model = args.ner.model_name();
    let mut pipeline: Pipeline = pipeline::segmentation();
    if let Some(ner) = args.ner.stage()? {
        pipeline = pipeline.with(ner);
    }
    let pipeline =
        pipeline
            .with(attache::actors::ActorCoder::new())
            .with(attache::events::EventExtractor {
                keep_unreal: args.keep_unreal,
            });
    let mut outputs = vec![args.output.clone()];
    outputs.extend(args.docs.clone());
    let label = format!(
        "extract ner={ner_model} keep_unreal={} pipeline={:?}",
        args.keep_unreal,
        pipeline.names()
    );
    common::process(
        &args.input,
        &args.run,
        &outputs,
        &label,
        &pipeline,
        |doc, out| {
            for e in event_records_with(doc, ner_model) {
                out[0].write(&e)?;
            }
            if out.len() > 1 {
                out[1].write(&DocRecord::new(doc, ner_model))?;
            }
            Ok(())
        },
    )?;
    Ok(())
}
