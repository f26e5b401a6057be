//! Subcommands (DESIGN.md §7), one module each, sharing the input and
//! output plumbing in `common`.

mod common;
mod eval;
mod export;
mod extract;
mod import;
mod ner;
mod recognizer;
mod segment;
mod show;
mod train;
mod train_entities;

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
    /// Fit the event model on gold folders (and cross-validate it by article).
    Train(train::Args),
    /// Turn annotations from another tool (BRAT) back into a gold folder.
    Import(import::Args),
    /// Write document records (`extract --docs`) as one self-contained HTML
    /// page: entities coloured, event triggers and actor → recipient arrows,
    /// an events table per article.
    Show(show::Args),
}

pub fn main() -> ExitCode {
    quiet_panics();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => extract::run(a),
        Command::Segment(a) => segment::run(a),
        Command::Ner(a) => ner::run(a),
        Command::Eval(a) => eval::run(a),
        Command::Export(a) => export::run(a),
        Command::Train(a) => train::run(a),
        Command::Import(a) => import::run(a),
        Command::Show(a) => show::run(a),
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

/// A panic inside a stage is a bug, but the runner turns it into a reject
/// for the one document that caused it (with the message), so the default
/// multi-line report (and its retry duplicate) would only bury the summary:
/// print each distinct one once, on one line.
fn quiet_panics() {
    use std::collections::HashSet;
    use std::sync::Mutex;
    static SEEN: Mutex<Option<HashSet<String>>> = Mutex::new(None);
    std::panic::set_hook(Box::new(|info| {
        // A spent --doc-timeout budget is no bug: its reject says so.
        if attache::budget::exceeded(info.payload()).is_some() {
            return;
        }
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_string());
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let line = format!("{}{place}", msg.lines().next().unwrap_or(""));
        let mut seen = SEEN.lock().unwrap_or_else(|e| e.into_inner());
        if seen.get_or_insert_with(HashSet::new).insert(line.clone()) {
            eprintln!("attache: internal error (a bug; the document is rejected): {line}");
        }
    }));
}
