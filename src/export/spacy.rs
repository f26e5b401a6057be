//! spaCy / Prodigy span JSONL, one document per line:
//! `{"text", "tokens": [{"text","start","end","id","ws"}], "spans":
//! [{"start","end","label","token_start","token_end"}], "meta": {"doc_id"}}`.
//!
//! Tokens follow spaCy's convention so that `Doc(vocab, words, spaces)`
//! rebuilds the text exactly: each token owns at most one following space
//! (`ws`), and any other whitespace is a token of its own. Spans are
//! non-overlapping (`doc.ents`), trimmed of whitespace, and always fall on
//! token edges, so `Doc.char_span` finds every one. `token_end` is inclusive
//! (Prodigy's convention).

use super::tokens::{tokenize, without_overlaps};
use super::{Entity, ExportDoc, Exporter, Stats};
use crate::error::Result;
use crate::eval::input::CharSpan;
use crate::write::JsonlWriter;
use serde::Serialize;
use std::path::Path;

pub struct Spacy {
    out: JsonlWriter,
}

#[derive(Serialize)]
struct Token<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    id: usize,
    ws: bool,
}

#[derive(Serialize)]
struct Span<'a> {
    start: usize,
    end: usize,
    label: &'a str,
    token_start: usize,
    token_end: usize,
}

#[derive(Serialize)]
struct Meta<'a> {
    doc_id: &'a str,
}

#[derive(Serialize)]
struct Record<'a> {
    text: &'a str,
    tokens: Vec<Token<'a>>,
    spans: Vec<Span<'a>>,
    meta: Meta<'a>,
}

impl Spacy {
    pub fn create(path: &Path) -> Result<Spacy> {
        Ok(Spacy {
            out: JsonlWriter::create(path)?,
        })
    }
}

/// Whitespace at either end of an entity is not part of it.
fn trimmed(doc: &ExportDoc, e: &Entity) -> Entity {
    let text = doc.slice((e.start, e.end));
    let lead = text.chars().take_while(|c| c.is_whitespace()).count();
    let inner = text.chars().count() - lead;
    let trail = text
        .chars()
        .rev()
        .take_while(|c| c.is_whitespace())
        .count()
        .min(inner);
    Entity {
        start: e.start + lead,
        end: e.end - trail,
        ..e.clone()
    }
}

/// spaCy-style tokens `(span, ws)` covering the whole text, from the
/// non-whitespace tokens.
pub fn spacy_tokens(doc: &ExportDoc, words: &[CharSpan]) -> Vec<(CharSpan, bool)> {
    let mut out: Vec<(CharSpan, bool)> = Vec::with_capacity(words.len() * 2);
    let gap = |out: &mut Vec<(CharSpan, bool)>, (mut s, e): CharSpan| {
        if s >= e {
            return;
        }
        if let Some(last) = out.last_mut()
            && doc.slice((s, s + 1)) == " "
        {
            last.1 = true;
            s += 1;
        }
        if s < e {
            out.push(((s, e), false));
        }
    };
    let mut pos = 0;
    for &w in words {
        gap(&mut out, (pos, w.0));
        out.push((w, false));
        pos = w.1;
    }
    gap(&mut out, (pos, doc.len_chars()));
    out
}

impl Exporter for Spacy {
    fn write_doc(&mut self, doc: &ExportDoc, stats: &mut Stats) -> Result<()> {
        let trimmed: Vec<Entity> = doc.entities.iter().map(|e| trimmed(doc, e)).collect();
        let flat = without_overlaps(&trimmed);
        stats.overlapping_entities += flat.overlapping;
        stats.entities_without_tokens += flat.empty;
        let ents = flat.kept;
        let tok = tokenize(doc, &ents);
        stats.token_cuts += tok.cuts;
        stats.self_tokenized += u64::from(tok.self_tokenized);
        let toks = spacy_tokens(doc, &tok.tokens);
        let mut spans = Vec::with_capacity(ents.len());
        for e in &ents {
            let first = toks.partition_point(|t| t.0.0 < e.start);
            let last = toks.partition_point(|t| t.0.1 < e.end);
            let aligned = first < toks.len()
                && last < toks.len()
                && toks[first].0.0 == e.start
                && toks[last].0.1 == e.end;
            if !aligned {
                stats.entities_without_tokens += 1;
                continue;
            }
            spans.push(Span {
                start: e.start,
                end: e.end,
                label: &e.label,
                token_start: first,
                token_end: last,
            });
        }
        stats.entities += spans.len() as u64;
        stats.records += 1;
        let tokens = toks
            .iter()
            .enumerate()
            .map(|(id, &((start, end), ws))| Token {
                text: doc.slice((start, end)),
                start,
                end,
                id,
                ws,
            })
            .collect();
        self.out.write(&Record {
            text: &doc.text,
            tokens,
            spans,
            meta: Meta { doc_id: &doc.id },
        })
    }

    fn finish(&mut self, _: &mut Stats) -> Result<()> {
        self.out.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_rebuild_the_text_exactly() {
        let d = ExportDoc::new("d", "  Hi  there,\n\nworld ");
        let words = super::super::tokens::minimal_tokens(&d.text);
        let toks = spacy_tokens(&d, &words);
        let rebuilt: String = toks
            .iter()
            .map(|&(s, ws)| format!("{}{}", d.slice(s), if ws { " " } else { "" }))
            .collect();
        assert_eq!(rebuilt, d.text);
        let shown: Vec<(&str, bool)> = toks.iter().map(|&(s, ws)| (d.slice(s), ws)).collect();
        assert_eq!(
            shown,
            [
                ("  ", false),
                ("Hi", true),
                (" ", false),
                ("there", false),
                (",", false),
                ("\n\n", false),
                ("world", true)
            ]
        );
    }

    #[test]
    fn entities_are_trimmed() {
        let d = ExportDoc::new("d", "met  Japan .");
        let e = Entity {
            start: 4,
            end: 11,
            label: "GPE".into(),
            score: None,
        };
        let t = trimmed(&d, &e);
        assert_eq!(d.slice((t.start, t.end)), "Japan");
        let blank = Entity {
            start: 3,
            end: 5,
            ..e
        };
        let t = trimmed(&d, &blank);
        assert_eq!(t.start, t.end);
    }
}
