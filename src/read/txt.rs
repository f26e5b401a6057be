//! Plain-text inputs: a `.txt` file is one document whose id is the file
//! stem; a folder is every `.txt` file under it, in path order.

use super::{Item, ReadOptions, Reject};
use crate::doc::Doc;
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// Reads one file as document `id`. Problems with the file's content (or a
/// file that vanished, cannot be read, or is no regular file) become
/// rejects, not run errors.
pub(super) fn read_txt(
    path: &Path,
    id: String,
    opts: &ReadOptions,
    counter: &AtomicU64,
) -> Result<Item> {
    let source = path.display().to_string();
    let reject = |reason: String| {
        Ok(Err(Reject {
            source: source.clone(),
            line: 0,
            id: Some(id.clone()),
            reason,
        }))
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return reject(format!("cannot read: {e}")),
    };
    if !meta.is_file() {
        return reject(not_regular(&meta.file_type()));
    }
    let len = meta.len();
    if len > opts.max_doc_bytes as u64 + 3 {
        return reject(format!(
            "text is {len} bytes, over the limit of {} (--max-doc-bytes)",
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
    if bytes.len() > opts.max_doc_bytes {
        return reject(format!(
            "text is {} bytes, over the limit of {} (--max-doc-bytes)",
            bytes.len(),
            opts.max_doc_bytes
        ));
    }
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

/// Why a path that is no regular file is not read: a FIFO would block the
/// run forever, a device could be endless.
fn not_regular(ft: &std::fs::FileType) -> String {
    use std::os::unix::fs::FileTypeExt;
    let what = if ft.is_fifo() {
        "a FIFO"
    } else if ft.is_socket() {
        "a socket"
    } else if ft.is_char_device() {
        "a character device"
    } else if ft.is_block_device() {
        "a block device"
    } else if ft.is_dir() {
        "a folder"
    } else {
        "not a regular file"
    };
    format!("skipped: {what}, not a regular file")
}

/// The id of a `.txt` file: its path under `root` without the extension,
/// `/`-separated (`t1/a` for `root/t1/a.txt`), after `prefix`.
pub(super) fn txt_id(path: &Path, root: &Path, prefix: &str) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path).with_extension("");
    let rel = super::slash_path(&rel);
    match (prefix.is_empty(), rel.is_empty()) {
        (true, _) => rel,
        (false, true) => prefix.to_string(),
        (false, false) => format!("{prefix}/{rel}"),
    }
}

/// What a folder holds for reading: a `.txt` file, or a path that is skipped
/// with a reason (a `.txt` that is no regular file, an unreadable subfolder).
#[derive(Debug, PartialEq, Eq)]
enum Entry {
    File(PathBuf),
    Skip(PathBuf, String),
}

impl Entry {
    fn path(&self) -> &Path {
        match self {
            Entry::File(p) | Entry::Skip(p, _) => p,
        }
    }
}

/// Every `.txt` file under `root`, sorted so runs are reproducible. Only an
/// unreadable `root` is an error; trouble below it becomes a skipped entry.
fn list_txt(root: &Path) -> Result<Vec<Entry>> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if dir == root => return Err(Error::io(&dir, e)),
            Err(e) => {
                out.push(Entry::Skip(dir, format!("cannot read folder: {e}")));
                continue;
            }
        };
        for entry in entries {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    out.push(Entry::Skip(dir.clone(), format!("cannot list folder: {e}")));
                    break;
                }
            };
            let path = entry.path();
            let ft = match entry.file_type() {
                Ok(ft) => ft,
                Err(e) => {
                    out.push(Entry::Skip(path, format!("cannot read: {e}")));
                    continue;
                }
            };
            if ft.is_dir() {
                stack.push(path);
                continue;
            }
            if !path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
            {
                continue;
            }
            // A symlink counts as what it points to (a link to a folder is
            // not followed, as before).
            let ft = if ft.is_symlink() {
                match std::fs::metadata(&path) {
                    Ok(m) if m.is_dir() => continue,
                    Ok(m) => m.file_type(),
                    Err(e) => {
                        out.push(Entry::Skip(path, format!("cannot read: {e}")));
                        continue;
                    }
                }
            } else {
                ft
            };
            if ft.is_file() {
                out.push(Entry::File(path));
            } else {
                let why = not_regular(&ft);
                out.push(Entry::Skip(path, why));
            }
        }
    }
    out.sort_by(|a, b| a.path().cmp(b.path()));
    Ok(out)
}

pub(super) fn dir_size(root: &Path) -> u64 {
    list_txt(root)
        .map(|es| {
            es.iter()
                .filter_map(|e| match e {
                    Entry::File(p) => std::fs::metadata(p).ok(),
                    Entry::Skip(..) => None,
                })
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}

pub(super) struct TxtDirDocs {
    root: PathBuf,
    /// Put before each file's path under `root` in its id (empty when the
    /// folder is the inputs' root).
    prefix: String,
    entries: std::vec::IntoIter<Entry>,
    opts: ReadOptions,
    counter: Arc<AtomicU64>,
}

impl TxtDirDocs {
    pub fn new(
        root: &Path,
        prefix: String,
        opts: ReadOptions,
        counter: Arc<AtomicU64>,
    ) -> Result<Self> {
        let entries = list_txt(root)?;
        if entries.is_empty() {
            return Err(Error::Input(format!(
                "{}: folder has no .txt files",
                root.display()
            )));
        }
        Ok(TxtDirDocs {
            root: root.to_path_buf(),
            prefix,
            entries: entries.into_iter(),
            opts,
            counter,
        })
    }
}

impl Iterator for TxtDirDocs {
    type Item = Result<Item>;

    fn next(&mut self) -> Option<Self::Item> {
        Some(match self.entries.next()? {
            Entry::File(p) => {
                let id = txt_id(&p, &self.root, &self.prefix);
                read_txt(&p, id, &self.opts, &self.counter)
            }
            Entry::Skip(p, reason) => Ok(Err(Reject {
                source: p.display().to_string(),
                line: 0,
                // A skipped file still has the id it would have had; a
                // skipped folder has none.
                id: p
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
                    .then(|| txt_id(&p, &self.root, &self.prefix)),
                reason,
            })),
        })
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
        let ids = read_dir_ids(dir.path());
        assert_eq!(
            ids,
            [
                "a",
                "b",
                "!c:empty text",
                "!d:invalid UTF-8 at byte 4",
                "sub/e"
            ]
        );
    }

    fn read_dir_ids(root: &Path) -> Vec<String> {
        TxtDirDocs::new(root, String::new(), ReadOptions::default(), Arc::default())
            .unwrap()
            .map(|r| match r.unwrap() {
                Ok(d) => d.id.clone(),
                Err(r) => format!("!{}:{}", r.id.as_deref().unwrap_or(&r.source), r.reason),
            })
            .collect()
    }

    #[test]
    fn ids_are_paths_under_the_root_so_same_names_do_not_collide() {
        let dir = tempfile::tempdir().unwrap();
        for sub in ["t1", "t2"] {
            std::fs::create_dir(dir.path().join(sub)).unwrap();
            std::fs::write(dir.path().join(sub).join("a.txt"), "Text.").unwrap();
        }
        assert_eq!(read_dir_ids(dir.path()), ["t1/a", "t2/a"]);
        let root = dir.path();
        assert_eq!(txt_id(&root.join("t1/a.txt"), root, "in"), "in/t1/a");
        assert_eq!(txt_id(&root.join("b.v2.txt"), root, ""), "b.v2");
    }

    #[test]
    fn fifos_and_unreadable_subfolders_are_skipped_with_a_reason() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "First.").unwrap();
        std::fs::write(dir.path().join("z.txt"), "Last.").unwrap();
        let fifo = dir.path().join("pipe.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        std::os::unix::net::UnixListener::bind(dir.path().join("sock.txt")).unwrap();
        std::os::unix::fs::symlink("/dev/null", dir.path().join("null.txt")).unwrap();
        let locked = dir.path().join("locked");
        std::fs::create_dir(&locked).unwrap();
        std::fs::write(locked.join("hidden.txt"), "Hidden.").unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
        // Root reads any folder: then the locked one is simply read.
        let root_can_read = std::fs::read_dir(&locked).is_ok();
        let ids = read_dir_ids(dir.path());
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
        let locked_entry = if root_can_read {
            "locked/hidden".to_string()
        } else {
            format!(
                "!{}:cannot read folder: Permission denied (os error 13)",
                locked.display()
            )
        };
        assert_eq!(
            ids,
            [
                "a".to_string(),
                locked_entry,
                "!null:skipped: a character device, not a regular file".into(),
                "!pipe:skipped: a FIFO, not a regular file".into(),
                "!sock:skipped: a socket, not a regular file".into(),
                "z".into(),
            ]
        );
    }

    #[test]
    fn empty_folder_is_a_run_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(
            TxtDirDocs::new(
                dir.path(),
                String::new(),
                ReadOptions::default(),
                Arc::default()
            )
            .is_err()
        );
    }
}
