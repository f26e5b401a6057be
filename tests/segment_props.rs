//! Properties of sentence spans and cleaner zones on arbitrary and hostile
//! input: spans are ordered, non-overlapping, inside the text, on char
//! boundaries, trimmed, and together cover every non-space character;
//! nothing panics.

use attache::Doc;
use attache::clean::Cleaner;
use attache::clean::text::is_space;
use attache::doc::Span;
use attache::pipeline::Component;
use attache::segment::Segmenter;
use proptest::prelude::*;

/// Panics with a description if `spans` break a span property for `text`.
fn check_sentences(text: &str, spans: &[Span]) {
    let mut prev_end = 0;
    for s in spans {
        assert!(s.start < s.end, "empty span {s:?}");
        assert!(
            s.end <= text.len(),
            "span {s:?} past the end {}",
            text.len()
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "span {s:?} off char boundaries"
        );
        assert!(
            s.start >= prev_end,
            "span {s:?} overlaps or precedes {prev_end}"
        );
        let body = s.slice(text);
        assert!(
            !body.starts_with(is_space) && !body.ends_with(is_space),
            "span {s:?} not trimmed: {body:?}"
        );
        prev_end = s.end;
    }
    // Coverage: every non-space char lies in a span.
    let mut k = 0;
    for (i, c) in text.char_indices() {
        if is_space(c) {
            continue;
        }
        while k < spans.len() && spans[k].end <= i {
            k += 1;
        }
        assert!(
            k < spans.len() && spans[k].start <= i,
            "char {c:?} at byte {i} is in no sentence"
        );
    }
}

fn check_zones(doc: &Doc) {
    let mut prev_end = 0;
    for z in &doc.zones {
        let s = z.span;
        assert!(s.start < s.end && s.end <= doc.text.len(), "zone {z:?}");
        assert!(
            doc.text.is_char_boundary(s.start) && doc.text.is_char_boundary(s.end),
            "zone {z:?} off char boundaries"
        );
        assert!(s.start >= prev_end, "zones overlap at {z:?}");
        prev_end = s.end;
    }
}

/// The whole pipeline part this crate owns: clean, then segment with zones.
fn run_all(text: &str) {
    let seg = Segmenter::new();
    check_sentences(text, &seg.split(text));
    let mut doc = Doc::new("p", text);
    Cleaner::new().process(&mut doc);
    check_zones(&doc);
    Segmenter::new().process(&mut doc);
    let spans: Vec<Span> = doc.sentences.iter().map(|s| s.span).collect();
    check_sentences(text, &spans);
}

/// Pieces that trigger the segmenter's rules far more often than random
/// chars do.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-z]{1,8}".prop_map(String::from),
        1 => "[A-Z]\\.".prop_map(String::from),
        1 => "[0-9]{1,4}".prop_map(String::from),
        3 => Just(" ".to_string()),
        1 => prop::sample::select(vec![
            ".", "?", "!", "...", ". . .", "…", "?!", ",", ";", ":", "--", " — ", "-", "(", ")",
            "[", "]", "{", "}", "\"", "'", "“", "”", "‘", "’", "\n", "\n\n", "\r\n", "\u{2029}",
            "\u{A0}", "\u{200B}", "\u{FEFF}", "\u{3000}", "\t", "•", "⁃", "1.", "2)", "(a)", "iv.",
            "Mr.", "U.S.", "a.m.", "No.", "Inc.", "e.g.", "www.x.com", "a@b.c", "HÀ NỘI —", "。",
            "．", "？", "\0", "Home > News", "(left)", "By John Smith", "2023-09-08", "\u{301}",
        ])
        .prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
    ]
}

fn texty() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..120).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn spans_hold_on_arbitrary_unicode(text in any::<String>()) {
        run_all(&text);
    }

    #[test]
    fn spans_hold_on_text_like_input(text in texty()) {
        run_all(&text);
    }

    #[test]
    fn forced_breaks_keep_properties(text in texty(), cuts in prop::collection::vec(0usize..600, 0..8)) {
        let spans = Segmenter::new().split_with_breaks(&text, &cuts);
        check_sentences(&text, &spans);
    }
}

#[test]
fn hostile_inputs() {
    let cases: Vec<String> = vec![
        String::new(),
        " \n\t\u{A0}\u{3000}\u{200B}\u{FEFF}\r\n\u{2029}".into(),
        "?!.,;:...!!!???".into(),
        ". . . . . . . . . . .".into(),
        "\0\0 Hello.\0 World\0".into(),
        "((((((((((((((((((((".repeat(500),
        "))))]]]]".repeat(500),
        "[[[[ a. b. ]]]]".repeat(300),
        "a.".repeat(20_000),
        ".".repeat(100_000),
        "1. ".repeat(10_000),
        "• ".repeat(10_000),
        "\n".repeat(50_000),
        "x".repeat(100_000),
        format!("({})", "word. ".repeat(100)),
    ];
    for text in &cases {
        run_all(text);
    }
}

#[test]
fn long_sentence_without_punctuation_is_one_sentence() {
    let text = "word ".repeat(20_000);
    assert!(text.len() >= 100_000);
    let spans = Segmenter::new().split(&text);
    assert_eq!(spans.len(), 1);
    check_sentences(&text, &spans);
}

#[test]
fn every_unicode_category() {
    // Every scalar value (a stride through the planes keeps it quick), each
    // followed by a period and a space, then the same run glued together.
    let chars: Vec<char> = (0u32..=0x10FFFF)
        .step_by(7)
        .filter_map(char::from_u32)
        .collect();
    let spaced: String = chars.iter().map(|c| format!("{c}. ")).collect();
    let glued: String = chars.iter().collect();
    run_all(&spaced);
    run_all(&glued);
}

#[test]
fn ten_megabyte_article() {
    let seed = std::fs::read_to_string("seeds/001_d83e82a190b96c83.txt").expect("seed");
    let mut text = String::with_capacity(10 * 1024 * 1024 + seed.len());
    while text.len() < 10 * 1024 * 1024 {
        text.push_str(&seed);
        text.push(' ');
    }
    let spans = Segmenter::new().split(&text);
    check_sentences(&text, &spans);
    assert!(spans.len() > 10_000);
}
