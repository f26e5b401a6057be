//! Dates written in article headers and datelines.
//!
//! Only what the cleaner needs: find date expressions in a short line,
//! tell full dates (year, month, day — and unambiguous) from partial ones
//! ("December 2013", "September 8"), and turn full ones into a
//! [`NaiveDate`]. Resolving relative dates in the body ("on Thursday") is the
//! event stage's job, not this one.

use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/// One alternation per written form; the group names say which.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?ix)
        \b(?P<iy>(?:19|20)\d{{2}})[-/.](?P<im>0?[1-9]|1[0-2])[-/.](?P<id>0?[1-9]|[12]\d|3[01])\b
        | \b(?P<am>{MONTH})\.?\s+(?P<ad>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<ay>(?:19|20)\d{{2}})\b)?
        | \b(?P<bd>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<bm>{MONTH})\b\.?(?:,?\s+(?P<by>(?:19|20)\d{{2}})\b)?
        | \b(?P<cm>{MONTH})\b\.?,?\s+(?P<cy>(?:19|20)\d{{2}})\b
        | \b(?P<na>[0-3]?\d)[/.](?P<nb>[01]?\d)[/.](?P<ny>(?:19|20)\d{{2}})\b
        "
    );
    Regex::new(&pattern).expect("date pattern compiles")
});

/// A date expression found in a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    /// Byte range within the searched string.
    pub start: usize,
    pub end: usize,
    /// The calendar date, when the expression gives year, month and day
    /// unambiguously.
    pub full: Option<NaiveDate>,
}

fn month_number(name: &str) -> Option<u32> {
    let m = name.get(..3)?.to_ascii_lowercase();
    let k = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|x| *x == m)?;
    u32::try_from(k + 1).ok()
}

fn ymd(y: &str, m: u32, d: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y.parse().ok()?, m, d.parse().ok()?)
}

/// Every date expression in `s`, in order.
pub fn find_dates(s: &str) -> Vec<Found> {
    DATE.captures_iter(s)
        .filter_map(|c| {
            let all = c.get(0)?;
            let g = |n: &str| c.name(n).map(|m| m.as_str());
            let full = if let (Some(y), Some(m), Some(d)) = (g("iy"), g("im"), g("id")) {
                ymd(y, m.parse().ok()?, d)
            } else if let (Some(m), Some(d)) = (g("am"), g("ad")) {
                g("ay").and_then(|y| ymd(y, month_number(m)?, d))
            } else if let (Some(d), Some(m)) = (g("bd"), g("bm")) {
                g("by").and_then(|y| ymd(y, month_number(m)?, d))
            } else if let (Some(a), Some(b), Some(y)) = (g("na"), g("nb"), g("ny")) {
                // 08/09/2023 is ambiguous; 25/09/2023 and 09/25/2023 are not.
                let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
                let dm = NaiveDate::from_ymd_opt(y.parse().ok()?, b, a);
                let md = NaiveDate::from_ymd_opt(y.parse().ok()?, a, b);
                match (dm, md) {
                    (Some(d), None) | (None, Some(d)) => Some(d),
                    (Some(d), Some(e)) if d == e => Some(d),
                    _ => None,
                }
            } else {
                None
            };
            Some(Found {
                start: all.start(),
                end: all.end(),
                full,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    fn full(s: &str) -> Vec<Option<NaiveDate>> {
        find_dates(s).iter().map(|f| f.full).collect()
    }

    #[test]
    fn written_forms() {
        assert_eq!(
            full("date 2023-09-08 VIETNAM, September 8 -"),
            [d(2023, 9, 8), None]
        );
        assert_eq!(full("Friday, September 8, 2023"), [d(2023, 9, 8)]);
        assert_eq!(full("30 November 2022 | 21:07 ICT"), [d(2022, 11, 30)]);
        assert_eq!(full("Dec. 1st, 2022"), [d(2022, 12, 1)]);
        assert_eq!(full("December 2013"), [None]);
        assert_eq!(full("25/09/2023"), [d(2023, 9, 25)]);
        assert_eq!(full("08/09/2023"), [None]);
        assert!(find_dates("no date here, 2023 only").is_empty());
    }

    #[test]
    fn invalid_dates_are_not_full() {
        assert_eq!(full("2023-02-30"), [None]);
        assert_eq!(full("February 30, 2023"), [None]);
    }
}
