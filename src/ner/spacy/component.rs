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

/// A document's dateline zones, sorted by start, with the furthest end
/// reached by any zone up to each one: which zones cover a byte is then a
/// binary search, so cutting every sentence costs n·log n, not
/// sentences × zones.
struct Datelines {
    /// (start, furthest end of this and all earlier zones)
    reach: Vec<(usize, usize)>,
}

impl Datelines {
    fn new(doc: &Doc) -> Self {
        let mut spans: Vec<Span> = doc
            .zones
            .iter()
            .filter(|z| z.kind == ZoneKind::Dateline)
            .map(|z| z.span)
            .collect();
        spans.sort_unstable_by_key(|z| z.start);
        let mut furthest = 0;
        let reach = spans
            .iter()
            .map(|z| {
                furthest = furthest.max(z.end);
                (z.start, furthest)
            })
            .collect();
        Datelines { reach }
    }

    /// Where the datelines that cover byte `at` (and those that cover where
    /// they end, and so on) end, clipped to `limit`: `at` itself when none
    /// covers it.
    fn end_from(&self, mut at: usize, limit: usize) -> usize {
        while at < limit {
            let i = self.reach.partition_point(|&(start, _)| start <= at);
            let end = if i == 0 { at } else { self.reach[i - 1].1 };
            if end <= at {
                break;
            }
            // Strictly further on each round, and never past `limit`.
            at = end.min(limit);
        }
        at
    }
}

/// The pieces of sentence `si` that are analysed on their own: the whole
/// sentence, except that a dateline at its start ("ABUJA, March 4 (Reuters)
/// -") is cut off, so the parser sees the body clause as a sentence instead
/// of hanging "Nigeria's foreign ministry summoned ..." off a capital's
/// name. Empty if the span does not fit the text.
///
/// A dateline zone is the cleaner's, and the segmenter may end a sentence
/// inside it ("BISHKEK. | KABAR -", "U.S. | SHOULD ACT -"): the cut is
/// clipped to the sentence, so a piece never reaches past its sentence.
fn parse_units(doc: &Doc, datelines: &Datelines, si: usize) -> Vec<Span> {
    let s = doc.sentences[si].span;
    if doc.text.get(s.start..s.end).is_none() {
        return Vec::new();
    }
    // Zone ends and the sentence end are char boundaries, so the cut is one.
    let cut = datelines.end_from(s.start, s.end);
    if !doc.text.is_char_boundary(cut) {
        return vec![s];
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
                    let datelines = Datelines::new(doc);
                    for si in 0..doc.sentences.len() {
                        crate::budget::check();
                        units.extend(
                            parse_units(doc, &datelines, si)
                                .into_iter()
                                .map(|u| (si, u)),
                        );
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

    /// Pieces of every sentence, checked to lie inside it.
    fn pieces(doc: &Doc) -> Vec<Vec<&str>> {
        let datelines = Datelines::new(doc);
        (0..doc.sentences.len())
            .map(|si| {
                let s = doc.sentences[si].span;
                parse_units(doc, &datelines, si)
                    .into_iter()
                    .inspect(|u| assert!(s.contains(*u), "{u:?} leaves sentence {s:?}"))
                    .map(|u| doc.slice(u))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn dateline_zone_past_its_sentence_is_clipped() {
        use crate::doc::Zone;
        // "BISHKEK. KABAR -" is one dateline zone, but the segmenter ends a
        // sentence after "BISHKEK.".
        let text = "BISHKEK. KABAR - The Kyrgyz foreign minister met his Uzbek counterpart.";
        let mut doc = Doc::new("d", text);
        doc.zones.push(Zone {
            span: Span::new(0, 16),
            kind: ZoneKind::Dateline,
        });
        sentences(&mut doc, &[(0, 8), (9, text.len())]);
        assert_eq!(
            pieces(&doc),
            [
                vec!["BISHKEK."],
                vec![
                    "KABAR -",
                    "The Kyrgyz foreign minister met his Uzbek counterpart."
                ]
            ]
        );
        SpacyPipeline::new().unwrap().process(&mut doc);
        for s in &doc.sentences {
            assert!(
                doc.tokens[s.tokens.clone()]
                    .iter()
                    .all(|t| s.span.contains(t.span))
            );
        }
        // A zone that ends exactly where a sentence does leaves it whole.
        let mut doc = Doc::new("d", "U.S. SHOULD ACT - ANALYST");
        doc.zones.push(Zone {
            span: Span::new(0, 17),
            kind: ZoneKind::Dateline,
        });
        sentences(&mut doc, &[(0, 4), (5, 25)]);
        assert_eq!(
            pieces(&doc),
            [vec!["U.S."], vec!["SHOULD ACT -", "ANALYST"]]
        );
        // Overlapping and chained zones are followed to their furthest end.
        let mut doc = Doc::new("d", "CAIRO, May 2 (MENA) - Talks began.");
        for (a, b) in [(0, 12), (7, 13), (13, 21)] {
            doc.zones.push(Zone {
                span: Span::new(a, b),
                kind: ZoneKind::Dateline,
            });
        }
        let n = doc.text.len();
        sentences(&mut doc, &[(0, n)]);
        assert_eq!(
            pieces(&doc),
            [vec!["CAIRO, May 2 (MENA) -", "Talks began."]]
        );
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
