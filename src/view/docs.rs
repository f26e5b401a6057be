//! The document view (`attache show`): one self-contained HTML page with
//! the documents embedded as JSON and rendered by an inline script, a page
//! of articles at a time, so a file of thousands of articles opens fast.

use super::html;
use super::input::DocSet;
use serde::Serialize;

const CSS: &str = include_str!("assets/docs.css");
const JS: &str = include_str!("assets/docs.js");

/// Id of the `<script type="application/json">` element holding the data.
pub const DATA_ID: &str = "attache-data";

/// Page options.
#[derive(Clone, Debug)]
pub struct DocsOptions {
    /// Articles per page.
    pub page_size: usize,
    /// The page's title.
    pub title: String,
}

impl Default for DocsOptions {
    fn default() -> Self {
        DocsOptions {
            page_size: 20,
            title: "attache show".to_string(),
        }
    }
}

/// What the script reads: the documents and how to page them.
#[derive(Serialize)]
struct Embedded<'a> {
    schema: &'static str,
    page_size: usize,
    #[serde(flatten)]
    set: &'a DocSet,
}

/// The schema name of the embedded data.
pub const SCHEMA: &str = "attache-show/1";

const BODY: &str = r#"<header class="bar">
<h1>attache</h1>
<span class="summary" id="summary"></span>
<div class="controls">
<label>event type <select id="type-filter"></select></label>
<input id="search" type="search" placeholder="search id, title, text">
<button id="prev" type="button">&larr; previous</button>
<span id="page-info"></span>
<button id="next" type="button">next &rarr;</button>
</div>
<div id="labels" title="entity labels: untick to hide"></div>
</header>
<main id="docs"><noscript><p class="empty">This page needs JavaScript to show the articles.</p></noscript></main>
<nav class="pager"><button id="prev-bottom" type="button">&larr; previous</button>
<span id="page-info-bottom"></span>
<button id="next-bottom" type="button">next &rarr;</button></nav>
"#;

/// The page for `set`.
pub fn docs_page(set: &DocSet, opts: &DocsOptions) -> serde_json::Result<String> {
    let data = html::script_json(&Embedded {
        schema: SCHEMA,
        page_size: opts.page_size.max(1),
        set,
    })?;
    let mut body = String::with_capacity(data.len() + BODY.len() + 128);
    body.push_str(BODY);
    body.push_str(&html::data_element(DATA_ID, &data));
    Ok(html::page(&opts.title, CSS, &body, Some(JS)))
}
