//! Options and plumbing every document-processing subcommand shares:
//! inputs and field names, threads, the reject file, progress and summary.

use anyhow::{Context, Result};
use attache::doc::Doc;
use attache::pipeline::Pipeline;
use attache::read::{FieldMap, Input, Item, ReadOptions, Reader, Reject, Shard};
use attache::run::{Checkpoint, OutputState, RunOptions, Sink, Summary};
use attache::write::{JsonlWriter, RejectWriter};
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
    /// Documents whose text is longer than this many bytes (UTF-8) are
    /// rejected, never truncated. The default (8 MiB) keeps one document's
    /// memory under about 1 GB.
    #[arg(long, default_value_t = attache::read::DEFAULT_MAX_DOC_BYTES, value_name = "BYTES")]
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
    /// Continue a run that was killed, from its last checkpoint: output
    /// ends up holding every document exactly once.
    #[arg(long)]
    pub resume: bool,
    /// Process only the documents whose id hashes to K mod N (0 <= K < N),
    /// so N machines can split one dump.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<Shard>,
    /// Documents per processing batch (bigger batches feed the models
    /// better; memory grows with it).
    #[arg(long, default_value_t = 256, value_name = "N")]
    pub batch_docs: usize,
    /// Seconds between checkpoints (each syncs the output files to disk).
    #[arg(long, default_value_t = 1.0, value_name = "SECS")]
    pub checkpoint_every: f64,
    /// Work budget per document, in seconds: a document still being
    /// processed after this long is rejected with that reason and the run
    /// goes on (0 = no limit).
    #[arg(long, default_value_t = 60.0, value_name = "SECS", value_parser = parse_secs)]
    pub doc_timeout: f64,
}

/// A non-negative, finite number of seconds.
fn parse_secs(s: &str) -> std::result::Result<f64, String> {
    let v: f64 = s.parse().map_err(|_| format!("{s:?} is not a number"))?;
    if !v.is_finite() || !(0.0..=1e9).contains(&v) {
        return Err(format!("{s:?}: expected seconds from 0 to 1e9"));
    }
    Ok(v)
}

impl InputArgs {
    fn parsed(&self) -> Result<Vec<Input>> {
        self.inputs
            .iter()
            .map(|a| Input::parse(a).with_context(|| "cannot read input"))
            .collect()
    }

    /// Checks every input up front, so a mistyped path fails before any work.
    pub fn reader(&self) -> Result<(Reader, Option<u64>)> {
        let inputs = self.parsed()?;
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
/// `events.rejects.jsonl`; stdout or a device → `attache.rejects.jsonl`.
pub fn default_rejects(output: &Path) -> PathBuf {
    // stdout, /dev/null, a pipe: nowhere to put a file beside.
    let special = std::fs::metadata(output).is_ok_and(|m| !m.is_file());
    if output == Path::new("-") || special {
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

/// What identifies a run for `--resume`: the same inputs (with their sizes,
/// so an input that grew is noticed), options and version.
fn fingerprint(
    input: &InputArgs,
    run: &RunArgs,
    outputs: &[PathBuf],
    label: &str,
) -> Result<String> {
    let mut parts = vec![
        format!("attache {}", env!("CARGO_PKG_VERSION")),
        label.to_string(),
    ];
    for i in input.parsed()? {
        parts.push(format!("{}#{}", i.name(), i.size().unwrap_or(0)));
    }
    parts.push(format!(
        "fields={},{},{},{} max={}",
        input.id_field, input.text_field, input.date_field, input.title_field, input.max_doc_bytes
    ));
    parts.push(format!("shard={:?}", run.shard.map(|s| s.to_string())));
    parts.extend(outputs.iter().map(|o| o.display().to_string()));
    Ok(format!(
        "{:016x}",
        xxhash_rust::xxh3::xxh3_64(parts.join("\n").as_bytes())
    ))
}

/// Hands documents to the subcommand's writer and rejects to the reject
/// file, and keeps a checkpoint at most once a second.
struct RunSink<'a, F: FnMut(&Doc, &mut [JsonlWriter]) -> attache::Result<()>> {
    writers: &'a mut [JsonlWriter],
    rejects: &'a mut RejectWriter,
    write: F,
    checkpoint: Option<(PathBuf, Checkpoint)>,
    base: Checkpoint,
    last_save: std::time::Instant,
    every: std::time::Duration,
    processed: u64,
    rejected: u64,
}

impl<F: FnMut(&Doc, &mut [JsonlWriter]) -> attache::Result<()>> RunSink<'_, F> {
    fn save(&mut self, items_done: u64) -> attache::Result<()> {
        let Some((path, cp)) = self.checkpoint.as_mut() else {
            return Ok(());
        };
        let mut outputs = Vec::with_capacity(self.writers.len() + 1);
        for w in self.writers.iter_mut() {
            let bytes = w.sync()?;
            outputs.push(OutputState {
                path: w.path().to_path_buf(),
                bytes,
            });
        }
        let bytes = self.rejects.sync()?;
        outputs.push(OutputState {
            path: self.rejects.path().to_path_buf(),
            bytes,
        });
        cp.items_done = self.base.items_done + items_done;
        cp.processed = self.base.processed + self.processed;
        cp.rejected = self.base.rejected + self.rejected;
        cp.outputs = outputs;
        cp.save(path)?;
        self.last_save = std::time::Instant::now();
        Ok(())
    }
}

impl<F: FnMut(&Doc, &mut [JsonlWriter]) -> attache::Result<()>> Sink for RunSink<'_, F> {
    fn doc(&mut self, doc: &Doc) -> attache::Result<()> {
        self.processed += 1;
        (self.write)(doc, self.writers)
    }
    fn reject(&mut self, r: &Reject) -> attache::Result<()> {
        self.rejected += 1;
        self.rejects.write(r)
    }
    fn batch_done(&mut self, items_done: u64) -> attache::Result<()> {
        if self.last_save.elapsed() >= self.every {
            self.save(items_done)?;
        }
        Ok(())
    }
}

/// Reads every input, runs `pipeline`, and hands each processed document to
/// `write` together with the writers for `outputs` (in that order); rejects
/// go to the reject file. Keeps a checkpoint beside the first output so a
/// killed run can be continued with `--resume`, and prints the summary
/// unless quiet. `label` names the subcommand and its options for the
/// checkpoint's fingerprint.
pub fn process(
    input: &InputArgs,
    run: &RunArgs,
    outputs: &[PathBuf],
    label: &str,
    pipeline: &Pipeline,
    write: impl FnMut(&Doc, &mut [JsonlWriter]) -> attache::Result<()>,
) -> Result<Summary> {
    let primary = &outputs[0];
    let to_stdout = primary.as_path() == Path::new("-");
    if run.resume && outputs.iter().any(|o| o.as_path() == Path::new("-")) {
        anyhow::bail!("--resume needs output files, not stdout");
    }
    let rejects_path = run
        .rejects
        .clone()
        .unwrap_or_else(|| default_rejects(primary));
    let cp_path = Checkpoint::path_for(primary);
    let fingerprint = fingerprint(input, run, outputs, label)?;
    let base = if run.resume {
        match Checkpoint::load(&cp_path)? {
            Some(cp) if cp.fingerprint != fingerprint => anyhow::bail!(
                "{}: checkpoint belongs to a different command (inputs, options or version changed); rerun without --resume",
                cp_path.display()
            ),
            Some(cp) => cp,
            None => {
                if !run.quiet {
                    eprintln!(
                        "attache: no checkpoint at {}; starting from the beginning",
                        cp_path.display()
                    );
                }
                Checkpoint::default()
            }
        }
    } else {
        if !to_stdout {
            Checkpoint::remove(&cp_path)?;
        }
        Checkpoint::default()
    };
    let resuming = base.items_done > 0;
    let mut writers = outputs
        .iter()
        .map(|p| {
            if resuming {
                JsonlWriter::resume(p, base.bytes_of(p))
            } else {
                JsonlWriter::create(p)
            }
        })
        .collect::<attache::Result<Vec<_>>>()?;
    let mut rejects = if resuming {
        RejectWriter::resume(&rejects_path, base.bytes_of(&rejects_path))?
    } else {
        RejectWriter::new(&rejects_path)?
    };
    let resumable = writers.iter().all(JsonlWriter::is_resumable) && rejects.is_resumable();
    if run.resume && !resumable {
        anyhow::bail!(
            "--resume needs every output to be a regular file (not stdout, a pipe or /dev/null)"
        );
    }
    if resuming && !run.quiet {
        eprintln!("attache: resuming after {} documents", base.items_done);
    }

    let (reader, total) = input.reader()?;
    let bar = progress_bar(total, run.quiet);
    let counter = reader.bytes_read();
    let read_stats = reader.stats();
    let opts = RunOptions {
        threads: run.threads,
        batch_docs: run.batch_docs.max(1),
        skip: base.items_done,
        doc_timeout: (run.doc_timeout > 0.0)
            .then(|| std::time::Duration::from_secs_f64(run.doc_timeout)),
        ..RunOptions::default()
    };
    let shard = run.shard;
    let items = reader.filter(move |r: &attache::Result<Item>| match (shard, r) {
        (Some(s), Ok(item)) => s.owns(item),
        _ => true,
    });
    let mut sink = RunSink {
        writers: &mut writers,
        rejects: &mut rejects,
        write,
        checkpoint: resumable.then(|| {
            (
                cp_path.clone(),
                Checkpoint {
                    fingerprint,
                    ..Checkpoint::default()
                },
            )
        }),
        base: base.clone(),
        last_save: std::time::Instant::now(),
        every: std::time::Duration::from_secs_f64(run.checkpoint_every.max(0.0)),
        processed: 0,
        rejected: 0,
    };
    let summary = attache::run::run(items, pipeline, &opts, &mut sink, &bar, || {
        counter.load(Ordering::Relaxed)
    });
    bar.finish_and_clear();
    let summary = summary?;
    for w in &mut writers {
        w.finish()?;
    }
    rejects.finish()?;
    if !to_stdout {
        Checkpoint::remove(&cp_path)?;
    }
    if !run.quiet {
        report(&summary, &base, rejects.path());
    }
    let renamed = read_stats.renamed.load(Ordering::Relaxed);
    if renamed > 0 {
        // Printed even with --quiet: ids in the output differ from the input's.
        let first = read_stats
            .first_rename
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
            .unwrap_or_default();
        eprintln!(
            "attache: warning: {renamed} documents had an id already used and were renamed (first: {first}); see \"warnings\" in document output"
        );
    }
    let corrupt = read_stats.corrupt_inputs.load(Ordering::Relaxed);
    if corrupt > 0 {
        anyhow::bail!(
            "{corrupt} compressed input(s) failed their integrity check and were rejected whole, nothing of them processed (see {})",
            rejects.path().display()
        );
    }
    Ok(summary)
}

fn report(s: &Summary, base: &Checkpoint, rejects: &Path) {
    let secs = s.elapsed.as_secs_f64().max(1e-9);
    if base.items_done > 0 {
        eprintln!(
            "attache: earlier run(s): {} documents ({} processed, {} rejected)",
            base.items_done, base.processed, base.rejected
        );
    }
    eprintln!(
        "attache: read {} documents: {} processed, {} rejected{}; {} sentences, {} events; {:.1} MB in {:.2}s ({:.0} docs/s, {:.2} MB/s)",
        s.read,
        s.processed,
        s.rejected,
        if s.rejected > 0 {
            format!(" (see {})", rejects.display())
        } else {
            String::new()
        },
        s.sentences,
        s.events,
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
            default_rejects(Path::new("/dev/null")),
            Path::new("attache.rejects.jsonl")
        );
        assert_eq!(
            default_rejects(Path::new("plain")),
            Path::new("plain.rejects.jsonl")
        );
    }
}
