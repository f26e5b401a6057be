//! Within-document resolution: a surname or misspelt name to the full
//! mention, "the ministry" / "the ambassador" to the body or person named
//! before, pronouns to their antecedents, "both sides" to the two parties.

use super::dict::fold;
use super::mention::{Found, is_state_sector};
use super::tree::Tree;
use crate::doc::{Doc, EntityLabel, MentionKind, Span};

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

/// How many mentions before `upto` share `j`'s root.
fn salience(found: &[Found], j: usize, upto: usize) -> usize {
    let r = root(found, j);
    (0..upto).filter(|&k| root(found, k) == r).count()
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
    for m in 0..found.len() {
        let kind = found[m].actor.kind;
        let sent = found[m].actor.sentence;
        match kind {
            MentionKind::Name if found[m].actor.label == Some(EntityLabel::Person) => {
                let short = words(doc.slice(found[m].actor.span));
                let ante = (0..m).rev().find(|&j| {
                    found[j].actor.kind == MentionKind::Name
                        && found[j].actor.label == Some(EntityLabel::Person)
                        && found[j].actor.refers.is_empty()
                        && same_person(&short, &words(&found[j].actor.name))
                });
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
                let ante = (0..m).rev().find(|&j| {
                    (found[j].actor.label == found[m].actor.label || uncoded && found[j].self_coded)
                        && found[j].actor.refers.is_empty()
                        && fold(&found[j].actor.name) == key
                });
                if let Some(j) = ante {
                    inherit(found, m, j, 1.0);
                }
            }
            MentionKind::Name => {
                if found[m].definite {
                    // "the Kingdom": the home country, under the name used before.
                    let ante = (0..m).rev().find(|&j| {
                        found[j].actor.kind == MentionKind::Name
                            && found[j].actor.label == Some(EntityLabel::Gpe)
                            && found[j].actor.country.as_deref() == home
                            && !found[j].definite
                    });
                    if let Some(j) = ante {
                        inherit(found, m, j, 0.9);
                    }
                }
            }
            MentionKind::Nominal => resolve_nominal(doc, t, found, m, home),
            MentionKind::Pronoun => {
                let w = found[m].head_word.as_str();
                let start = found[m].actor.span.start;
                let window = |j: usize| {
                    found[j].actor.sentence + 2 >= sent && found[j].actor.span.start < start
                };
                let person = |f: &Found| {
                    f.actor.label == Some(EntityLabel::Person)
                        || f.actor.kind == MentionKind::Nominal
                            && PERSON_TITLE_HEADS.contains(&f.head_word.as_str())
                };
                let pick = match w {
                    "HE" | "SHE" | "HIM" | "HER" => {
                        // The most talked-about person nearby, then a
                        // subject, then the nearest.
                        let cands: Vec<usize> = (0..m)
                            .rev()
                            .filter(|&j| window(j) && person(&found[j]))
                            .collect();
                        cands
                            .iter()
                            .copied()
                            .enumerate()
                            .max_by_key(|&(rank, j)| {
                                (
                                    salience(found, j, m),
                                    is_subject(t, found[j].actor.head),
                                    std::cmp::Reverse(rank),
                                )
                            })
                            .map(|(_, j)| j)
                    }
                    "IT" => (0..m)
                        .rev()
                        .filter(|&j| {
                            window(j)
                                && !person(&found[j])
                                && found[j].actor.kind != MentionKind::Pronoun
                                && found[j].actor.is_coded()
                        })
                        .find(|&j| is_subject(t, found[j].actor.head)),
                    "THEY" | "THEM" => (0..m).rev().filter(|&j| window(j)).find(|&j| {
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
    }
}

fn resolve_nominal(doc: &Doc, t: &Tree, found: &mut [Found], m: usize, home: Option<&str>) {
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
        if person_title {
            // "the ambassador" → a person whose title says ambassador;
            // "the Japanese official" → a person of that country.
            f.actor.label == Some(EntityLabel::Person)
                && (w.contains(&head) || head == "OFFICIAL" && my_country.is_some())
        } else {
            f.actor.label != Some(EntityLabel::Person)
                && (w.contains(&head)
                    || f.head_word == head && f.actor.kind == MentionKind::Nominal)
        }
    };
    // For people, the most mentioned match ("the Japanese official" is the
    // visiting governor, not a leader named once); otherwise the nearest.
    let cands: Vec<usize> = (0..m).rev().filter(|&j| matches(j)).collect();
    let ante = if person_title {
        cands
            .iter()
            .copied()
            .enumerate()
            .max_by_key(|&(rank, j)| (salience(found, j, m), std::cmp::Reverse(rank)))
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
    let _ = doc;
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
        if let Some((_, Some(s))) = speakers.iter().find(|(r, _)| r.contains(sp)) {
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
