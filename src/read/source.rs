//! Byte sources: counting what was read (for progress) and undoing
//! compression, recognised by magic bytes rather than trusted extensions.

use crate::error::{Error, Result};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// Counts the raw bytes that pass through it into a shared counter.
pub struct CountingReader<R> {
    inner: R,
    counter: Arc<AtomicU64>,
}

impl<R: Read> CountingReader<R> {
    pub fn new(inner: R, counter: Arc<AtomicU64>) -> Self {
        CountingReader { inner, counter }
    }
}

impl<R: Read> Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];
const ZSTD_MAGIC: [u8; 4] = [0x28, 0xb5, 0x2f, 0xfd];

/// How a stream is compressed, by its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Compression {
    pub fn sniff(head: &[u8]) -> Compression {
        if head.starts_with(&GZIP_MAGIC) {
            Compression::Gzip
        } else if head.starts_with(&ZSTD_MAGIC) {
            Compression::Zstd
        } else {
            Compression::None
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Compression::None => "plain",
            Compression::Gzip => "gzip",
            Compression::Zstd => "zstd",
        }
    }
}

/// Decompresses a whole stream into nothing, in bounded memory, so that a
/// corrupt one is found before any of its documents is used: gzip checks
/// each member's CRC-32 and length, zstd each frame's checksum where the
/// frame has one (and its structure always). Returns the compression found;
/// a plain stream is not read past its first bytes.
pub fn verify<R: Read>(raw: R) -> std::io::Result<Compression> {
    let mut buf = BufReader::with_capacity(1 << 16, raw);
    let kind = Compression::sniff(buf.fill_buf()?);
    let sink = &mut std::io::sink();
    match kind {
        Compression::None => {}
        Compression::Gzip => {
            std::io::copy(&mut flate2::bufread::MultiGzDecoder::new(buf), sink)?;
        }
        Compression::Zstd => {
            std::io::copy(&mut zstd::stream::read::Decoder::with_buffer(buf)?, sink)?;
        }
    }
    Ok(kind)
}

/// Wraps a raw stream in the right decoder. Multi-member gzip (as written by
/// `cat a.gz b.gz`) is read to the end.
pub fn decompress<R: Read + Send + 'static>(
    raw: R,
    path: &Path,
) -> Result<Box<dyn BufRead + Send>> {
    let mut buf = BufReader::with_capacity(1 << 16, raw);
    let head = buf.fill_buf().map_err(|e| Error::io(path, e))?;
    if head.starts_with(&GZIP_MAGIC) {
        Ok(Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::bufread::MultiGzDecoder::new(buf),
        )))
    } else if head.starts_with(&ZSTD_MAGIC) {
        let dec = zstd::stream::read::Decoder::with_buffer(buf).map_err(|e| Error::io(path, e))?;
        Ok(Box::new(BufReader::with_capacity(1 << 16, dec)))
    } else {
        Ok(Box::new(buf))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn read_all(bytes: Vec<u8>) -> String {
        let mut r = decompress(std::io::Cursor::new(bytes), Path::new("t")).unwrap();
        let mut s = String::new();
        r.read_to_string(&mut s).unwrap();
        s
    }

    #[test]
    fn plain_gzip_and_zstd_read_the_same() {
        let text = "{\"text\": \"a\"}\n{\"text\": \"b\"}\n";
        assert_eq!(read_all(text.as_bytes().to_vec()), text);

        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(text.as_bytes()).unwrap();
        let mut two = gz.finish().unwrap();
        let again = two.clone();
        two.extend(again); // two gzip members back to back
        assert_eq!(read_all(two), text.repeat(2));

        let zs = zstd::encode_all(text.as_bytes(), 3).unwrap();
        assert_eq!(read_all(zs), text);
    }

    #[test]
    fn verify_finds_corrupt_gzip_and_zstd_and_passes_good_ones() {
        let text = "{\"id\": \"a\", \"text\": \"Kenya summoned the envoy.\"}\n".repeat(200);
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(text.as_bytes()).unwrap();
        let gz = gz.finish().unwrap();
        assert_eq!(verify(&gz[..]).unwrap(), Compression::Gzip);
        assert_eq!(verify(text.as_bytes()).unwrap(), Compression::None);
        // Two bytes flipped anywhere past the header, and a cut-off end.
        for at in [20, gz.len() / 2, gz.len() - 6] {
            let mut bad = gz.clone();
            bad[at] ^= 0xff;
            bad[at + 1] ^= 0x55;
            assert!(verify(&bad[..]).is_err(), "flipped at {at}");
        }
        assert!(verify(&gz[..gz.len() - 3]).is_err(), "truncated");

        let mut enc = zstd::stream::write::Encoder::new(Vec::new(), 3).unwrap();
        enc.include_checksum(true).unwrap();
        enc.write_all(text.as_bytes()).unwrap();
        let zs = enc.finish().unwrap();
        assert_eq!(verify(&zs[..]).unwrap(), Compression::Zstd);
        let mut bad = zs.clone();
        let at = zs.len() - 2;
        bad[at] ^= 0xff;
        assert!(verify(&bad[..]).is_err(), "zstd checksum");
    }

    #[test]
    fn counts_raw_bytes() {
        let c = Arc::new(AtomicU64::new(0));
        let mut r = CountingReader::new(std::io::Cursor::new(vec![0u8; 1000]), Arc::clone(&c));
        std::io::copy(&mut r, &mut std::io::sink()).unwrap();
        assert_eq!(c.load(Ordering::Relaxed), 1000);
    }
}
