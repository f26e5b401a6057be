//! Plain-text inputs: a `.txt` file is one document whose id is the file
//! stem; a folder is every `.txt` file under it, in path order.

use super::{Item, ReadOptions, Reject};
use crate::doc::Doc;
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// Reads one file as a document. Problems with the file's content (or a file
/// that vanished or cannot be read) become rejects, not run errors.
pub(super) fn read_txt(path: &Path, opts: &ReadOptions, counter: &AtomicU64) -> Result<Item> {
    let source = path.display().to_string();
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| source.clone());
    let reject = |reason: String| {
        Ok(Err(Reject {
            source: source.clone(),
            line: 0,
            id: Some(id.clone()),
            reason,
        }))
    };
    let len = match std::fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) => return reject(format!("cannot read: {e}")),
    };
    if len > opts.max_doc_bytes as u64 {
        return reject(format!(
            "file is {len} bytes, over the limit of {} (--max-doc-bytes)",
            opts.max_doc_bytes
        ));
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return reject(format!("cannot read: {e}")),
    };
    counter.fetch_add(bytes.len() as u64, Ordering::Relaxed);
    let bytes = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .map(<[u8]>::to_vec)
        .unwrap_or(bytes);
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            return reject(format!(
                "invalid UTF-8 at byte {}",
                e.utf8_error().valid_up_to()
            ));
        }
    };
    if text.trim().is_empty() {
        return reject("empty text".into());
    }
    let mut doc = Doc::new(id, text);
    doc.origin.source = source;
    Ok(Ok(doc))
}

/// Every `.txt` file under `root`, sorted so runs are reproducible.
fn list_txt(root: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| Error::io(&dir, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(&dir, e))?;
            let path = entry.path();
            let ft = entry.file_type().map_err(|e| Error::io(&path, e))?;
            if ft.is_dir() {
                stack.push(path);
            } else if path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
            {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

pub(super) fn dir_size(root: &Path) -> u64 {
    list_txt(root)
        .map(|ps| {
            ps.iter()
                .filter_map(|p| std::fs::metadata(p).ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}

pub(super) struct TxtDirDocs {
    paths: std::vec::IntoIter<PathBuf>,
    opts: ReadOptions,
    counter: Arc<AtomicU64>,
}

impl TxtDirDocs {
    pub fn new(root: &Path, opts: ReadOptions, counter: Arc<AtomicU64>) -> Result<Self> {
        let paths = list_txt(root)?;
        if paths.is_empty() {
            return Err(Error::Input(format!(
                "{}: folder has no .txt files",
                root.display()
            )));
        }
        Ok(TxtDirDocs {
            paths: paths.into_iter(),
            opts,
            counter,
        })
    }
}

impl Iterator for TxtDirDocs {
    type Item = Result<Item>;

    fn next(&mut self) -> Option<Self::Item> {
        let p = self.paths.next()?;
        Some(read_txt(&p, &self.opts, &self.counter))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_reads_sorted_with_rejects() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("b.txt"), "Second.").unwrap();
        std::fs::write(dir.path().join("a.txt"), "First.").unwrap();
        std::fs::write(dir.path().join("c.txt"), "  \n").unwrap();
        std::fs::write(dir.path().join("d.txt"), b"bad \xff").unwrap();
        std::fs::write(dir.path().join("notes.md"), "ignored").unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/e.txt"), "Nested.").unwrap();
        let items: Vec<Item> = TxtDirDocs::new(dir.path(), ReadOptions::default(), Arc::default())
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        let ids: Vec<String> = items
            .iter()
            .map(|i| match i {
                Ok(d) => d.id.clone(),
                Err(r) => format!("!{}:{}", r.id.as_deref().unwrap(), r.reason),
            })
            .collect();
        assert_eq!(
            ids,
            ["a", "b", "!c:empty text", "!d:invalid UTF-8 at byte 4", "e"]
        );
    }

    #[test]
    fn empty_folder_is_a_run_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(TxtDirDocs::new(dir.path(), ReadOptions::default(), Arc::default()).is_err());
    }
}
