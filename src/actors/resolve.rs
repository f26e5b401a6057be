//! Within-document resolution: a surname or misspelt name to the full
//! mention, "the ministry" / "the ambassador" to the body or person named
//! before, pronouns to their antecedents, "both sides" to the two parties.

use super::dict::fold;
use super::mention::{Found, is_state_sector};
use super::tree::Tree;
use crate::doc::{Doc, EntityLabel, MentionKind, Span};
use std::collections::HashMap;

/// Follow `refers` to the mention that carries the name.
pub fn root(found: &[Found], mut i: usize) -> usize {
    for _ in 0..found.len() {
        match found[i].actor.kind {
            MentionKind::Group => return i,
            _ => match found[i].actor.refers.first() {
                Some(&j) if j != i => i = j,
                _ => return i,
            },
        }
    }
    i
}

fn words(s: &str) -> Vec<String> {
    fold(s)
        .split([' ', '-'])
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Optimal string alignment distance, for misspelt names ("Mashiro").
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[n][m]
}

/// Whether person name words `short` name the same person as `full`.
pub(crate) fn same_person(short: &[String], full: &[String]) -> bool {
    if short.is_empty() || full.is_empty() {
        return false;
    }
    if short.iter().all(|w| full.contains(w)) {
        return true;
    }
    // One misspelt word ("Mashiro" for "Masahiro", "Galiano" for "Galliano").
    short.len() == 1
        && short[0].len() >= 5
        && full
            .iter()
            .any(|w| w.len() >= 5 && edit_distance(&short[0], w) <= 1)
}

/// Copy the code of mention `from` into mention `to` (which refers to it).
fn inherit(found: &mut [Found], to: usize, from: usize, factor: f32) {
    let src = found[from].actor.clone();
    let dst = &mut found[to];
    dst.actor.refers = vec![from];
    dst.actor.name = src.name.clone();
    if dst.actor.label.is_none() {
        dst.actor.label = src.label;
    }
    if !dst.self_coded || dst.actor.country.is_none() {
        dst.actor.country = src.country.clone();
    }
    if dst.actor.sector.is_none() || !dst.self_coded {
        dst.actor.sector = src.sector.clone().or(dst.actor.sector.take());
    }
    if dst.actor.office.is_none() {
        dst.actor.office = src.office.clone();
    }
    let own = dst.actor.score;
    dst.actor.score = (src.score * factor).max(own * 0.5).min(0.99);
}

/// What the mentions already resolved look like, so that each new mention
/// finds its antecedent without scanning every mention before it (a 10 MB
/// article has hundreds of thousands). Every lookup gives the same answer
/// as a backward scan would: a mention's layer is final once resolved.
#[derive(Default)]
struct Seen {
    /// Mentions so far per root: how much an entity has been talked about.
    per_root: HashMap<usize, usize>,
    /// Person names that stand on their own (no antecedent), one entry per
    /// distinct name, ordered by their latest mention.
    persons: Vec<(Vec<String>, usize)>,
    /// Mentions with no antecedent by folded name; per name at most one
    /// per (label, self-coded), the latest.
    by_name: HashMap<String, Vec<usize>>,
    /// The latest non-definite name of the home country.
    home_gpe: Option<usize>,
}

impl Seen {
    /// How many mentions so far share `j`'s root.
    fn salience(&self, found: &[Found], j: usize) -> usize {
        self.per_root.get(&root(found, j)).copied().unwrap_or(0)
    }

    /// Record mention `m`, now resolved.
    fn add(&mut self, found: &[Found], m: usize, home: Option<&str>) {
        *self.per_root.entry(root(found, m)).or_default() += 1;
        let a = &found[m].actor;
        if a.kind == MentionKind::Name
            && a.label == Some(EntityLabel::Gpe)
            && a.country.as_deref() == home
            && !found[m].definite
        {
            self.home_gpe = Some(m);
        }
        if !a.refers.is_empty() {
            return;
        }
        if a.kind == MentionKind::Name && a.label == Some(EntityLabel::Person) {
            let w = words(&a.name);
            self.persons.retain(|(p, _)| *p != w);
            self.persons.push((w, m));
        }
        let same = |j: &usize| {
            found[*j].actor.label == a.label && found[*j].self_coded == found[m].self_coded
        };
        let list = self.by_name.entry(fold(&a.name)).or_default();
        list.retain(|j| !same(j));
        list.push(m);
    }
}

fn is_subject(t: &Tree, i: usize) -> bool {
    matches!(t.dep(i), "nsubj" | "nsubjpass")
}

const PERSON_TITLE_HEADS: &[&str] = &[
    "AMBASSADOR",
    "ENVOY",
    "MINISTER",
    "GOVERNOR",
    "PRESIDENT",
    "OFFICIAL",
    "PM",
    "PREMIER",
    "CHAIRMAN",
    "CEO",
    "DIPLOMAT",
    "SPOKESMAN",
    "SPOKESWOMAN",
    "SPOKESPERSON",
    "CHANCELLOR",
    "LEADER",
    "SECRETARY",
    "MAYOR",
    "KING",
    "EMIR",
    "DIRECTOR",
];

/// Expansions so "the Deputy PM" finds "Deputy Prime Minister".
fn title_words(office: &str) -> Vec<String> {
    let mut w = words(office);
    if w.iter().any(|x| x == "PRIME") && w.iter().any(|x| x == "MINISTER") {
        w.push("PM".into());
    }
    w
}

pub fn resolve(doc: &Doc, t: &Tree, found: &mut [Found], home: Option<&str>) {
    let mut seen = Seen::default();
    for m in 0..found.len() {
        let kind = found[m].actor.kind;
        let sent = found[m].actor.sentence;
        match kind {
            MentionKind::Name if found[m].actor.label == Some(EntityLabel::Person) => {
                let short = words(doc.slice(found[m].actor.span));
                let ante = seen
                    .persons
                    .iter()
                    .rev()
                    .find(|(full, _)| same_person(&short, full))
                    .map(|&(_, j)| j);
                if let Some(j) = ante {
                    inherit(found, m, j, 0.95);
                }
            }
            MentionKind::Name
                if found[m].actor.label == Some(EntityLabel::Org)
                    || found[m].actor.country.is_none()
                    || found[m].home_default =>
            {
                let key = fold(&found[m].actor.name);
                let uncoded = found[m].actor.country.is_none() || found[m].home_default;
                let ante = seen.by_name.get(&key).and_then(|list| {
                    list.iter()
                        .copied()
                        .filter(|&j| {
                            found[j].actor.label == found[m].actor.label
                                || uncoded && found[j].self_coded
                        })
                        .max()
                });
                if let Some(j) = ante {
                    inherit(found, m, j, 1.0);
                }
            }
            MentionKind::Name => {
                if found[m].definite {
                    // "the Kingdom": the home country, under the name used before.
                    if let Some(j) = seen.home_gpe {
                        inherit(found, m, j, 0.9);
                    }
                }
            }
            MentionKind::Nominal => resolve_nominal(t, found, m, home, &seen),
            MentionKind::Pronoun => {
                let w = found[m].head_word.as_str();
                let start = found[m].actor.span.start;
                // Mentions are in text order: the window is a suffix of 0..m.
                let from = found[..m].partition_point(|f| f.actor.sentence + 2 < sent);
                let window = |j: usize| found[j].actor.span.start < start;
                let person = |f: &Found| {
                    f.actor.label == Some(EntityLabel::Person)
                        || f.actor.kind == MentionKind::Nominal
                            && PERSON_TITLE_HEADS.contains(&f.head_word.as_str())
                };
                let pick = match w {
                    "HE" | "SHE" | "HIM" | "HER" => {
                        // The most talked-about person nearby, then a
                        // subject, then the nearest.
                        let cands: Vec<usize> = (from..m)
                            .rev()
                            .filter(|&j| window(j) && person(&found[j]))
                            .collect();
                        cands
                            .iter()
                            .copied()
                            .enumerate()
                            .max_by_key(|&(rank, j)| {
                                (
                                    seen.salience(found, j),
                                    is_subject(t, found[j].actor.head),
                                    std::cmp::Reverse(rank),
                                )
                            })
                            .map(|(_, j)| j)
                    }
                    "IT" => (from..m)
                        .rev()
                        .filter(|&j| {
                            window(j)
                                && !person(&found[j])
                                && found[j].actor.kind != MentionKind::Pronoun
                                && found[j].actor.is_coded()
                        })
                        .find(|&j| is_subject(t, found[j].actor.head)),
                    "THEY" | "THEM" => (from..m).rev().filter(|&j| window(j)).find(|&j| {
                        found[j].actor.kind == MentionKind::Group
                            || found[j].actor.kind == MentionKind::Nominal
                                && t.tok(found[j].actor.head).tag == "NNS"
                    }),
                    _ => None,
                };
                if let Some(j) = pick {
                    if found[j].actor.kind == MentionKind::Group {
                        found[m].actor.refers = found[j].actor.refers.clone();
                        found[m].actor.kind = MentionKind::Group;
                        found[m].actor.score = found[j].actor.score * 0.9;
                    } else {
                        let r = root(found, j);
                        inherit(found, m, r, 0.8);
                    }
                }
            }
            MentionKind::Group => {
                // The two most recent distinct parties named before.
                let start = found[m].actor.span.start;
                let want_person = matches!(found[m].head_word.as_str(), "LEADERS" | "MINISTERS");
                let want_place = matches!(found[m].head_word.as_str(), "COUNTRIES" | "NATIONS");
                let mut members: Vec<usize> = Vec::new();
                let mut countries: Vec<String> = Vec::new();
                for j in (0..m).rev() {
                    if found[j].actor.sentence + 3 < sent {
                        break;
                    }
                    if found[j].actor.span.start >= start
                        || matches!(found[j].actor.kind, MentionKind::Group)
                    {
                        continue;
                    }
                    let r = root(found, j);
                    let is_person = found[r].actor.label == Some(EntityLabel::Person);
                    if want_person && !is_person || want_place && is_person {
                        continue;
                    }
                    let Some(c) = found[r].actor.country.clone() else {
                        continue;
                    };
                    if c.len() != 3 || countries.contains(&c) {
                        continue;
                    }
                    countries.push(c);
                    members.push(r);
                    if members.len() == 2 {
                        break;
                    }
                }
                if members.len() == 2 {
                    members.reverse();
                    let score = members
                        .iter()
                        .map(|&r| found[r].actor.score)
                        .fold(1.0f32, f32::min)
                        * 0.8;
                    found[m].actor.refers = members;
                    found[m].actor.score = score;
                }
            }
        }
        seen.add(found, m, home);
    }
}

fn resolve_nominal(t: &Tree, found: &mut [Found], m: usize, home: Option<&str>, seen: &Seen) {
    let head = found[m].head_word.clone();
    let sent = found[m].actor.sentence;
    let person_title = PERSON_TITLE_HEADS.contains(&head.as_str());
    let definite_det = t
        .children(found[m].actor.head)
        .iter()
        .any(|&c| t.lower(c) == "the");
    if !(found[m].definite || person_title && definite_det) {
        return;
    }
    let plural = t.tok(found[m].actor.head).tag == "NNS";
    let my_country = found[m]
        .actor
        .country
        .clone()
        .filter(|_| found[m].self_coded);
    let matches = |j: usize| {
        let f = &found[j];
        if f.actor.sentence + 12 < sent
            || matches!(f.actor.kind, MentionKind::Pronoun | MentionKind::Group)
            || j == m
        {
            return false;
        }
        if let Some(c) = &my_country
            && f.actor.country.as_ref() != Some(c)
        {
            return false;
        }
        let mut w = words(&f.actor.name);
        if let Some(o) = &f.actor.office {
            w.extend(title_words(o));
        }
        if person_title && plural {
            // "the ministers" → the group named before ("EU foreign
            // ministers"), not one of its members.
            f.actor.kind == MentionKind::Nominal && f.head_word == head && f.actor.is_coded()
        } else if person_title {
            // "the ambassador" → a person whose title says ambassador;
            // "the Japanese official" → a person of that country.
            f.actor.label == Some(EntityLabel::Person)
                && (w.contains(&head) || head == "OFFICIAL" && my_country.is_some())
        } else if matches!(
            head.as_str(),
            "BLOC" | "ORGANISATION" | "ORGANIZATION" | "ALLIANCE" | "GROUPING" | "BODY"
        ) {
            // "the bloc", "the organisation": the international body named
            // last.
            f.actor.label != Some(EntityLabel::Person) && f.actor.country.as_deref() == Some("IGO")
        } else {
            f.actor.label != Some(EntityLabel::Person)
                && (w.contains(&head)
                    || f.head_word == head && f.actor.kind == MentionKind::Nominal)
        }
    };
    // For people, the most mentioned match ("the Japanese official" is the
    // visiting governor, not a leader named once); otherwise the nearest.
    // Mentions are in text order; nothing more than 12 sentences back matches.
    let from = found[..m].partition_point(|f| f.actor.sentence + 12 < sent);
    let cands: Vec<usize> = (from..m).rev().filter(|&j| matches(j)).collect();
    let ante = if person_title {
        cands
            .iter()
            .copied()
            .enumerate()
            .max_by_key(|&(rank, j)| (seen.salience(found, j), std::cmp::Reverse(rank)))
            .map(|(_, j)| j)
    } else {
        cands.first().copied()
    };
    match ante {
        Some(j) => {
            let r = root(found, j);
            inherit(found, m, r, 0.85);
        }
        None => {
            if found[m].actor.country.is_none()
                && found[m]
                    .actor
                    .sector
                    .as_deref()
                    .is_some_and(is_state_sector)
            {
                found[m].actor.country = home.map(str::to_string);
                found[m].home_default = true;
            }
        }
    }
}

/// "We"/"I" inside a quotation stand for its speaker.
pub fn resolve_first_person(
    _doc: &Doc,
    _t: &Tree,
    found: &mut [Found],
    speakers: &[(Span, Option<usize>)],
) {
    for m in 0..found.len() {
        if found[m].actor.kind != MentionKind::Pronoun
            || !matches!(found[m].head_word.as_str(), "WE" | "US" | "I" | "ME")
        {
            continue;
        }
        let sp = found[m].actor.span;
        // Quotes are in text order and do not overlap: the only one that can
        // hold the pronoun is the last that starts at or before it.
        let k = speakers.partition_point(|(r, _)| r.start <= sp.start);
        if let Some((r, Some(s))) = k.checked_sub(1).map(|k| &speakers[k])
            && r.contains(sp)
        {
            let r = root(found, *s);
            if r != m {
                inherit(found, m, r, 0.8);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspelt_names_match_within_one_edit() {
        let full = words("Masahiro Mikami");
        assert!(same_person(&words("Mashiro"), &full));
        assert!(same_person(&words("Mikami"), &full));
        assert!(!same_person(&words("Mengdavid"), &full));
        assert!(same_person(&words("Galiano"), &words("Anthony Galliano")));
        assert_eq!(edit_distance("abcd", "abdc"), 1);
    }
}
