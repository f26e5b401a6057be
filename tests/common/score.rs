//! A minimal scorer for DESIGN.md §4: event detection matches
//! (doc, sentence index, type) one-to-one; arguments match
//! (doc, type, role, actor) with the actor keyed by country code, or by
//! normalised name when no country is known. The full `attache eval` is its
//! own component; this one only backs the end-to-end test.

use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

#[derive(Clone, Copy, Debug, Default)]
pub struct Prf {
    pub tp: usize,
    pub gold: usize,
    pub pred: usize,
}

impl Prf {
    pub fn p(&self) -> f64 {
        if self.pred == 0 {
            0.0
        } else {
            self.tp as f64 / self.pred as f64
        }
    }
    pub fn r(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.tp as f64 / self.gold as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn norm_name(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn actor_key(a: &Value) -> String {
    match a["country"].as_str() {
        Some(c) if !c.is_empty() => c.to_string(),
        _ => format!("name:{}", norm_name(a["name"].as_str().unwrap_or(""))),
    }
}

/// Multiset one-to-one matching of keys, counted per event type.
fn tally(gold: &[(String, String)], pred: &[(String, String)]) -> BTreeMap<String, Prf> {
    let mut out: BTreeMap<String, Prf> = BTreeMap::new();
    let mut left: HashMap<&String, usize> = HashMap::new();
    for (ty, k) in gold {
        out.entry(ty.clone()).or_default().gold += 1;
        *left.entry(k).or_default() += 1;
    }
    for (ty, k) in pred {
        let e = out.entry(ty.clone()).or_default();
        e.pred += 1;
        if let Some(n) = left.get_mut(k)
            && *n > 0
        {
            *n -= 1;
            e.tp += 1;
        }
    }
    out
}

fn detection_keys(events: &[Value]) -> Vec<(String, String)> {
    events
        .iter()
        .map(|e| {
            let ty = e["event_type"].as_str().unwrap_or("").to_string();
            let k = format!(
                "{}|{}|{}",
                e["doc_id"].as_str().unwrap_or(""),
                e["sentence"]["index"],
                ty
            );
            (ty, k)
        })
        .collect()
}

fn argument_keys(events: &[Value]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for e in events {
        let ty = e["event_type"].as_str().unwrap_or("").to_string();
        for role in ["actor", "recipient"] {
            for a in e[role].as_array().into_iter().flatten() {
                let k = format!(
                    "{}|{}|{}|{}",
                    e["doc_id"].as_str().unwrap_or(""),
                    ty,
                    role,
                    actor_key(a)
                );
                out.push((ty.clone(), k));
            }
        }
    }
    out
}

pub struct Report {
    pub detection: BTreeMap<String, Prf>,
    pub arguments: BTreeMap<String, Prf>,
}

fn total(m: &BTreeMap<String, Prf>) -> Prf {
    m.values().fold(Prf::default(), |a, b| Prf {
        tp: a.tp + b.tp,
        gold: a.gold + b.gold,
        pred: a.pred + b.pred,
    })
}

impl Report {
    pub fn detection_total(&self) -> Prf {
        total(&self.detection)
    }
    pub fn arguments_total(&self) -> Prf {
        total(&self.arguments)
    }

    pub fn table(&self) -> String {
        let mut s = String::from(
            "type        | detection P/R/F1 (tp/gold/pred) | arguments P/R/F1 (tp/gold/pred)\n",
        );
        let types: Vec<&String> = self.detection.keys().chain(self.arguments.keys()).collect();
        let mut seen = Vec::new();
        for ty in types {
            if seen.contains(&ty) {
                continue;
            }
            seen.push(ty);
            let d = self.detection.get(ty).copied().unwrap_or_default();
            let a = self.arguments.get(ty).copied().unwrap_or_default();
            s += &row(ty, d, a);
        }
        s += &row("ALL", self.detection_total(), self.arguments_total());
        s
    }
}

fn row(ty: &str, d: Prf, a: Prf) -> String {
    format!(
        "{ty:<11} | {:.2} {:.2} {:.2} ({}/{}/{}) | {:.2} {:.2} {:.2} ({}/{}/{})\n",
        d.p(),
        d.r(),
        d.f1(),
        d.tp,
        d.gold,
        d.pred,
        a.p(),
        a.r(),
        a.f1(),
        a.tp,
        a.gold,
        a.pred
    )
}

pub fn score(gold: &[Value], pred: &[Value]) -> Report {
    Report {
        detection: tally(&detection_keys(gold), &detection_keys(pred)),
        arguments: tally(&argument_keys(gold), &argument_keys(pred)),
    }
}

pub fn read_jsonl(path: &str) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}
