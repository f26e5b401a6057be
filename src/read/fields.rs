//! Which JSON fields hold the id, text, date and title, and how a JSON
//! object becomes a [`Doc`].

use crate::doc::Doc;
use chrono::{DateTime, NaiveDate, NaiveDateTime};
use serde_json::{Map, Value};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldMap {
    pub id: String,
    pub text: String,
    pub date: String,
    pub title: String,
}

impl Default for FieldMap {
    fn default() -> Self {
        FieldMap {
            id: "id".into(),
            text: "text".into(),
            date: "date".into(),
            title: "title".into(),
        }
    }
}

/// A document built from a JSON object, or why it could not be.
pub(super) struct Built {
    pub doc: Doc,
    /// Set when a date field was present but unreadable (the document is kept,
    /// without a date, and the problem is reported).
    pub date_problem: Option<String>,
}

/// Builds a document from one JSON object, parsed from `line`. `fallback_id`
/// is used when the object has no id field, so every document still has a
/// stable id. A text over `max_text` bytes is refused (with that reason).
pub(super) fn build(
    obj: &Map<String, Value>,
    line: &[u8],
    fields: &FieldMap,
    max_text: usize,
    fallback_id: impl FnOnce() -> String,
) -> Result<Built, (Option<String>, String)> {
    let id = match obj.get(&fields.id) {
        None | Some(Value::Null) => fallback_id(),
        Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
        Some(Value::String(_)) => return Err((None, format!("field {:?} is empty", fields.id))),
        Some(Value::Number(n)) => raw_number(line, &fields.id).unwrap_or_else(|| n.to_string()),
        Some(other) => {
            return Err((
                None,
                format!(
                    "field {:?} is {}, expected a string or number",
                    fields.id,
                    kind(other)
                ),
            ));
        }
    };
    let text = match obj.get(&fields.text) {
        Some(Value::String(s)) => s,
        None => return Err((Some(id), format!("missing text field {:?}", fields.text))),
        Some(other) => {
            return Err((
                Some(id),
                format!(
                    "field {:?} is {}, expected a string",
                    fields.text,
                    kind(other)
                ),
            ));
        }
    };
    if text.len() > max_text {
        return Err((
            Some(id),
            format!(
                "text is {} bytes, over the limit of {max_text} (--max-doc-bytes)",
                text.len()
            ),
        ));
    }
    if text.trim().is_empty() {
        return Err((Some(id), "empty text".to_string()));
    }
    let mut date_problem = None;
    let date = match obj.get(&fields.date) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.trim().is_empty() => None,
        Some(Value::String(s)) => {
            let d = parse_date(s);
            if d.is_none() {
                date_problem = Some(format!("unreadable date {s:?}"));
            }
            d
        }
        Some(other) => {
            date_problem = Some(format!("field {:?} is {}", fields.date, kind(other)));
            None
        }
    };
    let title = match obj.get(&fields.title) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
        _ => None,
    };
    let mut doc = Doc::new(id, text.clone());
    doc.date = date;
    doc.title = title;
    Ok(Built { doc, date_problem })
}

/// A numeric field exactly as written in the line (`12345678901234567890123`,
/// not the `1.2345678901234568e22` a float would make of it). Parses the line
/// a second time, which only lines with a numeric id pay.
fn raw_number(line: &[u8], field: &str) -> Option<String> {
    let raw: std::collections::HashMap<String, &serde_json::value::RawValue> =
        serde_json::from_slice(line).ok()?;
    Some(raw.get(field)?.get().to_string())
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Publication dates as news dumps write them: `2023-09-08`,
/// `2023-09-08T10:15:00Z`, `2023-09-08 10:15:00`, `20230908`, `2023/09/08`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(d);
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.date_naive());
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive());
    }
    for f in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, f) {
            return Some(dt.date());
        }
    }
    for f in ["%Y%m%d", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%b %d, %Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, f) {
            return Some(d);
        }
    }
    // A timestamp followed by anything else ("2023-09-08T10:15:00+07:00[Asia/...]").
    s.get(..10)
        .and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn dates_in_common_forms() {
        let d = NaiveDate::from_ymd_opt(2023, 9, 8);
        for s in [
            "2023-09-08",
            "2023-09-08T10:15:00Z",
            "2023-09-08T10:15:00+07:00",
            "2023-09-08 10:15:00",
            "20230908",
            "2023/09/08",
            "8 September 2023",
            "September 8, 2023",
            "Fri, 08 Sep 2023 10:00:00 +0000",
        ] {
            assert_eq!(parse_date(s), d, "{s}");
        }
        assert_eq!(parse_date("last Tuesday"), None);
        assert_eq!(parse_date("2023-13-45"), None);
    }

    #[test]
    fn builds_doc_with_default_fields() {
        let v = json!({"id": 7, "text": "Hello.", "date": "2023-01-02", "title": "T"});
        let b = build(
            &obj(v.clone()),
            v.to_string().as_bytes(),
            &FieldMap::default(),
            usize::MAX,
            || unreachable!(),
        )
        .ok()
        .unwrap();
        assert_eq!(b.doc.id, "7");
        assert_eq!(b.doc.text, "Hello.");
        assert_eq!(b.doc.date, NaiveDate::from_ymd_opt(2023, 1, 2));
        assert_eq!(b.doc.title.as_deref(), Some("T"));
        assert!(b.date_problem.is_none());
    }

    #[test]
    fn custom_fields_and_fallback_id() {
        let f = FieldMap {
            id: "uid".into(),
            text: "body".into(),
            date: "published".into(),
            title: "headline".into(),
        };
        let b = build(&obj(json!({"body": "Text here."})), b"", &f, 100, || {
            "file:3".into()
        })
        .ok()
        .unwrap();
        assert_eq!(b.doc.id, "file:3");
    }

    #[test]
    fn rejects_say_why() {
        let f = FieldMap::default();
        let reason = |v: Value| build(&obj(v), b"", &f, 20, || "x".into()).err().unwrap().1;
        assert_eq!(reason(json!({"id": "a"})), "missing text field \"text\"");
        assert_eq!(reason(json!({"text": "  \n "})), "empty text");
        assert!(reason(json!({"text": 5})).contains("is a number"));
        assert!(reason(json!({"id": [1], "text": "x"})).contains("is an array"));
        assert_eq!(
            reason(json!({"text": "x".repeat(21)})),
            "text is 21 bytes, over the limit of 20 (--max-doc-bytes)"
        );
    }

    #[test]
    fn numeric_ids_are_kept_as_written() {
        let f = FieldMap::default();
        for raw in ["12345678901234567890123", "7", "-0", "1.50", "1e3"] {
            let line = format!("{{\"text\": \"x\", \"id\": {raw}}}");
            let v: Value = serde_json::from_str(&line).unwrap();
            let b = build(&obj(v), line.as_bytes(), &f, 100, || unreachable!())
                .ok()
                .unwrap();
            assert_eq!(b.doc.id, raw);
        }
    }

    #[test]
    fn bad_date_keeps_document() {
        let b = build(
            &obj(json!({"text": "x", "date": "yesterday"})),
            b"",
            &FieldMap::default(),
            100,
            || "x".into(),
        )
        .ok()
        .unwrap();
        assert_eq!(b.doc.date, None);
        assert!(b.date_problem.unwrap().contains("yesterday"));
    }
}
