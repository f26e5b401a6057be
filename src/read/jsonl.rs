//! JSON Lines: one document per line. Every line that is not blank becomes
//! a document or a reject with its line number.

use super::fields::{self, Built};
use super::{Item, ReadOptions, Reject};
use crate::error::Result;
use serde_json::Value;
use std::io::BufRead;

pub(super) struct JsonlDocs {
    source: String,
    /// Name used to make ids (`NAME:LINE`) for objects without one: the
    /// path relative to the inputs' root, or `stdin`.
    stem: String,
    reader: Box<dyn BufRead + Send>,
    opts: ReadOptions,
    line_no: u64,
    buf: Vec<u8>,
    done: bool,
}

/// One physical line, or why it could not be had.
enum Line {
    Eof,
    Data,
    TooLong(usize),
}

impl JsonlDocs {
    /// `id_base` names the input in fallback ids; None: its file name.
    pub fn new(
        source: String,
        id_base: Option<String>,
        reader: Box<dyn BufRead + Send>,
        opts: ReadOptions,
    ) -> Self {
        let stem = match id_base {
            Some(base) => base,
            None if source == "-" => "stdin".to_string(),
            None => std::path::Path::new(&source)
                .file_name()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| source.clone()),
        };
        JsonlDocs {
            source,
            stem,
            reader,
            opts,
            line_no: 0,
            buf: Vec::new(),
            done: false,
        }
    }

    /// Reads the next line into `buf` (without the newline), refusing to hold
    /// more than the line limit in memory: an over-long line is skipped to
    /// its end.
    fn read_line(&mut self) -> std::io::Result<Line> {
        self.buf.clear();
        let limit = self.opts.max_line_bytes();
        let mut total = 0usize;
        let mut saw_any = false;
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                break;
            }
            saw_any = true;
            let (take, found) = match memchr(b'\n', chunk) {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            total += take;
            if total <= limit.saturating_add(2) {
                self.buf.extend_from_slice(&chunk[..take]);
            }
            self.reader.consume(take);
            if found {
                break;
            }
        }
        if !saw_any {
            return Ok(Line::Eof);
        }
        while matches!(self.buf.last(), Some(b'\n' | b'\r')) {
            self.buf.pop();
        }
        if total > limit.saturating_add(2) {
            return Ok(Line::TooLong(total));
        }
        Ok(Line::Data)
    }

    fn reject(&self, id: Option<String>, reason: String) -> Item {
        Err(Reject {
            source: self.source.clone(),
            line: self.line_no,
            id,
            reason,
        })
    }

    fn parse(&self) -> Item {
        parse_line(
            &self.buf,
            &self.source,
            self.line_no,
            &self.stem,
            &self.opts,
        )
    }
}

/// One JSONL line (without its newline) as a document, or the reject that
/// stands for it: what every reader of JSON lines does with a line, for
/// callers that have their lines one at a time (a binding, a stream
/// processor). `source` and `line` locate it in rejects; an object without
/// an id gets `{id_base}:{line}`. A blank line is an "invalid JSON" reject:
/// the readers skip blank lines before they get here.
pub fn parse_line(
    line: &[u8],
    source: &str,
    line_no: u64,
    id_base: &str,
    opts: &ReadOptions,
) -> Item {
    let reject = |id: Option<String>, reason: String| {
        Err(Reject {
            source: source.to_string(),
            line: line_no,
            id,
            reason,
        })
    };
    let bytes = strip_bom(line);
    if let Err(e) = std::str::from_utf8(bytes) {
        return reject(
            None,
            format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()),
        );
    }
    let value: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => return reject(None, format!("invalid JSON: {e}")),
    };
    let Value::Object(obj) = value else {
        return reject(None, "expected a JSON object".to_string());
    };
    let max = opts.max_doc_bytes;
    match fields::build(&obj, bytes, &opts.fields, max, || {
        format!("{id_base}:{line_no}")
    }) {
        Ok(Built {
            mut doc,
            date_problem,
        }) => {
            doc.origin.source = source.to_string();
            doc.origin.line = line_no;
            doc.warnings.extend(date_problem);
            Ok(doc)
        }
        Err((id, reason)) => reject(id, reason),
    }
}

impl Iterator for JsonlDocs {
    type Item = Result<Item>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let line = match self.read_line() {
                Ok(l) => l,
                Err(e) => {
                    // A broken stream (truncated gzip, I/O error): report where
                    // it broke and move on to the next input.
                    self.done = true;
                    self.line_no += 1;
                    return Some(Ok(self.reject(
                        None,
                        format!("read error, rest of this input unreadable: {e}"),
                    )));
                }
            };
            self.line_no += 1;
            match line {
                Line::Eof => self.done = true,
                Line::TooLong(n) => {
                    return Some(Ok(self.reject(
                        None,
                        format!(
                            "line is {n} bytes, over the limit of {} for a line \
                             ({}x --max-doc-bytes {}, for the text and its JSON escapes)",
                            self.opts.max_line_bytes(),
                            super::LINE_BYTES_PER_TEXT_BYTE,
                            self.opts.max_doc_bytes
                        ),
                    )));
                }
                Line::Data if strip_bom(&self.buf).iter().all(u8::is_ascii_whitespace) => {
                    continue;
                }
                Line::Data => return Some(Ok(self.parse())),
            }
        }
        None
    }
}

/// A byte-order mark may start any line, not only the first of a file:
/// `cat a.jsonl b.jsonl` puts b's in the middle of the stream.
fn strip_bom(line: &[u8]) -> &[u8] {
    line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line)
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs(input: &[u8], max: usize) -> Vec<Item> {
        let opts = ReadOptions {
            max_doc_bytes: max,
            ..ReadOptions::default()
        };
        JsonlDocs::new(
            "in.jsonl".into(),
            None,
            Box::new(std::io::Cursor::new(input.to_vec())),
            opts,
        )
        .map(|r| r.unwrap())
        .collect()
    }

    #[test]
    fn good_and_bad_lines_are_all_accounted_for() {
        let input = b"{\"id\":\"a\",\"text\":\"One.\"}\n\
            not json\n\
            \n\
            {\"id\":\"b\"}\n\
            {\"id\":\"c\",\"text\":\"\xff\xfe\"}\n\
            [1,2]\n\
            {\"text\":\"No id.\"}\r\n";
        let items = docs(input, 1 << 20);
        assert_eq!(items.len(), 6, "blank line is not a document");
        assert_eq!(items[0].as_ref().unwrap().id, "a");
        let r = items[1].as_ref().unwrap_err();
        assert_eq!((r.line, r.reason.starts_with("invalid JSON")), (2, true));
        let r = items[2].as_ref().unwrap_err();
        assert_eq!((r.line, r.id.as_deref()), (4, Some("b")));
        assert!(
            items[3]
                .as_ref()
                .unwrap_err()
                .reason
                .contains("invalid UTF-8")
        );
        assert_eq!(
            items[4].as_ref().unwrap_err().reason,
            "expected a JSON object"
        );
        let d = items[5].as_ref().unwrap();
        assert_eq!(
            (d.id.as_str(), d.text.as_str(), d.origin.line),
            ("in.jsonl:7", "No id.", 7)
        );
    }

    #[test]
    fn over_long_line_is_rejected_not_truncated() {
        let long = format!(
            "{{\"text\":\"{}\"}}\n{{\"text\":\"ok\"}}\n",
            "x".repeat(500)
        );
        let items = docs(long.as_bytes(), 10);
        assert!(
            items[0]
                .as_ref()
                .unwrap_err()
                .reason
                .contains("over the limit")
        );
        assert_eq!(items[1].as_ref().unwrap().text, "ok");
        assert_eq!(items[1].as_ref().unwrap().origin.line, 2);
    }

    #[test]
    fn the_limit_is_on_the_text_not_the_line() {
        // 100 bytes of text in a longer line (escapes, other fields): kept.
        let ok = serde_json::json!({"id": "a", "meta": "m".repeat(200), "text": "\u{e9}\n".repeat(33) + "z"});
        let over = serde_json::json!({"id": "b", "text": "y".repeat(101)});
        let input = format!("{ok}\n{over}\n");
        let items = docs(input.as_bytes(), 100);
        assert_eq!(items[0].as_ref().unwrap().text.len(), 100);
        let r = items[1].as_ref().unwrap_err();
        assert_eq!(
            (r.id.as_deref(), r.reason.as_str()),
            (
                Some("b"),
                "text is 101 bytes, over the limit of 100 (--max-doc-bytes)"
            )
        );
    }

    #[test]
    fn deep_nesting_is_a_reject() {
        let deep = format!("{}{}\n", "[".repeat(10_000), "]".repeat(10_000));
        let items = docs(deep.as_bytes(), 1 << 20);
        assert!(
            items[0]
                .as_ref()
                .unwrap_err()
                .reason
                .starts_with("invalid JSON")
        );
    }

    #[test]
    fn bom_and_missing_final_newline() {
        let items = docs(b"\xEF\xBB\xBF{\"text\":\"a\"}\n{\"text\":\"b\"}", 1 << 20);
        assert_eq!(items.len(), 2);
        assert!(items.iter().all(|i| i.is_ok()));
    }

    #[test]
    fn a_bom_at_the_start_of_any_line_is_stripped() {
        // As `cat a.jsonl b.jsonl` makes it, both files saved with a BOM,
        // plus a line holding nothing but one.
        let input = b"\xEF\xBB\xBF{\"text\":\"a\"}\n\xEF\xBB\xBF{\"text\":\"b\"}\n\xEF\xBB\xBF\n{\"text\":\"c\"}\n";
        let items = docs(input, 1 << 20);
        let texts: Vec<&str> = items
            .iter()
            .map(|i| i.as_ref().unwrap().text.as_str())
            .collect();
        assert_eq!(texts, ["a", "b", "c"]);
    }
}
