//! `attache show`: document records (`extract --docs`) as one
//! self-contained HTML page to look at.

use anyhow::{Context, Result};
use attache::view::{self, DocSet, DocsOptions};
use std::path::{Path, PathBuf};

/// Articles per page unless told.
pub const DEFAULT_PAGE_SIZE: u32 = 20;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Document JSONL files written by `attache extract --docs` (.gz/.zst
    /// accepted), or - for stdin.
    #[arg(required = true, value_name = "DOCS")]
    inputs: Vec<PathBuf>,
    /// The HTML file to write, or - for stdout.
    #[arg(short, long, value_name = "FILE")]
    output: PathBuf,
    /// Articles per page.
    #[arg(long, default_value_t = DEFAULT_PAGE_SIZE, value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    page_size: u32,
    /// The page's title [default: the input files' names].
    #[arg(long, value_name = "TEXT")]
    title: Option<String>,
}

/// Writes `html` to `path` (`-` is stdout).
pub fn write_html(path: &Path, html: &str) -> Result<()> {
    if path == Path::new("-") {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        out.write_all(html.as_bytes())?;
        out.flush()?;
        return Ok(());
    }
    std::fs::write(path, html).with_context(|| format!("cannot write {}", path.display()))
}

/// The page of the document records in `inputs`.
pub fn page(inputs: &[PathBuf], page_size: u32, title: Option<String>) -> Result<String> {
    let set = DocSet::read(inputs).context("cannot read documents")?;
    let title = title.unwrap_or_else(|| format!("attache show: {}", set.sources.join(", ")));
    let opts = DocsOptions {
        page_size: page_size as usize,
        title,
    };
    Ok(view::docs_page(&set, &opts)?)
}

pub fn run(args: Args) -> Result<()> {
    let html = page(&args.inputs, args.page_size, args.title)?;
    write_html(&args.output, &html)
}
