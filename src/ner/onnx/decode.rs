//! Word-level tags → entity mentions, for BIO, BIOES/BILOU and IO schemes.
//!
//! Models do not always emit well-formed sequences, so the reading is
//! lenient, the way Hugging Face's "simple" aggregation is: an `I-X` or
//! `E-X` that does not continue an open `X` starts a new mention instead of
//! being dropped, and a change of type always closes the open mention.

use super::labels::{Position, Tag};

/// One word's prediction: its tag and the probability the model gave it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WordTag<'a> {
    pub tag: &'a Tag,
    pub prob: f32,
}

/// A mention over words `first..=last` of a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct WordMention {
    pub first: usize,
    pub last: usize,
    /// Index into the label set's types.
    pub kind: usize,
    /// Mean probability of the mention's word tags.
    pub score: f32,
}

struct Open {
    first: usize,
    last: usize,
    kind: usize,
    sum: f32,
}

impl Open {
    fn close(self) -> WordMention {
        let n = (self.last - self.first + 1) as f32;
        WordMention {
            first: self.first,
            last: self.last,
            kind: self.kind,
            score: self.sum / n,
        }
    }
}

/// Read mentions off a sentence's word tags, in order, never overlapping.
pub fn mentions(words: &[WordTag<'_>]) -> Vec<WordMention> {
    let mut out = Vec::new();
    let mut open: Option<Open> = None;
    for (i, w) in words.iter().enumerate() {
        let continues = |o: &Option<Open>, k: usize| o.as_ref().is_some_and(|o| o.kind == k);
        match (w.tag.position, w.tag.kind) {
            (Position::Outside, _) | (_, None) => {
                out.extend(open.take().map(Open::close));
            }
            (Position::Begin, Some(k)) => {
                out.extend(open.take().map(Open::close));
                open = Some(Open {
                    first: i,
                    last: i,
                    kind: k,
                    sum: w.prob,
                });
            }
            (Position::Inside, Some(k)) => {
                if continues(&open, k) {
                    let o = open.as_mut().expect("checked above");
                    o.last = i;
                    o.sum += w.prob;
                } else {
                    out.extend(open.take().map(Open::close));
                    open = Some(Open {
                        first: i,
                        last: i,
                        kind: k,
                        sum: w.prob,
                    });
                }
            }
            (Position::End, Some(k)) => {
                if continues(&open, k) {
                    let mut o = open.take().expect("checked above");
                    o.last = i;
                    o.sum += w.prob;
                    out.push(o.close());
                } else {
                    out.extend(open.take().map(Open::close));
                    out.push(WordMention {
                        first: i,
                        last: i,
                        kind: k,
                        score: w.prob,
                    });
                }
            }
            (Position::Single, Some(k)) => {
                out.extend(open.take().map(Open::close));
                out.push(WordMention {
                    first: i,
                    last: i,
                    kind: k,
                    score: w.prob,
                });
            }
        }
    }
    out.extend(open.take().map(Open::close));
    out
}

#[cfg(test)]
mod tests {
    use super::super::labels::LabelSet;
    use super::*;

    fn run(labels: &[&str], seq: &[&str]) -> Vec<(usize, usize, String)> {
        let pairs: Vec<(usize, String)> = labels
            .iter()
            .enumerate()
            .map(|(i, l)| (i, l.to_string()))
            .collect();
        let set = LabelSet::from_id2label(&pairs).unwrap();
        let words: Vec<WordTag> = seq
            .iter()
            .map(|t| WordTag {
                tag: &set.tags[labels.iter().position(|l| l == t).unwrap()],
                prob: 0.5,
            })
            .collect();
        mentions(&words)
            .into_iter()
            .map(|m| (m.first, m.last, set.types[m.kind].clone()))
            .collect()
    }

    const BIO: &[&str] = &["O", "B-PER", "I-PER", "B-LOC", "I-LOC"];
    const BIOES: &[&str] = &[
        "O", "B-PER", "I-PER", "E-PER", "S-PER", "S-LOC", "B-LOC", "E-LOC",
    ];

    fn m(a: usize, b: usize, t: &str) -> (usize, usize, String) {
        (a, b, t.to_string())
    }

    #[test]
    fn bio_well_formed() {
        assert_eq!(
            run(BIO, &["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"]),
            vec![m(0, 1, "PER"), m(3, 3, "LOC"), m(4, 5, "LOC")]
        );
    }

    #[test]
    fn bio_lenient_inside_starts_a_mention() {
        assert_eq!(run(BIO, &["O", "I-PER", "I-PER"]), vec![m(1, 2, "PER")]);
        // A type change closes the open mention.
        assert_eq!(
            run(BIO, &["B-PER", "I-LOC"]),
            vec![m(0, 0, "PER"), m(1, 1, "LOC")]
        );
        assert_eq!(run(BIO, &["I-LOC"]), vec![m(0, 0, "LOC")]);
    }

    #[test]
    fn bioes_singles_and_ends() {
        assert_eq!(
            run(
                BIOES,
                &["B-PER", "I-PER", "E-PER", "S-LOC", "O", "S-PER", "S-PER"]
            ),
            vec![
                m(0, 2, "PER"),
                m(3, 3, "LOC"),
                m(5, 5, "PER"),
                m(6, 6, "PER")
            ]
        );
        // An E- after O, and an unclosed B-, still make mentions.
        assert_eq!(
            run(BIOES, &["O", "E-LOC", "B-PER"]),
            vec![m(1, 1, "LOC"), m(2, 2, "PER")]
        );
        // A single inside an open mention closes it.
        assert_eq!(
            run(BIOES, &["B-PER", "S-LOC", "E-PER"]),
            vec![m(0, 0, "PER"), m(1, 1, "LOC"), m(2, 2, "PER")]
        );
    }

    #[test]
    fn io_tagging() {
        let io = &["O", "PER", "LOC"];
        assert_eq!(
            run(io, &["PER", "PER", "O", "LOC", "PER"]),
            vec![m(0, 1, "PER"), m(3, 3, "LOC"), m(4, 4, "PER")]
        );
    }

    #[test]
    fn scores_are_mean_word_probabilities() {
        let set =
            LabelSet::from_id2label(&[(0, "O".into()), (1, "B-PER".into()), (2, "I-PER".into())])
                .unwrap();
        let words = [
            WordTag {
                tag: &set.tags[1],
                prob: 0.9,
            },
            WordTag {
                tag: &set.tags[2],
                prob: 0.5,
            },
            WordTag {
                tag: &set.tags[0],
                prob: 0.99,
            },
        ];
        let got = mentions(&words);
        assert_eq!(got.len(), 1);
        assert!((got[0].score - 0.7).abs() < 1e-6);
    }

    #[test]
    fn empty_and_all_outside() {
        assert!(run(BIO, &[]).is_empty());
        assert!(run(BIO, &["O", "O"]).is_empty());
    }
}
