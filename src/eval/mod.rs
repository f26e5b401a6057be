//! `attache eval`: scores any system's events (and, when given, its
//! entities and sentences) against gold files (DESIGN.md §4, ANNOTATION.md).
//!
//! Pure functions over parsed inputs: [`load`] reads files, [`score`] turns a
//! [`Gold`] and [`Predictions`] into a [`Report`] (serde-serialisable for
//! `--json`, `Display` for the table).
//!
//! - Event detection: (document, gold sentence, type), one-to-one; predicted
//!   events are placed in gold sentences by offsets ([`align`]).
//! - Arguments: (document, type, role, actor), actors matched by country code
//!   when both sides have one, else by normalised name ([`arguments`]).
//! - Entities: exact and overlapping spans per label ([`entities`]).
//! - Sentences: whole spans and split points ([`sentences`]).
//! - Type confusion matrix, and bootstrap intervals over documents.
//!
//! Only documents of the gold `docs.jsonl` are scored; predictions on other
//! documents are counted in the notes, not as false positives.

pub mod align;
pub mod arguments;
pub mod bootstrap;
pub mod counts;
pub mod entities;
pub mod events;
pub mod input;
pub mod load;
pub mod matching;
pub mod report;
pub mod sentences;

pub use counts::{Counts, MacroPrf, Prf, Table};
pub use input::{Argument, CharSpan, EntitySpan, Event, Gold, GoldDoc, PredDoc, Predictions};
pub use load::{load_gold, load_predictions, load_predictions_for};
pub use report::{BootstrapInfo, Confusion, EntityScores, Placements, Report, SentenceScores};

use align::Placement;
use bootstrap::{DenseTable, TableCi};
use counts::{LabelCounts, add_all};
use events::{ConfusionCells, NONE};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Scoring options.
#[derive(Clone, Debug)]
pub struct Options {
    /// Bootstrap resamples (0 = no intervals).
    pub bootstrap: usize,
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            bootstrap: 0,
            seed: 42,
        }
    }
}

/// Counts of one document, per task; the unit the bootstrap resamples.
#[derive(Debug, Default)]
struct DocScores {
    events: LabelCounts,
    arguments: LabelCounts,
    roles: LabelCounts,
    entities_exact: LabelCounts,
    entities_overlap: LabelCounts,
    sentences: LabelCounts,
}

/// The documents' counts of one task, and the task's totals.
fn sum(docs: &[DocScores], pick: impl Fn(&DocScores) -> &LabelCounts) -> LabelCounts {
    let mut total = LabelCounts::new();
    for d in docs {
        add_all(&mut total, pick(d));
    }
    total
}

fn dense(
    docs: &[DocScores],
    labels: &[String],
    pick: impl Fn(&DocScores) -> &LabelCounts,
) -> DenseTable {
    DenseTable {
        docs: docs
            .iter()
            .map(|d| {
                let c = pick(d);
                labels
                    .iter()
                    .map(|l| c.get(l).copied().unwrap_or_default())
                    .collect()
            })
            .collect(),
        n_labels: labels.len(),
    }
}

fn attach(table: &mut Table, labels: &[String], ci: &TableCi) {
    for (l, c) in labels.iter().zip(&ci.labels) {
        if let Some(p) = table.labels.get_mut(l) {
            p.f1_ci = Some(*c);
        }
    }
    table.micro.f1_ci = Some(ci.micro);
    table.macro_avg.f1_ci = Some(ci.macro_avg);
}

fn confusion_matrix(cells: &ConfusionCells) -> Confusion {
    let mut types: BTreeSet<&str> = BTreeSet::new();
    for (g, p) in cells.keys() {
        types.insert(g);
        types.insert(p);
    }
    types.remove(NONE);
    let mut labels: Vec<String> = types.into_iter().map(String::from).collect();
    labels.push(NONE.to_string());
    let at: HashMap<&str, usize> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| (l.as_str(), i))
        .collect();
    let mut matrix = vec![vec![0u64; labels.len()]; labels.len()];
    for ((g, p), n) in cells {
        matrix[at[g.as_str()]][at[p.as_str()]] += n;
    }
    Confusion { labels, matrix }
}

/// Gold and predicted events per gold document, in gold order.
struct Grouped<'a> {
    gold: Vec<Vec<&'a Event>>,
    pred: Vec<Vec<&'a Event>>,
    outside_events: usize,
    outside_docs: usize,
}

fn group<'a>(gold: &'a Gold, pred: &'a Predictions) -> Grouped<'a> {
    let ids: HashMap<&str, usize> = gold
        .docs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let mut g = Grouped {
        gold: vec![Vec::new(); gold.docs.len()],
        pred: vec![Vec::new(); gold.docs.len()],
        outside_events: pred.outside_events,
        outside_docs: pred.outside_docs,
    };
    for e in &gold.events {
        if let Some(&i) = ids.get(e.doc_id.as_str()) {
            g.gold[i].push(e);
        }
    }
    let mut outside: BTreeSet<&str> = BTreeSet::new();
    for e in &pred.events {
        match ids.get(e.doc_id.as_str()) {
            Some(&i) => g.pred[i].push(e),
            None => {
                outside.insert(&e.doc_id);
                g.outside_events += 1;
            }
        }
    }
    g.outside_docs += outside.len();
    g
}

/// Which optional sections are scored, and with what.
struct Sections<'a> {
    pred_docs: Option<HashMap<&'a str, &'a PredDoc>>,
    entities: bool,
    sentences: bool,
    entity_labels: BTreeSet<String>,
}

fn sections<'a>(gold: &'a Gold, pred: &'a Predictions, notes: &mut Vec<String>) -> Sections<'a> {
    let pred_docs: Option<HashMap<&str, &PredDoc>> = pred
        .docs
        .as_ref()
        .map(|docs| docs.iter().map(|d| (d.id.as_str(), d)).collect());
    if let Some(by_id) = &pred_docs {
        let missing = gold
            .docs
            .iter()
            .filter(|g| !by_id.contains_key(g.id.as_str()))
            .count();
        if missing > 0 {
            notes.push(format!(
                "{missing} gold documents have no record in --docs; their entities and sentences count as not found"
            ));
        }
    }
    let has_layer = |f: fn(&PredDoc) -> bool| pred.docs.as_ref().is_some_and(|d| d.iter().any(f));
    let pred_entities = has_layer(|d| d.entities.is_some());
    if pred_entities && gold.entities.is_none() {
        notes.push(
            "--docs has entities but the gold folder has no entities.jsonl: entities not scored"
                .into(),
        );
    }
    Sections {
        pred_docs,
        entities: pred_entities && gold.entities.is_some(),
        sentences: has_layer(|d| d.sentences.is_some()),
        entity_labels: entities::ANNOTATED_LABELS
            .iter()
            .map(|l| l.to_string())
            .chain(
                gold.entities
                    .iter()
                    .flat_map(|m| m.values().flatten().map(|e| e.label.clone())),
            )
            .collect(),
    }
}

/// Everything the per-document pass produces.
#[derive(Default)]
struct Scored {
    per_doc: Vec<DocScores>,
    cells: ConfusionCells,
    placements: Placements,
    ignored: BTreeMap<String, u64>,
    docs_without_entities: usize,
    docs_without_sentences: usize,
}

fn score_documents(gold: &Gold, grouped: &Grouped, sec: &Sections) -> Scored {
    let mut out = Scored::default();
    for (i, gdoc) in gold.docs.iter().enumerate() {
        let mut d = DocScores::default();
        let det = events::score_doc(&gdoc.sentences, &grouped.gold[i], &grouped.pred[i]);
        for p in &det.placements {
            match p {
                Placement::Trigger(_) => out.placements.by_trigger += 1,
                Placement::SentenceSpan(_) => out.placements.by_sentence_span += 1,
                Placement::Index(_) => out.placements.by_index += 1,
                Placement::Nowhere => out.placements.unplaced += 1,
            }
        }
        for (k, n) in det.confusion {
            *out.cells.entry(k).or_default() += n;
        }
        d.events = det.counts;
        let args = arguments::score_doc(&grouped.gold[i], &grouped.pred[i]);
        d.arguments = args.by_type;
        d.roles = args.by_role;

        let pdoc = sec
            .pred_docs
            .as_ref()
            .and_then(|m| m.get(gdoc.id.as_str()).copied());
        if sec.entities
            && let Some(gold_ents) = gold.entities.as_ref().and_then(|m| m.get(&gdoc.id))
        {
            let pred_ents = pdoc.and_then(|p| p.entities.as_deref());
            out.docs_without_entities += usize::from(pred_ents.is_none());
            let e = entities::score_doc(gold_ents, pred_ents.unwrap_or(&[]), &sec.entity_labels);
            d.entities_exact = e.exact;
            d.entities_overlap = e.overlap;
            for (l, n) in e.ignored {
                *out.ignored.entry(l).or_default() += n;
            }
        }
        if sec.sentences {
            let pred_sents = pdoc.and_then(|p| p.sentences.as_deref());
            out.docs_without_sentences += usize::from(pred_sents.is_none());
            let text = pdoc.and_then(|p| p.text.as_deref());
            let (spans, bounds) =
                sentences::score_doc(&gdoc.sentences, pred_sents.unwrap_or(&[]), text);
            d.sentences.insert("spans".into(), spans);
            d.sentences.insert("boundaries".into(), bounds);
        }
        out.per_doc.push(d);
    }
    out
}

fn notes_on(pred: &Predictions, grouped: &Grouped, scored: &Scored, notes: &mut Vec<String>) {
    let p = &scored.placements;
    let lines = [
        (
            pred.docs_without_events,
            "records of the predictions file are documents without an \"events\" layer (no events predicted for them)".to_string(),
        ),
        (
            grouped.outside_events,
            format!(
                "predicted events on {} documents that are not in gold were not scored",
                grouped.outside_docs
            ),
        ),
        (
            scored.docs_without_entities,
            "documents of entities.jsonl have no predicted entities in --docs (scored as none found)".into(),
        ),
        (
            scored.docs_without_sentences,
            "gold documents have no predicted sentences in --docs (scored as none found)".into(),
        ),
        (
            p.by_index as usize,
            "predicted events had no offsets: their own sentence index was taken to number gold sentences".into(),
        ),
        (
            p.unplaced as usize,
            "predicted events had neither offsets nor a sentence index within the gold document: counted as false positives".into(),
        ),
    ];
    for (n, what) in lines {
        if n > 0 {
            notes.push(format!("{n} {what}"));
        }
    }
}

/// Tables of every task (events, arguments, roles, entities exact and
/// overlap, sentences), with bootstrap intervals when asked for.
fn tables(per_doc: &[DocScores], opts: &Options) -> (Vec<Table>, Option<BootstrapInfo>) {
    type Pick = fn(&DocScores) -> &LabelCounts;
    let picks: [Pick; 6] = [
        |d| &d.events,
        |d| &d.arguments,
        |d| &d.roles,
        |d| &d.entities_exact,
        |d| &d.entities_overlap,
        |d| &d.sentences,
    ];
    let totals: Vec<LabelCounts> = picks.iter().map(|p| sum(per_doc, p)).collect();
    let mut tables: Vec<Table> = totals.iter().map(Table::from_counts).collect();
    if opts.bootstrap == 0 || per_doc.is_empty() {
        return (tables, None);
    }
    // The bootstrap shares the tables' label order.
    let labels: Vec<Vec<String>> = totals.iter().map(|t| t.keys().cloned().collect()).collect();
    let dense_tables: Vec<DenseTable> = picks
        .iter()
        .zip(&labels)
        .map(|(p, l)| dense(per_doc, l, p))
        .collect();
    let cis = bootstrap::intervals(&dense_tables, per_doc.len(), opts.bootstrap, opts.seed);
    for ((t, l), ci) in tables.iter_mut().zip(&labels).zip(&cis) {
        attach(t, l, ci);
    }
    let info = BootstrapInfo {
        samples: opts.bootstrap,
        seed: opts.seed,
        level: 0.95,
        unit: "document",
    };
    (tables, Some(info))
}

/// Scores `pred` against `gold`.
pub fn score(gold: &Gold, pred: &Predictions, opts: &Options) -> Report {
    let mut notes = Vec::new();
    let grouped = group(gold, pred);
    let sec = sections(gold, pred, &mut notes);
    let scored = score_documents(gold, &grouped, &sec);
    notes_on(pred, &grouped, &scored, &mut notes);
    let (tables, bootstrap) = tables(&scored.per_doc, opts);
    let [events_t, args_t, roles_t, exact_t, overlap_t, sent_t]: [Table; 6] =
        tables.try_into().expect("one table per task");

    let entities = sec.entities.then(|| EntityScores {
        documents: gold.entities.as_ref().map_or(0, |m| m.len()),
        labels_scored: sec.entity_labels.iter().cloned().collect(),
        exact: exact_t,
        overlap: overlap_t,
        ignored: scored.ignored,
    });
    let sentences = sec.sentences.then(|| {
        let get = |k: &str| {
            sent_t
                .labels
                .get(k)
                .cloned()
                .unwrap_or_else(|| Prf::from(Counts::default()))
        };
        SentenceScores {
            documents: gold.docs.len(),
            spans: get("spans"),
            boundaries: get("boundaries"),
        }
    });

    Report {
        schema: report::SCHEMA,
        documents: gold.docs.len(),
        gold_events: grouped.gold.iter().map(Vec::len).sum(),
        pred_events: grouped.pred.iter().map(Vec::len).sum(),
        events: events_t,
        arguments: args_t,
        argument_roles: roles_t,
        confusion: confusion_matrix(&scored.cells),
        entities,
        sentences,
        placements: scored.placements,
        bootstrap,
        notes,
    }
}
