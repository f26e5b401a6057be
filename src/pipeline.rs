//! Components and their composition.
//!
//! A [`Component`] adds one layer to a [`Doc`]. The pipeline runs them in
//! order over batches of documents; components that profit from seeing many
//! documents at once (the neural taggers) override `process_batch`.
//!
//! A panic inside a component, or a document that spends its work budget
//! ([`crate::budget`]), costs that document alone: [`isolate`] catches it,
//! records the reason in [`Doc::failure`], and later components pass the
//! document by, while the rest of the batch carries on in parallel.

use crate::budget;
use crate::doc::Doc;
use rayon::prelude::*;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::Instant;

pub trait Component: Send + Sync {
    /// Short stable name, used in logs and `pipeline` metadata.
    fn name(&self) -> &'static str;

    /// Add this component's layer to one document. Content problems are
    /// handled inside (e.g. windowing over-long sentences); a component never
    /// drops a document.
    fn process(&self, doc: &mut Doc);

    /// Add the layer to many documents; by default in parallel, one at a
    /// time, each [`isolate`]d (so a document that failed earlier is passed
    /// by, and a panic or spent budget fails only its own document).
    ///
    /// A component that overrides this to work across documents cannot be
    /// isolated per document while it runs. Should it panic, the pipeline
    /// redoes the batch's documents one at a time (still in parallel) with
    /// [`Component::process`], so `process` must be able to redo a document
    /// the batch call left half done (clear the layer it writes first).
    fn process_batch(&self, docs: &mut [Doc]) {
        docs.par_iter_mut()
            .for_each(|d| isolate(d, |d| self.process(d)));
    }
}

/// Runs `f` (one component's work) on `doc`, unless an earlier stage failed
/// it, under what is left of the document's work budget. A panic, or the
/// budget running out ([`budget::check`]), is caught and recorded in
/// [`Doc::failure`]: `internal error: <message>` for a panic, the
/// [`budget::Exceeded`] message for a spent budget.
pub fn isolate(doc: &mut Doc, f: impl FnOnce(&mut Doc)) {
    if doc.failure.is_some() {
        return;
    }
    // Spent in earlier components that had no check to stop at: the next
    // one does not start.
    if let Some(limit) = doc.budget.limit
        && doc.budget.spent >= limit
    {
        doc.failure = Some(budget::Exceeded { limit }.to_string());
        return;
    }
    let started = Instant::now();
    let deadline = doc.budget.limit.and_then(|limit| {
        let left = limit.saturating_sub(doc.budget.spent);
        started.checked_add(left).map(|at| (at, limit))
    });
    let result = budget::scope(deadline, || catch_unwind(AssertUnwindSafe(|| f(doc))));
    doc.budget.spent += started.elapsed();
    if let Err(payload) = result {
        doc.failure = Some(failure_reason(payload.as_ref()));
    }
}

/// The reject reason for a caught panic payload.
pub fn failure_reason(payload: &(dyn std::any::Any + Send)) -> String {
    match budget::exceeded(payload) {
        Some(e) => e.to_string(),
        None => format!("internal error: {}", panic_message(payload)),
    }
}

/// The message a panic was raised with (`panic!("...")`), if it has one.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic".to_string()
    }
}

/// Installs (once per process) a panic hook that says nothing for a spent
/// budget, which is an expected outcome reported in the reject file, and
/// defers to the previous hook for every other panic (a bug, whose location
/// is worth printing).
pub fn silence_budget_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if budget::exceeded(info.payload()).is_none() {
                previous(info);
            }
        }));
    });
}

/// The stages every command starts with: mark datelines and navigation,
/// then split sentences.
pub fn segmentation() -> Pipeline {
    Pipeline::new()
        .with(crate::clean::Cleaner)
        .with(crate::segment::Segmenter)
}

/// Components run in the order given.
#[derive(Default)]
pub struct Pipeline {
    components: Vec<Box<dyn Component>>,
}

impl Pipeline {
    pub fn new() -> Self {
        Pipeline::default()
    }

    pub fn with(mut self, c: impl Component + 'static) -> Self {
        self.components.push(Box::new(c));
        self
    }

    pub fn names(&self) -> Vec<&'static str> {
        self.components.iter().map(|c| c.name()).collect()
    }

    /// Runs every component over one document, each [`isolate`]d: check
    /// [`Doc::failure`] afterwards.
    pub fn process(&self, doc: &mut Doc) {
        for c in &self.components {
            isolate(doc, |d| c.process(d));
        }
    }

    /// Runs every component over the batch. Documents that fail (see
    /// [`Doc::failure`]) are left out of later components; the others keep
    /// the batched, parallel path.
    pub fn process_batch(&self, docs: &mut [Doc]) {
        for c in &self.components {
            run_component(c.as_ref(), docs);
        }
    }
}

/// One component over the batch's documents that have not failed.
fn run_component(c: &dyn Component, docs: &mut [Doc]) {
    let live: Vec<usize> = (0..docs.len())
        .filter(|&i| docs[i].failure.is_none())
        .collect();
    if live.len() == docs.len() {
        batch_or_redo(c, docs);
    } else if !live.is_empty() {
        // Gather the live documents into one slice (moves, not copies) so a
        // batching component never sees a failed one.
        let mut sub: Vec<Doc> = live.iter().map(|&i| std::mem::take(&mut docs[i])).collect();
        batch_or_redo(c, &mut sub);
        for (i, d) in live.into_iter().zip(sub) {
            docs[i] = d;
        }
    }
}

/// The component's own batch call; if a panic gets out of it (only a
/// component that overrides `process_batch` lets one through), the batch is
/// redone for this component alone, one isolated document at a time, in
/// parallel, so only the document that panics again fails.
fn batch_or_redo(c: &dyn Component, docs: &mut [Doc]) {
    if catch_unwind(AssertUnwindSafe(|| c.process_batch(docs))).is_err() {
        docs.par_iter_mut()
            .for_each(|d| isolate(d, |d| c.process(d)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    struct Sleep(Duration);
    impl Component for Sleep {
        fn name(&self) -> &'static str {
            "sleep"
        }
        fn process(&self, doc: &mut Doc) {
            // No budget check inside: the budget can only stop what follows.
            std::thread::sleep(self.0);
            doc.warnings.push("slept".into());
        }
    }

    #[test]
    fn a_budget_spent_without_a_check_stops_the_next_component() {
        let pipeline = Pipeline::new()
            .with(Sleep(Duration::from_millis(30)))
            .with(Sleep(Duration::ZERO));
        let mut doc = Doc::new("d", "text");
        doc.budget.limit = Some(Duration::from_millis(10));
        pipeline.process(&mut doc);
        assert_eq!(doc.warnings, ["slept"], "the first ran, the second did not");
        assert_eq!(
            doc.failure.as_deref(),
            Some("document exceeded its work budget (--doc-timeout 0.01s)")
        );
        assert!(doc.budget.spent >= Duration::from_millis(30));
        // Without a limit both run.
        let mut doc = Doc::new("d", "text");
        pipeline.process(&mut doc);
        assert_eq!(doc.warnings, ["slept", "slept"]);
        assert_eq!(doc.failure, None);
    }

    #[test]
    fn isolate_names_panics_and_spent_budgets() {
        let mut doc = Doc::new("d", "text");
        isolate(&mut doc, |_| std::panic::panic_any(7u8));
        assert_eq!(doc.failure.as_deref(), Some("internal error: panic"));
        // A failed document is passed by.
        isolate(&mut doc, |_| unreachable!());
        let mut doc = Doc::new("d", "text");
        doc.budget.limit = Some(Duration::from_millis(1));
        isolate(&mut doc, |_| {
            loop {
                budget::check();
            }
        });
        assert_eq!(
            doc.failure.as_deref(),
            Some("document exceeded its work budget (--doc-timeout 0.001s)")
        );
    }
}
