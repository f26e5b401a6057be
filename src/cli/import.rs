//! `attache import`: annotations from another tool back into a gold folder
//! for `eval --gold` and `train --gold`.

use anyhow::{Context, Result};
use std::path::PathBuf;

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum Format {
    /// BRAT standoff: a folder of <doc>.txt and <doc>.ann (as `export
    /// --format brat` writes it and brat saves it).
    Brat,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Input format.
    #[arg(long, value_enum)]
    format: Format,
    /// The annotation folder.
    input: PathBuf,
    /// Gold folder to write (docs.jsonl with the texts, events.jsonl,
    /// entities.jsonl).
    #[arg(short, long, value_name = "DIR")]
    output: PathBuf,
}

pub fn run(args: Args) -> Result<()> {
    let n = match args.format {
        Format::Brat => attache::import::brat(&args.input, &args.output)
            .with_context(|| format!("cannot import {}", args.input.display()))?,
    };
    eprintln!(
        "attache import: {} documents, {} events, {} entities written to {}",
        n.documents,
        n.events,
        n.entities,
        args.output.display()
    );
    Ok(())
}
