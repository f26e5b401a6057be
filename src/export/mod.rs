//! `attache export`: document JSONL → training data (DESIGN.md §5).
//!
//! One module per format, all behind [`Exporter`]: the driver ([`export`])
//! streams document records, applies `--min-score`, and hands each
//! [`ExportDoc`] to the exporter; nothing is held across documents except
//! what a format's trailer needs (label lists).
//!
//! | format | output | unit |
//! |---|---|---|
//! | `conll` | `TOKEN TAG` lines, BIO (IOB2) tags, `-DOCSTART-` per document | sentence |
//! | `spacy` | spaCy/Prodigy span JSONL (`text`, `tokens`, `spans`) | document |
//! | `hf` | Hugging Face token classification JSONL (`tokens`, `ner_tags`) + `*.labels.json` | sentence |
//! | `doccano` | doccano sequence-labelling JSONL (`text`, `label`) | document |
//! | `brat` | folder of `.txt` + `.ann` (entities, events, relations) + `annotation.conf` | document |
//! | `relations` | relation/event classification JSONL: marked actor pairs and triggers | sentence |

pub mod brat;
pub mod conll;
pub mod doc;
pub mod doccano;
pub mod hf;
pub mod relations;
pub mod spacy;
pub mod tokens;

pub use doc::{Entity, Event, ExportDoc, Mention};

use crate::error::{Error, Result};
use crate::eval::load::JsonLines;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Conll,
    Spacy,
    Hf,
    Doccano,
    Brat,
    Relations,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Conll,
        Format::Spacy,
        Format::Hf,
        Format::Doccano,
        Format::Brat,
        Format::Relations,
    ];

    pub const fn name(self) -> &'static str {
        match self {
            Format::Conll => "conll",
            Format::Spacy => "spacy",
            Format::Hf => "hf",
            Format::Doccano => "doccano",
            Format::Brat => "brat",
            Format::Relations => "relations",
        }
    }

    pub fn parse(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }
}

/// What an export did, for the summary on stderr and for tests. Nothing is
/// left out of an export without being counted here.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub documents: u64,
    /// Lines, files or examples written (per format: sentences, documents…).
    pub records: u64,
    pub entities: u64,
    /// Entities, events and arguments under `--min-score`.
    pub below_min_score: u64,
    /// Entities left out because a format cannot nest spans.
    pub overlapping_entities: u64,
    /// Entities no token falls inside (whitespace-only spans).
    pub entities_without_tokens: u64,
    /// Tokens cut at an entity or sentence edge.
    pub token_cuts: u64,
    /// Documents tokenized by export's minimal tokenizer (no `tokens` layer).
    pub self_tokenized: u64,
    pub events: u64,
    /// Events that a format could not express (BRAT: no trigger offsets).
    pub events_skipped: u64,
    /// Arguments with no offsets in the text (left out of BRAT and examples).
    pub arguments_without_offsets: u64,
    /// Arguments outside their event's sentence (left out of examples).
    pub arguments_outside_sentence: u64,
    /// Documents with no tokens (empty text): no sentence examples.
    pub empty_documents: u64,
    /// Documents with no `events` layer.
    pub documents_without_events: u64,
    /// Documents whose `relations` layer was not exported.
    pub relation_layers_ignored: u64,
    /// Examples by kind and label (`relations` format).
    pub examples: BTreeMap<String, u64>,
}

impl Stats {
    /// Human-readable lines for the non-zero counts.
    pub fn summary(&self, format: Format) -> Vec<String> {
        let mut out = vec![format!(
            "{} documents → {} {} records, {} entities, {} events",
            self.documents,
            self.records,
            format.name(),
            self.entities,
            self.events
        )];
        let notes = [
            (
                self.below_min_score,
                "entities/events/arguments below --min-score left out",
            ),
            (
                self.overlapping_entities,
                "overlapping entities left out (this format cannot nest spans)",
            ),
            (
                self.entities_without_tokens,
                "entities cover no token (whitespace only) and have no tag",
            ),
            (self.token_cuts, "tokens cut at entity or sentence edges"),
            (
                self.self_tokenized,
                "documents had no \"tokens\" layer and were tokenized by export's minimal tokenizer (whitespace, then punctuation)",
            ),
            (
                self.events_skipped,
                "events without trigger offsets (or, for examples, without a sentence) left out",
            ),
            (
                self.arguments_without_offsets,
                "arguments without offsets left out",
            ),
            (
                self.arguments_outside_sentence,
                "arguments outside their event's sentence left out of examples",
            ),
            (
                self.empty_documents,
                "documents have no tokens (empty text) and give no examples",
            ),
            (
                self.documents_without_events,
                "documents have no \"events\" layer",
            ),
            (
                self.relation_layers_ignored,
                "documents have a \"relations\" layer, which export does not read yet (relations come from events)",
            ),
        ];
        for (n, what) in notes {
            if n > 0 {
                out.push(format!("{n} {what}"));
            }
        }
        for (kind, n) in &self.examples {
            out.push(format!("{n} examples {kind}"));
        }
        out
    }
}

/// Options shared by every format.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Leave out entities, events and arguments scored below this. Items
    /// without a score (gold, hand-made) are kept.
    pub min_score: Option<f64>,
}

/// One output format.
pub trait Exporter {
    /// Writes one document.
    fn write_doc(&mut self, doc: &ExportDoc, stats: &mut Stats) -> Result<()>;
    /// Writes whatever depends on all documents (label lists, configuration)
    /// and flushes.
    fn finish(&mut self, stats: &mut Stats) -> Result<()>;
}

/// Makes the exporter for `format` writing to `out` (a file, or a folder for
/// BRAT).
pub fn exporter(format: Format, out: &Path) -> Result<Box<dyn Exporter>> {
    Ok(match format {
        Format::Conll => Box::new(conll::Conll::create(out)?),
        Format::Spacy => Box::new(spacy::Spacy::create(out)?),
        Format::Hf => Box::new(hf::Hf::create(out)?),
        Format::Doccano => Box::new(doccano::Doccano::create(out)?),
        Format::Brat => Box::new(brat::Brat::create(out)?),
        Format::Relations => Box::new(relations::Relations::create(out)?),
    })
}

fn keep(score: Option<f64>, min: Option<f64>) -> bool {
    match (score, min) {
        (Some(s), Some(m)) => s >= m,
        _ => true,
    }
}

/// Applies `--min-score` to entities, events and arguments.
pub fn filter(doc: &mut ExportDoc, opts: &Options, stats: &mut Stats) {
    let min = opts.min_score;
    if min.is_none() {
        return;
    }
    let before = doc.entities.len();
    doc.entities.retain(|e| keep(e.score, min));
    stats.below_min_score += (before - doc.entities.len()) as u64;
    if let Some(events) = &mut doc.events {
        let before = events.len();
        events.retain(|e| keep(e.score, min));
        stats.below_min_score += (before - events.len()) as u64;
        for e in events.iter_mut() {
            for args in [&mut e.actor, &mut e.recipient] {
                let before = args.len();
                args.retain(|a| keep(a.score, min));
                stats.below_min_score += (before - args.len()) as u64;
            }
        }
    }
}

/// Exports every document of `input` (document JSONL; `-` for stdin) with
/// `exporter`. A malformed record stops the export with `file:line` and the
/// reason: training data with silently missing documents is worse than none.
pub fn export(input: &Path, exporter: &mut dyn Exporter, opts: &Options) -> Result<Stats> {
    let mut stats = Stats::default();
    let mut lines = JsonLines::open(input)?;
    while let Some(item) = lines.next() {
        let (line, value) = item?;
        let mut doc = ExportDoc::from_json(&value).map_err(|m| lines.error_at(line, &m))?;
        filter(&mut doc, opts, &mut stats);
        stats.documents += 1;
        if doc.events.is_none() {
            stats.documents_without_events += 1;
        }
        if doc.has_relations {
            stats.relation_layers_ignored += 1;
        }
        exporter.write_doc(&doc, &mut stats)?;
    }
    exporter.finish(&mut stats)?;
    Ok(stats)
}

/// A buffered text file, or stdout for `-`; parent folders are created.
pub(crate) fn text_out(path: &Path) -> Result<Box<dyn std::io::Write>> {
    if path == Path::new("-") {
        return Ok(Box::new(std::io::BufWriter::new(std::io::stdout())));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    let f = std::fs::File::create(path).map_err(|e| Error::io(path, e))?;
    Ok(Box::new(std::io::BufWriter::with_capacity(1 << 16, f)))
}
