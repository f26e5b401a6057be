//! The `Doc`: one article and every layer the pipeline adds to it.
//!
//! Like spaCy's `Doc`, it is the only thing that flows between stages. Each
//! stage reads the layers earlier stages wrote and adds its own; nothing
//! ever edits `text`, so every span stays valid for the original article.

mod actor;
mod event;
mod span;
mod token;

pub use actor::{Actor, MentionKind};
pub use event::{Argument, DateResolution, Event, EventDate, EventLocation, EventType, Modality};
pub use span::{CharIndex, Span};
pub use token::{Entity, EntityLabel, Token};

use chrono::NaiveDate;

/// Where a document came from, for reject records and error messages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Origin {
    /// Input path, or `-` for stdin.
    pub source: String,
    /// 1-based line number in a JSONL input; 0 for a whole `.txt` file.
    pub line: u64,
}

/// A region of the text that is not article prose. Sentences inside it are
/// still segmented (so offsets and sentence indexes stay comparable with
/// gold), but later stages skip them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ZoneKind {
    /// "HÀ NỘI —", "BEIJING --", "date 2023-09-08 VIETNAM, September 8 -".
    Dateline,
    /// Breadcrumbs and menus: "1. Site Top", "2. About Us".
    Navigation,
    /// Photo captions and credits.
    Caption,
    /// Author and production credits: "By Niem Chheng", "(Reporting by
    /// ...; Editing by ...)", an agency sign-off "— VNS".
    Byline,
    /// Page furniture: "Advertisement", "Share this article", "© 2023 ...".
    Boilerplate,
}

impl ZoneKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            ZoneKind::Dateline => "dateline",
            ZoneKind::Navigation => "navigation",
            ZoneKind::Caption => "caption",
            ZoneKind::Byline => "byline",
            ZoneKind::Boilerplate => "boilerplate",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Zone {
    pub span: Span,
    pub kind: ZoneKind,
}

/// One sentence: its span and the range of its tokens in `Doc::tokens`
/// (empty until a tokenizer has run).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub tokens: std::ops::Range<usize>,
}

#[derive(Clone, Debug, Default)]
pub struct Doc {
    pub id: String,
    /// The article exactly as read. Never modified.
    pub text: String,
    /// Publication date, from the input or recovered from a dateline.
    pub date: Option<NaiveDate>,
    pub title: Option<String>,
    pub origin: Origin,
    /// Cleaner layer: non-prose regions, sorted by start, not overlapping.
    pub zones: Vec<Zone>,
    /// Segmenter layer.
    pub sentences: Vec<Sentence>,
    /// Tokenizer / tagger / parser layer, in text order.
    pub tokens: Vec<Token>,
    /// NER layer, in text order, non-overlapping.
    pub entities: Vec<Entity>,
    /// Actor layer: coded actor mentions, in text order.
    pub actors: Vec<Actor>,
    /// Event layer, in text order of triggers.
    pub events: Vec<Event>,
    /// Problems met while processing that did not stop it (an unreadable
    /// date field, a sentence windowed for a model), reported in the summary
    /// and in document JSONL.
    pub warnings: Vec<String>,
    /// Set when a component panicked or the document spent its work budget
    /// on it: the reason, for the reject file. Later components skip the
    /// document and the runner rejects it instead of writing it.
    pub failure: Option<String>,
    /// The document's work budget (`--doc-timeout`) and how much of it the
    /// components have used so far; see [`crate::pipeline::isolate`].
    pub budget: WorkBudget,
    chars: std::sync::OnceLock<CharIndex>,
}

/// How long the components may work on one document, all together.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WorkBudget {
    /// None: no limit.
    pub limit: Option<std::time::Duration>,
    /// Work time spent so far, summed over the components that ran.
    pub spent: std::time::Duration,
}

impl Doc {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Doc {
            id: id.into(),
            text: text.into(),
            ..Doc::default()
        }
    }

    /// The text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }

    /// Byte ↔ code-point conversion for this text, built on first use.
    pub fn char_index(&self) -> &CharIndex {
        self.chars.get_or_init(|| CharIndex::new(&self.text))
    }

    /// The zone a span lies inside, if any. Zones are sorted and do not
    /// overlap (the cleaner writes them so), so only the last one starting
    /// at or before the span can hold it: a binary search, as this runs for
    /// every sentence and mention.
    pub fn zone_of(&self, span: Span) -> Option<ZoneKind> {
        let k = self.zones.partition_point(|z| z.span.start <= span.start);
        self.zones[..k]
            .last()
            .filter(|z| z.span.contains(span))
            .map(|z| z.kind)
    }

    /// Index of the sentence containing byte offset `at`.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let k = self.sentences.partition_point(|s| s.span.end <= at);
        (k < self.sentences.len() && self.sentences[k].span.start <= at).then_some(k)
    }

    /// Tokens of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        &self.tokens[self.sentences[i].tokens.clone()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_lookup_by_offset() {
        let mut d = Doc::new("d", "One. Two.");
        d.sentences = vec![
            Sentence {
                span: Span::new(0, 4),
                tokens: 0..0,
            },
            Sentence {
                span: Span::new(5, 9),
                tokens: 0..0,
            },
        ];
        assert_eq!(d.sentence_at(0), Some(0));
        assert_eq!(d.sentence_at(4), None);
        assert_eq!(d.sentence_at(6), Some(1));
        assert_eq!(d.sentence_at(9), None);
    }

    #[test]
    fn zones_cover_contained_spans_only() {
        let mut d = Doc::new("d", "1. Site Top\nBody text.");
        d.zones.push(Zone {
            span: Span::new(0, 11),
            kind: ZoneKind::Navigation,
        });
        assert_eq!(d.zone_of(Span::new(3, 7)), Some(ZoneKind::Navigation));
        assert_eq!(d.zone_of(Span::new(12, 16)), None);
        // Many zones: each span finds its own, or none between them.
        d.zones = (0..1000)
            .map(|i| Zone {
                span: Span::new(10 * i, 10 * i + 5),
                kind: if i % 2 == 0 {
                    ZoneKind::Navigation
                } else {
                    ZoneKind::Dateline
                },
            })
            .collect();
        assert_eq!(d.zone_of(Span::new(4331, 4334)), Some(ZoneKind::Dateline));
        assert_eq!(d.zone_of(Span::new(4330, 4335)), Some(ZoneKind::Dateline));
        assert_eq!(d.zone_of(Span::new(4000, 4001)), Some(ZoneKind::Navigation));
        assert_eq!(d.zone_of(Span::new(4326, 4327)), None);
        assert_eq!(d.zone_of(Span::new(4324, 4326)), None);
        assert_eq!(d.zone_of(Span::new(99_999, 100_000)), None);
    }
}
