//! Any bytes as a JSONL dump: the reader must never panic, and every
//! non-blank line must come out as exactly one document or one reject.
#![no_main]

use attache::read::{ReadOptions, jsonl_items};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = ReadOptions {
        max_doc_bytes: 4096,
        ..ReadOptions::default()
    };
    let items: Vec<_> = jsonl_items("fuzz", Box::new(std::io::Cursor::new(data.to_vec())), opts)
        .map(|r| r.expect("in-memory reads cannot fail"))
        .collect();
    let lines = data
        .split(|&b| b == b'\n')
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
        .count();
    assert_eq!(items.len(), lines);
    for item in items {
        if let Ok(doc) = item {
            assert!(!doc.text.trim().is_empty());
        }
    }
});
