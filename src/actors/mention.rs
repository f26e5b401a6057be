//! Finding and coding actor mentions in one document: named entities,
//! agent-noun phrases ("the Japanese embassy"), pronouns and group phrases
//! ("both sides"), with titles ("commerce minister Pan Sorasak").

use super::dict::{ACTORS, AGENTS_DICT, Code, fold};
use super::tree::Tree;
use crate::doc::{Actor, Doc, EntityLabel, MentionKind, Span};
use std::collections::HashMap;
use std::ops::Range;

/// A mention under construction: the actor plus what resolution needs.
#[derive(Clone, Debug)]
pub struct Found {
    pub actor: Actor,
    /// Tokens of the whole phrase, titles included.
    pub tokens: Range<usize>,
    /// Upper-case head word ("MINISTRY", "SORASAK", "HE").
    pub head_word: String,
    /// "the ministry", "the ambassador": refers to an earlier mention.
    pub definite: bool,
    /// Set once the mention's code comes from its own words.
    pub self_coded: bool,
    /// Code came from the home-country fallback only.
    pub home_default: bool,
}

const ACTOR_LABELS: [EntityLabel; 6] = [
    EntityLabel::Person,
    EntityLabel::Org,
    EntityLabel::Gpe,
    EntityLabel::Norp,
    EntityLabel::Loc,
    EntityLabel::Fac,
];

/// Sectors that belong to the state: a state body with no country named is
/// taken to be the article's home country's.
pub fn is_state_sector(s: &str) -> bool {
    matches!(s, "GOV" | "MIL" | "COP" | "LEG" | "JUD" | "SPY")
}

/// Words that qualify a title without being one ("former", "deputy").
const TITLE_MODIFIERS: &[&str] = &[
    "former",
    "late",
    "then",
    "outgoing",
    "incoming",
    "new",
    "acting",
    "deputy",
    "vice",
    "senior",
    "chief",
    "top",
    "first",
    "second",
    "permanent",
    "interim",
    "caretaker",
    "foreign",
    "prime",
    "general",
    "state",
    "special",
    "national",
    "defence",
    "defense",
    "interior",
    "finance",
    "commerce",
    "trade",
    "economy",
    "justice",
    "health",
    "education",
    "industry",
    "agriculture",
    "labour",
    "labor",
    "home",
    "security",
    "executive",
    "military",
    "army",
    "police",
    "opposition",
    "party",
    "parliamentary",
    "regional",
    "provincial",
    "executive",
    "managing",
    "supreme",
    "assistant",
    "under",
    "secretary",
    "de",
    "facto",
    "lieutenant",
    "major",
    "brigadier",
];

/// Nouns that make a phrase a title (beyond the agents dictionary).
const TITLE_NOUNS: &[&str] = &[
    "president",
    "minister",
    "counterpart",
    "ambassador",
    "envoy",
    "governor",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "director",
    "director-general",
    "secretary",
    "secretary-general",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chancellor",
    "king",
    "queen",
    "emir",
    "sultan",
    "prince",
    "premier",
    "pm",
    "mayor",
    "general",
    "commander",
    "chief",
    "head",
    "leader",
    "official",
    "diplomat",
    "senator",
    "lawmaker",
    "mp",
    "judge",
    "prosecutor",
    "founder",
    "counsellor",
    "counselor",
    "consul",
    "attache",
    "representative",
    "delegate",
    "coordinator",
    "commissioner",
    "officer",
    "fellow",
    "adviser",
    "advisor",
    "vice-president",
    "vice-chairman",
    "speaker",
    "chairperson",
    "colonel",
    "captain",
    "admiral",
    "pope",
    "archbishop",
    "bishop",
    "cardinal",
];

fn is_title_noun(w: &str) -> bool {
    TITLE_NOUNS.contains(&w)
}

/// Words that make a capitalised name an institution's, not a person's.
const INSTITUTION_WORDS: &[&str] = &[
    "ministry",
    "council",
    "party",
    "bank",
    "company",
    "corporation",
    "corp",
    "group",
    "agency",
    "commission",
    "committee",
    "union",
    "association",
    "organisation",
    "organization",
    "office",
    "department",
    "forces",
    "force",
    "army",
    "navy",
    "police",
    "court",
    "university",
    "institute",
    "fund",
    "front",
    "movement",
    "service",
    "authority",
    "parliament",
    "assembly",
    "congress",
    "senate",
    "chamber",
    "embassy",
    "government",
    "federation",
    "league",
    "network",
    "news",
    "times",
    "post",
    "tv",
    "radio",
    "press",
    "inc",
    "ltd",
    "llc",
    "foundation",
    "centre",
    "center",
    "programme",
    "program",
    "forum",
    "alliance",
    "coalition",
    "guard",
    "guards",
    "board",
    "bureau",
    "administration",
    "republic",
    "kingdom",
    "state",
    "states",
    "airlines",
    "airways",
    "club",
    "society",
    "trust",
    "partners",
    "holdings",
    "industries",
    "international",
];

/// Words that take a bare country qualifier to mean "its government"
/// ("Japan's role"), used only to decide GPE-as-actor.
const HOME_WORDS: &[&str] = &["kingdom", "country", "nation", "republic"];

/// The article's own country: a dateline's place, else the country named
/// most often by place names (ties: the first named).
pub fn home_country(doc: &Doc, t: &Tree) -> Option<String> {
    let date = doc.date;
    let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
    // Dateline zones ("HÀ NỘI —", "BEIJING --") name where the story is
    // filed: usually, not always, the country it is about ("ADDIS ABABA –"
    // over an AU story on Guinea-Bissau), so the dateline weighs as much
    // as a few mentions rather than deciding alone.
    const DATELINE_WEIGHT: usize = 3;
    let mut dateline_country: Option<String> = None;
    for z in doc
        .zones
        .iter()
        .filter(|z| z.kind == crate::doc::ZoneKind::Dateline)
    {
        if dateline_country.is_some() {
            break;
        }
        // The NER often misses upper-case datelines: read the words.
        let first = doc
            .tokens
            .partition_point(|tok| tok.span.start < z.span.start);
        for i in first..doc.tokens.len() {
            if !z.span.contains(doc.tokens[i].span) {
                break;
            }
            let found = [2usize, 1].into_iter().find_map(|n| {
                let last = doc.tokens.get(i + n - 1)?;
                if !z.span.contains(last.span) {
                    return None;
                }
                let sp = Span::new(doc.tokens[i].span.start, last.span.end);
                country_word(doc.slice(sp), date).filter(|c| c.len() == 3 && c != "IGO")
            });
            if let Some(c) = found {
                counts.entry(c.clone()).or_insert((0, 0)).0 += DATELINE_WEIGHT;
                dateline_country = Some(c);
                break;
            }
        }
    }
    // The headline and lead say what the story is about: their mentions
    // count double.
    let lead_end = doc
        .sentences
        .iter()
        .filter(|s| doc.zone_of(s.span).is_none())
        .nth(1)
        .map_or(0, |s| s.span.end);
    for (k, e) in doc.entities.iter().enumerate() {
        // Place names count; nationality words do not ("Japanese investors"
        // in a Cambodian paper). The small NER model often labels
        // unfamiliar country names ORG or PERSON ("Vanuatu"), so those
        // count too when the whole name is a country's.
        if !matches!(
            e.label,
            EntityLabel::Gpe | EntityLabel::Org | EntityLabel::Person
        ) || doc.zone_of(e.span).is_some()
            || doc.slice(e.span) == "Us"
        {
            continue;
        }
        if let Some(c) = country_word(strip_det(doc.slice(e.span)), date) {
            let entry = counts.entry(c).or_insert((0, k + 1));
            entry.0 += if e.span.end <= lead_end { 2 } else { 1 };
            if entry.1 == 0 {
                entry.1 = k + 1;
            }
        }
    }
    let _ = t;
    // A datelined country the story goes on to name is home; otherwise
    // the most weight, ties to the country named first.
    if let Some(c) = dateline_country
        && counts
            .get(&c)
            .is_some_and(|(n, _)| *n >= DATELINE_WEIGHT + 2)
    {
        return Some(c);
    }
    counts
        .into_iter()
        .filter(|(c, _)| c.len() == 3 && c != "IGO" && c != "NGO" && c != "MNC")
        .max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.1.1.cmp(&a.1.1)))
        .map(|(c, _)| c)
}

fn strip_det(s: &str) -> &str {
    for p in ["the ", "The ", "THE "] {
        if let Some(r) = s.strip_prefix(p) {
            return r;
        }
    }
    s
}

/// A word or phrase that names a country (a country, demonym, capital or
/// city entry with no sector), or an international body.
pub fn country_word(s: &str, date: Option<chrono::NaiveDate>) -> Option<String> {
    let key = fold(strip_det(s));
    let code = ACTORS.lookup_folded(&key, date)?;
    match (&code.country, &code.sector) {
        (Some(c), None) => Some(c.clone()),
        _ => None,
    }
}

/// Longest agent phrase inside `words` (folded); returns (sector, start, len).
fn agent_in(words: &[String]) -> Option<(String, usize, usize)> {
    let a = &*AGENTS_DICT;
    let n = words.len();
    for len in (1..=a.max_words.min(n)).rev() {
        for s in 0..=n - len {
            let key = words[s..s + len].join(" ");
            if let Some(sec) = a.sector(&key) {
                return Some((sec.to_string(), s, len));
            }
        }
    }
    None
}

/// Sector of a single noun token (by text, then lemma).
fn agent_sector(t: &Tree, i: usize) -> Option<String> {
    let a = &*AGENTS_DICT;
    a.sector(&fold(t.text(i)))
        .or_else(|| a.sector(&fold(&t.lemma(i))))
        .map(str::to_string)
}

/// Sector of the agent phrase ending at noun `i` (compounds to its left).
fn agent_phrase_sector(t: &Tree, i: usize, lo: usize) -> Option<String> {
    let a = &*AGENTS_DICT;
    let mut best = None;
    let mut start = i;
    // Try "riot police", "security forces", "business community".
    for k in 0..a.max_words {
        if k > 0 {
            if start == lo || start == 0 {
                break;
            }
            start -= 1;
            if !matches!(t.dep(start), "compound" | "amod" | "nmod") {
                break;
            }
        }
        let mut words: Vec<String> = (start..i).map(|j| fold(t.text(j))).collect();
        for last in [fold(t.text(i)), fold(&t.lemma(i))] {
            words.push(last);
            if let Some(s) = a.sector(&words.join(" ")) {
                best = Some(s.to_string());
            }
            words.pop();
        }
    }
    best
}

/// Token range covered by a byte span.
///
/// Tokens are in text order and do not overlap, so those that overlap the
/// span are one run, found by binary search: this runs for every entity,
/// and scanning the whole sentence each time was quadratic in a sentence
/// of thousands of names.
fn token_range(doc: &Doc, span: Span, within: Range<usize>) -> Range<usize> {
    let within = within.start.min(doc.tokens.len())..within.end.min(doc.tokens.len());
    if within.is_empty() {
        return 0..0;
    }
    let toks = &doc.tokens[within.clone()];
    let first = within.start + toks.partition_point(|t| t.span.end <= span.start);
    let mut lo = usize::MAX;
    let mut hi = 0;
    for i in first..within.end {
        let ts = doc.tokens[i].span;
        if ts.start >= span.end {
            break;
        }
        if ts.overlaps(span) {
            lo = lo.min(i);
            hi = hi.max(i + 1);
        }
    }
    if lo == usize::MAX { 0..0 } else { lo..hi }
}

/// The token in a range whose head lies outside it.
fn range_head(t: &Tree, r: &Range<usize>) -> usize {
    for i in r.clone() {
        let h = t.head(i);
        if h == i || !r.contains(&h) {
            return i;
        }
    }
    r.end.saturating_sub(1)
}

fn span_of(t: &Tree, r: &Range<usize>) -> Span {
    if r.is_empty() {
        // Nothing to cover: an empty span where the range starts.
        let at = t.tok(r.start.min(r.end.saturating_sub(1))).span.start;
        return Span::new(at, at);
    }
    Span::new(t.tok(r.start).span.start, t.tok(r.end - 1).span.end)
}

fn is_det(t: &Tree, i: usize) -> bool {
    matches!(
        t.lower(i).as_str(),
        "the" | "a" | "an" | "this" | "these" | "those"
    ) || t.tok(i).tag == "DT"
}

fn is_possessive_marker(t: &Tree, i: usize) -> bool {
    t.tok(i).tag == "POS" || matches!(t.text(i), "'s" | "’s" | "'" | "’")
}

/// Per-document state for coding mentions.
struct Coder<'a, 'd> {
    doc: &'d Doc,
    t: &'a Tree<'d>,
    home: Option<&'a str>,
    /// token → entity index
    ent_of: Vec<Option<usize>>,
    /// ORG aliases from "Name (ALIAS)", with the full name.
    aliases: HashMap<String, Code>,
    alias_names: HashMap<String, String>,
    /// ORG codes seen so far, by folded name.
    orgs: HashMap<String, Code>,
    /// Tokens already used by a person's title.
    used: Vec<bool>,
    /// Names of the people coded so far (folded words), to repair labels.
    people: super::resolve::Persons,
}

pub fn find_mentions(doc: &Doc, t: &Tree, home: Option<&str>) -> Vec<Found> {
    // Tokens are in text order, so each entity's tokens are found by binary
    // search: linear in the document, which matters for giant articles.
    let mut ent_of = vec![None; doc.tokens.len()];
    for (k, e) in doc.entities.iter().enumerate() {
        let first = doc
            .tokens
            .partition_point(|tok| tok.span.end <= e.span.start);
        for (i, tok) in doc.tokens.iter().enumerate().skip(first) {
            if tok.span.start >= e.span.end {
                break;
            }
            if tok.span.overlaps(e.span) {
                ent_of[i] = Some(k);
            }
        }
    }
    // The entities inside each sentence, in entity order.
    let mut ents_in: Vec<Vec<usize>> = vec![Vec::new(); doc.sentences.len()];
    for (k, e) in doc.entities.iter().enumerate() {
        let s = doc
            .sentences
            .partition_point(|sent| sent.span.end <= e.span.start);
        if let Some(sent) = doc.sentences.get(s)
            && sent.span.contains(e.span)
        {
            ents_in[s].push(k);
        }
    }
    let mut c = Coder {
        doc,
        t,
        home,
        ent_of,
        aliases: HashMap::new(),
        alias_names: HashMap::new(),
        orgs: HashMap::new(),
        used: vec![false; doc.tokens.len()],
        people: Default::default(),
    };
    let mut out = Vec::new();
    for (s, sent) in doc.sentences.iter().enumerate() {
        crate::budget::check();
        let range = sent.tokens.clone();
        if range.is_empty() || range.end > doc.tokens.len() {
            continue;
        }
        let mut here = Vec::new();
        // Organisations first (titles refer to them), then people, then places.
        for pass in [EntityLabel::Org, EntityLabel::Person] {
            for (n, &k) in ents_in[s].iter().enumerate() {
                // A sentence of thousands of names: check within it too.
                if n % 64 == 63 {
                    crate::budget::check();
                }
                if doc.entities[k].label == pass
                    && let Some(f) = c.entity_mention(s, k, range.clone())
                {
                    here.push(f);
                }
            }
        }
        for &k in &ents_in[s] {
            let label = doc.entities[k].label;
            if ACTOR_LABELS.contains(&label)
                && !matches!(label, EntityLabel::Org | EntityLabel::Person)
                && let Some(f) = c.entity_mention(s, k, range.clone())
            {
                here.push(f);
            }
        }
        here.extend(c.dictionary_mentions(s, range.clone()));
        here.extend(c.nominal_mentions(s, range.clone()));
        here.extend(c.pronoun_and_group_mentions(s, range.clone()));
        // Drop entity mentions swallowed by a person's title or a nominal phrase.
        let mut keep: Vec<Found> = Vec::new();
        here.sort_by_key(|f| (f.actor.span.start, std::cmp::Reverse(f.actor.span.end)));
        for f in here {
            if f.actor.kind == MentionKind::Name
                && f.actor.label != Some(EntityLabel::Person)
                && c.used[f.actor.head]
            {
                continue;
            }
            // Sorted by span: those with f's span are at the end of `keep`.
            if keep
                .iter()
                .rev()
                .take_while(|k| k.actor.span == f.actor.span)
                .any(|k| k.actor.country == f.actor.country)
            {
                continue;
            }
            // "CHISINAU, February 14 —" says where the story was filed;
            // the city is nobody's actor.
            if doc.zone_of(f.actor.span) == Some(crate::doc::ZoneKind::Dateline) {
                continue;
            }
            keep.push(f);
        }
        out.extend(keep);
    }
    out
}

impl<'a, 'd> Coder<'a, 'd> {
    fn date(&self) -> Option<chrono::NaiveDate> {
        self.doc.date
    }

    /// An entity's label, corrected for organisations already known by name.
    fn effective_label(&self, k: usize) -> EntityLabel {
        let e = &self.doc.entities[k];
        let key = fold(strip_det(self.doc.slice(e.span)));
        if e.label == EntityLabel::Person
            && (self.aliases.contains_key(&key) || self.orgs.contains_key(&key))
        {
            EntityLabel::Org
        } else {
            e.label
        }
    }

    /// Tokens of entity `k`, minus a leading determiner and trailing "'s".
    fn entity_tokens(&self, k: usize, within: Range<usize>) -> Range<usize> {
        let mut r = token_range(self.doc, self.doc.entities[k].span, within);
        while r.start < r.end && (is_det(self.t, r.start) || self.t.tok(r.start).pos == "PUNCT") {
            r.start += 1;
        }
        while r.start < r.end
            && (is_possessive_marker(self.t, r.end - 1) || self.t.tok(r.end - 1).pos == "PUNCT")
        {
            r.end -= 1;
        }
        r
    }

    fn entity_mention(&mut self, s: usize, k: usize, within: Range<usize>) -> Option<Found> {
        let e = &self.doc.entities[k];
        let mut label = e.label;
        let r = self.entity_tokens(k, within.clone());
        // An entity from another recognizer (ONNX) need not line up with
        // the tokens: one that covers no word token names nothing.
        if r.is_empty() {
            return None;
        }
        let key0 = fold(self.doc.slice(span_of(self.t, &r)));
        // The small NER model mislabels: a known organisation tagged PERSON
        // is an organisation; "AmCham's Galiano" tagged ORG is a person when
        // the part after the possessive names a person already seen.
        if label == EntityLabel::Person
            && (self.aliases.contains_key(&key0) || self.orgs.contains_key(&key0))
        {
            label = EntityLabel::Org;
        } else if matches!(label, EntityLabel::Gpe | EntityLabel::Org)
            && r.len() == 1
            && ACTORS.lookup_folded(&key0, None).is_none()
            && self.people.any_named_by(std::slice::from_ref(&key0))
        {
            label = EntityLabel::Person;
        } else if label == EntityLabel::Org
            && let Some(p) = (r.start..r.end).find(|&i| is_possessive_marker(self.t, i))
            && p + 1 < r.end
        {
            let tail: Vec<String> = (p + 1..r.end).map(|i| fold(self.t.text(i))).collect();
            if self.people.any_named_by(&tail) {
                label = EntityLabel::Person;
            }
        }
        // "PM Thongsing" tagged ORG: a title and a name is a person; so is
        // a two- or three-word name right after a title ("spokeswoman Irina
        // Beloglazova" tagged ORG) when no word of it names an institution.
        let unknown = || {
            ACTORS
                .lookup(self.doc.slice(span_of(self.t, &r)), None)
                .is_none()
        };
        let name_like = |rr: Range<usize>| {
            rr.clone().all(|i| {
                self.t.tok(i).pos == "PROPN"
                    && !INSTITUTION_WORDS.contains(&self.t.lower(i).as_str())
            })
        };
        let titled_inside = r.len() >= 2
            && is_title_noun(&self.t.lower(r.start))
            && (r.start + 1..r.end).all(|i| self.t.tok(i).pos == "PROPN");
        let titled_before = (2..=3).contains(&r.len())
            && r.start > within.start
            && (is_title_noun(&self.t.lower(r.start - 1)) || {
                // ", Camila Restrepo," in apposition to "counterpart"
                let h = range_head(self.t, &r);
                self.t.dep(h) == "appos" && is_title_noun(&self.t.lower(self.t.head(h)))
            })
            && name_like(r.clone());
        if matches!(label, EntityLabel::Org | EntityLabel::Gpe)
            && (titled_inside || titled_before)
            && unknown()
        {
            label = EntityLabel::Person;
        }
        if r.is_empty() {
            return None;
        }
        let head = range_head(self.t, &r);
        let span = span_of(self.t, &r);
        let text = self.doc.slice(span).to_string();
        let key = fold(&text);
        let base = |country: Option<String>, sector: Option<String>, score: f32| Actor {
            span,
            phrase: span,
            head,
            sentence: s,
            kind: MentionKind::Name,
            label: Some(label),
            name: text.clone(),
            country,
            sector,
            office: None,
            score: score * e.score.clamp(0.0, 1.0).max(0.5),
            refers: Vec::new(),
        };
        let mut found = Found {
            actor: base(None, None, 0.5),
            tokens: r.clone(),
            head_word: fold(self.t.text(head)),
            definite: false,
            self_coded: false,
            home_default: false,
        };
        match label {
            EntityLabel::Person => {
                found.actor.label = Some(EntityLabel::Person);
                self.code_person(&mut found, r, within);
                let words: Vec<String> = found
                    .actor
                    .name
                    .split([' ', '-'])
                    .map(fold)
                    .filter(|w| !w.is_empty())
                    .collect();
                // Each name once, indexed by word: every later entity
                // looks it up, and long articles name thousands.
                self.people.insert(words);
            }
            EntityLabel::Org => {
                let code = self.code_org(&key, r.clone());
                let (country, sector, score, home) = code;
                found.actor = base(country, sector, score);
                if let Some(full) = self.alias_names.get(&key) {
                    found.actor.name = full.clone();
                }
                found.home_default = home;
                found.self_coded = found.actor.is_coded() && !home;
                // "Khmer Enterprise (KE)": the bracketed name is an alias.
                self.record_alias(&r, &found);
                self.orgs.insert(
                    key,
                    Code {
                        country: found.actor.country.clone(),
                        sector: found.actor.sector.clone(),
                    },
                );
            }
            EntityLabel::Norp => {
                // A nationality word modifying an agent noun belongs to that
                // nominal actor ("Japanese investors"), not to itself.
                let h = self.t.head(head);
                if h != head
                    && matches!(self.t.dep(head), "amod" | "compound" | "nmod")
                    && (agent_sector(self.t, h).is_some()
                        || self.ent_of[h]
                            .is_some_and(|x| self.doc.entities[x].label == EntityLabel::Person))
                {
                    return None;
                }
                let c = self.lookup_country_phrase(&key);
                let coded = c.is_some();
                found.actor = base(c, None, if coded { 0.9 } else { 0.4 });
                found.self_coded = coded;
            }
            _ => {
                // GPE / LOC / FAC
                let lower = text.to_lowercase();
                if HOME_WORDS.contains(&lower.as_str()) {
                    found.definite = true;
                    found.actor = base(self.home.map(str::to_string), None, 0.7);
                    found.home_default = true;
                    return Some(found);
                }
                match self.lookup_place(&key, r.clone()) {
                    Some((c, score)) => {
                        found.actor = base(Some(c), None, score);
                        found.self_coded = true;
                    }
                    None if label == EntityLabel::Gpe => {
                        // An unknown place in a local story is most likely domestic.
                        found.actor = base(self.home.map(str::to_string), None, 0.5);
                        found.home_default = true;
                    }
                    None => found.actor = base(None, None, 0.3),
                }
                // "government-funded" etc. never apply to places
            }
        }
        Some(found)
    }

    /// Country of a NORP/GPE phrase: the whole phrase, else its words.
    fn lookup_country_phrase(&self, key: &str) -> Option<String> {
        if let Some(c) = ACTORS
            .lookup_folded(key, self.date())
            .and_then(|c| c.country)
        {
            return Some(c);
        }
        let words: Vec<&str> = key.split(' ').collect();
        for w in &words {
            if let Some(c) = country_word(w, self.date()) {
                return Some(c);
            }
        }
        None
    }

    fn lookup_place(&self, key: &str, r: Range<usize>) -> Option<(String, f32)> {
        if let Some(c) = ACTORS
            .lookup_folded(key, self.date())
            .and_then(|c| c.country)
        {
            return Some((c, 0.95));
        }
        // "Japan's Yamaguchi prefecture": the possessor names the country.
        let head = range_head(self.t, &r);
        for ch in self.t.children_with(head, &["poss"]) {
            if let Some(c) = country_word(self.t.text(ch), self.date()) {
                return Some((c, 0.85));
            }
        }
        // "Yamaguchi prefecture", "Plateau state": a known word inside.
        let words: Vec<&str> = key.split(' ').collect();
        for n in (1..words.len()).rev() {
            for s in 0..=words.len() - n {
                let sub = words[s..s + n].join(" ");
                if let Some(c) = country_word(&sub, self.date()) {
                    return Some((c, 0.8));
                }
            }
        }
        None
    }

    /// Country, sector, score and whether the country is the home default.
    fn code_org(&self, key: &str, r: Range<usize>) -> (Option<String>, Option<String>, f32, bool) {
        let date = self.date();
        if let Some(c) = self.aliases.get(key).or_else(|| self.orgs.get(key)) {
            return (c.country.clone(), c.sector.clone(), 0.9, false);
        }
        if let Some(c) = ACTORS.lookup_folded(key, date) {
            return (c.country, c.sector, 0.95, false);
        }
        let words: Vec<String> = key.split(' ').map(str::to_string).collect();
        // The first country word inside names the country
        // ("American Chamber of Commerce in Cambodia" → USA).
        let mut country = None;
        'outer: for s in 0..words.len() {
            for n in (1..=3.min(words.len() - s)).rev() {
                let sub = words[s..s + n].join(" ");
                if let Some(c) = country_word(&sub, date) {
                    country = Some(c);
                    break 'outer;
                }
            }
        }
        let mut sector = agent_in(&words).map(|(s, _, _)| s);
        // "government-funded", "state-owned": a state body whatever its name says.
        let lo = r.start.saturating_sub(3);
        for i in lo..r.end {
            let w = self.t.lower(i);
            if (w.starts_with("government") || w.starts_with("state-") || w == "state")
                && i < r.end
                && (i >= r.start || self.t.dominates(range_head(self.t, &r), i))
            {
                sector = Some("GOV".to_string());
            }
        }
        let mut home = false;
        if country.is_none()
            && sector.as_deref().is_some_and(is_state_sector)
            && let Some(h) = self.home
        {
            country = Some(h.to_string());
            home = true;
        }
        let score = match (&country, &sector) {
            (Some(_), Some(_)) if !home => 0.85,
            (Some(_), _) => 0.7,
            (None, Some(_)) => 0.6,
            _ => 0.4,
        };
        (country, sector, score, home)
    }

    fn record_alias(&mut self, r: &Range<usize>, f: &Found) {
        let n = self.doc.tokens.len();
        // "X (ALIAS)", also after a place: "X in Cambodia (ALIAS)".
        let mut k = r.end;
        while k < n && k < r.end + 5 && self.t.text(k) != "(" {
            let w = self.t.lower(k);
            if w == "," || self.t.is_verb(k) {
                return;
            }
            k += 1;
        }
        if k + 2 < n && self.t.text(k) == "(" && self.t.text(k + 2) == ")" {
            let alias = fold(self.t.text(k + 1));
            self.alias_names.insert(alias.clone(), f.actor.name.clone());
            self.aliases.insert(
                alias,
                Code {
                    country: f.actor.country.clone(),
                    sector: f.actor.sector.clone(),
                },
            );
        }
    }

    /// A person: name, title on the left ("Japanese ambassador"), or an
    /// appositive on the right (", Governor of Japan's Yamaguchi prefecture,").
    fn code_person(&mut self, f: &mut Found, r: Range<usize>, within: Range<usize>) {
        let t = self.t;
        let date = self.date();
        let mut r = r;
        // "AmCham's Galiano", "Japan's Abe": the possessor qualifies the name.
        let mut qualifier: Option<Range<usize>> = None;
        if let Some(p) = (r.start..r.end).find(|&i| is_possessive_marker(t, i))
            && p + 1 < r.end
            && p > r.start
        {
            qualifier = Some(r.start..p);
            r.start = p + 1;
        }
        // "PM Abe", "President Ruto" inside the entity: the title is not the name.
        let mut inner_title = r.start;
        while r.end - inner_title > 1 {
            let w = t.lower(inner_title);
            if is_title_noun(&w)
                || TITLE_MODIFIERS.contains(&w.as_str())
                || matches!(
                    w.as_str(),
                    "mr" | "mr." | "mrs" | "mrs." | "ms" | "ms." | "dr" | "dr."
                )
            {
                inner_title += 1;
            } else {
                break;
            }
        }
        let inner_has_title = (r.start..inner_title).any(|i| is_title_noun(&t.lower(i)));
        let title_start = r.start;
        r.start = inner_title;
        f.actor.span = span_of(t, &r);
        f.actor.head = range_head(t, &r);
        f.actor.name = self.doc.slice(f.actor.span).to_string();
        f.head_word = fold(t.text(f.actor.head));
        // Left title.
        let mut j = qualifier.as_ref().map_or(title_start, |q| q.start);
        let mut has_title_noun = inner_has_title;
        while j > within.start {
            let i = j - 1;
            let w = t.lower(i);
            if let Some(k) = self.ent_of[i]
                && !(title_start..r.end).contains(&i)
            {
                let lab = self.effective_label(k);
                if matches!(lab, EntityLabel::Person | EntityLabel::Date) {
                    break;
                }
                j = token_range(self.doc, self.doc.entities[k].span, within.clone())
                    .start
                    .min(i);
                // skip a leading determiner inside the entity
                while j < i && is_det(t, j) {
                    j += 1;
                }
                continue;
            }
            if is_possessive_marker(t, i) {
                j = i;
                continue;
            }
            if (title_start..r.end).contains(&i) {
                j = i;
                continue;
            }
            if is_title_noun(&w) || agent_sector(t, i).is_some() && t.is_noun(i) {
                has_title_noun = true;
                j = i;
                continue;
            }
            if TITLE_MODIFIERS.contains(&w.as_str()) || w == "of" && has_title_noun {
                j = i;
                continue;
            }
            // a lower-case noun compound in a title ("commerce minister")
            if t.dep(i) == "compound" && t.is_noun(i) && has_title_noun {
                j = i;
                continue;
            }
            break;
        }
        // Trim dangling "of" / possessives at the left edge.
        while j < r.start && (t.lower(j) == "of" || is_possessive_marker(t, j)) {
            j += 1;
        }
        let mut title: Option<Range<usize>> = (has_title_noun && j < r.start).then_some(j..r.start);
        // A possessor alone codes the person but is no office.
        let mut office_from_title = title.is_some();
        if title.is_none()
            && let Some(q) = qualifier.clone()
        {
            title = Some(q.start..r.start);
        }
        // Right appositive: ", Governor of Japan's Yamaguchi prefecture,"
        if title.is_none() && r.end + 1 < within.end && t.text(r.end) == "," {
            let mut k = r.end + 1;
            while k < within.end && is_det(t, k) {
                k += 1;
            }
            let start = k;
            let mut saw_title = false;
            while k < within.end {
                let w = t.lower(k);
                if matches!(w.as_str(), "," | "who" | "which" | "said" | "." | ")" | ";")
                    || t.tok(k).pos == "VERB"
                {
                    break;
                }
                if is_title_noun(&w) {
                    saw_title = true;
                }
                k += 1;
            }
            // ", Governor of ...", ", a Russian Foreign Ministry spokeswoman,":
            // a title, its modifiers, or a country or institution before it.
            // Only determiners after the comma ("Idrees Zaman, the" at the
            // end of a text) leave `start` at the end of `within`: no token,
            // no appositive.
            let qualifier = |start: usize| {
                self.ent_of[start].is_some() || country_word(t.text(start), date).is_some()
            };
            if start < within.end
                && saw_title
                && let first = t.lower(start)
                && k > start
                && k - start <= 10
                && (is_title_noun(&first)
                    || TITLE_MODIFIERS.contains(&first.as_str())
                    || qualifier(start))
            {
                title = Some(start..k);
                office_from_title = true;
            }
        }
        // Left appositive: "His Irish counterpart, Siobhán Walsh, ...".
        let head_tok = range_head(t, &r);
        if title.is_none()
            && t.dep(head_tok) == "appos"
            && is_title_noun(&t.lower(t.head(head_tok)))
            && t.head(head_tok) < r.start
        {
            let h = t.head(head_tok);
            let start = t
                .subtree(h)
                .into_iter()
                .filter(|&j| j >= within.start && j <= h)
                .min()
                .unwrap_or(h);
            let mut k = start;
            while k < h && (is_det(t, k) || t.tok(k).tag == "PRP$") {
                k += 1;
            }
            if h - k <= 6 {
                title = Some(k..h + 1);
                office_from_title = true;
            }
        }
        let name_text = self.doc.slice(span_of(t, &r)).to_string();
        let key = fold(&name_text);
        let mut country = None;
        let mut sector = None;
        let mut score = 0.5;
        // Dictionary (also with the family name first, as in Japanese order).
        let rev = {
            let mut w: Vec<&str> = key.split(' ').collect();
            w.reverse();
            w.join(" ")
        };
        if let Some(c) = ACTORS
            .lookup_folded(&key, date)
            .or_else(|| ACTORS.lookup_folded(&rev, date))
            .filter(|c| c.country.is_some())
        {
            country = c.country;
            sector = c.sector;
            score = 0.9;
        }
        let mut office = None;
        if let Some(tr) = title.clone() {
            for i in tr.clone() {
                self.used[i] = true;
            }
            let words: Vec<String> = tr
                .clone()
                .filter(|&i| !is_possessive_marker(t, i))
                .map(|i| fold(t.text(i)))
                .collect();
            let text = {
                let sp = span_of(t, &tr);
                self.doc.slice(sp).trim_end_matches([',', ' ']).to_string()
            };
            if office_from_title {
                office = Some(text);
            }
            // Country and sector named in the title: an organisation wins
            // ("KE CEO" is a state enterprise's officer), then a place or
            // nationality, then the title's agent words.
            let mut t_country = None;
            let mut t_sector = None;
            let mut i = tr.start;
            while i < tr.end {
                if let Some(k) = self.ent_of[i] {
                    let er = token_range(self.doc, self.doc.entities[k].span, tr.clone());
                    let ek = fold(strip_det(self.doc.slice(span_of(t, &er))));
                    match self.effective_label(k) {
                        EntityLabel::Org => {
                            let (c, s, _, _) = self.code_org(&ek, er.clone());
                            if t_country.is_none() {
                                t_country = c;
                            }
                            if t_sector.is_none() {
                                t_sector = s;
                            }
                        }
                        _ => {
                            if t_country.is_none() {
                                t_country = self
                                    .lookup_country_phrase(&ek)
                                    .or_else(|| self.lookup_place(&ek, er.clone()).map(|x| x.0));
                            }
                        }
                    }
                    i = er.end.max(i + 1);
                    continue;
                }
                if t_country.is_none()
                    && let Some(c) = country_word(t.text(i), date)
                {
                    t_country = Some(c);
                }
                i += 1;
            }
            if t_sector.is_none() {
                t_sector = agent_in(&words).map(|(s, _, _)| s).or_else(|| {
                    words
                        .iter()
                        .any(|w| is_title_noun(&w.to_lowercase()))
                        .then(|| "GOV".to_string())
                        .filter(|_| {
                            words.iter().any(|w| {
                                matches!(
                                    w.as_str(),
                                    "MINISTER"
                                        | "PRESIDENT"
                                        | "AMBASSADOR"
                                        | "ENVOY"
                                        | "GOVERNOR"
                                        | "PM"
                                        | "PREMIER"
                                        | "CHANCELLOR"
                                        | "KING"
                                        | "EMIR"
                                        | "SECRETARY"
                                        | "MAYOR"
                                        | "DIPLOMAT"
                                        | "CONSUL"
                                )
                            })
                        })
                });
            }
            if t_country.is_some() {
                country = t_country;
                score = 0.9;
            }
            if t_sector.is_some() {
                sector = t_sector;
            }
            if score < 0.7 {
                score = 0.7;
            }
        }
        if country.is_none()
            && sector.as_deref().is_some_and(is_state_sector)
            && let Some(h) = self.home
        {
            country = Some(h.to_string());
            f.home_default = true;
        }
        let label_score = f.actor.score.max(0.5);
        f.actor.country = country;
        f.actor.sector = sector;
        f.actor.office = office;
        f.actor.score = (score * label_score / 0.5).min(0.99) * 0.5 + score * 0.5;
        f.self_coded = f.actor.is_coded() && !f.home_default;
        if let Some(tr) = title {
            f.tokens = tr.start.min(r.start)..tr.end.max(r.end);
        }
    }

    /// Agent-noun phrases that are not entities: "the Japanese embassy",
    /// "Government of Việt Nam", "protesters", "the ministry".
    fn nominal_mentions(&mut self, s: usize, range: Range<usize>) -> Vec<Found> {
        let t = self.t;
        let mut out = Vec::new();
        for i in range.clone() {
            if self.used[i] || !t.is_noun(i) || t.tok(i).pos == "PROPN" && self.ent_of[i].is_some()
            {
                continue;
            }
            if let Some(k) = self.ent_of[i]
                && self.doc.entities[k].label != EntityLabel::Norp
            {
                // inside a named entity: the entity is the mention
                continue;
            }
            // A noun that only modifies another noun is not the head, nor is
            // a word inside a name ("Lao People's ...") or a hyphenated
            // modifier ("government-funded").
            if matches!(t.dep(i), "compound" | "poss") && t.head(i) != i
                || i + 1 < range.end && t.text(i + 1) == "-"
            {
                continue;
            }
            let Some(sector) = agent_phrase_sector(t, i, range.start) else {
                continue;
            };
            // A title noun directly before a person's name is that person's title.
            if t.tok(i).tag.starts_with("NN")
                && i + 1 < range.end
                && self.ent_of[i + 1]
                    .is_some_and(|k| self.doc.entities[k].label == EntityLabel::Person)
            {
                continue;
            }
            let (country, qual_lo, qual_hi) = self.qualifier(i, range.clone());
            let mut country = country;
            let mut lo = qual_lo.unwrap_or(i);
            // extend left over compounds/adjectives of the head
            while lo > range.start {
                let p = lo - 1;
                if t.head(p) == i && matches!(t.dep(p), "compound" | "amod" | "nmod" | "nummod")
                    || t.head(p) == lo && matches!(t.dep(p), "compound")
                {
                    lo = p;
                } else {
                    break;
                }
            }
            let hi = qual_hi.unwrap_or(i + 1).max(i + 1);
            // Drop quantity words at the left edge ("more Japanese investors").
            while lo < i
                && matches!(
                    t.lower(lo).as_str(),
                    "more"
                        | "many"
                        | "some"
                        | "several"
                        | "all"
                        | "other"
                        | "thousands"
                        | "hundreds"
                        | "dozens"
                )
            {
                lo += 1;
            }
            let definite = self.is_definite(i);
            let mut home_default = false;
            // Conjuncts share a nationality: "the Japanese government and people".
            if country.is_none() && t.dep(i) == "conj" {
                let h = t.head(i);
                if agent_sector(t, h).is_some() {
                    country = self.qualifier(h, range.clone()).0;
                }
            }
            let self_coded = country.is_some();
            if country.is_none() && !definite {
                // Bare "protesters", "police": the place they are in, else home.
                country = self
                    .place_in_clause(i, range.clone())
                    .or_else(|| self.home.map(str::to_string));
                home_default = true;
            }
            let r = lo..hi;
            let span = span_of(t, &r);
            let score = if self_coded {
                0.85
            } else if definite {
                0.6
            } else {
                0.5
            };
            // "Indian and Chinese troops": one mention per nationality, the
            // same words for each.
            let others: Vec<String> = if self_coded {
                self.coordinated_countries(i, country.as_deref(), range.clone())
            } else {
                Vec::new()
            };
            let found = Found {
                actor: Actor {
                    span,
                    phrase: span,
                    head: i,
                    sentence: s,
                    kind: MentionKind::Nominal,
                    label: None,
                    name: self.doc.slice(span).to_string(),
                    country,
                    sector: Some(sector),
                    office: None,
                    score,
                    refers: Vec::new(),
                },
                tokens: r,
                head_word: fold(&t.lemma(i)),
                definite: definite && !self_coded,
                self_coded,
                home_default,
            };
            let base = found.clone();
            out.push(found);
            for c in others {
                let mut f = base.clone();
                f.actor.country = Some(c);
                out.push(f);
            }
        }
        out
    }

    /// Countries coordinated with the one that qualifies noun `i`: the
    /// "Chinese" of "Indian and Chinese troops".
    fn coordinated_countries(
        &self,
        i: usize,
        first: Option<&str>,
        range: Range<usize>,
    ) -> Vec<String> {
        let t = self.t;
        let date = self.date();
        let mut out = Vec::new();
        for &m in t.children(i) {
            if !matches!(t.dep(m), "amod" | "compound" | "nmod") || !range.contains(&m) {
                continue;
            }
            if country_word(t.text(m), date).as_deref() != first {
                continue;
            }
            for c in t.children_with(m, &["conj"]) {
                if let Some(code) = country_word(t.text(c), date)
                    && Some(code.as_str()) != first
                    && !out.contains(&code)
                {
                    out.push(code);
                }
            }
        }
        out
    }

    fn is_definite(&self, i: usize) -> bool {
        self.t.children(i).iter().any(|&c| {
            matches!(
                self.t.lower(c).as_str(),
                "the" | "this" | "its" | "their" | "our"
            )
        })
    }

    /// Country qualifier of noun `i`: a nationality or country modifier, a
    /// possessor, or an "of/in/from" place. Returns the country and the
    /// token bounds the qualifier adds to the phrase.
    fn qualifier(
        &self,
        i: usize,
        range: Range<usize>,
    ) -> (Option<String>, Option<usize>, Option<usize>) {
        let t = self.t;
        let date = self.date();
        // Nearest modifier first: "between Việt Nam and Yamaguchi prefecture".
        let mut kids: Vec<usize> = t.children(i).to_vec();
        kids.sort_by_key(|&c| std::cmp::Reverse(c));
        for &c in &kids {
            if c < range.start || c >= range.end {
                continue;
            }
            match t.dep(c) {
                "amod" | "compound" | "nmod" | "poss" => {
                    let w = if let Some(k) = self.ent_of[c] {
                        strip_det(self.doc.slice(self.doc.entities[k].span)).to_string()
                    } else {
                        t.text(c).to_string()
                    };
                    if let Some(code) = country_word(&w, date) {
                        let lo = self.ent_of[c]
                            .map(|k| {
                                token_range(self.doc, self.doc.entities[k].span, range.clone())
                                    .start
                            })
                            .unwrap_or(c);
                        return (Some(code), Some(lo.min(c)), None);
                    }
                    if let Some(k) = self.ent_of[c]
                        && self.doc.entities[k].label == EntityLabel::Org
                    {
                        let ek = fold(strip_det(self.doc.slice(self.doc.entities[k].span)));
                        if let Some(code) = self.aliases.get(&ek).or_else(|| self.orgs.get(&ek))
                            && code.country.is_some()
                        {
                            return (code.country.clone(), Some(c), None);
                        }
                    }
                }
                "prep" if matches!(t.lower(c).as_str(), "of" | "from") => {
                    for p in t.children_with(c, &["pobj"]) {
                        let w = if let Some(k) = self.ent_of[p] {
                            strip_det(self.doc.slice(self.doc.entities[k].span)).to_string()
                        } else {
                            t.text(p).to_string()
                        };
                        if let Some(code) = country_word(&w, date) {
                            let end = self.ent_of[p]
                                .map(|k| {
                                    token_range(self.doc, self.doc.entities[k].span, range.clone())
                                        .end
                                })
                                .unwrap_or(p + 1);
                            return (Some(code), None, Some(end.max(p + 1)));
                        }
                    }
                }
                _ => {}
            }
        }
        // "SMEs and start-ups in Cambodia", "protesters in Tbilisi"
        for &c in t.children(i) {
            if t.dep(c) == "prep" && t.lower(c) == "in" {
                for p in t.children_with(c, &["pobj"]) {
                    if let Some(k) = self.ent_of[p]
                        && let Some(code) =
                            country_word(self.doc.slice(self.doc.entities[k].span), date)
                    {
                        return (Some(code), None, None);
                    }
                }
            }
        }
        (None, None, None)
    }

    /// A place named in the clause of noun `i` ("protesters ... in Tbilisi").
    fn place_in_clause(&self, i: usize, range: Range<usize>) -> Option<String> {
        let t = self.t;
        let mut clause = i;
        for a in t.ancestors(i) {
            clause = a;
            if t.is_verb(a) {
                break;
            }
        }
        for j in t.subtree(clause) {
            if !range.contains(&j) || t.dep(j) != "pobj" {
                continue;
            }
            let prep = t.head(j);
            if !matches!(
                t.lower(prep).as_str(),
                "in" | "at" | "across" | "outside" | "through" | "near" | "of"
            ) {
                continue;
            }
            if let Some(k) = self.ent_of[j]
                && matches!(
                    self.doc.entities[k].label,
                    EntityLabel::Gpe | EntityLabel::Loc | EntityLabel::Fac
                )
                && let Some(c) = self.lookup_country_phrase(&fold(strip_det(
                    self.doc.slice(self.doc.entities[k].span),
                )))
                && c.len() == 3
                && c != "IGO"
            {
                return Some(c);
            }
        }
        None
    }

    /// Names the NER missed but the dictionaries know ("JETRO", "Việt Nam"):
    /// capitalised token runs outside actor entities.
    fn dictionary_mentions(&mut self, s: usize, range: Range<usize>) -> Vec<Found> {
        let t = self.t;
        let covered = |i: usize| {
            self.ent_of[i].is_some_and(|k| ACTOR_LABELS.contains(&self.doc.entities[k].label))
                || self.used[i]
        };
        let mut out = Vec::new();
        let mut i = range.start;
        while i < range.end {
            let cap = |j: usize| {
                let w = t.text(j);
                w.chars().next().is_some_and(|c| c.is_uppercase())
                    && t.tok(j).pos != "PRON"
                    && (w.chars().count() > 2 || w.chars().all(|c| c.is_uppercase()))
            };
            if covered(i) || !cap(i) {
                i += 1;
                continue;
            }
            let mut hit = None;
            for n in (1..=3usize).rev() {
                if i + n > range.end || (i..i + n).any(|j| covered(j) || !cap(j)) {
                    continue;
                }
                let r = i..i + n;
                let key = fold(self.doc.slice(span_of(t, &r)));
                if let Some(code) = ACTORS.lookup_folded(&key, self.date())
                    && code.country.is_some()
                {
                    hit = Some((r, code));
                    break;
                }
            }
            let Some((r, code)) = hit else {
                i += 1;
                continue;
            };
            let label = if code.sector.is_some() || code.country.as_deref() == Some("IGO") {
                EntityLabel::Org
            } else {
                EntityLabel::Gpe
            };
            let span = span_of(t, &r);
            let head = range_head(t, &r);
            out.push(Found {
                actor: Actor {
                    span,
                    phrase: span,
                    head,
                    sentence: s,
                    kind: MentionKind::Name,
                    label: Some(label),
                    name: self.doc.slice(span).to_string(),
                    country: code.country,
                    sector: code.sector,
                    office: None,
                    score: 0.6,
                    refers: Vec::new(),
                },
                tokens: r.clone(),
                head_word: fold(t.text(head)),
                definite: false,
                self_coded: true,
                home_default: false,
            });
            i = r.end;
        }
        out
    }

    fn pronoun_and_group_mentions(&mut self, s: usize, range: Range<usize>) -> Vec<Found> {
        let t = self.t;
        let mut out = Vec::new();
        for i in range {
            let w = t.lower(i);
            let tag = t.tok(i).tag;
            let dep = t.dep(i);
            let pronoun = matches!(
                w.as_str(),
                "he" | "she" | "him" | "her" | "it" | "they" | "them" | "we" | "us" | "i" | "me"
            ) && (tag == "PRP" || t.tok(i).pos == "PRON")
                && dep != "poss"
                && dep != "expl";
            let group_noun = matches!(
                t.lemma(i).as_str(),
                "side"
                    | "country"
                    | "party"
                    | "leader"
                    | "nation"
                    | "government"
                    | "neighbour"
                    | "neighbor"
                    | "partner"
                    | "minister"
                    | "delegation"
            ) && t.tok(i).tag == "NNS"
                && t.children(i).iter().any(|&c| {
                    matches!(t.lower(c).as_str(), "both" | "two")
                        && matches!(t.dep(c), "det" | "nummod" | "predet" | "amod" | "preconj")
                });
            let bare_both = w == "both" && matches!(dep, "nsubj" | "nsubjpass" | "dobj" | "pobj");
            if !(pronoun || group_noun || bare_both) {
                continue;
            }
            let mut lo = i;
            if group_noun {
                while lo > 0 && t.head(lo - 1) == i {
                    lo -= 1;
                }
            }
            let r = lo..i + 1;
            let span = span_of(t, &r);
            out.push(Found {
                actor: Actor {
                    span,
                    phrase: span,
                    head: i,
                    sentence: s,
                    kind: if pronoun {
                        MentionKind::Pronoun
                    } else {
                        MentionKind::Group
                    },
                    label: None,
                    name: self.doc.slice(span).to_string(),
                    country: None,
                    sector: None,
                    office: None,
                    score: 0.0,
                    refers: Vec::new(),
                },
                tokens: r,
                head_word: fold(&w),
                definite: false,
                self_coded: false,
                home_default: false,
            });
        }
        out
    }
}
