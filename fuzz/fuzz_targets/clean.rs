//! Any UTF-8 text through the cleaner: no panic; zones inside the text, on
//! char boundaries, non-empty and non-overlapping; a recovered date only
//! when the input had none.
#![no_main]

use attache::clean::Cleaner;
use attache::doc::Doc;
use attache::pipeline::Component;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut doc = Doc::new("fuzz", text);
    Cleaner.process(&mut doc);
    assert_eq!(doc.text, text, "the cleaner never edits the text");
    for z in &doc.zones {
        assert!(z.span.start < z.span.end && z.span.end <= text.len());
        assert!(text.is_char_boundary(z.span.start) && text.is_char_boundary(z.span.end));
    }
    for w in doc.zones.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "zones overlap or are out of order");
    }
});
