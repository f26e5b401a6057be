//! Sentence segmentation (DESIGN.md §1, "segment").
//!
//! Rule-based and linear-time. Two passes over the original text, never a
//! copy of it:
//! 1. `blocks` cuts at blank lines, list items and stand-alone lines
//!    (headlines, labels), and joins wrapped lines of running prose;
//! 2. `scan` decides at each run of terminal punctuation, using word
//!    lists for abbreviations (`lexicon`) and list markers
//!    ([`crate::clean::listmark`]).
//!
//! Sentences are byte spans into the text, trimmed of surrounding
//! whitespace, in order, non-overlapping, and together they cover every
//! non-whitespace character (by [`crate::clean::text::is_space`]).

mod blocks;
mod lexicon;
mod scan;

use crate::clean::text::{lines, trim_span};
use crate::doc::{Doc, Sentence, Span, Zone};
use crate::pipeline::Component;

/// The sentence segmenter. Stateless; cheap to share across threads.
#[derive(Clone, Copy, Debug, Default)]
pub struct Segmenter;

impl Segmenter {
    pub fn new() -> Self {
        Segmenter
    }

    /// Sentence spans (byte offsets) of `text`.
    pub fn split(&self, text: &str) -> Vec<Span> {
        self.split_with_breaks(text, &[])
    }

    /// Like [`Segmenter::split`], with extra byte offsets where a sentence
    /// must end (sorted, on char boundaries; others are ignored).
    pub fn split_with_breaks(&self, text: &str, breaks: &[usize]) -> Vec<Span> {
        let mut forced: Vec<usize> = breaks
            .iter()
            .copied()
            .filter(|&b| b <= text.len() && text.is_char_boundary(b))
            .collect();
        forced.sort_unstable();
        forced.dedup();
        let mut out = Vec::new();
        for block in blocks::blocks(text, &forced) {
            scan::split_block(text, block, &mut out);
        }
        out
    }

    /// Sentences of `text` as slices, for inspection and tests.
    pub fn sentences<'t>(&self, text: &'t str) -> Vec<&'t str> {
        self.split(text)
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }
}

/// Offsets where the cleaner's zones force a break: a zone that fills whole
/// lines (a navigation entry, a caption, a dateline line) is its own
/// sentence, while a zone inside a line ("HÀ NỘI —" before the lead
/// sentence) stays part of it.
pub fn zone_breaks(text: &str, zones: &[Zone]) -> Vec<usize> {
    if zones.is_empty() {
        return Vec::new();
    }
    let mut line_starts = Vec::new();
    let mut line_ends = Vec::new();
    for line in lines(text) {
        let t = trim_span(text, line.span);
        if !t.is_empty() {
            line_starts.push(t.start);
            line_ends.push(t.end);
        }
    }
    let mut out = Vec::new();
    for z in zones {
        let starts_line = line_starts.binary_search(&z.span.start).is_ok();
        let ends_line = line_ends.binary_search(&z.span.end).is_ok();
        if starts_line && ends_line {
            out.push(z.span.start);
            out.push(z.span.end);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

impl Component for Segmenter {
    fn name(&self) -> &'static str {
        "segment"
    }

    fn process(&self, doc: &mut Doc) {
        let breaks = zone_breaks(&doc.text, &doc.zones);
        doc.sentences = self
            .split_with_breaks(&doc.text, &breaks)
            .into_iter()
            .map(|span| Sentence { span, tokens: 0..0 })
            .collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::ZoneKind;

    #[test]
    fn splits_plain_text() {
        let s = Segmenter::new();
        assert_eq!(
            s.sentences("Hello World. My name is Jonas."),
            ["Hello World.", "My name is Jonas."]
        );
    }

    #[test]
    fn whole_line_zones_force_breaks() {
        let text = "Home > World\nThe talks ended. More later.";
        let mut doc = Doc::new("d", text);
        doc.zones.push(Zone {
            span: Span::new(0, 12),
            kind: ZoneKind::Navigation,
        });
        Segmenter.process(&mut doc);
        let got: Vec<&str> = doc.sentences.iter().map(|s| doc.slice(s.span)).collect();
        assert_eq!(got, ["Home > World", "The talks ended.", "More later."]);
    }

    #[test]
    fn inline_zones_do_not_break() {
        let text = "HÀ NỘI — The talks ended.";
        let zones = [Zone {
            span: Span::new(0, "HÀ NỘI —".len()),
            kind: ZoneKind::Dateline,
        }];
        assert!(zone_breaks(text, &zones).is_empty());
    }

    #[test]
    fn bad_breaks_are_ignored() {
        let text = "Việt Nam. Next.";
        let spans = Segmenter.split_with_breaks(text, &[3, 999]);
        let got: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
        assert_eq!(got, ["Việt Nam.", "Next."]);
    }
}
