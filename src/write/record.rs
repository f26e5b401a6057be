//! Serialisable views of a [`Doc`], with every span converted to code-point
//! offsets (DESIGN.md §3). They borrow from the document: no text is copied.

use crate::actors::{ActorView, actor_views};
use crate::doc::{CharIndex, Doc};
use crate::events::{EventRecord, record::event_records_with};
use serde::Serialize;

#[derive(Serialize)]
pub struct SentenceRecord<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct ZoneRecord {
    pub start: usize,
    pub end: usize,
    pub kind: &'static str,
}

#[derive(Serialize)]
pub struct TokenRecord<'a> {
    pub start: usize,
    pub end: usize,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub tag: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub pos: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub lemma: &'a str,
    /// Index of the head token in this record's `tokens` list.
    pub head: usize,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub dep: &'a str,
}

#[derive(Serialize)]
pub struct EntityRecord<'a> {
    pub start: usize,
    pub end: usize,
    pub label: &'static str,
    pub text: &'a str,
    pub score: f32,
}

/// `attache segment` output: the id and its sentences.
#[derive(Serialize)]
pub struct SegmentRecord<'a> {
    pub id: &'a str,
    pub sentences: Vec<SentenceRecord<'a>>,
}

/// Document JSONL: the text and every layer, for inspection and training data.
#[derive(Serialize)]
pub struct DocRecord<'a> {
    pub id: &'a str,
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<&'a str>,
    pub text: &'a str,
    pub sentences: Vec<SentenceRecord<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub zones: Vec<ZoneRecord>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tokens: Vec<TokenRecord<'a>>,
    pub entities: Vec<EntityRecord<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<ActorView>,
    /// The same records as events JSONL, so one file carries everything.
    pub events: Vec<EventRecord>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pub warnings: &'a [String],
}

fn sentences<'a>(doc: &'a Doc, ix: &CharIndex) -> Vec<SentenceRecord<'a>> {
    doc.sentences
        .iter()
        .map(|s| {
            let (start, end) = ix.chars(s.span);
            SentenceRecord {
                start,
                end,
                text: doc.slice(s.span),
            }
        })
        .collect()
}

impl<'a> SegmentRecord<'a> {
    pub fn new(doc: &'a Doc) -> Self {
        SegmentRecord {
            id: &doc.id,
            sentences: sentences(doc, doc.char_index()),
        }
    }
}

impl<'a> DocRecord<'a> {
    /// `ner_model` names the NER stage that ran, for the events' metadata.
    pub fn new(doc: &'a Doc, ner_model: &str) -> Self {
        let ix = doc.char_index();
        DocRecord {
            id: &doc.id,
            date: doc.date.map(|d| d.format("%Y-%m-%d").to_string()),
            title: doc.title.as_deref(),
            text: &doc.text,
            sentences: sentences(doc, ix),
            zones: doc
                .zones
                .iter()
                .map(|z| {
                    let (start, end) = ix.chars(z.span);
                    ZoneRecord {
                        start,
                        end,
                        kind: z.kind.as_str(),
                    }
                })
                .collect(),
            tokens: doc
                .tokens
                .iter()
                .map(|t| {
                    let (start, end) = ix.chars(t.span);
                    TokenRecord {
                        start,
                        end,
                        tag: t.tag,
                        pos: t.pos,
                        lemma: &t.lemma,
                        head: t.head,
                        dep: t.dep,
                    }
                })
                .collect(),
            entities: doc
                .entities
                .iter()
                .map(|e| {
                    let (start, end) = ix.chars(e.span);
                    EntityRecord {
                        start,
                        end,
                        label: e.label.as_str(),
                        text: doc.slice(e.span),
                        score: e.score,
                    }
                })
                .collect(),
            actors: actor_views(doc),
            events: event_records_with(doc, ner_model),
            warnings: &doc.warnings,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{Entity, EntityLabel, Sentence, Span};

    #[test]
    fn offsets_are_code_points() {
        let mut d = Doc::new("x", "HÀ NỘI — Việt Nam met Japan.");
        let start = d.text.find("Việt").unwrap();
        let end = start + "Việt Nam".len();
        d.sentences.push(Sentence {
            span: Span::new(0, d.text.len()),
            tokens: 0..0,
        });
        d.entities.push(Entity {
            span: Span::new(start, end),
            label: EntityLabel::Gpe,
            score: 0.9,
        });
        let v = serde_json::to_value(DocRecord::new(&d, "test")).unwrap();
        let e = &v["entities"][0];
        assert_eq!(e["start"], 9);
        assert_eq!(e["end"], 17);
        assert_eq!(e["text"], "Việt Nam");
        let chars: Vec<char> = d.text.chars().collect();
        let s: String = chars[9..17].iter().collect();
        assert_eq!(s, "Việt Nam");
        assert_eq!(v["sentences"][0]["end"], chars.len());
        assert!(v.get("tokens").is_none(), "empty layers are left out");
    }
}
