//! Offsets. Inside the pipeline every span is a half-open *byte* range into
//! `Doc::text`, so slicing is free; everything written out is converted to
//! Unicode code-point offsets (DESIGN.md §3) through [`CharIndex`].

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies entirely inside `self`.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two ranges share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text this span covers. Panics if the span is not on char
    /// boundaries of `text`, which would be a bug in the stage that made it.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Converts byte offsets to code-point offsets and back.
///
/// Stores only where multi-byte characters start, so pure-ASCII text (most
/// news) costs nothing and conversion is a binary search otherwise.
#[derive(Clone, Debug, Default)]
pub struct CharIndex {
    /// For each multi-byte char: (byte offset just after it, extra bytes so far).
    wide: Vec<(usize, usize)>,
    byte_len: usize,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        let mut extra = 0usize;
        if !text.is_ascii() {
            for (i, c) in text.char_indices() {
                let n = c.len_utf8();
                if n > 1 {
                    extra += n - 1;
                    wide.push((i + n, extra));
                }
            }
        }
        CharIndex {
            wide,
            byte_len: text.len(),
        }
    }

    /// Code-point offset of a byte offset that lies on a char boundary.
    pub fn char_of(&self, byte: usize) -> usize {
        debug_assert!(byte <= self.byte_len);
        // Count the extra bytes of every wide char that ends at or before `byte`.
        let k = self.wide.partition_point(|&(end, _)| end <= byte);
        if k == 0 {
            byte
        } else {
            byte - self.wide[k - 1].1
        }
    }

    /// Byte offset of a code-point offset (clamped to the end of the text).
    pub fn byte_of(&self, ch: usize) -> usize {
        // The char offset of the end of wide char j is end_j - extra_j; find
        // the last wide char that ends at or before `ch` in char terms.
        let k = self.wide.partition_point(|&(end, extra)| end - extra <= ch);
        let byte = if k == 0 { ch } else { ch + self.wide[k - 1].1 };
        byte.min(self.byte_len)
    }

    /// A span in code points, as written to every output record.
    pub fn chars(&self, span: Span) -> (usize, usize) {
        (self.char_of(span.start), self.char_of(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let ix = CharIndex::new("hello world");
        assert_eq!(ix.char_of(5), 5);
        assert_eq!(ix.byte_of(7), 7);
    }

    #[test]
    fn wide_chars_round_trip() {
        let text = "HÀ NỘI — Việt Nam’s";
        let ix = CharIndex::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(ix.char_of(bi), ci, "byte {bi}");
            assert_eq!(ix.byte_of(ci), bi, "char {ci}");
        }
        let n = text.chars().count();
        assert_eq!(ix.char_of(text.len()), n);
        assert_eq!(ix.byte_of(n), text.len());
    }

    #[test]
    fn span_relations() {
        let a = Span::new(0, 10);
        assert!(a.contains(Span::new(2, 5)));
        assert!(a.overlaps(Span::new(9, 12)));
        assert!(!a.overlaps(Span::new(10, 12)));
        assert_eq!(a.len(), 10);
    }
}
