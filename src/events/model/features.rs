//! Features of one sentence for the event model, as strings (the model's
//! vocabulary maps them to weights; unknown ones are ignored).
//!
//! Words are lemmas of common words only: names of people and places are
//! replaced by their entity label, so the model learns what is done, not
//! who does it, and carries over to regions it never saw.

use super::candidates::{Candidate, Hit, Origin};
use crate::doc::{Doc, Token};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Cue classes of `data/lexicon/cues.tsv`: lemma → classes.
static CUES: LazyLock<HashMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    let mut m: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
    for line in include_str!("../../../data/lexicon/cues.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some((class, words)) = line.split_once('\t') {
            for w in words.split_whitespace() {
                m.entry(w).or_default().push(class.trim());
            }
        }
    }
    m
});

/// Whether `lemma` (lower case) is listed under cue class `class`.
pub fn has_cue(lemma: &str, class: &str) -> bool {
    CUES.get(lemma).is_some_and(|c| c.contains(&class))
}

fn word(t: &Token) -> Option<String> {
    match t.pos {
        "PUNCT" | "SPACE" | "X" | "SYM" | "NUM" | "PROPN" | "DET" | "CCONJ" | "PRON" => None,
        _ => Some(t.lemma.to_lowercase()),
    }
}

/// What a token stands for in a dependency feature: its lemma, or for a
/// name or number its class.
fn class(doc: &Doc, i: usize, ents: &Ents) -> String {
    let t = &doc.tokens[i];
    match (ents.get(i), t.pos) {
        (Some(l), _) => l.to_string(),
        (None, "PROPN") => "PROPN".to_string(),
        (None, "NUM") => "NUM".to_string(),
        (None, "PRON") => "PRON".to_string(),
        _ => t.lemma.to_lowercase(),
    }
}

/// Entity label of each token of one sentence.
struct Ents {
    from: usize,
    label: Vec<Option<&'static str>>,
}

impl Ents {
    fn get(&self, i: usize) -> Option<&'static str> {
        i.checked_sub(self.from)
            .and_then(|k| self.label.get(k).copied().flatten())
    }
}

fn bucket(n: usize) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        2 => "2",
        3..=4 => "3-4",
        _ => "5+",
    }
}

/// The features of sentence `s` given its rule candidates, lexicon hits
/// and the indices of its actor mentions. Cost is linear in the sentence
/// (plus its entities), never in the document.
pub fn sentence_features(
    doc: &Doc,
    s: usize,
    cands: &[Candidate],
    hits: &[Hit],
    actors: &[usize],
) -> Vec<String> {
    let sent = &doc.sentences[s];
    let range = sent.tokens.clone();
    let mut f: Vec<String> = Vec::with_capacity(4 * range.len() + 16);
    // Entity label of each token of the sentence (others None).
    let mut ents = Ents {
        from: range.start,
        label: vec![None; range.len()],
    };
    let first_ent = doc
        .entities
        .partition_point(|e| e.span.end <= sent.span.start);
    let mut labels = std::collections::BTreeMap::<&'static str, usize>::new();
    for e in doc.entities[first_ent..]
        .iter()
        .take_while(|e| e.span.start < sent.span.end)
    {
        *labels.entry(e.label.as_str()).or_default() += 1;
        // The sentence's tokens that overlap the entity (tokens in order).
        let toks = &doc.tokens[range.clone()];
        let from = toks.partition_point(|t| t.span.end <= e.span.start);
        for (k, t) in toks.iter().enumerate().skip(from) {
            if t.span.start >= e.span.end {
                break;
            }
            if e.span.overlaps(t.span) {
                ents.label[k] = Some(e.label.as_str());
            }
        }
    }
    for (l, n) in &labels {
        f.push(format!("ent={l}"));
        f.push(format!("nent={l}:{}", bucket(*n)));
    }
    let mut prev: Option<String> = None;
    let mut neg = false;
    let mut will = false;
    for i in range.clone() {
        let t = &doc.tokens[i];
        let w = word(t);
        if let Some(w) = &w {
            f.push(format!("w={w}"));
            if t.pos == "VERB" {
                f.push(format!("v={w}"));
            }
        }
        let cur = w.clone().or_else(|| ents.get(i).map(str::to_string));
        if let (Some(p), Some(c)) = (&prev, &cur) {
            f.push(format!("bi={p}_{c}"));
        }
        if t.pos != "PUNCT" {
            prev = cur;
        }
        if t.dep == "neg" {
            neg = true;
        }
        if t.lemma.eq_ignore_ascii_case("will") && t.tag == "MD" {
            will = true;
        }
        if t.head == i || t.dep == "ROOT" {
            f.push(format!("root={}", class(doc, i, &ents)));
        } else if matches!(
            t.dep,
            "nsubj" | "nsubjpass" | "dobj" | "pobj" | "xcomp" | "ccomp" | "agent" | "attr"
        ) {
            let h = t.head;
            if range.contains(&h) {
                f.push(format!(
                    "dep={}>{}>{}",
                    class(doc, h, &ents),
                    t.dep,
                    class(doc, i, &ents)
                ));
            }
        }
    }
    // Cue classes, and whether they come with reported speech.
    let mut cues: Vec<&'static str> = range
        .clone()
        .filter_map(|i| CUES.get(doc.tokens[i].lemma.to_lowercase().as_str()))
        .flatten()
        .copied()
        .collect();
    cues.sort_unstable();
    cues.dedup();
    let speech = cues.contains(&"speech") || doc.slice(sent.span).contains(['"', '“', '”']);
    for c in cues.iter().filter(|&&c| c != "speech" && c != "place_prep") {
        f.push(format!("cue={c}"));
        if speech {
            f.push(format!("cue={c}:speech"));
        }
        if neg {
            f.push(format!("cue={c}:neg"));
        }
    }
    if neg {
        f.push("neg".into());
    }
    if will {
        f.push("will".into());
    }
    let text = doc.slice(sent.span);
    if text.contains(['"', '“', '”']) {
        f.push("quote".into());
    }
    f.push(format!("pos={}", bucket(s)));
    f.push(format!("len={}", bucket(range.len() / 8)));
    if super::super::headline::is_headline(doc, s) {
        f.push("headline".into());
    }
    // Coded actors of the sentence.
    let mut countries: Vec<&str> = actors
        .iter()
        .filter_map(|&a| doc.actors[a].country.as_deref())
        .collect();
    countries.sort_unstable();
    countries.dedup();
    f.push(format!("ncountries={}", bucket(countries.len())));
    for h in hits {
        let t = h.event_type.as_str();
        f.push(format!("lex={t}"));
        f.push(format!("lex={t}:{}", h.source));
        f.push(format!("lexw={t}:{}", h.key));
        if let Some(m) = h.mode {
            f.push(format!("lexm={t}:{m}"));
        }
        // The hit in its clause: how it attaches, and what it governs.
        let tok = &doc.tokens[h.token];
        f.push(format!("lexdep={t}:{}", tok.dep));
        if range.contains(&tok.head) && tok.head != h.token {
            f.push(format!("lexhead={t}:{}", class(doc, tok.head, &ents)));
        }
        for j in range.clone() {
            let c = &doc.tokens[j];
            if c.head == h.token
                && j != h.token
                && matches!(
                    c.dep,
                    "nsubj"
                        | "nsubjpass"
                        | "dobj"
                        | "prep"
                        | "aux"
                        | "neg"
                        | "xcomp"
                        | "agent"
                        | "dative"
                )
            {
                f.push(format!("lexkid={t}:{}:{}", c.dep, class(doc, j, &ents)));
            }
        }
    }
    for c in cands {
        let e = &c.event;
        let t = e.event_type.as_str();
        let origin = match c.origin {
            Origin::Rule => "rule",
            Origin::Dropped(why) => {
                f.push(format!("drop={t}:{why}"));
                "drop"
            }
        };
        f.push(format!("{origin}={t}"));
        f.push(format!("{origin}={t}:{}", e.modality.as_str()));
        f.push(format!("{origin}m={t}:{}", e.mode.unwrap_or("-")));
        f.push(format!("{origin}c={t}:{}", e.cameo));
        let trig = doc.slice(e.trigger).to_lowercase();
        f.push(format!("{origin}x={t}:{trig}"));
        f.push(format!(
            "{origin}a={t}:{}{}",
            !e.actor.is_empty() as u8,
            !e.recipient.is_empty() as u8
        ));
        let sc = (e.score * 4.0).floor().clamp(0.0, 3.0) as u8;
        f.push(format!("{origin}s={t}:{sc}"));
        if origin == "rule" {
            f.push("any_rule".into());
        }
    }
    f.sort_unstable();
    f.dedup();
    f
}
