//! Embedded actor dictionaries: names → codes (PETRARCH2 Phoenix actors plus
//! attache's own additions) and agent words → sectors (Phoenix agents).
//! Parsed once, on first use.

use chrono::NaiveDate;
use std::collections::HashMap;
use std::io::Read;
use std::sync::LazyLock;

const ACTORS_GZ: &[u8] = include_bytes!("../../data/dictionaries/actors.tsv.gz");
const ACTORS_EXTRA: &str = include_str!("../../data/lexicon/actors.tsv");
const AGENTS: &str = include_str!("../../data/dictionaries/agents.tsv");
const AGENTS_EXTRA: &str = include_str!("../../data/lexicon/agents.tsv");

/// Sector codes attache reports (PLOVER/CAMEO agent codes).
const SECTORS: &[&str] = &[
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL",
    "ELI", "LEG", "HLH", "REF", "AGR", "LAB", "ENV", "HRI", "DEV", "UAF", "REL", "NGO", "IGO",
];

/// A country/sector code as read from a dictionary code like `JPNGOVBUS`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    pub country: Option<String>,
    pub sector: Option<String>,
}

impl Code {
    /// Split a TABARI code: the first three letters are the country (or
    /// IGO/NGO/MNC), the first later triple that is a sector is the sector.
    pub fn parse(raw: &str) -> Code {
        let raw = raw.trim();
        if raw.len() < 3 || !raw.is_ascii() {
            return Code {
                country: None,
                sector: None,
            };
        }
        let head = &raw[..3];
        let rest = &raw[3..];
        let sector_of = |s: &str| {
            (0..s.len() / 3)
                .map(|i| &s[i * 3..i * 3 + 3])
                .find(|t| SECTORS.contains(t) && *t != "IGO" && *t != "NGO")
                .map(normalise_sector)
        };
        if SECTORS.contains(&head) && head != "IGO" && head != "NGO" {
            // An agent-only code such as "GOV" or "~MIL".
            return Code {
                country: None,
                sector: Some(normalise_sector(head)),
            };
        }
        match head {
            // International bodies: the rest of the code names the body, not a sector.
            "IGO" | "NGO" | "MNC" => Code {
                country: Some(head.to_string()),
                sector: None,
            },
            _ => Code {
                country: Some(head.to_string()),
                sector: sector_of(rest),
            },
        }
    }
}

fn normalise_sector(s: &str) -> String {
    match s {
        // Phoenix codes the generic public as PPL; PLOVER calls it civilian.
        "PPL" => "CVL".to_string(),
        _ => s.to_string(),
    }
}

#[derive(Clone, Debug)]
struct Dated {
    code: Code,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
}

/// Names (folded, upper case, single spaces) → dated codes.
pub struct ActorDict {
    names: HashMap<String, Vec<Dated>>,
    /// Longest name in words, bounding sub-phrase search.
    pub max_words: usize,
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y%m%d").ok()
}

impl ActorDict {
    fn load() -> ActorDict {
        let mut gz = flate2::read::GzDecoder::new(ACTORS_GZ);
        let mut text = String::new();
        // The table is compiled in; failing to inflate it is a build defect.
        gz.read_to_string(&mut text)
            .expect("embedded actors.tsv.gz is valid gzip");
        let mut names: HashMap<String, Vec<Dated>> = HashMap::new();
        let mut add = |line: &str, own: bool| {
            if line.starts_with('#') || line.trim().is_empty() {
                return;
            }
            let mut f = line.split('\t');
            let (Some(name), Some(code)) = (f.next(), f.next()) else {
                return;
            };
            let key = fold(name);
            if key.is_empty() {
                return;
            }
            let entry = Dated {
                code: Code::parse(code),
                from: f.next().and_then(parse_date),
                to: f.next().and_then(parse_date),
            };
            let v = names.entry(key).or_default();
            if own {
                // Own entries correct the 2014 lists: they go first.
                v.insert(0, entry);
            } else {
                v.push(entry);
            }
        };
        for line in text.lines() {
            add(line, false);
        }
        for line in ACTORS_EXTRA.lines() {
            add(line, true);
        }
        let max_words = names
            .keys()
            .map(|k| k.split(' ').count())
            .max()
            .unwrap_or(1)
            .min(8);
        ActorDict { names, max_words }
    }

    /// The code of a name at a date (the article date when known): an entry
    /// whose range covers the date, else an undated entry, else the latest.
    pub fn lookup(&self, name: &str, date: Option<NaiveDate>) -> Option<Code> {
        self.lookup_folded(&fold(name), date)
    }

    pub fn lookup_folded(&self, key: &str, date: Option<NaiveDate>) -> Option<Code> {
        // The dictionaries write hyphenated names with spaces ("GUINEA
        // BISSAU", "TIMOR LESTE"); text has "Guinea-Bissau".
        let v = match self.names.get(key) {
            Some(v) => v,
            None if key.contains('-') => self.names.get(&key.replace('-', " "))?,
            None => return None,
        };
        if let Some(d) = date
            && let Some(e) = v.iter().find(|e| {
                (e.from.is_some() || e.to.is_some())
                    && e.from.is_none_or(|f| f <= d)
                    && e.to.is_none_or(|t| d <= t)
            })
        {
            return Some(e.code.clone());
        }
        if let Some(e) = v.iter().find(|e| e.from.is_none() && e.to.is_none()) {
            return Some(e.code.clone());
        }
        v.iter()
            .max_by_key(|e| e.to.or(e.from))
            .map(|e| e.code.clone())
    }

    pub fn contains(&self, key: &str) -> bool {
        self.names.contains_key(key)
    }
}

/// Agent words and phrases → sector.
pub struct AgentDict {
    phrases: HashMap<String, String>,
    pub max_words: usize,
}

impl AgentDict {
    fn load() -> AgentDict {
        let mut phrases = HashMap::new();
        for (text, own) in [(AGENTS, false), (AGENTS_EXTRA, true)] {
            for line in text.lines() {
                if line.starts_with('#') {
                    continue;
                }
                let mut f = line.split('\t');
                let (Some(p), Some(s)) = (f.next(), f.next()) else {
                    continue;
                };
                let key = fold(p);
                let Some(sector) = Code::parse(s).sector else {
                    continue;
                };
                if own || !phrases.contains_key(&key) {
                    phrases.insert(key, sector);
                }
            }
        }
        let max_words = phrases
            .keys()
            .map(|k: &String| k.split(' ').count())
            .max()
            .unwrap_or(1)
            .min(6);
        AgentDict { phrases, max_words }
    }

    /// Sector of a folded phrase.
    pub fn sector(&self, key: &str) -> Option<&str> {
        self.phrases.get(key).map(String::as_str)
    }
}

pub static ACTORS: LazyLock<ActorDict> = LazyLock::new(ActorDict::load);
pub static AGENTS_DICT: LazyLock<AgentDict> = LazyLock::new(AgentDict::load);

/// Dictionary key of a text: diacritics removed, upper case, curly quotes
/// straightened, words separated by single spaces, a possessive dropped.
pub fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        let c = match c {
            'đ' | 'Đ' => 'D',
            '’' | '‘' | '`' => '\'',
            '_' => ' ',
            c => c,
        };
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_uppercase());
    }
    for suffix in ["'S", "'"] {
        if out.len() > suffix.len() + 1 && out.ends_with(suffix) {
            out.truncate(out.len() - suffix.len());
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_diacritics_and_possessives() {
        assert_eq!(fold("Việt Nam’s"), "VIET NAM");
        assert_eq!(fold("Bình  Dương"), "BINH DUONG");
        assert_eq!(fold("Hà Nội"), "HA NOI");
    }

    #[test]
    fn codes_split_country_and_sector() {
        assert_eq!(
            Code::parse("JPNGOVBUS"),
            Code {
                country: Some("JPN".into()),
                sector: Some("GOV".into())
            }
        );
        assert_eq!(Code::parse("IGOUNO").country.as_deref(), Some("IGO"));
        assert_eq!(Code::parse("IGOUNO").sector, None);
        assert_eq!(Code::parse("MIL").sector.as_deref(), Some("MIL"));
    }

    #[test]
    fn countries_demonyms_capitals_and_igos() {
        let d = &*ACTORS;
        let c = |s: &str| d.lookup(s, None).and_then(|c| c.country);
        assert_eq!(c("Japanese").as_deref(), Some("JPN"));
        assert_eq!(c("Phnom Penh").as_deref(), Some("KHM"));
        assert_eq!(c("Việt Nam").as_deref(), Some("VNM"));
        assert_eq!(c("Laotian").as_deref(), Some("LAO"));
        assert_eq!(c("ASEAN").as_deref(), Some("IGO"));
        assert_eq!(c("JETRO").as_deref(), Some("JPN"));
        assert_eq!(c("Nigerian").as_deref(), Some("NGA"));
    }

    #[test]
    fn leaders_are_coded_by_date() {
        let d = &*ACTORS;
        let at = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd);
        let s = d.lookup("Shinzo Abe", at(2006, 12, 1)).unwrap();
        assert_eq!(s.country.as_deref(), Some("JPN"));
        assert_eq!(s.sector.as_deref(), Some("GOV"));
        let s = d.lookup("Joe Biden", at(2022, 1, 1)).unwrap();
        assert_eq!(s.sector.as_deref(), Some("GOV"));
    }

    #[test]
    fn agent_words_give_sectors() {
        let a = &*AGENTS_DICT;
        assert_eq!(a.sector("EMBASSY"), Some("GOV"));
        assert_eq!(a.sector("INVESTOR"), Some("BUS"));
        assert_eq!(a.sector("PROTESTER"), Some("OPP"));
        assert_eq!(a.sector("PEOPLE"), Some("CVL"));
    }
}
