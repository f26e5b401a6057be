//! Events in headlines, read by pattern rather than by parse.
//!
//! Headlines drop articles and auxiliaries ("UK summons envoy", "Kenya,
//! Tanzania sign deal", "Seoul, Tokyo condemn launch"), and a parser
//! trained on running text reads their verbs as nouns. A headline clause
//! is therefore read as the pattern
//!
//! ```text
//! PARTY [, PARTY | and PARTY]*  [to]  VERB  [PARTY]
//! ```
//!
//! where the parties are coded actor mentions and the verb is one of the
//! trigger lexicon's verbs in a headline form ("summons", "sign", "shuts").
//! The parse-based extractor runs first; these events only add what it
//! missed.

use super::lexicon::{LEXICON, Sense};
use crate::actors::tree::Tree;
use crate::doc::{Argument, Doc, Event, EventType, MentionKind, Modality, Span};

/// Words a headline clause is split at: "Iran seizes tanker; UK summons
/// envoy", "Niger: army says ...".
const CLAUSE_BREAKS: &[&str] = &[";", ":", "|", "—", "–"];

/// Headline verbs that need a document after them to be a signing.
const SIGN_VERBS: &[&str] = &["sign", "ink"];

/// Nouns a headline signing can be of.
const SIGNED: &[&str] = &[
    "deal",
    "agreement",
    "accord",
    "pact",
    "treaty",
    "mou",
    "memorandum",
    "declaration",
    "contract",
];

/// Whether sentence `s` looks like a headline: short, and not ended by
/// sentence punctuation.
pub fn is_headline(doc: &Doc, s: usize) -> bool {
    let sent = &doc.sentences[s];
    let text = doc.slice(sent.span).trim_end();
    let n = sent.tokens.len();
    (3..=24).contains(&n) && !text.ends_with(['.', '!', '?', '"', '”', '’'])
}

/// A headline verb's lemma and sense: the word itself, or without its
/// third-person ending ("summons" → "summon", "seizes" → "seize").
fn headline_verb(word: &str) -> Option<(String, &'static Sense)> {
    let w = word.to_lowercase();
    let mut forms = vec![w.clone()];
    if let Some(x) = w.strip_suffix("ies") {
        forms.push(format!("{x}y"));
    }
    if let Some(x) = w.strip_suffix("es") {
        forms.push(x.to_string());
    }
    if let Some(x) = w.strip_suffix('s') {
        forms.push(x.to_string());
    }
    forms
        .into_iter()
        .find_map(|f| LEXICON.verbs.get(&f).map(|s| (f, s)))
}

/// Events that headline sentence `s` states in the headline pattern.
/// `actor_at` maps each token to the actor mentions covering it.
pub fn headline_events(doc: &Doc, t: &Tree, actor_at: &[Vec<usize>], s: usize) -> Vec<Event> {
    let range = doc.sentences[s].tokens.clone();
    let mut out = Vec::new();
    let mut clause_start = range.start;
    for i in range.clone() {
        let w = t.text(i);
        if CLAUSE_BREAKS.contains(&w) {
            clause_start = i + 1;
            continue;
        }
        if i == clause_start {
            continue;
        }
        // A verb form: lower-case in the middle of a headline clause (a
        // title-case headline capitalises it, so allow that too), not a
        // name the recognizer found.
        let named = actor_at[i]
            .iter()
            .any(|&m| doc.actors[m].kind == MentionKind::Name || doc.actors[m].head == i);
        if named || !w.chars().all(char::is_alphabetic) {
            continue;
        }
        let Some((lemma, sense)) = headline_verb(w) else {
            continue;
        };
        let future = i > clause_start && t.lower(i - 1) == "to";
        let before = if future { i - 1 } else { i };
        let actors = parties_before(doc, t, actor_at, clause_start, before);
        if actors.is_empty() {
            continue;
        }
        let (recipients, object_end) = parties_after(doc, t, actor_at, i + 1, range.end);
        let mut event_type = sense.event_type;
        let mut context = sense.context.clone();
        if SIGN_VERBS.contains(&lemma.as_str()) {
            let signed =
                (i + 1..range.end.min(i + 5)).any(|j| SIGNED.contains(&t.lower(j).as_str()));
            if !signed {
                continue;
            }
            event_type = EventType::Support;
            context = vec!["agreement"];
        }
        let mut mode = sense.mode;
        let modality = if future {
            // "ADB to fund canal repairs": a plan, so a promise (PLOVER).
            if matches!(
                event_type,
                EventType::Consult
                    | EventType::Support
                    | EventType::Cooperate
                    | EventType::Aid
                    | EventType::Retreat
                    | EventType::Concede
            ) {
                event_type = EventType::Agree;
                mode = None;
            }
            Modality::Future
        } else {
            Modality::Asserted
        };
        if event_type == EventType::Accuse && lemma == "summon" {
            context = vec!["summon"];
        }
        let trigger_end = if SIGN_VERBS.contains(&lemma.as_str()) {
            object_end.max(t.tok(i).span.end)
        } else {
            t.tok(i).span.end
        };
        let arg = |m: usize, score: f32| Argument {
            actor: m,
            span: Some(doc.actors[m].span),
            score: score * doc.actors[m].score.max(0.3),
        };
        let actor: Vec<Argument> = actors.iter().map(|&m| arg(m, 0.8)).collect();
        let recipient: Vec<Argument> = recipients
            .iter()
            .filter(|m| !actors.contains(m))
            .map(|&m| arg(m, 0.7))
            .collect();
        let completeness = 0.55 + 0.3 + if recipient.is_empty() { 0.0 } else { 0.1 };
        out.push(Event {
            sentence: s,
            trigger: Span::new(t.tok(i).span.start, trigger_end),
            event_type,
            mode,
            context,
            cameo: super::lexicon::root_cameo(event_type).to_string(),
            actor,
            recipient,
            date: None,
            location: None,
            modality,
            score: (sense.reliability * 0.85 * completeness).clamp(0.0, 1.0),
            link: None,
        });
    }
    out
}

/// Coded mentions right before token `end`, joined by commas or "and"
/// ("Kenya, Tanzania", "Seoul and Tokyo", "Nigeria"), in text order.
fn parties_before(
    doc: &Doc,
    t: &Tree,
    actor_at: &[Vec<usize>],
    start: usize,
    end: usize,
) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    let mut j = end;
    while j > start {
        let k = j - 1;
        let w = t.lower(k);
        if w == "," || w == "and" || w == "&" {
            if out.is_empty() {
                break;
            }
            j -= 1;
            continue;
        }
        // The mention headed here, else a name covering it (not a noun
        // phrase the parser built across the verb).
        let ms: Vec<usize> = actor_at[k]
            .iter()
            .copied()
            .filter(|&m| {
                usable(doc, m)
                    && (doc.actors[m].head == k || doc.actors[m].kind == MentionKind::Name)
            })
            .collect();
        let Some(&m) = ms.first() else {
            break;
        };
        if !out.contains(&m) {
            out.push(m);
        }
        // Skip to before the mention's first token, and at least past
        // token `k`: a mention is found through the phrase that covers `k`,
        // and its name span may start after `k` ("Foreign Minister | Sameh
        // Shoukry"), so skipping by the span alone may not move at all.
        let first = doc.actors[m].span.start;
        j = k;
        while j > start && t.tok(j - 1).span.start >= first {
            j -= 1;
        }
    }
    out.reverse();
    out
}

/// Coded mentions in the object right after the verb (up to a
/// preposition or clause break), and where that object ends.
fn parties_after(
    doc: &Doc,
    t: &Tree,
    actor_at: &[Vec<usize>],
    start: usize,
    end: usize,
) -> (Vec<usize>, usize) {
    let mut out = Vec::new();
    let mut last = t.tok(start.saturating_sub(1)).span.end;
    for (k, covering) in actor_at
        .iter()
        .enumerate()
        .take(end.min(start + 6))
        .skip(start)
    {
        let w = t.lower(k);
        if CLAUSE_BREAKS.contains(&w.as_str())
            || matches!(
                t.tok(k).tag,
                "IN" | "TO" | "VBZ" | "VBD" | "VBP" | "MD" | "WDT" | "CC"
            ) && w != "'s"
        {
            break;
        }
        last = t.tok(k).span.end;
        for &m in covering {
            let own = doc.actors[m].head == k || doc.actors[m].kind == MentionKind::Name;
            if own && usable(doc, m) && !out.contains(&m) {
                out.push(m);
            }
        }
    }
    (out, last)
}

fn usable(doc: &Doc, m: usize) -> bool {
    let a = &doc.actors[m];
    a.is_coded() && a.kind != MentionKind::Pronoun
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{Actor, Sentence, Token};

    /// A tokenized one-sentence document (split at spaces) with one coded
    /// name mention: its phrase covers `phrase` tokens, its span `name`.
    fn doc_with_mention(
        text: &str,
        phrase: std::ops::Range<usize>,
        name: std::ops::Range<usize>,
    ) -> Doc {
        let mut doc = Doc::new("d", text);
        let mut at = 0;
        for w in text.split(' ') {
            doc.tokens.push(Token {
                span: Span::new(at, at + w.len()),
                space_after: true,
                tag: "NNP",
                pos: "PROPN",
                lemma: w.into(),
                head: 0,
                dep: "",
            });
            at += w.len() + 1;
        }
        doc.sentences.push(Sentence {
            span: Span::new(0, text.len()),
            tokens: 0..doc.tokens.len(),
        });
        let tok = |i: usize| doc.tokens[i].span;
        let span = Span::new(tok(name.start).start, tok(name.end - 1).end);
        doc.actors.push(Actor {
            span,
            phrase: Span::new(tok(phrase.start).start, tok(phrase.end - 1).end),
            head: name.end - 1,
            sentence: 0,
            kind: MentionKind::Name,
            label: None,
            name: doc.slice(span).to_string(),
            country: Some("EGY".into()),
            sector: Some("GOV".into()),
            office: None,
            score: 0.9,
            refers: Vec::new(),
        });
        doc
    }

    fn actor_at(doc: &Doc) -> Vec<Vec<usize>> {
        doc.tokens
            .iter()
            .map(|tok| {
                (0..doc.actors.len())
                    .filter(|&m| doc.actors[m].phrase.overlaps(tok.span))
                    .collect()
            })
            .collect()
    }

    /// The skip-back stood still when the name's span ("Sameh Shoukry")
    /// started after the title token ("Minister") its phrase covers.
    #[test]
    fn parties_before_moves_past_a_title_outside_the_name_span() {
        let doc = doc_with_mention("Foreign Minister Sameh Shoukry receives", 0..4, 2..4);
        let t = Tree::new(&doc);
        let at = actor_at(&doc);
        assert_eq!(parties_before(&doc, &t, &at, 0, 4), [0]);
        // Starting on a title token itself, and inside the name.
        assert_eq!(parties_before(&doc, &t, &at, 0, 2), [0]);
        assert_eq!(parties_before(&doc, &t, &at, 1, 3), [0]);
        // Nothing before the clause start.
        assert!(parties_before(&doc, &t, &at, 4, 4).is_empty());
    }
}
