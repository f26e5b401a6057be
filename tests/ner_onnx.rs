//! End-to-end tests of `ner::onnx::OnnxNer` on the model that
//! `scripts/make_test_onnx.py` makes (target/test-onnx/minilm-ner, or
//! ATTACHE_TEST_ONNX_MODEL), through ONNX Runtime from ORT_DYLIB_PATH
//! (`scripts/setup-onnx.sh`). Without the model or the runtime, the tests
//! that need them print why and pass without checking; the tests of bad
//! model directories need neither. Without the `onnx` feature, only the
//! command line's refusal of `--ner onnx:DIR` is tested.

/// Runs the built `attache` binary.
fn attache(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_attache"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("attache runs")
}

#[cfg(not(feature = "onnx"))]
#[test]
fn without_the_feature_onnx_models_are_refused_clearly() {
    let out = attache(&[
        "extract",
        "seeds",
        "--ner",
        "onnx:target/test-onnx/minilm-ner",
        "-q",
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--features onnx"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

#[cfg(feature = "onnx")]
mod runtime {
    use super::attache;

    use attache::doc::{Doc, EntityLabel, Sentence, Span};
    use attache::ner::onnx::{OnnxNer, OnnxNerOptions};
    use attache::pipeline::Component;
    use std::path::{Path, PathBuf};
    use std::sync::OnceLock;

    fn model_dir() -> PathBuf {
        std::env::var_os("ATTACHE_TEST_ONNX_MODEL")
            .map(PathBuf::from)
            .unwrap_or_else(|| {
                Path::new(env!("CARGO_MANIFEST_DIR")).join("target/test-onnx/minilm-ner")
            })
    }

    /// Why the end-to-end tests cannot run here, if they cannot.
    fn missing() -> Option<String> {
        let dir = model_dir();
        if !dir.join("model.onnx").is_file() {
            return Some(format!(
                "no test model at {} (make it with: python=$(scripts/setup-onnx-make.sh) && \"$python\" scripts/make_test_onnx.py)",
                dir.display()
            ));
        }
        match std::env::var_os("ORT_DYLIB_PATH") {
            Some(p) if Path::new(&p).is_file() => None,
            _ => Some(
                "ORT_DYLIB_PATH is not set to a file (run: eval \"$(scripts/setup-onnx.sh)\")"
                    .into(),
            ),
        }
    }

    /// Say why a test checks nothing, past the test harness's output capture
    /// (which only takes `print!`/`eprint!`), so a skip is seen in every run.
    fn skip(test: &str, why: &str) {
        use std::io::Write;
        let _ = writeln!(std::io::stderr(), "SKIPPED ner_onnx::{test}: {why}");
    }

    macro_rules! require_model {
        ($test:literal) => {
            if let Some(why) = missing() {
                skip($test, &why);
                return;
            }
        };
    }

    fn ner() -> &'static OnnxNer {
        static NER: OnceLock<OnnxNer> = OnceLock::new();
        NER.get_or_init(|| OnnxNer::load(&model_dir()).expect("test model loads"))
    }

    /// One document per text, one sentence per document.
    fn doc(id: &str, text: &str) -> Doc {
        let mut d = Doc::new(id, text);
        d.sentences = vec![Sentence {
            span: Span::new(0, text.len()),
            tokens: 0..0,
        }];
        d
    }

    #[derive(Debug, PartialEq)]
    struct Mention {
        start: usize,
        end: usize,
        label: String,
    }

    fn mentions(d: &Doc) -> Vec<Mention> {
        let ix = d.char_index();
        d.entities
            .iter()
            .map(|e| {
                let (start, end) = ix.chars(e.span);
                Mention {
                    start,
                    end,
                    label: e.label.to_string(),
                }
            })
            .collect()
    }

    fn read_jsonl(name: &str) -> Vec<serde_json::Value> {
        let path = model_dir().join(name);
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .lines()
            .map(|l| serde_json::from_str(l).expect("valid JSON line"))
            .collect()
    }

    #[test]
    fn reproduces_the_python_reference_decoder() {
        require_model!("reproduces_the_python_reference_decoder");
        let cases = read_jsonl("expected.jsonl");
        assert!(cases.len() >= 50, "expected.jsonl too short");
        let mut docs: Vec<Doc> = cases
            .iter()
            .enumerate()
            .map(|(i, c)| doc(&i.to_string(), c["text"].as_str().unwrap()))
            .collect();
        ner().process_batch(&mut docs);
        let mut entities = 0;
        for (d, c) in docs.iter().zip(&cases) {
            let want: Vec<Mention> = c["entities"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| Mention {
                    start: e[0].as_u64().unwrap() as usize,
                    end: e[1].as_u64().unwrap() as usize,
                    label: e[2].as_str().unwrap().to_string(),
                })
                .collect();
            assert_eq!(mentions(d), want, "text: {}", d.text);
            for (e, w) in d.entities.iter().zip(c["entities"].as_array().unwrap()) {
                let score = w[3].as_f64().unwrap() as f32;
                assert!(
                    (e.score - score).abs() < 1e-3,
                    "score {} vs {score} in {}",
                    e.score,
                    d.text
                );
                assert!(d.slice(e.span).trim() == d.slice(e.span), "untrimmed span");
            }
            entities += want.len();
        }
        assert!(
            entities > 100,
            "the reference found only {entities} entities"
        );
    }

    #[test]
    fn batching_and_padding_do_not_change_results() {
        require_model!("batching_and_padding_do_not_change_results");
        let cases = read_jsonl("heldout.jsonl");
        let texts: Vec<&str> = cases
            .iter()
            .take(80)
            .map(|c| c["text"].as_str().unwrap())
            .collect();
        let mut together: Vec<Doc> = texts.iter().map(|t| doc("d", t)).collect();
        ner().process_batch(&mut together);
        for (t, d) in texts.iter().zip(&together) {
            let mut alone = doc("d", t);
            ner().process(&mut alone);
            assert_eq!(mentions(&alone), mentions(d), "text: {t}");
        }
    }

    #[test]
    fn entities_stay_inside_their_sentences() {
        require_model!("entities_stay_inside_their_sentences");
        let cases = read_jsonl("heldout.jsonl");
        let parts: Vec<&str> = cases
            .iter()
            .take(12)
            .map(|c| c["text"].as_str().unwrap())
            .collect();
        // One document of several sentences, and the same sentences alone.
        let mut text = String::new();
        let mut sentences = Vec::new();
        for p in &parts {
            let start = text.len();
            text.push_str(p);
            sentences.push(Sentence {
                span: Span::new(start, text.len()),
                tokens: 0..0,
            });
            text.push_str("  ");
        }
        let mut d = Doc::new("multi", text.clone());
        d.sentences = sentences.clone();
        ner().process(&mut d);
        assert!(!d.entities.is_empty());
        let mut expected = Vec::new();
        for (p, s) in parts.iter().zip(&sentences) {
            let mut alone = doc("one", p);
            ner().process(&mut alone);
            expected.extend(alone.entities.iter().map(|e| {
                (
                    Span::new(e.span.start + s.span.start, e.span.end + s.span.start),
                    e.label,
                )
            }));
        }
        let got: Vec<(Span, EntityLabel)> = d.entities.iter().map(|e| (e.span, e.label)).collect();
        assert_eq!(got, expected);
        for e in &d.entities {
            let k = d
                .sentence_at(e.span.start)
                .expect("entity inside a sentence");
            assert!(
                d.sentences[k].span.contains(e.span),
                "entity crosses a sentence boundary"
            );
        }
    }

    /// A sentence several times longer than the model's 512 positions is
    /// windowed, not truncated: its last part is tagged like the same text alone.
    #[test]
    fn long_sentences_are_windowed_not_truncated() {
        require_model!("long_sentences_are_windowed_not_truncated");
        let cases = read_jsonl("heldout.jsonl");
        let parts: Vec<&str> = cases
            .iter()
            .skip(100)
            .take(60)
            .map(|c| c["text"].as_str().unwrap().trim_end_matches('.'))
            .collect();
        let long = parts.join("; and ") + ".";
        let mut d = doc("long", &long);
        ner().process(&mut d);
        assert!(
            long.split_whitespace().count() > 3 * 512 / 2,
            "test sentence not long enough"
        );

        // Every part tagged alone, moved to where it sits in the long sentence.
        let mut expected = Vec::new();
        let mut at = 0;
        for p in &parts {
            let start = long[at..].find(p).unwrap() + at;
            let mut alone = doc("part", p);
            ner().process(&mut alone);
            expected.extend(
                alone
                    .entities
                    .iter()
                    .map(|e| (Span::new(e.span.start + start, e.span.end + start), e.label)),
            );
            at = start + p.len();
        }
        let got: std::collections::HashSet<(Span, EntityLabel)> =
            d.entities.iter().map(|e| (e.span, e.label)).collect();
        // Agreement with the parts tagged alone, per third of the sentence.
        // Context differs (neighbouring parts are visible to the model), so not
        // all agree anywhere; truncation would leave the last third empty, and
        // a bad window merge would make later thirds agree less than the first
        // (which the first window reads whole).
        let third = long.len() / 3 + 1;
        let rate = |k: usize| {
            let part: Vec<_> = expected
                .iter()
                .filter(|(s, _)| s.start / third == k)
                .collect();
            assert!(part.len() > 20, "too few entities to compare in third {k}");
            part.iter().filter(|x| got.contains(x)).count() as f64 / part.len() as f64
        };
        let (first, middle, last) = (rate(0), rate(1), rate(2));
        eprintln!("agreement with parts alone, by third: {first:.2} {middle:.2} {last:.2}");
        assert!(first >= 0.5, "first third agrees only {first:.2}");
        assert!(
            middle >= first - 0.15 && last >= first - 0.15,
            "windows agree less: {first:.2} {middle:.2} {last:.2}"
        );
    }

    /// Small windows force many overlapping windows per sentence; the merge
    /// must still give entities close to the unwindowed run.
    #[test]
    fn small_windows_merge_close_to_whole_sentences() {
        require_model!("small_windows_merge_close_to_whole_sentences");
        let opts = OnnxNerOptions {
            max_len: Some(24),
            window_overlap: 12,
            ..OnnxNerOptions::default()
        };
        let small = OnnxNer::load_with(&model_dir(), &opts).expect("loads");
        assert_eq!(small.window_len(), 22);
        let cases = read_jsonl("heldout.jsonl");
        let (mut agree, mut total) = (0, 0);
        for c in cases.iter().take(100) {
            let t = c["text"].as_str().unwrap();
            let (mut a, mut b) = (doc("a", t), doc("b", t));
            ner().process(&mut a);
            small.process(&mut b);
            let got: Vec<_> = mentions(&b);
            for m in mentions(&a) {
                total += 1;
                agree += usize::from(got.contains(&m));
            }
        }
        assert!(total > 100);
        assert!(
            agree * 10 >= total * 8,
            "windowed run kept {agree} of {total} entities"
        );
    }

    #[test]
    fn odd_input_never_panics() {
        require_model!("odd_input_never_panics");
        let texts = [
            "",
            "   ",
            "\u{200b}\u{feff}",
            "🙂🙂🙂 Nguyễn 🙂",
            "a",
            &"x".repeat(5000),
            &"Ban Ki-moon ".repeat(700),
        ];
        let mut docs: Vec<Doc> = texts.iter().map(|t| doc("odd", t)).collect();
        ner().process_batch(&mut docs);
        for d in &docs {
            for e in &d.entities {
                assert!(
                    d.text.is_char_boundary(e.span.start) && d.text.is_char_boundary(e.span.end)
                );
                assert!(!e.span.is_empty() && e.span.end <= d.text.len());
                assert!((0.0..=1.0).contains(&e.score));
            }
        }
        // A document with no segmenter output is tagged as one sentence.
        let mut d = Doc::new(
            "nosent",
            "Prime Minister Hun Manet visited Tokyo on Monday.",
        );
        ner().process(&mut d);
        assert!(!d.entities.is_empty());
        assert_eq!(ner().failures().0, 0);
    }

    #[test]
    fn bad_model_directories_are_one_line_errors() {
        let tmp = tempfile::tempdir().unwrap();
        let msg = |p: &Path| OnnxNer::load(p).err().expect("load fails").to_string();

        let m = msg(&tmp.path().join("nope"));
        assert!(m.contains("not a directory"), "{m}");
        let m = msg(tmp.path());
        assert!(m.contains("config.json missing"), "{m}");
        assert!(!m.contains('\n'));

        for f in ["tokenizer.json", "model.onnx"] {
            std::fs::write(tmp.path().join(f), "{}").unwrap();
        }
        std::fs::write(tmp.path().join("config.json"), r#"{"model_type": "bert"}"#).unwrap();
        let m = msg(tmp.path());
        assert!(m.contains("no id2label"), "{m}");
        std::fs::write(
            tmp.path().join("config.json"),
            r#"{"id2label": {"0": "O", "2": "B-PER"}}"#,
        )
        .unwrap();
        let m = msg(tmp.path());
        assert!(m.contains("lacks index 1"), "{m}");
        std::fs::write(
            tmp.path().join("config.json"),
            r#"{"id2label": {"0": "O", "1": "B-PER"}}"#,
        )
        .unwrap();
        let m = msg(tmp.path());
        assert!(m.contains("tokenizer.json"), "{m}");
    }

    #[test]
    fn extract_writes_onnx_entities_with_exact_offsets() {
        require_model!("extract_writes_onnx_entities_with_exact_offsets");
        let dir = model_dir();
        let tmp = tempfile::tempdir().unwrap();
        let docs = tmp.path().join("docs.jsonl");
        let events = tmp.path().join("events.jsonl");
        let out = attache(&[
            "extract",
            "seeds",
            "--ner",
            &format!("onnx:{}", dir.display()),
            "-q",
            "--threads",
            "2",
            "-o",
            events.to_str().unwrap(),
            "--docs",
            docs.to_str().unwrap(),
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut n = 0;
        for line in std::fs::read_to_string(&docs).unwrap().lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let text: Vec<char> = v["text"].as_str().unwrap().chars().collect();
            let sentences: Vec<(u64, u64)> = v["sentences"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap()))
                .collect();
            for e in v["entities"].as_array().unwrap() {
                let (a, b) = (e["start"].as_u64().unwrap(), e["end"].as_u64().unwrap());
                let slice: String = text[a as usize..b as usize].iter().collect();
                assert_eq!(slice, e["text"].as_str().unwrap());
                assert!(
                    sentences.iter().any(|&(s, t)| s <= a && b <= t),
                    "entity outside sentences"
                );
                assert!(e["label"].as_str().unwrap().parse::<EntityLabel>().is_ok());
                n += 1;
            }
        }
        assert!(n > 100, "only {n} entities in the seed articles");
    }

    #[test]
    fn a_missing_runtime_library_is_a_clear_error() {
        if !model_dir().join("tokenizer.json").is_file() {
            skip(
                "a_missing_runtime_library_is_a_clear_error",
                &format!("no test model at {}", model_dir().display()),
            );
            return;
        }
        let opts = OnnxNerOptions {
            dylib: Some(PathBuf::from("/nonexistent/libonnxruntime.so.1.22.1")),
            ..OnnxNerOptions::default()
        };
        let m = OnnxNer::load_with(&model_dir(), &opts)
            .err()
            .expect("load fails")
            .to_string();
        assert!(
            m.contains("ONNX Runtime library not found") && m.contains("setup-onnx.sh"),
            "{m}"
        );
    }
}
