//! Pages to look at instead of read: self-contained HTML files (inline CSS,
//! JS and SVG; nothing fetched) for the document records of `attache
//! extract --docs` ([`docs`], `attache show`) and for the scorer's report
//! ([`report`], `attache eval --html`).

pub mod charts;
pub mod docs;
pub mod html;
pub mod input;
pub mod report;

pub use docs::{DocsOptions, docs_page};
pub use input::{DocSet, ViewDoc};
pub use report::report_page;
