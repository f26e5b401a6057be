//! Event detection, typing and arguments over one document.
//!
//! A trigger is a verb, a noun or a light-verb construction ("held talks",
//! "lodged a protest") found in the own lexicon or the CAMEO verb patterns.
//! Its grammatical roles give the arguments: subject → actor (object of a
//! passive "by"), object / "with" / "to" / "against" → recipient, "between
//! A and B" → both sides. PLOVER rules then adjust the type: a promise or
//! plan is AGREE, a future material act is AGREE (or THREATEN when
//! hostile), a government's protest is ACCUSE; negated and hypothetical
//! events are set aside.

use super::dates::{self, Resolved};
use super::lexicon::{LEXICON, Sense};
use crate::actors::tree::Tree;
use crate::doc::{
    Actor, Argument, Doc, EntityLabel, Event, EventDate, EventLocation, EventType, MentionKind,
    Modality, Span,
};
use std::collections::HashSet;

/// Verbs too general to be events on their own, whatever CAMEO says.
const GENERIC_VERBS: &[&str] = &[
    "be",
    "have",
    "do",
    "make",
    "take",
    "give",
    "get",
    "go",
    "come",
    "say",
    "tell",
    "see",
    "show",
    "become",
    "include",
    "continue",
    "use",
    "find",
    "put",
    "set",
    "keep",
    "hold",
    "work",
    "run",
    "seem",
    "know",
    "think",
    "believe",
    "want",
    "need",
    "let",
    "add",
    "note",
    "start",
    "begin",
    "remain",
    "stay",
    "look",
    "bring",
    "build",
    "help",
    "move",
    "turn",
    "play",
    "pay",
    "open",
    "expand",
    "develop",
    "grow",
    "increase",
    "rise",
    "fall",
    "reach",
    "leave",
    "face",
    "mark",
    "attend",
    "observe",
    "celebrate",
    "introduce",
    "seek",
    "try",
    "expect",
    "consider",
    "plan",
    "complete",
    "report",
    "state",
    "announce",
    "reveal",
    "express",
    "emphasise",
    "emphasize",
    "stress",
    "create",
    "generate",
    "establish",
    "rely",
    "place",
    "facilitate",
    "strengthen",
    "enhance",
    "boost",
    "promote",
    "advance",
    "accelerate",
    "unite",
    "operate",
    "drive",
    "cultivate",
    "solidify",
    "draw",
    "smoothen",
    "reduce",
    "ramp",
    "submit",
    "centre",
    "center",
    "lead",
    "single",
    "review",
    "learn",
    "describe",
    "fail",
    "send",
    "dispatch",
    "prompt",
    "feel",
    "call",
];

/// Light verbs: the noun they take carries the event.
const LIGHT_VERBS: &[&str] = &[
    "express",
    "hold",
    "pay",
    "make",
    "lodge",
    "file",
    "impose",
    "reach",
    "extend",
    "offer",
    "give",
    "provide",
    "voice",
    "announce",
    "have",
    "issue",
    "stage",
    "launch",
    "carry",
    "send",
    "conduct",
    "organise",
    "organize",
    "declare",
    "emphasise",
    "emphasize",
    "stress",
    "highlight",
    "forge",
    "establish",
    "restore",
    "cut",
    "break",
    "sever",
    "mass",
    "block",
    "go",
    "convey",
    "reiterate",
    "sign",
    "register",
    "deliver",
];

/// Verbs that take a to-infinitive saying what is intended.
const INTENT_VERBS: &[&str] = &[
    "plan", "intend", "wish", "want", "seek", "aim", "hope", "expect", "decide", "prepare",
    "pledge", "promise", "vow", "commit", "agree", "offer", "propose", "continue", "strive",
];

/// Acts that, offered ("ready to help", "willing to send"), are a
/// commitment even though the verb alone is no event.
const OFFERED_ACTS: &[&str] = &[
    "help",
    "assist",
    "send",
    "deploy",
    "contribute",
    "mediate",
    "facilitate",
    "cooperate",
    "work",
    "support",
    "host",
    "provide",
    "supply",
    "offer",
    "extend",
    "finance",
    "fund",
];

/// Verbs that move forces into position when their object is a unit.
const MOVE_VERBS: &[&str] = &[
    "move",
    "send",
    "dispatch",
    "rush",
    "transfer",
    "redeploy",
    "position",
    "reposition",
    "fly",
    "bring",
    "amass",
    "mass",
    "shift",
    "relocate",
];

/// Military units and arms that, moved, make a deployment.
const MILITARY_UNITS: &[&str] = &[
    "troop",
    "soldier",
    "force",
    "warship",
    "frigate",
    "destroyer",
    "corvette",
    "submarine",
    "carrier",
    "jet",
    "fighter",
    "bomber",
    "tank",
    "artillery",
    "battalion",
    "brigade",
    "division",
    "regiment",
    "reinforcement",
    "marine",
    "paratrooper",
    "commando",
    "gunboat",
    "battery",
    "howitzer",
    "armor",
    "armour",
];

/// Words that make an intended act cooperation (AGREE) rather than nothing.
const COOPERATION_WORDS: &[&str] = &[
    "cooperation",
    "investment",
    "invest",
    "trade",
    "relation",
    "tie",
    "support",
    "aid",
    "assistance",
    "office",
    "project",
    "partnership",
    "trip",
    "visit",
    "meet",
    "meeting",
    "talk",
    "sign",
    "provide",
    "help",
    "expand",
    "strengthen",
    "enhance",
    "deepen",
    "boost",
    "promote",
    "build",
    "establish",
    "set",
    "organise",
    "organize",
    "hold",
    "work",
    "contribute",
    "develop",
    "ceasefire",
    "peace",
    "agreement",
    "deal",
];

/// Words naming a written agreement.
const AGREEMENT_NOUNS: &[&str] = &[
    "agreement",
    "memorandum",
    "mou",
    "moc",
    "treaty",
    "accord",
    "pact",
    "deal",
    "protocol",
    "declaration",
    "contract",
    "note",
    "partnership",
    "charter",
    "convention",
    "document",
];

/// Arguments carried over from another event, as implied parties (no
/// offsets in this sentence), with their scores scaled by `factor`.
fn implied(args: &[Argument], factor: f32) -> Vec<Argument> {
    args.iter()
        .map(|a| Argument {
            actor: a.actor,
            span: None,
            score: a.score * factor,
        })
        .collect()
}

/// Acts an institution reports of itself in the passive ("the ambassador
/// had been summoned", "12 traders had been released").
const SPEAKER_ACTS: &[EventType] = &[
    EventType::Accuse,
    EventType::Sanction,
    EventType::Retreat,
    EventType::Reject,
    EventType::Request,
    EventType::Support,
    EventType::Agree,
    EventType::Consult,
    EventType::Aid,
    EventType::Cooperate,
];

/// How many sentences back an agentless passive looks for its agent.
const RECENT_SENTENCES: usize = 3;

/// What a candidate is built against: the other candidates of its
/// sentence, the events so far.
#[derive(Clone, Copy)]
/// Which of the phrases the type rules look for occur in a sentence
/// (lower-cased), found once per sentence rather than for every candidate.
struct SentenceWords {
    mou: bool,
    moc: bool,
    medical: bool,
    visit_to: bool,
    summit: bool,
    anniversary: bool,
}

impl SentenceWords {
    fn of(sentence: &str) -> Self {
        let text = sentence.to_lowercase();
        let has = |w: &str| text.contains(w);
        SentenceWords {
            mou: has("memorandum of understanding") || has("mou"),
            moc: has("memorandum of cooperation") || has("moc"),
            medical: ["vaccine", "medical", "medicine", "covid", "hospital"]
                .iter()
                .any(|w| has(w)),
            visit_to: has(" trip to ") || has(" visit to "),
            summit: has("summit"),
            anniversary: has("anniversary"),
        }
    }
}

struct Context<'c> {
    all: &'c [Candidate],
    /// Phrases of the candidate's sentence.
    words: &'c SentenceWords,
    /// Event types reported so far, for back-references ("the talks").
    types_done: &'c [EventType],
    /// This sentence's events so far.
    here: &'c [Event],
    /// Events of the last `RECENT_SENTENCES` sentences.
    recent: &'c [Event],
    /// The last `EARLIER_EVENTS` events of the document.
    done: &'c [Event],
}

/// Verbal reactions to another act: praise, blame, refusal, demands.
const REACTIONS: &[EventType] = &[
    EventType::Accuse,
    EventType::Support,
    EventType::Reject,
    EventType::Request,
    EventType::Threaten,
];

/// Material acts: a noun naming one inside another event's object ("the
/// fatal shooting of a Mexican man") reports it too.
const MATERIAL_ACTS: &[EventType] = &[
    EventType::Assault,
    EventType::Coerce,
    EventType::Mobilize,
    EventType::Retreat,
    EventType::Aid,
    EventType::Sanction,
];

/// Acts that, with no other party named, a bilateral story's country
/// directs at the other country.
const COUNTERPART_ACTS: &[EventType] = &[
    EventType::Request,
    EventType::Accuse,
    EventType::Threaten,
    EventType::Reject,
    EventType::Sanction,
    EventType::Agree,
    EventType::Aid,
    EventType::Concede,
];

/// The two countries a story is about when it is about two: together they
/// have most of the country-coded names, and each is named more than once.
fn bilateral_pair(doc: &Doc) -> Option<(String, String)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    let mut total = 0;
    for a in &doc.actors {
        let Some(c) = a.country.as_ref().filter(|c| c.len() == 3) else {
            continue;
        };
        if a.kind != MentionKind::Name || matches!(c.as_str(), "IGO" | "NGO" | "MNC") {
            continue;
        }
        total += 1;
        match counts.iter_mut().find(|(k, _)| k == c) {
            Some(e) => e.1 += 1,
            None => counts.push((c.clone(), 1)),
        }
    }
    // Most named first; ties to the first named (stable sort).
    counts.sort_by_key(|x| std::cmp::Reverse(x.1));
    match counts.as_slice() {
        [(a, n), (b, m), ..] if *m >= 2 && (n + m) * 10 >= total * 7 => {
            Some((a.clone(), b.clone()))
        }
        _ => None,
    }
}

/// How many earlier events a reaction looks back through for the act it
/// reacts to.
const EARLIER_EVENTS: usize = 200;

/// Nouns that name an act already reported, with the types of event they
/// can name: "condemned the launch", "protested the seizure".
const ACT_NOUNS: &[(&str, &[EventType])] = &[
    ("launch", &[EventType::Mobilize, EventType::Assault]),
    ("test", &[EventType::Mobilize]),
    ("seizure", &[EventType::Coerce]),
    ("arrest", &[EventType::Coerce]),
    ("detention", &[EventType::Coerce]),
    ("blockade", &[EventType::Coerce, EventType::Reject]),
    ("crackdown", &[EventType::Coerce, EventType::Assault]),
    ("expulsion", &[EventType::Sanction]),
    ("sanction", &[EventType::Sanction]),
    ("tariff", &[EventType::Sanction]),
    ("suspension", &[EventType::Sanction]),
    ("attack", &[EventType::Assault]),
    ("strike", &[EventType::Assault, EventType::Protest]),
    ("shooting", &[EventType::Assault]),
    ("killing", &[EventType::Assault]),
    ("shelling", &[EventType::Assault]),
    ("incursion", &[EventType::Mobilize, EventType::Assault]),
    ("deployment", &[EventType::Mobilize]),
    ("coup", &[EventType::Coerce]),
    ("veto", &[EventType::Reject]),
    ("threat", &[EventType::Threaten]),
    ("release", &[EventType::Retreat]),
    ("ceasefire", &[EventType::Retreat]),
    ("withdrawal", &[EventType::Retreat]),
    ("aid", &[EventType::Aid]),
    ("assistance", &[EventType::Aid]),
    ("donation", &[EventType::Aid]),
    ("agreement", &[EventType::Support, EventType::Agree]),
    ("deal", &[EventType::Support, EventType::Agree]),
];

#[derive(Clone, Debug)]
struct Candidate {
    /// Token of the trigger word (verb or noun).
    tok: usize,
    /// Light verb governing a noun trigger.
    light: Option<usize>,
    trigger: Span,
    sense: Sense,
}

/// How many candidates on each side of a candidate [`Extractor::build`]
/// weighs it against: a sentence of normal prose has a few dozen in all.
const CANDIDATE_WINDOW: usize = 256;

/// How many of the dates nearest a trigger [`Extractor::date_of`] tries,
/// at most: a sentence of normal prose has a handful; one of thousands (no
/// full stop in 10 MB) would otherwise cost triggers × dates.
const DATE_SCAN_CAP: usize = 64;

/// Each date entity that lies inside a sentence, by its head: the first of
/// its tokens whose head is outside it. Sorted by head token.
fn date_heads(doc: &Doc, t: &Tree) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (k, e) in doc.entities.iter().enumerate() {
        if e.label != EntityLabel::Date {
            continue;
        }
        let Some(s) = doc.sentence_at(e.span.start) else {
            continue;
        };
        let sent = &doc.sentences[s];
        if !sent.span.contains(e.span) || sent.tokens.end > doc.tokens.len() {
            continue;
        }
        // Tokens do not overlap and are in text order: those inside the
        // entity are one run.
        let toks = &doc.tokens[sent.tokens.clone()];
        let lo = sent.tokens.start + toks.partition_point(|x| x.span.start < e.span.start);
        let mut hi = lo;
        while hi < sent.tokens.end && e.span.contains(doc.tokens[hi].span) {
            hi += 1;
        }
        let inside = lo..hi;
        if let Some(h) = inside.clone().find(|&i| !inside.contains(&t.head(i))) {
            out.push((h, k));
        }
    }
    out.sort_unstable();
    out
}

pub struct Extractor<'a, 'd> {
    doc: &'d Doc,
    t: &'a Tree<'d>,
    /// token → actor mentions whose phrase covers it
    actor_at: Vec<Vec<usize>>,
    /// sentence → its actor mentions (a range of `Doc::actors`, which is in
    /// text order): per-candidate searches stay inside the sentence.
    actors_in: Vec<std::ops::Range<usize>>,
    /// Date entities by their head token: (head, entity), sorted, for the
    /// nearest date attached to a trigger without rescanning the sentence's
    /// tokens for every date and every trigger.
    date_heads: Vec<(usize, usize)>,
    /// The two countries a bilateral story is about, if it is one.
    pair: Option<(String, String)>,
    /// Parties of the latest agreement, for "the MoU" / "under the deal".
    last_agreement: Vec<usize>,
    last_date: Option<Resolved>,
    /// Keep negated/hypothetical events (for training data).
    pub keep_unreal: bool,
    /// When set, events the rules built but then discarded are kept here
    /// with the reason, for the event model to weigh as candidates.
    pub dropped: Option<Vec<(Event, &'static str)>>,
}

impl<'a, 'd> Extractor<'a, 'd> {
    pub fn new(doc: &'d Doc, t: &'a Tree<'d>) -> Self {
        let mut actor_at = vec![Vec::new(); doc.tokens.len()];
        for (k, a) in doc.actors.iter().enumerate() {
            let first = doc
                .tokens
                .partition_point(|tok| tok.span.end <= a.phrase.start);
            for (i, tok) in doc.tokens.iter().enumerate().skip(first) {
                if tok.span.start >= a.phrase.end {
                    break;
                }
                if a.phrase.overlaps(tok.span) {
                    actor_at[i].push(k);
                }
            }
        }
        // Both layers are written in text order; should a caller hand over
        // unsorted ones, every sentence searches them whole.
        let actors_sorted = doc.actors.is_sorted_by_key(|a| a.sentence);
        let actors_in = (0..doc.sentences.len())
            .map(|s| match actors_sorted {
                true => {
                    doc.actors.partition_point(|a| a.sentence < s)
                        ..doc.actors.partition_point(|a| a.sentence <= s)
                }
                false => 0..doc.actors.len(),
            })
            .collect();
        let pair = bilateral_pair(doc);
        let date_heads = date_heads(doc, t);
        Extractor {
            doc,
            t,
            date_heads,
            actor_at,
            actors_in,
            pair,
            last_agreement: Vec::new(),
            last_date: None,
            keep_unreal: false,
            dropped: None,
        }
    }

    pub fn run(&mut self) -> Vec<Event> {
        let mut out: Vec<Event> = Vec::new();
        // Event types reported so far, for back-references ("the talks").
        let mut types_done: Vec<EventType> = Vec::new();
        for s in 0..self.doc.sentences.len() {
            // Where this sentence's events start in `out`.
            let sentence_start = out.len();
            let sent = &self.doc.sentences[s];
            if sent.tokens.is_empty() || sent.tokens.end > self.doc.tokens.len() {
                continue;
            }
            if self.doc.zone_of(sent.span).is_some() {
                continue;
            }
            let cands = self.candidates(s);
            crate::budget::check();
            let words = SentenceWords::of(self.doc.slice(sent.span));
            // Events of the last few sentences, for implied agents.
            let recent_from = out.partition_point(|e| e.sentence + RECENT_SENTENCES < s);
            let mut evs: Vec<Event> = Vec::new();
            // Events that may stand without an actor: agentless passives.
            let mut agentless: Vec<bool> = Vec::new();
            for (n, c) in cands.iter().enumerate() {
                // A sentence of thousands of tokens has as many candidates.
                if n % 64 == 63 {
                    crate::budget::check();
                }
                // The candidates a candidate is weighed against (its
                // governor, its content): those of its sentence, or in one
                // of thousands, the CANDIDATE_WINDOW nearest in text order,
                // so each candidate costs a bounded amount.
                let near =
                    n.saturating_sub(CANDIDATE_WINDOW)..(n + CANDIDATE_WINDOW + 1).min(cands.len());
                let ctx = Context {
                    all: &cands[near],
                    words: &words,
                    types_done: &types_done,
                    here: &evs,
                    recent: &out[recent_from..],
                    done: &out[out.len().saturating_sub(EARLIER_EVENTS)..],
                };
                if let Some((e, no_agent)) = self.build(s, c, &ctx) {
                    evs.push(e);
                    agentless.push(no_agent);
                }
            }
            // Nominal triggers with no parties of their own take them from
            // the event they are part of ("the commitment was made during a
            // meeting between A and B").
            for k in 0..evs.len() {
                if evs[k].actor.is_empty()
                    && !self.verbal_trigger(&evs[k])
                    && let Some(j) = (0..evs.len()).find(|&j| j != k && !evs[j].actor.is_empty())
                {
                    evs[k].actor = evs[j].actor.clone();
                    evs[k].recipient = evs[j].recipient.clone();
                    evs[k].score *= 0.8;
                }
            }
            // Headlines state events in a form the parser misreads.
            if super::headline::is_headline(self.doc, s) {
                for e in super::headline::headline_events(self.doc, self.t, &self.actor_at, s) {
                    // The parse may have found the act with fewer parties
                    // ("Egypt, Jordan condemn ..." read as Egypt alone).
                    if let Some(x) = evs
                        .iter_mut()
                        .find(|x| x.event_type == e.event_type && x.trigger.overlaps(e.trigger))
                    {
                        for a in e.actor {
                            if !x.actor.iter().any(|y| y.actor == a.actor) {
                                x.actor.push(a);
                            }
                        }
                        continue;
                    }
                    let known = evs
                        .iter()
                        .any(|x| x.event_type == e.event_type || x.trigger.overlaps(e.trigger));
                    if !known {
                        evs.push(e);
                        agentless.push(false);
                    }
                }
            }
            for (e, no_agent) in evs.into_iter().zip(agentless) {
                let reason = if e.actor.is_empty() && !no_agent {
                    Some("no_actor")
                } else if matches!(e.modality, Modality::Negated | Modality::Hypothetical)
                    && !self.keep_unreal
                {
                    Some("unreal")
                } else if self.is_intra_government(&e) {
                    Some("intra_government")
                } else {
                    None
                };
                if let Some(reason) = reason {
                    if let Some(d) = self.dropped.as_mut() {
                        d.push((e, reason));
                    }
                    continue;
                }
                if e.event_type == EventType::Support && e.context.contains(&"agreement") {
                    self.last_agreement = e
                        .actor
                        .iter()
                        .chain(e.recipient.iter())
                        .map(|a| a.actor)
                        .collect();
                }
                if let Some(d) = &e.date {
                    self.last_date = Some(Resolved {
                        value: d.value.clone(),
                        resolution: d.resolution,
                    });
                }
                // One event per (sentence, type, actors, recipients).
                let key = |e: &Event| {
                    let mut a: Vec<String> = e.actor.iter().map(|x| self.key_of(x.actor)).collect();
                    let mut r: Vec<String> =
                        e.recipient.iter().map(|x| self.key_of(x.actor)).collect();
                    a.sort();
                    r.sort();
                    let _ = r;
                    (e.sentence, e.event_type, a)
                };
                let k = key(&e);
                if let Some(prev) = out[sentence_start..].iter_mut().find(|p| key(p) == k) {
                    // Same act by the same parties: one event, all recipients.
                    for r in e.recipient {
                        if !prev
                            .recipient
                            .iter()
                            .any(|x| self.key_of(x.actor) == self.key_of(r.actor))
                        {
                            prev.recipient.push(r);
                        }
                    }
                    prev.score = prev.score.max(e.score);
                    continue;
                }
                if !types_done.contains(&e.event_type) {
                    types_done.push(e.event_type);
                }
                out.push(e);
            }
        }
        out.sort_by_key(|e| (e.sentence, e.trigger.start));
        out
    }

    fn key_of(&self, a: usize) -> String {
        let act = &self.doc.actors[a];
        act.country
            .clone()
            .unwrap_or_else(|| act.name.to_lowercase())
    }

    /// Ministries talking to ministries of their own state are not
    /// diplomatic events.
    fn is_intra_government(&self, e: &Event) -> bool {
        if e.recipient.is_empty() {
            return false;
        }
        let all: Vec<&Actor> = e
            .actor
            .iter()
            .chain(e.recipient.iter())
            .map(|a| &self.doc.actors[a.actor])
            .collect();
        let c0 = all[0].country.clone();
        c0.is_some()
            && all
                .iter()
                .all(|a| a.country == c0 && a.sector.as_deref() == Some("GOV"))
            && matches!(
                e.event_type,
                EventType::Agree | EventType::Support | EventType::Consult | EventType::Request
            )
    }

    fn lemma(&self, i: usize) -> String {
        self.t.lemma(i)
    }

    /// The sense of a noun trigger, read with its modifiers where they
    /// change it: "air strikes" are attacks and "hunger strikes" protests,
    /// a "phone call" is consultation, "joint patrols" are cooperation.
    fn noun_sense(&self, i: usize, lemma: &str) -> Option<Sense> {
        let t = self.t;
        let lex = &*LEXICON;
        let mods: Vec<String> = t
            .children(i)
            .iter()
            .filter(|&&c| matches!(t.dep(c), "compound" | "amod" | "nmod"))
            .map(|&c| self.lemma(c))
            .collect();
        let has = |ws: &[&str]| mods.iter().any(|m| ws.contains(&m.as_str()));
        let with = |event_type: EventType, mode: Option<&'static str>, context: &'static str| {
            let mut sense = lex.nouns.get(lemma).cloned().unwrap_or_else(|| {
                lex.nouns
                    .get("attack")
                    .cloned()
                    .expect("the lexicon has the noun attack")
            });
            sense.event_type = event_type;
            sense.mode = mode;
            sense.context = vec![context];
            sense.cameo = super::lexicon::root_cameo(event_type).to_string();
            sense.symmetric = event_type == EventType::Cooperate;
            sense.gov_accuse = false;
            sense
        };
        match lemma {
            "strike"
                if has(&[
                    "air",
                    "drone",
                    "missile",
                    "rocket",
                    "artillery",
                    "military",
                    "aerial",
                    "precision",
                    "retaliatory",
                    "airstrike",
                ]) =>
            {
                Some(with(EventType::Assault, Some("heavy-weapons"), "military"))
            }
            "strike" if has(&["hunger"]) => Some(with(EventType::Protest, Some("hunger"), "")),
            "call" if has(&["phone", "telephone", "video", "conference"]) => {
                Some(with(EventType::Consult, Some("phone"), ""))
            }
            "patrol" | "exercise" | "drill" | "operation" if has(&["joint"]) => {
                Some(with(EventType::Cooperate, None, "military"))
            }
            // "naval exercises", "live-fire drills", "military manoeuvres":
            // a show of force.
            "exercise" | "drill" | "manoeuvre" | "maneuver"
                if has(&[
                    "military",
                    "naval",
                    "navy",
                    "army",
                    "air",
                    "live-fire",
                    "fire",
                    "war",
                    "combat",
                    "amphibious",
                    "unannounced",
                    "snap",
                    "large-scale",
                    "missile",
                    "nuclear",
                ]) =>
            {
                Some(with(EventType::Mobilize, Some("troops"), "military"))
            }
            // "a prisoner exchange", "the prisoner swap": each side releases.
            "exchange" | "swap" if has(&["prisoner", "detainee", "captive", "pow"]) => {
                let mut sense = with(EventType::Retreat, Some("release"), "legal");
                sense.symmetric = true;
                Some(sense)
            }
            "conversation" | "talk" if has(&["phone", "telephone", "video"]) => {
                let mut sense = with(EventType::Consult, Some("phone"), "");
                sense.symmetric = true;
                Some(sense)
            }
            // "an exchange of fire between Pakistani and Afghan forces"
            "exchange"
                if t.children_with(i, &["prep"]).any(|p| {
                    t.lower(p) == "of"
                        && t.children_with(p, &["pobj"])
                            .any(|o| matches!(self.lemma(o).as_str(), "fire" | "gunfire" | "shot"))
                }) =>
            {
                let mut sense = with(EventType::Assault, Some("firearms"), "military");
                sense.symmetric = true;
                Some(sense)
            }
            _ => lex.nouns.get(lemma).cloned(),
        }
        .map(|mut s| {
            s.context.retain(|c| !c.is_empty());
            s
        })
    }

    /// A verb whose object noun can carry the event ("held talks").
    fn is_light(&self, lemma: &str) -> bool {
        LIGHT_VERBS.contains(&lemma) || LEXICON.light_verbs.contains(lemma)
    }

    /// Particle or preposition children, for "call on", "break off".
    fn particles(&self, i: usize) -> Vec<String> {
        self.t
            .children(i)
            .iter()
            .filter(|&&c| matches!(self.t.dep(c), "prt" | "prep" | "dobj" | "pobj"))
            .map(|&c| self.lemma(c))
            .collect()
    }

    fn candidates(&self, s: usize) -> Vec<Candidate> {
        let t = self.t;
        let lex = &*LEXICON;
        let range = self.doc.sentences[s].tokens.clone();
        let mut out = Vec::new();
        for i in range.clone() {
            let tok = t.tok(i);
            let lemma = self.lemma(i);
            // Adjectival "committed to" behaves like the verb; a participle
            // that only qualifies a noun ("government-funded", "all
            // detained ministers") is no act of its own.
            let verbal = t.is_verb(i) || tok.tag == "VBN" || lemma == "committed";
            if verbal && matches!(t.dep(i), "amod" | "compound") && tok.tag.starts_with("VB") {
                continue;
            }
            // "had felt threatened", "seemed rejected": a state, not an act.
            if tok.tag == "VBN"
                && matches!(t.dep(i), "acomp" | "xcomp" | "oprd")
                && matches!(
                    self.lemma(t.head(i)).as_str(),
                    "feel" | "seem" | "appear" | "look" | "become" | "get" | "remain" | "sound"
                )
            {
                continue;
            }
            if verbal && tok.pos != "AUX" {
                let lemma = if lemma == "committed" {
                    "commit".to_string()
                } else {
                    lemma
                };
                let parts = self.particles(i);
                // Own lexicon: "verb+particle" first, then the bare verb.
                let own = parts
                    .iter()
                    .find_map(|p| lex.verbs.get(&format!("{lemma}+{p}")))
                    .or_else(|| lex.verbs.get(&lemma));
                // "declared the attaché persona non grata": an expulsion,
                // whatever the parser makes of the Latin.
                if lemma == "declare"
                    && let Some(p) = (i + 1..range.end.min(i + 10)).find(|&j| {
                        t.lower(j) == "persona"
                            && j + 2 < range.end
                            && t.lower(j + 1) == "non"
                            && t.lower(j + 2) == "grata"
                    })
                    && let Some(sense) = lex.verbs.get("expel")
                {
                    out.push(Candidate {
                        tok: i,
                        light: None,
                        trigger: Span::new(t.tok(p).span.start, t.tok(p + 2).span.end),
                        sense: sense.clone(),
                    });
                    continue;
                }
                if let Some(sense) = own {
                    // "welcome+decision"-style entries need their word.
                    out.push(Candidate {
                        tok: i,
                        light: None,
                        trigger: tok.span,
                        sense: sense.clone(),
                    });
                    continue;
                }
                if GENERIC_VERBS.contains(&lemma.as_str()) {
                    continue;
                }
                let phrase = parts
                    .iter()
                    .map(|p| format!("{lemma} {p}"))
                    .find(|p| lex.cameo.contains_key(p))
                    .unwrap_or(lemma.clone());
                let post: Vec<String> = t
                    .subtree(i)
                    .into_iter()
                    .filter(|&j| j > i && j < i + 10)
                    .map(|j| self.lemma(j))
                    .collect();
                let pre: Vec<String> = (range.start.max(i.saturating_sub(4))..i)
                    .map(|j| self.lemma(j))
                    .collect();
                if let Some(sense) = lex.cameo_sense(&phrase, &pre, &post) {
                    out.push(Candidate {
                        tok: i,
                        light: None,
                        trigger: tok.span,
                        sense,
                    });
                }
                continue;
            }
            if !t.is_noun(i) {
                continue;
            }
            // Light-verb constructions: the governing verb and this noun,
            // directly or through "on"/"under" ("put on alert", "placed
            // under arrest").
            let mut h = t.head(i);
            if t.dep(i) == "pobj"
                && matches!(t.lower(h).as_str(), "on" | "under")
                && self.is_light(&self.lemma(t.head(h)))
            {
                h = t.head(h);
            }
            if h != i
                && matches!(t.dep(i), "dobj" | "nsubjpass" | "attr" | "pobj")
                && self.is_light(&self.lemma(h))
            {
                let key = format!("{}+{}", self.lemma(h), lemma);
                if let Some(sense) = lex.light.get(&key) {
                    let lo = t.tok(h).span.start.min(tok.span.start);
                    let hi = t.tok(h).span.end.max(tok.span.end);
                    out.push(Candidate {
                        tok: i,
                        light: Some(h),
                        trigger: Span::new(lo, hi),
                        sense: sense.clone(),
                    });
                    continue;
                }
            }
            // Capitalised nouns are names ("Official Development Assistance"),
            // except the words of a meeting's name ("Commemorative Summit").
            if tok.tag.starts_with("NNP")
                && !matches!(
                    lemma.as_str(),
                    "summit"
                        | "meeting"
                        | "talks"
                        | "conference"
                        | "conversation"
                        | "visit"
                        | "call"
                )
            {
                continue;
            }
            // "in support of the business community", "in solidarity with
            // Kyiv": the purpose of another act, not an act of support.
            if t.dep(i) == "pobj"
                && t.lower(h) == "in"
                && matches!(lemma.as_str(), "support" | "solidarity")
            {
                continue;
            }
            if let Some(sense) = self.noun_sense(i, &lemma) {
                // A noun that only names the kind of another noun
                // ("aid workers", "meeting room") is no event.
                if t.dep(i) == "compound" && !t.is_noun(t.head(i)) {
                    continue;
                }
                if t.dep(i) == "compound" && !lex.nouns.contains_key(&self.lemma(t.head(i))) {
                    continue;
                }
                let light = (h != i && t.is_verb(h) && matches!(t.dep(i), "dobj"))
                    .then_some(h)
                    .filter(|&h| self.is_light(&self.lemma(h)));
                // "signed an agreement": the light verb is part of the words.
                let trigger = match light {
                    Some(h) if h < i => Span::new(t.tok(h).span.start, tok.span.end),
                    _ => tok.span,
                };
                out.push(Candidate {
                    tok: i,
                    light,
                    trigger,
                    sense,
                });
            }
        }
        // An offer of help: "stood ready to help Chisinau", "is willing to
        // send a team". The helping verb is no trigger of its own, but being
        // ready to do it is a commitment (PLOVER AGREE, CAMEO 03).
        for i in range.clone() {
            if !matches!(self.lemma(i).as_str(), "ready" | "willing" | "prepared") {
                continue;
            }
            for x in t.children_with(i, &["xcomp"]) {
                let helping = t.is_verb(x) && OFFERED_ACTS.contains(&self.lemma(x).as_str());
                if !helping || out.iter().any(|c| c.tok == x || c.light == Some(x)) {
                    continue;
                }
                if let Some(sense) = lex.verbs.get("offer") {
                    out.push(Candidate {
                        tok: x,
                        light: None,
                        trigger: Span::new(t.tok(i).span.start, t.tok(x).span.end),
                        sense: sense.clone(),
                    });
                }
            }
        }
        // Forces moved into position: "moved hundreds of troops to the
        // border", "sent two frigates", "rushed armoured vehicles". The
        // object may be quantified ("hundreds of troops").
        for v in range.clone() {
            if !t.is_verb(v)
                || !MOVE_VERBS.contains(&self.lemma(v).as_str())
                || out.iter().any(|c| c.tok == v || c.light == Some(v))
            {
                continue;
            }
            let objects: Vec<usize> = t
                .children_with(v, &["dobj", "nsubjpass"])
                .flat_map(|o| {
                    let of: Vec<usize> = t
                        .children_with(o, &["prep"])
                        .filter(|&p| t.lower(p) == "of")
                        .flat_map(|p| t.children_with(p, &["pobj"]).collect::<Vec<_>>())
                        .collect();
                    std::iter::once(o).chain(of)
                })
                .collect();
            let unit = objects.into_iter().find(|&o| {
                let l = self.lemma(o);
                MILITARY_UNITS.contains(&l.as_str())
                    || matches!(l.as_str(), "vehicle" | "company" | "unit")
                        && t.children(o).iter().any(|&m| {
                            matches!(
                                self.lemma(m).as_str(),
                                "armored"
                                    | "armoured"
                                    | "mechanised"
                                    | "mechanized"
                                    | "infantry"
                                    | "military"
                                    | "combat"
                            )
                        })
            });
            if let (Some(o), Some(sense)) = (unit, lex.light.get("send+troop")) {
                if out.iter().any(|c| c.tok == o) {
                    continue;
                }
                let (lo, hi) = (
                    t.tok(v).span.start,
                    t.tok(o).span.end.max(t.tok(v).span.end),
                );
                out.push(Candidate {
                    tok: o,
                    light: Some(v),
                    trigger: Span::new(lo.min(t.tok(o).span.start), hi),
                    sense: sense.clone(),
                });
            }
        }
        // A verb whose own light-verb reading was found is not a second event.
        // (Sets, not lists: a sentence of thousands of tokens has thousands
        // of candidates.)
        let lights: HashSet<usize> = out.iter().filter_map(|c| c.light).collect();
        out.retain(|c| !(c.light.is_none() && lights.contains(&c.tok)));
        // Compound nominals ("Summit Meeting"): keep the head; coordinated
        // nouns ("asset freezes and travel bans") are one act.
        let toks: HashSet<usize> = out.iter().map(|c| c.tok).collect();
        out.retain(|c| {
            !(t.dep(c.tok) == "compound" && toks.contains(&t.head(c.tok))
                || t.dep(c.tok) == "conj"
                    && c.light.is_none()
                    && !t.is_verb(c.tok)
                    && toks.contains(&t.head(c.tok))
                    && !t.is_verb(t.head(c.tok)))
        });
        out
    }

    /// The clause verb that governs a trigger (itself for verbs).
    fn clause_verb(&self, c: &Candidate) -> usize {
        if let Some(l) = c.light {
            return l;
        }
        if self.t.is_verb(c.tok) {
            return c.tok;
        }
        let mut x = c.tok;
        for a in self.t.ancestors(c.tok) {
            x = a;
            if self.t.is_verb(a) {
                return a;
            }
        }
        x
    }

    /// One candidate's event, and whether it may stand without an actor
    /// (an agentless passive: "The traders were arrested on Friday").
    fn build(&self, s: usize, c: &Candidate, ctx: &Context) -> Option<(Event, bool)> {
        let Context {
            all,
            words,
            types_done,
            here,
            recent,
            done,
        } = *ctx;
        let t = self.t;
        let mut sense = c.sense.clone();
        let verb = self.clause_verb(c);

        // An embedded trigger under a governing trigger ("urged X to respect",
        // "pledged to increase", "threatened to take") is part of that event.
        // So is the content of a demand, accusation, threat, refusal or
        // promise ("demanding that the crossing be reopened").
        let governed_by = |x: usize| {
            let h = t.head(x);
            h != x
                && all.iter().any(|o| {
                    o.tok == h
                        && o.tok != c.tok
                        && o.light.is_none()
                        && (matches!(t.dep(x), "xcomp" | "pcomp")
                            || t.dep(x) == "ccomp"
                                && matches!(
                                    o.sense.event_type,
                                    EventType::Request
                                        | EventType::Accuse
                                        | EventType::Threaten
                                        | EventType::Reject
                                        | EventType::Agree
                                ))
                })
        };
        if governed_by(c.tok) || c.light.is_some_and(governed_by) {
            return None;
        }
        // An infinitive under another trigger ("commitments to support",
        // "provide ... to support the initiative") is its content or purpose.
        if t.is_verb(c.tok)
            && c.light.is_none()
            && t.children(c.tok)
                .iter()
                .any(|&a| t.dep(a) == "aux" && t.lower(a) == "to")
            && {
                let h = t.head(c.tok);
                let governors = [h, t.head(h)];
                let n = if t.is_verb(h) { 1 } else { 2 };
                governors[..n]
                    .iter()
                    .any(|&a| a != c.tok && all.iter().any(|o| o.tok == a || o.light == Some(a)))
            }
        {
            return None;
        }
        // What is demanded, alleged, threatened, refused or promised is not
        // itself an event ("accusing them of helping to organise protests",
        // "offered to help resolve the dispute"), nor is what an attempt,
        // plan or bid is for ("any attempt to free the tanker").
        if self.is_content(c, all, types_done) {
            return None;
        }
        // A noun under a preposition of a trigger verb ("asked for support",
        // "called for sanctions") is what that verb is about.
        // Likewise under a noun trigger ("rejected calls for his release").
        if !t.is_verb(c.tok) && c.light.is_none() && t.dep(c.tok) == "pobj" {
            let gov = t.head(t.head(c.tok));
            if all.iter().any(|o| o.tok == gov && o.tok != c.tok)
                && matches!(t.lower(t.head(c.tok)).as_str(), "for" | "of" | "on")
            {
                return None;
            }
        }
        // Back-references: "During the meeting", "the significance of the visit".
        if sense.refers_back
            && c.light.is_none()
            && self.is_definite(c.tok)
            && matches!(t.dep(c.tok), "pobj" | "poss")
            && (types_done.contains(&sense.event_type)
                || here.iter().any(|e| e.event_type == sense.event_type))
        {
            return None;
        }
        // A noun object of "for" after thanks/praise is the reason, not a second praise.
        if c.light.is_none() && !t.is_verb(c.tok) && t.dep(c.tok) == "pobj" {
            let prep = t.head(c.tok);
            let gov = t.head(prep);
            if t.lower(prep) == "for"
                && all
                    .iter()
                    .any(|o| o.tok == gov && o.sense.event_type == EventType::Support)
                && sense.event_type == EventType::Support
            {
                return None;
            }
        }
        // A noun trigger that is itself the object of a verb trigger
        // ("signed an agreement", "rejected the proposal", "condemned the attack").
        // Unless it is a different act reported here first ("protesting
        // the fatal shooting of a Mexican man"): that act is an event too.
        if c.light.is_none()
            && !t.is_verb(c.tok)
            && matches!(t.dep(c.tok), "dobj" | "nsubjpass")
            && all.iter().any(|o| {
                o.tok == t.head(c.tok)
                    && o.tok != c.tok
                    && (o.sense.event_type == sense.event_type
                        || !MATERIAL_ACTS.contains(&sense.event_type)
                        || types_done.contains(&sense.event_type)
                        || self.is_definite_bare(c.tok))
            })
        {
            return None;
        }

        if sense.needs_place && !self.has_place_object(c.tok) {
            return None;
        }
        // Protesters "demanding that Abuja act": the demand is the protest's.
        if sense.event_type == EventType::Request
            && t.tok(c.tok).tag == "VBG"
            && t.ancestors(c.tok).into_iter().take(3).any(|a| {
                all.iter().any(|o| {
                    (o.tok == a || o.light == Some(a)) && o.sense.event_type == EventType::Protest
                })
            })
        {
            return None;
        }
        // Background, not an event: what happens habitually or has
        // happened repeatedly ("has seized several tankers since 2019",
        // "hold joint exercises every summer"), and refusals to comment.
        if self.is_habitual(c, verb) || self.is_no_comment(c) {
            return None;
        }
        let modality = self.modality(c, verb);
        let (mut actor, mut recipient, between_used) = self.arguments(c, verb, &sense);

        // Intent verbs: a to-infinitive saying what is promised.
        if INTENT_VERBS.contains(&self.lemma(verb).as_str()) && t.is_verb(c.tok) {
            let xcomp: Vec<usize> = t.children_with(c.tok, &["xcomp"]).collect();
            if let Some(&x) = xcomp.first() {
                let coop = t
                    .subtree(x)
                    .iter()
                    .any(|&j| COOPERATION_WORDS.contains(&self.lemma(j).as_str()));
                let embedded = all
                    .iter()
                    .find(|o| o.tok == x || o.light.is_some_and(|l| l == x));
                match embedded {
                    Some(o)
                        if matches!(
                            o.sense.event_type,
                            EventType::Threaten
                                | EventType::Reject
                                | EventType::Accuse
                                | EventType::Assault
                                | EventType::Sanction
                                | EventType::Coerce
                                | EventType::Mobilize
                        ) && sense.event_type == EventType::Agree
                            && matches!(self.lemma(c.tok).as_str(), "plan" | "intend" | "wish") =>
                    {
                        sense.event_type = EventType::Threaten;
                    }
                    _ => {}
                }
                if recipient.is_empty() {
                    recipient = self.recipients_in(x, &actor);
                }
                if !coop && sense.event_type == EventType::Agree && embedded.is_none() {
                    return None;
                }
            } else if sense.intent && self.lemma(c.tok) == "plan" {
                return None;
            }
        }

        // Passive without agent, or no subject: inherit from an agreement
        // anaphor ("Under the MoU, ...", "the MoU creates ...").
        if actor.is_empty() {
            let subj = self.subject_of(verb);
            let refers_to_agreement = subj
                .into_iter()
                .chain(t.subtree(verb).into_iter().filter(|&j| t.dep(j) == "pobj"))
                .any(|j| AGREEMENT_NOUNS.contains(&self.lemma(j).as_str()) && self.is_definite(j));
            if refers_to_agreement && !self.last_agreement.is_empty() {
                actor = self
                    .last_agreement
                    .iter()
                    .map(|&a| Argument {
                        actor: a,
                        span: None,
                        score: 0.6,
                    })
                    .collect();
            }
        }

        // Type adjustments (PLOVER rules).
        let mut event_type = sense.event_type;
        let mut mode = sense.mode;
        let mut context = sense.context.clone();
        let obj_lemmas: Vec<String> = t
            .subtree(c.tok)
            .into_iter()
            .filter(|&j| j > c.tok && j < c.tok + 8)
            .map(|j| self.lemma(j))
            .collect();
        let signs = |x: usize| matches!(self.lemma(x).as_str(), "sign" | "ink");
        // "signed an agreement" read as the noun under its light verb.
        let signed_noun = c.light.is_some_and(signs)
            && !t.is_verb(c.tok)
            && AGREEMENT_NOUNS.contains(&self.lemma(c.tok).as_str());
        if signs(c.tok) || signed_noun {
            // Signing needs a document.
            if !signed_noun
                && !obj_lemmas
                    .iter()
                    .chain(std::iter::once(&t.lower(t.head(c.tok))))
                    .any(|w| AGREEMENT_NOUNS.contains(&w.as_str()))
                && !self
                    .subject_of(c.tok)
                    .is_some_and(|j| AGREEMENT_NOUNS.contains(&self.lemma(j).as_str()))
            {
                return None;
            }
            event_type = EventType::Support;
            context = vec!["agreement"];
            if words.mou {
                context.push("mou");
            } else if words.moc {
                context.push("moc");
            }
        }
        if sense.gov_accuse && actor.iter().any(|a| self.is_state(a.actor)) {
            event_type = EventType::Accuse;
            mode = Some("allege");
            context = vec!["diplomatic"];
        }
        // A government blocking a road or crossing closes it (COERCE);
        // protesters obstruct it (PROTEST).
        if sense.state_coerce
            && actor.iter().any(|a| {
                matches!(
                    self.doc.actors[a.actor].sector.as_deref(),
                    Some("GOV" | "MIL" | "COP")
                ) || self.doc.actors[a.actor].label == Some(EntityLabel::Gpe)
            })
        {
            event_type = EventType::Coerce;
            mode = Some("restrict");
            context = Vec::new();
        }
        // "called on the Prime Minister at Singha Durbar": a courtesy call
        // (a visit), not an appeal, when nothing is asked ("called on all
        // parties to exercise restraint", "called on Rwanda for ...").
        if event_type == EventType::Request
            && self.lemma(c.tok) == "call"
            && c.light.is_none()
            && t.children_with(c.tok, &["prep"])
                .any(|p| t.lower(p) == "on")
            && !t.subtree(c.tok).into_iter().any(|j| {
                matches!(t.dep(j), "xcomp" | "ccomp") || t.dep(j) == "prep" && t.lower(j) == "for"
            })
            && t.children_with(c.tok, &["prep"])
                .filter(|&p| t.lower(p) == "on")
                .flat_map(|p| t.children_with(p, &["pobj"]).collect::<Vec<_>>())
                .any(|o| {
                    self.actor_at[o].iter().any(|&m| {
                        let a = &self.doc.actors[m];
                        a.head == o
                            && (a.label == Some(EntityLabel::Person)
                                || a.office.is_some()
                                || matches!(
                                    self.lemma(o).as_str(),
                                    "minister"
                                        | "president"
                                        | "ambassador"
                                        | "king"
                                        | "queen"
                                        | "governor"
                                        | "chairman"
                                        | "chairperson"
                                        | "secretary"
                                        | "envoy"
                                        | "premier"
                                        | "chancellor"
                                        | "speaker"
                                        | "mayor"
                                ))
                    })
                })
        {
            event_type = EventType::Consult;
            mode = Some("visit");
            context = vec!["diplomatic"];
        }
        // "welcomed the delegation" hosts a visit; "welcomed the decision"
        // is support.
        if self.lemma(c.tok) == "welcome" && event_type == EventType::Consult {
            let hosts = t.children_with(c.tok, &["dobj"]).any(|o| {
                self.actor_at[o]
                    .iter()
                    .any(|&m| self.doc.actors[m].head == o)
            });
            if !hosts {
                event_type = EventType::Support;
                mode = None;
                context = vec!["diplomatic"];
            }
        }
        // Troops sent to help after a disaster bring aid.
        if event_type == EventType::Mobilize
            && [Some(c.tok), c.light, Some(verb)]
                .into_iter()
                .flatten()
                .any(|x| self.for_relief(x))
        {
            event_type = EventType::Aid;
            mode = None;
            context = vec!["humanitarian"];
        }
        if event_type == EventType::Accuse && self.lemma(c.tok) == "summon" {
            context = vec!["summon"];
        }
        if event_type == EventType::Aid && modality != Modality::Future && t.is_verb(c.tok) {
            const AID_WORDS: &[&str] = &[
                // military deliveries
                "weapon",
                "arms",
                "ammunition",
                "battery",
                "missile",
                "tank",
                "howitzer",
                "drone",
                "jet",
                "shell",
                "rifle",
                "aid",
                "assistance",
                "relief",
                "vaccine",
                "dose",
                "loan",
                "grant",
                "fund",
                "money",
                "supply",
                "supplies",
                "equipment",
                "food",
                "medicine",
                "donation",
                "tonne",
                "ton",
                "asylum",
                "shelter",
                "help",
                "million",
                "billion",
                "dollar",
                "euro",
                // goods handed over in aid ceremonies
                "vehicle",
                "ambulance",
                "bus",
                "truck",
                "boat",
                "helicopter",
                "generator",
                "tent",
                "blanket",
                "kit",
                "parcel",
                "lamp",
                "rice",
                "grain",
                "wheat",
                "flour",
                "fuel",
                "water",
                "seed",
                "fertiliser",
                "fertilizer",
                "ventilator",
                "oxygen",
                "bed",
                "computer",
                "textbook",
                "scholarship",
                "system",
                "radar",
            ];
            // Whatever is donated is a gift; other verbs need an aid object.
            let has = self.lemma(c.tok) == "donate"
                || t.subtree(c.tok)
                    .iter()
                    .any(|&j| AID_WORDS.contains(&self.lemma(j).as_str()));
            if !has {
                return None;
            }
        }
        if event_type == EventType::Aid && words.medical {
            context = vec!["aid", "medical"];
        }
        if event_type == EventType::Consult {
            if mode.is_none() && words.visit_to {
                mode = Some("visit");
            }
            if self.lemma(c.tok) == "summit" || words.summit {
                mode = Some("multilateral");
            }
            if words.anniversary && mode == Some("multilateral") {
                context = vec!["anniversary"];
            }
        }
        if modality == Modality::Future {
            match event_type {
                EventType::Consult
                | EventType::Support
                | EventType::Cooperate
                | EventType::Aid
                | EventType::Retreat
                | EventType::Concede => {
                    event_type = EventType::Agree;
                    mode = None;
                    if !context.contains(&"economic") && !context.contains(&"diplomatic") {
                        context = vec!["economic"];
                    }
                }
                EventType::Sanction
                | EventType::Coerce
                | EventType::Assault
                | EventType::Mobilize => {
                    event_type = EventType::Threaten;
                }
                _ => {}
            }
        }
        if event_type == EventType::Agree && context.is_empty() {
            context = vec!["diplomatic"];
        }

        // An actor must be coded (a document "MOC signed ..." is no actor).
        actor.retain(|a| self.doc.actors[a.actor].is_coded());
        recipient.retain(|a| self.doc.actors[a.actor].is_coded());
        // Symmetric acts: "between A and B" with no subject → first is actor.
        if sense.symmetric && actor.is_empty() && !recipient.is_empty() && between_used {
            actor.push(recipient.remove(0));
        }
        // The host is the actor of a visit; the visitor the recipient.
        recipient.retain(|r| !actor.iter().any(|a| self.same_actor(a.actor, r.actor)));
        if between_used || sense.symmetric {
            let own: Vec<Option<String>> = actor
                .iter()
                .map(|a| self.doc.actors[a.actor].country.clone())
                .collect();
            let before = recipient.len();
            let kept: Vec<Argument> = recipient
                .iter()
                .filter(|r| !own.contains(&self.doc.actors[r.actor].country))
                .cloned()
                .collect();
            if !kept.is_empty() || before == 0 {
                recipient = kept;
            }
        }
        // An actor must be coded.
        actor.retain(|a| self.doc.actors[a.actor].is_coded());
        recipient.retain(|a| self.doc.actors[a.actor].is_coded());

        // An agentless passive names only who it happened to; the agent is
        // the one of the same act reported just before ("detained by
        // customs officers" ... "The traders were arrested on Friday"), or
        // left unsaid.
        let passive_no_agent =
            actor.is_empty() && self.is_agentless_passive(verb) && sense.reliability >= 0.5;
        // "The missile was launched from near Pyongyang": the launch just
        // reported, by whoever launched it.
        if passive_no_agent
            && recipient.is_empty()
            && let Some(e) = recent
                .iter()
                .chain(here.iter())
                .rev()
                .find(|e| e.event_type == event_type && !e.actor.is_empty())
        {
            actor = implied(&e.actor, 0.6);
            recipient = implied(&e.recipient, 0.6);
        }
        let no_agent = passive_no_agent && !recipient.is_empty();
        if no_agent {
            let keys: Vec<String> = recipient.iter().map(|r| self.key_of(r.actor)).collect();
            let before = recent.iter().chain(here.iter()).rev().find(|e| {
                e.event_type == event_type
                    && !e.actor.is_empty()
                    && e.recipient
                        .iter()
                        .any(|r| keys.contains(&self.key_of(r.actor)))
            });
            if let Some(e) = before {
                actor = implied(&e.actor, 0.7);
            } else if SPEAKER_ACTS.contains(&event_type) {
                // "The Foreign Office said the ambassador had been
                // summoned": an institution reporting its own diplomatic
                // act is its agent.
                actor = self
                    .reporting_institution(verb)
                    .into_iter()
                    .map(|a| Argument {
                        actor: a,
                        span: None,
                        score: 0.5,
                    })
                    .collect();
            }
        }

        // A reaction to an act reported before ("condemned the launch",
        // "welcomed the deal"): whoever did that act receives it.
        if recipient.is_empty()
            && REACTIONS.contains(&event_type)
            && let Some(target) = self.reacted_act(c, here, done)
        {
            recipient = implied(&target.actor, 0.6);
            recipient.retain(|a| !actor.iter().any(|x| self.same_actor(x.actor, a.actor)));
        }

        // CAMEO default readings need both sides to be believable.
        if sense.reliability < 0.5 && (actor.is_empty() || recipient.is_empty()) {
            return None;
        }

        // Who a demand, threat or promise is aimed at may be the subject of
        // what is demanded ("demanded that Afghan forces dismantle ..."), or
        // a party inside it ("warned it could impose sanctions on the coup
        // leaders").
        if recipient.is_empty()
            && !actor.is_empty()
            && matches!(
                event_type,
                EventType::Request | EventType::Threaten | EventType::Agree | EventType::Reject
            )
        {
            recipient = self.content_recipients(c, &actor);
        }
        // In a story about two countries, what one of them does with no
        // other party named is done to the other ("Nigeria demanded the
        // traders' release" in a Nigeria–Benin row).
        if recipient.is_empty()
            && COUNTERPART_ACTS.contains(&event_type)
            && let Some(m) = self.counterpart(s, &actor)
        {
            recipient = vec![Argument {
                actor: m,
                span: None,
                score: 0.4,
            }];
        }
        // Forces moved are the actor's own, not a party acted on: "moved
        // troops to the border with Guyana" is aimed at Guyana, if anyone.
        if event_type == EventType::Mobilize {
            let moved = t.subtree(c.tok);
            recipient.retain(|r| {
                let m = &self.doc.actors[r.actor];
                !moved.contains(&m.head)
                    && !actor.iter().any(|a| {
                        self.doc.actors[a.actor].country.is_some()
                            && self.doc.actors[a.actor].country == m.country
                    })
            });
        }
        // "declared a Croatian diplomat persona non grata": whoever is named
        // between the verb and the Latin is expelled.
        if recipient.is_empty() && self.doc.slice(c.trigger).starts_with("persona") {
            recipient = self.actors_in[s]
                .clone()
                .filter(|&m| {
                    let h = self.doc.actors[m].head;
                    h > c.tok && t.tok(h).span.end <= c.trigger.start
                })
                .map(|m| Argument {
                    actor: m,
                    span: Some(self.doc.actors[m].span),
                    score: 0.6,
                })
                .collect();
        }
        let date = self.date_of(c, verb, modality == Modality::Future);
        let location = self.location_of(c, verb, &actor, &recipient);
        // A visit with no host named is to the country it takes place in.
        if recipient.is_empty()
            && event_type == EventType::Consult
            && mode == Some("visit")
            && let Some(place) = &location
            && place.country.is_some()
            && !actor
                .iter()
                .any(|a| self.doc.actors[a.actor].country == place.country)
            && let Some(m) = self.actors_in[s]
                .clone()
                .find(|&m| self.doc.actors[m].span == place.span)
        {
            recipient = vec![Argument {
                actor: m,
                span: Some(place.span),
                score: 0.5,
            }];
        }
        // A visit with nobody visited and no foreign place ("during a
        // visit to an evacuation centre") is no diplomatic event.
        if event_type == EventType::Consult
            && mode == Some("visit")
            && recipient.is_empty()
            && !sense.symmetric
            && location.as_ref().is_some_and(|l| {
                l.country.is_none()
                    || actor
                        .iter()
                        .any(|a| self.doc.actors[a.actor].country == l.country)
            })
        {
            return None;
        }
        let score = self.score(&sense, &actor, &recipient, date.is_some());
        let event = Event {
            sentence: s,
            trigger: self.trigger_span(c, verb, &sense),
            event_type,
            mode,
            context,
            cameo: sense.cameo.clone(),
            actor,
            recipient,
            date,
            location,
            modality,
            score,
            link: None,
        };
        Some((event, no_agent))
    }

    /// The state or international body that reports the clause of `verb`
    /// ("the ministry said ..."), if it is one.
    fn reporting_institution(&self, verb: usize) -> Option<usize> {
        let t = self.t;
        let say = t.head(verb);
        if say == verb
            || t.dep(verb) != "ccomp"
            || !matches!(
                self.lemma(say).as_str(),
                "say" | "announce" | "confirm" | "state" | "report" | "add" | "tell"
            )
        {
            return None;
        }
        let sj = t.children_with(say, &["nsubj"]).next()?;
        self.slot(sj, 0).into_iter().find(|&m| {
            let a = &self.doc.actors[m];
            a.label != Some(EntityLabel::Person)
                && (a.sector.as_deref() == Some("GOV") || a.country.as_deref() == Some("IGO"))
        })
    }

    /// The latest mention, up to sentence `s`, of the other country of a
    /// bilateral story, when the actors are all of one of the two.
    fn counterpart(&self, s: usize, actor: &[Argument]) -> Option<usize> {
        let (a, b) = self.pair.as_ref()?;
        let first = actor.first()?;
        let theirs = self.doc.actors[first.actor].country.as_ref()?;
        if !actor
            .iter()
            .all(|x| self.doc.actors[x.actor].country.as_ref() == Some(theirs))
        {
            return None;
        }
        let other = if theirs == a {
            b
        } else if theirs == b {
            a
        } else {
            return None;
        };
        let end = self.actors_in[s].end;
        let named = |m: &usize| {
            let x = &self.doc.actors[*m];
            x.country.as_ref() == Some(other) && x.kind == MentionKind::Name
        };
        let lo = end.saturating_sub(EARLIER_EVENTS);
        (lo..end)
            .rev()
            .find(|m| named(m) && self.doc.actors[*m].label == Some(EntityLabel::Gpe))
            .or_else(|| (lo..end).rev().find(named))
    }

    /// Parties named in the clause a demand, threat or promise governs:
    /// its subject, else parties after to/on/against/with inside it.
    fn content_recipients(&self, c: &Candidate, actor: &[Argument]) -> Vec<Argument> {
        let t = self.t;
        let heads: Vec<usize> = [Some(c.tok), c.light].into_iter().flatten().collect();
        for &h in &heads {
            for x in t.children_with(h, &["ccomp", "xcomp"]) {
                let mut ms: Vec<usize> = t
                    .children_with(x, &["nsubj", "nsubjpass"])
                    .flat_map(|sj| self.slot(sj, 0))
                    .filter(|&m| {
                        let a = &self.doc.actors[m];
                        a.is_coded()
                            && a.kind != MentionKind::Pronoun
                            && !actor.iter().any(|o| self.same_actor(o.actor, m))
                            && !actor
                                .iter()
                                .any(|o| self.doc.actors[o.actor].country == a.country)
                    })
                    .collect();
                ms.truncate(2);
                if !ms.is_empty() {
                    return self.args_of(ms, 0.6);
                }
                let inside = self.recipients_in(x, actor);
                if !inside.is_empty() {
                    return inside;
                }
            }
        }
        Vec::new()
    }

    /// Who did the act noun `o` names: its "by" phrase or possessor.
    fn act_agents(&self, o: usize) -> Vec<usize> {
        let t = self.t;
        let mut out: Vec<usize> = t
            .children_with(o, &["prep"])
            .filter(|&p| t.lower(p) == "by")
            .flat_map(|p| t.children_with(p, &["pobj"]).collect::<Vec<_>>())
            .flat_map(|x| self.slot(x, 0))
            .collect();
        out.extend(t.children_with(o, &["poss"]).flat_map(|x| self.slot(x, 0)));
        out
    }

    /// Whether noun `o` names an act ("the shooting", "the seizure").
    fn names_act(&self, o: usize) -> bool {
        let lemma = self.lemma(o);
        ACT_NOUNS.iter().any(|(n, _)| *n == lemma) || self.noun_sense(o, &lemma).is_some()
    }

    /// The earlier event that the object of trigger `c` names ("condemned
    /// *the launch*", "rejected *the sanctions*", "criticised *the
    /// blockade*"), searched from the latest back.
    fn reacted_act<'e>(
        &self,
        c: &Candidate,
        here: &'e [Event],
        done: &'e [Event],
    ) -> Option<&'e Event> {
        let t = self.t;
        let mut objects: Vec<usize> = t.children_with(c.tok, &["dobj"]).collect();
        for p in t.children_with(c.tok, &["prep"]) {
            if matches!(
                t.lower(p).as_str(),
                "over" | "for" | "against" | "about" | "at" | "on"
            ) {
                objects.extend(t.children_with(p, &["pobj"]));
            }
        }
        for o in objects {
            // An object that names a party is not an act.
            if self.actor_at[o]
                .iter()
                .any(|&m| self.doc.actors[m].head == o)
            {
                continue;
            }
            let lemma = self.lemma(o);
            let types: Vec<EventType> = match ACT_NOUNS.iter().find(|(n, _)| *n == lemma) {
                Some((_, ts)) => ts.to_vec(),
                None => match self.noun_sense(o, &lemma) {
                    Some(sense) => vec![sense.event_type],
                    None => continue,
                },
            };
            if let Some(e) = done
                .iter()
                .chain(here.iter())
                .rev()
                .find(|e| types.contains(&e.event_type) && !e.actor.is_empty())
            {
                return Some(e);
            }
        }
        None
    }

    /// Whether the act under `x` has a relief purpose: "sent soldiers to
    /// help restore the water supply", "deployed for disaster relief".
    fn for_relief(&self, x: usize) -> bool {
        const RELIEF: &[&str] = &[
            "help",
            "relief",
            "restore",
            "rescue",
            "rebuild",
            "reconstruction",
            "humanitarian",
            "disaster",
            "aid",
            "evacuation",
            "evacuate",
        ];
        let t = self.t;
        t.children(x).iter().any(|&c| {
            matches!(t.dep(c), "xcomp" | "advcl" | "prep" | "ccomp")
                && t.subtree(c)
                    .iter()
                    .any(|&j| RELIEF.contains(&self.lemma(j).as_str()))
        })
    }

    /// Habitual or iterative statements: a present perfect or present
    /// tense with "repeatedly", "every summer", "for years", or an
    /// aggregate object ("several foreign tankers", "previous
    /// disputes").
    fn is_habitual(&self, c: &Candidate, verb: usize) -> bool {
        let t = self.t;
        if !t.is_verb(verb) {
            return false;
        }
        let kids = t.children(verb);
        let perfect = kids
            .iter()
            .any(|&k| t.dep(k) == "aux" && matches!(self.lemma(k).as_str(), "have"));
        let present = matches!(t.tok(verb).tag, "VBP" | "VBZ");
        // "will meet every quarter", "meets each year": recurring in any
        // tense, so no single event.
        const TIME_UNITS: &[&str] = &[
            "day",
            "week",
            "month",
            "year",
            "quarter",
            "summer",
            "winter",
            "spring",
            "autumn",
            "season",
            "weekend",
            "morning",
            "evening",
            "night",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ];
        let recurring = kids.iter().any(|&k| {
            TIME_UNITS.contains(&self.lemma(k).to_lowercase().as_str())
                && t.children(k)
                    .iter()
                    .any(|&d| t.dep(d) == "det" && matches!(t.lower(d).as_str(), "every" | "each"))
        });
        if recurring {
            return true;
        }
        if !(perfect || present) {
            return false;
        }
        let adverb = kids.iter().any(|&k| {
            t.dep(k) == "advmod"
                && matches!(
                    t.lower(k).as_str(),
                    "repeatedly"
                        | "regularly"
                        | "often"
                        | "frequently"
                        | "routinely"
                        | "long"
                        | "always"
                        | "usually"
                        | "previously"
                        | "traditionally"
                )
        });
        // "every summer", "each year"; "for years", "since 2019".
        let span_of_time = kids.iter().any(|&k| {
            let w = t.lower(k);
            (t.dep(k) == "npadvmod" || t.dep(k) == "advmod" || t.dep(k) == "dobj")
                && t.children(k)
                    .iter()
                    .any(|&d| t.dep(d) == "det" && matches!(t.lower(d).as_str(), "every" | "each"))
                || t.dep(k) == "prep"
                    && w == "for"
                    && t.children_with(k, &["pobj"]).any(|o| {
                        matches!(self.lemma(o).as_str(), "year" | "month" | "decade" | "week")
                            && t.tok(o).tag == "NNS"
                    })
        });
        let aggregate = perfect
            && t.children_with(c.tok, &["dobj", "nsubjpass"]).any(|o| {
                t.children(o).iter().any(|&d| {
                    matches!(t.dep(d), "amod" | "det" | "nummod")
                        && matches!(
                            t.lower(d).as_str(),
                            "several"
                                | "many"
                                | "numerous"
                                | "previous"
                                | "multiple"
                                | "past"
                                | "countless"
                                | "dozens"
                        )
                })
            });
        // "at least 10 people have been killed ... since 2022": a tally.
        let tally = perfect
            && kids
                .iter()
                .any(|&k| t.dep(k) == "prep" && t.lower(k) == "since")
            && t.children_with(c.tok, &["dobj", "nsubjpass"]).any(|o| {
                t.tok(o).tag == "NNS" && t.children(o).iter().any(|&d| t.dep(d) == "nummod")
            });
        adverb || span_of_time && (perfect || present) || aggregate || tally
    }

    /// "declined to say", "refused to comment": no refusal in PLOVER's sense.
    fn is_no_comment(&self, c: &Candidate) -> bool {
        let t = self.t;
        c.sense.event_type == EventType::Reject
            && t.children_with(c.tok, &["xcomp"]).any(|x| {
                matches!(
                    self.lemma(x).as_str(),
                    "say"
                        | "comment"
                        | "confirm"
                        | "elaborate"
                        | "disclose"
                        | "specify"
                        | "answer"
                        | "respond"
                        | "discuss"
                        | "give"
                        | "provide"
                        | "identify"
                        | "name"
                )
            })
    }

    /// Whether verb `v` acts on a place: "closed the border", "shut
    /// Torkham", "reopened the crossing" (also as the subject of a passive).
    fn has_place_object(&self, v: usize) -> bool {
        const PLACE_WORDS: &[&str] = &[
            "border",
            "crossing",
            "frontier",
            "airspace",
            "port",
            "airport",
            "road",
            "highway",
            "bridge",
            "embassy",
            "consulate",
            "office",
            "mission",
            "checkpoint",
            "pass",
            "waters",
            "strait",
            "route",
            "corridor",
            "gate",
            "terminal",
            "market",
        ];
        let t = self.t;
        t.children_with(v, &["dobj", "nsubjpass"]).any(|o| {
            PLACE_WORDS.contains(&self.lemma(o).as_str())
                || PLACE_WORDS.contains(&t.lower(o).as_str())
                || self.actor_at[o].iter().any(|&m| {
                    matches!(
                        self.doc.actors[m].label,
                        Some(EntityLabel::Gpe | EntityLabel::Loc | EntityLabel::Fac)
                    )
                })
        })
    }

    /// A government acting: a GOV-sector mention, or a country named as
    /// the agent ("Vietnam protested to China").
    fn is_state(&self, m: usize) -> bool {
        let a = &self.doc.actors[m];
        a.sector.as_deref() == Some("GOV")
            || a.sector.is_none()
                && a.label == Some(EntityLabel::Gpe)
                && a.country
                    .as_ref()
                    .is_some_and(|c| c.len() == 3 && c != "IGO" && c != "NGO")
    }

    /// Whether a quotation mark closes between tokens `a` and `b`.
    fn quote_between(&self, a: usize, b: usize) -> bool {
        let (lo, hi) = (a.min(b), a.max(b));
        let from = self.t.tok(lo).span.end;
        let to = self.t.tok(hi).span.start;
        from < to && self.doc.text[from..to].contains(['”', '"', '’'])
    }

    /// Whether an event's trigger word is a verb (not a noun).
    fn verbal_trigger(&self, e: &Event) -> bool {
        let k = self
            .doc
            .tokens
            .partition_point(|tok| tok.span.end <= e.trigger.start);
        k < self.doc.tokens.len()
            && self.t.is_verb(k)
            && self.doc.tokens[k].span.start <= e.trigger.start
    }

    /// "the launch", "the arrest": a definite noun with nothing of its own
    /// to say who or whom, so it refers to an act named before.
    fn is_definite_bare(&self, i: usize) -> bool {
        let t = self.t;
        t.children(i)
            .iter()
            .any(|&c| t.dep(c) == "det" && t.lower(c) == "the")
            && !t
                .children(i)
                .iter()
                .any(|&c| matches!(t.dep(c), "prep" | "poss" | "amod" | "compound"))
    }

    /// Whether candidate `c` only says what another trigger is about: it
    /// sits, through complement or object links (not coordination or an
    /// adverbial clause), under a demand, accusation, threat, refusal or
    /// promise, or under a noun like "attempt" or "plan".
    fn is_content(&self, c: &Candidate, all: &[Candidate], types_done: &[EventType]) -> bool {
        const PURPOSE_NOUNS: &[&str] = &[
            "attempt", "effort", "bid", "plan", "proposal", "push", "campaign", "right", "way",
            "need", "pressure",
        ];
        let t = self.t;
        let mut x = c.light.unwrap_or(c.tok);
        // Only through nouns and their "of"/"for"/"against" phrases so far:
        // the reacted-to act ("protest against the detention of ...").
        let mut nominal_path = !t.is_verb(x);
        for _ in 0..5 {
            let h = t.head(x);
            let dep = t.dep(x);
            let through = match dep {
                "xcomp" | "ccomp" | "pcomp" | "acl" | "dobj" => true,
                "pobj" => true,
                "prep" => matches!(
                    t.lower(x).as_str(),
                    "of" | "for" | "to" | "on" | "about" | "against" | "over"
                ),
                _ => false,
            };
            if h == x || !through {
                return false;
            }
            if matches!(dep, "xcomp" | "ccomp" | "pcomp" | "acl") {
                nominal_path = false;
            }
            if let Some(o) = all
                .iter()
                .find(|o| (o.tok == h || o.light == Some(h)) && o.tok != c.tok)
            {
                let reported_here = nominal_path
                    && MATERIAL_ACTS.contains(&c.sense.event_type)
                    && !types_done.contains(&c.sense.event_type);
                return matches!(
                    o.sense.event_type,
                    EventType::Accuse
                        | EventType::Request
                        | EventType::Threaten
                        | EventType::Reject
                        | EventType::Agree
                ) && o.sense.event_type != c.sense.event_type
                    && !reported_here;
            }
            if t.is_noun(h) && PURPOSE_NOUNS.contains(&self.lemma(h).as_str()) {
                return true;
            }
            x = h;
        }
        false
    }

    /// A passive clause with no by-agent: "were arrested", "was shot".
    fn is_agentless_passive(&self, verb: usize) -> bool {
        let t = self.t;
        t.children_with(verb, &["auxpass"]).next().is_some()
            && t.children_with(verb, &["agent"]).next().is_none()
    }

    /// Trigger text: the light construction, or an intent phrase "plans to set up".
    fn trigger_span(&self, c: &Candidate, _verb: usize, _sense: &Sense) -> Span {
        // A light verb after its noun ("The summit ... was held"): the noun.
        match c.light {
            Some(l) if l > c.tok => self.t.tok(c.tok).span,
            _ => c.trigger,
        }
    }

    fn same_actor(&self, a: usize, b: usize) -> bool {
        let (x, y) = (&self.doc.actors[a], &self.doc.actors[b]);
        a == b || x.name == y.name && x.country == y.country
    }

    fn is_definite(&self, i: usize) -> bool {
        self.t.children(i).iter().any(|&c| {
            matches!(
                self.t.lower(c).as_str(),
                "the" | "this" | "that" | "its" | "their" | "his" | "her"
            ) || self.t.dep(c) == "poss"
        })
    }

    /// The subject of a clause verb, following xcomp/conj/advcl/relcl up.
    fn subject_of(&self, v: usize) -> Option<usize> {
        let t = self.t;
        let mut x = v;
        for _ in 0..6 {
            if let Some(s) = t.children_with(x, &["nsubj", "nsubjpass", "csubj"]).next() {
                // "ECOWAS, which held a summit": the relative pronoun stands
                // for the noun the clause qualifies.
                let relative = matches!(t.tok(s).tag, "WDT" | "WP")
                    || t.dep(x) == "relcl" && t.lower(s) == "that";
                if relative && t.dep(x) == "relcl" && t.head(x) != x {
                    return Some(t.head(x));
                }
                return Some(s);
            }
            let h = t.head(x);
            if h == x {
                return None;
            }
            // "The Indian ambassador called on ...", parsed as a noun with
            // a clause: a finite past verb qualifying its head noun is the
            // sentence's verb, and that noun its subject.
            if t.dep(x) == "acl" && t.tok(x).tag == "VBD" && t.is_noun(h) && t.head(h) == h {
                return Some(h);
            }
            match t.dep(x) {
                "xcomp" | "conj" | "advcl" | "pcomp" | "acl" | "acomp" => x = h,
                "relcl" => {
                    // "the person who elevated ..." → the noun, and through
                    // a copula its subject ("Abe is the person who ...").
                    if t.dep(h) == "attr" {
                        let cop = t.head(h);
                        return t.children_with(cop, &["nsubj"]).next().or(Some(h));
                    }
                    return Some(h);
                }
                "pobj" => x = t.head(h),
                _ => return None,
            }
        }
        None
    }

    /// Actor mentions for a slot headed by token `h`: the mention there and
    /// its conjuncts/appositives; if `h` is no actor, the actors named inside
    /// it (possessor, compound, "of"/"between" phrase).
    fn slot(&self, h: usize, depth: usize) -> Vec<usize> {
        let t = self.t;
        let mut out: Vec<usize> = Vec::new();
        let mut stack = vec![h];
        let mut seen = vec![];
        while let Some(x) = stack.pop() {
            if seen.contains(&x) || seen.len() > 30 {
                continue;
            }
            seen.push(x);
            for &a in &self.actor_at[x] {
                let act = &self.doc.actors[a];
                // a place inside a phrase is not the phrase's actor
                if (act.head == x || self.actor_at[x].len() == 1) && !out.contains(&a) {
                    out.push(a);
                }
            }
            for c in t.children_with(x, &["conj", "appos"]) {
                stack.push(c);
            }
        }
        if out.is_empty() && depth < 2 {
            for &c in t.children(h) {
                match t.dep(c) {
                    "poss" | "compound" | "nmod" | "amod" => out.extend(self.slot(c, depth + 1)),
                    "prep" if matches!(t.lower(c).as_str(), "of" | "between" | "from") => {
                        for p in t.children_with(c, &["pobj"]) {
                            out.extend(self.slot(p, depth + 1));
                        }
                    }
                    _ => {}
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Every actor named under `h` (not in relative clauses), in text order:
    /// for "between A and B" however the parser attached the parts.
    fn slot_deep(&self, h: usize) -> Vec<usize> {
        let t = self.t;
        let mut toks = vec![h];
        let mut k = 0;
        while k < toks.len() {
            let x = toks[k];
            for &c in t.children(x) {
                if !matches!(t.dep(c), "relcl" | "acl" | "advcl" | "punct") {
                    toks.push(c);
                }
            }
            k += 1;
        }
        let mut out: Vec<usize> = Vec::new();
        for m in self.actors_in[t.sentence_of(h)].clone() {
            if toks.contains(&self.doc.actors[m].head) && !out.contains(&m) {
                out.push(m);
            }
        }
        out.sort_by_key(|&m| self.doc.actors[m].span.start);
        out
    }

    fn args_of(&self, mentions: Vec<usize>, score: f32) -> Vec<Argument> {
        let mut out: Vec<Argument> = Vec::new();
        for m in mentions {
            let a = &self.doc.actors[m];
            let targets: Vec<usize> = match a.kind {
                MentionKind::Group => a.refers.clone(),
                _ => vec![m],
            };
            for x in targets {
                if out.iter().any(|o| self.same_actor(o.actor, x)) {
                    continue;
                }
                let span = (x == m || a.kind != MentionKind::Group).then_some(a.span);
                out.push(Argument {
                    actor: x,
                    span: if a.kind == MentionKind::Group {
                        None
                    } else {
                        span
                    },
                    score: score * self.doc.actors[x].score.max(0.3),
                });
            }
        }
        out
    }

    /// Recipients named inside the clause of `x` via to/with/into/from.
    fn recipients_in(&self, x: usize, actor: &[Argument]) -> Vec<Argument> {
        let t = self.t;
        let own: Vec<Option<String>> = actor
            .iter()
            .map(|a| self.doc.actors[a.actor].country.clone())
            .collect();
        let mut ms = Vec::new();
        for j in t.subtree(x) {
            if t.dep(j) == "pobj"
                && matches!(
                    t.lower(t.head(j)).as_str(),
                    "to" | "with" | "into" | "from" | "for" | "between" | "in"
                )
            {
                for m in self.slot(j, 0) {
                    let c = &self.doc.actors[m].country;
                    if c.is_some() && !own.contains(c) && !ms.contains(&m) {
                        ms.push(m);
                    }
                }
            }
        }
        ms.truncate(2);
        self.args_of(ms, 0.6)
    }

    /// Actor and recipient arguments, and whether a "between" phrase gave them.
    fn arguments(
        &self,
        c: &Candidate,
        verb: usize,
        sense: &Sense,
    ) -> (Vec<Argument>, Vec<Argument>, bool) {
        let t = self.t;
        let mut actor_m: Vec<usize> = Vec::new();
        let mut recip_m: Vec<usize> = Vec::new();
        let mut between = false;
        let is_verb_trigger = c.light.is_none() && t.is_verb(c.tok);
        let passive = t
            .children_with(verb, &["nsubjpass", "auxpass"])
            .next()
            .is_some();

        // Agent of a passive: "was signed ... by A and B".
        if passive {
            for p in t.children_with(verb, &["agent"]) {
                for o in t.children_with(p, &["pobj"]) {
                    actor_m.extend(self.slot(o, 0));
                }
            }
        }
        let nominal = !is_verb_trigger
            && (c.light.is_none() || matches!(t.dep(c.tok), "nsubj" | "nsubjpass"));
        if nominal {
            // The noun's own parties: possessor ("Japan's donation"),
            // compound ("ASEAN-Japan summit"), "by", "between", "with".
            let n = c.tok;
            for ch in t.children(n).to_vec() {
                match t.dep(ch) {
                    "poss" => actor_m.extend(self.slot(ch, 1)),
                    "compound" | "nmod" | "amod" => {
                        for m in self.slot(ch, 1) {
                            if actor_m.is_empty() {
                                actor_m.push(m);
                            } else {
                                recip_m.push(m);
                            }
                        }
                    }
                    "prep" => {
                        let p = t.lower(ch);
                        for o in t.children_with(ch, &["pobj"]) {
                            let ms = self.slot(o, 0);
                            match p.as_str() {
                                "between" | "among" => {
                                    between = true;
                                    recip_m.extend(self.slot_deep(o));
                                }
                                "by" | "from" if sense.event_type != EventType::Request => {
                                    actor_m.extend(ms)
                                }
                                // "the detention of 37 traders": whom it
                                // befell; "the visit of the president": who.
                                "of" if matches!(
                                    sense.event_type,
                                    EventType::Coerce
                                        | EventType::Assault
                                        | EventType::Retreat
                                        | EventType::Sanction
                                ) =>
                                {
                                    recip_m.extend(ms)
                                }
                                "of" if sense.event_type == EventType::Consult => {
                                    actor_m.extend(ms)
                                }
                                "with" | "to" | "for" | "against" | "on" | "over" => {
                                    recip_m.extend(ms)
                                }
                                _ => {}
                            }
                        }
                    }
                    _ => {}
                }
            }
            // A compound name "ASEAN-Japan Commemorative Summit": parties inside.
            if actor_m.is_empty() && recip_m.is_empty() {
                let lo =
                    (self.doc.sentences[t.sentence_of(n)].tokens.start).max(n.saturating_sub(6));
                for j in lo..n {
                    if t.head(j) == n || t.dominates(n, j) {
                        for &m in &self.actor_at[j] {
                            if !actor_m.contains(&m) && !recip_m.contains(&m) {
                                if actor_m.is_empty() {
                                    actor_m.push(m);
                                } else {
                                    recip_m.push(m);
                                }
                            }
                        }
                    }
                }
            }
            if between && actor_m.is_empty() && !recip_m.is_empty() {
                // "between A and B": first named is the actor
                actor_m.push(recip_m.remove(0));
            }
        }
        // The clause subject acts (for verbs and light constructions, and
        // for nouns that had no parties of their own).
        // But a violent or coercive act named inside a phrase ("after the
        // clashes", "over the detention of fishermen") is not the clause
        // subject's doing.
        let adjunct_act = nominal
            && c.light.is_none()
            && t.dep(c.tok) == "pobj"
            && MATERIAL_ACTS.contains(&sense.event_type);
        if (actor_m.is_empty() && !passive
            || actor_m.is_empty() && (is_verb_trigger || c.light.is_some()))
            && !adjunct_act
            && let Some(sj) = self.subject_of(verb)
        {
            // A nominal trigger that is the subject itself has no subject;
            // the subject of a passive trigger is who it happened to.
            let patient =
                is_verb_trigger && passive && t.dep(sj) == "nsubjpass" && t.head(sj) == verb;
            if sj != c.tok && !patient {
                actor_m.extend(self.slot(sj, 0));
            }
        }
        // A thanked party is the one who gave: "thanked X for donating".
        let mut thank_gov = None;
        if is_verb_trigger && t.dep(c.tok) == "pcomp" {
            for a in t.ancestors(c.tok).into_iter().take(5) {
                if matches!(
                    self.lemma(a).as_str(),
                    "thank" | "praise" | "commend" | "appreciate" | "hail"
                ) {
                    thank_gov = Some(a);
                    break;
                }
            }
        }
        if let Some(gov) = thank_gov {
            {
                let thanked: Vec<usize> = t
                    .children_with(gov, &["dobj"])
                    .flat_map(|o| self.slot(o, 0))
                    .collect();
                if !thanked.is_empty() {
                    // The giver is the thanked (its first, state, party);
                    // the thanker's side receives.
                    let giver: Vec<usize> = thanked
                        .iter()
                        .copied()
                        .filter(|&m| self.doc.actors[m].sector.as_deref() == Some("GOV"))
                        .take(1)
                        .collect();
                    let giver = if giver.is_empty() {
                        thanked[..1].to_vec()
                    } else {
                        giver
                    };
                    let thanker: Vec<usize> = self
                        .subject_of(gov)
                        .map(|sj| self.slot(sj, 0))
                        .unwrap_or_default();
                    let rec = self.country_actor_for(&thanker);
                    return (self.args_of(giver, 0.8), self.args_of(rec, 0.6), false);
                }
            }
        }

        // Recipients: objects and prepositional parties of the trigger and
        // of the light verb.
        let heads: Vec<usize> = [Some(c.tok), c.light].into_iter().flatten().collect();
        for &h in &heads {
            for ch in t.children(h).to_vec() {
                match t.dep(ch) {
                    "dobj" | "dative" | "iobj" | "nsubjpass"
                        if h == c.tok && (is_verb_trigger || c.light.is_some()) =>
                    {
                        if c.light == Some(h) {
                            continue;
                        }
                        if t.dep(ch) == "nsubjpass" && !passive {
                            continue;
                        }
                        if REACTIONS.contains(&sense.event_type) && self.names_act(ch) {
                            // the act's doer ("by ..."), else found later
                            // from the act reported before
                            recip_m.extend(self.act_agents(ch));
                            continue;
                        }
                        recip_m.extend(self.slot(ch, 0));
                    }
                    "dobj" if c.light == Some(h) => {}
                    "prep" => {
                        let p = t.lower(ch);
                        for o in t.children_with(ch, &["pobj"]) {
                            let ms = self.slot(o, 0);
                            match p.as_str() {
                                "between" | "among" => {
                                    between = true;
                                    let _ = ms;
                                    recip_m.extend(self.slot_deep(o));
                                }
                                "with" | "to" | "against" | "on" | "toward" | "towards"
                                | "into" | "over" | "for" | "from" | "at" => {
                                    // a place after "at"/"to" is a recipient only
                                    // when it is a party, not just a location
                                    recip_m.extend(ms.into_iter().filter(|&m| {
                                        !(matches!(p.as_str(), "at")
                                            && self.doc.actors[m].label == Some(EntityLabel::Fac))
                                    }));
                                }
                                _ => {}
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        // Objects of light verbs carry their parties in the noun: "support
        // for Japan's initiatives", "cooperation between A and B".
        if recip_m.is_empty() {
            for &h in &heads {
                for o in t.children_with(h, &["dobj", "xcomp", "ccomp"]) {
                    // Reacting to an act ("protesting the shooting of a
                    // Mexican man by a U.S. agent"): its doer receives the
                    // reaction, not its victim.
                    if o != c.tok && REACTIONS.contains(&sense.event_type) && self.names_act(o) {
                        recip_m.extend(self.act_agents(o));
                        continue;
                    }
                    // What is sent is not whom it is sent to.
                    if o != c.tok {
                        recip_m.extend(self.slot(o, 0));
                    }
                    for ch in t.children_with(o, &["prep"]) {
                        let p = t.lower(ch);
                        for oo in t.children_with(ch, &["pobj"]) {
                            let ms = self.slot(oo, 0);
                            if p == "between" {
                                between = true;
                            }
                            if matches!(
                                p.as_str(),
                                "between" | "for" | "with" | "to" | "of" | "from" | "on"
                            ) {
                                recip_m.extend(ms);
                            }
                        }
                    }
                }
            }
        }
        // Still no recipient: a party named in the trigger's phrase.
        if recip_m.is_empty() && is_verb_trigger && sense.reliability >= 0.5 {
            let actor_args = self.args_of(actor_m.clone(), 1.0);
            let extra = self.recipients_in(c.tok, &actor_args);
            let mut a = self.args_of(actor_m, 0.9);
            let _ = &mut a;
            return (a, extra, between);
        }
        recip_m.retain(|m| !actor_m.contains(m));
        (
            self.args_of(actor_m, 0.9),
            self.args_of(recip_m, 0.8),
            between,
        )
    }

    /// The country (as a named mention if there is one) of these mentions.
    fn country_actor_for(&self, ms: &[usize]) -> Vec<usize> {
        let Some(&m) = ms.first() else {
            return Vec::new();
        };
        let c = self.doc.actors[m].country.clone();
        if c.is_none() {
            return Vec::new();
        }
        // Prefer a place mention of that country in the document.
        self.doc
            .actors
            .iter()
            .position(|a| {
                a.country == c && a.label == Some(EntityLabel::Gpe) && a.kind == MentionKind::Name
            })
            .map(|p| vec![p])
            .unwrap_or_else(|| vec![m])
    }

    fn modality(&self, c: &Candidate, verb: usize) -> Modality {
        let t = self.t;
        let mut chain = vec![c.tok];
        if let Some(l) = c.light {
            chain.push(l);
        }
        chain.push(verb);
        // climb xcomp/conj links: "will continue to support"; a verb the
        // parser coordinated with a noun object ("will provide mentorship
        // and share information") climbs on to that object's verb.
        let mut x = verb;
        let mut via_noun = false;
        for _ in 0..5 {
            let h = t.head(x);
            let dep = t.dep(x);
            let climbs = matches!(dep, "xcomp" | "conj" | "pcomp" | "prep" | "pobj" | "acomp")
                || via_noun && matches!(dep, "dobj" | "appos");
            if h == x || !climbs {
                break;
            }
            // A verb coordinated across a closing quote ("the deal would
            // “cut clearing time” and praised Dodoma") is the reporter's
            // clause, not the quoted one.
            if dep == "conj" && self.quote_between(h, x) {
                break;
            }
            if dep == "conj" && t.is_verb(x) && !t.is_verb(h) {
                via_noun = true;
            }
            x = h;
            chain.push(x);
        }
        let mut future = false;
        for &v in &chain {
            for &ch in t.children(v) {
                let w = t.lower(ch);
                if t.dep(ch) == "neg"
                    || matches!(w.as_str(), "never" | "not" | "n't" | "no") && t.dep(ch) != "det"
                {
                    return Modality::Negated;
                }
                if t.dep(ch) == "det" && w == "no" {
                    return Modality::Negated;
                }
                if t.dep(ch) == "aux" && matches!(w.as_str(), "could" | "might" | "may") {
                    return Modality::Hypothetical;
                }
                // "until he is freed", "unless they withdraw", "whether
                // China regarded ...": not (yet) real.
                if t.dep(ch) == "mark"
                    && matches!(w.as_str(), "if" | "unless" | "until" | "whether")
                {
                    return Modality::Hypothetical;
                }
                if t.dep(ch) == "aux"
                    && matches!(w.as_str(), "will" | "shall" | "'ll" | "would" | "wo")
                {
                    future = true;
                }
            }
            if matches!(
                self.lemma(v).as_str(),
                "plan"
                    | "intend"
                    | "wish"
                    | "want"
                    | "aim"
                    | "hope"
                    | "expect"
                    | "seek"
                    | "prepare"
                    | "schedule"
            ) && v != c.tok
            {
                future = true;
            }
        }
        // "failed to unlock the aid": it did not happen.
        if chain
            .iter()
            .any(|&v| v != c.tok && matches!(self.lemma(v).as_str(), "fail"))
        {
            return Modality::Negated;
        }
        // Others' expectations are not the act: "Analysts expect Russia to
        // expel ...", "observers fear the army will ...".
        let own_subject = t.children_with(verb, &["nsubj", "nsubjpass"]).next();
        for a in t.ancestors(verb).into_iter().take(3) {
            if matches!(
                self.lemma(a).as_str(),
                "expect"
                    | "predict"
                    | "anticipate"
                    | "fear"
                    | "speculate"
                    | "suspect"
                    | "believe"
                    | "doubt"
                    | "think"
            ) && let Some(theirs) = t.children_with(a, &["nsubj"]).next()
                && Some(theirs) != own_subject
                && t.children_with(a, &["auxpass"]).next().is_none()
            {
                return Modality::Hypothetical;
            }
        }
        // "no Moldovan diplomats had been asked", "nobody was arrested".
        if let Some(sj) = t.children_with(verb, &["nsubj", "nsubjpass"]).next()
            && (matches!(
                t.lower(sj).as_str(),
                "nobody" | "nothing" | "none" | "neither"
            ) || t
                .children(sj)
                .iter()
                .any(|&d| t.dep(d) == "det" && matches!(t.lower(d).as_str(), "no" | "neither")))
        {
            return Modality::Negated;
        }
        // A conditional clause anywhere up the tree ("If Serbia recognises
        // Kosovo, ..."), except on the act offered: "ready to send a vessel
        // if needed" is a real offer.
        let offered = t.dep(verb) == "xcomp"
            && matches!(
                self.lemma(t.head(verb)).as_str(),
                "ready" | "willing" | "prepared"
            );
        let own = std::iter::once(verb).filter(|_| !offered);
        for a in own.chain(t.ancestors(verb)) {
            if t.children(a).iter().any(|&ch| {
                t.dep(ch) == "advcl"
                    && t.children(ch).iter().any(|&m| {
                        t.dep(m) == "mark" && matches!(t.lower(m).as_str(), "if" | "unless")
                    })
            }) {
                return Modality::Hypothetical;
            }
        }
        // A direct question ("Will Ghana send troops?", "Is Dhaka ready to
        // help?") asks whether the act happens; it does not report it. A
        // reporter's question that states a fact in a subordinate clause
        // keeps its event, as the top of the chain is then not the root.
        if self.is_question_clause(*chain.last().unwrap_or(&verb)) {
            return Modality::Hypothetical;
        }
        // "is unlikely to invade": a forecast that it will not happen.
        if t.dep(verb) == "xcomp" && self.lemma(t.head(verb)) == "unlikely" {
            return Modality::Hypothetical;
        }
        // "is to visit", "are set to meet", "ready to supply"
        if t.dep(verb) == "xcomp"
            && matches!(
                self.lemma(t.head(verb)).as_str(),
                "be" | "set"
                    | "due"
                    | "scheduled"
                    | "schedule"
                    | "ready"
                    | "prepared"
                    | "willing"
                    | "poised"
                    | "likely"
                    | "expected"
            )
        {
            future = true;
        }
        // A headline's bare infinitive: "ADB to fund canal repairs".
        if matches!(t.dep(verb), "ROOT" | "conj" | "parataxis")
            && t.children(verb)
                .iter()
                .any(|&a| t.dep(a) == "aux" && t.lower(a) == "to")
        {
            future = true;
        }
        if future {
            Modality::Future
        } else {
            Modality::Asserted
        }
    }

    /// Whether `top` heads a direct question: it is its sentence's root,
    /// the sentence ends in "?", and it opens with an auxiliary, a modal or a
    /// wh-word ("Will ...", "Is ...", "Why did ...").
    fn is_question_clause(&self, top: usize) -> bool {
        let t = self.t;
        if t.head(top) != top {
            return false;
        }
        let mut range = self.doc.sentences[t.sentence_of(top)].tokens.clone();
        let (Some(first), Some(last)) = (
            range.clone().find(|&i| t.tok(i).pos != "PUNCT"),
            range.next_back(),
        ) else {
            return false;
        };
        t.lower(last) == "?"
            && (t.tok(first).pos == "AUX"
                || matches!(t.tok(first).tag, "MD" | "WDT" | "WP" | "WRB"))
    }

    fn date_of(&self, c: &Candidate, verb: usize, future: bool) -> Option<EventDate> {
        let t = self.t;
        let s = t.sentence_of(c.tok);
        let in_sentence = self.doc.sentences[s].tokens.clone();
        // The nearest date (by head token; on a tie the earlier entity) that
        // hangs off the trigger's clause: walk out from the trigger, nearest
        // first, so the first attached one is the answer.
        let heads = &self.date_heads;
        let (mut l, mut r) = {
            let at = heads.partition_point(|&(h, _)| h < c.tok);
            (at, at)
        };
        let mut span = None;
        for _ in 0..DATE_SCAN_CAP {
            let left = l
                .checked_sub(1)
                .map(|k| heads[k])
                .filter(|(h, _)| in_sentence.contains(h));
            let right = heads
                .get(r)
                .copied()
                .filter(|(h, _)| in_sentence.contains(h));
            let (h, k) = match (left, right) {
                (None, None) => break,
                (Some(a), Some(b)) if (c.tok - a.0, a.1) < (b.0 - c.tok, b.1) => {
                    l -= 1;
                    a
                }
                (Some(a), None) => {
                    l -= 1;
                    a
                }
                (_, Some(b)) => {
                    r += 1;
                    b
                }
            };
            let attached = [c.tok, verb]
                .into_iter()
                .chain(c.light)
                .any(|x| t.dominates(x, h) && !self.crosses_clause(x, h));
            if attached {
                span = Some(self.doc.entities[k].span);
                break;
            }
        }
        let span = span?;
        let mut text = self.doc.slice(span).to_string();
        // "the same day" may be labelled without its article
        if text.starts_with("the ") {
            text = text[4..].to_string();
        }
        let r = dates::resolve(&text, self.doc.date, future, self.last_date.as_ref())?;
        Some(EventDate {
            span,
            value: r.value,
            resolution: r.resolution,
        })
    }

    /// True when the path from `top` down to `low` enters another clause.
    fn crosses_clause(&self, top: usize, low: usize) -> bool {
        let t = self.t;
        let mut x = low;
        for _ in 0..t.len() {
            if x == top {
                return false;
            }
            if matches!(t.dep(x), "relcl" | "ccomp" | "advcl" | "acl") && x != low {
                return true;
            }
            let h = t.head(x);
            if h == x {
                return false;
            }
            x = h;
        }
        false
    }

    fn location_of(
        &self,
        c: &Candidate,
        verb: usize,
        actor: &[Argument],
        recip: &[Argument],
    ) -> Option<EventLocation> {
        let t = self.t;
        let mut anchors = vec![c.tok, verb];
        anchors.extend(c.light);
        anchors.extend(
            actor
                .iter()
                .chain(recip.iter())
                .map(|a| self.doc.actors[a.actor].head),
        );
        for &h in &anchors {
            if h >= t.len() {
                continue;
            }
            for p in t.children_with(h, &["prep"]) {
                if !matches!(t.lower(p).as_str(), "in" | "at" | "to") {
                    continue;
                }
                for o in t.children_with(p, &["pobj"]) {
                    for &m in &self.actor_at[o] {
                        let a = &self.doc.actors[m];
                        if matches!(
                            a.label,
                            Some(EntityLabel::Gpe | EntityLabel::Loc | EntityLabel::Fac)
                        ) && (t.lower(p) != "to" || c.sense.mode == Some("visit"))
                        {
                            return Some(EventLocation {
                                span: a.span,
                                country: a.country.clone(),
                            });
                        }
                    }
                }
            }
        }
        None
    }

    fn score(&self, sense: &Sense, actor: &[Argument], recip: &[Argument], has_date: bool) -> f32 {
        let a = actor.iter().map(|x| x.score).fold(0.0f32, f32::max);
        let r = if recip.is_empty() { 0.0 } else { 1.0 };
        let completeness = 0.55 + 0.3 * a.min(1.0) + 0.1 * r + 0.05 * f32::from(u8::from(has_date));
        (sense.reliability * completeness).clamp(0.0, 1.0)
    }
}
