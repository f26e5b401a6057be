//! Resolving date expressions against the publication date: "November 29",
//! "on Thursday", "in June", "this year", "last week", "the same day", "2014".

use crate::doc::DateResolution;
use chrono::{Datelike, Duration, NaiveDate, Weekday};

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month_of(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() >= 3 && m.starts_with(&w) && w.len() <= m.len()))
        .map(|i| i as u32 + 1)
}

fn weekday_of(w: &str) -> Option<Weekday> {
    Some(match w.to_lowercase().as_str() {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// A resolved date value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub value: Option<String>,
    pub resolution: DateResolution,
}

fn day(d: NaiveDate) -> Resolved {
    Resolved {
        value: Some(d.format("%Y-%m-%d").to_string()),
        resolution: DateResolution::Day,
    }
}

fn month(y: i32, m: u32) -> Resolved {
    Resolved {
        value: Some(format!("{y:04}-{m:02}")),
        resolution: DateResolution::Month,
    }
}

fn year(y: i32) -> Resolved {
    Resolved {
        value: Some(format!("{y:04}")),
        resolution: DateResolution::Year,
    }
}

/// Resolve `text` against the publication date `pub_date`. `future` says
/// the event lies ahead ("will meet on Thursday"), so a bare weekday or
/// month is the next one, not the last. `previous` is the last date resolved
/// in the document ("the same day"). Without a publication date, relative
/// expressions keep their resolution but have no value; a written year
/// still resolves.
pub fn resolve(
    text: &str,
    pub_date: Option<NaiveDate>,
    future: bool,
    previous: Option<&Resolved>,
) -> Option<Resolved> {
    let lower = text.to_lowercase();
    let words: Vec<String> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    if words.is_empty() {
        return None;
    }
    let num = |w: &str| -> Option<u32> {
        (!w.is_empty() && w.len() <= 4 && w.chars().all(|c| c.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
    };
    let year_in = words
        .iter()
        .filter_map(|w| num(w))
        .find(|&n| (1900..=2100).contains(&n))
        .map(|n| n as i32);
    let month_in = words.iter().find_map(|w| month_of(w));
    let day_in = words
        .iter()
        .filter_map(|w| {
            // "29", "29th", "1st"
            let d: String = w.chars().take_while(|c| c.is_ascii_digit()).collect();
            let rest = &w[d.len()..];
            (!d.is_empty() && matches!(rest, "" | "st" | "nd" | "rd" | "th"))
                .then(|| d.parse::<u32>().ok())
                .flatten()
        })
        .find(|&n| (1..=31).contains(&n));

    if words.iter().any(|w| w == "same") && words.iter().any(|w| w == "day") {
        return Some(previous.cloned().unwrap_or(Resolved {
            value: None,
            resolution: DateResolution::Day,
        }));
    }
    if let Some(m) = month_in {
        let y = year_in.or_else(|| {
            let p = pub_date?;
            // A month later in the year than publication is last year's,
            // unless the event is still to come.
            Some(if future {
                if m < p.month() {
                    p.year() + 1
                } else {
                    p.year()
                }
            } else if m > p.month() {
                p.year() - 1
            } else {
                p.year()
            })
        });
        return Some(match (y, day_in) {
            (Some(y), Some(d)) => match NaiveDate::from_ymd_opt(y, m, d) {
                Some(date) => day(date),
                None => month(y, m),
            },
            (Some(y), None) => month(y, m),
            (None, Some(_)) => Resolved {
                value: None,
                resolution: DateResolution::Day,
            },
            (None, None) => Resolved {
                value: None,
                resolution: DateResolution::Month,
            },
        });
    }
    if let Some(y) = year_in {
        return Some(year(y));
    }
    // A date that arithmetic cannot reach (a publication date at the
    // calendar's limit, "+262142-12-31" and "tomorrow") keeps its
    // resolution but has no value, like one without a publication date.
    let rel = |f: &dyn Fn(NaiveDate) -> Option<Resolved>, res: DateResolution| {
        Some(pub_date.and_then(f).unwrap_or(Resolved {
            value: None,
            resolution: res,
        }))
    };
    let shifted = |p: NaiveDate, days: i64| p.checked_add_signed(Duration::try_days(days)?);
    if let Some(wd) = words.iter().find_map(|w| weekday_of(w)) {
        return rel(
            &|p: NaiveDate| {
                let cur = p.weekday().num_days_from_monday() as i64;
                let want = wd.num_days_from_monday() as i64;
                let delta = if future {
                    (want - cur).rem_euclid(7)
                } else {
                    -((cur - want).rem_euclid(7))
                };
                shifted(p, delta).map(day)
            },
            DateResolution::Day,
        );
    }
    let has = |w: &str| words.iter().any(|x| x == w);
    if has("today") || has("tonight") {
        return rel(&|p| Some(day(p)), DateResolution::Day);
    }
    if has("yesterday") {
        return rel(&|p| shifted(p, -1).map(day), DateResolution::Day);
    }
    if has("tomorrow") {
        return rel(&|p| shifted(p, 1).map(day), DateResolution::Day);
    }
    let shift = if has("last") || has("past") || has("previous") {
        -1
    } else if has("next") || has("coming") {
        1
    } else if has("this") || has("current") {
        0
    } else {
        return None;
    };
    if has("year") {
        return rel(&|p| Some(year(p.year() + shift)), DateResolution::Year);
    }
    if has("month") {
        return rel(
            &|p| {
                let m0 = p.year() * 12 + p.month0() as i32 + shift;
                Some(month(m0.div_euclid(12), m0.rem_euclid(12) as u32 + 1))
            },
            DateResolution::Month,
        );
    }
    if has("week") {
        return rel(
            &|p| shifted(p, 7 * shift as i64).map(day),
            DateResolution::Day,
        );
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
    }

    fn v(text: &str, pubd: &str, future: bool) -> Option<String> {
        resolve(text, d(pubd), future, None).and_then(|r| r.value)
    }

    #[test]
    fn arithmetic_past_the_calendar_limit_is_unresolved_not_a_panic() {
        let max = Some(NaiveDate::MAX);
        let min = Some(NaiveDate::MIN);
        for (text, p, future) in [
            ("tomorrow", max, false),
            ("next week", max, false),
            ("on Sunday", max, true),
            ("yesterday", min, false),
            ("last week", min, false),
            ("on Monday", min, false),
        ] {
            let r = resolve(text, p, future, None).expect(text);
            assert_eq!(r.value, None, "{text}");
            assert_eq!(r.resolution, DateResolution::Day, "{text}");
        }
        // Inside the range the same expressions still resolve.
        assert_eq!(
            resolve("today", max, false, None).and_then(|r| r.value),
            Some(NaiveDate::MAX.format("%Y-%m-%d").to_string())
        );
        assert_eq!(
            v("tomorrow", "2023-12-31", false).as_deref(),
            Some("2024-01-01")
        );
        assert_eq!(v("next year", "2023-12-31", false).as_deref(), Some("2024"));
        assert!(resolve("next month", max, false, None).is_some());
    }

    #[test]
    fn month_day_and_weekday() {
        assert_eq!(
            v("November 29", "2022-12-01", false).as_deref(),
            Some("2022-11-29")
        );
        assert_eq!(
            v("December 15", "2014-01-10", false).as_deref(),
            Some("2013-12-15")
        );
        assert_eq!(
            v("on Thursday", "2023-09-08", false).as_deref(),
            Some("2023-09-07")
        );
        assert_eq!(
            v("Thursday", "2023-09-08", true).as_deref(),
            Some("2023-09-14")
        );
        assert_eq!(
            v("15 December 2013", "2020-01-01", false).as_deref(),
            Some("2013-12-15")
        );
    }

    #[test]
    fn months_years_and_relative() {
        assert_eq!(
            v("in June", "2023-09-08", false).as_deref(),
            Some("2023-06")
        );
        assert_eq!(v("this year", "2022-11-30", false).as_deref(), Some("2022"));
        assert_eq!(v("last year", "2022-11-30", false).as_deref(), Some("2021"));
        assert_eq!(v("2014", "2023-09-08", false).as_deref(), Some("2014"));
        assert_eq!(
            v("late in May", "2023-09-08", false).as_deref(),
            Some("2023-05")
        );
        assert_eq!(
            v("yesterday", "2023-09-08", false).as_deref(),
            Some("2023-09-07")
        );
        assert_eq!(
            v("last week", "2023-09-08", false).as_deref(),
            Some("2023-09-01")
        );
    }

    #[test]
    fn no_publication_date_keeps_resolution_only() {
        let r = resolve("November 29", None, false, None).unwrap();
        assert_eq!(r.value, None);
        assert_eq!(r.resolution, DateResolution::Day);
        assert_eq!(v("2014", "", false).as_deref(), Some("2014"));
        let prev = resolve("December 15 2013", None, false, None);
        let same = resolve("the same day", None, false, prev.as_ref()).unwrap();
        assert_eq!(same.value.as_deref(), Some("2013-12-15"));
    }

    #[test]
    fn odd_input_never_panics() {
        for s in [
            "",
            "   ",
            "31 February",
            "the 1990s",
            "May",
            "99th",
            "٣ مايو",
        ] {
            let _ = resolve(s, d("2023-01-31"), false, None);
            let _ = resolve(s, None, true, None);
        }
        assert_eq!(
            v("31 February", "2023-03-01", false).as_deref(),
            Some("2023-02")
        );
    }
}
