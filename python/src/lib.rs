//! The native half of the `attache` Python package (`attache._native`).
//!
//! Nothing here re-implements the pipeline: documents are read with the
//! library's JSONL line parser ([`attache::read::parse_line`]) and id rules
//! ([`attache::read::UniqueIds`]), run with the library's runner
//! ([`attache::run::run`]: batches, worker threads, per-document isolation,
//! the work budget, failures turned into rejects, input order), and written
//! with the records `attache extract` writes ([`DocRecord`],
//! [`event_records_with`]), serialised the same way (serde_json, one line
//! each). The Python side (`attache/__init__.py`) turns texts and dicts into
//! JSON lines and the lines it gets back into dicts.

use attache::compose::{self, EntitiesChoice, EventOptions, EventsChoice};
use attache::doc::Doc;
use attache::events::record::event_records_with;
use attache::ner::NerChoice;
use attache::read::{self, FieldMap, Item, ReadOptions, Reject, UniqueIds};
use attache::run::{self, RunOptions, Sink};
use attache::write::DocRecord;
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A composed pipeline with the options it runs under.
struct Engine {
    pipeline: attache::pipeline::Pipeline,
    ner_model: String,
    read: ReadOptions,
    run: RunOptions,
}

/// The `extract` pipeline (embedded recognizer, event stage, linker),
/// loaded once and shared by every call and thread.
#[pyclass(frozen, module = "attache._native")]
struct Pipeline {
    engine: Arc<Engine>,
    events: String,
    entities: String,
    keep_unreal: bool,
}

fn value_error(e: impl std::fmt::Display) -> PyErr {
    PyValueError::new_err(e.to_string())
}

#[pymethods]
impl Pipeline {
    #[new]
    #[pyo3(signature = (
        threads = 0,
        events = String::from("model"),
        keep_unreal = false,
        entities = String::from("model"),
        doc_timeout = 60.0,
        max_doc_bytes = read::DEFAULT_MAX_DOC_BYTES,
        batch_docs = 256,
        id_field = String::from("id"),
        text_field = String::from("text"),
        date_field = String::from("date"),
        title_field = String::from("title"),
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        threads: usize,
        events: String,
        keep_unreal: bool,
        entities: String,
        doc_timeout: f64,
        max_doc_bytes: usize,
        batch_docs: usize,
        id_field: String,
        text_field: String,
        date_field: String,
        title_field: String,
    ) -> PyResult<Self> {
        // The command line's `--doc-timeout` bounds, and its 0 = no limit.
        if !doc_timeout.is_finite() || !(0.0..=1e9).contains(&doc_timeout) {
            return Err(value_error(format!(
                "doc_timeout={doc_timeout}: expected seconds from 0 to 1e9"
            )));
        }
        let choice: EventsChoice = events.parse().map_err(value_error)?;
        let entity_choice: EntitiesChoice = entities.parse().map_err(value_error)?;
        let pipeline = compose::extract_with(
            &entity_choice,
            &EventOptions {
                keep_unreal,
                events: choice.clone(),
            },
        )
        .map_err(value_error)?;
        let engine = Engine {
            pipeline,
            ner_model: NerChoice::Sm.model_name(),
            read: ReadOptions {
                fields: FieldMap {
                    id: id_field,
                    text: text_field,
                    date: date_field,
                    title: title_field,
                },
                max_doc_bytes,
            },
            run: RunOptions {
                threads,
                batch_docs: batch_docs.max(1),
                doc_timeout: (doc_timeout > 0.0).then(|| Duration::from_secs_f64(doc_timeout)),
                ..RunOptions::default()
            },
        };
        Ok(Pipeline {
            engine: Arc::new(engine),
            events: choice.name(),
            entities: entity_choice.name(),
            keep_unreal,
        })
    }

    /// A new run over documents from `source`: ids are unique within it,
    /// and an item without one is named `{source}:{N}`, N its 1-based
    /// position in the run.
    fn stream(&self, source: String) -> Stream {
        Stream {
            engine: Arc::clone(&self.engine),
            source,
            state: Mutex::new((UniqueIds::default(), 0)),
        }
    }

    /// The recognizer's name, as in each event's `pipeline.ner_model`.
    #[getter]
    fn ner_model(&self) -> String {
        self.engine.ner_model.clone()
    }

    /// The stages, in the order they run.
    #[getter]
    fn stages(&self) -> Vec<&'static str> {
        self.engine.pipeline.names()
    }

    /// Worker threads (0 = one per core).
    #[getter]
    fn threads(&self) -> usize {
        self.engine.run.threads
    }

    /// The event stage: `model`, `rules` or a model folder.
    #[getter]
    fn events(&self) -> String {
        self.events.clone()
    }

    /// The entity layer: `model`, `gazetteer` or a tagger folder.
    #[getter]
    fn entities(&self) -> String {
        self.entities.clone()
    }

    /// Whether negated and hypothetical events are kept.
    #[getter]
    fn keep_unreal(&self) -> bool {
        self.keep_unreal
    }
}

/// One run: the documents it has read so far, for ids and positions.
#[pyclass(frozen, module = "attache._native")]
struct Stream {
    engine: Arc<Engine>,
    source: String,
    /// Ids handed out, and the last position used.
    state: Mutex<(UniqueIds, u64)>,
}

/// What a document became: its record and event lines, or its reject line.
type Outcome = (bool, String, Vec<String>);

/// Collects what `attache extract` would write, document by document.
struct Collect<'a> {
    ner_model: &'a str,
    out: Vec<Outcome>,
}

fn to_json<T: serde::Serialize>(record: &T) -> attache::Result<String> {
    serde_json::to_string(record)
        .map_err(|e| attache::Error::Input(format!("cannot write JSON: {e}")))
}

impl Sink for Collect<'_> {
    fn doc(&mut self, doc: &Doc) -> attache::Result<()> {
        let events = event_records_with(doc, self.ner_model)
            .iter()
            .map(to_json)
            .collect::<attache::Result<Vec<_>>>()?;
        let record = to_json(&DocRecord::new(doc, self.ner_model))?;
        self.out.push((true, record, events));
        Ok(())
    }

    fn reject(&mut self, reject: &Reject) -> attache::Result<()> {
        self.out.push((false, to_json(reject)?, Vec::new()));
        Ok(())
    }
}

#[pymethods]
impl Stream {
    /// Runs the pipeline over JSON lines (one object each, as in a JSONL
    /// input), with the GIL released. Returns, in input order, one
    /// `(True, document_line, event_lines)` or `(False, reject_line, [])`
    /// per line.
    fn process(&self, py: Python<'_>, lines: Vec<Vec<u8>>) -> PyResult<Vec<Outcome>> {
        py.detach(|| {
            let engine = &*self.engine;
            let items: Vec<Item> = {
                let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
                let (ids, position) = &mut *state;
                lines
                    .iter()
                    .map(|line| {
                        *position += 1;
                        let mut item = read::parse_line(
                            line,
                            &self.source,
                            *position,
                            &self.source,
                            &engine.read,
                        );
                        if let Ok(doc) = &mut item {
                            ids.assign(doc);
                        }
                        item
                    })
                    .collect()
            };
            let mut sink = Collect {
                ner_model: &engine.ner_model,
                out: Vec::with_capacity(items.len()),
            };
            run::run(
                items.into_iter().map(Ok),
                &engine.pipeline,
                &engine.run,
                &mut sink,
                &indicatif::ProgressBar::hidden(),
                || 0,
            )
            .map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
            Ok(sink.out)
        })
    }

    /// The name rejects and made-up ids use.
    #[getter]
    fn source(&self) -> String {
        self.source.clone()
    }
}

/// Scores predictions against a gold folder as `attache eval` does; returns
/// the report as JSON (what `--json` prints) and as the table it prints
/// without.
#[pyfunction]
#[pyo3(signature = (gold, pred, docs = None, bootstrap = 0, seed = 42))]
fn eval_report(
    py: Python<'_>,
    gold: PathBuf,
    pred: PathBuf,
    docs: Option<PathBuf>,
    bootstrap: usize,
    seed: u64,
) -> PyResult<(String, String)> {
    py.detach(|| {
        let gold = attache::eval::load_gold(&gold)
            .map_err(|e| value_error(format!("cannot read gold: {e}")))?;
        let pred = attache::eval::load_predictions_for(&gold, &pred, docs.as_deref())
            .map_err(|e| value_error(format!("cannot read predictions: {e}")))?;
        let report =
            attache::eval::score(&gold, &pred, &attache::eval::Options { bootstrap, seed });
        let json = serde_json::to_string(&report)
            .map_err(|e| PyRuntimeError::new_err(format!("cannot write JSON: {e}")))?;
        Ok((json, report.to_string()))
    })
}

/// The Rust half of attache: the pipeline, a run over JSON lines, and the
/// scorer. Use the `attache` package, which wraps it.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Pipeline>()?;
    m.add_class::<Stream>()?;
    m.add_function(wrap_pyfunction!(eval_report, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("DEFAULT_MAX_DOC_BYTES", read::DEFAULT_MAX_DOC_BYTES)?;
    Ok(())
}
