//! A token-classification model's label set (`config.json` `id2label`) read
//! as tagging scheme + entity type, and entity types mapped onto attache's
//! OntoNotes [`EntityLabel`]s.
//!
//! Schemes: IOB/BIO (`B-X`, `I-X`), BIOES/BILOU (`S-X`/`U-X` single,
//! `E-X`/`L-X` last), and bare IO labels (`PER`), in either `B-X` or `X-B`
//! order, any case. Types: OntoNotes names map 1:1; CoNLL's (and other
//! common) spellings map as [`TypeMap::for_type`] says.

use crate::doc::EntityLabel;

/// Where a word-piece label stands in an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    /// Outside any entity.
    Outside,
    /// First word of an entity (`B-`).
    Begin,
    /// A later word (`I-`, or a bare type such as `PER` in IO tagging).
    Inside,
    /// Last word of an entity (`E-`, `L-`).
    End,
    /// A one-word entity (`S-`, `U-`).
    Single,
}

/// One model label, parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tag {
    pub position: Position,
    /// Index into [`LabelSet::types`]; `None` for `O`.
    pub kind: Option<usize>,
}

/// How an entity type of the model becomes an attache label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeMap {
    /// Always this label.
    Fixed(EntityLabel),
    /// CoNLL `LOC`: countries, cities and regions with a government are GPE
    /// in OntoNotes, natural and other places are LOC; decided per mention
    /// by [`location_label`].
    Location,
    /// CoNLL `MISC`: NORP when the mention reads as a nationality, religion
    /// or group adjective ([`is_nationality_like`]); other MISC mentions
    /// (events, works, products mixed together) have no one OntoNotes label
    /// and are left out rather than mislabelled.
    Misc,
    /// A type attache has no label for; its mentions are left out.
    Unmapped,
}

impl TypeMap {
    /// The mapping for one entity type name (already stripped of its
    /// scheme prefix), case-insensitive. `ontonotes`: whether the model's
    /// label set is OntoNotes-like (has GPE), which decides what `LOC`
    /// means: OntoNotes LOC, or CoNLL's LOC that also covers GPEs.
    pub fn for_type(name: &str, ontonotes: bool) -> TypeMap {
        let upper = name.trim().to_ascii_uppercase().replace([' ', '-'], "_");
        if upper == "LOC" && !ontonotes {
            return TypeMap::Location;
        }
        if let Ok(label) = upper.parse::<EntityLabel>() {
            return TypeMap::Fixed(label);
        }
        use EntityLabel as L;
        match upper.as_str() {
            "PER" | "PERS" | "PERSON_NAME" | "PEOPLE" => TypeMap::Fixed(L::Person),
            "ORGANIZATION" | "ORGANISATION" | "ORGANIZATIONS" | "CORPORATION" | "COMPANY" => {
                TypeMap::Fixed(L::Org)
            }
            "LOCATION" | "GEO" | "PLACE" => TypeMap::Location,
            "GEOPOLITICAL" | "GEO_POLITICAL" => TypeMap::Fixed(L::Gpe),
            "NAT" | "NATIONALITY" | "RELIGION" => TypeMap::Fixed(L::Norp),
            "FACILITY" => TypeMap::Fixed(L::Fac),
            "EVE" => TypeMap::Fixed(L::Event),
            "ART" | "WORK" | "CREATIVE_WORK" => TypeMap::Fixed(L::WorkOfArt),
            "TIM" => TypeMap::Fixed(L::Date),
            "MISC" | "MISCELLANEOUS" => TypeMap::Misc,
            _ => TypeMap::Unmapped,
        }
    }

    /// The label for one mention of this type, given the mention's text.
    pub fn label_for(self, text: &str) -> Option<EntityLabel> {
        match self {
            TypeMap::Fixed(l) => Some(l),
            TypeMap::Location => Some(location_label(text)),
            TypeMap::Misc => is_nationality_like(text).then_some(EntityLabel::Norp),
            TypeMap::Unmapped => None,
        }
    }
}

/// Words that make a place name a natural or non-political location
/// (OntoNotes LOC) rather than a GPE.
const LOC_WORDS: &[&str] = &[
    "ocean",
    "sea",
    "seas",
    "gulf",
    "bay",
    "strait",
    "straits",
    "channel",
    "river",
    "lake",
    "mount",
    "mountain",
    "mountains",
    "mt",
    "hills",
    "valley",
    "desert",
    "peninsula",
    "island",
    "islands",
    "isles",
    "coast",
    "basin",
    "delta",
    "plateau",
    "forest",
    "canal",
    "cape",
    "border",
    "region",
    "africa",
    "asia",
    "europe",
    "antarctica",
    "arctic",
    "america",
    "americas",
    "oceania",
    "middle",
    "east",
    "west",
    "north",
    "south",
    "sahel",
    "balkans",
    "caucasus",
    "caribbean",
    "mediterranean",
    "pacific",
    "atlantic",
];

/// Countries and territories whose names hold a [`LOC_WORDS`] word.
const GPE_NAMES: &[&str] = &[
    "america",
    "united states of america",
    "south africa",
    "ivory coast",
    "solomon islands",
    "marshall islands",
    "cook islands",
    "cayman islands",
    "faroe islands",
    "virgin islands",
    "british virgin islands",
    "falkland islands",
    "isle of man",
    "gold coast",
];

/// GPE unless a word of the mention names a landform, body of water,
/// continent or compass region ("Red Sea", "Middle East", "Africa"), and the
/// mention is not one of the countries named like that ("South Africa",
/// "Ivory Coast"). A compass word counts only when every word after it is
/// also such a word ("West Africa", "Far East", but not "North Korea").
pub fn location_label(text: &str) -> EntityLabel {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let start = usize::from(words.first().is_some_and(|w| w == "the"));
    let words = &words[start..];
    if GPE_NAMES.contains(&words.join(" ").as_str()) {
        return EntityLabel::Gpe;
    }
    const COMPASS: &[&str] = &["middle", "east", "west", "north", "south"];
    let is_loc_word = |w: &String| LOC_WORDS.contains(&w.as_str());
    let is_loc = words.iter().enumerate().any(|(i, w)| {
        is_loc_word(w) && (!COMPASS.contains(&w.as_str()) || words[i + 1..].iter().all(is_loc_word))
    });
    if is_loc {
        EntityLabel::Loc
    } else {
        EntityLabel::Gpe
    }
}

/// Whether a MISC mention reads as a nationality, religious or political
/// group word: one or two capitalised words ending like English demonyms
/// ("Japanese", "Cambodian", "Iraqis", "Thai", "Dutch", "Muslim", "Sunni").
pub fn is_nationality_like(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > 2 {
        return false;
    }
    let last = words[words.len() - 1];
    if !words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        || !last.chars().all(|c| c.is_alphabetic() || c == '-')
    {
        return false;
    }
    let lower = last.to_lowercase();
    let stem = lower
        .strip_suffix('s')
        .filter(|s| s.ends_with("an") || s.ends_with('i'))
        .unwrap_or(&lower);
    const SUFFIXES: &[&str] = &["an", "ese", "ish", "ch", "i", "ic", "ite", "ist", "ean"];
    const WORDS: &[&str] = &[
        "thai", "swiss", "greek", "muslim", "jewish", "arab", "kurd", "serb", "croat", "czech",
        "pole", "turk", "scot", "dane", "finn", "swede", "lao", "khmer",
    ];
    WORDS.contains(&stem)
        || SUFFIXES
            .iter()
            .any(|s| stem.len() > s.len() + 2 && stem.ends_with(s))
}

/// A model's labels, in output order.
#[derive(Clone, Debug)]
pub struct LabelSet {
    /// Tag of each output index.
    pub tags: Vec<Tag>,
    /// Entity type names as the model spells them.
    pub types: Vec<String>,
    /// How each type maps onto attache labels.
    pub maps: Vec<TypeMap>,
}

impl LabelSet {
    /// Parse `id2label` given as (index, label) pairs. Every index from 0 to
    /// the largest must be present once.
    pub fn from_id2label(pairs: &[(usize, String)]) -> Result<LabelSet, String> {
        if pairs.is_empty() {
            return Err("id2label is empty".into());
        }
        let n = pairs.iter().map(|p| p.0).max().unwrap_or(0) + 1;
        let mut names: Vec<Option<&str>> = vec![None; n];
        for (i, name) in pairs {
            if names[*i].replace(name).is_some() {
                return Err(format!("id2label has index {i} twice"));
            }
        }
        let mut types: Vec<String> = Vec::new();
        let mut tags = Vec::with_capacity(n);
        for (i, name) in names.iter().enumerate() {
            let name = name.ok_or_else(|| format!("id2label lacks index {i}"))?;
            let (position, kind) = parse_label(name);
            let kind = kind.map(|k| {
                types.iter().position(|t| t == k).unwrap_or_else(|| {
                    types.push(k.to_string());
                    types.len() - 1
                })
            });
            tags.push(Tag { position, kind });
        }
        let ontonotes = types.iter().any(|t| t.eq_ignore_ascii_case("GPE"));
        let maps = types
            .iter()
            .map(|t| TypeMap::for_type(t, ontonotes))
            .collect();
        Ok(LabelSet { tags, types, maps })
    }

    /// Number of model outputs per word-piece.
    pub fn len(&self) -> usize {
        self.tags.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tags.is_empty()
    }

    /// Entity types of the model that attache cannot use.
    pub fn unmapped_types(&self) -> Vec<&str> {
        self.types
            .iter()
            .zip(&self.maps)
            .filter(|(_, m)| **m == TypeMap::Unmapped)
            .map(|(t, _)| t.as_str())
            .collect()
    }
}

/// Split one label into scheme position and type: "B-PER", "I_ORG",
/// "PER-B", "S-LOC", "O", "PER" (IO), "b-per".
fn parse_label(name: &str) -> (Position, Option<&str>) {
    let name = name.trim();
    if name.is_empty() || name.eq_ignore_ascii_case("O") || name.eq_ignore_ascii_case("OUTSIDE") {
        return (Position::Outside, None);
    }
    let prefix = |p: &str| match p.to_ascii_uppercase().as_str() {
        "B" => Some(Position::Begin),
        "I" => Some(Position::Inside),
        "E" | "L" => Some(Position::End),
        "S" | "U" => Some(Position::Single),
        _ => None,
    };
    for sep in ['-', '_'] {
        if let Some((p, t)) = name.split_once(sep)
            && let Some(pos) = prefix(p)
            && !t.is_empty()
        {
            return (pos, Some(t));
        }
        if let Some((t, p)) = name.rsplit_once(sep)
            && let Some(pos) = prefix(p)
            && !t.is_empty()
        {
            return (pos, Some(t));
        }
    }
    (Position::Inside, Some(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityLabel as L;

    fn set(labels: &[&str]) -> LabelSet {
        let pairs: Vec<(usize, String)> = labels
            .iter()
            .enumerate()
            .map(|(i, l)| (i, l.to_string()))
            .collect();
        LabelSet::from_id2label(&pairs).unwrap()
    }

    #[test]
    fn parses_bio_bioes_and_io_in_any_order_and_case() {
        assert_eq!(parse_label("O"), (Position::Outside, None));
        assert_eq!(parse_label("B-PER"), (Position::Begin, Some("PER")));
        assert_eq!(parse_label("i-org"), (Position::Inside, Some("org")));
        assert_eq!(parse_label("S-LOC"), (Position::Single, Some("LOC")));
        assert_eq!(parse_label("U-LOC"), (Position::Single, Some("LOC")));
        assert_eq!(parse_label("L-MISC"), (Position::End, Some("MISC")));
        assert_eq!(parse_label("E_GPE"), (Position::End, Some("GPE")));
        assert_eq!(parse_label("PER-B"), (Position::Begin, Some("PER")));
        assert_eq!(parse_label("PER"), (Position::Inside, Some("PER")));
        assert_eq!(
            parse_label("B-WORK_OF_ART"),
            (Position::Begin, Some("WORK_OF_ART"))
        );
    }

    #[test]
    fn label_set_shares_types_between_positions() {
        let s = set(&["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]);
        assert_eq!(s.types, vec!["PER", "LOC"]);
        assert_eq!(
            s.tags[2],
            Tag {
                position: Position::Inside,
                kind: Some(0)
            }
        );
        assert_eq!(s.tags[3].kind, Some(1));
        assert!(s.unmapped_types().is_empty());
    }

    #[test]
    fn id2label_must_be_complete() {
        let gap = vec![(0, "O".to_string()), (2, "B-PER".to_string())];
        assert!(
            LabelSet::from_id2label(&gap)
                .unwrap_err()
                .contains("lacks index 1")
        );
        let twice = vec![(0, "O".to_string()), (0, "B-PER".to_string())];
        assert!(LabelSet::from_id2label(&twice).is_err());
        assert!(LabelSet::from_id2label(&[]).is_err());
    }

    #[test]
    fn ontonotes_types_map_one_to_one() {
        for l in EntityLabel::ALL {
            assert_eq!(TypeMap::for_type(l.as_str(), true), TypeMap::Fixed(l));
            assert_eq!(
                TypeMap::for_type(&l.as_str().to_lowercase(), true),
                TypeMap::Fixed(l)
            );
        }
        assert_eq!(
            TypeMap::for_type("work-of-art", true),
            TypeMap::Fixed(L::WorkOfArt)
        );
        let s = set(&["O", "B-GPE", "B-LOC"]);
        assert_eq!(s.maps, vec![TypeMap::Fixed(L::Gpe), TypeMap::Fixed(L::Loc)]);
    }

    #[test]
    fn conll_types_map_onto_ontonotes() {
        let conll = set(&[
            "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
        ]);
        let map = |t: &str| conll.maps[conll.types.iter().position(|x| x == t).unwrap()];
        assert_eq!(map("PER").label_for("Hun Manet"), Some(L::Person));
        assert_eq!(map("ORG").label_for("ASEAN"), Some(L::Org));
        assert_eq!(map("LOC").label_for("Phnom Penh"), Some(L::Gpe));
        assert_eq!(map("LOC").label_for("Red Sea"), Some(L::Loc));
        assert_eq!(map("MISC").label_for("Japanese"), Some(L::Norp));
        assert_eq!(map("MISC").label_for("World Cup"), None);
        assert_eq!(
            TypeMap::for_type("LOCATION", true).label_for("Gaza"),
            Some(L::Gpe)
        );
        assert_eq!(TypeMap::for_type("CHEMICAL", false), TypeMap::Unmapped);
        let s = set(&["O", "B-CHEMICAL", "B-PER"]);
        assert_eq!(s.unmapped_types(), vec!["CHEMICAL"]);
    }

    #[test]
    fn locations_split_into_gpe_and_loc() {
        for gpe in [
            "Cambodia",
            "South Africa",
            "North Korea",
            "America",
            "East Timor",
            "New York",
            "the Ivory Coast",
            "United States of America",
        ] {
            assert_eq!(location_label(gpe), L::Gpe, "{gpe}");
        }
        for loc in [
            "Middle East",
            "South China Sea",
            "West Africa",
            "Mekong River",
            "Africa",
            "Strait of Hormuz",
            "Korean Peninsula",
            "Far East",
            "Latin America",
            "the Sahel",
        ] {
            assert_eq!(location_label(loc), L::Loc, "{loc}");
        }
    }

    #[test]
    fn nationality_like_words() {
        for n in [
            "Japanese",
            "Cambodian",
            "Iraqis",
            "Thai",
            "Dutch",
            "French",
            "Muslim",
            "Sunni",
            "Israeli",
            "South Korean",
            "Americans",
            "Swiss",
            "Pakistani",
        ] {
            assert!(is_nationality_like(n), "{n}");
        }
        for n in [
            "World Cup",
            "Olympics",
            "iPhone",
            "Operation Desert Storm",
            "F-16",
            "japanese",
            "Cold War",
        ] {
            assert!(!is_nationality_like(n), "{n}");
        }
    }
}
