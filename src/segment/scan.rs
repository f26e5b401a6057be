//! Sentence boundaries inside one block (see [`super::blocks`]).
//!
//! One left-to-right pass. At each run of terminal punctuation the scanner
//! looks at a bounded window around it — the word before ("Mr", "U.S",
//! "$100.00") and the token after (its case, whether it is a list marker or
//! a typical sentence opener) — and decides. Every look-around is capped,
//! so the pass is linear in the text whatever its shape.

use super::blocks::{is_closer, is_terminal};
use super::lexicon::{self, Abbrev};
use crate::clean::listmark::{self, Enumerator, Style};
use crate::clean::text::{is_blank, is_space};
use crate::doc::Span;

/// Longest word looked at before or after a period.
const WINDOW: usize = 64;
/// A bracket longer than this is not treated as an aside.
const MAX_ASIDE: usize = 400;

/// Sentences of `text[block]`, appended to `out`.
pub fn split_block(text: &str, block: Span, out: &mut Vec<Span>) {
    let mut s = Scanner {
        text,
        block,
        out,
        start: None,
        list: None,
        asides: Vec::new(),
        pairs: bracket_pairs(text, block),
        next_pair: 0,
    };
    s.run();
}

/// Char at byte `i` (which must be a char boundary below `text.len()`).
#[inline]
fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or('\0')
}

/// The largest char boundary at or below `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[inline]
fn char_before(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '„'
            | '«'
            | '‹'
            | '('
            | '['
            | '{'
            | '¿'
            | '¡'
            | '`'
            | '「'
            | '『'
            | '（'
    )
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '―' | '‒' | '−')
}

/// Matched bracket pairs `(open, close)` of the block, sorted by `open`.
fn bracket_pairs(text: &str, block: Span) -> Vec<(usize, usize)> {
    let slice = block.slice(text);
    if !slice.contains(['(', '[', '{']) {
        return Vec::new();
    }
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut pairs = Vec::new();
    for (k, b) in slice.bytes().enumerate() {
        let open = match b {
            b')' => b'(',
            b']' => b'[',
            b'}' => b'{',
            b'(' | b'[' | b'{' => {
                stack.push((b, block.start + k));
                continue;
            }
            _ => continue,
        };
        if let Some(&(o, at)) = stack.last()
            && o == open
        {
            stack.pop();
            pairs.push((at, block.start + k));
        }
    }
    pairs.sort_unstable();
    pairs
}

/// A run of terminal punctuation: "." "?!" "..." "…" ". . . ." "。".
struct Cluster {
    start: usize,
    end: usize,
    dots: usize,
    /// Holds ? or ! (or their variants).
    question: bool,
    /// Dots separated by single spaces (". . .").
    spaced: bool,
    /// CJK full stop or full-width marks: a boundary whatever follows.
    full_width: bool,
}

fn cluster(text: &str, i: usize, end: usize) -> Cluster {
    let mut c = Cluster {
        start: i,
        end: i,
        dots: 0,
        question: false,
        spaced: false,
        full_width: false,
    };
    let b = text.as_bytes();
    let mut j = i;
    while j < end {
        let ch = char_at(text, j);
        match ch {
            '.' => c.dots += 1,
            '…' => c.dots += 3,
            '?' | '!' | '‼' | '⁇' | '⁈' | '⁉' => c.question = true,
            '？' | '！' => {
                c.question = true;
                c.full_width = true;
            }
            '。' | '．' => c.full_width = true,
            // ". . ." : a single space between dots keeps the run going.
            ' ' if !c.question
                && j > i
                && b[j - 1] == b'.'
                && b.get(j + 1) == Some(&b'.')
                && j + 1 < end =>
            {
                c.spaced = true;
            }
            _ => break,
        }
        j += ch.len_utf8();
    }
    c.end = j;
    c
}

/// What follows a candidate boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Next {
    /// End of the block.
    End,
    /// No space after the punctuation: the char that follows.
    Glued(char),
    Lower,
    Upper,
    /// A letter of a script without case (CJK, Arabic, ...).
    Caseless,
    Digit,
    Marker(Enumerator),
    Punct(char),
}

/// The token after a space, with what was skipped to reach it.
#[derive(Clone, Copy, Debug)]
struct After<'t> {
    next: Next,
    /// The word the decision looks at (after openers or a dash).
    word: &'t str,
    opener: bool,
    dash: bool,
}

struct Open {
    close: usize,
}

struct Scanner<'t, 'o> {
    text: &'t str,
    block: Span,
    out: &'o mut Vec<Span>,
    /// First byte of the current sentence.
    start: Option<usize>,
    /// The list marker that opened the current sentence.
    list: Option<Enumerator>,
    /// Open brackets inside which boundaries are suppressed, innermost last.
    asides: Vec<Open>,
    pairs: Vec<(usize, usize)>,
    next_pair: usize,
}

impl Scanner<'_, '_> {
    fn run(&mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let end = self.block.end;
        let mut i = self.block.start;
        let mut after_space = false;
        while i < end {
            let b = bytes[i];
            // Fast path: an ASCII letter or digit inside a sentence needs no
            // decision, unless it opens a token that may continue a list.
            if b.is_ascii_alphanumeric()
                && self.start.is_some()
                && !(after_space && self.list.is_some())
            {
                after_space = false;
                i += 1;
                continue;
            }
            let c = if b.is_ascii() {
                char::from(b)
            } else {
                char_at(text, i)
            };
            if is_space(c) {
                after_space = true;
                i += c.len_utf8();
                continue;
            }
            match self.start {
                None => self.begin(i),
                Some(_) if after_space => {
                    if listmark::is_bullet(c) || self.continues_list(i) {
                        self.emit(i);
                        self.begin(i);
                    }
                }
                Some(_) => {}
            }
            after_space = false;
            match c {
                '(' | '[' | '{' => self.open(i, c),
                c if is_terminal(c) => {
                    // The char before where it resumes is punctuation. The
                    // cluster holds the char at `i`, so the scan resumes
                    // past it; the max makes that progress certain.
                    let next = self.terminal(i);
                    debug_assert!(next > i, "terminal at {i} resumes at {next}");
                    i = next.max(i + c.len_utf8());
                    continue;
                }
                _ => {}
            }
            i += c.len_utf8();
        }
        if self.start.is_some() {
            self.emit(end);
        }
    }

    fn begin(&mut self, i: usize) {
        self.start = Some(i);
        self.list = listmark::parse_marker(&self.text[i..self.block.end]).1;
    }

    /// Close the current sentence at `end` (trailing space trimmed).
    fn emit(&mut self, end: usize) {
        crate::budget::check();
        if let Some(start) = self.start.take() {
            let s = &self.text[start..end];
            let trimmed = start + s.trim_end_matches(is_space).len();
            if trimmed > start {
                self.out.push(Span::new(start, trimmed));
            }
        }
        self.list = None;
    }

    /// "1. The first item 2. The second": the next enumerator of the list
    /// that opened this sentence starts a new item.
    fn continues_list(&self, i: usize) -> bool {
        let (Some(cur), Some(start)) = (self.list, self.start) else {
            return false;
        };
        let c = self.text.as_bytes()[i];
        if !(c.is_ascii_alphanumeric() || c == b'(') {
            return false;
        }
        // The current item needs content of its own: "R. S. Kauffman" is a
        // run of initials, not items R and S.
        let item =
            self.text[start..i].trim_start_matches(|c: char| listmark::is_bullet(c) || is_space(c));
        if item.get(cur.len..).is_none_or(is_blank) {
            return false;
        }
        listmark::parse(&self.text[i..self.block.end]).is_some_and(|e| cur.followed_by(&e))
    }

    /// An opening bracket: if it closes soon and opens mid-sentence (or is a
    /// square/curly bracket), periods inside it do not end the sentence:
    /// "(Olmsted et al. 1989. Proc. Natl. Acad.)", "[...]".
    fn open(&mut self, i: usize, c: char) {
        while self.next_pair < self.pairs.len() && self.pairs[self.next_pair].0 < i {
            self.next_pair += 1;
        }
        let close = match self.pairs.get(self.next_pair) {
            Some(&(o, cl)) if o == i => cl,
            _ => return,
        };
        if close - i > MAX_ASIDE {
            return;
        }
        if c == '(' && self.start.is_none_or(|s| s >= i) {
            return;
        }
        self.asides.retain(|o| o.close > i);
        self.asides.push(Open { close });
    }

    /// True when a boundary at `at` would fall strictly inside an aside.
    fn inside_aside(&mut self, at: usize, here: usize) -> bool {
        self.asides.retain(|o| o.close > here);
        self.asides.iter().any(|o| o.close >= at)
    }

    /// Handle the punctuation run starting at `i`; returns where to go on.
    fn terminal(&mut self, i: usize) -> usize {
        let cl = cluster(self.text, i, self.block.end);
        let closed = self.skip_closers(cl.end);
        match self.decide(&cl, closed) {
            Some(at) if !self.inside_aside(at, i) => {
                self.emit(at);
                at
            }
            _ => cl.end,
        }
    }

    /// Past closing quotes, brackets and footnote marks ("[7][8]").
    fn skip_closers(&self, mut j: usize) -> usize {
        let text = self.text;
        let end = self.block.end;
        for _ in 0..16 {
            if j >= end {
                break;
            }
            let c = char_at(text, j);
            if is_closer(c) {
                j += c.len_utf8();
            } else if c == '[' {
                // A footnote: [12], [2–11], [a]
                let rest = &text.as_bytes()[j + 1..end];
                let n = rest
                    .iter()
                    .take(8)
                    .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b',' | b'-'))
                    .count();
                if n > 0 && n < 8 && rest.get(n) == Some(&b']') {
                    j += n + 2;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        j
    }

    /// Classify what follows byte `j`.
    fn after(&self, j: usize) -> After<'_> {
        let text = self.text;
        let end = self.block.end;
        let mut a = After {
            next: Next::End,
            word: "",
            opener: false,
            dash: false,
        };
        if j >= end {
            return a;
        }
        let c = char_at(text, j);
        if !is_space(c) {
            a.next = Next::Glued(c);
            return a;
        }
        let mut k = j;
        while k < end && is_space(char_at(text, k)) {
            k += char_at(text, k).len_utf8();
        }
        if k >= end {
            return a;
        }
        if let Some(e) = listmark::parse(&text[k..end]) {
            a.next = Next::Marker(e);
            a.word = &text[k..k + e.len];
            return a;
        }
        // Skip openers, then a dash and its spaces, a bounded number of chars.
        let mut steps = 0;
        while k < end && steps < 8 {
            let c = char_at(text, k);
            if is_opener(c) {
                a.opener = true;
            } else if is_dash(c) && !a.dash {
                a.dash = true;
                k += c.len_utf8();
                while k < end
                    && (is_dash(char_at(text, k)) || is_space(char_at(text, k)))
                    && steps < 8
                {
                    k += char_at(text, k).len_utf8();
                    steps += 1;
                }
                continue;
            } else {
                break;
            }
            k += c.len_utf8();
            steps += 1;
        }
        if k >= end {
            a.next = Next::Punct(char_before(text, k).unwrap_or(' '));
            return a;
        }
        let c = char_at(text, k);
        let stop = floor_boundary(text, (k + WINDOW).min(end));
        let word_end = text[k..stop]
            .char_indices()
            .find(|&(_, ch)| is_space(ch))
            .map_or(stop, |(o, _)| k + o);
        a.word = &text[k..word_end];
        a.next = if c.is_lowercase() {
            Next::Lower
        } else if c.is_uppercase() {
            Next::Upper
        } else if c.is_alphabetic() {
            Next::Caseless
        } else if c.is_numeric() || (matches!(c, '$' | '€' | '£' | '¥' | '#') && a.word.len() > 1)
        {
            Next::Digit
        } else {
            Next::Punct(c)
        };
        a
    }

    /// The word before the punctuation at `i`: (start, text), bounded.
    fn word_before(&self, i: usize) -> (usize, &str) {
        let floor = self
            .start
            .unwrap_or(self.block.start)
            .max(i.saturating_sub(WINDOW));
        let mut s = i;
        for (o, c) in self.text[..i].char_indices().rev() {
            if o < floor || is_space(c) {
                break;
            }
            s = o;
        }
        (s, &self.text[s..i])
    }

    /// Only list markers, openers and spaces lie between the sentence start
    /// and `at`: the word at `at` opens the sentence.
    fn opens_sentence(&self, at: usize) -> bool {
        match self.start {
            Some(s) if at >= s && at - s <= 16 => self.text[s..at]
                .chars()
                .all(|c| is_space(c) || is_opener(c) || listmark::is_line_bullet(c)),
            _ => false,
        }
    }

    /// "At 5 a.m. Mr. Smith went": a short introductory time phrase.
    fn time_intro(&self, at: usize) -> bool {
        let Some(s) = self.start else { return false };
        if at < s || at - s > 40 {
            return false;
        }
        let mut words = self.text[s..at].split(is_space).filter(|w| !w.is_empty());
        let first = words.next().unwrap_or("");
        lexicon::is_time_intro(first) && words.count() <= 2
    }

    fn decide(&self, cl: &Cluster, closed: usize) -> Option<usize> {
        let a = self.after(closed);
        if cl.full_width {
            return (a.next != Next::End).then_some(closed);
        }
        let (t_start, word) = self.word_before(cl.start);
        // "(Ind" → "Ind", "⁃9" → "9": the word without openers and bullets.
        let core = word.trim_start_matches(|c| is_opener(c) || listmark::is_bullet(c));
        let t_start = t_start + (word.len() - core.len());
        match a.next {
            Next::End => return None,
            Next::Glued(c) => return self.glued(cl, closed, word, c),
            _ => {}
        }
        if cl.question {
            return match (a.next, a.dash) {
                (Next::Lower, _) => None,
                (Next::Punct(p), _) if is_terminal(p) || p == ',' => None,
                _ => Some(closed),
            };
        }
        if cl.dots >= 2 {
            if matches!(char_before(self.text, cl.start), Some('[' | '(')) {
                // "[...]": an omission mark, whatever follows.
                return None;
            }
            let abbreviated = lexicon::classify(core).is_some() || lexicon::is_dotted_acronym(core);
            if cl.spaced {
                if !word.is_empty() {
                    // "compounds. . . . The practice": the word's own period
                    // ends the sentence; the ellipsis opens the next one.
                    return self.period_ends(core, t_start, &a).then_some(cl.start + 1);
                }
                // " . . . I didn't" is an omission; " . . . . Next" ends.
                return (cl.dots >= 4 && starts_upper(&a)).then_some(closed);
            }
            if cl.dots == 2 && abbreviated {
                // "in the E.U.. But": the abbreviation's period plus the
                // sentence's own.
                return ordinary(core, &a).then_some(closed);
            }
            return (starts_upper(&a) || matches!(a.next, Next::Marker(_))).then_some(closed);
        }
        self.period_ends(core, t_start, &a).then_some(closed)
    }

    /// No space after the punctuation. Only "world.Today" (a lower-case word
    /// glued to a capitalised one, outside URLs and e-mails) and a footnote
    /// number ("consultation.11 Take") end a sentence here.
    fn glued(&self, cl: &Cluster, closed: usize, word: &str, c: char) -> Option<usize> {
        if cl.dots != 1 || cl.question || closed != cl.end {
            return None;
        }
        if c.is_ascii_digit() {
            return self.footnote(cl.end, word);
        }
        if !c.is_uppercase() || word.contains(['@', '/', ':']) || word.contains("www") {
            return None;
        }
        // The word glued to the period: "world", "Tuesday", "1,000".
        let tail_len: usize = word
            .chars()
            .rev()
            .take_while(|ch| ch.is_alphanumeric() || *ch == ',')
            .map(char::len_utf8)
            .sum();
        let tail = &word[word.len() - tail_len..];
        let mut tail_chars = tail.chars();
        let lower_word = tail_chars.next().is_some_and(char::is_alphabetic)
            && tail.chars().count() >= 2
            && tail_chars.all(char::is_lowercase);
        let number = !tail.is_empty() && tail.chars().all(|ch| ch.is_ascii_digit() || ch == ',');
        if !(lower_word || number) {
            return None;
        }
        // The next word: a capital then lower case, not followed by ".com".
        let stop = floor_boundary(self.text, self.block.end.min(cl.end + WINDOW));
        let rest = &self.text[cl.end..stop];
        let mut chars = rest.char_indices().skip(1);
        let mut saw_lower = false;
        let mut after = rest.len();
        for (o, ch) in chars.by_ref() {
            if ch.is_lowercase() {
                saw_lower = true;
            } else {
                after = o;
                break;
            }
        }
        let domain = rest[after..].starts_with('.')
            && rest[after + 1..]
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        // "Jane.Doe@example.com": the rest of the token is an address.
        let token_end = rest.find(is_space).unwrap_or(rest.len());
        let address = rest[..token_end].contains(['@', '/']);
        (saw_lower && !domain && !address).then_some(cl.end)
    }

    /// "consultation.11 12 Take": footnote numbers glued to the period,
    /// then a capital. Returns the end of the last number.
    fn footnote(&self, from: usize, word: &str) -> Option<usize> {
        let last = word.chars().next_back()?;
        if !(last.is_alphabetic() || matches!(last, ')' | ']')) {
            return None;
        }
        let b = self.text.as_bytes();
        let end = self.block.end;
        let mut j = from;
        let mut last_end = None;
        for _ in 0..4 {
            let n = b[j..end]
                .iter()
                .take(4)
                .take_while(|c| c.is_ascii_digit())
                .count();
            if n == 0 || n > 3 {
                break;
            }
            j += n;
            last_end = Some(j);
            // Another number after ", " or " ".
            let sep = b[j..end]
                .iter()
                .take(2)
                .take_while(|c| matches!(c, b' ' | b','))
                .count();
            if sep == 0 || !b.get(j + sep).is_some_and(u8::is_ascii_digit) {
                break;
            }
            j += sep;
        }
        let at = last_end?;
        let a = self.after(at);
        (a.next == Next::Upper && !a.opener).then_some(at)
    }

    /// Does a single period after `core` end the sentence, given what follows?
    fn period_ends(&self, core: &str, t_start: usize, a: &After) -> bool {
        // "Jan.-Oct.", "Gov./Sen.": the abbreviation after the joiner counts.
        let mut class = lexicon::classify(core).or_else(|| {
            let last = core.rsplit(['-', '/', '–']).next().unwrap_or(core);
            (last.len() < core.len())
                .then(|| lexicon::classify(last))
                .flatten()
        });
        if class == Some(Abbrev::Number) {
            let numeric_next = matches!(a.next, Next::Digit)
                || a.word.chars().any(|c| c.is_ascii_digit())
                || matches!(a.next, Next::Punct('#' | '?' | '№'));
            if numeric_next || lexicon::classify_title(core) {
                return false;
            }
            class = None;
        }
        match class {
            Some(Abbrev::Title) => false,
            Some(Abbrev::Time) => match a.next {
                Next::Upper | Next::Caseless if !a.dash => !self.time_intro(t_start),
                Next::Marker(_) => true,
                _ => false,
            },
            Some(Abbrev::Ambiguous) => continues_after_abbrev(a),
            _ => {
                let mut chars = core.chars();
                let first = chars.next();
                let single = chars.next().is_none() && first.is_some_and(char::is_alphabetic);
                let at_start = self.opens_sentence(t_start);
                if single {
                    // "A. His name is", "a. The first item": a list marker.
                    return !at_start && continues_after_abbrev(a);
                }
                if at_start
                    && (listmark::is_roman(core)
                        || (!core.is_empty()
                            && core.len() <= 2
                            && core.bytes().all(|b| b.is_ascii_digit())))
                {
                    return false;
                }
                ordinary(core, a)
            }
        }
    }
}

/// The next word opens a sentence even after an abbreviation: a typical
/// opener ("the U.S. The") or an enclosed list marker ("(2)"). A bare
/// number is not: "Jan. 5.", "Co. 2" continue.
fn continues_after_abbrev(a: &After) -> bool {
    match a.next {
        Next::Upper => !a.dash && lexicon::is_starter(a.word),
        Next::Marker(e) => e.style == Style::Enclosed,
        _ => false,
    }
}

fn starts_upper(a: &After) -> bool {
    matches!(a.next, Next::Upper | Next::Caseless)
}

/// A period after an ordinary word or number ends the sentence when a
/// capitalised word, a caseless letter or a list item follows, or a number
/// after a word ("in the test. 12 monkeys"; known number prefixes such as
/// "No." and "p." were handled before). After a number another number is
/// a date or a list ("13. 1. 2006").
fn ordinary(core: &str, a: &After) -> bool {
    match a.next {
        Next::Upper | Next::Caseless | Next::Marker(_) => true,
        Next::Digit => !a.opener && !a.dash && !core.ends_with(|c: char| c.is_ascii_digit()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split_block(text, Span::new(0, text.len()), &mut out);
        out.iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn basic_periods() {
        assert_eq!(
            split("Hello World. My name is Jonas."),
            ["Hello World.", "My name is Jonas."]
        );
        assert_eq!(
            split("Mr. Smith went home. He slept."),
            ["Mr. Smith went home.", "He slept."]
        );
    }

    #[test]
    fn abbreviations_before_openers() {
        assert_eq!(
            split("I live in the U.S. How about you?"),
            ["I live in the U.S.", "How about you?"]
        );
        assert_eq!(
            split("I work for the U.S. Government in Virginia."),
            ["I work for the U.S. Government in Virginia."]
        );
    }

    #[test]
    fn glued_sentences() {
        assert_eq!(
            split("Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot."),
            [
                "Hello world.",
                "Today is Tuesday.",
                "Mr. Smith bought 1,000.",
                "That is a lot."
            ]
        );
        assert_eq!(
            split("See www.testurl.Awesome.com now."),
            ["See www.testurl.Awesome.com now."]
        );
    }

    #[test]
    fn asides_hold_periods() {
        assert_eq!(
            split("This is (Proc. ABC with Abs. Reg. Compliance) not here."),
            ["This is (Proc. ABC with Abs. Reg. Compliance) not here."]
        );
    }

    #[test]
    fn degenerate_inputs() {
        assert_eq!(split("."), ["."]);
        assert_eq!(split("?!"), ["?!"]);
        assert_eq!(split(". . ."), [". . ."]);
        assert!(split("").is_empty());
    }
}
