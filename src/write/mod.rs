//! Writers: JSON Lines to a file or stdout, document records, and the
//! reject file.

mod record;
mod rejects;

pub use record::{DocRecord, SegmentRecord, SentenceRecord};
pub use rejects::RejectWriter;

use crate::error::{Error, Result};
use serde::Serialize;
use std::fs::File;
use std::io::{BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// Where the bytes go: compressed when the file name asks for it
/// (`.gz`, `.zst`), so large runs need no extra pipe.
enum Out {
    Stdout(BufWriter<std::io::Stdout>),
    Plain(BufWriter<File>),
    Gzip(flate2::write::GzEncoder<BufWriter<File>>),
    Zstd(zstd::stream::write::Encoder<'static, BufWriter<File>>),
}

#[derive(Clone, Copy)]
enum Codec {
    Plain,
    Gzip,
    Zstd,
}

impl Codec {
    fn of(path: &Path) -> Codec {
        let name = path.to_string_lossy();
        if name.ends_with(".gz") {
            Codec::Gzip
        } else if name.ends_with(".zst") {
            Codec::Zstd
        } else {
            Codec::Plain
        }
    }

    fn wrap(self, file: File) -> std::io::Result<Out> {
        let file = BufWriter::with_capacity(1 << 16, file);
        Ok(match self {
            Codec::Plain => Out::Plain(file),
            Codec::Gzip => Out::Gzip(flate2::write::GzEncoder::new(
                file,
                flate2::Compression::default(),
            )),
            Codec::Zstd => Out::Zstd(zstd::stream::write::Encoder::new(file, 3)?),
        })
    }
}

impl Out {
    fn writer(&mut self) -> &mut dyn Write {
        match self {
            Out::Stdout(w) => w,
            Out::Plain(w) => w,
            Out::Gzip(w) => w,
            Out::Zstd(w) => w,
        }
    }

    /// Ends the compressed member/frame (if any) and hands back the file,
    /// flushed.
    fn into_file(self) -> std::io::Result<Option<File>> {
        let buffered = match self {
            Out::Stdout(mut w) => return w.flush().map(|()| None),
            Out::Plain(w) => w,
            Out::Gzip(w) => w.finish()?,
            Out::Zstd(w) => w.finish()?,
        };
        buffered.into_inner().map(Some).map_err(|e| e.into_error())
    }
}

/// A JSON Lines sink: a file, or stdout for `-`.
pub struct JsonlWriter {
    out: Option<Out>,
    /// A regular file: syncing makes it durable and its length is a place
    /// to resume from. Not so for stdout, pipes or `/dev/null`.
    regular: bool,
    codec: Codec,
    path: PathBuf,
    lines: u64,
}

impl JsonlWriter {
    /// Creates (truncates) `path`, or writes to stdout when it is `-`.
    pub fn create(path: &Path) -> Result<Self> {
        Self::open(path, None)
    }

    /// Opens `path` for appending after cutting it to `keep` bytes: the
    /// durable length a checkpoint recorded. Anything after it (a half-written
    /// line from a killed run) is discarded.
    pub fn resume(path: &Path, keep: u64) -> Result<Self> {
        Self::open(path, Some(keep))
    }

    fn open(path: &Path, keep: Option<u64>) -> Result<Self> {
        let codec = Codec::of(path);
        let io = |e| Error::io(path, e);
        let mut regular = false;
        let out = if path == Path::new("-") {
            if keep.is_some() {
                return Err(Error::Usage(
                    "cannot resume output written to stdout".into(),
                ));
            }
            Out::Stdout(BufWriter::with_capacity(1 << 16, std::io::stdout()))
        } else {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
            }
            let file = match keep {
                None => File::create(path).map_err(io)?,
                Some(keep) => {
                    let file = std::fs::OpenOptions::new()
                        .create(true)
                        .truncate(false)
                        .write(true)
                        .open(path)
                        .map_err(io)?;
                    let len = file.metadata().map_err(io)?.len();
                    if len < keep {
                        return Err(Error::Input(format!(
                            "{}: {len} bytes, shorter than the {keep} the checkpoint recorded; \
                             the output was changed since, rerun without --resume",
                            path.display()
                        )));
                    }
                    file.set_len(keep).map_err(io)?;
                    let mut file = file;
                    file.seek(SeekFrom::End(0)).map_err(io)?;
                    file
                }
            };
            regular = file.metadata().map_err(io)?.is_file();
            if keep.is_some() && !regular {
                return Err(Error::Usage(format!(
                    "{}: cannot resume output that is not a regular file",
                    path.display()
                )));
            }
            codec.wrap(file).map_err(io)?
        };
        Ok(JsonlWriter {
            out: Some(out),
            regular,
            codec,
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

    /// Whether [`JsonlWriter::sync`] gives a durable point to resume from.
    pub fn is_resumable(&self) -> bool {
        self.regular
    }

    /// Flushes buffered lines (for a compressed file, up to the last
    /// complete block); errors here (disk full) must end the run.
    pub fn flush(&mut self) -> Result<()> {
        let path = self.path.clone();
        self.out()?.flush().map_err(|e| Error::io(path, e))
    }

    /// Makes everything written so far durable and returns the file's length
    /// at that point: a place a resumed run can cut back to. Compressed
    /// output ends its gzip member / zstd frame here and starts a new one;
    /// readers decode the concatenation as one stream.
    pub fn sync(&mut self) -> Result<u64> {
        let io = |e| Error::io(&self.path, e);
        let out = self.out.take().ok_or_else(|| {
            Error::io(&self.path, std::io::Error::other("writer already finished"))
        })?;
        let Some(mut file) = out.into_file().map_err(io)? else {
            self.out = Some(Out::Stdout(BufWriter::with_capacity(
                1 << 16,
                std::io::stdout(),
            )));
            return Ok(0);
        };
        file.sync_data().map_err(io)?;
        let len = file.stream_position().map_err(io)?;
        self.out = Some(self.codec.wrap(file).map_err(io)?);
        Ok(len)
    }

    /// Flushes and, for compressed output, writes the trailer. Must be called
    /// once at the end; dropping without it may leave a truncated archive.
    pub fn finish(&mut self) -> Result<()> {
        match self.out.take() {
            None => Ok(()),
            Some(out) => out
                .into_file()
                .and_then(|f| match f {
                    Some(f) if self.regular => f.sync_data(),
                    _ => Ok(()),
                })
                .map_err(|e| Error::io(&self.path, e)),
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

    /// A run killed after a sync point leaves a torn tail; resuming cuts it
    /// off and appends, and the result reads as one clean stream.
    #[test]
    fn resume_cuts_back_to_the_sync_point() {
        use std::io::Read;
        let dir = tempfile::tempdir().unwrap();
        for name in ["r.jsonl", "r.jsonl.gz", "r.jsonl.zst"] {
            let p = dir.path().join(name);
            let mut w = JsonlWriter::create(&p).unwrap();
            w.write(&serde_json::json!({"n": 1})).unwrap();
            let durable = w.sync().unwrap();
            w.write(&serde_json::json!({"n": 2})).unwrap();
            w.flush().unwrap();
            drop(w); // killed: line 2 may or may not be on disk, torn or not
            let mut f = std::fs::OpenOptions::new().append(true).open(&p).unwrap();
            f.write_all(b"{\"torn").unwrap();
            drop(f);
            let mut w = JsonlWriter::resume(&p, durable).unwrap();
            w.write(&serde_json::json!({"n": 2})).unwrap();
            w.finish().unwrap();
            let raw = std::fs::File::open(&p).unwrap();
            let mut s = String::new();
            crate::read::decompress(raw, &p)
                .unwrap()
                .read_to_string(&mut s)
                .unwrap();
            assert_eq!(s, "{\"n\":1}\n{\"n\":2}\n", "{name}");
        }
    }
}
