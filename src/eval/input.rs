//! What the scorer compares: gold and predicted events, sentences and
//! entities, parsed leniently from JSON (DESIGN.md §3/§4, ANNOTATION.md).
//!
//! Only the fields scoring needs are kept; everything else in a record
//! (`note`, `value_inferred`, `pipeline`, …) is ignored, so any system that
//! writes the events schema can be scored. Offsets are code points, `end`
//! exclusive.

use crate::json::{object, opt_str, opt_usize, req_str};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// A half-open code-point range `[start, end)`.
pub type CharSpan = (usize, usize);

/// One actor or recipient of an event.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Argument {
    /// `name`, else the mention `text`, as written (normalised when compared).
    pub name: String,
    /// ISO-3166 alpha-3 or IGO/NGO/MNC…, upper-cased; `None` when unknown.
    pub country: Option<String>,
}

/// The scorer's view of one event record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Event {
    pub doc_id: String,
    /// PLOVER type, upper-cased.
    pub event_type: String,
    pub sentence_index: Option<usize>,
    pub sentence_span: Option<CharSpan>,
    pub trigger: Option<CharSpan>,
    pub actor: Vec<Argument>,
    pub recipient: Vec<Argument>,
    /// 1-based line of the record in its file, for messages.
    pub line: u64,
}

/// A labelled entity span.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct EntitySpan {
    pub start: usize,
    pub end: usize,
    pub label: String,
}

/// One document of the gold `docs.jsonl`: the sentence segmentation that gold
/// sentence indexes refer to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoldDoc {
    pub id: String,
    pub sentences: Vec<CharSpan>,
}

/// Everything in a gold folder.
#[derive(Clone, Debug, Default)]
pub struct Gold {
    /// In file order; this is the set of documents that is scored.
    pub docs: Vec<GoldDoc>,
    pub events: Vec<Event>,
    /// `entities.jsonl` by document id, when the folder has one.
    pub entities: Option<BTreeMap<String, Vec<EntitySpan>>>,
}

/// One predicted document (document JSONL, `--docs`): its layers are present
/// only when the record has the key, so "no sentences predicted" and "the
/// system found no sentences" stay distinct.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PredDoc {
    pub id: String,
    pub text: Option<String>,
    pub sentences: Option<Vec<CharSpan>>,
    pub entities: Option<Vec<EntitySpan>>,
}

/// A system's output.
#[derive(Clone, Debug, Default)]
pub struct Predictions {
    pub events: Vec<Event>,
    /// Document records in the events file that had no `events` layer.
    pub docs_without_events: usize,
    /// Events on documents outside gold, left out when loading (counted).
    pub outside_events: usize,
    pub outside_docs: usize,
    /// Document records (`--docs`), when given.
    pub docs: Option<Vec<PredDoc>>,
}

/// `start`/`end` of an object, when both are present; rejects reversed ranges.
fn opt_span(obj: &Map<String, Value>, what: &str) -> Result<Option<CharSpan>, String> {
    match (opt_usize(obj, "start")?, opt_usize(obj, "end")?) {
        (Some(s), Some(e)) if e < s => Err(format!("{what}: end {e} is before start {s}")),
        (Some(s), Some(e)) => Ok(Some((s, e))),
        _ => Ok(None),
    }
}

/// A required span (entities, sentences).
fn req_span(obj: &Map<String, Value>, what: &str) -> Result<CharSpan, String> {
    opt_span(obj, what)?.ok_or_else(|| format!("{what}: needs \"start\" and \"end\""))
}

fn arguments(obj: &Map<String, Value>, role: &str) -> Result<Vec<Argument>, String> {
    let items = match obj.get(role) {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(a)) => a,
        // A single object instead of a list is a common slip; accept it.
        Some(v @ Value::Object(_)) => std::slice::from_ref(v),
        Some(v) => return Err(format!("\"{role}\" must be a list of objects, got {v}")),
    };
    items
        .iter()
        .map(|item| {
            let a = object(item, &format!("an item of \"{role}\""))?;
            let name = match opt_str(a, "name")? {
                Some(n) => n,
                None => opt_str(a, "text")?.unwrap_or(""),
            };
            Ok(Argument {
                name: name.to_string(),
                country: opt_str(a, "country")?.map(|c| c.trim().to_ascii_uppercase()),
            })
        })
        .collect()
}

impl Event {
    /// Parses one event record. `default_doc` is the id of the document record
    /// that holds it, for events nested in document JSONL.
    pub fn from_json(v: &Value, default_doc: Option<&str>, line: u64) -> Result<Event, String> {
        let obj = object(v, "an event")?;
        let doc_id = match (opt_str(obj, "doc_id")?, default_doc) {
            (Some(d), _) | (None, Some(d)) => d.to_string(),
            (None, None) => return Err("missing \"doc_id\"".into()),
        };
        let event_type = req_str(obj, "event_type")?.trim().to_ascii_uppercase();
        let (sentence_index, sentence_span) = match obj.get("sentence") {
            None | Some(Value::Null) => (None, None),
            // Some systems write the bare index.
            Some(Value::Number(n)) => (
                Some(
                    n.as_u64()
                        .and_then(|n| usize::try_from(n).ok())
                        .ok_or_else(|| {
                            format!("\"sentence\" must be a non-negative index, got {n}")
                        })?,
                ),
                None,
            ),
            Some(s) => {
                let s = object(s, "\"sentence\"")?;
                (opt_usize(s, "index")?, opt_span(s, "sentence")?)
            }
        };
        let trigger = match obj.get("trigger") {
            None | Some(Value::Null) => None,
            Some(t) => opt_span(object(t, "\"trigger\"")?, "trigger")?,
        };
        Ok(Event {
            doc_id,
            event_type,
            sentence_index,
            sentence_span,
            trigger,
            actor: arguments(obj, "actor")?,
            recipient: arguments(obj, "recipient")?,
            line,
        })
    }
}

/// Entities of a record (`{start,end,label}` items).
pub fn entity_list(v: &Value, key: &str) -> Result<Vec<EntitySpan>, String> {
    let items = v
        .as_array()
        .ok_or_else(|| format!("\"{key}\" must be a list, got {v}"))?;
    items
        .iter()
        .map(|item| {
            let e = object(item, &format!("an item of \"{key}\""))?;
            let (start, end) = req_span(e, "entity")?;
            let label = req_str(e, "label")?.trim().to_ascii_uppercase();
            Ok(EntitySpan { start, end, label })
        })
        .collect()
}

/// Sentences of a record (`{start,end}` items).
pub fn sentence_list(v: &Value) -> Result<Vec<CharSpan>, String> {
    let items = v
        .as_array()
        .ok_or_else(|| format!("\"sentences\" must be a list, got {v}"))?;
    items
        .iter()
        .map(|item| req_span(object(item, "a sentence")?, "sentence"))
        .collect()
}

/// The id of a document record: `doc_id` (gold) or `id` (document JSONL).
pub fn doc_id(obj: &Map<String, Value>) -> Result<String, String> {
    match opt_str(obj, "doc_id")? {
        Some(d) => Ok(d.to_string()),
        None => Ok(opt_str(obj, "id")?
            .ok_or("missing \"doc_id\" (or \"id\")")?
            .to_string()),
    }
}

impl GoldDoc {
    pub fn from_json(v: &Value) -> Result<GoldDoc, String> {
        let obj = object(v, "a document")?;
        let sentences = match obj.get("sentences") {
            Some(s) => sentence_list(s)?,
            None => return Err("missing \"sentences\"".into()),
        };
        Ok(GoldDoc {
            id: doc_id(obj)?,
            sentences,
        })
    }
}

impl PredDoc {
    pub fn from_json(v: &Value) -> Result<PredDoc, String> {
        let obj = object(v, "a document")?;
        let text = match obj.get("text") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(v) => return Err(format!("\"text\" must be a string, got {v}")),
        };
        let sentences = match obj.get("sentences") {
            None | Some(Value::Null) => None,
            Some(s) => Some(sentence_list(s)?),
        };
        let entities = match obj.get("entities") {
            None | Some(Value::Null) => None,
            Some(e) => Some(entity_list(e, "entities")?),
        };
        Ok(PredDoc {
            id: doc_id(obj)?,
            text,
            sentences,
            entities,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn event_fields_are_read_leniently() {
        let v = json!({"doc_id": "d", "event_type": " consult ", "sentence": {"index": 2, "start": 10, "end": 20},
            "trigger": {"text": "met", "start": 12, "end": 15},
            "actor": [{"name": "Pan Sorasak", "country": "khm", "score": 0.9}],
            "recipient": {"text": "Japan", "country": null}, "note": "ignored"});
        let e = Event::from_json(&v, None, 3).unwrap();
        assert_eq!(e.event_type, "CONSULT");
        assert_eq!(e.sentence_index, Some(2));
        assert_eq!(e.sentence_span, Some((10, 20)));
        assert_eq!(e.trigger, Some((12, 15)));
        assert_eq!(e.actor[0].country.as_deref(), Some("KHM"));
        assert_eq!(e.recipient[0].name, "Japan");
        assert_eq!(e.recipient[0].country, None);
        assert_eq!(e.line, 3);
    }

    #[test]
    fn malformed_events_say_why() {
        let bad = [
            (json!({"event_type": "AGREE"}), "doc_id"),
            (json!({"doc_id": "d"}), "event_type"),
            (json!({"doc_id": "d", "event_type": 3}), "event_type"),
            (
                json!({"doc_id": "d", "event_type": "AGREE", "sentence": {"index": -1}}),
                "index",
            ),
            (
                json!({"doc_id": "d", "event_type": "AGREE", "actor": "Japan"}),
                "actor",
            ),
            (
                json!({"doc_id": "d", "event_type": "AGREE", "trigger": {"start": 9, "end": 3}}),
                "before start",
            ),
            (json!([1, 2]), "object"),
        ];
        for (v, needle) in bad {
            let err = Event::from_json(&v, None, 1).unwrap_err();
            assert!(err.contains(needle), "{err} should mention {needle}");
        }
    }

    #[test]
    fn nested_events_take_the_document_id() {
        let v = json!({"event_type": "AID", "sentence": 4});
        let e = Event::from_json(&v, Some("doc9"), 1).unwrap();
        assert_eq!(e.doc_id, "doc9");
        assert_eq!(e.sentence_index, Some(4));
    }

    #[test]
    fn predicted_docs_keep_absent_layers_absent() {
        let d = PredDoc::from_json(&json!({"id": "a", "text": "Hi."})).unwrap();
        assert_eq!(d.sentences, None);
        assert_eq!(d.entities, None);
        let d = PredDoc::from_json(&json!({"id": "a", "sentences": [], "entities": [
            {"start": 0, "end": 2, "label": "gpe", "text": "Hi", "score": 0.5}]}))
        .unwrap();
        assert_eq!(d.sentences, Some(vec![]));
        assert_eq!(d.entities.unwrap()[0].label, "GPE");
    }
}
