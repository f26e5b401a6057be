//! `attache eval`: score predicted events (and entities, sentences) against
//! a gold folder.

use anyhow::{Context, Result};
use attache::eval::{self, Options};
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Gold folder: docs.jsonl, events.jsonl, and optionally entities.jsonl.
    #[arg(long, value_name = "DIR")]
    gold: PathBuf,
    /// Predicted events JSONL (one event per line, or document records with
    /// an "events" list); .gz/.zst accepted.
    #[arg(long, value_name = "FILE")]
    pred: PathBuf,
    /// Predicted document JSONL (`attache extract --docs`): its entities and
    /// sentences are scored too.
    #[arg(long, value_name = "FILE")]
    docs: Option<PathBuf>,
    /// Print the report as JSON instead of a table.
    #[arg(long)]
    json: bool,
    /// Bootstrap resamples of documents for 95% intervals of F1 (0 = none).
    #[arg(long, default_value_t = 0, value_name = "N")]
    bootstrap: usize,
    /// Seed for the bootstrap; the same seed gives the same intervals.
    #[arg(long, default_value_t = 42, value_name = "N")]
    seed: u64,
    /// Also write the report as a self-contained HTML page (tables, a
    /// confusion heat map, P/R/F1 bars).
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,
}

pub fn run(args: Args) -> Result<()> {
    let gold = eval::load_gold(&args.gold).context("cannot read gold")?;
    let pred = eval::load_predictions_for(&gold, &args.pred, args.docs.as_deref())
        .context("cannot read predictions")?;
    let report = eval::score(
        &gold,
        &pred,
        &Options {
            bootstrap: args.bootstrap,
            seed: args.seed,
        },
    );
    if let Some(path) = &args.html {
        super::show::write_html(path, &attache::view::report_page(&report))?;
    }
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        write!(out, "{report}")?;
    }
    out.flush()?;
    Ok(())
}
