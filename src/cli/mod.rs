//! Subcommands (DESIGN.md §7), one module each, sharing the input and
//! output plumbing in `common`.

mod common;
mod eval;
mod export;
mod extract;
mod ner;
mod recognizer;
mod segment;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "attache",
    version,
    about = "Diplomatic events from English news, as offset-exact JSON lines"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles and write one JSON line per event (or per document).
    Extract(extract::Args),
    /// Split articles into sentences with character offsets, for inspection.
    Segment(segment::Args),
    /// Show the entities (and tokens, tags, parse) of texts, for inspection.
    Ner(ner::Args),
    /// Score predicted events (and entities, sentences) against gold files.
    Eval(eval::Args),
    /// Turn document JSONL into training data (CoNLL, spaCy, HF, doccano, BRAT,
    /// relation/event examples).
    Export(export::Args),
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => extract::run(a),
        Command::Segment(a) => segment::run(a),
        Command::Ner(a) => ner::run(a),
        Command::Eval(a) => eval::run(a),
        Command::Export(a) => export::run(a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One line: the error and its causes, outermost first.
            let msg: Vec<String> = e.chain().map(|c| c.to_string()).collect();
            eprintln!("attache: error: {}", msg.join(": "));
            ExitCode::FAILURE
        }
    }
}
