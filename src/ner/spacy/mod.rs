//! spaCy's `en_core_web_sm` 3.8.0 pipeline, ported to Rust.
//!
//! tokenizer → tok2vec (hash embeddings + maxout CNN) → tagger → parser
//! (arc-eager, greedy) → attribute ruler → lemmatizer → ner (its own
//! tok2vec, BILUO transitions, greedy). Model files are converted by
//! `scripts/convert_spacy.py` and embedded in the binary.

mod annotate;
/// The model's name in records' pipeline metadata.
pub const MODEL_NAME: &str = "en_core_web_sm-3.8.0";

mod assets;
mod attribute_ruler;
pub mod hashing;
mod lemmatizer;
mod linalg;
mod model;
mod nonproj;
mod tok2vec;
pub mod tokenizer;
mod transition;
pub mod unicode;
pub mod vocab;
mod weights;

pub use annotate::{Analysis, Options};
pub use model::SpacyModel;
pub use transition::biluo::EntitySpan;
mod component;

pub use component::{SpacyPipeline, annotate_text};
