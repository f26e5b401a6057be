//! Writers: JSON Lines to a file or stdout, document records, and the
//! reject file.

mod record;
mod rejects;

pub use record::{DocRecord, SegmentRecord, SentenceRecord};
pub use rejects::RejectWriter;

use crate::error::{Error, Result};
use serde::Serialize;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Where the bytes go: compressed when the file name asks for it
/// (`.gz`, `.zst`), so large runs need no extra pipe.
enum Out {
    Plain(BufWriter<Box<dyn Write + Send>>),
    Gzip(flate2::write::GzEncoder<BufWriter<std::fs::File>>),
    Zstd(zstd::stream::write::Encoder<'static, BufWriter<std::fs::File>>),
}

impl Out {
    fn writer(&mut self) -> &mut dyn Write {
        match self {
            Out::Plain(w) => w,
            Out::Gzip(w) => w,
            Out::Zstd(w) => w,
        }
    }
}

/// A JSON Lines sink: a file, or stdout for `-`.
pub struct JsonlWriter {
    out: Option<Out>,
    path: PathBuf,
    lines: u64,
}

impl JsonlWriter {
    /// Creates (truncates) `path`, or writes to stdout when it is `-`.
    pub fn create(path: &Path) -> Result<Self> {
        let out = if path == Path::new("-") {
            Out::Plain(BufWriter::with_capacity(
                1 << 16,
                Box::new(std::io::stdout()),
            ))
        } else {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
            }
            let file = std::fs::File::create(path).map_err(|e| Error::io(path, e))?;
            let name = path.to_string_lossy();
            if name.ends_with(".gz") {
                let file = BufWriter::with_capacity(1 << 16, file);
                Out::Gzip(flate2::write::GzEncoder::new(
                    file,
                    flate2::Compression::default(),
                ))
            } else if name.ends_with(".zst") {
                let file = BufWriter::with_capacity(1 << 16, file);
                Out::Zstd(
                    zstd::stream::write::Encoder::new(file, 3).map_err(|e| Error::io(path, e))?,
                )
            } else {
                Out::Plain(BufWriter::with_capacity(1 << 16, Box::new(file)))
            }
        };
        Ok(JsonlWriter {
            out: Some(out),
            path: path.to_path_buf(),
            lines: 0,
        })
    }

    fn out(&mut self) -> Result<&mut dyn Write> {
        match self.out.as_mut() {
            Some(o) => Ok(o.writer()),
            None => Err(Error::io(
                &self.path,
                std::io::Error::other("writer already finished"),
            )),
        }
    }

    pub fn write<T: Serialize>(&mut self, record: &T) -> Result<()> {
        let out = self.out()?;
        let written = serde_json::to_writer(&mut *out, record)
            .map_err(std::io::Error::other)
            .and_then(|()| out.write_all(b"\n"));
        written.map_err(|e| Error::io(&self.path, e))?;
        self.lines += 1;
        Ok(())
    }

    /// Lines written so far.
    pub fn lines(&self) -> u64 {
        self.lines
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Flushes buffered lines (for a compressed file, up to the last
    /// complete block); errors here (disk full) must end the run.
    pub fn flush(&mut self) -> Result<()> {
        let path = self.path.clone();
        self.out()?.flush().map_err(|e| Error::io(path, e))
    }

    /// Flushes and, for compressed output, writes the trailer. Must be called
    /// once at the end; dropping without it may leave a truncated archive.
    pub fn finish(&mut self) -> Result<()> {
        let io = |e| Error::io(&self.path, e);
        match self.out.take() {
            None => Ok(()),
            Some(Out::Plain(mut w)) => w.flush().map_err(io),
            Some(Out::Gzip(w)) => w.finish().and_then(|mut f| f.flush()).map_err(io),
            Some(Out::Zstd(w)) => w.finish().and_then(|mut f| f.flush()).map_err(io),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_one_line_per_record_and_creates_parent_dirs() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out/sub/x.jsonl");
        let mut w = JsonlWriter::create(&p).unwrap();
        w.write(&serde_json::json!({"a": 1})).unwrap();
        w.write(&serde_json::json!({"b": "é\n"})).unwrap();
        w.finish().unwrap();
        assert_eq!(w.lines(), 2);
        let s = std::fs::read_to_string(&p).unwrap();
        assert_eq!(s, "{\"a\":1}\n{\"b\":\"é\\n\"}\n");
    }

    #[test]
    fn compressed_output_by_extension() {
        use std::io::Read;
        let dir = tempfile::tempdir().unwrap();
        for name in ["x.jsonl.gz", "x.jsonl.zst"] {
            let p = dir.path().join(name);
            let mut w = JsonlWriter::create(&p).unwrap();
            for i in 0..1000 {
                w.write(&serde_json::json!({"i": i})).unwrap();
            }
            w.finish().unwrap();
            let raw = std::fs::File::open(&p).unwrap();
            let mut r = crate::read::decompress(raw, &p).unwrap();
            let mut s = String::new();
            r.read_to_string(&mut s).unwrap();
            assert_eq!(s.lines().count(), 1000, "{name}");
            assert!(s.ends_with("{\"i\":999}\n"));
        }
    }
}
