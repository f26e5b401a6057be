//! Relation and event classification examples, one sentence each:
//!
//! - `kind: "relation"`: an ordered (actor, recipient) pair marked
//!   `[E1]…[/E1]` / `[E2]…[/E2]`, labelled with the event type; and, for
//!   documents with an `events` layer, every other ordered pair of actor-like
//!   entities (PERSON, ORG, GPE, NORP) in a sentence, labelled `NONE`, since a
//!   classifier needs negatives;
//! - `kind: "event"`: the sentence with the trigger marked `[T]…[/T]`,
//!   labelled with the event type.
//!
//! `labels` is a list: one (sentence, pair) or (sentence, trigger) is one
//! example, and it takes every type of the events it belongs to (a meeting
//! and the promise made at it share their actors). Each example also carries
//! the unmarked sentence (`plain`), the marked spans' offsets within it, the
//! sentence's offsets in the document, and the ids of its events.

use super::{ExportDoc, Exporter, Mention, Stats};
use crate::error::Result;
use crate::eval::input::CharSpan;
use crate::write::JsonlWriter;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Entity labels that can be actors or recipients.
pub const ACTOR_LABELS: [&str; 4] = ["PERSON", "ORG", "GPE", "NORP"];
pub const NO_RELATION: &str = "NONE";

pub struct Relations {
    out: JsonlWriter,
}

#[derive(Serialize)]
struct Sentence {
    index: Option<usize>,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct Marked<'a> {
    text: &'a str,
    /// Offsets within `plain`.
    start: usize,
    end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<&'a str>,
}

#[derive(Serialize)]
struct Example<'a> {
    id: String,
    doc_id: &'a str,
    kind: &'static str,
    labels: Vec<&'a str>,
    text: String,
    plain: &'a str,
    sentence: Sentence,
    #[serde(skip_serializing_if = "Option::is_none")]
    trigger: Option<Marked<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    head: Option<Marked<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tail: Option<Marked<'a>>,
    event_ids: Vec<&'a str>,
}

impl Relations {
    pub fn create(path: &Path) -> Result<Relations> {
        Ok(Relations {
            out: JsonlWriter::create(path)?,
        })
    }
}

fn inside(span: CharSpan, s: CharSpan) -> bool {
    s.0 <= span.0 && span.1 <= s.1
}

fn overlaps(a: CharSpan, b: CharSpan) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The sentence text with markers inserted around non-overlapping spans
/// (offsets relative to the sentence).
pub fn mark(plain: &str, spans: &[(CharSpan, &str, &str)]) -> String {
    let mut inserts: Vec<(usize, u8, &str)> = Vec::new();
    for &((s, e), open, close) in spans {
        // At one position, a closing marker goes before an opening one.
        inserts.push((s, 1, open));
        inserts.push((e, 0, close));
    }
    inserts.sort();
    let mut out = String::with_capacity(plain.len() + 16 * spans.len());
    let mut next = inserts.iter().peekable();
    for (i, c) in plain.chars().enumerate() {
        while let Some(&(_, _, m)) = next.next_if(|x| x.0 == i) {
            out.push_str(m);
        }
        out.push(c);
    }
    for &(_, _, m) in next {
        out.push_str(m);
    }
    out
}

/// The sentence an event is in: its own offsets, else the document
/// sentence holding its trigger, else its index.
fn event_sentence(doc: &ExportDoc, e: &super::Event) -> Option<(Option<usize>, CharSpan)> {
    let holding = |at: usize| doc.sentences.iter().position(|&s| s.0 <= at && at < s.1);
    if let Some(s) = e.sentence {
        let index = e.sentence_index.or_else(|| holding(s.0));
        return Some((index, s));
    }
    if let Some(i) = e
        .trigger
        .as_ref()
        .and_then(|t| t.span)
        .and_then(|t| holding(t.0))
    {
        return Some((Some(i), doc.sentences[i]));
    }
    e.sentence_index
        .and_then(|i| doc.sentences.get(i).map(|&s| (Some(i), s)))
}

/// Marked spans of an example: a trigger, or a (head, tail) pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Marks {
    Trigger(CharSpan),
    Pair(CharSpan, CharSpan),
}

/// An example being gathered: every event it belongs to adds its type.
#[derive(Default)]
struct Pending<'a> {
    sentence_index: Option<usize>,
    labels: BTreeSet<&'a str>,
    event_ids: Vec<&'a str>,
    head_label: Option<&'a str>,
    tail_label: Option<&'a str>,
}

type Key = (CharSpan, Marks);

fn placed<'a>(
    args: &'a [Mention],
    s: CharSpan,
    stats: &mut Stats,
) -> Vec<(CharSpan, Option<&'a str>)> {
    let mut out = Vec::new();
    for a in args {
        match a.span {
            None => stats.arguments_without_offsets += 1,
            Some(sp) if !inside(sp, s) || sp.0 == sp.1 => stats.arguments_outside_sentence += 1,
            Some(sp) => out.push((sp, a.entity.as_deref())),
        }
    }
    out
}

/// Gathers a document's examples, keyed by (sentence, marked spans).
fn gather<'a>(
    doc: &'a ExportDoc,
    events: &'a [super::Event],
    stats: &mut Stats,
) -> BTreeMap<Key, Pending<'a>> {
    let mut examples: BTreeMap<Key, Pending<'a>> = BTreeMap::new();
    let mut linked: Vec<(CharSpan, CharSpan)> = Vec::new();
    for e in events {
        stats.events += 1;
        let Some((index, s)) = event_sentence(doc, e) else {
            stats.events_skipped += 1;
            continue;
        };
        let mut add = |marks: Marks, head: Option<&'a str>, tail: Option<&'a str>| {
            let p = examples.entry((s, marks)).or_default();
            p.sentence_index = p.sentence_index.or(index);
            p.labels.insert(&e.event_type);
            p.event_ids.extend(e.id.as_deref());
            p.head_label = p.head_label.or(head);
            p.tail_label = p.tail_label.or(tail);
        };
        match e.trigger.as_ref().and_then(|t| t.span) {
            Some(t) if inside(t, s) && t.0 < t.1 => add(Marks::Trigger(t), None, None),
            _ => stats.events_skipped += 1,
        }
        let actors = placed(&e.actor, s, stats);
        let recipients = placed(&e.recipient, s, stats);
        for a in &actors {
            for r in &recipients {
                linked.push((a.0, r.0));
                if !overlaps(a.0, r.0) {
                    add(Marks::Pair(a.0, r.0), a.1, r.1);
                }
            }
        }
    }
    // Negatives: ordered pairs of actor-like entities in one sentence that
    // no event links as (actor, recipient).
    for (si, &s) in doc.sentences.iter().enumerate() {
        let cands: Vec<&super::Entity> = doc
            .entities
            .iter()
            .filter(|e| ACTOR_LABELS.contains(&e.label.as_str()))
            .filter(|e| e.start < e.end && inside((e.start, e.end), s))
            .collect();
        for a in &cands {
            for b in &cands {
                let (sa, sb) = ((a.start, a.end), (b.start, b.end));
                if overlaps(sa, sb)
                    || linked
                        .iter()
                        .any(|&(x, y)| overlaps(x, sa) && overlaps(y, sb))
                {
                    continue;
                }
                let p = examples.entry((s, Marks::Pair(sa, sb))).or_default();
                p.sentence_index = Some(si);
                p.labels.insert(NO_RELATION);
                p.head_label = Some(&a.label);
                p.tail_label = Some(&b.label);
            }
        }
    }
    examples
}

fn marked<'a>(doc: &'a ExportDoc, s: CharSpan, sp: CharSpan, label: Option<&'a str>) -> Marked<'a> {
    Marked {
        text: doc.slice(sp),
        start: sp.0 - s.0,
        end: sp.1 - s.0,
        label,
    }
}

impl Exporter for Relations {
    fn write_doc(&mut self, doc: &ExportDoc, stats: &mut Stats) -> Result<()> {
        let Some(events) = &doc.events else {
            return Ok(());
        };
        let examples = gather(doc, events, stats);
        for (n, ((s, marks), p)) in examples.into_iter().enumerate() {
            let plain = doc.slice(s);
            let rel = |sp: CharSpan| (sp.0 - s.0, sp.1 - s.0);
            let (kind, text, trigger, head, tail) = match marks {
                Marks::Trigger(t) => (
                    "event",
                    mark(plain, &[(rel(t), "[T]", "[/T]")]),
                    Some(marked(doc, s, t, None)),
                    None,
                    None,
                ),
                Marks::Pair(h, t) => (
                    "relation",
                    mark(
                        plain,
                        &[(rel(h), "[E1]", "[/E1]"), (rel(t), "[E2]", "[/E2]")],
                    ),
                    None,
                    Some(marked(doc, s, h, p.head_label)),
                    Some(marked(doc, s, t, p.tail_label)),
                ),
            };
            let labels: Vec<&str> = p.labels.into_iter().collect();
            *stats
                .examples
                .entry(format!("{kind} {}", labels.join("+")))
                .or_default() += 1;
            stats.records += 1;
            self.out.write(&Example {
                id: format!("{}:x{n}", doc.id),
                doc_id: &doc.id,
                kind,
                labels,
                text,
                plain,
                sentence: Sentence {
                    index: p.sentence_index,
                    start: s.0,
                    end: s.1,
                },
                trigger,
                head,
                tail,
                event_ids: p.event_ids,
            })?;
        }
        Ok(())
    }

    fn finish(&mut self, _: &mut Stats) -> Result<()> {
        self.out.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_wrap_the_spans() {
        let s = "Pan Sorasak met Mikami.";
        assert_eq!(
            mark(
                s,
                &[((0, 11), "[E1]", "[/E1]"), ((16, 22), "[E2]", "[/E2]")]
            ),
            "[E1]Pan Sorasak[/E1] met [E2]Mikami[/E2]."
        );
        // Adjacent spans and a span at the very end.
        assert_eq!(
            mark("ab", &[((0, 1), "<", ">"), ((1, 2), "[", "]")]),
            "<a>[b]"
        );
        assert_eq!(mark("Việt", &[((1, 4), "[T]", "[/T]")]), "V[T]iệt[/T]");
    }
}
