//! End-to-end runs of the `attache` binary: real files in, JSONL out, and
//! every input line accounted for.

use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn attache(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_attache"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn lines(path: &Path) -> Vec<Value> {
    match std::fs::read_to_string(path) {
        Ok(s) => s
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
        Err(_) => Vec::new(),
    }
}

fn seeds() -> &'static str {
    concat!(env!("CARGO_MANIFEST_DIR"), "/seeds")
}

#[test]
fn segment_seeds_gives_one_record_per_article_with_valid_offsets() {
    let out = attache(&["segment", seeds(), "--quiet"], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let records: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 4);
    for r in &records {
        let id = r["id"].as_str().unwrap();
        let text = std::fs::read_to_string(format!("{}/{id}.txt", seeds())).unwrap();
        let chars: Vec<char> = text.chars().collect();
        let sentences = r["sentences"].as_array().unwrap();
        assert!(sentences.len() > 5, "{id}: {} sentences", sentences.len());
        for s in sentences {
            let (a, b) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            let slice: String = chars[a..b].iter().collect();
            assert_eq!(slice, s["text"].as_str().unwrap(), "{id} {a}..{b}");
        }
    }
}

/// The "nothing lost" check: a JSONL with broken lines of every kind
/// gives written + rejected = documents in, and each reject says why.
#[test]
fn broken_input_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let mut data: Vec<u8> = Vec::new();
    data.extend_from_slice(b"{\"id\":\"ok1\",\"text\":\"Japan and Laos signed an agreement.\"}\n");
    data.extend_from_slice(b"{\"id\":\"trunc\",\"text\":\"unterminated\n");
    data.extend_from_slice(b"{\"id\":\"notext\"}\n");
    data.extend_from_slice(b"{\"id\":\"empty\",\"text\":\"   \"}\n");
    data.extend_from_slice(b"{\"id\":\"badutf\",\"text\":\"caf\xe9\"}\n");
    data.extend_from_slice(b"{\"id\":\"num\",\"text\":42}\n");
    data.extend_from_slice(b"[\"an\",\"array\"]\n");
    data.extend_from_slice(b"\n");
    data.extend_from_slice(b"{\"id\":\"nul\",\"text\":\"Before\\u0000after. Fine.\"}\n");
    data.extend_from_slice(
        b"{\"id\":\"ok2\",\"text\":\"The minister met the envoy.\",\"date\":\"not a date\"}\n",
    );
    std::fs::write(&input, &data).unwrap();
    let output = dir.path().join("docs.jsonl");
    let events = dir.path().join("events.jsonl");
    let out = attache(
        &[
            "extract",
            input.to_str().unwrap(),
            "-o",
            events.to_str().unwrap(),
            "--docs",
            output.to_str().unwrap(),
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = lines(&output);
    let rejects = lines(&dir.path().join("events.rejects.jsonl"));
    let ids: Vec<&str> = written.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["ok1", "nul", "ok2"]);
    let reasons: Vec<(u64, &str)> = rejects
        .iter()
        .map(|r| (r["line"].as_u64().unwrap(), r["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(reasons.len(), 6, "{reasons:?}");
    assert_eq!(written.len() + rejects.len(), 9, "9 non-blank lines in");
    assert!(reasons[0].1.starts_with("invalid JSON"));
    assert_eq!(reasons[1], (3, "missing text field \"text\""));
    assert_eq!(reasons[2], (4, "empty text"));
    assert!(reasons[3].1.contains("invalid UTF-8"));
    assert!(reasons[4].1.contains("expected a string"));
    assert_eq!(reasons[5], (7, "expected a JSON object"));
    assert!(
        rejects
            .iter()
            .all(|r| r["source"].as_str().unwrap().ends_with("in.jsonl"))
    );
    // The unreadable date is kept as a warning on the document, not dropped.
    assert!(
        written[2]["warnings"][0]
            .as_str()
            .unwrap()
            .contains("not a date")
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("read 9 documents: 3 processed, 6 rejected"),
        "{stderr}"
    );
}

#[test]
fn compressed_inputs_stdin_and_custom_fields() {
    let dir = tempfile::tempdir().unwrap();
    let line = b"{\"uid\":\"x1\",\"body\":\"Talks were held in Hanoi.\",\"published\":\"2023-09-08T06:00:00Z\"}\n";
    let gz = dir.path().join("a.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(
        std::fs::File::create(&gz).unwrap(),
        flate2::Compression::fast(),
    );
    enc.write_all(line).unwrap();
    enc.finish().unwrap();
    let zst = dir.path().join("b.jsonl.zst");
    std::fs::write(&zst, zstd::encode_all(&line[..], 3).unwrap()).unwrap();
    let fields = [
        "--id-field",
        "uid",
        "--text-field",
        "body",
        "--date-field",
        "published",
        "-q",
        "-o",
        "/dev/null",
        "--docs",
        "-",
    ];
    for input in [gz.to_str().unwrap(), zst.to_str().unwrap(), "-"] {
        let mut args = vec!["extract", input];
        args.extend(fields);
        let out = attache(&args, (input == "-").then_some(&line[..]));
        assert!(
            out.status.success(),
            "{input}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(doc["id"], "x1", "{input}");
        assert_eq!(doc["date"], "2023-09-08", "{input}");
        assert!(out.stderr.is_empty(), "--quiet prints nothing");
    }
}

#[test]
fn output_is_identical_for_any_thread_count() {
    let run = |threads: &str| {
        let out = attache(
            &[
                "extract",
                seeds(),
                "--threads",
                threads,
                "-q",
                "-o",
                "/dev/null",
                "--docs",
                "-",
            ],
            None,
        );
        assert!(out.status.success());
        out.stdout
    };
    assert_eq!(run("1"), run("2"));
}

#[test]
fn unusable_input_is_a_one_line_error() {
    let out = attache(&["extract", "/no/such/file.jsonl"], None);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("attache: error:") && err.contains("/no/such/file.jsonl"),
        "{err}"
    );
}
