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
pub use jsonl::parse_line;
pub use shard::Shard;
pub use source::{Compression, CountingReader, decompress, verify};

use crate::doc::Doc;
use crate::error::{Error, Result};
use serde::Serialize;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

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
    /// Longest text accepted, in bytes (UTF-8, after JSON unescaping);
    /// longer ones are rejected with that reason rather than truncated.
    /// Peak memory for one document grows with its text, about 100 MB per MB
    /// of text, so the default keeps one document under about 1 GB.
    pub max_doc_bytes: usize,
}

/// The default `--max-doc-bytes`: see [`ReadOptions::max_doc_bytes`].
pub const DEFAULT_MAX_DOC_BYTES: usize = 8 << 20;

/// A JSONL line may be this many times longer than the text limit (JSON
/// escapes such as `\u00e9` for two bytes of text, other fields), plus
/// 64 KiB, before it is refused unparsed: that bounds the memory one line
/// can take while it is read.
pub const LINE_BYTES_PER_TEXT_BYTE: usize = 8;

impl ReadOptions {
    /// Longest JSONL line held in memory.
    pub fn max_line_bytes(&self) -> usize {
        self.max_doc_bytes
            .saturating_mul(LINE_BYTES_PER_TEXT_BYTE)
            .saturating_add(64 << 10)
    }
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            fields: FieldMap::default(),
            max_doc_bytes: DEFAULT_MAX_DOC_BYTES,
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
///
/// Ids are made unique across the run: ids from paths (a `.txt` file's, and
/// `FILE:LINE` for a JSONL object without one) use the path relative to the
/// inputs' root (the deepest folder holding every input), and an id seen
/// before gets `#2`, `#3`, ... with a warning on the document (see
/// [`Reader::stats`]). A compressed input is checked whole before any of its
/// documents is used; a corrupt one becomes a single reject.
pub struct Reader {
    inputs: std::vec::IntoIter<(Input, String)>,
    root: PathBuf,
    opts: ReadOptions,
    current: Option<Box<dyn Iterator<Item = Result<Item>> + Send>>,
    bytes_read: Arc<AtomicU64>,
    ids: UniqueIds,
    stats: Arc<ReadStats>,
}

/// What the reader had to repair or refuse, for the end-of-run report.
#[derive(Debug, Default)]
pub struct ReadStats {
    /// Documents whose id was already taken, renamed.
    pub renamed: AtomicU64,
    /// The first rename, as `old -> new`.
    pub first_rename: Mutex<Option<String>>,
    /// Compressed inputs that failed their integrity check and were
    /// rejected whole.
    pub corrupt_inputs: AtomicU64,
}

impl Reader {
    pub fn new(inputs: Vec<Input>, opts: ReadOptions) -> Self {
        let root = inputs_root(&inputs);
        let inputs: Vec<(Input, String)> = inputs
            .into_iter()
            .map(|i| {
                let base = match &i {
                    Input::Stdin => "stdin".to_string(),
                    Input::Jsonl(p) | Input::TxtDir(p) => slash_path(&relative(p, &root)),
                    Input::TxtFile(p) => slash_path(&relative(p, &root).with_extension("")),
                };
                (i, base)
            })
            .collect();
        Reader {
            inputs: inputs.into_iter(),
            root,
            opts,
            current: None,
            bytes_read: Arc::new(AtomicU64::new(0)),
            ids: UniqueIds::default(),
            stats: Arc::default(),
        }
    }

    /// Shared counter of raw bytes read so far.
    pub fn bytes_read(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.bytes_read)
    }

    /// Renamed ids and corrupt inputs so far, shared.
    pub fn stats(&self) -> Arc<ReadStats> {
        Arc::clone(&self.stats)
    }

    /// The folder every input lies in, that path-made ids are relative to.
    pub fn root(&self) -> &Path {
        &self.root
    }

    fn open(
        &self,
        input: Input,
        base: String,
    ) -> Result<Box<dyn Iterator<Item = Result<Item>> + Send>> {
        let counter = Arc::clone(&self.bytes_read);
        Ok(match input {
            Input::Stdin => self.stream("-", std::io::stdin(), base, counter)?,
            Input::Jsonl(path) => {
                let name = path.display().to_string();
                let mut file = std::fs::File::open(&path).map_err(|e| Error::io(&path, e))?;
                // A pipe given by name (`<(zcat ...)`) cannot be rewound.
                if !file.metadata().is_ok_and(|m| m.is_file()) {
                    return self.stream(&name, file, base, counter);
                }
                if let Some(bad) = self.check(&mut file, &name)? {
                    return Ok(bad);
                }
                let raw = CountingReader::new(file, counter);
                Box::new(jsonl::JsonlDocs::new(
                    name,
                    Some(base),
                    source::decompress(raw, &path)?,
                    self.opts.clone(),
                ))
            }
            Input::TxtFile(path) => Box::new(std::iter::once(txt::read_txt(
                &path, base, &self.opts, &counter,
            ))),
            Input::TxtDir(path) => {
                let prefix = if base == "." { String::new() } else { base };
                Box::new(txt::TxtDirDocs::new(
                    &path,
                    prefix,
                    self.opts.clone(),
                    counter,
                )?)
            }
        })
    }

    /// JSONL from a stream that can be read only once (stdin, a pipe). A
    /// compressed one is first copied to an unnamed temporary file, so it
    /// can be checked whole before any document is used.
    fn stream<R: std::io::Read + Send + 'static>(
        &self,
        name: &str,
        raw: R,
        base: String,
        counter: Arc<AtomicU64>,
    ) -> Result<Box<dyn Iterator<Item = Result<Item>> + Send>> {
        let io = |e| Error::io(name, e);
        let mut buf = std::io::BufReader::with_capacity(1 << 16, CountingReader::new(raw, counter));
        let head = std::io::BufRead::fill_buf(&mut buf).map_err(io)?;
        let reader: Box<dyn std::io::BufRead + Send> =
            if Compression::sniff(head) == Compression::None {
                Box::new(buf)
            } else {
                let mut spool = spool_file().map_err(io)?;
                std::io::copy(&mut buf, &mut spool).map_err(io)?;
                if let Some(bad) = self.check(&mut spool, name)? {
                    return Ok(bad);
                }
                source::decompress(spool, Path::new(name))?
            };
        Ok(Box::new(jsonl::JsonlDocs::new(
            name.to_string(),
            Some(base),
            reader,
            self.opts.clone(),
        )))
    }

    /// Checks a (possibly compressed) input whole, then rewinds it. A corrupt
    /// one gives the single reject that stands for it.
    fn check(
        &self,
        file: &mut std::fs::File,
        name: &str,
    ) -> Result<Option<Box<dyn Iterator<Item = Result<Item>> + Send>>> {
        use std::io::{Seek, SeekFrom};
        let checked = source::verify(&mut *file);
        file.seek(SeekFrom::Start(0))
            .map_err(|e| Error::io(name, e))?;
        let Err(e) = checked else {
            return Ok(None);
        };
        self.stats.corrupt_inputs.fetch_add(1, Ordering::Relaxed);
        let mut head = [0u8; 4];
        let n = std::io::Read::read(file, &mut head).unwrap_or(0);
        let kind = Compression::sniff(&head[..n]).name();
        let reject = Reject {
            source: name.to_string(),
            line: 0,
            id: None,
            reason: format!(
                "corrupt {kind} input, none of it processed: {}",
                e.to_string().lines().next().unwrap_or("")
            ),
        };
        Ok(Some(Box::new(std::iter::once(Ok(Err(reject))))))
    }

    /// Gives a document an id no earlier one had, counting renames.
    fn unique(&mut self, doc: &mut Doc) {
        let Some(note) = self.ids.assign(doc) else {
            return;
        };
        if self.stats.renamed.fetch_add(1, Ordering::Relaxed) == 0 {
            let at = format!("{} line {}", doc.origin.source, doc.origin.line);
            *self
                .stats
                .first_rename
                .lock()
                .unwrap_or_else(|e| e.into_inner()) = Some(format!("{note} ({at})"));
        }
    }
}

/// Keeps document ids unique over one run, as [`Reader`] does: for callers
/// that build their documents one at a time (a binding) and must name them
/// as the command line would.
#[derive(Debug, Default)]
pub struct UniqueIds {
    /// Hashes of the ids handed out so far (8 bytes an id, whatever its
    /// length).
    seen: HashSet<u64>,
}

impl UniqueIds {
    /// Leaves an id not seen before alone; renames a repeated one to the
    /// first free `ID#2`, `ID#3`, ..., with a warning on the document, and
    /// returns that warning.
    pub fn assign(&mut self, doc: &mut Doc) -> Option<String> {
        let hash = |id: &str| xxhash_rust::xxh3::xxh3_64(id.as_bytes());
        if self.seen.insert(hash(&doc.id)) {
            return None;
        }
        let (new, h) = (2u64..)
            .map(|k| {
                let id = format!("{}#{k}", doc.id);
                let h = hash(&id);
                (id, h)
            })
            .find(|(_, h)| !self.seen.contains(h))
            .expect("some suffix is free");
        self.seen.insert(h);
        let note = format!("duplicate id {:?} renamed {new:?}", doc.id);
        doc.warnings.push(note.clone());
        doc.id = new;
        Some(note)
    }
}

/// A temporary file that no name points to: removed as soon as it is open,
/// so nothing is left behind whatever happens to the run.
fn spool_file() -> std::io::Result<std::fs::File> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let path = std::env::temp_dir().join(format!(
        "attache-stdin-{}-{nanos}.spool",
        std::process::id()
    ));
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .open(&path)?;
    std::fs::remove_file(&path)?;
    Ok(file)
}

/// The deepest folder that holds every input: a folder input itself, a
/// file's parent. Relative and absolute paths are compared as absolute.
fn inputs_root(inputs: &[Input]) -> PathBuf {
    let mut root: Option<PathBuf> = None;
    for i in inputs {
        let dir = match i {
            Input::Stdin => continue,
            Input::TxtDir(p) => absolute(p),
            Input::Jsonl(p) | Input::TxtFile(p) => {
                let p = absolute(p);
                p.parent().map(Path::to_path_buf).unwrap_or(p)
            }
        };
        root = Some(match root {
            None => dir,
            Some(r) => r
                .components()
                .zip(dir.components())
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a)
                .collect(),
        });
    }
    root.unwrap_or_default()
}

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

/// `p` under `root`, as a relative path ("." for the root itself).
fn relative(p: &Path, root: &Path) -> PathBuf {
    let abs = absolute(p);
    match abs.strip_prefix(root) {
        Ok(r) if r.as_os_str().is_empty() => PathBuf::from("."),
        Ok(r) => r.to_path_buf(),
        Err(_) => abs,
    }
}

/// A path written with `/` whatever the platform, for ids.
pub(crate) fn slash_path(p: &Path) -> String {
    p.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Documents from any JSONL byte stream (already decompressed), named
/// `source` in rejects: for embedding attache's reader elsewhere, and for
/// fuzzing it.
pub fn jsonl_items(
    source: &str,
    reader: Box<dyn std::io::BufRead + Send>,
    opts: ReadOptions,
) -> impl Iterator<Item = Result<Item>> {
    jsonl::JsonlDocs::new(source.to_string(), None, reader, opts)
}

impl Iterator for Reader {
    /// `Err` is a run-level failure (an input that cannot be opened or a
    /// read error mid-file); bad documents come as `Ok(Err(Reject))`.
    type Item = Result<Item>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(cur) = self.current.as_mut() {
                match cur.next() {
                    Some(Ok(Ok(mut doc))) => {
                        self.unique(&mut doc);
                        return Some(Ok(Ok(doc)));
                    }
                    Some(item) => return Some(item),
                    None => self.current = None,
                }
            }
            let (input, base) = self.inputs.next()?;
            match self.open(input, base) {
                Ok(it) => self.current = Some(it),
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn read_all(inputs: Vec<Input>) -> (Vec<Item>, Arc<ReadStats>) {
        let reader = Reader::new(inputs, ReadOptions::default());
        let stats = reader.stats();
        (reader.map(|r| r.unwrap()).collect(), stats)
    }

    fn ids(items: &[Item]) -> Vec<String> {
        items
            .iter()
            .map(|i| match i {
                Ok(d) => d.id.clone(),
                Err(r) => format!("!{}", r.reason),
            })
            .collect()
    }

    #[test]
    fn path_ids_are_relative_to_the_inputs_root() {
        let dir = tempfile::tempdir().unwrap();
        for sub in ["a", "b"] {
            std::fs::create_dir(dir.path().join(sub)).unwrap();
            std::fs::write(dir.path().join(sub).join("x.jsonl"), "{\"text\":\"T.\"}\n").unwrap();
            std::fs::write(dir.path().join(sub).join("n.txt"), "T.").unwrap();
        }
        let j = |s: &str| Input::Jsonl(dir.path().join(s));
        let (items, stats) = read_all(vec![j("a/x.jsonl"), j("b/x.jsonl")]);
        assert_eq!(ids(&items), ["a/x.jsonl:1", "b/x.jsonl:1"]);
        assert_eq!(stats.renamed.load(Ordering::Relaxed), 0);
        // One input: its file name, as always.
        let (items, _) = read_all(vec![j("a/x.jsonl")]);
        assert_eq!(ids(&items), ["x.jsonl:1"]);
        // Two folders, and .txt files given one by one.
        let (items, _) = read_all(vec![
            Input::TxtDir(dir.path().join("a")),
            Input::TxtDir(dir.path().join("b")),
        ]);
        assert_eq!(ids(&items), ["a/n", "b/n"]);
        let (items, _) = read_all(vec![
            Input::TxtFile(dir.path().join("a/n.txt")),
            Input::TxtFile(dir.path().join("b/n.txt")),
        ]);
        assert_eq!(ids(&items), ["a/n", "b/n"]);
        let (items, _) = read_all(vec![Input::TxtDir(dir.path().to_path_buf())]);
        assert_eq!(ids(&items), ["a/n", "b/n"]);
    }

    #[test]
    fn repeated_ids_get_a_suffix_and_a_warning_and_nothing_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("in.jsonl");
        let lines = [
            r#"{"id":"x","text":"One."}"#,
            r#"{"id":"x","text":"Two."}"#,
            r#"{"id":"x#2","text":"Three."}"#,
            r#"{"id":"x","text":"Four."}"#,
            r#"{"id":12345678901234567890123,"text":"Five."}"#,
            r#"{"id":"12345678901234567890123","text":"Six."}"#,
        ];
        std::fs::write(&p, lines.join("\n")).unwrap();
        let (items, stats) = read_all(vec![Input::Jsonl(p)]);
        assert_eq!(
            ids(&items),
            [
                "x",
                "x#2",
                "x#2#2",
                "x#3",
                "12345678901234567890123",
                "12345678901234567890123#2"
            ]
        );
        let second = items[1].as_ref().unwrap();
        assert_eq!(second.text, "Two.");
        assert_eq!(second.warnings, [r##"duplicate id "x" renamed "x#2""##]);
        assert!(items[0].as_ref().unwrap().warnings.is_empty());
        assert_eq!(stats.renamed.load(Ordering::Relaxed), 4);
        let first = stats.first_rename.lock().unwrap().clone().unwrap();
        assert!(first.ends_with("in.jsonl line 2)"), "{first}");
    }

    #[test]
    fn a_corrupt_gzip_is_one_reject_and_nothing_of_it_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let text: String = (0..300)
            .map(|i| format!("{{\"id\":\"d{i}\",\"text\":\"Kenya and Uganda met on day {i}.\"}}\n"))
            .collect();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(text.as_bytes()).unwrap();
        let good = gz.finish().unwrap();
        let mut bad = good.clone();
        let at = bad.len() / 2;
        bad[at] ^= 0x10;
        bad[at + 7] ^= 0x01;
        std::fs::write(dir.path().join("bad.jsonl.gz"), &bad).unwrap();
        std::fs::write(dir.path().join("good.jsonl.gz"), &good).unwrap();
        let (items, stats) = read_all(vec![
            Input::Jsonl(dir.path().join("bad.jsonl.gz")),
            Input::Jsonl(dir.path().join("good.jsonl.gz")),
        ]);
        assert_eq!(items.len(), 301, "one reject for the corrupt input");
        let r = items[0].as_ref().unwrap_err();
        assert!(
            r.reason
                .starts_with("corrupt gzip input, none of it processed: "),
            "{}",
            r.reason
        );
        assert!(!r.reason.contains('\n'));
        assert_eq!((r.line, r.id.as_deref()), (0, None));
        assert!(items[1..].iter().all(|i| i.is_ok()));
        assert_eq!(items[1].as_ref().unwrap().id, "d0");
        assert_eq!(stats.corrupt_inputs.load(Ordering::Relaxed), 1);
    }
}
