//! Runs a [`Pipeline`] over a stream of documents: reading, processing and
//! writing overlap in three threads, documents are processed in parallel
//! within a batch, and output keeps input order whatever the thread count.
//! Memory is bounded by a few batches in flight.

mod checkpoint;

pub use checkpoint::{Checkpoint, OutputState};

use crate::doc::Doc;
use crate::error::{Error, Result};
use crate::pipeline::Pipeline;
use crate::read::{Item, Reject};
use crossbeam_channel::bounded;
use indicatif::ProgressBar;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

/// Where processed documents and rejects go, in input order.
pub trait Sink {
    fn doc(&mut self, doc: &Doc) -> Result<()>;
    fn reject(&mut self, reject: &Reject) -> Result<()>;
    /// Called after each batch has been handed over, with the number of
    /// input items handed over so far in this run: a safe point for a
    /// checkpoint.
    fn batch_done(&mut self, _items_done: u64) -> Result<()> {
        Ok(())
    }
}

#[derive(Clone, Debug)]
pub struct RunOptions {
    /// Worker threads for the processing stages (0 = all cores).
    pub threads: usize,
    /// A batch closes at this many documents...
    pub batch_docs: usize,
    /// ...or at this many bytes of text, whichever comes first.
    pub batch_bytes: usize,
    /// Input items to pass over unprocessed: those a resumed run already wrote.
    pub skip: u64,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            threads: 0,
            batch_docs: 256,
            batch_bytes: 8 << 20,
            skip: 0,
        }
    }
}

/// Counts for the end-of-run summary.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Documents read, good or bad (= processed + rejected), not counting
    /// those skipped on resume.
    pub read: u64,
    /// Items passed over because a resumed run had already written them.
    pub skipped: u64,
    pub processed: u64,
    pub rejected: u64,
    /// Documents that carried at least one warning.
    pub warned: u64,
    pub bytes: u64,
    pub sentences: u64,
    pub events: u64,
    pub elapsed: Duration,
}

/// Runs `pipeline` over `items`, handing results to `sink` in input order.
///
/// `items` yields `Err` only for run-level failures (an input that cannot be
/// read at all); such an error ends the run after what came before it has
/// been written.
pub fn run<I>(
    items: I,
    pipeline: &Pipeline,
    opts: &RunOptions,
    sink: &mut dyn Sink,
    progress: &ProgressBar,
    bytes_read: impl Fn() -> u64,
) -> Result<Summary>
where
    I: Iterator<Item = Result<Item>> + Send,
{
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads)
        .thread_name(|i| format!("attache-worker-{i}"))
        .build()
        .map_err(|e| Error::Usage(format!("cannot start worker threads: {e}")))?;
    let started = Instant::now();
    let mut summary = Summary::default();
    let (raw_tx, raw_rx) = bounded::<Result<Vec<Item>>>(2);
    let (done_tx, done_rx) = bounded::<Result<Vec<Item>>>(2);

    std::thread::scope(|s| -> Result<()> {
        // Reader: group items into batches.
        s.spawn(move || {
            let mut batch = Vec::new();
            let mut bytes = 0usize;
            let mut items = items;
            for _ in 0..opts.skip {
                match items.next() {
                    Some(Ok(_)) => {}
                    Some(Err(e)) => {
                        let _ = raw_tx.send(Err(e));
                        return;
                    }
                    None => break,
                }
            }
            for item in items {
                match item {
                    Ok(item) => {
                        bytes += item.as_ref().map(|d| d.text.len()).unwrap_or(0);
                        batch.push(item);
                        if batch.len() >= opts.batch_docs || bytes >= opts.batch_bytes {
                            bytes = 0;
                            if raw_tx.send(Ok(std::mem::take(&mut batch))).is_err() {
                                return;
                            }
                        }
                    }
                    Err(e) => {
                        let _ = raw_tx.send(Ok(std::mem::take(&mut batch)));
                        let _ = raw_tx.send(Err(e));
                        return;
                    }
                }
            }
            if !batch.is_empty() {
                let _ = raw_tx.send(Ok(batch));
            }
        });
        // Processor: run the pipeline over each batch in the worker pool.
        s.spawn(move || {
            for batch in raw_rx {
                let out = batch.map(|b| pool.install(|| process(pipeline, b)));
                if done_tx.send(out).is_err() {
                    return;
                }
            }
        });
        // Writer (this thread): results in order.
        for batch in done_rx {
            for item in batch? {
                summary.read += 1;
                match item {
                    Ok(doc) => {
                        summary.processed += 1;
                        summary.sentences += doc.sentences.len() as u64;
                        summary.events += doc.events.len() as u64;
                        summary.warned += u64::from(!doc.warnings.is_empty());
                        sink.doc(&doc)?;
                    }
                    Err(r) => {
                        summary.rejected += 1;
                        sink.reject(&r)?;
                    }
                }
            }
            sink.batch_done(summary.read)?;
            summary.bytes = bytes_read();
            progress.set_position(summary.bytes);
            progress.set_message(format!("{} docs", summary.read));
        }
        Ok(())
    })?;
    summary.elapsed = started.elapsed();
    summary.skipped = opts.skip;
    Ok(summary)
}

/// Processes the documents of one batch, keeping rejects in place. A panic
/// inside a component is a bug, but it must not take the run down or lose
/// documents: the batch is redone one document at a time so only the
/// document that triggers it is rejected, with the panic message.
fn process(pipeline: &Pipeline, batch: Vec<Item>) -> Vec<Item> {
    let (slots, mut docs): (Vec<Option<Reject>>, Vec<Doc>) = split(batch);
    let originals = docs.clone();
    if catch_unwind(AssertUnwindSafe(|| pipeline.process_batch(&mut docs))).is_err() {
        docs.clear();
        let mut results = Vec::with_capacity(originals.len());
        for mut doc in originals {
            match catch_unwind(AssertUnwindSafe(|| pipeline.process(&mut doc))) {
                Ok(()) => results.push(Ok(doc)),
                Err(payload) => results.push(Err(Reject {
                    source: doc.origin.source.clone(),
                    line: doc.origin.line,
                    id: Some(doc.id.clone()),
                    reason: format!("internal error: {}", panic_message(&payload)),
                })),
            }
        }
        return merge(slots, results);
    }
    merge(slots, docs.into_iter().map(Ok).collect())
}

/// Separates documents from rejects, remembering where rejects were.
fn split(batch: Vec<Item>) -> (Vec<Option<Reject>>, Vec<Doc>) {
    let mut slots = Vec::with_capacity(batch.len());
    let mut docs = Vec::with_capacity(batch.len());
    for item in batch {
        match item {
            Ok(d) => {
                slots.push(None);
                docs.push(d);
            }
            Err(r) => slots.push(Some(r)),
        }
    }
    (slots, docs)
}

fn merge(slots: Vec<Option<Reject>>, results: Vec<Item>) -> Vec<Item> {
    let mut results = results.into_iter();
    slots
        .into_iter()
        .map(|slot| match slot {
            Some(r) => Err(r),
            None => results.next().expect("one result per document"),
        })
        .collect()
}

fn panic_message(payload: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::Component;

    struct Upper;
    impl Component for Upper {
        fn name(&self) -> &'static str {
            "upper"
        }
        fn process(&self, doc: &mut Doc) {
            if doc.text.contains("boom") {
                panic!("boom in {}", doc.id);
            }
            doc.warnings.push(doc.text.to_uppercase());
        }
    }

    #[derive(Default)]
    struct Collect(Vec<String>);
    impl Sink for Collect {
        fn doc(&mut self, doc: &Doc) -> Result<()> {
            self.0.push(format!("{}={}", doc.id, doc.warnings.join("")));
            Ok(())
        }
        fn reject(&mut self, r: &Reject) -> Result<()> {
            self.0.push(format!("!{}:{}", r.line, r.reason));
            Ok(())
        }
    }

    fn items(n: usize) -> Vec<Result<Item>> {
        (0..n)
            .map(|i| {
                if i % 7 == 3 {
                    Ok(Err(Reject {
                        source: "s".into(),
                        line: i as u64,
                        id: None,
                        reason: "bad".into(),
                    }))
                } else {
                    let mut d = Doc::new(format!("d{i}"), format!("t{i}"));
                    d.origin.line = i as u64;
                    Ok(Ok(d))
                }
            })
            .collect()
    }

    fn run_with(
        threads: usize,
        batch_docs: usize,
        input: Vec<Result<Item>>,
    ) -> (Vec<String>, Summary) {
        let pipeline = Pipeline::new().with(Upper);
        let opts = RunOptions {
            threads,
            batch_docs,
            ..RunOptions::default()
        };
        let mut sink = Collect::default();
        let s = run(
            input.into_iter(),
            &pipeline,
            &opts,
            &mut sink,
            &ProgressBar::hidden(),
            || 0,
        )
        .unwrap();
        (sink.0, s)
    }

    #[test]
    fn order_is_input_order_for_any_threads_and_batches() {
        let (a, sa) = run_with(1, 1, items(100));
        let (b, sb) = run_with(2, 16, items(100));
        let (c, _) = run_with(4, 1000, items(100));
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_eq!(a[0], "d0=T0");
        assert_eq!(a[3], "!3:bad");
        assert_eq!(sa.read, 100);
        assert_eq!(sa.processed + sa.rejected, 100);
        assert_eq!(sa.rejected, 14);
        assert_eq!((sa.read, sa.rejected), (sb.read, sb.rejected));
    }

    #[test]
    fn a_panicking_document_is_rejected_alone() {
        let mut input = items(10);
        let mut bad = Doc::new("d5", "boom");
        bad.origin.line = 5;
        input[5] = Ok(Ok(bad));
        let (out, s) = run_with(2, 4, input);
        assert_eq!(out.len(), 10);
        assert!(
            out[5].starts_with("!5:internal error: boom in d5"),
            "{}",
            out[5]
        );
        assert_eq!(out[4], "d4=T4");
        assert_eq!(out[6], "d6=T6");
        assert_eq!(s.rejected, 2, "line 3 (bad input) and line 5 (panic)");
    }

    #[test]
    fn run_level_error_stops_after_writing_what_came_before() {
        let mut input = items(5);
        input.push(Err(Error::Input("disk gone".into())));
        input.extend(items(5));
        let pipeline = Pipeline::new().with(Upper);
        let mut sink = Collect::default();
        let err = run(
            input.into_iter(),
            &pipeline,
            &RunOptions::default(),
            &mut sink,
            &ProgressBar::hidden(),
            || 0,
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "disk gone");
        assert_eq!(sink.0.len(), 5);
    }
}
