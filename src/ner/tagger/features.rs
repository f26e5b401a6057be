//! What the entity tagger sees of a token: its word, shape, affixes and
//! tag, its neighbours', the entity the recognizer (and gazetteer) put
//! there, where a name from the actor dictionary runs, and whether the word
//! is a title or office ("minister", "spokesman") — the words at which a
//! span must stop.
//!
//! Features are strings (`w=minister`, `e-1=B-ORG`); [`sentence`] hands
//! them to a callback so that inference looks them up without allocating
//! and training can collect them.

use crate::actors::dict::{ACTORS, AGENTS_DICT, fold};
use crate::doc::{Doc, EntityLabel, Token};
use std::collections::HashMap;
use std::fmt::Write;
use std::sync::LazyLock;

/// News agencies, outlets and platforms (`data/lexicon/media.tsv`): exact
/// names → kind, and the longest name in tokens (roughly, by words).
static MEDIA: LazyLock<(HashMap<&'static str, &'static str>, usize)> = LazyLock::new(|| {
    let mut names = HashMap::new();
    let mut longest = 1;
    for line in include_str!("../../../data/lexicon/media.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some((name, kind)) = line.split_once('\t') {
            longest = longest.max(name.split(' ').count() + name.matches(['-', '\'', '.']).count());
            names.insert(name, kind.trim());
        }
    }
    (names, longest)
});

/// Head words of non-political places (`data/lexicon/place_words.tsv`) →
/// class.
static PLACE_WORDS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut out = HashMap::new();
    for line in include_str!("../../../data/lexicon/place_words.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        if let Some((class, words)) = line.split_once('\t') {
            for w in words.split_whitespace() {
                out.insert(w, class);
            }
        }
    }
    out
});

/// Head words of organisation names (`data/lexicon/org_words.txt`).
static ORG_WORDS: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../../data/lexicon/org_words.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::trim)
        .collect()
});

/// Honorifics and forms of address (`data/lexicon/honorifics.txt`).
static HONORIFICS: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../../data/lexicon/honorifics.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::trim)
        .collect()
});

/// What the whole document says of a word: the label the recognizer gave
/// most often to the entities that contain it ("Kishida" in "Fumio
/// Kishida" makes a lone "Kishida" a person). Computed once per document.
pub struct DocContext {
    /// Every token of the document, lower-cased (sentence views borrow it).
    lower: Vec<String>,
    label_of: HashMap<String, EntityLabel>,
    /// Names the article itself calls a kind of place: "Dokdo islets",
    /// "the island of Leyte" (class of the place word).
    place_of: HashMap<String, &'static str>,
}

impl DocContext {
    pub fn new(doc: &Doc) -> Self {
        let lower: Vec<String> = doc
            .tokens
            .iter()
            .map(|t| doc.slice(t.span).to_lowercase())
            .collect();
        let mut counts: HashMap<String, HashMap<EntityLabel, usize>> = HashMap::new();
        let mut k = 0;
        for e in &doc.entities {
            while k < doc.tokens.len() && doc.tokens[k].span.end <= e.span.start {
                k += 1;
            }
            let mut j = k;
            while j < doc.tokens.len() && doc.tokens[j].span.start < e.span.end {
                let w = doc.slice(doc.tokens[j].span);
                if starts_name(w) && w.chars().count() > 1 {
                    *counts
                        .entry(lower[j].clone())
                        .or_default()
                        .entry(e.label)
                        .or_default() += 1;
                }
                j += 1;
            }
        }
        let label_of = counts
            .into_iter()
            .filter_map(|(w, c)| {
                c.into_iter()
                    .max_by_key(|&(l, n)| (n, std::cmp::Reverse(l)))
                    .map(|(l, _)| (w, l))
            })
            .collect();
        let mut place_of = HashMap::new();
        for (i, t) in doc.tokens.iter().enumerate() {
            let w = doc.slice(t.span);
            if !starts_name(w) || PLACE_WORDS.contains_key(lower[i].as_str()) {
                continue;
            }
            let after = lower.get(i + 1).and_then(|n| PLACE_WORDS.get(n.as_str()));
            let before = (i >= 2 && lower[i - 1] == "of")
                .then(|| PLACE_WORDS.get(lower[i - 2].as_str()))
                .flatten();
            if let Some(&c) = after.or(before) {
                place_of.insert(lower[i].clone(), c);
            }
        }
        DocContext {
            lower,
            label_of,
            place_of,
        }
    }
}

/// Per-token context computed once per sentence.
pub struct SentenceView<'a> {
    doc: &'a Doc,
    toks: &'a [Token],
    lower: &'a [String],
    shape: Vec<String>,
    /// The entity layer before the tagger, as BILU + label ("O" outside).
    ent: Vec<String>,
    /// Actor-dictionary names, as BILU + kind.
    dict: Vec<String>,
    agent: Vec<bool>,
    honorific: Vec<bool>,
    /// The document's majority label for the word, when it has one.
    doc_label: Vec<Option<EntityLabel>>,
    /// The kind of place the document calls the word, when it does.
    doc_place: Vec<Option<&'static str>>,
    line_start: Vec<bool>,
    /// The run of capitalised words (with "of", "and", "for", "the"
    /// between them) each token is in: (first, last) token.
    run: Vec<Option<(usize, usize)>>,
}

/// Lower-case words that may join the capitalised words of one name.
const CONNECTORS: [&str; 12] = [
    "of", "and", "for", "the", "de", "&", "al", "el", "bin", "van", "von", "da",
];

fn runs(words: &[&str]) -> Vec<Option<(usize, usize)>> {
    let n = words.len();
    let mut out = vec![None; n];
    let mut i = 0;
    while i < n {
        if !starts_name(words[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        // Extend over capitalised words, and over connectors followed by one.
        loop {
            if j + 1 < n && starts_name(words[j + 1]) {
                j += 1;
            } else if j + 2 < n && CONNECTORS.contains(&words[j + 1]) && starts_name(words[j + 2]) {
                j += 2;
            } else {
                break;
            }
        }
        for slot in &mut out[i..=j] {
            *slot = Some((i, j));
        }
        i = j + 1;
    }
    out
}

/// The shape of a word, with runs collapsed: "Xx", "X.X.", "dd", "Xx-Xx".
fn shape(word: &str) -> String {
    let mut out = String::new();
    let mut last = None;
    for c in word.chars().take(12) {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if last != Some(k) || !matches!(k, 'X' | 'x' | 'd') {
            out.push(k);
        }
        last = Some(k);
    }
    out
}

/// What kind of actor-dictionary entry a name is.
fn dict_kind(name: &str, doc: &Doc) -> Option<&'static str> {
    let code = ACTORS.lookup_folded(name, doc.date)?;
    Some(match (code.country.as_deref(), code.sector.as_deref()) {
        (Some("IGO"), _) => "igo",
        (Some("NGO" | "MNC"), _) => "ngo",
        (Some(_), None) => "place",
        (Some(_), Some(_)) => "org",
        (None, Some(_)) => "sector",
        (None, None) => return None,
    })
}

fn bilu(n: usize, i: usize) -> &'static str {
    match (n, i) {
        (1, _) => "U",
        (_, 0) => "B",
        (n, i) if i + 1 == n => "L",
        _ => "I",
    }
}

fn starts_name(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

impl<'a> SentenceView<'a> {
    /// The view of tokens `range` of `doc` (one sentence).
    pub fn new(doc: &'a Doc, range: std::ops::Range<usize>, context: &'a DocContext) -> Self {
        let toks = &doc.tokens[range.clone()];
        let words: Vec<&str> = toks.iter().map(|t| doc.slice(t.span)).collect();
        let lower = &context.lower[range.clone()];
        let shape = words.iter().map(|w| shape(w)).collect();
        let n = toks.len();
        let mut ent = vec!["O".to_string(); n];
        let first = doc
            .entities
            .partition_point(|e| toks.first().is_some_and(|t| e.span.end <= t.span.start));
        for e in &doc.entities[first..] {
            let Some(last) = toks.last() else { break };
            if e.span.start >= last.span.end {
                break;
            }
            let from = toks.partition_point(|t| t.span.start < e.span.start);
            let inside: Vec<usize> = (from..n)
                .take_while(|&i| toks[i].span.start < e.span.end)
                .filter(|&i| toks[i].span.end <= e.span.end)
                .collect();
            for (k, &i) in inside.iter().enumerate() {
                ent[i] = format!("{}-{}", bilu(inside.len(), k), e.label.as_str());
            }
        }
        // Longest dictionary names, left to right, starting at a capital.
        let mut dict = vec!["O".to_string(); n];
        let max = ACTORS.max_words.min(6);
        let mut i = 0;
        while i < n {
            let mut found = None;
            if starts_name(words[i]) || MEDIA.0.contains_key(words[i]) {
                for len in (1..=max.max(MEDIA.1).min(n - i)).rev() {
                    let span =
                        crate::doc::Span::new(toks[i].span.start, toks[i + len - 1].span.end);
                    let text = doc.slice(span);
                    let kind = match MEDIA.0.get(text) {
                        Some(_) => Some("media"),
                        None if len <= max => dict_kind(&fold(text), doc),
                        None => None,
                    };
                    if let Some(kind) = kind {
                        found = Some((len, kind));
                        break;
                    }
                }
            }
            match found {
                Some((len, kind)) => {
                    for k in 0..len {
                        dict[i + k] = format!("{}-{kind}", bilu(len, k));
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
        let agent = words
            .iter()
            .map(|w| {
                w.len() > 2
                    && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
                    && AGENTS_DICT.sector(&fold(w)).is_some()
            })
            .collect();
        let honorific = words.iter().map(|w| HONORIFICS.contains(w)).collect();
        let doc_label = lower
            .iter()
            .map(|w| context.label_of.get(w).copied())
            .collect();
        let doc_place = lower
            .iter()
            .map(|w| context.place_of.get(w).copied())
            .collect();
        let line_start = toks
            .iter()
            .map(|t| {
                let before = &doc.text[..t.span.start];
                let gap = before.len() - before.trim_end_matches([' ', '\t']).len();
                t.span.start == 0 || before[..before.len() - gap].ends_with('\n')
            })
            .collect();
        SentenceView {
            doc,
            toks,
            run: runs(&words),
            lower,
            shape,
            ent,
            dict,
            agent,
            honorific,
            doc_label,
            doc_place,
            line_start,
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// The entity the recognizer wrote on token `i`, if any (label).
    pub fn input_label(&self, i: usize) -> Option<EntityLabel> {
        self.ent[i].get(2..).and_then(|l| l.parse().ok())
    }

    /// Calls `f` with each feature of token `i`, in a reused buffer.
    pub fn features(&self, i: usize, buf: &mut String, f: &mut impl FnMut(&str)) {
        let n = self.len();
        let at = |k: isize| -> Option<usize> {
            let j = i as isize + k;
            (j >= 0 && (j as usize) < n).then_some(j as usize)
        };
        let word = |k: isize| at(k).map_or("<s>", |j| self.lower[j].as_str());
        let shp = |k: isize| at(k).map_or("<s>", |j| self.shape[j].as_str());
        let ent = |k: isize| at(k).map_or("<s>", |j| self.ent[j].as_str());
        let dict = |k: isize| at(k).map_or("<s>", |j| self.dict[j].as_str());
        let tag = |k: isize| at(k).map_or("<s>", |j| self.toks[j].tag);
        let agent = |k: isize| at(k).is_some_and(|j| self.agent[j]);
        let mut emit = |buf: &mut String, args: std::fmt::Arguments| {
            buf.clear();
            let _ = buf.write_fmt(args);
            f(buf);
        };
        let w = word(0);
        emit(buf, format_args!("bias"));
        if let Some(c) = PLACE_WORDS.get(w) {
            emit(buf, format_args!("wc={c}"));
        }
        if let Some(c) = at(1).and_then(|j| PLACE_WORDS.get(self.lower[j].as_str())) {
            emit(buf, format_args!("wc+1={c}"));
        }
        emit(buf, format_args!("w={w}"));
        for k in [-2isize, -1, 1, 2] {
            emit(buf, format_args!("w{k:+}={}", word(k)));
        }
        emit(buf, format_args!("w-1|w={}|{w}", word(-1)));
        emit(buf, format_args!("w|w+1={w}|{}", word(1)));
        let chars: Vec<char> = w.chars().collect();
        if chars.len() > 3 {
            let p: String = chars[..3].iter().collect();
            let s: String = chars[chars.len() - 3..].iter().collect();
            emit(buf, format_args!("p3={p}"));
            emit(buf, format_args!("s3={s}"));
        }
        if chars.len() > 4 {
            let s: String = chars[chars.len() - 4..].iter().collect();
            emit(buf, format_args!("s4={s}"));
        }
        emit(buf, format_args!("e-2={}", ent(-2)));
        emit(buf, format_args!("e+2={}", ent(2)));
        emit(buf, format_args!("sh={}", shp(0)));
        emit(buf, format_args!("sh-1|sh={}|{}", shp(-1), shp(0)));
        emit(buf, format_args!("sh|sh+1={}|{}", shp(0), shp(1)));
        emit(buf, format_args!("t={}", tag(0)));
        emit(buf, format_args!("t-1|t={}|{}", tag(-1), tag(0)));
        emit(buf, format_args!("t|t+1={}|{}", tag(0), tag(1)));
        emit(buf, format_args!("e={}", ent(0)));
        emit(buf, format_args!("e-1={}", ent(-1)));
        emit(buf, format_args!("e+1={}", ent(1)));
        emit(buf, format_args!("e|sh={}|{}", ent(0), shp(0)));
        emit(buf, format_args!("e|w={}|{w}", ent(0)));
        emit(
            buf,
            format_args!("e-1|e|e+1={}|{}|{}", ent(-1), ent(0), ent(1)),
        );
        emit(buf, format_args!("d={}", dict(0)));
        emit(buf, format_args!("d-1|d={}|{}", dict(-1), dict(0)));
        emit(buf, format_args!("d|d+1={}|{}", dict(0), dict(1)));
        emit(buf, format_args!("d|e={}|{}", dict(0), ent(0)));
        for k in [-1isize, 0, 1] {
            if agent(k) {
                emit(buf, format_args!("agent{k:+}"));
            }
        }
        if let Some((a, b)) = self.run[i] {
            let pos = bilu(b - a + 1, i - a);
            emit(buf, format_args!("run={pos}|{}", (b - a + 1).min(5)));
            emit(buf, format_args!("runL={}", self.lower[b]));
            emit(buf, format_args!("runF={}", self.lower[a]));
            emit(buf, format_args!("runL|pos={}|{pos}", self.lower[b]));
            let (fo, lo) = (
                ORG_WORDS.contains(self.lower[a].as_str()),
                ORG_WORDS.contains(self.lower[b].as_str()),
            );
            if fo || lo {
                emit(
                    buf,
                    format_args!("runorg={}{}|{pos}", u8::from(fo), u8::from(lo)),
                );
                emit(
                    buf,
                    format_args!("runorg|e={}{}|{}", u8::from(fo), u8::from(lo), ent(0)),
                );
            }
            if let Some(c) = PLACE_WORDS.get(self.lower[b].as_str()) {
                emit(buf, format_args!("runLc={c}"));
                emit(buf, format_args!("runLc|e={c}|{}", ent(0)));
            }
            if b + 1 < n {
                emit(buf, format_args!("runnext={}", self.lower[b + 1]));
            }
            if a > 0 {
                emit(buf, format_args!("runprev={}", self.lower[a - 1]));
            }
        }
        let hon = |k: isize| at(k).is_some_and(|j| self.honorific[j]);
        for k in [-1isize, 0, 1] {
            if hon(k) {
                emit(buf, format_args!("hon{k:+}"));
            }
        }
        emit(buf, format_args!("sh|e+1={}|{}", shp(0), ent(1)));
        if let Some(l) = self.doc_label[i] {
            emit(buf, format_args!("doc={}", l.as_str()));
            emit(buf, format_args!("doc|e={}|{}", l.as_str(), ent(0)));
        }
        if let Some(c) = self.doc_place[i] {
            emit(buf, format_args!("docplace={c}"));
            emit(buf, format_args!("docplace|e={c}|{}", ent(0)));
        }
        emit(buf, format_args!("dep={}", self.toks[i].dep));
        if i == 0 {
            emit(buf, format_args!("first|sh={}", shp(0)));
        }
        if self.line_start[i] {
            emit(buf, format_args!("line|sh={}", shp(0)));
        }
        let head = self.toks[i].head;
        if head < self.doc.tokens.len() && head != self.doc.tokens.len() {
            let h = &self.doc.tokens[head];
            emit(
                buf,
                format_args!("dep|hlemma={}|{}", self.toks[i].dep, h.lemma),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_collapse_runs() {
        assert_eq!(shape("Ministry"), "Xx");
        assert_eq!(shape("G7"), "Xd");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("2023"), "d");
        assert_eq!(shape("Self-Defense"), "Xx-Xx");
    }

    #[test]
    fn bilu_marks_positions() {
        assert_eq!(bilu(1, 0), "U");
        assert_eq!(bilu(3, 0), "B");
        assert_eq!(bilu(3, 1), "I");
        assert_eq!(bilu(3, 2), "L");
    }
}
