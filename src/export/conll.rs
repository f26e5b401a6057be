//! CoNLL-2003-style NER: one `TOKEN TAG` line per token (space-separated;
//! tokens never contain whitespace), BIO (IOB2) tags, a blank line after
//! each sentence, and CoNLL-2003's `-DOCSTART- -X- O O` line before each
//! document, as read by `spacy convert -c ner` (first column = token, last =
//! tag), seqeval-based scripts and most CoNLL readers. A document with no
//! tokens (empty text) is not written, and counted.

use super::tokens::{bio, segments, tokenize, untokenized, without_overlaps};
use super::{ExportDoc, Exporter, Stats, text_out};
use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

pub struct Conll {
    out: Box<dyn Write>,
    path: PathBuf,
}

impl Conll {
    pub fn create(path: &Path) -> Result<Conll> {
        Ok(Conll {
            out: text_out(path)?,
            path: path.to_path_buf(),
        })
    }
}

/// Tag strings for a document's tokens.
pub fn tag_strings(
    doc: &ExportDoc,
    stats: &mut Stats,
) -> (
    Vec<(usize, usize)>,
    Vec<super::tokens::Segment>,
    Vec<String>,
) {
    let flat = without_overlaps(&doc.entities);
    stats.overlapping_entities += flat.overlapping;
    stats.entities_without_tokens += flat.empty;
    let ents = flat.kept;
    let tok = tokenize(doc, &ents);
    stats.token_cuts += tok.cuts;
    stats.self_tokenized += u64::from(tok.self_tokenized);
    let segs = segments(doc, &tok.tokens);
    let tags = bio(&tok.tokens, &segs, &ents);
    let missing = untokenized(&tags, ents.len());
    stats.entities_without_tokens += missing;
    stats.entities += ents.len() as u64 - missing;
    let strings = tags
        .iter()
        .map(|t| match t {
            None => "O".to_string(),
            Some((k, true)) => format!("B-{}", ents[*k].label),
            Some((k, false)) => format!("I-{}", ents[*k].label),
        })
        .collect();
    (tok.tokens, segs, strings)
}

impl Exporter for Conll {
    fn write_doc(&mut self, doc: &ExportDoc, stats: &mut Stats) -> Result<()> {
        let (tokens, segs, tags) = tag_strings(doc, stats);
        if tokens.is_empty() {
            stats.empty_documents += 1;
            return Ok(());
        }
        let io = |e| Error::io(&self.path, e);
        let mut buf = String::from("-DOCSTART- -X- O O\n\n");
        for seg in &segs {
            for t in seg.tokens.clone() {
                buf.push_str(doc.slice(tokens[t]));
                buf.push(' ');
                buf.push_str(&tags[t]);
                buf.push('\n');
            }
            buf.push('\n');
        }
        stats.records += segs.len() as u64;
        self.out.write_all(buf.as_bytes()).map_err(io)
    }

    fn finish(&mut self, _: &mut Stats) -> Result<()> {
        self.out.flush().map_err(|e| Error::io(&self.path, e))
    }
}
