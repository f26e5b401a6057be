//! Reading gold folders and prediction files. Every malformed line is an
//! error naming `file:line` and the reason: a scorer that skipped lines
//! would report numbers for data it never saw.

use super::input::{EntitySpan, Event, Gold, GoldDoc, PredDoc, Predictions, doc_id};
use crate::error::{Error, Result};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::BufRead;
use std::path::{Path, PathBuf};

/// The JSON values of a JSONL file (plain, gzip or zstd; `-` is stdin),
/// with 1-based line numbers; blank lines are skipped. A line that is not
/// UTF-8 JSON is an error naming the file and line.
pub struct JsonLines {
    reader: Box<dyn BufRead + Send>,
    path: std::path::PathBuf,
    line: u64,
    buf: Vec<u8>,
}

impl JsonLines {
    pub fn open(path: &Path) -> Result<JsonLines> {
        let reader = if path == Path::new("-") {
            crate::read::decompress(std::io::stdin(), path)?
        } else {
            let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
            crate::read::decompress(file, path)?
        };
        Ok(JsonLines {
            reader,
            path: path.to_path_buf(),
            line: 0,
            buf: Vec::new(),
        })
    }

    /// An input error at `line` of this file.
    pub fn error_at(&self, line: u64, msg: &str) -> Error {
        Error::Input(format!("{}:{line}: {msg}", self.path.display()))
    }

    fn read_line(&mut self) -> Result<Option<(u64, Value)>> {
        loop {
            self.buf.clear();
            let n = self
                .reader
                .read_until(b'\n', &mut self.buf)
                .map_err(|e| Error::io(&self.path, e))?;
            if n == 0 {
                return Ok(None);
            }
            self.line += 1;
            let line = self.line;
            let text = std::str::from_utf8(&self.buf)
                .map_err(|e| self.error_at(line, &format!("not UTF-8: {e}")))?;
            if text.trim().is_empty() {
                continue;
            }
            let value = serde_json::from_str(text)
                .map_err(|e| self.error_at(line, &format!("not valid JSON: {e}")))?;
            return Ok(Some((line, value)));
        }
    }
}

impl Iterator for JsonLines {
    type Item = Result<(u64, Value)>;

    fn next(&mut self) -> Option<Self::Item> {
        self.read_line().transpose()
    }
}

/// Calls `f(line_number, value)` for every record of a JSONL file; a message
/// returned by `f` becomes an error naming the file and line.
pub fn read_jsonl(
    path: &Path,
    mut f: impl FnMut(u64, Value) -> std::result::Result<(), String>,
) -> Result<()> {
    let mut lines = JsonLines::open(path)?;
    while let Some(item) = lines.next() {
        let (line, value) = item?;
        f(line, value).map_err(|msg| lines.error_at(line, &msg))?;
    }
    Ok(())
}

/// Predicted events, and how many document records had no `events` layer.
#[derive(Debug, Default)]
pub struct PredEvents {
    pub events: Vec<Event>,
    pub docs_without_events: usize,
    /// Events left out by the `keep` filter, and their distinct documents.
    pub outside_events: usize,
    pub outside_docs: usize,
}

/// Reads predicted events: one event record per line, or document records
/// whose `events` list holds them (so `--docs` output can be scored as is).
/// A document record without `events` (a line with `text` but no
/// `event_type`) contributes no events and is counted.
pub fn load_events(path: &Path) -> Result<PredEvents> {
    load_events_where(path, &|_| true)
}

/// [`load_events`], keeping only events whose document passes `keep` (every
/// line is still parsed and checked); the others are counted.
pub fn load_events_where(path: &Path, keep: &dyn Fn(&str) -> bool) -> Result<PredEvents> {
    let mut out = PredEvents::default();
    let mut outside: HashSet<String> = HashSet::new();
    let mut push = |out: &mut PredEvents, e: Event| {
        if keep(&e.doc_id) {
            out.events.push(e);
        } else {
            out.outside_events += 1;
            if !outside.contains(&e.doc_id) {
                outside.insert(e.doc_id);
                out.outside_docs += 1;
            }
        }
    };
    read_jsonl(path, |line, v| {
        let is_event = v.get("event_type").is_some();
        if is_event || (v.get("events").is_none() && v.get("text").is_none()) {
            push(&mut out, Event::from_json(&v, None, line)?);
            return Ok(());
        }
        let obj = v.as_object().ok_or("a record must be a JSON object")?;
        let id = doc_id(obj)?;
        let list = match v.get("events") {
            None | Some(Value::Null) => {
                out.docs_without_events += 1;
                return Ok(());
            }
            Some(Value::Array(list)) => list,
            Some(_) => return Err("\"events\" must be a list".into()),
        };
        for (i, e) in list.iter().enumerate() {
            let e =
                Event::from_json(e, Some(&id), line).map_err(|m| format!("events[{i}]: {m}"))?;
            push(&mut out, e);
        }
        Ok(())
    })?;
    Ok(out)
}

/// Reads predicted document records (`attache extract --docs` output).
pub fn load_docs(path: &Path) -> Result<Vec<PredDoc>> {
    load_docs_where(path, &|_| true)
}

/// [`load_docs`], keeping only documents that pass `keep` (all are checked).
pub fn load_docs_where(path: &Path, keep: &dyn Fn(&str) -> bool) -> Result<Vec<PredDoc>> {
    let mut docs = Vec::new();
    let mut seen = HashSet::new();
    read_jsonl(path, |_, v| {
        let d = PredDoc::from_json(&v)?;
        if !seen.insert(d.id.clone()) {
            return Err(format!("document \"{}\" appears twice", d.id));
        }
        if keep(&d.id) {
            docs.push(d);
        }
        Ok(())
    })?;
    Ok(docs)
}

/// Reads a gold folder: `docs.jsonl` and `events.jsonl` (required),
/// `entities.jsonl` (optional). Checks that every gold event points at a
/// sentence that exists, since a gold error would silently cost every system
/// a point.
pub fn load_gold(dir: &Path) -> Result<Gold> {
    let docs_path = dir.join("docs.jsonl");
    let mut docs: Vec<GoldDoc> = Vec::new();
    let mut index: BTreeMap<String, usize> = BTreeMap::new();
    read_jsonl(&docs_path, |_, v| {
        let d = GoldDoc::from_json(&v)?;
        if index.insert(d.id.clone(), docs.len()).is_some() {
            return Err(format!("document \"{}\" appears twice", d.id));
        }
        docs.push(d);
        Ok(())
    })?;

    let events_path = dir.join("events.jsonl");
    let mut events = Vec::new();
    read_jsonl(&events_path, |line, v| {
        let e = Event::from_json(&v, None, line)?;
        let doc = index
            .get(&e.doc_id)
            .map(|&i| &docs[i])
            .ok_or_else(|| format!("document \"{}\" is not in docs.jsonl", e.doc_id))?;
        let i = e
            .sentence_index
            .ok_or("a gold event needs \"sentence\": {\"index\": …}")?;
        if i >= doc.sentences.len() {
            return Err(format!(
                "sentence index {i} but \"{}\" has {} sentences in docs.jsonl",
                e.doc_id,
                doc.sentences.len()
            ));
        }
        events.push(e);
        Ok(())
    })?;

    let entities_path = dir.join("entities.jsonl");
    let entities = if entities_path.exists() {
        let mut map: BTreeMap<String, Vec<EntitySpan>> = BTreeMap::new();
        read_jsonl(&entities_path, |_, v| {
            let obj = v.as_object().ok_or("a record must be a JSON object")?;
            let id = doc_id(obj)?;
            if !index.contains_key(&id) {
                return Err(format!("document \"{id}\" is not in docs.jsonl"));
            }
            let list = match obj.get("entities") {
                Some(l) => super::input::entity_list(l, "entities")?,
                None => return Err("missing \"entities\"".into()),
            };
            if map.insert(id.clone(), list).is_some() {
                return Err(format!("document \"{id}\" appears twice"));
            }
            Ok(())
        })?;
        Some(map)
    } else {
        None
    };
    Ok(Gold {
        docs,
        events,
        entities,
    })
}

/// Reads a system's output: events, plus document records when given.
pub fn load_predictions(events: &Path, docs: Option<&Path>) -> Result<Predictions> {
    load_predictions_where(events, docs, &|_| true)
}

/// Reads a system's output, keeping only what concerns gold's documents:
/// a run over a whole dump can be scored without holding the dump in
/// memory. What is left out is counted in the report's notes.
pub fn load_predictions_for(
    gold: &Gold,
    events: &Path,
    docs: Option<&Path>,
) -> Result<Predictions> {
    let ids: HashSet<&str> = gold.docs.iter().map(|d| d.id.as_str()).collect();
    load_predictions_where(events, docs, &|id| ids.contains(id))
}

fn load_predictions_where(
    events: &Path,
    docs: Option<&Path>,
    keep: &dyn Fn(&str) -> bool,
) -> Result<Predictions> {
    let ev = load_events_where(events, keep)?;
    Ok(Predictions {
        events: ev.events,
        docs_without_events: ev.docs_without_events,
        outside_events: ev.outside_events,
        outside_docs: ev.outside_docs,
        docs: docs.map(|d| load_docs_where(d, keep)).transpose()?,
    })
}

/// A gold folder's short name for reports: its last path component that
/// is not `gold` ("../real/r1/gold" → "r1").
pub fn set_name(dir: &Path) -> String {
    dir.components()
        .rev()
        .map(|c| c.as_os_str().to_string_lossy().to_string())
        .find(|c| c != "gold" && c != ".")
        .unwrap_or_else(|| dir.display().to_string())
}

/// Text and date of each document of a gold folder.
fn texts_of(dir: &Path, texts: Option<&Path>) -> Result<HashMap<String, (String, Option<String>)>> {
    let mut index: HashMap<String, PathBuf> = HashMap::new();
    let articles = dir.parent().map(|p| p.join("articles"));
    if let Some(a) = &articles
        && a.join("index.jsonl").is_file()
    {
        read_jsonl(&a.join("index.jsonl"), |_, v| {
            if let (Some(id), Some(file)) = (v["doc_id"].as_str(), v["file"].as_str()) {
                index.insert(id.to_string(), a.join(file));
            }
            Ok(())
        })?;
    }
    let mut out = HashMap::new();
    let mut missing = Vec::new();
    read_jsonl(&dir.join("docs.jsonl"), |_, v| {
        let Some(id) = v["doc_id"].as_str() else {
            return Err("docs.jsonl line without doc_id".into());
        };
        let date = v["date"].as_str().map(str::to_string);
        let text = match v["text"].as_str() {
            Some(t) => Some(t.to_string()),
            None => [
                Some(dir.join(format!("{id}.txt"))),
                index.get(id).cloned(),
                texts.map(|t| t.join(format!("{id}.txt"))),
            ]
            .into_iter()
            .flatten()
            .find(|p| p.is_file())
            .map(|p| std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display())))
            .transpose()?,
        };
        match text {
            Some(t) => {
                out.insert(id.to_string(), (t, date));
            }
            None => missing.push(id.to_string()),
        }
        Ok(())
    })?;
    if !missing.is_empty() {
        return Err(Error::Input(format!(
            "{}: no text found for {} document(s) ({}…): give it as \"text\" in docs.jsonl, as <doc_id>.txt beside it, or name a texts folder (--gold DIR:TEXTS)",
            dir.display(),
            missing.len(),
            missing[0]
        )));
    }
    Ok(out)
}

/// The documents of a gold folder (id, text, date), unprocessed, in the
/// order of its `docs.jsonl`; texts as [`texts_of`] finds them.
pub fn gold_documents(
    dir: &Path,
    texts: Option<&Path>,
    gold: &Gold,
) -> Result<Vec<crate::doc::Doc>> {
    let mut found = texts_of(dir, texts)?;
    Ok(gold
        .docs
        .iter()
        .map(|g| {
            let (text, date) = found.remove(&g.id).unwrap_or_default();
            let mut d = crate::doc::Doc::new(g.id.clone(), text);
            d.date = date.as_deref().and_then(crate::read::parse_date);
            d
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn write(dir: &Path, name: &str, body: &str) -> std::path::PathBuf {
        let p = dir.join(name);
        std::fs::File::create(&p)
            .unwrap()
            .write_all(body.as_bytes())
            .unwrap();
        p
    }

    #[test]
    fn errors_name_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(
            dir.path(),
            "p.jsonl",
            "{\"doc_id\":\"a\",\"event_type\":\"AID\"}\n\n{\"doc_id\":\"a\"}\n",
        );
        let err = load_events(&p).unwrap_err().to_string();
        assert!(err.ends_with("p.jsonl:3: missing \"event_type\""), "{err}");
        let p = write(dir.path(), "q.jsonl", "{not json\n");
        let err = load_events(&p).unwrap_err().to_string();
        assert!(err.contains("q.jsonl:1: not valid JSON"), "{err}");
    }

    #[test]
    fn document_records_with_events_are_unpacked() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(
            dir.path(),
            "d.jsonl",
            "{\"id\":\"x\",\"text\":\"t\",\"events\":[{\"event_type\":\"AID\",\"sentence\":{\"index\":0}},{\"event_type\":\"AGREE\"}]}\n",
        );
        let ev = load_events(&p).unwrap();
        assert_eq!(ev.events.len(), 2);
        assert!(ev.events.iter().all(|e| e.doc_id == "x" && e.line == 1));
        let p = write(dir.path(), "e.jsonl", "{\"id\":\"x\",\"text\":\"t\"}\n");
        let ev = load_events(&p).unwrap();
        assert_eq!((ev.events.len(), ev.docs_without_events), (0, 1));
    }

    #[test]
    fn gold_events_must_point_at_existing_sentences() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "docs.jsonl",
            "{\"doc_id\":\"a\",\"sentences\":[{\"start\":0,\"end\":4}]}\n",
        );
        write(
            dir.path(),
            "events.jsonl",
            "{\"doc_id\":\"a\",\"event_type\":\"AID\",\"sentence\":{\"index\":1}}\n",
        );
        let err = load_gold(dir.path()).unwrap_err().to_string();
        assert!(err.contains("events.jsonl:1: sentence index 1"), "{err}");
        write(
            dir.path(),
            "events.jsonl",
            "{\"doc_id\":\"b\",\"event_type\":\"AID\",\"sentence\":{\"index\":0}}\n",
        );
        let err = load_gold(dir.path()).unwrap_err().to_string();
        assert!(err.contains("\"b\" is not in docs.jsonl"), "{err}");
    }
}
