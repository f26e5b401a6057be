//! Runs a [`Pipeline`] over a stream of documents: reading, processing and
//! writing overlap in three threads, documents are processed in parallel
//! within a batch, and output keeps input order whatever the thread count.
//! Memory is bounded by a few batches in flight.

mod checkpoint;

pub use checkpoint::{Checkpoint, OutputState};

use crate::doc::Doc;
use crate::error::{Error, Result};
use crate::pipeline::{self, Pipeline};
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
    /// Work budget per document, all components together (`--doc-timeout`);
    /// a document over it is rejected with that reason. None: no limit.
    pub doc_timeout: Option<Duration>,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            threads: 0,
            batch_docs: 256,
            batch_bytes: 8 << 20,
            skip: 0,
            doc_timeout: Some(Duration::from_secs(60)),
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
    pipeline::silence_budget_panics();
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
                let out = batch.map(|b| pool.install(|| process(pipeline, b, opts.doc_timeout)));
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
/// inside a component is a bug, and a document over its work budget is a
/// cost it must not impose on the others: either fails that document alone
/// (the pipeline isolates each one), which becomes a reject with the reason,
/// while the rest of the batch stays on the batched, parallel path.
fn process(pipeline: &Pipeline, batch: Vec<Item>, doc_timeout: Option<Duration>) -> Vec<Item> {
    let (slots, mut docs): (Vec<Option<Reject>>, Vec<Doc>) = split(batch);
    for d in &mut docs {
        d.budget.limit = doc_timeout;
    }
    if let Err(payload) = catch_unwind(AssertUnwindSafe(|| pipeline.process_batch(&mut docs))) {
        // Not expected (components are isolated inside); if it happens, the
        // documents still unfinished are rejected rather than written half done.
        let reason = pipeline::failure_reason(payload.as_ref());
        for d in docs.iter_mut().filter(|d| d.failure.is_none()) {
            d.failure = Some(reason.clone());
        }
    }
    let results = docs
        .into_iter()
        .map(|mut d| match d.failure.take() {
            None => Ok(d),
            Some(reason) => Err(Reject {
                source: std::mem::take(&mut d.origin.source),
                line: d.origin.line,
                id: Some(std::mem::take(&mut d.id)),
                reason,
            }),
        })
        .collect();
    merge(slots, results)
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

    /// Works across documents, as the spaCy component does: one call for
    /// the batch, which panics as a whole when any document is bad.
    struct Batching;
    impl Component for Batching {
        fn name(&self) -> &'static str {
            "batching"
        }
        fn process(&self, doc: &mut Doc) {
            self.process_batch(std::slice::from_mut(doc));
        }
        fn process_batch(&self, docs: &mut [Doc]) {
            for d in docs.iter_mut() {
                // Half done before the panic, as a real one may leave it.
                d.warnings.clear();
                d.warnings.push("b".into());
            }
            if let Some(bad) = docs.iter().find(|d| d.text.contains("boom")) {
                panic!("batch boom at {}", bad.id);
            }
        }
    }

    /// Loops until its budget runs out on documents that say "spin".
    struct Spin;
    impl Component for Spin {
        fn name(&self) -> &'static str {
            "spin"
        }
        fn process(&self, doc: &mut Doc) {
            while doc.text.contains("spin") {
                crate::budget::check();
                std::hint::spin_loop();
            }
        }
    }

    /// Counts the documents it is given.
    struct Count(std::sync::Arc<std::sync::atomic::AtomicUsize>);
    impl Component for Count {
        fn name(&self) -> &'static str {
            "count"
        }
        fn process(&self, _: &mut Doc) {
            self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
    }

    fn run_pipeline(
        pipeline: &Pipeline,
        opts: &RunOptions,
        input: Vec<Result<Item>>,
    ) -> Vec<String> {
        let mut sink = Collect::default();
        run(
            input.into_iter(),
            pipeline,
            opts,
            &mut sink,
            &ProgressBar::hidden(),
            || 0,
        )
        .unwrap();
        sink.0
    }

    #[test]
    fn a_panic_in_a_batching_component_costs_only_its_document() {
        let mut input = items(20);
        let mut bad = Doc::new("d9", "boom");
        bad.origin.line = 9;
        input[9] = Ok(Ok(bad));
        let pipeline = Pipeline::new().with(Batching).with(Upper);
        let opts = RunOptions {
            threads: 2,
            batch_docs: 8,
            ..RunOptions::default()
        };
        let out = run_pipeline(&pipeline, &opts, input);
        assert_eq!(out.len(), 20);
        assert_eq!(out[9], "!9:internal error: batch boom at d9");
        // The batch mates were redone once, not twice, and the later
        // component saw them.
        assert_eq!(out[8], "d8=bT8");
        assert_eq!(out[11], "d11=bT11");
        assert_eq!(out[0], "d0=bT0");
    }

    #[test]
    fn a_failed_document_is_skipped_by_later_components() {
        let seen = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let pipeline = Pipeline::new()
            .with(Upper)
            .with(Count(std::sync::Arc::clone(&seen)));
        let mut docs = vec![Doc::new("a", "boom"), Doc::new("b", "fine")];
        pipeline.process_batch(&mut docs);
        assert_eq!(
            docs[0].failure.as_deref(),
            Some("internal error: boom in a")
        );
        assert_eq!(docs[1].failure, None);
        assert_eq!(docs[1].warnings, ["FINE"]);
        assert_eq!(seen.load(std::sync::atomic::Ordering::Relaxed), 1);
        // The same through the runner: 10 items, one bad input line (3) and
        // one panic (5), so 8 documents reach the counter.
        seen.store(0, std::sync::atomic::Ordering::Relaxed);
        let mut input = items(10);
        input[5] = Ok(Ok(Doc::new("d5", "boom")));
        let out = run_pipeline(&pipeline, &RunOptions::default(), input);
        assert_eq!(out[5], "!0:internal error: boom in d5");
        assert_eq!(seen.load(std::sync::atomic::Ordering::Relaxed), 8);
    }

    #[test]
    fn a_document_over_its_budget_is_rejected_and_the_run_goes_on() {
        let mut input = items(12);
        let mut spin = Doc::new("d4", "spin forever");
        spin.origin.line = 4;
        input[4] = Ok(Ok(spin));
        let pipeline = Pipeline::new().with(Spin).with(Upper);
        let opts = RunOptions {
            threads: 2,
            batch_docs: 5,
            doc_timeout: Some(Duration::from_millis(50)),
            ..RunOptions::default()
        };
        let started = Instant::now();
        let out = run_pipeline(&pipeline, &opts, input);
        assert!(started.elapsed() < Duration::from_secs(30));
        assert_eq!(out.len(), 12);
        assert_eq!(
            out[4],
            "!4:document exceeded its work budget (--doc-timeout 0.05s)"
        );
        assert_eq!(out[5], "d5=T5");
        assert_eq!(out.iter().filter(|o| o.starts_with('!')).count(), 3);
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
