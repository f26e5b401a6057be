//! Library errors. The binary wraps them with `anyhow` context; a run-level
//! error ends the run with a one-line message, while bad *documents* never
//! become errors: they go to the reject file.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The I/O error is part of the message (not a `source`), so the
    /// one-line report names it exactly once.
    #[error("{path}: {cause}")]
    Io {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error("{0}")]
    Input(String),
    #[error("model {path}: {message}")]
    Model { path: PathBuf, message: String },
    #[error("{0}")]
    Usage(String),
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, cause: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            cause,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
