//! Bring-your-own transformer NER (`--ner onnx:DIR`): a Hugging Face
//! token-classification model (BERT, RoBERTa, DeBERTa, … fine-tuned for NER)
//! exported to ONNX, with its `tokenizer.json` and `config.json`.
//!
//! How a sentence is tagged:
//! 1. the model's tokenizer splits it into word-pieces (no truncation, no
//!    fixed padding, whatever `tokenizer.json` says);
//! 2. a sentence longer than the model's input is cut into overlapping
//!    windows ([`window`]), never truncated;
//! 3. the inputs of all sentences of all documents in a batch run together,
//!    sorted by length and padded per batch ([`batch`]);
//! 4. each word takes the label of its first piece ([`align`]), words are
//!    read into mentions under BIO, BIOES/BILOU or IO ([`decode`]), and the
//!    model's entity types map onto attache's OntoNotes labels ([`labels`]);
//!    mentions never cross a sentence boundary.
//!
//! Steps 2–4 are plain Rust and always built; the model runner
//! ([`OnnxNer`]) needs the cargo feature `onnx` and, at run time, ONNX
//! Runtime's shared library named by `ORT_DYLIB_PATH`
//! (`scripts/setup-onnx.sh` installs it).

pub mod align;
pub mod batch;
pub mod decode;
pub mod labels;
pub mod window;

#[cfg(feature = "onnx")]
mod model;
#[cfg(feature = "onnx")]
pub use model::{ORT_DYLIB_ENV, OnnxNer, OnnxNerOptions};
