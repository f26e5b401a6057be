//! `attache import --format brat` inverts `attache export --format brat`:
//! the events attache wrote come back as a gold folder that scores them as
//! found, and that `attache train` accepts. Bad standoff is a one-line error
//! naming the file and line.

use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_attache");

fn run(args: &[&str]) -> std::process::Output {
    let out = Command::new(BIN).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "attache {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn micro_f1(report: &serde_json::Value, table: &str) -> f64 {
    report[table]["micro"]["f1"].as_f64().unwrap()
}

#[test]
fn brat_export_comes_back_as_gold() {
    let tmp = tempfile::tempdir().unwrap();
    let p = |n: &str| tmp.path().join(n).to_str().unwrap().to_string();
    run(&[
        "extract",
        "tests/data/heldout/c",
        "-o",
        &p("ev.jsonl"),
        "--docs",
        &p("docs.jsonl"),
        "-q",
    ]);
    run(&[
        "export",
        "--format",
        "brat",
        &p("docs.jsonl"),
        "-o",
        &p("brat"),
    ]);
    run(&["import", "--format", "brat", &p("brat"), "-o", &p("gold")]);
    for f in ["docs.jsonl", "events.jsonl", "entities.jsonl"] {
        assert!(Path::new(&p("gold")).join(f).is_file(), "{f} missing");
    }
    let out = run(&[
        "eval",
        "--gold",
        &p("gold"),
        "--pred",
        &p("ev.jsonl"),
        "--json",
    ]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let events = report["gold_events"].as_u64().unwrap();
    assert!(events > 50, "{events} events came back");
    assert_eq!(
        micro_f1(&report, "events"),
        1.0,
        "every exported event is gold again"
    );
    assert!(
        micro_f1(&report, "arguments") > 0.8,
        "{}",
        report["arguments"]["micro"]
    );
    // The imported folder trains a model (texts come from docs.jsonl).
    run(&["train", "--gold", &p("gold"), "-o", &p("model")]);
    assert!(Path::new(&p("model")).join("config.json").is_file());
}

#[test]
fn bad_standoff_is_one_line_naming_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("brat");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("d.txt"), "Kenya summoned the envoy.").unwrap();
    std::fs::write(
        dir.join("d.ann"),
        "T1\tGPE 0 5\tKenya\nT2\tACCUSE 6 14\tsummoned\nE1\tACCUSE:T2 Actor:T1 Witness:T1\n",
    )
    .unwrap();
    let import = || {
        Command::new(BIN)
            .args(["import", "--format", "brat"])
            .arg(&dir)
            .arg("-o")
            .arg(tmp.path().join("gold"))
            .output()
            .unwrap()
    };
    let out = import();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("d.ann:3") && err.contains("Witness"), "{err}");
    // Offsets past the text are refused too.
    std::fs::write(dir.join("d.ann"), "T1\tGPE 0 500\tKenya\n").unwrap();
    let out = import();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("d.ann:1"));
}
