//! doccano sequence-labelling JSONL: `{"text", "label": [[start, end,
//! "LABEL"], …]}` per document (code-point offsets, overlaps allowed); the
//! document id goes in `doc_id`, which doccano keeps as metadata.

use super::{ExportDoc, Exporter, Stats};
use crate::error::Result;
use crate::write::JsonlWriter;
use serde::Serialize;
use std::path::Path;

pub struct Doccano {
    out: JsonlWriter,
}

#[derive(Serialize)]
struct Record<'a> {
    text: &'a str,
    label: Vec<(usize, usize, &'a str)>,
    doc_id: &'a str,
}

impl Doccano {
    pub fn create(path: &Path) -> Result<Doccano> {
        Ok(Doccano {
            out: JsonlWriter::create(path)?,
        })
    }
}

impl Exporter for Doccano {
    fn write_doc(&mut self, doc: &ExportDoc, stats: &mut Stats) -> Result<()> {
        let mut label: Vec<(usize, usize, &str)> = doc
            .entities
            .iter()
            .map(|e| (e.start, e.end, e.label.as_str()))
            .collect();
        label.sort();
        stats.entities += label.len() as u64;
        stats.records += 1;
        self.out.write(&Record {
            text: &doc.text,
            label,
            doc_id: &doc.id,
        })
    }

    fn finish(&mut self, _: &mut Stats) -> Result<()> {
        self.out.finish()
    }
}
