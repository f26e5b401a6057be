//! The runner's input and output edges through the `attache` binary: what
//! happens to odd inputs (corrupt archives, FIFOs, BOMs, repeated ids,
//! oversized texts), to odd reject paths (symlinks, devices), and to the
//! rest of a batch when one document fails.

use serde_json::Value;
use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn attache(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_attache"))
        .args(args)
        .output()
        .expect("binary runs")
}

/// Runs with a wall-clock limit, killing the child past it.
fn attache_within(args: &[&str], limit: Duration) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_attache"))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("binary runs");
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > limit {
            child.kill().unwrap();
            panic!("attache {args:?} still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

fn lines(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

const KENYA: &str = r#"{"id":"k","text":"Kenya summoned the Chinese ambassador on Monday."}"#;
const EGYPT: &str = r#"{"id":"e","text":"Egypt and Sudan signed a water agreement in Cairo."}"#;
/// A "CITY. AGENCY -" dateline: panicked in the spaCy component before
/// branch fix15-a, which fixes that; either way it must not touch the rest.
const BISHKEK: &str = r#"{"id":"x","text":"BISHKEK. KABAR - The Kyrgyz foreign minister met his Uzbek counterpart on Monday."}"#;
/// The same dateline after a first paragraph: fails past the first sentence.
const LATE_BISHKEK: &str = r#"{"id":"y","text":"Kenya met Uganda on Monday.\n\nBISHKEK. KABAR - The Kyrgyz foreign minister met his Uzbek counterpart on Monday."}"#;

#[test]
fn a_failing_document_leaves_the_rest_of_its_batch_as_it_would_be() {
    let dir = tempfile::tempdir().unwrap();
    let clean = dir.path().join("clean.jsonl");
    let mixed = dir.path().join("mixed.jsonl");
    std::fs::write(&clean, format!("{KENYA}\n{EGYPT}\n")).unwrap();
    std::fs::write(
        &mixed,
        format!("{KENYA}\n{BISHKEK}\n{LATE_BISHKEK}\n{EGYPT}\n"),
    )
    .unwrap();
    let run = |input: &Path, name: &str| {
        let docs = dir.path().join(format!("{name}.docs.jsonl"));
        let rejects = dir.path().join(format!("{name}.rejects.jsonl"));
        let out = attache(&[
            "extract",
            s(input),
            "-o",
            s(&dir.path().join(format!("{name}.events.jsonl"))),
            "--docs",
            s(&docs),
            "--rejects",
            s(&rejects),
            "--threads",
            "2",
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        (lines(&docs), lines(&rejects))
    };
    let (want, none) = run(&clean, "clean");
    assert!(none.is_empty());
    let (got, rejects) = run(&mixed, "mixed");
    let others: Vec<&Value> = got
        .iter()
        .filter(|d| d["id"] != "x" && d["id"] != "y")
        .collect();
    assert_eq!(others.len(), 2);
    for (a, b) in want.iter().zip(others) {
        assert_eq!(a, b, "a batch mate's output changed");
    }
    // The dateline documents are processed (once fix15-a is in) or
    // rejected alone as an internal error: never lost.
    assert_eq!(got.len() + rejects.len(), 4);
    for r in &rejects {
        assert!(r["id"] == "x" || r["id"] == "y", "{r}");
        assert!(
            r["reason"]
                .as_str()
                .unwrap()
                .starts_with("internal error: ")
        );
    }
}

/// `n` documents `d0…` whose texts are `"{text} {i}."`, as JSONL and gzipped.
fn jsonl_and_gzip(n: usize, text: &str) -> (String, Vec<u8>) {
    let jsonl: String = (0..n)
        .map(|i| format!("{{\"id\":\"d{i}\",\"text\":\"{text} {i}.\"}}\n"))
        .collect();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(jsonl.as_bytes()).unwrap();
    (jsonl, gz.finish().unwrap())
}

#[test]
fn corrupt_gzip_is_rejected_whole_with_a_non_zero_exit() {
    let dir = tempfile::tempdir().unwrap();
    let (_, good) = jsonl_and_gzip(200, "Kenya and Uganda met on day");
    let mut bytes = good.clone();
    let at = bytes.len() / 2;
    bytes[at] ^= 0x04;
    bytes[at + 1] ^= 0x40;
    let input = dir.path().join("in.jsonl.gz");
    std::fs::write(&input, &bytes).unwrap();
    let events = dir.path().join("events.jsonl");
    let out = attache(&["extract", s(&input), "-o", s(&events), "--ner", "none"]);
    assert!(!out.status.success(), "a corrupt input must fail the run");
    let err = stderr(&out);
    let last = err.lines().last().unwrap();
    assert!(
        last.starts_with("attache: error: 1 compressed input(s) failed their integrity check"),
        "{err}"
    );
    assert!(lines(&events).is_empty(), "nothing of it emitted");
    let rejects = lines(&dir.path().join("events.rejects.jsonl"));
    assert_eq!(rejects.len(), 1);
    assert!(
        rejects[0]["reason"]
            .as_str()
            .unwrap()
            .starts_with("corrupt gzip input, none of it processed: ")
    );
    // The same archive intact goes through, also from stdin.
    let mut child = Command::new(env!("CARGO_BIN_EXE_attache"))
        .args(["segment", "-", "--quiet"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || stdin.write_all(&good).unwrap());
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 200);
}

#[test]
fn a_fifo_and_an_unreadable_subfolder_do_not_stop_a_folder_run() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(input.join("sub")).unwrap();
    std::fs::write(input.join("a.txt"), "Kenya summoned the envoy.").unwrap();
    std::fs::write(input.join("sub/b.txt"), "Egypt met Sudan.").unwrap();
    let made = Command::new("mkfifo").arg(input.join("x.txt")).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let locked = input.join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::write(locked.join("c.txt"), "Hidden.").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let locked_out = std::fs::read_dir(&locked).is_err(); // root reads it anyway
    let events = dir.path().join("events.jsonl");
    let out = attache_within(
        &["segment", s(&input), "-o", s(&events), "--quiet"],
        Duration::from_secs(60),
    );
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: BTreeSet<String> = lines(&events)
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    let mut want = BTreeSet::from(["a".to_string(), "sub/b".to_string()]);
    if !locked_out {
        want.insert("locked/c".into());
    }
    assert_eq!(ids, want);
    let rejects = lines(&dir.path().join("events.rejects.jsonl"));
    let reasons: Vec<&str> = rejects
        .iter()
        .map(|r| r["reason"].as_str().unwrap())
        .collect();
    assert!(
        reasons.contains(&"skipped: a FIFO, not a regular file"),
        "{reasons:?}"
    );
    if locked_out {
        assert!(
            reasons
                .iter()
                .any(|r| r.starts_with("cannot read folder: ")),
            "{reasons:?}"
        );
    }
}

#[test]
fn rejects_through_a_symlink_and_to_dev_null_leave_the_path_in_place() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, format!("{KENYA}\nnot json\n")).unwrap();
    let target = outside.path().join("kept.jsonl");
    std::fs::write(&target, "stale\n").unwrap();
    let link = dir.path().join("rejects.jsonl");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let events = dir.path().join("events.jsonl");
    let out = attache(&[
        "segment",
        s(&input),
        "-o",
        s(&events),
        "--rejects",
        s(&link),
        "--quiet",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let rejects = lines(&target);
    assert_eq!(rejects.len(), 1, "stale line gone, this run's reject in");
    assert_eq!(rejects[0]["line"], 2);
    // /dev/null: written to, never removed (opening it is all that happens).
    let null = Path::new("/dev/null");
    let out = attache(&[
        "segment",
        s(&input),
        "-o",
        s(&events),
        "--rejects",
        "/dev/null",
        "--quiet",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        std::fs::metadata(null)
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

#[test]
fn ids_stay_unique_across_files_and_repeats_and_numbers_stay_exact() {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["a", "b"] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
        std::fs::write(
            dir.path().join(sub).join("x.jsonl"),
            "{\"text\":\"Kenya met Uganda.\"}\n{\"id\":\"dup\",\"text\":\"Egypt met Sudan.\"}\n",
        )
        .unwrap();
    }
    std::fs::write(
        dir.path().join("n.jsonl"),
        "{\"id\":12345678901234567890123,\"text\":\"Chad met Niger.\"}\n",
    )
    .unwrap();
    let docs = dir.path().join("docs.jsonl");
    let out = attache(&[
        "segment",
        s(&dir.path().join("a/x.jsonl")),
        s(&dir.path().join("b/x.jsonl")),
        s(&dir.path().join("n.jsonl")),
        "-o",
        s(&docs),
        "--quiet",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: Vec<String> = lines(&docs)
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        ids,
        [
            "a/x.jsonl:1",
            "dup",
            "b/x.jsonl:1",
            "dup#2",
            "12345678901234567890123"
        ]
    );
    let err = stderr(&out);
    assert!(
        err.contains(r#"1 documents had an id already used and were renamed (first: duplicate id "dup" renamed "dup#2""#),
        "{err}"
    );
}

#[test]
fn a_bom_inside_concatenated_jsonl_is_not_a_reject() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("cat.jsonl");
    let part = |t: &str| format!("\u{feff}{{\"text\":\"{t}\"}}\n");
    std::fs::write(
        &input,
        part("Kenya met Uganda.") + &part("Egypt met Sudan."),
    )
    .unwrap();
    let docs = dir.path().join("docs.jsonl");
    let out = attache(&["segment", s(&input), "-o", s(&docs), "--quiet"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(lines(&docs).len(), 2);
    assert!(!dir.path().join("docs.rejects.jsonl").exists());
}

#[test]
fn max_doc_bytes_counts_text_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    // 40 bytes of text written as 140 bytes of JSON escapes: within 50.
    let escaped = "\\u00e9".repeat(20);
    let long = "y".repeat(51);
    std::fs::write(
        &input,
        format!(
            "{{\"id\":\"ok\",\"text\":\"{escaped}\"}}\n{{\"id\":\"big\",\"text\":\"{long}\"}}\n"
        ),
    )
    .unwrap();
    let docs = dir.path().join("docs.jsonl");
    let out = attache(&[
        "segment",
        s(&input),
        "-o",
        s(&docs),
        "--max-doc-bytes",
        "50",
        "--quiet",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(lines(&docs).len(), 1);
    let rejects = lines(&dir.path().join("docs.rejects.jsonl"));
    assert_eq!(rejects[0]["id"], "big");
    assert_eq!(
        rejects[0]["reason"],
        "text is 51 bytes, over the limit of 50 (--max-doc-bytes)"
    );
}

#[test]
fn doc_timeout_takes_seconds_and_refuses_nonsense() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, format!("{KENYA}\n")).unwrap();
    let events = dir.path().join("events.jsonl");
    for ok in ["0", "0.5", "60"] {
        let out = attache(&[
            "extract",
            s(&input),
            "-o",
            s(&events),
            "--doc-timeout",
            ok,
            "--quiet",
        ]);
        assert!(out.status.success(), "{ok}: {}", stderr(&out));
        assert!(!lines(&events).is_empty());
    }
    // A budget no stage can keep: every document is rejected with the
    // reason, and the run still succeeds.
    let rejects = dir.path().join("rejects.jsonl");
    let out = attache(&[
        "extract",
        s(&input),
        "-o",
        s(&events),
        "--rejects",
        s(&rejects),
        "--doc-timeout",
        "0.000000001",
        "--quiet",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(lines(&events).is_empty());
    let r = lines(&rejects);
    assert_eq!(r.len(), 1);
    assert_eq!(
        r[0]["reason"],
        "document exceeded its work budget (--doc-timeout 0.000000001s)"
    );
    assert!(!stderr(&out).contains("internal error"), "{}", stderr(&out));
    for bad in ["-1", "abc", "inf"] {
        let out = attache(&["extract", s(&input), "--doc-timeout", bad]);
        assert!(!out.status.success(), "--doc-timeout {bad} accepted");
    }
}

#[test]
fn a_pipe_given_by_name_is_read_once_plain_or_compressed() {
    // As `attache extract <(zcat dump.gz)` gives it: no rewinding possible.
    let dir = tempfile::tempdir().unwrap();
    let (text, gz) = jsonl_and_gzip(50, "Kenya met Uganda on day");
    for (name, bytes) in [("plain", text.into_bytes()), ("gz", gz)] {
        let fifo = dir.path().join(format!("{name}.jsonl"));
        let made = Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        let writer = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::write(fifo, bytes).unwrap())
        };
        let out_path = dir.path().join(format!("{name}.out.jsonl"));
        let out = attache_within(
            &["segment", s(&fifo), "-o", s(&out_path), "--quiet"],
            Duration::from_secs(60),
        );
        writer.join().unwrap();
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        assert_eq!(lines(&out_path).len(), 50, "{name}");
    }
}
