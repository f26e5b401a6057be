//! Argument scoring: (document, event type, role, actor) tuples matched
//! one-to-one, actors compared by country code when both sides have one,
//! else by normalised name (DESIGN.md §4). Document level: an argument counts
//! wherever in the document its event was found.

use super::counts::{Counts, LabelCounts, add_label};
use super::input::{Argument, Event};
use super::matching::max_matching;
use std::collections::BTreeMap;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

pub const ROLES: [&str; 2] = ["actor", "recipient"];

/// Lower case, accents and punctuation removed, spaces collapsed, a leading
/// "the" dropped: "the Government of Việt Nam" = "Government of Viet Nam".
pub fn normalize_name(name: &str) -> String {
    let folded: String = name
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let words: Vec<&str> = folded.split_whitespace().collect();
    let words = match words.split_first() {
        Some((&"the", rest)) if !rest.is_empty() => rest,
        _ => &words[..],
    };
    words.join(" ")
}

/// An argument ready for comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Key {
    pub country: Option<String>,
    pub name: String,
}

impl Key {
    pub fn new(a: &Argument) -> Key {
        Key {
            country: a.country.clone(),
            name: normalize_name(&a.name),
        }
    }

    pub fn same_actor(&self, other: &Key) -> bool {
        match (&self.country, &other.country) {
            (Some(a), Some(b)) => a == b,
            _ => !self.name.is_empty() && self.name == other.name,
        }
    }
}

/// Argument counts of one document, by event type and by role.
#[derive(Debug, Default)]
pub struct DocArguments {
    pub by_type: LabelCounts,
    pub by_role: LabelCounts,
}

fn tuples<'a>(events: &[&'a Event]) -> BTreeMap<(&'a str, &'static str), Vec<Key>> {
    let mut groups: BTreeMap<(&str, &str), Vec<Key>> = BTreeMap::new();
    for e in events {
        for (role, args) in ROLES.iter().zip([&e.actor, &e.recipient]) {
            for a in args {
                groups
                    .entry((e.event_type.as_str(), role))
                    .or_default()
                    .push(Key::new(a));
            }
        }
    }
    groups
}

pub fn score_doc(gold: &[&Event], pred: &[&Event]) -> DocArguments {
    let g = tuples(gold);
    let p = tuples(pred);
    let mut out = DocArguments::default();
    let empty = Vec::new();
    let mut groups: Vec<&(&str, &str)> = g.keys().chain(p.keys()).collect();
    groups.sort();
    groups.dedup();
    for key in groups {
        let gk = g.get(key).unwrap_or(&empty);
        let pk = p.get(key).unwrap_or(&empty);
        let matched = max_matching(gk.len(), pk.len(), |i, j| gk[i].same_actor(&pk[j])).len();
        let c = Counts::matched(gk.len(), pk.len(), matched);
        add_label(&mut out.by_type, key.0, c);
        add_label(&mut out.by_role, key.1, c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arg(name: &str, country: Option<&str>) -> Argument {
        Argument {
            name: name.into(),
            country: country.map(str::to_string),
        }
    }

    #[test]
    fn names_are_normalised() {
        assert_eq!(
            normalize_name("the Government of  Việt Nam"),
            "government of viet nam"
        );
        assert_eq!(normalize_name("Lê Minh Khái"), "le minh khai");
        assert_eq!(normalize_name("U.S.-led"), "u s led");
        assert_eq!(normalize_name("The"), "the");
        assert_eq!(normalize_name("  "), "");
    }

    #[test]
    fn country_decides_when_both_sides_have_one() {
        let k = |n, c| Key::new(&arg(n, c));
        assert!(k("Japan", Some("JPN")).same_actor(&k("Japanese embassy", Some("JPN"))));
        assert!(!k("Japan", Some("JPN")).same_actor(&k("Japan", Some("KHM"))));
        assert!(k("ASEAN", Some("IGO")).same_actor(&k("asean", None)));
        assert!(!k("", None).same_actor(&k("", None)));
    }
}
