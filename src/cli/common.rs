//! Options and plumbing every document-processing subcommand shares:
//! inputs and field names, threads, the reject file, progress and summary.

use anyhow::{Context, Result};
use attache::doc::Doc;
use attache::pipeline::Pipeline;
use attache::read::{FieldMap, Input, ReadOptions, Reader, Reject};
use attache::run::{RunOptions, Sink, Summary};
use attache::write::RejectWriter;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;

#[derive(clap::Args, Debug)]
pub struct InputArgs {
    /// JSONL files (.jsonl, .jsonl.gz, .jsonl.zst), folders of .txt files,
    /// single .txt files, or - for JSONL on stdin.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// JSON field holding the document id (missing ids become FILE:LINE).
    #[arg(long, default_value = "id", value_name = "NAME")]
    pub id_field: String,
    /// JSON field holding the article text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    pub text_field: String,
    /// JSON field holding the publication date (YYYY-MM-DD or a timestamp).
    #[arg(long, default_value = "date", value_name = "NAME")]
    pub date_field: String,
    /// JSON field holding the title.
    #[arg(long, default_value = "title", value_name = "NAME")]
    pub title_field: String,
    /// Documents longer than this many bytes are rejected, never truncated.
    #[arg(long, default_value_t = 256 << 20, value_name = "BYTES")]
    pub max_doc_bytes: usize,
}

#[derive(clap::Args, Debug)]
pub struct RunArgs {
    /// Where unreadable documents are listed with the reason
    /// [default: OUTPUT with .rejects.jsonl, or attache.rejects.jsonl for stdout].
    #[arg(long, value_name = "FILE")]
    pub rejects: Option<PathBuf>,
    /// Worker threads (0 = one per core). Output is identical for any value.
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub threads: usize,
    /// No progress bar and no summary on stderr.
    #[arg(long, short)]
    pub quiet: bool,
}

impl InputArgs {
    /// Checks every input up front, so a mistyped path fails before any work.
    pub fn reader(&self) -> Result<(Reader, Option<u64>)> {
        let inputs = self
            .inputs
            .iter()
            .map(|a| Input::parse(a).with_context(|| "cannot read input"))
            .collect::<Result<Vec<_>>>()?;
        let total = inputs
            .iter()
            .map(Input::size)
            .try_fold(0u64, |acc, s| s.map(|s| acc + s));
        let opts = ReadOptions {
            fields: FieldMap {
                id: self.id_field.clone(),
                text: self.text_field.clone(),
                date: self.date_field.clone(),
                title: self.title_field.clone(),
            },
            max_doc_bytes: self.max_doc_bytes,
        };
        Ok((Reader::new(inputs, opts), total))
    }
}

/// The reject file that goes with an output path: `events.jsonl` →
/// `events.rejects.jsonl`; stdout → `attache.rejects.jsonl`.
pub fn default_rejects(output: &Path) -> PathBuf {
    if output == Path::new("-") {
        return PathBuf::from("attache.rejects.jsonl");
    }
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut stem = name.as_str();
    for ext in [".gz", ".zst", ".jsonl", ".json", ".ndjson"] {
        stem = stem.strip_suffix(ext).unwrap_or(stem);
    }
    output.with_file_name(format!("{stem}.rejects.jsonl"))
}

fn progress_bar(total: Option<u64>, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = match total {
        Some(t) => ProgressBar::with_draw_target(Some(t), ProgressDrawTarget::stderr())
            .with_style(
                ProgressStyle::with_template(
                    "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}, ETA {eta}) {msg}",
                )
                .expect("valid template"),
            ),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
            ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bytes} ({bytes_per_sec}) {msg}")
                .expect("valid template"),
        ),
    };
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

/// A sink that sends rejects to the reject file and documents to `on_doc`.
struct RunSink<'a, F: FnMut(&Doc) -> attache::Result<()>> {
    rejects: &'a mut RejectWriter,
    on_doc: F,
}

impl<F: FnMut(&Doc) -> attache::Result<()>> Sink for RunSink<'_, F> {
    fn doc(&mut self, doc: &Doc) -> attache::Result<()> {
        (self.on_doc)(doc)
    }
    fn reject(&mut self, r: &Reject) -> attache::Result<()> {
        self.rejects.write(r)
    }
}

/// Reads every input, runs `pipeline`, and hands each processed document to
/// `on_doc` in input order; rejects go to the reject file. Prints the
/// summary unless quiet.
pub fn process(
    input: &InputArgs,
    run: &RunArgs,
    output: &Path,
    pipeline: &Pipeline,
    on_doc: impl FnMut(&Doc) -> attache::Result<()>,
) -> Result<Summary> {
    let (reader, total) = input.reader()?;
    let rejects_path = run
        .rejects
        .clone()
        .unwrap_or_else(|| default_rejects(output));
    let mut rejects = RejectWriter::new(&rejects_path)?;
    let bar = progress_bar(total, run.quiet);
    let counter = reader.bytes_read();
    let opts = RunOptions {
        threads: run.threads,
        ..RunOptions::default()
    };
    let mut sink = RunSink {
        rejects: &mut rejects,
        on_doc,
    };
    let summary = attache::run::run(reader, pipeline, &opts, &mut sink, &bar, || {
        counter.load(Ordering::Relaxed)
    });
    bar.finish_and_clear();
    let summary = summary?;
    rejects.finish()?;
    if !run.quiet {
        report(&summary, rejects.path());
    }
    Ok(summary)
}

fn report(s: &Summary, rejects: &Path) {
    let secs = s.elapsed.as_secs_f64().max(1e-9);
    eprintln!(
        "attache: read {} documents: {} processed, {} rejected{}; {} sentences; {:.1} MB in {:.2}s ({:.0} docs/s, {:.2} MB/s)",
        s.read,
        s.processed,
        s.rejected,
        if s.rejected > 0 {
            format!(" (see {})", rejects.display())
        } else {
            String::new()
        },
        s.sentences,
        s.bytes as f64 / 1e6,
        secs,
        s.read as f64 / secs,
        s.bytes as f64 / 1e6 / secs,
    );
    if s.warned > 0 {
        eprintln!(
            "attache: {} documents carry warnings (see \"warnings\" in document output)",
            s.warned
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reject_file_names() {
        assert_eq!(
            default_rejects(Path::new("out/events.jsonl")),
            Path::new("out/events.rejects.jsonl")
        );
        assert_eq!(
            default_rejects(Path::new("e.jsonl.zst")),
            Path::new("e.rejects.jsonl")
        );
        assert_eq!(
            default_rejects(Path::new("-")),
            Path::new("attache.rejects.jsonl")
        );
        assert_eq!(
            default_rejects(Path::new("plain")),
            Path::new("plain.rejects.jsonl")
        );
    }
}
