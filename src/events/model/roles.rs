//! Argument roles for events the model adds where the rules built none: who
//! acts (actor) and who is acted on (recipient), from the dependency parse
//! and the coded mentions of the sentence. Parties need no dictionary code
//! to count: a named person or organisation is a party too.

use crate::doc::{Argument, Doc};

/// Score given to parties found this way: below the rules' own.
const ROLE_SCORE: f32 = 0.5;

/// The verb an event word hangs from: itself, or the first verb up its
/// chain of heads inside the sentence (a noun trigger "talks" in "held
/// talks" gives "held").
pub fn governing_verb(doc: &Doc, s: usize, trigger: usize) -> usize {
    let range = doc.sentences[s].tokens.clone();
    let mut i = trigger;
    for _ in 0..4 {
        let t = &doc.tokens[i];
        if matches!(t.pos, "VERB" | "AUX") || t.head == i || !range.contains(&t.head) {
            return i;
        }
        i = t.head;
    }
    i
}

/// Whether token `i` is inside the subtree of `root` (bounded walk up).
fn under(doc: &Doc, mut i: usize, root: usize, range: &std::ops::Range<usize>) -> bool {
    for _ in 0..range.len().min(64) {
        if i == root {
            return true;
        }
        let h = doc.tokens[i].head;
        if h == i || !range.contains(&h) {
            return false;
        }
        i = h;
    }
    false
}

/// The dependency label that joins token `i`'s branch to `verb`, if `i` is
/// under the verb: the label of the child of `verb` on the path.
pub fn branch_label(
    doc: &Doc,
    mut i: usize,
    verb: usize,
    range: &std::ops::Range<usize>,
) -> Option<&'static str> {
    for _ in 0..range.len().min(64) {
        let h = doc.tokens[i].head;
        if h == verb && i != verb {
            return Some(doc.tokens[i].dep);
        }
        if h == i || !range.contains(&h) {
            return None;
        }
        i = h;
    }
    None
}

/// The child of `verb` on the path up from token `i`, if `i` is under it.
fn child_on_path(
    doc: &Doc,
    mut i: usize,
    verb: usize,
    range: &std::ops::Range<usize>,
) -> Option<usize> {
    for _ in 0..range.len().min(64) {
        let h = doc.tokens[i].head;
        if h == verb && i != verb {
            return Some(i);
        }
        if h == i || !range.contains(&h) {
            return None;
        }
        i = h;
    }
    None
}

pub fn party(doc: &Doc, k: usize) -> bool {
    let a = &doc.actors[k];
    a.is_coded()
        || matches!(
            a.label,
            Some(crate::doc::EntityLabel::Person) | Some(crate::doc::EntityLabel::Org)
        )
}

fn arg(doc: &Doc, k: usize) -> Argument {
    Argument {
        actor: k,
        span: Some(doc.actors[k].span),
        score: ROLE_SCORE * doc.actors[k].score.max(0.3),
    }
}

/// Actor and recipient for an event of sentence `s` triggered at token
/// `trigger`, from the mentions `actors` of that sentence (indices into
/// `doc.actors`, in text order).
pub fn assign(
    doc: &Doc,
    s: usize,
    trigger: usize,
    actors: &[usize],
) -> (Vec<Argument>, Vec<Argument>) {
    let range = doc.sentences[s].tokens.clone();
    let verb = governing_verb(doc, s, trigger);
    let parties: Vec<usize> = actors.iter().copied().filter(|&k| party(doc, k)).collect();
    let mut actor: Option<usize> = None;
    let mut recipient: Option<usize> = None;
    for &k in &parties {
        let h = doc.actors[k].head;
        if !range.contains(&h) {
            continue;
        }
        // A place or time phrase ("in Addis Ababa", "at the summit") says
        // where, not to whom.
        if branch_label(doc, h, verb, &range) == Some("prep")
            && let Some(adp) = child_on_path(doc, h, verb, &range)
            && super::features::has_cue(&doc.tokens[adp].lemma.to_lowercase(), "place_prep")
        {
            continue;
        }
        match branch_label(doc, h, verb, &range) {
            Some("nsubj") if actor.is_none() => actor = Some(k),
            Some("nsubjpass") if recipient.is_none() => recipient = Some(k),
            Some("agent") if actor.is_none() => actor = Some(k),
            Some("dobj" | "dative" | "prep" | "attr" | "pobj") if recipient.is_none() => {
                recipient = Some(k)
            }
            _ => {}
        }
    }
    let trig_at = doc.tokens[trigger].span.start;
    let country = |k: usize| doc.actors[k].country.clone();
    if actor.is_none() {
        // The nearest party before the trigger that is not the recipient.
        actor = parties
            .iter()
            .rev()
            .copied()
            .find(|&k| doc.actors[k].span.end <= trig_at && Some(k) != recipient);
    }
    if recipient.is_none() {
        // The first party after the trigger, of another country than the actor.
        recipient = parties.iter().copied().find(|&k| {
            doc.actors[k].span.start >= trig_at
                && Some(k) != actor
                && (actor.is_none()
                    || country(k).is_none()
                    || country(k) != actor.and_then(country))
                && under(doc, doc.actors[k].head, verb, &range)
        });
    }
    if actor.is_some()
        && actor.and_then(country).is_some()
        && recipient.and_then(country) == actor.and_then(country)
    {
        recipient = None;
    }
    (
        actor.map(|k| arg(doc, k)).into_iter().collect(),
        recipient.map(|k| arg(doc, k)).into_iter().collect(),
    )
}

/// A party implied rather than named in the event's own clause.
pub fn implied(doc: &Doc, k: usize) -> Argument {
    Argument {
        actor: k,
        span: None,
        score: 0.6 * ROLE_SCORE * doc.actors[k].score.max(0.3),
    }
}

/// The party that speaks in sentence `s`: the subject of a speech verb.
///
/// One walk up the parse from each mention's head (as far as
/// [`branch_label`] looks): linear in the sentence's mentions, however many
/// speech verbs it has.
pub fn speaker(doc: &Doc, s: usize, actors: &[usize]) -> Option<usize> {
    let range = doc.sentences[s].tokens.clone();
    let speech: Vec<bool> = range
        .clone()
        .map(|i| {
            doc.tokens[i].pos == "VERB"
                && super::features::has_cue(&doc.tokens[i].lemma.to_lowercase(), "speech")
        })
        .collect();
    let is_speech = |v: usize| range.contains(&v) && speech[v - range.start];
    actors
        .iter()
        .copied()
        .filter(|&k| party(doc, k))
        .find(|&k| {
            let mut i = doc.actors[k].head;
            if !range.contains(&i) {
                return false;
            }
            // The subject branch of some speech verb above the mention.
            for _ in 0..range.len().min(64) {
                let h = doc.tokens[i].head;
                if h != i && is_speech(h) && doc.tokens[i].dep == "nsubj" {
                    return true;
                }
                if h == i || !range.contains(&h) {
                    return false;
                }
                i = h;
            }
            false
        })
}
