//! The pipeline stage: fills `Doc::tokens` (with tags, POS, lemmas, heads
//! and dependency labels), each `Sentence::tokens` range and
//! `Doc::entities`, sentence by sentence as the segmenter split the text.

use super::annotate::{Analysis, Options};
use super::model::SpacyModel;
use crate::doc::{Doc, Entity, Sentence, Span, Token, ZoneKind};
use crate::pipeline::Component;

/// spaCy `en_core_web_sm` (tokenizer, tagger, parser, attribute ruler,
/// lemmatizer, NER) as one component. Tokens never cross a sentence of the
/// segmenter's; heads stay inside their sentence.
pub struct SpacyPipeline {
    model: &'static SpacyModel,
    options: Options,
}

impl SpacyPipeline {
    /// Everything, including the dependency parse.
    pub fn new() -> crate::Result<Self> {
        Self::with_options(Options::default())
    }

    /// Tokens, tags, lemmas and entities without the dependency parse
    /// (faster; heads then point to the token itself and labels are empty).
    pub fn without_parser() -> crate::Result<Self> {
        Self::with_options(Options {
            parse: false,
            ner: true,
        })
    }

    pub fn with_options(options: Options) -> crate::Result<Self> {
        Ok(SpacyPipeline {
            model: SpacyModel::shared()?,
            options,
        })
    }

    pub fn options(&self) -> Options {
        self.options
    }
}

/// The pieces of sentence `si` that are analysed on their own: the whole
/// sentence, except that a dateline at its start ("ABUJA, March 4 (Reuters)
/// -") is cut off, so the parser sees the body clause as a sentence instead
/// of hanging "Nigeria's foreign ministry summoned ..." off a capital's
/// name. Empty if the span does not fit the text.
fn parse_units(doc: &Doc, si: usize) -> Vec<Span> {
    let s = doc.sentences[si].span;
    if doc.text.get(s.start..s.end).is_none() {
        return Vec::new();
    }
    let mut cut = s.start;
    for z in &doc.zones {
        if z.kind == ZoneKind::Dateline && z.span.start <= cut && z.span.end > cut {
            cut = z.span.end;
        }
    }
    let rest = cut + (doc.text[cut..s.end].len() - doc.text[cut..s.end].trim_start().len());
    if cut == s.start || rest >= s.end {
        return vec![s];
    }
    let head = doc.text[s.start..cut].trim_end();
    if head.is_empty() {
        return vec![Span::new(rest, s.end)];
    }
    vec![
        Span::new(s.start, s.start + head.len()),
        Span::new(rest, s.end),
    ]
}

/// Appends the analysis of one piece (starting at byte `offset`) to the
/// document's tokens and entities.
fn write_piece(doc: &mut Doc, offset: usize, a: Analysis) {
    let base = doc.tokens.len();
    let n = a.tokens.len();
    for (i, t) in a.tokens.iter().enumerate() {
        let span = Span::new(offset + t.start, offset + t.end);
        // Inside a piece spaCy's flag is exact; after its last token the
        // piece ends, so look at the document text instead.
        let space_after = t.space_after || (i + 1 == n && doc.text[span.end..].starts_with(' '));
        doc.tokens.push(Token {
            span,
            space_after,
            tag: a.tags[i],
            pos: a.pos[i],
            lemma: a.lemmas[i].as_str().into(),
            head: base + a.heads[i],
            dep: a.deps[i],
        });
    }
    for e in a.entities {
        doc.entities.push(Entity {
            span: Span::new(
                offset + a.tokens[e.start].start,
                offset + a.tokens[e.end - 1].end,
            ),
            label: e.label,
            score: e.score.clamp(0.0, 1.0),
        });
    }
}

impl Component for SpacyPipeline {
    fn name(&self) -> &'static str {
        "spacy_en_core_web_sm"
    }

    fn process(&self, doc: &mut Doc) {
        self.process_batch(std::slice::from_mut(doc));
    }

    fn process_batch(&self, docs: &mut [Doc]) {
        for doc in docs.iter_mut() {
            // Without a segmenter's sentences, the whole text is one.
            if doc.sentences.is_empty() && !doc.text.is_empty() {
                doc.sentences.push(Sentence {
                    span: Span::new(0, doc.text.len()),
                    tokens: 0..0,
                });
            }
        }
        // Each document's pieces, cut under `isolate`: one that panics
        // fails its document alone, which then gets no jobs.
        let units: Vec<Vec<(usize, Span)>> = docs
            .iter_mut()
            .map(|doc| {
                let mut units = Vec::new();
                crate::pipeline::isolate(doc, |doc| {
                    for si in 0..doc.sentences.len() {
                        units.extend(parse_units(doc, si).into_iter().map(|u| (si, u)));
                    }
                });
                if doc.failure.is_some() {
                    units.clear();
                }
                units
            })
            .collect();
        // One job per piece: (document, sentence, piece start).
        let mut jobs: Vec<(usize, usize, usize)> = Vec::new();
        let mut texts: Vec<&str> = Vec::new();
        for (di, (doc, units)) in docs.iter().zip(&units).enumerate() {
            for &(si, u) in units {
                jobs.push((di, si, u.start));
                texts.push(&doc.text[u.start..u.end]);
            }
        }
        let results = self.model.analyze(&texts, self.options);
        drop(texts);
        let mut results = jobs.into_iter().zip(results).peekable();
        for (di, doc) in docs.iter_mut().enumerate() {
            if doc.failure.is_some() {
                continue;
            }
            doc.tokens.clear();
            doc.entities.clear();
            for si in 0..doc.sentences.len() {
                let start = doc.tokens.len();
                // A span that does not fit the text gets no pieces, no tokens.
                while let Some(((_, _, offset), a)) =
                    results.next_if(|((d, s, _), _)| (*d, *s) == (di, si))
                {
                    write_piece(doc, offset, a);
                }
                doc.sentences[si].tokens = start..doc.tokens.len();
            }
        }
    }
}

/// Runs the full pipeline over `text` as one sentence-split-free span and
/// returns the annotated document (for quick inspection, e.g. `attache ner`).
pub fn annotate_text(text: &str) -> crate::Result<Doc> {
    let mut doc = Doc::new("text", text);
    SpacyPipeline::new()?.process(&mut doc);
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::EntityLabel;

    fn sentences(doc: &mut Doc, bounds: &[(usize, usize)]) {
        doc.sentences = bounds
            .iter()
            .map(|&(s, e)| Sentence {
                span: Span::new(s, e),
                tokens: 0..0,
            })
            .collect();
    }

    #[test]
    fn fills_tokens_sentences_and_entities() {
        let text =
            "Kenya and Ethiopia agreed on Monday to reopen the border. Talks resume in Nairobi.";
        let mut doc = Doc::new("d", text);
        sentences(&mut doc, &[(0, 57), (58, text.len())]);
        SpacyPipeline::new().unwrap().process(&mut doc);
        assert_eq!(doc.sentences[0].tokens, 0..11);
        assert_eq!(doc.sentences[1].tokens.start, 11);
        assert_eq!(doc.sentences[1].tokens.end, doc.tokens.len());
        for (i, s) in doc.sentences.iter().enumerate() {
            for t in &doc.tokens[s.tokens.clone()] {
                assert!(s.tokens.contains(&t.head), "head leaves sentence {i}");
                assert!(s.span.contains(t.span));
            }
        }
        let agreed = &doc.tokens[3];
        assert_eq!(doc.slice(agreed.span), "agreed");
        assert_eq!(
            (agreed.tag, agreed.pos, agreed.dep, &*agreed.lemma),
            ("VBD", "VERB", "ROOT", "agree")
        );
        assert_eq!(doc.tokens[0].head, 3);
        assert!(
            doc.tokens[10].space_after,
            "sentence-final '.' is followed by a space"
        );
        let ents: Vec<(&str, EntityLabel)> = doc
            .entities
            .iter()
            .map(|e| (doc.slice(e.span), e.label))
            .collect();
        assert_eq!(
            ents,
            [
                ("Kenya", EntityLabel::Gpe),
                ("Ethiopia", EntityLabel::Gpe),
                ("Monday", EntityLabel::Date),
                ("Nairobi", EntityLabel::Gpe)
            ]
        );
        assert!(doc.entities.iter().all(|e| e.score > 0.5 && e.score <= 1.0));
    }

    #[test]
    fn without_sentences_the_whole_text_is_one() {
        let doc = annotate_text("Angela Merkel visited Paris.").unwrap();
        assert_eq!(doc.sentences.len(), 1);
        assert_eq!(doc.sentences[0].tokens, 0..5);
        assert_eq!(doc.entities.len(), 2);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            " ",
            "\n\n",
            "ü",
            "a\u{0}b",
            "((((((((((",
            "\u{200b}\u{feff}",
        ] {
            let doc = annotate_text(text).unwrap();
            assert!(
                doc.tokens
                    .iter()
                    .all(|t| doc.text.get(t.span.start..t.span.end).is_some())
            );
        }
        // A sentence span that does not fit the text is skipped, not a panic.
        let mut doc = Doc::new("d", "Short.");
        sentences(&mut doc, &[(0, 6), (3, 60)]);
        SpacyPipeline::new().unwrap().process(&mut doc);
        assert_eq!(doc.sentences[0].tokens, 0..2);
        assert_eq!(doc.sentences[1].tokens, 2..2);
    }

    #[test]
    fn very_long_sentence_is_processed_whole() {
        let unit = "The minister of Kenya met officials from Uganda and Tanzania on Monday, ";
        let text = unit.repeat(400);
        let mut doc = Doc::new("d", text.as_str());
        SpacyPipeline::new().unwrap().process(&mut doc);
        assert!(doc.tokens.len() > 5_000);
        assert_eq!(doc.tokens.last().unwrap().span.end, text.trim_end().len());
        assert!(doc.entities.len() >= 800);
    }
}
