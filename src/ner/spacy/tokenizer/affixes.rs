//! Prefix, suffix and infix search with Python `re` semantics.
//!
//! The converter splits each spaCy pattern into ordered units: runs of
//! plain alternatives (one `regex` each) and single look-around
//! alternatives rewritten as `(?:behind)(body)(?:ahead)`, whose capture
//! group 1 is the match Python would report. Combining the units the way
//! Python's backtracking search would ("leftmost start, then first
//! alternative") gives the same results as `re.search`/`re.finditer`.

use regex::Regex;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum UnitJson {
    Plain { regex: String },
    Captured { regex: String, behind_chars: usize },
}

enum Unit {
    Plain(Regex),
    /// Look-around folded in; group 1 is the real match. `behind_chars` is
    /// the fixed width of the look-behind folded in front of the group.
    Captured {
        re: Regex,
        behind_chars: usize,
    },
}

pub struct AffixRules {
    units: Vec<Unit>,
}

/// Byte offset `n` characters before `pos` (or 0).
fn back_chars(s: &str, pos: usize, n: usize) -> usize {
    if n == 0 {
        return pos;
    }
    s[..pos]
        .char_indices()
        .rev()
        .nth(n - 1)
        .map_or(0, |(i, _)| i)
}

impl AffixRules {
    pub fn new(units: Vec<UnitJson>) -> Result<Self, regex::Error> {
        let units = units
            .into_iter()
            .map(|u| match u {
                UnitJson::Plain { regex } => Ok(Unit::Plain(Regex::new(&regex)?)),
                UnitJson::Captured {
                    regex,
                    behind_chars,
                } => Ok(Unit::Captured {
                    re: Regex::new(&regex)?,
                    behind_chars,
                }),
            })
            .collect::<Result<_, regex::Error>>()?;
        Ok(AffixRules { units })
    }

    /// Leftmost match of one unit whose reported start is at or after `pos`.
    fn unit_find(unit: &Unit, s: &str, pos: usize) -> Option<(usize, usize)> {
        match unit {
            Unit::Plain(re) => re.find_at(s, pos).map(|m| (m.start(), m.end())),
            Unit::Captured { re, behind_chars } => {
                // The look-behind may reach before `pos`, as it does in Python.
                let from = back_chars(s, pos, *behind_chars);
                let caps = re.captures_at(s, from)?;
                let g = caps.get(1)?;
                Some((g.start(), g.end()))
            }
        }
    }

    /// `prefix_search`: byte length of the prefix to split off (0 if none).
    /// Every prefix rule is anchored at the start, so the first unit that
    /// matches holds the first matching alternative.
    pub fn find_prefix(&self, s: &str) -> usize {
        self.units
            .iter()
            .find_map(|u| Self::unit_find(u, s, 0))
            .map_or(0, |(start, end)| end - start)
    }

    /// `suffix_search`: byte length of the suffix to split off (0 if none).
    /// Every suffix rule ends at the end of the string, so the leftmost
    /// start over all units decides the match.
    pub fn find_suffix(&self, s: &str) -> usize {
        self.units
            .iter()
            .filter_map(|u| Self::unit_find(u, s, 0))
            .map(|(start, _)| start)
            .min()
            .map_or(0, |start| s.len() - start)
    }

    /// `infix_finditer`: non-overlapping matches, left to right.
    pub fn find_infixes(&self, s: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut pos = 0;
        // Each unit's next match. A unit is searched again only once `pos`
        // has passed its cached match (its leftmost match from an earlier
        // position is still its leftmost from `pos`), and never again once
        // it found nothing: without this a unit that no longer matches
        // would rescan the rest of the string after every infix, which is
        // quadratic on long hyphen or slash chains.
        let mut next: Vec<Option<(usize, usize)>> = self
            .units
            .iter()
            .map(|u| Self::unit_find(u, s, 0))
            .collect();
        while pos <= s.len() {
            let mut best: Option<(usize, usize)> = None;
            for (unit, cached) in self.units.iter().zip(next.iter_mut()) {
                if cached.is_some_and(|(start, _)| start < pos) {
                    *cached = Self::unit_find(unit, s, pos);
                }
                if let Some(m) = *cached
                    && best.is_none_or(|b| m.0 < b.0)
                {
                    best = Some(m);
                }
            }
            let Some((start, end)) = best else { break };
            out.push((start, end));
            pos = if end > start {
                end
            } else {
                end + s[end..].chars().next().map_or(1, char::len_utf8)
            };
        }
        out
    }
}
