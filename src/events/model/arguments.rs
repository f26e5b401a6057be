//! The learned argument-role model: for an event the detection model kept,
//! which party mentions are its actors and which its recipients.
//!
//! Candidates are the sentence's party mentions (coded, or named people and
//! organisations) and the parties the event would carry over from the one
//! just before. Each (event, mention) pair is described by its type, how
//! the mention hangs from the trigger's verb, its place, kind, label and
//! sector, and what the rules and the parse heuristics made of it; two
//! logistic regressions (actor, recipient) score it.

use super::linear::{Fit, Linear};
use super::{Prepared, roles};
use crate::doc::{Argument, Doc, Event};
use std::collections::HashMap;

/// The best-scoring mention takes a role at `threshold * BEST_FACTOR`.
const BEST_FACTOR: f32 = 0.7;
/// Further mentions take the same role only when this sure.
const EXTRA: f32 = 0.8;

/// The weights of the two role classifiers and their vocabulary.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleModel {
    pub features: Vec<String>,
    pub vocab: HashMap<String, u32>,
    /// Rows: actor, recipient.
    pub linear: Linear,
    /// A mention takes a role when P ≥ this (the best one needs only
    /// `threshold / 2`).
    pub threshold: f32,
}

/// Whether mention `k` fills one of the event's slots already.
fn role_of(e: &Event, k: usize) -> &'static str {
    if e.actor.iter().any(|a| a.actor == k) {
        "actor"
    } else if e.recipient.iter().any(|a| a.actor == k) {
        "recipient"
    } else {
        "none"
    }
}

fn bucket(n: usize) -> &'static str {
    match n {
        0 => "0",
        1..=2 => "1-2",
        3..=5 => "3-5",
        6..=10 => "6-10",
        _ => "11+",
    }
}

/// The most mentions of a sentence weighed for one event's roles.
const NEAREST_MENTIONS: usize = 64;

/// The candidates of event `e` (mention indices) with their features.
pub fn candidates(
    doc: &Doc,
    p: &Prepared,
    e: &Event,
    carried: &[usize],
) -> Vec<(usize, Vec<String>)> {
    let s = e.sentence;
    let range = doc.sentences[s].tokens.clone();
    let trig = range
        .clone()
        .find(|&i| doc.tokens[i].span.end > e.trigger.start)
        .unwrap_or(range.start);
    let verb = roles::governing_verb(doc, s, trig);
    let (ha, hr) = roles::assign(doc, s, trig, &p.actors);
    let speaker = p.speaker;
    let t = e.event_type.as_str();
    let mut out: Vec<(usize, Vec<String>)> = Vec::new();
    let mut seen: Vec<usize> = Vec::new();
    let here: Vec<usize> = p
        .actors
        .iter()
        .copied()
        .filter(|&k| roles::party(doc, k))
        .collect();
    // In a run-on "sentence" of thousands of mentions, only the nearest
    // ones can be the event's parties: weigh those, so the work per event
    // stays bounded (real sentences have far fewer).
    let near: Vec<bool> = if here.len() > NEAREST_MENTIONS {
        let mut by_dist: Vec<usize> = (0..here.len()).collect();
        by_dist.sort_by_key(|&i| (trig.abs_diff(doc.actors[here[i]].head), i));
        let mut keep = vec![false; here.len()];
        for &i in &by_dist[..NEAREST_MENTIONS] {
            keep[i] = true;
        }
        keep
    } else {
        vec![true; here.len()]
    };
    for (order, &k) in here.iter().enumerate() {
        if !near[order] {
            continue;
        }
        seen.push(k);
        let a = &doc.actors[k];
        let mut f: Vec<String> = Vec::new();
        let mut both = |x: String| {
            f.push(format!("{t}&{x}"));
            f.push(x);
        };
        both(format!("rule={}", role_of(e, k)));
        let heur = if ha.iter().any(|x| x.actor == k) {
            "actor"
        } else if hr.iter().any(|x| x.actor == k) {
            "recipient"
        } else {
            "none"
        };
        both(format!("heur={heur}"));
        let h = a.head;
        let side = if a.span.end <= e.trigger.start {
            "before"
        } else {
            "after"
        };
        both(format!("side={side}"));
        let dist = trig.abs_diff(h);
        both(format!("dist={side}:{}", bucket(dist)));
        if range.contains(&h) {
            let branch = roles::branch_label(doc, h, verb, &range).unwrap_or("-");
            both(format!("branch={branch}"));
            let head = doc.tokens[h].head;
            if range.contains(&head) && doc.tokens[head].pos == "ADP" {
                both(format!("prep={}", doc.tokens[head].lemma.to_lowercase()));
            }
            both(format!("dep={}", doc.tokens[h].dep));
        }
        both(format!("kind={}", a.kind.as_str()));
        both(format!(
            "label={}",
            a.label.map(|l| l.as_str()).unwrap_or("-")
        ));
        both(format!("sector={}", a.sector.as_deref().unwrap_or("-")));
        both(format!("coded={}", a.country.is_some()));
        if order == 0 {
            both("first".into());
        }
        if speaker == Some(k) {
            both("speaker".into());
        }
        out.push((k, f));
    }
    for &k in carried {
        if seen.contains(&k) || here.iter().any(|&m| same(doc, m, k)) {
            continue;
        }
        seen.push(k);
        let mut f = vec![format!("carried"), format!("{t}&carried")];
        f.push(format!("carried={}", role_of(e, k)));
        f.push(format!("{t}&carried={}", role_of(e, k)));
        out.push((k, f));
    }
    out
}

/// Whether two mentions stand for the same party (country, else name).
pub fn same(doc: &Doc, a: usize, b: usize) -> bool {
    let (x, y) = (&doc.actors[a], &doc.actors[b]);
    match (&x.country, &y.country) {
        (Some(c), Some(d)) => c == d,
        _ => x.name.eq_ignore_ascii_case(&y.name),
    }
}

impl RoleModel {
    fn probs(&self, f: &[String]) -> Vec<f32> {
        let x: Vec<u32> = f
            .iter()
            .filter_map(|s| self.vocab.get(s).copied())
            .collect();
        self.linear.probs(&x)
    }

    /// Rewrites the event's actor and recipient lists from the model.
    pub fn apply(&self, doc: &Doc, p: &Prepared, e: &mut Event, carried: &[usize]) {
        let cands = candidates(doc, p, e, carried);
        if cands.is_empty() {
            return;
        }
        let scored: Vec<(usize, f32, f32)> = cands
            .iter()
            .map(|(k, f)| {
                let pr = self.probs(f);
                (*k, pr[0], pr[1])
            })
            .collect();
        let pick = |role: usize, taken: &[usize]| -> Vec<usize> {
            let score = |x: &(usize, f32, f32)| if role == 0 { x.1 } else { x.2 };
            let free: Vec<&(usize, f32, f32)> = scored
                .iter()
                .filter(|x| !taken.iter().any(|&t| same(doc, t, x.0)))
                .collect();
            let Some(best) = free
                .iter()
                .copied()
                .max_by(|a, b| score(a).total_cmp(&score(b)))
            else {
                return Vec::new();
            };
            if score(best) < self.threshold * BEST_FACTOR {
                return Vec::new();
            }
            let mut out = vec![best.0];
            for x in free {
                if x.0 != best.0 && score(x) >= EXTRA && !out.iter().any(|&o| same(doc, o, x.0)) {
                    out.push(x.0);
                }
            }
            out
        };
        let actors = pick(0, &[]);
        let recipients = pick(1, &actors);
        let keep = |old: &[Argument], ks: &[usize], score: f32| -> Vec<Argument> {
            ks.iter()
                .map(|&k| {
                    old.iter()
                        .find(|a| a.actor == k)
                        .cloned()
                        .unwrap_or_else(|| {
                            let in_sentence = doc.actors[k].sentence == e.sentence;
                            Argument {
                                actor: k,
                                span: in_sentence.then_some(doc.actors[k].span),
                                score: score * doc.actors[k].score.max(0.3),
                            }
                        })
                })
                .collect()
        };
        let old: Vec<Argument> = e.actor.iter().chain(&e.recipient).cloned().collect();
        if e.actor.is_empty() {
            e.actor = keep(&old, &actors, 0.5);
        }
        if e.recipient.is_empty() {
            let rs: Vec<usize> = recipients
                .into_iter()
                .filter(|&k| !e.actor.iter().any(|a| same(doc, a.actor, k)))
                .collect();
            e.recipient = keep(&old, &rs, 0.5);
        }
    }

    /// Fits the two classifiers on (features, is-actor, is-recipient) samples.
    pub fn fit(samples: &[(Vec<String>, bool, bool)], l2: f32, iters: usize) -> RoleModel {
        let rows: Vec<&[String]> = samples.iter().map(|(f, _, _)| f.as_slice()).collect();
        let (features, vocab, xs) = super::linear::vocabulary(&rows, 2);
        let ys: Vec<Vec<bool>> = samples.iter().map(|(_, a, r)| vec![*a, *r]).collect();
        let linear = Linear::fit(
            &xs,
            &ys,
            2,
            features.len(),
            Fit {
                l2,
                iters,
                ..Fit::default()
            },
        );
        RoleModel {
            features,
            vocab,
            linear,
            threshold: 0.5,
        }
    }
}
