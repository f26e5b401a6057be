//! Datelines: the place (and agency, and date) that opens a news story —
//! "HÀ NỘI —", "BEIJING --", "PHNOM PENH, Dec 1 (Reuters) -",
//! "Hanoi (VNA) –", "KUALA LUMPUR:" — and header lines that only carry a
//! date: " date 2023-09-08 VIETNAM, September 8 -", "Published: 8 Sept 2023".

use super::date::{Found, find_dates};
use super::text::words;
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// A dateline at the start of a paragraph. Capitalised place names are
/// accepted only with an agency or a date, which all-caps places need not.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let caps = r"\p{Lu}[\p{Lu}\p{M}'’.\-]*(?:[ \t\u{A0}]+\p{Lu}[\p{Lu}\p{M}'’.\-]*){0,4}";
    let title = r"\p{Lu}\p{Ll}[\p{L}\p{M}'’\-]*(?:[ \t\u{A0}]+\p{Lu}\p{Ll}[\p{L}\p{M}'’\-]*){0,3}";
    let month = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?";
    let date =
        format!(r"(?:{month}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{month}(?:,?\s+\d{{4}})?)");
    let agency = r"\([^()\n]{1,40}\)";
    let dash = r"(?:—|–|―|-{1,3})";
    let pattern = format!(
        r"^(?:(?P<caps>{caps})(?:\s*,\s*(?:{caps}|{title}))?(?:\s*,\s*(?P<cdate>{date}))?(?:\s*{agency})?\s*(?:{dash}|:)
          |(?P<title>{title})(?:\s*,\s*{title})?(?:\s*,\s*(?P<tdate>{date}))?\s*(?:{agency}\s*{dash}|{agency}\s*:|{dash})
          )(?:\s|$)"
    )
    .replace("\n          ", "");
    Regex::new(&pattern).expect("dateline pattern compiles")
});

/// Labels that look like an all-caps place before a colon or dash but are not.
fn is_label(word: &str) -> bool {
    matches!(
        word.trim_end_matches([':', '.']),
        "BREAKING"
            | "UPDATE"
            | "UPDATED"
            | "EXCLUSIVE"
            | "WATCH"
            | "VIDEO"
            | "PHOTOS"
            | "PHOTO"
            | "OPINION"
            | "EDITORIAL"
            | "ANALYSIS"
            | "COMMENT"
            | "FACTBOX"
            | "EXPLAINER"
            | "NOTE"
            | "LIVE"
            | "READ"
            | "SEE"
            | "ALSO"
            | "RELATED"
            | "ADVERTISEMENT"
            | "I"
            | "A"
    )
}

/// A dateline at the start of `line` (already trimmed): its byte length
/// (through the dash or colon) and the full date it gives, if any.
pub fn prefix(line: &str) -> Option<(usize, Option<NaiveDate>)> {
    let c = DATELINE.captures(line)?;
    let all = c.get(0)?;
    let place = c.name("caps").or_else(|| c.name("title"))?.as_str();
    let first = place.split_whitespace().next().unwrap_or("");
    if is_label(first) {
        return None;
    }
    // A capitalised place needs a dash right after it only when it is one
    // or two words: "Hanoi —"; "The Minister said —" is prose.
    if c.name("title").is_some() && c.name("tdate").is_none() && !all.as_str().contains('(') {
        if words(place).count() > 2 {
            return None;
        }
        // Without agency or date, a title-case place must be a single
        // capitalised word pair followed by an em/en dash, not a hyphen.
        if !all.as_str().contains(['—', '–']) {
            return None;
        }
    }
    // The dateline must leave text after it: "US —" alone is a headline.
    let len = all.as_str().trim_end().len();
    if line[len..].trim().is_empty() {
        return None;
    }
    let date_text = c.name("cdate").or_else(|| c.name("tdate"));
    let date = date_text.and_then(|d| find_dates(d.as_str()).first().and_then(|f| f.full));
    Some((len, date))
}

/// Words that may stand next to a date in a header date line.
fn is_date_word(w: &str) -> bool {
    let lw = w.to_lowercase();
    matches!(
        lw.as_str(),
        "date"
            | "dated"
            | "published"
            | "posted"
            | "updated"
            | "last"
            | "first"
            | "on"
            | "at"
            | "pubdate"
            | "publication"
            | "released"
            | "modified"
            | "created"
            | "time"
            | "am"
            | "pm"
            | "a.m."
            | "p.m."
            | "gmt"
            | "utc"
            | "edition"
            | "issue"
            | "print"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "mon"
            | "tue"
            | "wed"
            | "thu"
            | "fri"
            | "sat"
            | "sun"
    )
}

/// A header line that holds a date and little else. Returns the dates
/// found; `None` if the line is not such a line.
pub fn date_line(line: &str) -> Option<Vec<Found>> {
    if line.len() > 160 {
        return None;
    }
    let found = find_dates(line);
    if found.is_empty() {
        return None;
    }
    // What is left once the dates are cut out must be keywords, weekdays,
    // times, time zones or all-caps places.
    let mut rest = String::with_capacity(line.len());
    let mut at = 0;
    for f in &found {
        rest.push_str(&line[at..f.start]);
        rest.push(' ');
        at = f.end;
    }
    rest.push_str(&line[at..]);
    let mut n = 0;
    for w in words(&rest) {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() {
            continue;
        }
        n += 1;
        let time = w.chars().all(|c| c.is_ascii_digit() || c == ':') && w.contains(':');
        let caps = w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
        if n > 8 || !(is_date_word(w) || time || caps) {
            return None;
        }
    }
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dateline(s: &str) -> Option<&str> {
        prefix(s).map(|(n, _)| &s[..n])
    }

    #[test]
    fn datelines() {
        assert_eq!(dateline("HÀ NỘI — The partnership"), Some("HÀ NỘI —"));
        assert_eq!(dateline("BEIJING -- China said"), Some("BEIJING --"));
        assert_eq!(
            dateline("PHNOM PENH, Dec 1 (Reuters) - Cambodia"),
            Some("PHNOM PENH, Dec 1 (Reuters) -")
        );
        assert_eq!(dateline("Hanoi (VNA) – Vietnam"), Some("Hanoi (VNA) –"));
        assert_eq!(dateline("KUALA LUMPUR: Malaysia"), Some("KUALA LUMPUR:"));
        assert_eq!(
            dateline("WASHINGTON, D.C. — The"),
            Some("WASHINGTON, D.C. —")
        );
        assert_eq!(
            dateline("NEW YORK, March 3, 2021 (AP) — Stocks"),
            Some("NEW YORK, March 3, 2021 (AP) —")
        );
    }

    #[test]
    fn not_datelines() {
        assert_eq!(dateline("BREAKING: Talks collapse"), None);
        assert_eq!(dateline("The talks — which began"), None);
        assert_eq!(dateline("The Ministry of Commerce said - today"), None);
        assert_eq!(dateline("HÀ NỘI —"), None);
        assert_eq!(dateline("Japan-Cambodia ties"), None);
    }

    #[test]
    fn dateline_dates() {
        let (_, d) = prefix("NEW YORK, March 3, 2021 (AP) — Stocks").unwrap();
        assert_eq!(d, NaiveDate::from_ymd_opt(2021, 3, 3));
        let (_, d) = prefix("PHNOM PENH, Dec 1 (Reuters) - Cambodia").unwrap();
        assert_eq!(d, None);
    }

    #[test]
    fn date_lines() {
        let f = date_line(" date 2023-09-08 VIETNAM, September 8 -".trim()).unwrap();
        assert_eq!(f[0].full, NaiveDate::from_ymd_opt(2023, 9, 8));
        assert!(date_line("December 2013").is_some());
        assert!(date_line("Published: Friday, 8 September 2023, 10:32 GMT").is_some());
        assert!(date_line("Cambodia and Japan sign MoU on December 15, 2023").is_none());
        assert!(date_line("No date at all").is_none());
    }
}
