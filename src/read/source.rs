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
    fn counts_raw_bytes() {
        let c = Arc::new(AtomicU64::new(0));
        let mut r = CountingReader::new(std::io::Cursor::new(vec![0u8; 1000]), Arc::clone(&c));
        std::io::copy(&mut r, &mut std::io::sink()).unwrap();
        assert_eq!(c.load(Ordering::Relaxed), 1000);
    }
}
