//! The document record read by `attache export`: document JSONL as written
//! by `attache extract --docs` (`write::DocRecord`), with the optional
//! `events` layer (DESIGN.md §3 records). Parsed leniently (unknown fields
//! ignored) but checked strictly where training data would go wrong: every
//! offset must lie inside the text, and an annotated `text` must equal the
//! text at its offsets (catching byte offsets passed off as code points).

use crate::eval::input::CharSpan;
use crate::json::{list, object, opt_f64, opt_str, opt_usize};
use serde_json::{Map, Value};

/// A labelled entity span.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub score: Option<f64>,
}

/// An event argument or trigger: a mention, with offsets when the text has it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mention {
    pub span: Option<CharSpan>,
    /// Entity label of the mention (`entity`), when given.
    pub entity: Option<String>,
    pub name: Option<String>,
    pub country: Option<String>,
    pub score: Option<f64>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Event {
    pub id: Option<String>,
    pub event_type: String,
    pub mode: Option<String>,
    pub modality: Option<String>,
    pub sentence_index: Option<usize>,
    pub sentence: Option<CharSpan>,
    pub trigger: Option<Mention>,
    pub actor: Vec<Mention>,
    pub recipient: Vec<Mention>,
    pub score: Option<f64>,
}

/// One document ready for export. Offsets are code points.
#[derive(Clone, Debug, Default)]
pub struct ExportDoc {
    pub id: String,
    pub text: String,
    /// Byte offset of every code point, plus the text length at the end.
    bytes: Vec<usize>,
    pub sentences: Vec<CharSpan>,
    /// Token spans from the record, when it has a `tokens` layer.
    pub tokens: Option<Vec<CharSpan>>,
    pub entities: Vec<Entity>,
    /// `None` when the record has no `events` layer (events were not
    /// extracted), `Some(vec![])` when it has one and found none.
    pub events: Option<Vec<Event>>,
    /// The record carries a `relations` layer (not exported yet).
    pub has_relations: bool,
}

impl ExportDoc {
    /// Number of code points in the text.
    pub fn len_chars(&self) -> usize {
        self.bytes.len() - 1
    }

    /// The text between two code-point offsets (clamped to the text).
    pub fn slice(&self, (start, end): CharSpan) -> &str {
        let n = self.len_chars();
        let (s, e) = (start.min(n), end.min(n).max(start.min(n)));
        &self.text[self.bytes[s]..self.bytes[e]]
    }

    /// Builds a document from its text and layers (offsets already checked).
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> ExportDoc {
        let text = text.into();
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        ExportDoc {
            id: id.into(),
            text,
            bytes,
            ..ExportDoc::default()
        }
    }

    /// Checks a span against the text; `quoted` is the record's own copy of
    /// the covered text, if it has one.
    fn span(&self, obj: &Map<String, Value>, what: &str) -> Result<Option<CharSpan>, String> {
        let (start, end) = match (opt_usize(obj, "start")?, opt_usize(obj, "end")?) {
            (Some(s), Some(e)) => (s, e),
            _ => return Ok(None),
        };
        if start > end || end > self.len_chars() {
            return Err(format!(
                "{what} [{start}, {end}) is outside the text ({} characters)",
                self.len_chars()
            ));
        }
        if let Some(Value::String(quoted)) = obj.get("text") {
            let actual = self.slice((start, end));
            if quoted != actual {
                return Err(format!(
                    "{what} [{start}, {end}) says {quoted:?} but the text there is {actual:?} (offsets must be code points)"
                ));
            }
        }
        Ok(Some((start, end)))
    }

    fn req_span(&self, v: &Value, what: &str) -> Result<CharSpan, String> {
        self.span(object(v, what)?, what)?
            .ok_or_else(|| format!("{what} needs \"start\" and \"end\""))
    }

    fn mention(&self, v: &Value, what: &str) -> Result<Mention, String> {
        let obj = object(v, what)?;
        Ok(Mention {
            span: self.span(obj, what)?,
            entity: opt_str(obj, "entity")?.map(str::to_string),
            name: opt_str(obj, "name")?.map(str::to_string),
            country: opt_str(obj, "country")?.map(str::to_string),
            score: opt_f64(obj, "score")?,
        })
    }

    fn mentions(
        &self,
        obj: &Map<String, Value>,
        key: &str,
        what: &str,
    ) -> Result<Vec<Mention>, String> {
        let items: &[Value] = match obj.get(key) {
            None | Some(Value::Null) => &[],
            Some(Value::Array(a)) => a,
            Some(v @ Value::Object(_)) => std::slice::from_ref(v),
            Some(v) => return Err(format!("{what}: \"{key}\" must be a list, got {v}")),
        };
        items
            .iter()
            .enumerate()
            .map(|(i, m)| self.mention(m, &format!("{what} {key}[{i}]")))
            .collect()
    }

    fn event(&self, v: &Value, what: &str) -> Result<Event, String> {
        let obj = object(v, what)?;
        let event_type = opt_str(obj, "event_type")?
            .map(str::to_string)
            .ok_or_else(|| format!("{what}: missing \"event_type\""))?;
        let (sentence_index, sentence) = match obj.get("sentence") {
            None | Some(Value::Null) => (None, None),
            Some(s) => {
                let s = object(s, &format!("{what} sentence"))?;
                (
                    opt_usize(s, "index")?,
                    self.span(s, &format!("{what} sentence"))?,
                )
            }
        };
        let trigger = match obj.get("trigger") {
            None | Some(Value::Null) => None,
            Some(t) => Some(self.mention(t, &format!("{what} trigger"))?),
        };
        Ok(Event {
            id: opt_str(obj, "id")?.map(str::to_string),
            event_type,
            mode: opt_str(obj, "mode")?.map(str::to_string),
            modality: opt_str(obj, "modality")?.map(str::to_string),
            sentence_index,
            sentence,
            trigger,
            actor: self.mentions(obj, "actor", what)?,
            recipient: self.mentions(obj, "recipient", what)?,
            score: opt_f64(obj, "score")?,
        })
    }

    /// Parses and checks one document record.
    pub fn from_json(v: &Value) -> Result<ExportDoc, String> {
        let obj = object(v, "a document record")?;
        let id = match opt_str(obj, "id")?.map(str::to_string) {
            Some(id) => id,
            None => opt_str(obj, "doc_id")?
                .map(str::to_string)
                .ok_or("missing \"id\"")?,
        };
        let text = match obj.get("text") {
            Some(Value::String(t)) => t.clone(),
            _ => return Err("missing \"text\" (export needs the document text)".into()),
        };
        let mut doc = ExportDoc::new(id, text);
        if let Some(items) = list(obj, "sentences")? {
            doc.sentences = items
                .iter()
                .enumerate()
                .map(|(i, s)| doc.req_span(s, &format!("sentences[{i}]")))
                .collect::<Result<_, _>>()?;
        }
        if let Some(items) = list(obj, "tokens")? {
            doc.tokens = Some(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, t)| doc.req_span(t, &format!("tokens[{i}]")))
                    .collect::<Result<_, _>>()?,
            );
        }
        if let Some(items) = list(obj, "entities")? {
            doc.entities = items
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let what = format!("entities[{i}]");
                    let (start, end) = doc.req_span(e, &what)?;
                    let o = object(e, &what)?;
                    Ok(Entity {
                        start,
                        end,
                        label: opt_str(o, "label")?
                            .ok_or_else(|| format!("{what}: missing \"label\""))?
                            .to_string(),
                        score: opt_f64(o, "score")?,
                    })
                })
                .collect::<Result<_, String>>()?;
        }
        if let Some(items) = list(obj, "events")? {
            doc.events = Some(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, e)| doc.event(e, &format!("events[{i}]")))
                    .collect::<Result<_, _>>()?,
            );
        }
        doc.has_relations = list(obj, "relations")?.is_some_and(|r| !r.is_empty());
        Ok(doc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_a_document_record_with_code_point_offsets() {
        let v = json!({"id": "d", "text": "HÀ NỘI — Việt Nam met Japan.",
            "sentences": [{"start": 0, "end": 28, "text": "HÀ NỘI — Việt Nam met Japan."}],
            "entities": [{"start": 9, "end": 17, "label": "GPE", "text": "Việt Nam", "score": 0.9}],
            "events": [{"event_type": "CONSULT", "trigger": {"text": "met", "start": 18, "end": 21},
                        "actor": [{"text": "Việt Nam", "start": 9, "end": 17, "country": "VNM"}],
                        "recipient": [{"name": "Japan", "country": "JPN", "start": null, "end": null}]}]});
        let d = ExportDoc::from_json(&v).unwrap();
        assert_eq!(d.slice((9, 17)), "Việt Nam");
        assert_eq!(d.entities[0].score, Some(0.9));
        let e = &d.events.as_ref().unwrap()[0];
        assert_eq!(e.trigger.as_ref().unwrap().span, Some((18, 21)));
        assert_eq!(e.recipient[0].span, None);
        assert!(d.tokens.is_none());
    }

    #[test]
    fn byte_offsets_and_out_of_range_spans_are_refused() {
        // "Việt Nam" is at bytes 14..24, code points 9..17.
        let text = "HÀ NỘI — Việt Nam met Japan today.";
        assert_eq!(text.find("Việt"), Some(14));
        let v = json!({"id": "d", "text": text,
            "entities": [{"start": 14, "end": 24, "label": "GPE", "text": "Việt Nam"}]});
        let err = ExportDoc::from_json(&v).unwrap_err();
        assert!(err.contains("code points"), "{err}");
        let v = json!({"id": "d", "text": "abc", "sentences": [{"start": 0, "end": 9}]});
        let err = ExportDoc::from_json(&v).unwrap_err();
        assert!(err.contains("outside the text"), "{err}");
        let v = json!({"id": "d"});
        assert!(ExportDoc::from_json(&v).unwrap_err().contains("text"));
    }
}
