//! Entity corrections from the country gazetteer, after any recognizer.
//!
//! Small NER models make a few mistakes over and over in news: an
//! upper-case dateline ("ABUJA, March 4 -") is no entity, a country name
//! the model has rarely seen ("Vanuatu") is a PERSON or an ORG, and spans
//! start with "the" where ANNOTATION.md (and OntoNotes-trained users) want
//! the name alone. This component fixes exactly those, with the embedded
//! country/capital dictionary as its only knowledge, so that the entity
//! layer agrees with the places the actor coder will find:
//!
//! - a PERSON, ORG or LOC entity whose whole text is a country or capital
//!   name becomes GPE (NORP when its last word is an adjective, "Russian");
//! - a country or capital written in a dateline becomes a GPE entity when
//!   no entity covers it;
//! - a leading lower-case "the", or a sentence-initial "The", is cut from
//!   name entities (not from dates: "the same day" is the date).
//!
//! Reads `Doc::zones`, `Doc::sentences`, `Doc::tokens`, `Doc::entities`;
//! rewrites `Doc::entities` (in text order).

use crate::actors::dict::{ACTORS, fold};
use crate::doc::{Doc, Entity, EntityLabel, Span, Token, ZoneKind};
use crate::pipeline::Component;

/// The gazetteer component.
#[derive(Clone, Copy, Debug, Default)]
pub struct Gazetteer;

impl Component for Gazetteer {
    fn name(&self) -> &'static str {
        "gazetteer"
    }

    fn process(&self, doc: &mut Doc) {
        if doc.tokens.is_empty() {
            return;
        }
        let mut entities = std::mem::take(&mut doc.entities);
        for e in &mut entities {
            trim_determiner(doc, e);
            relabel(doc, e);
        }
        entities.extend(dateline_places(doc, &entities));
        entities.sort_by_key(|e| (e.span.start, e.span.end));
        doc.entities = entities;
    }
}

/// A place's country code when `text` is exactly a country or capital
/// name in the dictionary (a code with no sector, not an international
/// body), at the document's date.
fn place_code(text: &str, doc: &Doc) -> Option<String> {
    let code = ACTORS.lookup_folded(&fold(text), doc.date)?;
    match (code.country, code.sector) {
        (Some(c), None) if c.len() == 3 && !matches!(c.as_str(), "IGO" | "NGO" | "MNC") => Some(c),
        _ => None,
    }
}

/// Tokens lying inside `span` (tokens are in text order).
fn tokens_in(doc: &Doc, span: Span) -> &[Token] {
    let lo = doc.tokens.partition_point(|t| t.span.start < span.start);
    let hi = doc.tokens.partition_point(|t| t.span.start < span.end);
    &doc.tokens[lo..hi.max(lo)]
}

fn is_name_label(l: EntityLabel) -> bool {
    matches!(
        l,
        EntityLabel::Person
            | EntityLabel::Norp
            | EntityLabel::Fac
            | EntityLabel::Org
            | EntityLabel::Gpe
            | EntityLabel::Loc
            | EntityLabel::Product
            | EntityLabel::Event
            | EntityLabel::WorkOfArt
            | EntityLabel::Law
    )
}

fn trim_determiner(doc: &Doc, e: &mut Entity) {
    if !is_name_label(e.label) {
        return;
    }
    let text = doc.slice(e.span);
    let at_sentence_start = doc
        .sentence_at(e.span.start)
        .is_some_and(|s| doc.sentences[s].span.start == e.span.start);
    if !(text.starts_with("the ") || text.starts_with("The ") && at_sentence_start) {
        return;
    }
    let cut = "the ".len();
    let rest = &text[cut..];
    let skip = rest.len() - rest.trim_start().len();
    if rest.trim().is_empty() {
        return;
    }
    e.span.start += cut + skip;
}

fn relabel(doc: &Doc, e: &mut Entity) {
    if !matches!(
        e.label,
        EntityLabel::Person | EntityLabel::Org | EntityLabel::Loc
    ) {
        return;
    }
    if place_code(doc.slice(e.span), doc).is_none() {
        return;
    }
    // A nationality word is an adjective with a demonym's ending
    // ("Russian", "Japanese", "Pakistani"); a country name used as a
    // modifier ("the Vanuatu government") stays a place.
    let text = doc.slice(e.span).to_lowercase();
    let demonym = tokens_in(doc, e.span)
        .last()
        .is_some_and(|t| t.tag.starts_with("JJ"))
        && ["ian", "an", "ese", "ish", "i", "ic", "ch", "ean", "ot"]
            .iter()
            .any(|x| text.ends_with(x));
    e.label = if demonym {
        EntityLabel::Norp
    } else {
        EntityLabel::Gpe
    };
}

/// GPE entities for the countries and capitals a dateline names ("ABUJA",
/// "ADDIS ABABA", "HÀ NỘI") where no entity is.
fn dateline_places(doc: &Doc, entities: &[Entity]) -> Vec<Entity> {
    let mut out = Vec::new();
    // Whether a span overlaps an entity: by binary search over the entities
    // (in text order, as the recognizers write them) and the furthest end
    // so far, since every dateline of a long document asks.
    let sorted = entities.is_sorted_by_key(|e| e.span.start);
    let mut furthest = 0;
    let reach: Vec<usize> = entities
        .iter()
        .map(|e| {
            furthest = furthest.max(e.span.end);
            furthest
        })
        .collect();
    let overlaps_entity = |span: Span| {
        if !sorted {
            return entities.iter().any(|e| e.span.overlaps(span));
        }
        // Of the entities starting before the span ends, one overlaps it
        // iff one ends after it starts.
        let k = entities.partition_point(|e| e.span.start < span.end);
        k > 0 && reach[k - 1] > span.start
    };
    for z in doc.zones.iter().filter(|z| z.kind == ZoneKind::Dateline) {
        crate::budget::check();
        let toks = tokens_in(doc, z.span);
        let mut i = 0;
        while i < toks.len() {
            let found = [3usize, 2, 1].into_iter().find_map(|n| {
                let last = toks.get(i + n - 1)?;
                let span = Span::new(toks[i].span.start, last.span.end);
                let words = &toks[i..i + n];
                // Names only: every word starts with a capital letter.
                let capitalised = words.iter().all(|t| {
                    doc.slice(t.span)
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                });
                (capitalised && place_code(doc.slice(span), doc).is_some()).then_some((n, span))
            });
            match found {
                Some((n, span)) if !overlaps_entity(span) => {
                    out.push(Entity {
                        span,
                        label: EntityLabel::Gpe,
                        score: 0.9,
                    });
                    i += n;
                }
                Some((n, _)) => i += n,
                None => i += 1,
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{Sentence, Zone};

    /// A one-sentence document with the given tokens (whitespace-split,
    /// all tagged NNP unless listed in `adjectives`) and entities.
    fn doc(text: &str, adjectives: &[&str], ents: &[(&str, EntityLabel)]) -> Doc {
        let mut d = Doc::new("t", text);
        let mut at = 0;
        for w in text.split(' ') {
            let start = text[at..].find(w).unwrap() + at;
            at = start + w.len();
            let mut tok = Token::new(Span::new(start, at), true, d.tokens.len());
            tok.tag = if adjectives.contains(&w) { "JJ" } else { "NNP" };
            d.tokens.push(tok);
        }
        d.sentences.push(Sentence {
            span: Span::new(0, text.len()),
            tokens: 0..d.tokens.len(),
        });
        for (t, label) in ents {
            let s = text.find(t).unwrap();
            d.entities.push(Entity {
                span: Span::new(s, s + t.len()),
                label: *label,
                score: 0.8,
            });
        }
        d
    }

    fn ents(d: &Doc) -> Vec<(&str, EntityLabel)> {
        d.entities
            .iter()
            .map(|e| (d.slice(e.span), e.label))
            .collect()
    }

    #[test]
    fn country_names_tagged_person_or_org_become_places() {
        let mut d = doc(
            "Vanuatu and Russian officials met Moldova aides",
            &["Russian"],
            &[
                ("Vanuatu", EntityLabel::Person),
                ("Russian", EntityLabel::Org),
                ("Moldova", EntityLabel::Org),
            ],
        );
        Gazetteer.process(&mut d);
        assert_eq!(
            ents(&d),
            [
                ("Vanuatu", EntityLabel::Gpe),
                ("Russian", EntityLabel::Norp),
                ("Moldova", EntityLabel::Gpe)
            ]
        );
    }

    #[test]
    fn a_country_name_as_modifier_stays_a_place() {
        let mut d = doc(
            "The Vanuatu government appealed",
            &["Vanuatu"],
            &[("Vanuatu", EntityLabel::Person)],
        );
        Gazetteer.process(&mut d);
        assert_eq!(ents(&d), [("Vanuatu", EntityLabel::Gpe)]);
    }

    #[test]
    fn organisations_and_people_keep_their_labels() {
        let mut d = doc(
            "ECOWAS and Ana Cebotari spoke",
            &[],
            &[
                ("ECOWAS", EntityLabel::Org),
                ("Ana Cebotari", EntityLabel::Person),
            ],
        );
        Gazetteer.process(&mut d);
        assert_eq!(
            ents(&d),
            [
                ("ECOWAS", EntityLabel::Org),
                ("Ana Cebotari", EntityLabel::Person)
            ]
        );
    }

    #[test]
    fn leading_determiners_leave_name_spans_but_not_dates() {
        let mut d = doc(
            "The Kremlin told the National Office about the same day",
            &[],
            &[
                ("The Kremlin", EntityLabel::Org),
                ("the National Office", EntityLabel::Org),
                ("the same day", EntityLabel::Date),
            ],
        );
        Gazetteer.process(&mut d);
        assert_eq!(
            ents(&d),
            [
                ("Kremlin", EntityLabel::Org),
                ("National Office", EntityLabel::Org),
                ("the same day", EntityLabel::Date)
            ]
        );
    }

    #[test]
    fn capitalised_the_inside_a_sentence_is_part_of_the_name() {
        let mut d = doc(
            "He read The Washington Post",
            &[],
            &[("The Washington Post", EntityLabel::Org)],
        );
        Gazetteer.process(&mut d);
        assert_eq!(ents(&d), [("The Washington Post", EntityLabel::Org)]);
    }

    #[test]
    fn dateline_capitals_become_places() {
        let text = "ADDIS ABABA , March 4 - AU leaders met";
        let mut d = doc(text, &[], &[("AU", EntityLabel::Org)]);
        d.zones.push(Zone {
            span: Span::new(0, text.find(" AU").unwrap()),
            kind: ZoneKind::Dateline,
        });
        Gazetteer.process(&mut d);
        assert_eq!(
            ents(&d),
            [("ADDIS ABABA", EntityLabel::Gpe), ("AU", EntityLabel::Org)]
        );
    }
}
