//! Cleaning (DESIGN.md §1, "clean").
//!
//! The cleaner never edits the text: it marks what is not article prose as
//! [`Zone`]s — datelines, navigation, captions, bylines, boilerplate — so
//! later stages can skip them while every offset still points into the
//! original. It also recovers the publication date when the input has none
//! and the article states one in its header ("date 2023-09-08 ...", "By X
//! | Publication date 30 November 2022"), never from the body.
//!
//! Unicode NFC is deliberately not applied here: normalising would change
//! offsets. Stages that compare strings (dictionaries, models) normalise
//! their own copies of the spans they look at.

mod caption;
mod date;
mod dateline;
pub mod listmark;
mod nav;
pub mod text;

use crate::doc::{Doc, Span, Zone, ZoneKind};
use crate::pipeline::Component;
use chrono::NaiveDate;
use text::{lines, trim_span, words};

/// Marks non-prose zones and recovers a header date. Stateless.
#[derive(Clone, Copy, Debug, Default)]
pub struct Cleaner;

/// What the cleaner found in one text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analysis {
    /// In text order, non-overlapping, on char boundaries.
    pub zones: Vec<Zone>,
    /// A full publication date stated in the header or the dateline.
    pub date: Option<NaiveDate>,
}

/// One trimmed non-blank line.
struct Row {
    span: Span,
    /// Index of its paragraph (paragraphs are separated by blank lines).
    para: usize,
    /// First line of its paragraph.
    first: bool,
}

/// The header ends at the first line of running prose; at most this many
/// lines are looked at before it.
const MAX_HEADER_LINES: usize = 12;

impl Cleaner {
    pub fn new() -> Self {
        Cleaner
    }

    pub fn analyze(&self, text: &str) -> Analysis {
        let rows = rows(text);
        let header = rows
            .iter()
            .take(MAX_HEADER_LINES)
            .take_while(|r| !is_prose(r.span.slice(text)))
            .count();
        let mut m = Marks {
            text,
            rows: &rows,
            header,
            zones: Vec::new(),
            zoned: vec![false; rows.len()],
            date: None,
        };
        m.lines();
        m.menus();
        m.captions();
        m.sign_off();
        Analysis {
            zones: without_overlaps(m.zones),
            date: m.date,
        }
    }
}

/// Zones found so far over the rows of one text.
struct Marks<'a> {
    text: &'a str,
    rows: &'a [Row],
    /// Rows before the first line of prose.
    header: usize,
    zones: Vec<Zone>,
    /// Rows already inside a zone.
    zoned: Vec<bool>,
    date: Option<NaiveDate>,
}

impl Marks<'_> {
    fn mark(&mut self, span: Span, kind: ZoneKind) {
        self.zones.push(Zone { span, kind });
    }

    /// Line-level zones: boilerplate, bylines, menus, header date lines,
    /// and datelines opening a paragraph.
    fn lines(&mut self) {
        for (k, r) in self.rows.iter().enumerate() {
            if k % 64 == 0 {
                crate::budget::check();
            }
            let s = r.span.slice(self.text);
            let in_header = k < self.header;
            let kind = if nav::is_boilerplate(s) {
                Some(ZoneKind::Boilerplate)
            } else if caption::is_byline(s) {
                Some(ZoneKind::Byline)
            } else if nav::is_menu_entry(s) || nav::is_breadcrumb(s) {
                Some(ZoneKind::Navigation)
            } else if in_header && dateline::date_line(s).is_some() {
                Some(ZoneKind::Dateline)
            } else {
                None
            };
            if let Some(kind) = kind {
                self.mark(r.span, kind);
                self.zoned[k] = true;
                if in_header && matches!(kind, ZoneKind::Dateline | ZoneKind::Byline) {
                    self.date = self
                        .date
                        .or_else(|| date::find_dates(s).iter().find_map(|f| f.full));
                }
            } else if let Some((len, d)) =
                dateline::prefix(s).filter(|_| r.first || k <= self.header)
            {
                self.mark(
                    Span::new(r.span.start, r.span.start + len),
                    ZoneKind::Dateline,
                );
                // The first prose line's dateline still belongs to the header.
                if k <= self.header {
                    self.date = self.date.or(d);
                }
            }
        }
    }

    /// Numbered or bulleted menus above the story ("1. Site Top").
    fn menus(&mut self) {
        let (rows, text) = (self.rows, self.text);
        let marked = |k: usize| listmark::marker_len(rows[k].span.slice(text)).is_some();
        let mut k = 0;
        while k < self.header {
            if !marked(k) {
                k += 1;
                continue;
            }
            let mut j = k + 1;
            while j < self.header && rows[j].para == rows[j - 1].para && marked(j) {
                j += 1;
            }
            let items: Vec<&str> = rows[k..j]
                .iter()
                .map(|r| {
                    let s = r.span.slice(text);
                    &s[listmark::marker_len(s).unwrap_or(0)..]
                })
                .collect();
            if nav::is_nav_list(&items) {
                for (i, r) in rows.iter().enumerate().take(j).skip(k) {
                    if !self.zoned[i] {
                        self.mark(r.span, ZoneKind::Navigation);
                        self.zoned[i] = true;
                    }
                }
            }
            k = j;
        }
    }

    /// Captions are whole short paragraphs, or, in text without blank
    /// lines, whole lines that follow a finished sentence.
    fn captions(&mut self) {
        let rows = self.rows;
        let mut k = 0;
        while k < rows.len() {
            crate::budget::check();
            let mut j = k + 1;
            while j < rows.len() && rows[j].para == rows[k].para {
                j += 1;
            }
            let span = Span::new(rows[k].span.start, rows[j - 1].span.end);
            if !self.zoned[k..j].contains(&true) && caption::is_caption(span.slice(self.text)) {
                self.mark(span, ZoneKind::Caption);
                self.zoned[k..j].fill(true);
            } else if j - k > 1 {
                for i in k + 1..j {
                    let prev = rows[i - 1].span.slice(self.text);
                    let standalone = self.zoned[i - 1] || ends_sentence(prev);
                    if standalone
                        && !self.zoned[i]
                        && caption::is_caption(rows[i].span.slice(self.text))
                    {
                        self.mark(rows[i].span, ZoneKind::Caption);
                        self.zoned[i] = true;
                    }
                }
            }
            k = j;
        }
    }

    /// An agency sign-off closing the story: "... in Việt Nam. — VNS".
    fn sign_off(&mut self) {
        let Some((k, last)) = self.rows.iter().enumerate().next_back() else {
            return;
        };
        if self.zoned[k] {
            return;
        }
        if let Some((s, e)) = caption::sign_off(last.span.slice(self.text)) {
            let start = last.span.start;
            self.mark(Span::new(start + s, start + e), ZoneKind::Byline);
        }
    }
}

/// Non-blank lines, trimmed, with their paragraphs.
fn rows(text: &str) -> Vec<Row> {
    let mut out = Vec::new();
    let mut para = 0;
    let mut first = true;
    for line in lines(text) {
        let t = trim_span(text, line.span);
        if t.is_empty() {
            if !first {
                para += 1;
                first = true;
            }
        } else {
            out.push(Row {
                span: t,
                para,
                first,
            });
            first = false;
        }
        if line.paragraph_break && !first {
            para += 1;
            first = true;
        }
    }
    out
}

/// The line ends with sentence punctuation (closing quotes allowed).
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', '”', '’', ')', ']'])
        .ends_with(['.', '?', '!', '…'])
}

/// A line of running prose: a finished sentence of some length, or longer
/// than any headline.
fn is_prose(line: &str) -> bool {
    let n = words(line)
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(25)
        .count();
    n >= 25 || (n >= 6 && ends_sentence(line))
}

/// Zones sorted by start; a zone overlapping an earlier one is dropped.
fn without_overlaps(mut zones: Vec<Zone>) -> Vec<Zone> {
    zones.sort_by_key(|z| (z.span.start, std::cmp::Reverse(z.span.end)));
    let mut out: Vec<Zone> = Vec::with_capacity(zones.len());
    for z in zones {
        if z.span.is_empty() || out.last().is_some_and(|p| p.span.end > z.span.start) {
            continue;
        }
        out.push(z);
    }
    out
}

impl Component for Cleaner {
    fn name(&self) -> &'static str {
        "clean"
    }

    fn process(&self, doc: &mut Doc) {
        let a = self.analyze(&doc.text);
        doc.zones = a.zones;
        if doc.date.is_none() {
            doc.date = a.date;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zones(text: &str) -> Vec<(ZoneKind, &str)> {
        Cleaner
            .analyze(text)
            .zones
            .iter()
            .map(|z| (z.kind, z.span.slice(text)))
            .collect()
    }

    #[test]
    fn header_date_line_and_dateline() {
        let text = " date 2023-09-08 VIETNAM, September 8 -\n\nHÀ NỘI — The partnership between Việt Nam and Japan is developing strongly, the minister said.";
        let a = Cleaner.analyze(text);
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2023, 9, 8));
        assert_eq!(
            zones(text),
            [
                (ZoneKind::Dateline, "date 2023-09-08 VIETNAM, September 8 -"),
                (ZoneKind::Dateline, "HÀ NỘI —"),
            ]
        );
    }

    #[test]
    fn long_headline_then_date_line() {
        let text = "Cambodia and Japan pledge to boost trade and investment ties ahead of the 70th anniversary\nDecember 1, 2022\nPHNOM PENH — The two countries agreed on Tuesday to expand trade, officials said.";
        assert_eq!(
            Cleaner.analyze(text).date,
            NaiveDate::from_ymd_opt(2022, 12, 1)
        );
    }

    #[test]
    fn body_dates_are_not_publication_dates() {
        let text = "The Ministry of Commerce and the Japanese embassy met on December 15, 2022 in Phnom Penh to discuss trade.\n\nDecember 15, 2022";
        assert_eq!(Cleaner.analyze(text).date, None);
        assert!(zones(text).is_empty());
    }

    #[test]
    fn navigation_menu_at_top() {
        let text = "1. Site Top\n  2. About Us\n  3. JETRO Topics\n\nJETRO Topics\n\nOn December 15, JETRO and the Government of Laos signed a memorandum of cooperation to expand trade.";
        assert_eq!(
            zones(text),
            [
                (ZoneKind::Navigation, "1. Site Top"),
                (ZoneKind::Navigation, "2. About Us"),
                (ZoneKind::Navigation, "3. JETRO Topics"),
            ]
        );
    }

    #[test]
    fn content_lists_are_not_navigation() {
        let text = "Both parties agreed to the following goals for the years ahead of them all:\n\n  1. Promoting trade between both countries\n  2. Developing and promoting Lao industry";
        assert!(zones(text).is_empty());
    }

    #[test]
    fn one_line_per_paragraph() {
        let text = "Cambodia, Japan vow to deepen trade ties\nPHNOM PENH, Nov. 30 (Reuters) - Cambodia and Japan on Tuesday pledged to expand trade and investment, the ministry said.\nCommerce minister Pan Sorasak (right) meets ambassador Masahiro Mikami. Photo: Supplied\nArticle 5 (c) of the treaty applies and the party (left unsaid) agreed.";
        assert_eq!(
            zones(text),
            [
                (ZoneKind::Dateline, "PHNOM PENH, Nov. 30 (Reuters) -"),
                (
                    ZoneKind::Caption,
                    "Commerce minister Pan Sorasak (right) meets ambassador Masahiro Mikami. Photo: Supplied"
                ),
            ]
        );
    }

    #[test]
    fn captions_bylines_and_sign_offs() {
        let text = "By Niem Chheng | Publication date 30 November 2022 | 21:07 ICT\n\nThe Ministry of Commerce and the Japanese embassy announced their commitment to trade.\n\nSigning of the MOC before PM Thongsing (left) and PM Abe\n\nIt will soon organise a trip to Việt Nam. — VNS";
        let a = Cleaner.analyze(text);
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2022, 11, 30));
        assert_eq!(
            zones(text),
            [
                (
                    ZoneKind::Byline,
                    "By Niem Chheng | Publication date 30 November 2022 | 21:07 ICT"
                ),
                (
                    ZoneKind::Caption,
                    "Signing of the MOC before PM Thongsing (left) and PM Abe"
                ),
                (ZoneKind::Byline, "— VNS"),
            ]
        );
    }

    #[test]
    fn boilerplate_and_breadcrumbs() {
        let text = "Home > News > Asia\nAdvertisement\nCambodia and Japan agreed on Tuesday to expand trade and investment ties, officials said.";
        assert_eq!(
            zones(text),
            [
                (ZoneKind::Navigation, "Home > News > Asia"),
                (ZoneKind::Boilerplate, "Advertisement"),
            ]
        );
    }

    #[test]
    fn existing_date_is_kept() {
        let mut doc = Doc::new(
            "d",
            " date 2023-09-08 VIETNAM, September 8 -\n\nBody text follows here.",
        );
        doc.date = NaiveDate::from_ymd_opt(2020, 1, 1);
        Cleaner.process(&mut doc);
        assert_eq!(doc.date, NaiveDate::from_ymd_opt(2020, 1, 1));
        assert_eq!(doc.zones.len(), 1);
    }
}
