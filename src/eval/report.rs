//! The scorer's result: serialisable for `--json`, and a table for people.

use super::counts::{MacroPrf, Prf, Table};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::{self, Display, Formatter, Write};

pub const SCHEMA: &str = "attache-eval/1";

/// Confusion matrix of event types: rows are gold, columns predicted; the
/// last row/column is `none` (a missed gold event / a false alarm).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Confusion {
    pub labels: Vec<String>,
    pub matrix: Vec<Vec<u64>>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityScores {
    /// Documents of `entities.jsonl`.
    pub documents: usize,
    /// Labels scored: ANNOTATION.md's plus any other label in gold.
    pub labels_scored: Vec<String>,
    pub exact: Table,
    pub overlap: Table,
    /// Predicted entities set aside because gold does not annotate their label.
    pub ignored: BTreeMap<String, u64>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SentenceScores {
    pub documents: usize,
    /// Whole sentences (both ends right, whitespace trimmed).
    pub spans: Prf,
    /// Split points: every sentence end but the document's last.
    pub boundaries: Prf,
}

/// How predicted events were mapped to gold sentences.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Placements {
    pub by_trigger: u64,
    pub by_sentence_span: u64,
    /// No offsets: the record's own sentence index was trusted.
    pub by_index: u64,
    /// No offsets and no usable index: counted as false positives.
    pub unplaced: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BootstrapInfo {
    pub samples: usize,
    pub seed: u64,
    pub level: f64,
    pub unit: &'static str,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub schema: &'static str,
    /// Documents scored: those of the gold `docs.jsonl`.
    pub documents: usize,
    pub gold_events: usize,
    /// Predicted events on the scored documents.
    pub pred_events: usize,
    /// (document, gold sentence, type).
    pub events: Table,
    /// (document, type, role, actor), by event type.
    pub arguments: Table,
    /// The same argument matches, by role.
    pub argument_roles: Table,
    pub confusion: Confusion,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entities: Option<EntityScores>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentences: Option<SentenceScores>,
    pub placements: Placements,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bootstrap: Option<BootstrapInfo>,
    /// Things the reader should know (predictions on documents not in gold,
    /// layers missing from `--docs`, …).
    pub notes: Vec<String>,
}

fn ci(ci: Option<[f64; 2]>) -> String {
    ci.map(|[lo, hi]| format!("{lo:.3}–{hi:.3}"))
        .unwrap_or_default()
}

fn prf_row(out: &mut String, name: &str, w: usize, p: &Prf) {
    let _ = writeln!(
        out,
        "  {name:<w$} {:>6} {:>6} {:>6} {:>6.3} {:>6.3} {:>6.3}  {}",
        p.gold,
        p.pred,
        p.tp,
        p.precision,
        p.recall,
        p.f1,
        ci(p.f1_ci)
    );
}

fn macro_name(m: &MacroPrf) -> String {
    format!("macro ({} labels)", m.labels)
}

fn macro_row(out: &mut String, w: usize, m: &MacroPrf) {
    let name = macro_name(m);
    let _ = writeln!(
        out,
        "  {name:<w$} {:>6} {:>6} {:>6} {:>6.3} {:>6.3} {:>6.3}  {}",
        "",
        "",
        "",
        m.precision,
        m.recall,
        m.f1,
        ci(m.f1_ci)
    );
}

fn header(out: &mut String, first: &str, w: usize, with_ci: bool) {
    let _ = writeln!(
        out,
        "  {first:<w$} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}  {}",
        "gold",
        "pred",
        "tp",
        "P",
        "R",
        "F1",
        if with_ci { "F1 95% CI" } else { "" }
    );
}

fn table(out: &mut String, title: &str, first: &str, t: &Table) {
    let _ = writeln!(out, "{title}");
    let w = t
        .labels
        .keys()
        .map(|l| l.chars().count())
        .chain([first.len(), macro_name(&t.macro_avg).len()])
        .max()
        .unwrap_or(11);
    header(out, first, w, t.micro.f1_ci.is_some());
    for (label, p) in &t.labels {
        prf_row(out, label, w, p);
    }
    prf_row(out, "micro", w, &t.micro);
    macro_row(out, w, &t.macro_avg);
    out.push('\n');
}

fn confusion(out: &mut String, c: &Confusion) {
    let _ = writeln!(out, "Type confusion (rows: gold, columns: predicted)");
    let corner = "gold \\ pred";
    let w = c
        .labels
        .iter()
        .map(|l| l.len())
        .chain([corner.len()])
        .max()
        .unwrap_or(4);
    let _ = write!(out, "  {corner:<w$}");
    for l in &c.labels {
        let _ = write!(out, " {:>width$}", l, width = l.len().max(4));
    }
    out.push('\n');
    for (row, l) in c.matrix.iter().zip(&c.labels) {
        let _ = write!(out, "  {l:<w$}");
        for (n, col) in row.iter().zip(&c.labels) {
            let cell = if *n == 0 {
                ".".to_string()
            } else {
                n.to_string()
            };
            let _ = write!(out, " {:>width$}", cell, width = col.len().max(4));
        }
        out.push('\n');
    }
    out.push('\n');
}

impl Display for Report {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "attache eval: {} documents, {} gold events, {} predicted events\n",
            self.documents, self.gold_events, self.pred_events
        );
        table(
            &mut out,
            "Event detection: (document, gold sentence, type), one-to-one",
            "type",
            &self.events,
        );
        table(
            &mut out,
            "Arguments: (document, type, role, actor), actor by country else name",
            "type",
            &self.arguments,
        );
        table(&mut out, "Arguments by role", "role", &self.argument_roles);
        confusion(&mut out, &self.confusion);
        if let Some(e) = &self.entities {
            let _ = writeln!(
                out,
                "Entities ({} documents; labels scored: {})\n",
                e.documents,
                e.labels_scored.join(" ")
            );
            table(&mut out, "Entities, exact span", "label", &e.exact);
            table(&mut out, "Entities, overlapping span", "label", &e.overlap);
            if !e.ignored.is_empty() {
                let list: Vec<String> = e.ignored.iter().map(|(l, n)| format!("{l} {n}")).collect();
                let _ = writeln!(
                    out,
                    "  not scored (labels gold does not annotate): {}\n",
                    list.join(", ")
                );
            }
        }
        if let Some(s) = &self.sentences {
            let _ = writeln!(
                out,
                "Sentences ({} documents; whitespace at the ends ignored)",
                s.documents
            );
            let w = 11;
            header(&mut out, "", w, s.spans.f1_ci.is_some());
            prf_row(&mut out, "spans", w, &s.spans);
            prf_row(&mut out, "boundaries", w, &s.boundaries);
            out.push('\n');
        }
        let p = &self.placements;
        let _ = writeln!(
            out,
            "Predicted events placed in gold sentences by trigger offsets: {}, by sentence offsets: {}, by index only: {}, unplaced: {}",
            p.by_trigger, p.by_sentence_span, p.by_index, p.unplaced
        );
        if let Some(b) = &self.bootstrap {
            let _ = writeln!(
                out,
                "Intervals: {} bootstrap resamples of documents (seed {}), 2.5th–97.5th percentile of F1",
                b.samples, b.seed
            );
        }
        let _ = writeln!(
            out,
            "Macro = unweighted mean over the labels present in gold or predictions; 0/0 scores 0."
        );
        for n in &self.notes {
            let _ = writeln!(out, "note: {n}");
        }
        // Rows without intervals end in padding; drop it.
        for line in out.lines() {
            writeln!(f, "{}", line.trim_end())?;
        }
        Ok(())
    }
}
