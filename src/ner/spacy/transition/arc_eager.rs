//! spaCy's non-monotonic arc-eager transition system (`arc_eager.pyx`):
//! Shift, Reduce (which puts a headless word back on the buffer), Left-Arc
//! (which may replace a word's head), Right-Arc and Break (a sentence
//! boundary inside the input). Validity rules follow spaCy exactly for
//! input without preset annotation.

use super::TransitionSystem;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Move {
    Shift,
    Reduce,
    Left(u16),
    Right(u16),
    Break,
}

#[derive(Debug, thiserror::Error)]
#[error("parser move {0:?} is not understood")]
pub struct MoveError(String);

pub struct ArcEager {
    moves: Vec<Move>,
    labels: Vec<String>,
    root: u16,
}

/// Parser state for one sentence. Arcs are kept per head in insertion
/// order because the features read "the most recent left/right child".
pub struct ParseState {
    length: i32,
    heads: Vec<i32>,
    labels: Vec<u16>,
    stack: Vec<i32>,
    rebuffer: Vec<i32>,
    b_i: i32,
    left_arcs: Vec<Vec<i32>>,
    right_arcs: Vec<Vec<i32>>,
    unshiftable: Vec<bool>,
    sent_start: Vec<bool>,
}

impl ParseState {
    pub fn new(length: usize) -> Self {
        ParseState {
            length: length as i32,
            heads: vec![-1; length],
            labels: vec![0; length],
            stack: Vec::new(),
            rebuffer: Vec::new(),
            b_i: 0,
            left_arcs: vec![Vec::new(); length],
            right_arcs: vec![Vec::new(); length],
            unshiftable: vec![false; length],
            sent_start: vec![false; length],
        }
    }

    fn s(&self, i: usize) -> i32 {
        if i < self.stack.len() {
            self.stack[self.stack.len() - 1 - i]
        } else {
            -1
        }
    }

    fn b(&self, i: usize) -> i32 {
        if i < self.rebuffer.len() {
            self.rebuffer[self.rebuffer.len() - 1 - i]
        } else {
            let b = self.b_i + (i - self.rebuffer.len()) as i32;
            if b >= self.length { -1 } else { b }
        }
    }

    fn buffer_length(&self) -> usize {
        (self.length - self.b_i) as usize + self.rebuffer.len()
    }

    /// The `idx`-th most recently attached child of `head` (1-based).
    fn nth_child(arcs: &[Vec<i32>], head: i32, idx: usize) -> i32 {
        if head < 0 {
            return -1;
        }
        let kids = &arcs[head as usize];
        if idx == 0 || idx > kids.len() {
            -1
        } else {
            kids[kids.len() - idx]
        }
    }

    fn is_sent_start(&self, word: i32) -> bool {
        // The first token's preset start never matters: it is never in
        // the buffer behind another word.
        word >= 0 && word < self.length && self.sent_start[word as usize]
    }

    fn push(&mut self) {
        let b0 = match self.rebuffer.pop() {
            Some(b) => b,
            None => {
                let b = self.b_i;
                self.b_i += 1;
                b
            }
        };
        self.stack.push(b0);
    }

    fn unshift(&mut self) {
        if let Some(s0) = self.stack.pop() {
            self.unshiftable[s0 as usize] = true;
            self.rebuffer.push(s0);
        }
    }

    fn add_arc(&mut self, head: i32, child: i32, label: u16) {
        let c = child as usize;
        if self.heads[c] >= 0 {
            let old = self.heads[c];
            let arcs = if old > child {
                &mut self.left_arcs[old as usize]
            } else {
                &mut self.right_arcs[old as usize]
            };
            // spaCy only removes the arc when it is the head's latest one;
            // its code for an older arc edits a copy, i.e. does nothing. In
            // arc-eager the re-attached word is always the latest child.
            if arcs.last() == Some(&child) {
                arcs.pop();
            }
        }
        if head > child {
            self.left_arcs[head as usize].push(child);
        } else {
            self.right_arcs[head as usize].push(child);
        }
        self.heads[c] = head;
        self.labels[c] = label;
    }
}

impl ArcEager {
    /// Moves named as spaCy names them: "S", "D", "L-nsubj", "R-dobj", "B-ROOT".
    pub fn new(names: &[String]) -> Result<Self, MoveError> {
        let mut labels: Vec<String> = vec!["ROOT".to_string()];
        let label_id = |name: &str, labels: &mut Vec<String>| -> u16 {
            match labels.iter().position(|l| l == name) {
                Some(i) => i as u16,
                None => {
                    labels.push(name.to_string());
                    (labels.len() - 1) as u16
                }
            }
        };
        let mut moves = Vec::with_capacity(names.len());
        for name in names {
            let mv = match name.split_once('-') {
                None if name == "S" => Move::Shift,
                None if name == "D" => Move::Reduce,
                Some(("L", l)) if l != "subtok" => Move::Left(label_id(l, &mut labels)),
                Some(("R", l)) if l != "subtok" => Move::Right(label_id(l, &mut labels)),
                Some(("B", _)) => Move::Break,
                _ => return Err(MoveError(name.clone())),
            };
            moves.push(mv);
        }
        // Base labels of pseudo-projective decorations ("pobj||prep").
        for l in labels.clone() {
            if let Some((a, b)) = l.split_once("||") {
                label_id(a, &mut labels);
                label_id(b, &mut labels);
            }
        }
        Ok(ArcEager {
            moves,
            labels,
            root: 0,
        })
    }

    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Heads (indexes into the sentence; a root points to itself) and label
    /// ids, as `ArcEager.set_annotations` writes them.
    pub fn finish(&self, state: &ParseState) -> (Vec<usize>, Vec<u16>) {
        let n = state.length as usize;
        let mut heads = Vec::with_capacity(n);
        let mut labels = Vec::with_capacity(n);
        for i in 0..n {
            if state.heads[i] >= 0 {
                heads.push(state.heads[i] as usize);
                labels.push(state.labels[i]);
            } else {
                heads.push(i);
                labels.push(self.root);
            }
        }
        (heads, labels)
    }
}

impl TransitionSystem for ArcEager {
    type State = ParseState;
    const WANTS_PROB: bool = false;

    fn n_moves(&self) -> usize {
        self.moves.len()
    }

    fn is_final(&self, s: &ParseState) -> bool {
        s.stack.is_empty() && s.buffer_length() == 0
    }

    fn context(&self, s: &ParseState, ids: &mut [i32]) {
        let b0 = s.b(0);
        let s0 = s.s(0);
        ids[0] = b0;
        ids[1] = s.b(1);
        ids[2] = s0;
        ids[3] = s.s(1);
        ids[4] = s.s(2);
        ids[5] = ParseState::nth_child(&s.left_arcs, b0, 1);
        ids[6] = ParseState::nth_child(&s.left_arcs, s0, 1);
        ids[7] = ParseState::nth_child(&s.right_arcs, s0, 1);
    }

    fn set_valid(&self, s: &ParseState, valid: &mut [bool]) {
        let depth = s.stack.len();
        let blen = s.buffer_length();
        let b0 = s.b(0);
        let shift =
            depth == 0 || (blen >= 2 && !s.is_sent_start(b0) && !s.unshiftable[b0 as usize]);
        // Without preset sentence boundaries no word "cannot start a
        // sentence", so Reduce only needs a non-empty stack.
        let reduce = depth > 0;
        let arc = depth > 0 && blen > 0 && !s.is_sent_start(b0);
        let brk = blen >= 2 && s.b(1) == b0 + 1 && !s.is_sent_start(s.b(1));
        for (v, mv) in valid.iter_mut().zip(&self.moves) {
            *v = match mv {
                Move::Shift => shift,
                Move::Reduce => reduce,
                Move::Left(_) | Move::Right(_) => arc,
                Move::Break => brk,
            };
        }
    }

    fn apply(&self, s: &mut ParseState, mv: usize, _prob: f32) {
        match self.moves[mv] {
            Move::Shift => s.push(),
            Move::Reduce => {
                let s0 = s.s(0);
                if s.heads[s0 as usize] >= 0 || s.stack.len() == 1 {
                    s.stack.pop();
                } else {
                    s.unshift();
                }
            }
            Move::Left(label) => {
                let (b0, s0) = (s.b(0), s.s(0));
                s.add_arc(b0, s0, label);
                s.unshiftable[b0 as usize] = false;
                s.stack.pop();
            }
            Move::Right(label) => {
                let (b0, s0) = (s.b(0), s.s(0));
                s.add_arc(s0, b0, label);
                s.push();
            }
            Move::Break => {
                let b1 = s.b(1);
                s.sent_start[b1 as usize] = true;
            }
        }
    }

    fn force_final(&self, s: &mut ParseState) {
        s.stack.clear();
        s.rebuffer.clear();
        s.b_i = s.length;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn system() -> ArcEager {
        let names: Vec<String> = ["S", "D", "L-nsubj", "R-dobj", "B-ROOT", "L-pobj||prep"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        ArcEager::new(&names).unwrap()
    }

    fn valid(sys: &ArcEager, s: &ParseState) -> Vec<bool> {
        let mut v = vec![false; sys.n_moves()];
        sys.set_valid(s, &mut v);
        v
    }

    #[test]
    fn labels_include_decoration_parts() {
        let sys = system();
        for l in ["ROOT", "nsubj", "dobj", "pobj||prep", "pobj", "prep"] {
            assert!(sys.labels().iter().any(|x| x == l), "{l}");
        }
    }

    #[test]
    fn simple_transitive_sentence() {
        // "He saw her": L-nsubj(saw → He), R-dobj(saw → her).
        let sys = system();
        let mut s = ParseState::new(3);
        assert_eq!(valid(&sys, &s), [true, false, false, false, true, false]);
        sys.apply(&mut s, 0, 1.0); // S
        sys.apply(&mut s, 2, 1.0); // L-nsubj
        sys.apply(&mut s, 0, 1.0); // S
        sys.apply(&mut s, 3, 1.0); // R-dobj
        sys.apply(&mut s, 1, 1.0); // D
        sys.apply(&mut s, 1, 1.0); // D
        assert!(sys.is_final(&s));
        let (heads, labels) = sys.finish(&s);
        assert_eq!(heads, [1, 1, 1]);
        let names: Vec<&str> = labels
            .iter()
            .map(|&l| sys.labels()[l as usize].as_str())
            .collect();
        assert_eq!(names, ["nsubj", "ROOT", "dobj"]);
    }

    #[test]
    fn reduce_of_headless_word_unshifts_it() {
        let sys = system();
        let mut s = ParseState::new(3);
        sys.apply(&mut s, 0, 1.0); // S 0
        sys.apply(&mut s, 0, 1.0); // S 1
        sys.apply(&mut s, 1, 1.0); // D: 1 has no head and the stack is deep
        assert_eq!(s.b(0), 1);
        // A word put back cannot be shifted again until the stack changes.
        assert!(!valid(&sys, &s)[0]);
        let mut ids = [0i32; 8];
        sys.context(&s, &mut ids);
        assert_eq!(&ids[..3], &[1, 2, 0]);
    }

    #[test]
    fn break_blocks_arcs_into_the_next_sentence() {
        let sys = system();
        let mut s = ParseState::new(3);
        sys.apply(&mut s, 0, 1.0); // S 0
        sys.apply(&mut s, 4, 1.0); // B: token 2 (B1) starts a sentence
        assert!(s.is_sent_start(2));
        sys.apply(&mut s, 3, 1.0); // R-dobj 0 → 1
        let v = valid(&sys, &s);
        assert!(!v[2] && !v[3], "no arcs to a sentence start");
        assert!(
            !v[0],
            "no shift of a sentence start while the stack is full"
        );
    }
}
