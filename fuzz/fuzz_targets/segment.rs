//! Any UTF-8 text through the segmenter (after the cleaner, as the pipeline
//! runs it): no panic; sentences in order, non-overlapping, on char
//! boundaries, trimmed, and together covering every non-space character.
#![no_main]

use attache::clean::{Cleaner, text::is_space};
use attache::doc::Doc;
use attache::pipeline::Component;
use attache::segment::Segmenter;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut doc = Doc::new("fuzz", text);
    Cleaner.process(&mut doc);
    Segmenter.process(&mut doc);
    let mut covered = 0usize;
    for s in &doc.sentences {
        let (a, b) = (s.span.start, s.span.end);
        assert!(a >= covered && a < b && b <= text.len(), "bad span {a}..{b}");
        assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
        let sent = &text[a..b];
        assert!(!sent.starts_with(is_space) && !sent.ends_with(is_space), "untrimmed");
        assert!(text[covered..a].chars().all(is_space), "uncovered text");
        covered = b;
    }
    assert!(text[covered..].chars().all(is_space), "uncovered tail");
});
