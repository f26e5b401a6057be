//! attache: diplomatic events from English news, as offset-exact JSONL.
//!
//! Stages follow DESIGN.md §1, each in its own module, composed by
//! [`pipeline::Pipeline`] over one [`doc::Doc`] per article:
//! read → clean → segment → ner → actors → events → link → write.

pub mod doc;
pub mod error;
pub mod ner;
pub mod pipeline;

pub use doc::Doc;
pub use error::{Error, Result};
