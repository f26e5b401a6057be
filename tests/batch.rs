//! Batch-run guarantees: a run killed with SIGKILL and resumed writes every
//! document exactly once; shards partition a dump; threads do not change
//! output bytes.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_attache"))
}

/// A dump of `n` small articles, one with a broken line every 97.
fn make_dump(path: &Path, n: usize) {
    let mut s = String::new();
    for i in 0..n {
        if i % 97 == 50 {
            s.push_str("{\"id\": broken\n");
            continue;
        }
        s.push_str(&format!(
            "{{\"id\":\"doc{i:06}\",\"text\":\"Delegation {i} met officials in the capital. They signed agreement No. {i} on trade. Talks continue.\"}}\n"
        ));
    }
    std::fs::write(path, s).unwrap();
}

fn run_ok(args: &[&str]) {
    let out = bin().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn killed_run_resumes_to_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("dump.jsonl");
    make_dump(&input, 30_000);
    let input = input.to_str().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    let run_args = |events: &str, docs: &str| {
        let v = [
            "extract",
            input,
            "-o",
            events,
            "--docs",
            docs,
            "-q",
            "--batch-docs",
            "64",
        ];
        v.iter().map(|s| s.to_string()).collect::<Vec<String>>()
    };

    let full = run_args(&path("full.jsonl"), &path("full.docs.jsonl"));
    run_ok(&full.iter().map(String::as_str).collect::<Vec<_>>());

    let mut args = run_args(&path("out.jsonl"), &path("out.docs.jsonl"));
    args.extend(["--checkpoint-every".to_string(), "0".to_string()]);
    let checkpoint = dir.path().join("out.jsonl.checkpoint");
    let mut child = bin()
        .args(&args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill at the first durable checkpoint, i.e. mid-run.
    let start = Instant::now();
    while !checkpoint.exists() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no checkpoint appeared"
        );
        if child.try_wait().unwrap().is_some() {
            panic!("run finished before it could be killed; make the dump bigger");
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let read = |name: &str| std::fs::read(dir.path().join(name)).unwrap_or_default();
    assert!(
        read("out.docs.jsonl").len() < read("full.docs.jsonl").len(),
        "killed mid-run"
    );

    args.push("--resume".to_string());
    run_ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
    for (got, want) in [
        ("out.docs.jsonl", "full.docs.jsonl"),
        ("out.jsonl", "full.jsonl"),
        ("out.rejects.jsonl", "full.rejects.jsonl"),
    ] {
        assert_eq!(
            read(got),
            read(want),
            "{got}: every document exactly once, in order"
        );
    }
    assert!(!read("out.docs.jsonl").is_empty());
    assert!(!checkpoint.exists(), "a finished run leaves no checkpoint");
}

#[test]
fn resume_refuses_a_different_command() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("dump.jsonl");
    make_dump(&input, 10);
    let out = dir.path().join("o.jsonl");
    std::fs::write(
        dir.path().join("o.jsonl.checkpoint"),
        r#"{"fingerprint":"0000","items_done":3,"processed":3,"rejected":0,"outputs":[],"complete":false}"#,
    )
    .unwrap();
    let o = bin()
        .args([
            "extract",
            input.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--resume",
        ])
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("different command"));
}

fn lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(String::from)
        .collect()
}

#[test]
fn shards_partition_the_dump() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("dump.jsonl");
    make_dump(&input, 1000);
    let input = input.to_str().unwrap();
    let all = dir.path().join("all.jsonl");
    run_ok(&[
        "extract",
        input,
        "-o",
        "/dev/null",
        "--docs",
        all.to_str().unwrap(),
        "-q",
        "--rejects",
        dir.path().join("all.rejects.jsonl").to_str().unwrap(),
    ]);
    let mut union = BTreeSet::new();
    let mut union_rejects = BTreeSet::new();
    let mut total = 0;
    for k in 0..3 {
        let o = dir.path().join(format!("s{k}.jsonl"));
        let r = dir.path().join(format!("s{k}.rejects.jsonl"));
        run_ok(&[
            "extract",
            input,
            "-o",
            "/dev/null",
            "--docs",
            o.to_str().unwrap(),
            "--rejects",
            r.to_str().unwrap(),
            "-q",
            "--shard",
            &format!("{k}/3"),
        ]);
        let l = lines(&o);
        assert!(l.len() > 200, "shard {k} has {} docs", l.len());
        total += l.len();
        union.extend(l);
        union_rejects.extend(lines(&dir.path().join(format!("s{k}.rejects.jsonl"))));
    }
    let expected: BTreeSet<String> = lines(&all).into_iter().collect();
    assert_eq!(total, expected.len(), "no document in two shards");
    assert_eq!(union, expected);
    let expected_rejects: BTreeSet<String> = lines(&dir.path().join("all.rejects.jsonl"))
        .into_iter()
        .collect();
    assert_eq!(union_rejects, expected_rejects);
}

#[test]
fn stdin_to_stdout_streaming_with_shard() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("dump.jsonl");
    make_dump(&input, 200);
    let mut child = bin()
        .args([
            "extract",
            "-",
            "-o",
            "/dev/null",
            "--docs",
            "-",
            "--shard",
            "1/2",
            "-q",
            "--rejects",
            dir.path().join("r.jsonl").to_str().unwrap(),
        ])
        .stdin(std::fs::File::open(&input).unwrap())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = String::new();
    std::io::Read::read_to_string(child.stdout.as_mut().unwrap(), &mut out).unwrap();
    assert!(child.wait().unwrap().success());
    let n = out.lines().count();
    assert!((60..140).contains(&n), "{n} of ~100 docs in shard 1/2");
}
