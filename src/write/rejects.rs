//! The reject file: one JSON line per input document that could not be
//! processed, with its source, line and reason.

use super::JsonlWriter;
use crate::error::{Error, Result};
use crate::read::Reject;
use std::path::{Path, PathBuf};

/// Opened the way `-o` opens its output: an existing path (a stale file
/// from an earlier run, a symlink, `/dev/null`, a pipe) is truncated or
/// written through up front, never removed or replaced, so an earlier run's
/// rejects cannot be mistaken for this run's. A path that does not exist yet
/// is created on the first reject, so a clean run leaves no empty file.
pub struct RejectWriter {
    path: PathBuf,
    out: Option<JsonlWriter>,
    count: u64,
}

impl RejectWriter {
    pub fn new(path: &Path) -> Result<Self> {
        // `metadata` follows symlinks: a dangling one is created through
        // on the first reject, like a missing file.
        let out = match std::fs::metadata(path) {
            Ok(_) => Some(JsonlWriter::create(path)?),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(Error::io(path, e)),
        };
        Ok(RejectWriter {
            path: path.to_path_buf(),
            out,
            count: 0,
        })
    }

    /// Continues a resumed run's reject file from its durable length.
    pub fn resume(path: &Path, keep: u64) -> Result<Self> {
        let out = if keep > 0 || path.exists() {
            Some(JsonlWriter::resume(path, keep)?)
        } else {
            None
        };
        Ok(RejectWriter {
            path: path.to_path_buf(),
            out,
            count: 0,
        })
    }

    /// Durable length now (0 while no reject was written).
    pub fn sync(&mut self) -> Result<u64> {
        match self.out.as_mut() {
            Some(w) => w.sync(),
            None => Ok(0),
        }
    }

    pub fn write(&mut self, r: &Reject) -> Result<()> {
        if self.out.is_none() {
            self.out = Some(JsonlWriter::create(&self.path)?);
        }
        self.out.as_mut().expect("just created").write(r)?;
        self.count += 1;
        Ok(())
    }

    /// Whether a checkpoint can record this file's length: it is (or will
    /// be) a regular file.
    pub fn is_resumable(&self) -> bool {
        match &self.out {
            Some(w) => w.is_resumable(),
            None => std::fs::metadata(&self.path).map_or(true, |m| m.is_file()),
        }
    }

    pub fn count(&self) -> u64 {
        self.count
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn finish(&mut self) -> Result<()> {
        match self.out.as_mut() {
            Some(w) => w.finish(),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reject(line: u64) -> Reject {
        Reject {
            source: "in.jsonl".into(),
            line,
            id: None,
            reason: "invalid JSON".into(),
        }
    }

    const LINE3: &str = "{\"source\":\"in.jsonl\",\"line\":3,\"reason\":\"invalid JSON\"}\n";

    #[test]
    fn lazy_file_when_absent() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("r.jsonl");
        let mut w = RejectWriter::new(&p).unwrap();
        w.finish().unwrap();
        assert!(!p.exists(), "a clean run leaves no file behind");
        let mut w = RejectWriter::new(&p).unwrap();
        w.write(&reject(3)).unwrap();
        w.finish().unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), LINE3);
        assert_eq!(w.count(), 1);
    }

    #[test]
    fn stale_file_is_truncated_in_place_not_removed() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("r.jsonl");
        std::fs::write(&p, "old\n").unwrap();
        let inode = std::fs::metadata(&p).unwrap().ino();
        let mut w = RejectWriter::new(&p).unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "", "stale lines gone");
        w.write(&reject(3)).unwrap();
        w.finish().unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), LINE3);
        assert_eq!(std::fs::metadata(&p).unwrap().ino(), inode, "same file");
    }

    #[test]
    fn symlink_is_written_through_and_left_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let target = outside.path().join("real.jsonl");
        std::fs::write(&target, "old\n").unwrap();
        let link = dir.path().join("r.jsonl");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let mut w = RejectWriter::new(&link).unwrap();
        w.write(&reject(3)).unwrap();
        w.finish().unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_link(&link).unwrap(), target);
        assert_eq!(std::fs::read_to_string(&target).unwrap(), LINE3);
        // A dangling symlink: created through on the first reject.
        std::fs::remove_file(&target).unwrap();
        let mut w = RejectWriter::new(&link).unwrap();
        w.write(&reject(3)).unwrap();
        w.finish().unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&target).unwrap(), LINE3);
    }

    #[test]
    fn devices_and_pipes_are_written_through() {
        use std::os::unix::fs::FileTypeExt;
        // /dev/null: opened for writing only, never removed.
        let null = Path::new("/dev/null");
        if std::fs::metadata(null).is_ok_and(|m| m.file_type().is_char_device()) {
            let mut w = RejectWriter::new(null).unwrap();
            w.write(&reject(3)).unwrap();
            w.finish().unwrap();
            assert!(!w.is_resumable());
            assert!(
                std::fs::metadata(null)
                    .unwrap()
                    .file_type()
                    .is_char_device()
            );
        }
        // A FIFO with a reader on the other end gets the lines.
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("r.fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("skipped the FIFO case: mkfifo unavailable");
            return;
        }
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
        };
        let mut w = RejectWriter::new(&fifo).unwrap();
        w.write(&reject(3)).unwrap();
        w.finish().unwrap();
        drop(w);
        assert_eq!(reader.join().unwrap(), LINE3);
        assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    }
}
