//! Readers: turn input paths into a stream of [`Doc`]s or [`Reject`]s.
//!
//! Supported inputs (DESIGN.md §1): JSONL files, gzip- or zstd-compressed
//! JSONL (detected by magic bytes, whatever the extension), a folder of `.txt`
//! files (id = file stem), a single `.txt` file, and `-` for stdin (JSONL).
//! Everything streams: one line, one document in memory at a time.

mod fields;
mod jsonl;
mod shard;
mod source;
mod txt;

pub use fields::{FieldMap, parse_date};
pub use shard::Shard;
pub use source::{CountingReader, decompress};

use crate::doc::Doc;
use crate::error::{Error, Result};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

/// A document that could not be read, with where it was and why.
/// Written to the reject file as one JSON line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reject {
    pub source: String,
    /// 1-based line in a JSONL input; 0 for a whole `.txt` file.
    pub line: u64,
    /// The document id when it could be read before the problem.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub reason: String,
}

/// What a reader yields: a document, or the record of one it could not read.
pub type Item = std::result::Result<Doc, Reject>;

/// Limits and field names for reading.
#[derive(Clone, Debug)]
pub struct ReadOptions {
    pub fields: FieldMap,
    /// Longest input line (or `.txt` file) accepted, in bytes; longer ones
    /// are rejected with that reason rather than truncated.
    pub max_doc_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            fields: FieldMap::default(),
            max_doc_bytes: 256 << 20,
        }
    }
}

/// One input as given on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Stdin,
    /// A JSONL file, plain or compressed.
    Jsonl(PathBuf),
    /// One `.txt` file: one document.
    TxtFile(PathBuf),
    /// A folder: every `.txt` file in it, recursively, in path order.
    TxtDir(PathBuf),
}

impl Input {
    /// Classifies a command-line argument; fails with a one-line reason when
    /// the path cannot be used at all.
    pub fn parse(arg: &str) -> Result<Input> {
        if arg == "-" {
            return Ok(Input::Stdin);
        }
        let path = PathBuf::from(arg);
        let meta = std::fs::metadata(&path).map_err(|e| Error::io(&path, e))?;
        if meta.is_dir() {
            return Ok(Input::TxtDir(path));
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if name.ends_with(".txt") {
            Ok(Input::TxtFile(path))
        } else {
            Ok(Input::Jsonl(path))
        }
    }

    /// Size on disk, for the progress bar; None for stdin.
    pub fn size(&self) -> Option<u64> {
        match self {
            Input::Stdin => None,
            Input::Jsonl(p) | Input::TxtFile(p) => std::fs::metadata(p).ok().map(|m| m.len()),
            Input::TxtDir(p) => Some(txt::dir_size(p)),
        }
    }

    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::Jsonl(p) | Input::TxtFile(p) | Input::TxtDir(p) => p.display().to_string(),
        }
    }
}

/// Streams every input in order. `bytes_read` counts raw (compressed) bytes
/// consumed, for progress reporting.
pub struct Reader {
    inputs: std::vec::IntoIter<Input>,
    opts: ReadOptions,
    current: Option<Box<dyn Iterator<Item = Result<Item>> + Send>>,
    bytes_read: Arc<AtomicU64>,
}

impl Reader {
    pub fn new(inputs: Vec<Input>, opts: ReadOptions) -> Self {
        Reader {
            inputs: inputs.into_iter(),
            opts,
            current: None,
            bytes_read: Arc::new(AtomicU64::new(0)),
        }
    }

    /// Shared counter of raw bytes read so far.
    pub fn bytes_read(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.bytes_read)
    }

    fn open(&self, input: Input) -> Result<Box<dyn Iterator<Item = Result<Item>> + Send>> {
        let counter = Arc::clone(&self.bytes_read);
        Ok(match input {
            Input::Stdin => {
                let raw = CountingReader::new(std::io::stdin(), counter);
                Box::new(jsonl::JsonlDocs::new(
                    "-".into(),
                    source::decompress(raw, Path::new("-"))?,
                    self.opts.clone(),
                ))
            }
            Input::Jsonl(path) => {
                let file = std::fs::File::open(&path).map_err(|e| Error::io(&path, e))?;
                let raw = CountingReader::new(file, counter);
                let name = path.display().to_string();
                Box::new(jsonl::JsonlDocs::new(
                    name,
                    source::decompress(raw, &path)?,
                    self.opts.clone(),
                ))
            }
            Input::TxtFile(path) => Box::new(std::iter::once(Ok(txt::read_txt(
                &path, &self.opts, &counter,
            )?))),
            Input::TxtDir(path) => {
                Box::new(txt::TxtDirDocs::new(&path, self.opts.clone(), counter)?)
            }
        })
    }
}

/// Documents from any JSONL byte stream (already decompressed), named
/// `source` in rejects: for embedding attache's reader elsewhere, and for
/// fuzzing it.
pub fn jsonl_items(
    source: &str,
    reader: Box<dyn std::io::BufRead + Send>,
    opts: ReadOptions,
) -> impl Iterator<Item = Result<Item>> {
    jsonl::JsonlDocs::new(source.to_string(), reader, opts)
}

impl Iterator for Reader {
    /// `Err` is a run-level failure (an input that cannot be opened or a
    /// read error mid-file); bad documents come as `Ok(Err(Reject))`.
    type Item = Result<Item>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(cur) = self.current.as_mut() {
                match cur.next() {
                    Some(item) => return Some(item),
                    None => self.current = None,
                }
            }
            let input = self.inputs.next()?;
            match self.open(input) {
                Ok(it) => self.current = Some(it),
                Err(e) => return Some(Err(e)),
            }
        }
    }
}
