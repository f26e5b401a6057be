//! Word lists that decide whether a period ends a sentence.
//!
//! Abbreviations fall into classes by how they behave before a capitalised
//! word (the usual sign of a new sentence):
//! - [`Abbrev::Title`] ("Mr.", "Gen.", "Mt.") always precede a name, so the
//!   period never ends a sentence;
//! - [`Abbrev::Number`] ("No.", "p.", "Fig.") precede a number;
//! - [`Abbrev::Time`] ("a.m.", "P.M.") end a clause often;
//! - [`Abbrev::Ambiguous`] ("Co.", "Inc.", "Jr.", "U.S.", "Jan.", "Calif.")
//!   end a sentence only when a typical sentence opener follows ("...in the
//!   U.S. The" vs "the U.S. Government").
//!
//! Lists are sorted slices searched by binary search on an ASCII-lowered
//! stack copy, so a lookup allocates nothing.

/// How an abbreviation behaves before the next word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abbrev {
    Title,
    Number,
    Time,
    Ambiguous,
}

/// Case-sensitive titles: "Gen." a general, "gen." the biological genus.
/// "St." is not here: Saint before a name, Street at the end of a
/// sentence, so it is ambiguous.
const TITLES: &[&str] = &[
    "Adm", "Amb", "Atty", "Brig", "Capt", "Cdr", "Cmdr", "Cmdt", "Col", "Comdr", "Cpl", "Cpt",
    "Dep", "Det", "Dr", "Drs", "Ens", "Fr", "Ft", "Gen", "Gens", "Gov", "Govs", "Hon", "Insp",
    "Lieut", "Lt", "Maj", "Messrs", "Min", "Mlle", "Mme", "Mmes", "Mr", "Mrs", "Ms", "Msgr",
    "Mssrs", "Mt", "Mx", "Pfc", "Pres", "Prof", "Profs", "Pte", "Pvt", "Rep", "Reps", "Rev",
    "Revd", "Rt", "Sec", "Sen", "Sens", "Sgt", "Spc", "Sra", "Srta", "Supt",
];

/// Prefixes of numbers, matched case-sensitively ("No. 5" vs "no. That").
const NUMBER_PREFIXES: &[&str] = &[
    "App", "Appx", "Art", "Arts", "Ch", "Chap", "Eq", "Eqs", "Ex", "Exh", "Fig", "Figs", "No",
    "Nos", "Nr", "N°", "Nº", "Op", "P", "Para", "Paras", "Pp", "Pt", "Ref", "Reg", "Rp", "Rs",
    "Sch", "Sec", "Secs", "Sect", "Tab", "Tel", "Vol", "Vols", "art", "ch", "chap", "eq", "ex",
    "fig", "figs", "no", "nos", "nr", "op", "p", "para", "pp", "pt", "ref", "rs", "sec", "sect",
    "tel", "vol", "vols", "№",
];

/// Abbreviations that can end a sentence; compared case-insensitively.
const AMBIGUOUS: &[&str] = &[
    "acad", "al", "ala", "approx", "apr", "ariz", "ark", "assn", "assoc", "aug", "ave", "avg",
    "blvd", "bros", "btw", "ca", "calif", "cf", "co", "colo", "conn", "corp", "cos", "dec", "del",
    "dept", "dist", "esq", "est", "feb", "fla", "fri", "ga", "govt", "hwy", "ill", "inc", "ind",
    "inst", "intl", "jan", "jnr", "jr", "jul", "jun", "kan", "kans", "ky", "la", "ltd", "mar",
    "mass", "max", "md", "med", "mfg", "mich", "min", "minn", "miss", "mo", "mon", "mont", "mos",
    "natl", "neb", "nebr", "nev", "nov", "oct", "okla", "ore", "pa", "penn", "phd", "pkwy", "plc",
    "proc", "rd", "sat", "sci", "sep", "sept", "snr", "sq", "sr", "st", "ste", "sun", "tenn",
    "tex", "thu", "thur", "thurs", "tue", "tues", "univ", "v", "va", "viz", "vs", "vt", "wash",
    "wed", "wis", "wisc", "wks", "wyo", "yrs",
];

/// Words that typically open an English sentence and rarely continue a
/// name after an abbreviation, including the plural subjects that open
/// many news sentences ("...in the U.S. Officials said"); compared
/// case-insensitively.
const STARTERS: &[&str] = &[
    "a",
    "about",
    "according",
    "after",
    "again",
    "all",
    "also",
    "although",
    "among",
    "an",
    "analysts",
    "and",
    "another",
    "any",
    "are",
    "as",
    "at",
    "authorities",
    "because",
    "before",
    "both",
    "but",
    "by",
    "can",
    "citizens",
    "could",
    "critics",
    "despite",
    "did",
    "diplomats",
    "do",
    "doctors",
    "does",
    "dozens",
    "during",
    "each",
    "earlier",
    "even",
    "every",
    "experts",
    "few",
    "finally",
    "first",
    "for",
    "from",
    "further",
    "furthermore",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "hundreds",
    "i",
    "if",
    "in",
    "indeed",
    "instead",
    "investors",
    "is",
    "it",
    "its",
    "last",
    "later",
    "lawmakers",
    "leaders",
    "let",
    "many",
    "may",
    "meanwhile",
    "might",
    "millions",
    "ministers",
    "moreover",
    "most",
    "much",
    "must",
    "my",
    "neither",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "officials",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "others",
    "our",
    "over",
    "people",
    "please",
    "police",
    "protesters",
    "residents",
    "scientists",
    "several",
    "she",
    "should",
    "since",
    "so",
    "some",
    "sources",
    "still",
    "students",
    "such",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "therefore",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thousands",
    "thus",
    "to",
    "today",
    "tomorrow",
    "troops",
    "two",
    "under",
    "unlike",
    "until",
    "voters",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "witnesses",
    "workers",
    "would",
    "yesterday",
    "yet",
    "you",
    "your",
];

/// Words that open an introductory time phrase: "At 5 a.m. Mr. Smith left."
const TIME_INTRO: &[&str] = &[
    "about",
    "after",
    "approximately",
    "around",
    "at",
    "before",
    "by",
    "from",
    "just",
    "roughly",
    "shortly",
    "since",
    "till",
    "until",
];

/// Lower-case copy of a short ASCII-ish word on the stack; `None` when the
/// word is too long to be in any list.
fn lowered(word: &str, buf: &mut [u8; 24]) -> Option<usize> {
    let b = word.as_bytes();
    if b.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    Some(b.len())
}

fn in_lowered(list: &[&str], word: &str) -> bool {
    let mut buf = [0u8; 24];
    match lowered(word, &mut buf) {
        // The buffer holds ASCII only, so it is valid UTF-8.
        Some(n) => std::str::from_utf8(&buf[..n])
            .map(|w| list.binary_search(&w).is_ok())
            .unwrap_or(false),
        None => false,
    }
}

fn is_all_upper(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// In all-caps text ("SEC. 1262", "MR. SMITH") look words up by their
/// title-case form.
fn title_form(core: &str) -> std::borrow::Cow<'_, str> {
    if core.len() > 1 && core.is_ascii() && is_all_upper(core) {
        let mut s = core.to_ascii_lowercase();
        s[..1].make_ascii_uppercase();
        std::borrow::Cow::Owned(s)
    } else {
        std::borrow::Cow::Borrowed(core)
    }
}

/// The class of the word before a period, if it is a known abbreviation.
/// `core` is the word without the final period and without opening
/// punctuation ("U.S", "Mr", "(Ind" → "Ind").
pub fn classify(core: &str) -> Option<Abbrev> {
    if core.is_empty() {
        return None;
    }
    if matches!(core, "a.m" | "p.m" | "A.M" | "P.M") {
        return Some(Abbrev::Time);
    }
    let probe = title_form(core);
    if NUMBER_PREFIXES.binary_search(&probe.as_ref()).is_ok() {
        return Some(Abbrev::Number);
    }
    if TITLES.binary_search(&probe.as_ref()).is_ok() {
        return Some(Abbrev::Title);
    }
    if in_lowered(AMBIGUOUS, core) || is_dotted_acronym(core) {
        return Some(Abbrev::Ambiguous);
    }
    None
}

/// A title such as "Sec." that is also a number prefix ("Sec. 5").
pub fn classify_title(core: &str) -> bool {
    TITLES.binary_search(&title_form(core).as_ref()).is_ok()
}

/// "U.S", "e.g", "Ph.D", "J.C", "i.v": letters in groups of at most three
/// joined by single periods (the final period is not part of `core`).
pub fn is_dotted_acronym(core: &str) -> bool {
    if !core.contains('.') {
        return false;
    }
    core.split('.').all(|seg| {
        let n = seg.chars().count();
        (1..=3).contains(&n) && seg.chars().all(char::is_alphabetic)
    })
}

/// A typical sentence opener ("The", "He", "I'm", "It’s").
pub fn is_starter(word: &str) -> bool {
    let base = word
        .split(['\'', '’'])
        .next()
        .unwrap_or(word)
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    in_lowered(STARTERS, base)
}

/// A word that opens an introductory time phrase ("At", "By").
pub fn is_time_intro(word: &str) -> bool {
    in_lowered(TIME_INTRO, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for list in [TITLES, NUMBER_PREFIXES, AMBIGUOUS, STARTERS, TIME_INTRO] {
            let mut sorted = list.to_vec();
            sorted.sort_unstable();
            assert_eq!(sorted, list);
        }
        for w in AMBIGUOUS.iter().chain(STARTERS).chain(TIME_INTRO) {
            assert_eq!(w.to_ascii_lowercase(), *w, "{w} must be lower case");
        }
    }

    #[test]
    fn classes() {
        assert_eq!(classify("Mr"), Some(Abbrev::Title));
        assert_eq!(classify("MR"), Some(Abbrev::Title));
        assert_eq!(classify("St"), Some(Abbrev::Ambiguous));
        assert_eq!(classify("st"), Some(Abbrev::Ambiguous));
        assert_eq!(classify("No"), Some(Abbrev::Number));
        assert_eq!(classify("SEC"), Some(Abbrev::Number));
        assert_eq!(classify("p.m"), Some(Abbrev::Time));
        assert_eq!(classify("U.S"), Some(Abbrev::Ambiguous));
        assert_eq!(classify("Inc"), Some(Abbrev::Ambiguous));
        assert_eq!(classify("INC"), Some(Abbrev::Ambiguous));
        assert_eq!(classify("house"), None);
        assert_eq!(classify("example.com"), None);
        assert_eq!(classify("1.5"), None);
    }

    #[test]
    fn starters() {
        assert!(is_starter("The"));
        assert!(is_starter("I'm"));
        assert!(is_starter("It’s"));
        assert!(!is_starter("Government"));
    }
}
