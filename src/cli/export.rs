//! `attache export`: document JSONL → training data.

use anyhow::{Context, Result};
use attache::export::{self, Format, Options};
use std::path::PathBuf;

fn parse_format(s: &str) -> Result<Format, String> {
    Format::parse(s).ok_or_else(|| {
        let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
        format!("unknown format {s:?}; one of {}", names.join(", "))
    })
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// conll | spacy | hf | doccano | brat | relations
    #[arg(long, short, value_parser = parse_format, value_name = "FORMAT")]
    format: Format,
    /// Document JSONL (`attache extract --docs`); .gz/.zst accepted; - for stdin.
    #[arg(value_name = "DOCS.jsonl")]
    input: PathBuf,
    /// Output file (a folder for brat; hf also writes STEM.labels.json beside
    /// it); - for stdout where the format allows.
    #[arg(short, long, value_name = "OUT")]
    output: PathBuf,
    /// Leave out entities, events and arguments scored below this (silver
    /// labels); items without a score are kept.
    #[arg(long, value_name = "X")]
    min_score: Option<f64>,
    /// No summary on stderr.
    #[arg(long, short)]
    quiet: bool,
}

pub fn run(args: Args) -> Result<()> {
    let mut exporter = export::exporter(args.format, &args.output)
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    let opts = Options {
        min_score: args.min_score,
    };
    let stats = export::export(&args.input, exporter.as_mut(), &opts)?;
    if !args.quiet {
        for line in stats.summary(args.format) {
            eprintln!("attache export: {line}");
        }
    }
    Ok(())
}
