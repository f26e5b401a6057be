//! Any UTF-8 text through the cleaner and the segmenter: no panic, zones
//! and sentences well formed, every non-space character in a sentence.
#![no_main]

use attache::clean::{Cleaner, text::is_space};
use attache::doc::Doc;
use attache::pipeline::Component;
use attache::segment::Segmenter;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut doc = Doc::new("fuzz", text);
    Cleaner.process(&mut doc);
    for z in &doc.zones {
        assert!(z.span.start < z.span.end && z.span.end <= text.len());
        assert!(text.is_char_boundary(z.span.start) && text.is_char_boundary(z.span.end));
    }
    for w in doc.zones.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "zones overlap");
    }
    Segmenter.process(&mut doc);
    let mut covered = 0usize;
    for s in &doc.sentences {
        assert!(s.span.start >= covered && s.span.start < s.span.end && s.span.end <= text.len());
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        assert!(text[covered..s.span.start].chars().all(is_space), "uncovered text");
        covered = s.span.end;
    }
    assert!(text[covered..].chars().all(is_space), "uncovered tail");
});
