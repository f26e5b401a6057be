//! Durable progress for `--resume`.
//!
//! After a batch has been written, the writers are flushed and synced and a
//! checkpoint records how many input items are done and how long each output
//! file was at that moment. The checkpoint is replaced atomically (write,
//! sync, rename), so after a kill at any instant the last checkpoint on disk
//! describes output that is on disk too. Resuming truncates each output to
//! its recorded length, skips the items already done, and appends.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutputState {
    pub path: PathBuf,
    /// Durable length in bytes.
    pub bytes: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    /// Identifies the command (inputs with their sizes, options, version):
    /// resuming under a different command would mix two runs' output.
    pub fingerprint: String,
    /// Input items (documents and rejects, after sharding) fully written.
    pub items_done: u64,
    pub processed: u64,
    pub rejected: u64,
    pub outputs: Vec<OutputState>,
    /// Set when the run finished; resuming it again has nothing to do.
    pub complete: bool,
}

impl Checkpoint {
    /// The checkpoint file that belongs to an output file.
    pub fn path_for(output: &Path) -> PathBuf {
        let mut name = output.file_name().unwrap_or_default().to_os_string();
        name.push(".checkpoint");
        output.with_file_name(name)
    }

    /// Reads a checkpoint; `Ok(None)` when there is none.
    pub fn load(path: &Path) -> Result<Option<Checkpoint>> {
        match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|e| {
                Error::Input(format!("{}: unreadable checkpoint: {e}", path.display()))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::io(path, e)),
        }
    }

    /// Replaces the checkpoint atomically and durably.
    pub fn save(&self, path: &Path) -> Result<()> {
        let tmp = path.with_extension("checkpoint.tmp");
        let io = |e| Error::io(&tmp, e);
        let mut f = std::fs::File::create(&tmp).map_err(io)?;
        serde_json::to_writer(&mut f, self).map_err(|e| io(std::io::Error::other(e)))?;
        f.write_all(b"\n").map_err(io)?;
        f.sync_all().map_err(io)?;
        std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e))?;
        // Make the rename itself durable.
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
            && let Ok(d) = std::fs::File::open(dir)
        {
            let _ = d.sync_all();
        }
        Ok(())
    }

    pub fn remove(path: &Path) -> Result<()> {
        match std::fs::remove_file(path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(Error::io(path, e)),
        }
    }

    /// The recorded durable length of an output (0 if it had none yet).
    pub fn bytes_of(&self, output: &Path) -> u64 {
        self.outputs
            .iter()
            .find(|o| o.path == output)
            .map_or(0, |o| o.bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_load_round_trip_and_absence() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("events.jsonl");
        let p = Checkpoint::path_for(&out);
        assert_eq!(p.file_name().unwrap(), "events.jsonl.checkpoint");
        assert_eq!(Checkpoint::load(&p).unwrap(), None);
        let c = Checkpoint {
            fingerprint: "f".into(),
            items_done: 512,
            processed: 500,
            rejected: 12,
            outputs: vec![OutputState {
                path: out.clone(),
                bytes: 12345,
            }],
            complete: false,
        };
        c.save(&p).unwrap();
        assert_eq!(Checkpoint::load(&p).unwrap(), Some(c.clone()));
        assert_eq!(c.bytes_of(&out), 12345);
        assert_eq!(c.bytes_of(Path::new("other")), 0);
        Checkpoint::remove(&p).unwrap();
        Checkpoint::remove(&p).unwrap();
        assert_eq!(Checkpoint::load(&p).unwrap(), None);
    }

    #[test]
    fn garbage_checkpoint_is_an_error_not_a_fresh_start() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.checkpoint");
        std::fs::write(&p, "{not json").unwrap();
        assert!(Checkpoint::load(&p).is_err());
    }
}
