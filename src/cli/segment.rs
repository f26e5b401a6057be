//! `attache segment`: sentences with offsets, one JSON line per document.

use super::common::{self, InputArgs, RunArgs};
use anyhow::Result;
use attache::pipeline;
use attache::write::SegmentRecord;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Output file (.jsonl, .jsonl.gz or .jsonl.zst), or - for stdout.
    #[arg(short, long, default_value = "-", value_name = "FILE")]
    output: PathBuf,
    #[command(flatten)]
    run: RunArgs,
}

pub fn run(args: Args) -> Result<()> {
    let pipeline = pipeline::segmentation();
    let outputs = [args.output.clone()];
    common::process(
        &args.input,
        &args.run,
        &outputs,
        "segment",
        &pipeline,
        |doc, out| out[0].write(&SegmentRecord::new(doc)),
    )?;
    Ok(())
}
