//! `attache extract`: the main job.

use super::common::{self, InputArgs, RunArgs};
use anyhow::Result;
use attache::pipeline::Pipeline;
use attache::write::{DocRecord, JsonlWriter};
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
    let pipeline = Pipeline::new();
    let mut out = JsonlWriter::create(&args.output)?;
    common::process(&args.input, &args.run, &args.output, &pipeline, |doc| {
        out.write(&DocRecord::new(doc))
    })?;
    out.finish()?;
    Ok(())
}
