//! Trigger lexicons: attache's own (verbs, nouns, light-verb constructions,
//! data/lexicon/triggers.tsv), the CAMEO verb patterns of PETRARCH2, and the
//! CAMEO → PLOVER crosswalk. Parsed once, on first use.

use crate::doc::EventType;
use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::sync::LazyLock;

const TRIGGERS: &str = include_str!("../../data/lexicon/triggers.tsv");
const VERBS_GZ: &[u8] = include_bytes!("../../data/dictionaries/verbs.tsv.gz");
const CROSSWALK: &str = include_str!("../../data/dictionaries/cameo2plover.tsv");

/// What a trigger means.
#[derive(Clone, Debug, PartialEq)]
pub struct Sense {
    pub event_type: EventType,
    pub mode: Option<&'static str>,
    pub context: Vec<&'static str>,
    pub cameo: String,
    /// "between A and B" names both sides.
    pub symmetric: bool,
    /// A state actor makes a protest verbal (ACCUSE).
    pub gov_accuse: bool,
    /// A state, military or police actor makes it coercion (COERCE
    /// restrict): a government blocking a road closes it.
    pub state_coerce: bool,
    /// Needs a place (border, crossing, airspace, a named place) for object.
    pub needs_place: bool,
    /// Governs a to-infinitive that says what is promised.
    pub intent: bool,
    /// A definite mention in an adjunct refers back to an earlier event.
    pub refers_back: bool,
    /// The host receives a visitor (subject is host, object visitor).
    pub host: bool,
    /// Prior precision of this kind of trigger.
    pub reliability: f32,
}

/// Leaks a lexicon string once so senses can hold `&'static str`.
fn intern(s: &str, pool: &mut HashSet<&'static str>) -> &'static str {
    if let Some(v) = pool.get(s) {
        return v;
    }
    let v: &'static str = Box::leak(s.to_string().into_boxed_str());
    pool.insert(v);
    v
}

/// The CAMEO root code of a PLOVER type, for records of own-lexicon triggers.
pub fn root_cameo(t: EventType) -> &'static str {
    match t {
        EventType::Agree => "03",
        EventType::Consult => "04",
        EventType::Support => "05",
        EventType::Cooperate => "06",
        EventType::Aid => "07",
        EventType::Concede => "08",
        EventType::Retreat => "08",
        EventType::Accuse => "11",
        EventType::Request => "10",
        EventType::Reject => "12",
        EventType::Threaten => "13",
        EventType::Protest => "14",
        EventType::Mobilize => "15",
        EventType::Sanction => "16",
        EventType::Coerce => "17",
        EventType::Assault => "18",
    }
}

#[derive(Clone, Debug)]
pub struct VerbPattern {
    /// Words before the verb (each a set of alternatives).
    pub pre: Vec<Vec<String>>,
    /// Words after the verb.
    pub post: Vec<Vec<String>>,
    pub code: String,
}

pub struct Lexicon {
    /// verb lemma (+ "+particle") → sense
    pub verbs: HashMap<String, Sense>,
    pub nouns: HashMap<String, Sense>,
    /// "light+noun" → sense
    pub light: HashMap<String, Sense>,
    /// Every verb that starts a light-verb entry.
    pub light_verbs: HashSet<String>,
    /// CAMEO: verb phrase ("meet with") → (default code, patterns)
    pub cameo: HashMap<String, (Option<String>, Vec<VerbPattern>)>,
    crosswalk: HashMap<String, (EventType, Option<&'static str>, Vec<&'static str>)>,
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut pool = HashSet::new();
        let mut crosswalk = HashMap::new();
        for line in CROSSWALK.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 2 {
                continue;
            }
            let Some(t) = EventType::parse(f[1].trim()) else {
                continue;
            };
            let mode = f
                .get(2)
                .map(|m| m.trim())
                .filter(|m| !m.is_empty())
                .map(|m| intern(m, &mut pool));
            let ctx = f
                .get(3)
                .map(|c| {
                    c.split(';')
                        .map(str::trim)
                        .filter(|c| !c.is_empty())
                        .map(|c| intern(c, &mut pool))
                        .collect()
                })
                .unwrap_or_default();
            crosswalk.insert(f[0].trim().to_string(), (t, mode, ctx));
        }

        let mut verbs = HashMap::new();
        let mut nouns = HashMap::new();
        let mut light = HashMap::new();
        for line in TRIGGERS.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 6 {
                continue;
            }
            let Some(t) = EventType::parse(f[2]) else {
                continue;
            };
            let flags: Vec<&str> = f[5].split(',').collect();
            let sense = Sense {
                event_type: t,
                mode: (f[3] != "-").then(|| intern(f[3], &mut pool)),
                context: if f[4] == "-" {
                    Vec::new()
                } else {
                    f[4].split(';').map(|c| intern(c, &mut pool)).collect()
                },
                cameo: root_cameo(t).to_string(),
                symmetric: flags.contains(&"sym"),
                gov_accuse: flags.contains(&"gov"),
                state_coerce: flags.contains(&"state"),
                needs_place: flags.contains(&"place"),
                intent: flags.contains(&"intent"),
                refers_back: flags.contains(&"ref"),
                host: flags.contains(&"host"),
                reliability: match f[0] {
                    "light" => 0.9,
                    "verb" => 0.85,
                    _ => 0.75,
                },
            };
            let key = f[1].to_string();
            match f[0] {
                "verb" => {
                    verbs.insert(key, sense);
                }
                "noun" => {
                    nouns.insert(key, sense);
                }
                "light" => {
                    light.insert(key, sense);
                }
                _ => {}
            }
        }

        let mut gz = flate2::read::GzDecoder::new(VERBS_GZ);
        let mut text = String::new();
        gz.read_to_string(&mut text)
            .expect("embedded verbs.tsv.gz is valid gzip");
        let mut sets: HashMap<String, Vec<String>> = HashMap::new();
        let mut cameo: HashMap<String, (Option<String>, Vec<VerbPattern>)> = HashMap::new();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 3 {
                continue;
            }
            if f[1] == "SET" {
                sets.entry(f[0].to_string())
                    .or_default()
                    .push(f[2].to_string());
                continue;
            }
            let entry = cameo.entry(f[0].to_string()).or_default();
            let code = (f[1] != "---").then(|| f[1].to_string());
            if f[2].trim().is_empty() {
                if entry.0.is_none() {
                    entry.0 = code;
                }
                continue;
            }
            let Some(code) = code else { continue };
            let words: Vec<&str> = f[2].split(' ').collect();
            let star = words.iter().position(|w| *w == "*").unwrap_or(0);
            entry.1.push(VerbPattern {
                pre: words[..star].iter().map(|w| vec![w.to_string()]).collect(),
                post: words[star + 1..]
                    .iter()
                    .map(|w| vec![w.to_string()])
                    .collect(),
                code,
            });
        }
        // Expand set references now that all sets are read.
        for (_, pats) in cameo.values_mut() {
            for p in pats.iter_mut() {
                for w in p.pre.iter_mut().chain(p.post.iter_mut()) {
                    if w[0].starts_with('&')
                        && let Some(alts) = sets.get(&w[0])
                    {
                        *w = alts.clone();
                    }
                }
            }
        }
        let light_verbs = light
            .keys()
            .filter_map(|k| k.split('+').next())
            .map(str::to_string)
            .collect();
        Lexicon {
            verbs,
            nouns,
            light,
            light_verbs,
            cameo,
            crosswalk,
        }
    }

    /// PLOVER type, mode and context of a CAMEO code (longest known prefix).
    /// CAMEO 02 (appeals) is PLOVER REQUEST; 01 (statements) is no event.
    pub fn plover(
        &self,
        code: &str,
    ) -> Option<(EventType, Option<&'static str>, Vec<&'static str>)> {
        if code.starts_with("01") || code.len() < 2 {
            return None;
        }
        if code.starts_with("02") {
            return Some((EventType::Request, None, Vec::new()));
        }
        let mut c = code;
        while c.len() >= 2 {
            if let Some(v) = self.crosswalk.get(c) {
                return Some(v.clone());
            }
            c = &c[..c.len() - 1];
        }
        None
    }

    /// Sense from the CAMEO verb patterns: the longest pattern whose words
    /// all occur (in order) in `post` (lemmas after the verb, within its
    /// phrase) and `pre`; else the verb's default code.
    pub fn cameo_sense(&self, verb: &str, pre: &[String], post: &[String]) -> Option<Sense> {
        let (default, pats) = self.cameo.get(verb)?;
        let in_order = |want: &[Vec<String>], have: &[String]| {
            let mut k = 0;
            for w in want {
                match have[k..].iter().position(|h| w.iter().any(|a| a == h)) {
                    Some(p) => k += p + 1,
                    None => return false,
                }
            }
            true
        };
        let best = pats
            .iter()
            .filter(|p| !p.post.is_empty() || !p.pre.is_empty())
            .filter(|p| in_order(&p.post, post) && in_order(&p.pre, pre))
            .max_by_key(|p| p.post.len() + p.pre.len());
        let (code, reliability) = match best {
            Some(p) => (p.code.clone(), 0.7),
            None => (default.clone()?, 0.45),
        };
        let (t, mode, context) = self.plover(&code)?;
        Some(Sense {
            event_type: t,
            mode,
            context,
            cameo: code,
            symmetric: false,
            gov_accuse: false,
            state_coerce: false,
            needs_place: false,
            intent: false,
            refers_back: false,
            host: false,
            reliability,
        })
    }
}

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crosswalk_maps_codes_by_prefix() {
        let l = &*LEXICON;
        assert_eq!(l.plover("057").unwrap().0, EventType::Support);
        assert_eq!(l.plover("0311").unwrap().0, EventType::Agree);
        assert_eq!(l.plover("163").unwrap().0, EventType::Coerce);
        assert_eq!(l.plover("1712").unwrap().0, EventType::Assault);
        assert_eq!(l.plover("020").unwrap().0, EventType::Request);
        assert!(l.plover("010").is_none());
    }

    #[test]
    fn cameo_patterns_refine_the_default() {
        let l = &*LEXICON;
        let post = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        let s = l.cameo_sense("sign", &[], &post("a peace treaty")).unwrap();
        assert_eq!(s.event_type, EventType::Support);
        assert_eq!(s.cameo, "057");
        let s = l.cameo_sense("condemn", &[], &post("the attack")).unwrap();
        assert_eq!(s.event_type, EventType::Accuse);
    }

    #[test]
    fn own_lexicon_has_every_family() {
        let l = &*LEXICON;
        for w in [
            "condemn", "summon", "expel", "threaten", "arrest", "withdraw", "attack",
        ] {
            assert!(l.verbs.contains_key(w), "{w}");
        }
        assert!(l.light.contains_key("impose+sanction"));
        assert!(l.nouns.contains_key("meeting"));
    }
}
