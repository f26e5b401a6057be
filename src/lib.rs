//! attache: diplomatic events from English news, as offset-exact JSONL.
//!
//! Stages follow DESIGN.md §1, each in its own module, composed by
//! [`pipeline::Pipeline`] over one [`doc::Doc`] per article:
//! read → clean → segment → ner → actors → events → link → write.

pub mod actors;
pub mod budget;
pub mod clean;
pub mod compose;
pub mod cv;
pub mod doc;
pub mod error;
pub mod eval;
pub mod events;
pub mod export;
pub mod import;
pub mod json;
pub mod link;
pub mod ner;
pub mod pipeline;
pub mod read;
pub mod run;
pub mod segment;
pub mod tensors;
pub mod view;
pub mod write;

pub use doc::Doc;
pub use error::{Error, Result};
