//! Candidate generation for the event model: everything in a sentence that
//! could report an event of some type. Three sources, widest first:
//!
//! - the rule extractor's events, with their parties and modality;
//! - events the rules built and then discarded (no actor found, negated or
//!   hypothetical, inside one government), with the reason;
//! - lexicon hits: any token whose lemma is a trigger of attache's lexicon
//!   or a CAMEO verb, any light verb with its object noun, in any
//!   inflection (lemmas), whether or not the rules could build an event.
//!
//! The model scores (sentence, type) pairs from these; the candidates then
//! give the events it keeps their trigger and parties.

use crate::doc::{Doc, Event, EventType, Modality};
use crate::events::lexicon::LEXICON;

/// Where a candidate came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Built and kept by the rules.
    Rule,
    /// Built by the rules and discarded for the reason given.
    Dropped(&'static str),
}

/// A rule-built event of one sentence, kept or discarded.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub event: Event,
    pub origin: Origin,
}

/// A trigger word of the lexicon in a sentence.
#[derive(Clone, Debug)]
pub struct Hit {
    /// Token index of the trigger.
    pub token: usize,
    pub event_type: EventType,
    pub mode: Option<&'static str>,
    pub context: Vec<&'static str>,
    pub cameo: String,
    /// "verb", "noun", "light" or "cameo".
    pub source: &'static str,
    /// The lemma (or "light+noun") that matched.
    pub key: String,
}

/// All lexicon hits of sentence `s`, in token order.
pub fn lexicon_hits(doc: &Doc, s: usize) -> Vec<Hit> {
    let lex = &*LEXICON;
    let range = doc.sentences[s].tokens.clone();
    let mut hits = Vec::new();
    for i in range.clone() {
        let tok = &doc.tokens[i];
        let lemma = tok.lemma.to_lowercase();
        let mut push = |sense: &crate::events::lexicon::Sense, source, key: String| {
            hits.push(Hit {
                token: i,
                event_type: sense.event_type,
                mode: sense.mode,
                context: sense.context.clone(),
                cameo: sense.cameo.clone(),
                source,
                key,
            })
        };
        match tok.pos {
            "VERB" | "AUX" => {
                if let Some(sense) = lex.verbs.get(&lemma) {
                    push(sense, "verb", lemma.clone());
                } else if let Some(sense) = lex.cameo_sense(&lemma, &[], &[]) {
                    push(&sense, "cameo", lemma.clone());
                }
                if lex.light_verbs.contains(&lemma) {
                    // The light verb's object nouns: "held talks", "signed a
                    // memorandum", "lodged a protest".
                    for j in range.clone() {
                        let o = &doc.tokens[j];
                        if o.head == i && o.pos == "NOUN" && j != i {
                            let key = format!("{lemma}+{}", o.lemma.to_lowercase());
                            if let Some(sense) = lex.light.get(&key) {
                                push(sense, "light", key);
                            }
                        }
                    }
                }
            }
            "NOUN" => {
                if let Some(sense) = lex.nouns.get(&lemma) {
                    push(sense, "noun", lemma.clone());
                }
            }
            _ => {}
        }
    }
    hits
}

/// Whether a candidate event is real enough to be output.
pub fn is_real(e: &Event) -> bool {
    matches!(e.modality, Modality::Asserted | Modality::Future)
}
