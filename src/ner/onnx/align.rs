//! Word-pieces → words → byte spans.
//!
//! A token-classification model labels word-pieces; attache labels words
//! (as the model's own tokenizer splits them), each taking the prediction
//! of its first piece — the piece Hugging Face fine-tunes put the word's
//! label on. A mention's span then runs from its first word's first byte
//! to its last word's last byte, trimmed of whitespace (byte-level BPE
//! offsets may include the space before a word).

use crate::doc::Span;

/// A word of a sentence: where its first piece is, and the bytes it covers
/// (relative to the text the tokenizer saw).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub first_piece: usize,
    pub start: usize,
    pub end: usize,
}

/// Group pieces into words by the tokenizer's word ids. A piece with no
/// word id is a word by itself, unless it covers no text (special or
/// padding pieces), which cannot anchor a span and is skipped.
pub fn words(word_ids: &[Option<u32>], offsets: &[(usize, usize)]) -> Vec<Word> {
    debug_assert_eq!(word_ids.len(), offsets.len());
    let mut out: Vec<Word> = Vec::new();
    let mut current: Option<u32> = None;
    for (i, (&id, &(s, e))) in word_ids.iter().zip(offsets).enumerate() {
        let empty = s >= e;
        match (id, current) {
            (Some(w), Some(c)) if w == c => {
                let last = out.last_mut().expect("a current word exists");
                if !empty {
                    if last.start >= last.end {
                        (last.start, last.end) = (s, e);
                    } else {
                        last.start = last.start.min(s);
                        last.end = last.end.max(e);
                    }
                }
            }
            (Some(w), _) => {
                current = Some(w);
                out.push(Word {
                    first_piece: i,
                    start: s,
                    end: e.max(s),
                });
            }
            (None, _) => {
                current = None;
                if !empty {
                    out.push(Word {
                        first_piece: i,
                        start: s,
                        end: e,
                    });
                }
            }
        }
    }
    // A word made only of empty pieces covers nothing: drop it.
    out.retain(|w| w.start < w.end);
    out
}

/// The span of words `first..=last` inside `text`, trimmed of whitespace and
/// moved by `base` (the sentence's offset in the document). `None` when the
/// words cover only whitespace or the offsets do not fit the text.
pub fn mention_span(
    text: &str,
    words: &[Word],
    first: usize,
    last: usize,
    base: usize,
) -> Option<Span> {
    let (a, b) = (words.get(first)?.start, words.get(last)?.end);
    let slice = text.get(a..b)?;
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if trimmed.is_empty() {
        return None;
    }
    let start = base + a + lead;
    Some(Span::new(start, start + trimmed.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_group_into_words() {
        // "Hun Manet's" -> hun | man ##et | ' | s
        let ids = [Some(0), Some(1), Some(1), Some(2), Some(3)];
        let offs = [(0, 3), (4, 7), (7, 9), (9, 10), (10, 11)];
        let w = words(&ids, &offs);
        assert_eq!(
            w,
            vec![
                Word {
                    first_piece: 0,
                    start: 0,
                    end: 3
                },
                Word {
                    first_piece: 1,
                    start: 4,
                    end: 9
                },
                Word {
                    first_piece: 3,
                    start: 9,
                    end: 10
                },
                Word {
                    first_piece: 4,
                    start: 10,
                    end: 11
                },
            ]
        );
    }

    #[test]
    fn specials_and_empty_pieces_are_skipped() {
        // [CLS] a [SEP] with a sentencepiece-style bare "▁" piece before "b".
        let ids = [None, Some(0), Some(1), Some(1), None];
        let offs = [(0, 0), (0, 1), (1, 1), (2, 3), (0, 0)];
        let w = words(&ids, &offs);
        assert_eq!(
            w,
            vec![
                Word {
                    first_piece: 1,
                    start: 0,
                    end: 1
                },
                Word {
                    first_piece: 2,
                    start: 2,
                    end: 3
                }
            ]
        );
    }

    #[test]
    fn pieces_without_word_ids_are_words() {
        let ids = [None, None];
        let offs = [(0, 2), (3, 5)];
        assert_eq!(words(&ids, &offs).len(), 2);
    }

    #[test]
    fn spans_are_trimmed_and_moved() {
        let text = "met  Hun Manet today";
        // byte-level style offsets that include the leading spaces
        let w = [
            Word {
                first_piece: 0,
                start: 0,
                end: 3,
            },
            Word {
                first_piece: 1,
                start: 3,
                end: 8,
            },
            Word {
                first_piece: 2,
                start: 8,
                end: 14,
            },
        ];
        assert_eq!(mention_span(text, &w, 1, 2, 100), Some(Span::new(105, 114)));
        assert_eq!(&text[5..14], "Hun Manet");
        assert_eq!(mention_span(text, &w, 0, 9, 0), None);
        assert_eq!(
            mention_span(
                "   ",
                &[Word {
                    first_piece: 0,
                    start: 0,
                    end: 3
                }],
                0,
                0,
                0
            ),
            None
        );
    }

    #[test]
    fn offsets_inside_a_multibyte_char_are_rejected() {
        let text = "Trọng";
        let w = [Word {
            first_piece: 0,
            start: 0,
            end: 3,
        }];
        assert_eq!(mention_span(text, &w, 0, 0, 0), None);
    }
}
