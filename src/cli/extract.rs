//! `attache extract`: the main job. Events JSONL to `-o`; with `--docs`,
//! document JSONL (text, sentences, tokens, entities, actors, events) too.

use super::common::{self, InputArgs, RunArgs};
use super::recognizer;
use anyhow::Result;
use attache::compose::{self, EntitiesChoice, EventOptions, EventsChoice};
use attache::events::record::event_records_with;
use attache::ner::NerChoice;
use attache::pipeline;
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
    /// Also write the `--docs` records as a page to look at (what `attache
    /// show` writes).
    #[arg(long, value_name = "FILE", requires = "docs")]
    html: Option<PathBuf>,
    /// Entity recognizer: `sm` (embedded spaCy en_core_web_sm 3.8.0, which
    /// also gives tokens, tags, lemmas and the dependency parse), `none`, or
    /// `onnx:DIR`, a Hugging Face token-classification model directory
    /// (config.json with id2label, tokenizer.json, model.onnx) for the
    /// entities; onnx needs a build with `--features onnx` and ORT_DYLIB_PATH
    /// set (scripts/setup-onnx.sh).
    #[arg(long, default_value = "sm", value_name = "sm|none|onnx:DIR")]
    ner: NerChoice,
    /// Entity layer with `--ner sm`: `model` (the embedded trained tagger
    /// re-deciding the recognizer's entities to ANNOTATION.md's
    /// conventions), `gazetteer` (the recognizer with the gazetteer's
    /// fixes only), or a tagger folder written by `attache train
    /// --component entities`.
    #[arg(long, default_value = "model", value_name = "model|gazetteer|DIR")]
    entities: EntitiesChoice,
    /// Keep negated and hypothetical events (marked by `modality`) instead
    /// of dropping them.
    #[arg(long)]
    keep_unreal: bool,
    /// Event stage: `model` (the rules' candidates decided by the embedded
    /// trained event model), `rules` (the hand-written rules alone), or a
    /// model folder written by `attache train`.
    #[arg(long, default_value = "model", value_name = "model|rules|DIR")]
    events: EventsChoice,
    #[command(flatten)]
    run: RunArgs,
}

pub fn run(args: Args) -> Result<()> {
    if args.html.is_some() && args.docs.as_deref() == Some(std::path::Path::new("-")) {
        anyhow::bail!("--html reads the --docs file back, so --docs must be a file, not stdout");
    }
    let ner_model = args.ner.model_name();
    let ner_model = ner_model.as_str();
    let (pipeline, report) = recognizer::add(
        pipeline::segmentation(),
        &args.ner,
        &args.entities,
        args.run.threads,
        args.run.quiet,
    )?;
    let pipeline = compose::events_stages(
        pipeline,
        &EventOptions {
            keep_unreal: args.keep_unreal,
            events: args.events.clone(),
        },
    )?;
    let mut outputs = vec![args.output.clone()];
    outputs.extend(args.docs.clone());
    let label = format!(
        "extract ner={ner_model} entities={} events={} keep_unreal={} pipeline={:?}",
        args.entities.name(),
        args.events.name(),
        args.keep_unreal,
        pipeline.names()
    );
    let summary = common::process(
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
    );
    // Printed even when the run failed: lost sentences are output missing.
    report.print(args.run.quiet);
    summary?;
    if let (Some(html), Some(docs)) = (&args.html, &args.docs) {
        let page = super::show::page(
            std::slice::from_ref(docs),
            super::show::DEFAULT_PAGE_SIZE,
            None,
        )?;
        super::show::write_html(html, &page)?;
    }
    Ok(())
}
