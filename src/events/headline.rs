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
        // Skip to before the mention's first token.
        let first = doc.actors[m].span.start;
        while j > start && t.tok(j - 1).span.start >= first {
            j -= 1;
        }
        // A mention that starts after this token (its title before it)
        // must still move the scan back.
        j = j.min(k);
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
