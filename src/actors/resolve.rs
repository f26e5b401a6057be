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
    /// distinct name, indexed by word.
    persons: Persons,
    /// Mentions with no antecedent by folded name; per name at most one
    /// per (label, self-coded), the latest.
    by_name: HashMap<String, Vec<usize>>,
    /// The latest non-definite name of the home country.
    home_gpe: Option<usize>,
    /// Mention → the words of its name and office (as "the ambassador"
    /// matches them), folded once when it is resolved rather than for every
    /// later mention that looks back at it.
    name_words: Vec<Vec<String>>,
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
        debug_assert_eq!(self.name_words.len(), m, "mentions are added in order");
        let mut w = words(&a.name);
        if let Some(o) = &a.office {
            w.extend(title_words(o));
        }
        self.name_words.push(w);
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
            self.persons.add(words(&a.name), m);
        }
        let same = |j: &usize| {
            found[*j].actor.label == a.label && found[*j].self_coded == found[m].self_coded
        };
        let list = self.by_name.entry(fold(&a.name)).or_default();
        list.retain(|j| !same(j));
        list.push(m);
    }
}

/// How many index entries one person lookup reads per word, at most. A
/// normal article names a few dozen people, far below it; a hostile one that
/// names thousands with one shared word gets its latest ones, and stays
/// linear.
const PERSON_SCAN_CAP: usize = 512;

/// The distinct standalone person names so far, each with its latest
/// mention, found through their words instead of by comparing a new name
/// with every earlier one (edit distance included), which was quadratic in
/// the number of distinct names.
#[derive(Default)]
pub(crate) struct Persons {
    /// distinct name words → (entry id)
    id_of: HashMap<Vec<String>, usize>,
    /// entry id → (name words, latest mention)
    entries: Vec<(Vec<String>, usize)>,
    /// word → (entry id, mention) for each mention that named the entry,
    /// oldest first; a posting is live while its mention is the entry's
    /// latest, so reading from the end gives entries latest first.
    by_word: HashMap<String, Postings>,
    /// The same for words of 5+ bytes under each key of their one-deletion
    /// neighbourhood (the word, and the word less any one char): two words
    /// within one edit (optimal string alignment) share such a key.
    by_near: HashMap<String, Postings>,
}

/// (entry id, mention) pairs, oldest first, with the length at which the
/// dead ones are next dropped: a list stays within twice its live entries
/// (plus a few), at amortised constant cost per push.
#[derive(Default)]
struct Postings {
    list: Vec<(usize, usize)>,
    compact_at: usize,
}

impl Postings {
    fn push(&mut self, entries: &[(Vec<String>, usize)], id: usize, m: usize) {
        if self.list.len() >= self.compact_at {
            self.list.retain(|&(id, m)| entries[id].1 == m);
            self.compact_at = (2 * self.list.len()).max(16);
        }
        self.list.push((id, m));
    }
}

/// The word and the word less each one of its chars.
fn deletions(w: &str) -> impl Iterator<Item = String> + '_ {
    std::iter::once(w.to_string()).chain(w.char_indices().map(|(i, c)| {
        let mut k = String::with_capacity(w.len());
        k.push_str(&w[..i]);
        k.push_str(&w[i + c.len_utf8()..]);
        k
    }))
}

impl Persons {
    /// Whether some name recorded so far is named by `short`.
    pub(crate) fn any_named_by(&self, short: &[String]) -> bool {
        self.latest_match(short).is_some()
    }

    /// Record the name `w`, once: a name seen before is left as it is.
    pub(crate) fn insert(&mut self, w: Vec<String>) {
        if !self.id_of.contains_key(&w) {
            let m = self.entries.len();
            self.add(w, m);
        }
    }

    /// Record that mention `m` names the person `w` (it is the latest).
    fn add(&mut self, w: Vec<String>, m: usize) {
        let id = match self.id_of.get(&w) {
            Some(&id) => id,
            None => {
                let id = self.entries.len();
                self.id_of.insert(w.clone(), id);
                self.entries.push((w.clone(), m));
                id
            }
        };
        self.entries[id].1 = m;
        for word in &w {
            let entries = &self.entries;
            self.by_word
                .entry(word.clone())
                .or_default()
                .push(entries, id, m);
            if word.len() >= 5 {
                for k in deletions(word) {
                    self.by_near.entry(k).or_default().push(entries, id, m);
                }
            }
        }
    }

    /// The latest live entry in `list` (read from the end, at most
    /// [`PERSON_SCAN_CAP`] postings) that `short` names, with its mention.
    fn latest_in(&self, list: &[(usize, usize)], short: &[String]) -> Option<usize> {
        list.iter()
            .rev()
            .take(PERSON_SCAN_CAP)
            .filter(|&&(id, m)| self.entries[id].1 == m)
            .find(|&&(id, _)| same_person(short, &self.entries[id].0))
            .map(|&(_, m)| m)
    }

    /// The latest mention of a distinct person that `short` names (by
    /// [`same_person`]), as a scan of all of them latest first would find.
    fn latest_match(&self, short: &[String]) -> Option<usize> {
        let first = short.first()?;
        // Every word of `short` is in the full name: look under its rarest
        // word.
        let exact = short
            .iter()
            .map(|w| self.by_word.get(w).map_or(&[][..], |p| p.list.as_slice()))
            .min_by_key(|l| l.len())
            .and_then(|list| self.latest_in(list, short));
        // One misspelt word: look under its one-deletion neighbourhood.
        let near = (short.len() == 1 && first.len() >= 5)
            .then(|| {
                deletions(first)
                    .filter_map(|k| self.by_near.get(&k))
                    .filter_map(|p| self.latest_in(&p.list, short))
                    .max()
            })
            .flatten();
        exact.max(near)
    }
}

/// How many mentions back a pronoun, a "the ministry" or a "both sides"
/// looks for its antecedent, at most, on top of its window of sentences. A
/// window of normal prose holds far fewer; a sentence of 100,000 names
/// without a full stop would otherwise make each lookup read them all.
const WINDOW_CAP: usize = 400;

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
        if m % 256 == 0 {
            crate::budget::check();
        }
        let kind = found[m].actor.kind;
        let sent = found[m].actor.sentence;
        match kind {
            MentionKind::Name if found[m].actor.label == Some(EntityLabel::Person) => {
                let short = words(doc.slice(found[m].actor.span));
                let ante = seen.persons.latest_match(&short);
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
                            .take(WINDOW_CAP)
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
                        .take(WINDOW_CAP)
                        .filter(|&j| {
                            window(j)
                                && !person(&found[j])
                                && found[j].actor.kind != MentionKind::Pronoun
                                && found[j].actor.is_coded()
                        })
                        .find(|&j| is_subject(t, found[j].actor.head)),
                    "THEY" | "THEM" => (from..m)
                        .rev()
                        .take(WINDOW_CAP)
                        .filter(|&j| window(j))
                        .find(|&j| {
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
                for j in (0..m).rev().take(WINDOW_CAP) {
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
        // j < m: resolved, so its words are in `seen`.
        let w = &seen.name_words[j];
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
    let cands: Vec<usize> = (from..m)
        .rev()
        .take(WINDOW_CAP)
        .filter(|&j| matches(j))
        .collect();
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

    /// The person index gives what the earlier scan of every distinct name,
    /// latest first, gave: exact words, subsets, one misspelt word, names
    /// mentioned again (which makes them the latest), accents and hyphens.
    #[test]
    fn person_index_matches_a_scan_of_every_name() {
        let names = [
            "Masahiro Mikami",
            "William Ruto",
            "Mikami",
            "Anthony Galliano",
            "Ruto",
            "Mashiro",
            "Galiano",
            "Samia Suluhu Hassan",
            "Hassan",
            "Suluhu",
            "William Samoei Ruto",
            "Ruto",
            "Hasan",
            "Hassen",
            "Jean-Yves Le Drian",
            "Le Drian",
            "Drian",
            "Yves",
            "Siobhán Walsh",
            "Siobhan",
            "Walsh",
            "Masahiro Mikami",
            "Mikamy",
            "Mikmai",
            "Ikami",
            "Mikamii",
            "Smith",
            "John Smith",
            "Jane Smith",
            "Smith",
            "J Smith",
            "Smyth",
        ];
        let mut index = Persons::default();
        let mut scan: Vec<(Vec<String>, usize)> = Vec::new();
        for (m, name) in names.iter().enumerate() {
            let short = words(name);
            let want = scan
                .iter()
                .rev()
                .find(|(full, _)| same_person(&short, full))
                .map(|&(_, j)| j);
            assert_eq!(index.latest_match(&short), want, "{name}");
            if want.is_none() {
                scan.retain(|(p, _)| *p != short);
                scan.push((short.clone(), m));
                index.add(short, m);
            }
        }
        assert!(index.latest_match(&words("Mashiro")).is_some());
        assert!(index.latest_match(&[]).is_none());
        // The label repair's set of names: each once, asked for existence.
        let mut people = Persons::default();
        for name in ["Anthony Galliano", "Anthony Galliano", "Siobhan Walsh"] {
            people.insert(words(name));
        }
        assert_eq!(people.entries.len(), 2);
        assert!(people.any_named_by(&words("Galiano")));
        assert!(people.any_named_by(&words("Walsh")));
        assert!(!people.any_named_by(&words("Anthony Walsh")));
    }

    #[test]
    fn many_distinct_names_stay_fast_and_compact() {
        // 50,000 distinct two-word names sharing one surname, each also
        // looked up misspelt: the scan compared each with all before it.
        let mut index = Persons::default();
        let name = |k: usize| vec![format!("GIVEN{k}"), "SURNAME".to_string()];
        for k in 0..50_000usize {
            // Mentions 2k and 2k + 1 name person k.
            let latest = k.checked_sub(1).map(|k| 2 * k + 1);
            if k > 0 {
                assert_eq!(index.latest_match(&name(k - 1)[..1]), latest);
            }
            assert_eq!(index.latest_match(&["SURNAMES".to_string()]), latest);
            index.add(name(k), 2 * k);
            // Named again: the old posting dies, the list stays compact.
            index.add(name(k), 2 * k + 1);
        }
        let list = &index.by_word["SURNAME"].list;
        assert!(list.len() <= 2 * 50_000 + 16, "{}", list.len());
    }

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
