//! From the model's scores to events. For every (sentence, type) the model
//! accepts, in order of preference:
//!
//! 1. the rule events of that type (their triggers, parties, mode, context,
//!    dates and modality stand: PLOVER's typing conventions stay the
//!    rules' job);
//! 2. an event of that type the rules discarded, its missing parties filled
//!    in from the parse;
//! 3. a rule event of another type the model rejects, retyped;
//! 4. a new event on the lexicon word of that type (or the sentence's main
//!    verb), with parties from the parse.
//!
//! Rule events of a type the model rejects are dropped. Negated and
//! hypothetical events are kept only with `keep_unreal`, as in the rules.

use super::candidates::{Hit, Origin, is_real};
use super::{EventModel, Prepared, roles};
use crate::doc::{Doc, Event, EventType, Modality};
use crate::events::lexicon::root_cameo;

/// The events of `doc` given its prepared sentences and the model.
pub fn decide(
    doc: &Doc,
    prepared: &[Prepared],
    model: &EventModel,
    keep_unreal: bool,
) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    for (s, p) in prepared.iter().enumerate() {
        crate::budget::check();
        if p.skip {
            continue;
        }
        let probs = model.probs(p);
        let mut evs = sentence_events(doc, s, p, model, &probs);
        for e in &mut evs {
            match &model.roles {
                Some(r) => r.apply(doc, p, e, &carried(&out, e.sentence)),
                None => carry_over(doc, p, e, &out),
            }
        }
        out.extend(evs);
    }
    if !keep_unreal {
        out.retain(is_real);
    }
    out.sort_by_key(|e| (e.sentence, e.trigger.start));
    out
}

/// The events of one sentence given P(type) for each of the model's types.
pub fn sentence_events(
    doc: &Doc,
    s: usize,
    p: &Prepared,
    model: &EventModel,
    probs: &[f32],
) -> Vec<Event> {
    let th = model.config.threshold;
    let accepted = |t: EventType| {
        model
            .types
            .iter()
            .position(|&x| x == t)
            .map(|k| probs[k])
            .filter(|&pr| pr >= th)
    };
    let mut out: Vec<Event> = Vec::new();
    // Candidates already used (kept, filled in or retyped).
    let mut used = vec![false; p.candidates.len()];
    let mut order: Vec<(usize, f32)> = probs
        .iter()
        .copied()
        .enumerate()
        .filter(|&(_, pr)| pr >= th)
        .collect();
    order.sort_by(|a, b| b.1.total_cmp(&a.1));
    for (k, pr) in order {
        let t = model.types[k];
        let of_type = |o: Origin| {
            p.candidates
                .iter()
                .enumerate()
                .filter(move |(_, c)| c.origin == o && c.event.event_type == t)
                .map(|(i, _)| i)
        };
        // 1. The rules' own events of this type.
        let rule: Vec<usize> = of_type(Origin::Rule).collect();
        if !rule.is_empty() {
            for i in rule {
                used[i] = true;
                let mut e = p.candidates[i].event.clone();
                e.score = blend(e.score, pr);
                out.push(e);
            }
            continue;
        }
        // 2. A discarded one, real ones first.
        let dropped = p
            .candidates
            .iter()
            .enumerate()
            .filter(|(i, c)| {
                !used[*i] && matches!(c.origin, Origin::Dropped(_)) && c.event.event_type == t
            })
            .max_by_key(|(_, c)| (is_real(&c.event), !c.event.actor.is_empty()))
            .map(|(i, _)| i);
        if let Some(i) = dropped {
            used[i] = true;
            let mut e = p.candidates[i].event.clone();
            fill_parties(doc, s, p, &mut e);
            e.score = blend(e.score, pr);
            out.push(e);
            continue;
        }
        // 3. A rule event the model does not believe in as typed.
        let retype = p
            .candidates
            .iter()
            .enumerate()
            .find(|(i, c)| {
                !used[*i] && c.origin == Origin::Rule && accepted(c.event.event_type).is_none()
            })
            .map(|(i, _)| i);
        if let Some(i) = retype {
            used[i] = true;
            let mut e = p.candidates[i].event.clone();
            retype_event(&mut e, t, p.hits.iter().find(|h| h.event_type == t));
            e.score = blend(0.5, pr);
            out.push(e);
            continue;
        }
        // 4. A new event.
        out.push(new_event(doc, s, p, t, pr));
    }
    out
}

/// The event's confidence: the model's probability, tempered by the rules'
/// confidence in its parties.
fn blend(rule: f32, model: f32) -> f32 {
    (0.7 * model + 0.3 * rule).clamp(0.0, 1.0)
}

fn retype_event(e: &mut Event, t: EventType, hit: Option<&Hit>) {
    e.event_type = t;
    match hit {
        Some(h) => {
            e.mode = h.mode;
            e.context = h.context.clone();
            e.cameo = h.cameo.clone();
        }
        None => {
            e.mode = None;
            e.context = Vec::new();
            e.cameo = root_cameo(t).to_string();
        }
    }
}

fn fill_parties(doc: &Doc, s: usize, p: &Prepared, e: &mut Event) {
    if !e.actor.is_empty() && !e.recipient.is_empty() {
        return;
    }
    let trig = trigger_token(doc, s, e.trigger.start);
    let (a, r) = roles::assign(doc, s, trig, &p.actors);
    if e.actor.is_empty() {
        e.actor = a
            .into_iter()
            .filter(|x| !e.recipient.iter().any(|y| y.actor == x.actor))
            .collect();
    }
    if e.recipient.is_empty() {
        e.recipient = r
            .into_iter()
            .filter(|x| !e.actor.iter().any(|y| y.actor == x.actor))
            .collect();
    }
}

/// The token of sentence `s` at byte offset `at` (or the sentence's first).
fn trigger_token(doc: &Doc, s: usize, at: usize) -> usize {
    let range = doc.sentences[s].tokens.clone();
    range
        .clone()
        .find(|&i| doc.tokens[i].span.end > at)
        .unwrap_or(range.start)
}

/// The sentence's main verb: its root, or its first verb.
fn main_verb(doc: &Doc, s: usize) -> usize {
    let range = doc.sentences[s].tokens.clone();
    range
        .clone()
        .find(|&i| doc.tokens[i].head == i && matches!(doc.tokens[i].pos, "VERB" | "AUX" | "NOUN"))
        .or_else(|| range.clone().find(|&i| doc.tokens[i].pos == "VERB"))
        .or_else(|| range.clone().find(|&i| doc.tokens[i].head == i))
        .unwrap_or(range.start)
}

fn new_event(doc: &Doc, s: usize, p: &Prepared, t: EventType, pr: f32) -> Event {
    let hit = p.hits.iter().find(|h| h.event_type == t);
    let trig = hit.map(|h| h.token).unwrap_or_else(|| main_verb(doc, s));
    let (actor, recipient) = roles::assign(doc, s, trig, &p.actors);
    // Dates and places as the rules found them in this sentence.
    let other = p.candidates.first().map(|c| &c.event);
    let future = {
        let range = doc.sentences[s].tokens.clone();
        range
            .filter(|&i| doc.tokens[i].head == trig || i + 2 >= trig && i < trig)
            .any(|i| doc.tokens[i].tag == "MD" && doc.tokens[i].lemma.eq_ignore_ascii_case("will"))
    };
    let mut e = Event {
        sentence: s,
        trigger: doc.tokens[trig].span,
        event_type: t,
        mode: None,
        context: Vec::new(),
        cameo: root_cameo(t).to_string(),
        actor,
        recipient,
        date: other.and_then(|o| o.date.clone()),
        location: other.and_then(|o| o.location.clone()),
        modality: if future {
            Modality::Future
        } else {
            Modality::Asserted
        },
        score: blend(0.3, pr),
        link: None,
    };
    if let Some(h) = hit {
        e.mode = h.mode;
        e.context = h.context.clone();
        e.cameo = h.cameo.clone();
    }
    e
}

/// How many sentences back an implied party may come from.
const CARRY_SENTENCES: usize = 3;

/// The parties of the latest event (with an actor) of the last few
/// sentences before sentence `s`: what an event may leave implied.
pub fn carried(before: &[Event], s: usize) -> Vec<usize> {
    before
        .iter()
        .rev()
        .find(|x| x.sentence + CARRY_SENTENCES >= s && !x.actor.is_empty())
        .map(|x| {
            x.actor
                .iter()
                .chain(&x.recipient)
                .map(|a| a.actor)
                .collect()
        })
        .unwrap_or_default()
}

/// Parties an event's sentence leaves implied: the speaker of the sentence
/// for the actor, else those of the latest event just before (the same
/// story goes on: "It also called for ...").
fn carry_over(doc: &Doc, p: &Prepared, e: &mut Event, before: &[Event]) {
    if e.actor.is_empty()
        && let Some(k) = p.speaker
        && !e.recipient.iter().any(|r| r.actor == k)
    {
        e.actor.push(roles::implied(doc, k));
    }
    let Some(last) = before
        .iter()
        .rev()
        .find(|x| x.sentence + CARRY_SENTENCES >= e.sentence && !x.actor.is_empty())
    else {
        return;
    };
    let key = |a: &crate::doc::Argument| {
        let act = &doc.actors[a.actor];
        act.country
            .clone()
            .unwrap_or_else(|| act.name.to_lowercase())
    };
    if e.actor.is_empty() {
        e.actor = last
            .actor
            .iter()
            .filter(|a| !e.recipient.iter().any(|r| key(r) == key(a)))
            .map(|a| roles::implied(doc, a.actor))
            .collect();
    }
    let same_actor = e
        .actor
        .iter()
        .any(|a| last.actor.iter().any(|b| key(a) == key(b)));
    if e.recipient.is_empty() && same_actor {
        e.recipient = last
            .recipient
            .iter()
            .filter(|r| !e.actor.iter().any(|a| key(a) == key(r)))
            .map(|r| roles::implied(doc, r.actor))
            .collect();
    }
}
