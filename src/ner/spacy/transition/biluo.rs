//! spaCy's BILUO entity transitions (`ner.pyx`): Begin, In, Last and Unit
//! with an entity label, and Out. Validity follows spaCy for input without
//! preset entities: entities never start on whitespace nor run across a
//! sentence start the parser found.

use super::TransitionSystem;
use crate::doc::EntityLabel;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Move {
    Begin(EntityLabel),
    In(EntityLabel),
    Last(EntityLabel),
    Unit(EntityLabel),
    /// "U-" with no label: only valid on preset blocked tokens, never here.
    UnitBlocked,
    Out,
}

#[derive(Debug, thiserror::Error)]
#[error("entity move {0:?} is not understood")]
pub struct MoveError(String);

pub struct Biluo {
    moves: Vec<Move>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EntitySpan {
    /// Token range within the sentence.
    pub start: usize,
    pub end: usize,
    pub label: EntityLabel,
    /// Product of the probabilities of the moves that built the entity.
    pub score: f32,
}

pub struct NerState {
    length: usize,
    b_i: usize,
    is_space: Vec<bool>,
    sent_start: Vec<bool>,
    open: Option<(usize, EntityLabel, f32)>,
    ents: Vec<EntitySpan>,
}

impl NerState {
    /// `is_space`: whitespace tokens; `sent_start`: tokens the parser made
    /// sentence starts (all false when the parser did not run).
    pub fn new(is_space: Vec<bool>, sent_start: Vec<bool>) -> Self {
        NerState {
            length: is_space.len(),
            b_i: 0,
            is_space,
            sent_start,
            open: None,
            ents: Vec::new(),
        }
    }

    pub fn into_entities(self) -> Vec<EntitySpan> {
        self.ents
    }

    fn buffer_length(&self) -> usize {
        self.length - self.b_i
    }

    fn next_starts_sentence(&self) -> bool {
        self.b_i + 1 < self.length && self.sent_start[self.b_i + 1]
    }
}

impl Biluo {
    /// Moves named as spaCy names them: "B-ORG", "I-DATE", "L-GPE", "U-PERSON", "U-", "O".
    pub fn new(names: &[String]) -> Result<Self, MoveError> {
        let label = |l: &str| {
            l.parse::<EntityLabel>()
                .map_err(|_| MoveError(format!("unknown label {l}")))
        };
        let moves = names
            .iter()
            .map(|name| {
                Ok(match name.split_once('-') {
                    None if name == "O" => Move::Out,
                    Some(("U", "")) => Move::UnitBlocked,
                    Some(("B", l)) => Move::Begin(label(l)?),
                    Some(("I", l)) => Move::In(label(l)?),
                    Some(("L", l)) => Move::Last(label(l)?),
                    Some(("U", l)) => Move::Unit(label(l)?),
                    _ => return Err(MoveError(name.clone())),
                })
            })
            .collect::<Result<_, _>>()?;
        Ok(Biluo { moves })
    }
}

impl TransitionSystem for Biluo {
    type State = NerState;
    const WANTS_PROB: bool = true;

    fn n_moves(&self) -> usize {
        self.moves.len()
    }

    fn is_final(&self, s: &NerState) -> bool {
        s.b_i >= s.length
    }

    fn context(&self, s: &NerState, ids: &mut [i32]) {
        let b0 = if s.b_i < s.length { s.b_i as i32 } else { -1 };
        let e0 = s.open.map_or(-1, |(start, _, _)| start as i32);
        ids[0] = b0;
        ids[1] = e0;
        ids[2] = if b0 == -1 || e0 == -1 { -1 } else { b0 - 1 };
    }

    fn set_valid(&self, s: &NerState, valid: &mut [bool]) {
        let blen = s.buffer_length();
        let space = s.b_i < s.length && s.is_space[s.b_i];
        let next_start = s.next_starts_sentence();
        let open_label = s.open.map(|(_, l, _)| l);
        for (v, mv) in valid.iter_mut().zip(&self.moves) {
            *v = match *mv {
                Move::Begin(_) => open_label.is_none() && blen >= 2 && !next_start && !space,
                Move::In(l) => open_label == Some(l) && blen >= 2 && !next_start,
                Move::Last(l) => open_label == Some(l),
                Move::Unit(_) => open_label.is_none() && !space,
                Move::UnitBlocked => false,
                Move::Out => open_label.is_none(),
            };
        }
    }

    fn apply(&self, s: &mut NerState, mv: usize, prob: f32) {
        let b0 = s.b_i;
        match self.moves[mv] {
            Move::Begin(l) => s.open = Some((b0, l, prob)),
            Move::In(_) => {
                if let Some(open) = &mut s.open {
                    open.2 *= prob;
                }
            }
            Move::Last(_) => {
                if let Some((start, label, score)) = s.open.take() {
                    s.ents.push(EntitySpan {
                        start,
                        end: b0 + 1,
                        label,
                        score: score * prob,
                    });
                }
            }
            Move::Unit(label) => s.ents.push(EntitySpan {
                start: b0,
                end: b0 + 1,
                label,
                score: prob,
            }),
            Move::UnitBlocked | Move::Out => {}
        }
        s.b_i += 1;
    }

    fn force_final(&self, s: &mut NerState) {
        s.open = None;
        s.b_i = s.length;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn system() -> Biluo {
        let names: Vec<String> = ["B-GPE", "I-GPE", "L-GPE", "U-GPE", "U-", "O"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        Biluo::new(&names).unwrap()
    }

    fn valid(sys: &Biluo, s: &NerState) -> Vec<bool> {
        let mut v = vec![false; sys.n_moves()];
        sys.set_valid(s, &mut v);
        v
    }

    #[test]
    fn multi_token_entity_with_score() {
        let sys = system();
        let mut s = NerState::new(vec![false; 3], vec![false; 3]);
        assert_eq!(valid(&sys, &s), [true, false, false, true, false, true]);
        sys.apply(&mut s, 0, 0.5); // B
        assert_eq!(valid(&sys, &s), [false, true, true, false, false, false]);
        sys.apply(&mut s, 2, 0.5); // L
        sys.apply(&mut s, 5, 1.0); // O
        assert!(sys.is_final(&s));
        let ents = s.into_entities();
        assert_eq!(ents.len(), 1);
        assert_eq!((ents[0].start, ents[0].end), (0, 2));
        assert!((ents[0].score - 0.25).abs() < 1e-6);
    }

    #[test]
    fn no_begin_before_sentence_start_or_on_space() {
        let sys = system();
        let s = NerState::new(vec![false, false], vec![false, true]);
        assert!(!valid(&sys, &s)[0]);
        let s = NerState::new(vec![true, false], vec![false, false]);
        let v = valid(&sys, &s);
        assert!(!v[0] && !v[3] && v[5]);
        // The last token can only be a unit or outside.
        let s = NerState::new(vec![false], vec![false]);
        assert_eq!(valid(&sys, &s), [false, false, false, true, false, true]);
    }
}
