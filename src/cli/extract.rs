//! `attache extract`: the main job.

use super::common::{self, InputArgs, RunArgs};
use super::ner::{self, NerChoice};
use anyhow::Result;
use attache::pipeline;
use attache::write::DocRecord;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Output file (.jsonl, .jsonl.gz or .jsonl.zst), or - for stdout.
    #[arg(short, long, default_value = "-", value_name = "FILE")]
    output: PathBuf,
    /// Entity recognizer: `sm` (the embedded model) or `onnx:DIR`, a Hugging
    /// Face token-classification model directory (config.json with id2label,
    /// tokenizer.json, model.onnx); onnx needs a build with `--features
    /// onnx` and ORT_DYLIB_PATH set (scripts/setup-onnx.sh).
    #[arg(long, default_value = "sm", value_name = "sm|onnx:DIR")]
    ner: NerChoice,
    #[command(flatten)]
    run: RunArgs,
}

pub fn run(args: Args) -> Result<()> {
    let (pipeline, report) = ner::add(
        pipeline::segmentation(),
        &args.ner,
        args.run.threads,
        args.run.quiet,
    )?;
    let outputs = [args.output.clone()];
    let summary = common::process(
        &args.input,
        &args.run,
        &outputs,
        "extract",
        &pipeline,
        |doc, out| out[0].write(&DocRecord::new(doc)),
    );
    report.print(args.run.quiet);
    summary?;
    Ok(())
}
