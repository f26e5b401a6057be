//! Hugging Face token classification JSONL: one sentence per line with
//! `tokens` and integer `ner_tags`, plus `<OUT>.labels.json`, the tag names in
//! id order (for `datasets.ClassLabel` / a model's `id2label`).
//!
//! Ids are stable across exports: `O`, then `B-`/`I-` for the OntoNotes
//! labels of the default NER in a fixed order, then any other label in the
//! order first seen. So train/dev/test exported separately share one mapping.

use super::conll::tag_strings;
use super::{ExportDoc, Exporter, Stats};
use crate::error::{Error, Result};
use crate::write::JsonlWriter;
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The default NER's labels (spaCy `en_core_web_sm`, OntoNotes).
pub const ONTONOTES: [&str; 18] = [
    "PERSON",
    "NORP",
    "FAC",
    "ORG",
    "GPE",
    "LOC",
    "PRODUCT",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
    "DATE",
    "TIME",
    "PERCENT",
    "MONEY",
    "QUANTITY",
    "ORDINAL",
    "CARDINAL",
];

pub struct Hf {
    out: JsonlWriter,
    labels_path: PathBuf,
    names: Vec<String>,
    ids: HashMap<String, u32>,
}

#[derive(Serialize)]
struct Record<'a> {
    id: String,
    doc_id: &'a str,
    sentence: Option<usize>,
    tokens: Vec<&'a str>,
    ner_tags: Vec<u32>,
}

/// `train.jsonl` → `train.labels.json`.
pub fn labels_path(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut stem = name.as_str();
    for ext in [".gz", ".zst", ".jsonl", ".json"] {
        stem = stem.strip_suffix(ext).unwrap_or(stem);
    }
    out.with_file_name(format!("{stem}.labels.json"))
}

impl Hf {
    pub fn create(path: &Path) -> Result<Hf> {
        if path == Path::new("-") {
            return Err(Error::Usage(
                "--format hf writes a label file beside its output; give -o FILE, not stdout"
                    .into(),
            ));
        }
        let mut hf = Hf {
            out: JsonlWriter::create(path)?,
            labels_path: labels_path(path),
            names: Vec::new(),
            ids: HashMap::new(),
        };
        hf.id("O");
        for l in ONTONOTES {
            hf.id(&format!("B-{l}"));
            hf.id(&format!("I-{l}"));
        }
        Ok(hf)
    }

    fn id(&mut self, tag: &str) -> u32 {
        if let Some(&i) = self.ids.get(tag) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(tag.to_string());
        self.ids.insert(tag.to_string(), i);
        i
    }
}

impl Exporter for Hf {
    fn write_doc(&mut self, doc: &ExportDoc, stats: &mut Stats) -> Result<()> {
        let (tokens, segs, tags) = tag_strings(doc, stats);
        if tokens.is_empty() {
            stats.empty_documents += 1;
        }
        for (n, seg) in segs.iter().enumerate() {
            // Keep B/I of a new label adjacent in the id list.
            for t in seg.tokens.clone() {
                if let Some(label) = tags[t].strip_prefix("B-").or(tags[t].strip_prefix("I-")) {
                    self.id(&format!("B-{label}"));
                    self.id(&format!("I-{label}"));
                }
            }
            let rec = Record {
                id: format!("{}:{n}", doc.id),
                doc_id: &doc.id,
                sentence: seg.sentence,
                tokens: seg.tokens.clone().map(|t| doc.slice(tokens[t])).collect(),
                ner_tags: seg.tokens.clone().map(|t| self.ids[&tags[t]]).collect(),
            };
            self.out.write(&rec)?;
            stats.records += 1;
        }
        Ok(())
    }

    fn finish(&mut self, _: &mut Stats) -> Result<()> {
        self.out.finish()?;
        let body = serde_json::to_string_pretty(&self.names).map_err(std::io::Error::other);
        body.and_then(|b| std::fs::write(&self.labels_path, b + "\n"))
            .map_err(|e| Error::io(&self.labels_path, e))
    }
}
