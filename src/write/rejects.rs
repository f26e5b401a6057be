//! The reject file: one JSON line per input document that could not be
//! processed, with its source, line and reason.

use super::JsonlWriter;
use crate::error::{Error, Result};
use crate::read::Reject;
use std::path::{Path, PathBuf};

/// Created on the first reject, so a clean run leaves no empty file behind;
/// a stale file from an earlier run is removed up front so it cannot be
/// mistaken for this run's.
pub struct RejectWriter {
    path: PathBuf,
    out: Option<JsonlWriter>,
    count: u64,
}

impl RejectWriter {
    pub fn new(path: &Path) -> Result<Self> {
        match std::fs::remove_file(path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(path, e)),
        }
        Ok(RejectWriter {
            path: path.to_path_buf(),
            out: None,
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

    #[test]
    fn lazy_file_and_stale_removal() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("r.jsonl");
        std::fs::write(&p, "old\n").unwrap();
        let mut w = RejectWriter::new(&p).unwrap();
        assert!(!p.exists(), "stale reject file removed");
        w.write(&Reject {
            source: "in.jsonl".into(),
            line: 3,
            id: None,
            reason: "invalid JSON".into(),
        })
        .unwrap();
        w.finish().unwrap();
        assert_eq!(
            std::fs::read_to_string(&p).unwrap(),
            "{\"source\":\"in.jsonl\",\"line\":3,\"reason\":\"invalid JSON\"}\n"
        );
        assert_eq!(w.count(), 1);
    }
}
