//! Reading document records (`attache extract --docs`) for the viewer: only
//! the layers it shows (text, entities, events), with every offset checked
//! against the text. A malformed line is an error naming `file:line`.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::io::BufRead;
use std::path::Path;

/// An entity: code-point offsets and label.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ViewEntity {
    pub start: usize,
    pub end: usize,
    pub label: String,
}

/// An offset span with its text (trigger, date).
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ViewSpan {
    #[serde(default)]
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// An event's date: the mention and its resolved value.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ViewDate {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub value: Option<String>,
}

/// An actor or recipient: the mention in the sentence (null when only
/// implied) and its coding.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ViewActor {
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub start: Option<usize>,
    #[serde(default)]
    pub end: Option<usize>,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub sector: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ViewEvent {
    #[serde(default)]
    pub id: String,
    pub event_type: String,
    #[serde(default)]
    pub mode: Option<String>,
    #[serde(default)]
    pub modality: Option<String>,
    pub trigger: ViewSpan,
    #[serde(default)]
    pub actor: Vec<ViewActor>,
    #[serde(default)]
    pub recipient: Vec<ViewActor>,
    #[serde(default)]
    pub date: Option<ViewDate>,
    #[serde(default)]
    pub score: Option<f64>,
}

/// One article as the viewer shows it, and where it was read.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ViewDoc {
    pub id: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    pub text: String,
    #[serde(default)]
    pub entities: Vec<ViewEntity>,
    #[serde(default)]
    pub events: Vec<ViewEvent>,
    /// Index of the input file in [`DocSet::sources`].
    #[serde(skip_deserializing)]
    pub src: usize,
    /// 1-based line of the record in that file.
    #[serde(skip_deserializing)]
    pub line: u64,
}

/// The documents of one or more files, in input order.
#[derive(Clone, Debug, Default, Serialize)]
pub struct DocSet {
    pub sources: Vec<String>,
    pub docs: Vec<ViewDoc>,
}

impl ViewDoc {
    /// Every span lies within the text; events without an id get
    /// `{doc_id}:e{n}`.
    fn check(&mut self) -> std::result::Result<(), String> {
        let n = self.text.chars().count();
        let within = |what: &str, s: usize, e: usize| {
            if s <= e && e <= n {
                Ok(())
            } else {
                Err(format!(
                    "document {:?}: {what} has offsets {s}..{e} outside the text ({n} characters)",
                    self.id
                ))
            }
        };
        for (i, ent) in self.entities.iter().enumerate() {
            within(&format!("entity {}", i + 1), ent.start, ent.end)?;
        }
        for (i, ev) in self.events.iter().enumerate() {
            let name = format!("event {}", i + 1);
            within(&format!("{name} trigger"), ev.trigger.start, ev.trigger.end)?;
            for a in ev.actor.iter().chain(&ev.recipient) {
                match (a.start, a.end) {
                    (Some(s), Some(e)) => within(&format!("{name} argument"), s, e)?,
                    (None, None) => {}
                    _ => {
                        return Err(format!(
                            "document {:?}: {name} argument has only one of start and end",
                            self.id
                        ));
                    }
                }
            }
        }
        for (i, ev) in self.events.iter_mut().enumerate() {
            if ev.id.is_empty() {
                ev.id = format!("{}:e{}", self.id, i + 1);
            }
        }
        Ok(())
    }
}

impl DocSet {
    /// Reads document JSONL files (plain, gzip or zstd; `-` is stdin).
    pub fn read(paths: &[impl AsRef<Path>]) -> Result<DocSet> {
        let mut set = DocSet::default();
        for p in paths {
            set.read_file(p.as_ref())?;
        }
        Ok(set)
    }

    fn read_file(&mut self, path: &Path) -> Result<()> {
        let reader = if path == Path::new("-") {
            crate::read::decompress(std::io::stdin(), path)?
        } else {
            let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
            crate::read::decompress(file, path)?
        };
        let src = self.sources.len();
        self.sources.push(path.display().to_string());
        let at = |line: u64, msg: &str| Error::Input(format!("{}:{line}: {msg}", path.display()));
        let mut buf = Vec::new();
        let mut line = 0u64;
        let mut reader = reader;
        loop {
            buf.clear();
            let n = reader
                .read_until(b'\n', &mut buf)
                .map_err(|e| Error::io(path, e))?;
            if n == 0 {
                return Ok(());
            }
            line += 1;
            let text =
                std::str::from_utf8(&buf).map_err(|e| at(line, &format!("not UTF-8: {e}")))?;
            if text.trim().is_empty() {
                continue;
            }
            let mut doc: ViewDoc = serde_json::from_str(text)
                .map_err(|e| at(line, &format!("not a document record: {e}")))?;
            doc.check().map_err(|m| at(line, &m))?;
            doc.src = src;
            doc.line = line;
            self.docs.push(doc);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> std::result::Result<ViewDoc, String> {
        let mut d: ViewDoc = serde_json::from_str(line).map_err(|e| e.to_string())?;
        d.check()?;
        Ok(d)
    }

    #[test]
    fn offsets_are_checked_in_code_points() {
        let ok = r#"{"id":"a","text":"Việt Nam","entities":[{"start":0,"end":8,"label":"GPE"}]}"#;
        assert_eq!(parse(ok).unwrap().entities.len(), 1);
        let bad = r#"{"id":"a","text":"Việt Nam","entities":[{"start":0,"end":9,"label":"GPE"}]}"#;
        assert!(parse(bad).unwrap_err().contains("outside the text"));
    }

    #[test]
    fn events_without_ids_are_numbered() {
        let line = r#"{"id":"d","text":"Japan met Laos.","events":[{"event_type":"CONSULT","trigger":{"start":6,"end":9}}]}"#;
        assert_eq!(parse(line).unwrap().events[0].id, "d:e1");
    }
}
