//! Transition-based decoding shared by the parser and the entity recognizer
//! (spaCy's `TransitionBasedParser.v2` with greedy search).

pub mod arc_eager;
pub mod biluo;
mod model;

pub use model::{TransitionConfig, TransitionModel};

/// A transition system: its states, their feature tokens, the moves valid
/// in a state and their effect.
pub trait TransitionSystem {
    type State;
    /// Whether `apply` wants the probability of the chosen move.
    const WANTS_PROB: bool;

    fn n_moves(&self) -> usize;
    fn is_final(&self, state: &Self::State) -> bool;
    /// The tokens (indexes into the state's sentence, or -1) whose
    /// precomputed features describe the state.
    fn context(&self, state: &Self::State, ids: &mut [i32]);
    fn set_valid(&self, state: &Self::State, valid: &mut [bool]);
    /// Apply move `mv`; `prob` is its softmax probability among the valid
    /// moves when `WANTS_PROB`, else 1.
    fn apply(&self, state: &mut Self::State, mv: usize, prob: f32);
    /// End the state when no move is valid (should not happen).
    fn force_final(&self, state: &mut Self::State);
}
