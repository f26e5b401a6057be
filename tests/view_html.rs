//! The HTML pages of `attache show`, `extract --html` and `eval --html`:
//! self-contained, holding every document and event of the input, safe
//! against markup in the data, and clear about bad input. (What a browser
//! makes of them is scripts/test-html.sh's job.)

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

fn attache(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_attache"))
        .args(args)
        .output()
        .expect("binary runs")
}

fn ok(out: &Output) {
    assert!(
        out.status.success(),
        "attache failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The seed articles through `extract --docs` once, shared by the tests.
struct Seeds {
    _dir: tempfile::TempDir,
    events: PathBuf,
    docs: PathBuf,
}

fn seeds() -> &'static Seeds {
    static SEEDS: OnceLock<Seeds> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let events = dir.path().join("seeds.events.jsonl");
        let docs = dir.path().join("seeds.docs.jsonl");
        let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
        ok(&attache(&[
            "extract",
            seeds,
            "-q",
            "-o",
            path(&events),
            "--docs",
            path(&docs),
        ]));
        Seeds {
            _dir: dir,
            events,
            docs,
        }
    })
}

fn records(p: &Path) -> Vec<Value> {
    std::fs::read_to_string(p)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The JSON inside `<script type="application/json" id="attache-data">`.
fn embedded(html: &str) -> Value {
    let open = r#"<script type="application/json" id="attache-data">"#;
    let start = html.find(open).expect("data element") + open.len();
    let end = start + html[start..].find("</script>").expect("data element ends");
    serde_json::from_str(&html[start..end]).expect("embedded data is JSON")
}

/// Every place the page could load something from elsewhere.
fn assert_self_contained(html: &str) {
    let lower = html.to_lowercase();
    for needle in [
        " src=",
        "<link",
        "@import",
        "url(",
        "<iframe",
        "fetch(",
        "xmlhttprequest",
        "<img",
    ] {
        assert!(!lower.contains(needle), "page contains {needle:?}");
    }
    // The only URL is SVG's namespace name, which nothing fetches.
    let mut rest = lower.as_str();
    while let Some(i) = rest.find("http") {
        assert!(
            rest[i..].starts_with("http://www.w3.org/2000/svg"),
            "page names a URL: {}",
            &rest[i..(i + 60).min(rest.len())]
        );
        rest = &rest[i + 4..];
    }
}

fn show(inputs: &[&Path], extra: &[&str]) -> (Output, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("page.html");
    let mut args = vec!["show"];
    args.extend(inputs.iter().map(|p| path(p)));
    args.extend(["-o", path(&out)]);
    args.extend(extra);
    let o = attache(&args);
    let html = std::fs::read_to_string(&out).unwrap_or_default();
    (o, html)
}

#[test]
fn show_embeds_every_article_and_event_of_the_input() {
    let s = seeds();
    let (out, html) = show(&[&s.docs], &["--page-size", "3"]);
    ok(&out);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_self_contained(&html);
    let data = embedded(&html);
    assert_eq!(data["schema"], "attache-show/1");
    assert_eq!(data["page_size"], 3);
    let input = records(&s.docs);
    let docs = data["docs"].as_array().unwrap();
    assert_eq!(docs.len(), input.len());
    let mut events = 0;
    for (i, (shown, rec)) in docs.iter().zip(&input).enumerate() {
        assert_eq!(shown["id"], rec["id"]);
        assert_eq!(shown["text"], rec["text"], "the text exactly");
        assert_eq!(shown["line"], i + 1);
        assert_eq!(
            shown["entities"].as_array().unwrap().len(),
            rec["entities"].as_array().unwrap().len()
        );
        let ids = |v: &Value| -> Vec<Value> {
            v["events"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["id"].clone())
                .collect()
        };
        assert_eq!(ids(shown), ids(rec));
        for (e, r) in shown["events"]
            .as_array()
            .unwrap()
            .iter()
            .zip(rec["events"].as_array().unwrap())
        {
            for k in ["event_type", "modality", "score", "trigger"] {
                assert_eq!(e[k], r[k], "event {} field {k}", r["id"]);
            }
            for k in ["text", "value"] {
                assert_eq!(e["date"].get(k), r["date"].get(k), "event {} date", r["id"]);
            }
            for role in ["actor", "recipient"] {
                let codes = |v: &Value| -> Vec<(Value, Value, Value)> {
                    v[role]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|a| (a["text"].clone(), a["start"].clone(), a["country"].clone()))
                        .collect()
                };
                assert_eq!(codes(e), codes(r), "event {} {role}", r["id"]);
            }
            events += 1;
        }
    }
    assert_eq!(
        events,
        records(&s.events).len(),
        "every event of the events file"
    );
    assert!(events > 0);
}

#[test]
fn show_reads_several_files_and_names_each_record_source() {
    let s = seeds();
    let dir = tempfile::tempdir().unwrap();
    let gz = dir.path().join("again.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(
        std::fs::File::create(&gz).unwrap(),
        flate2::Compression::fast(),
    );
    std::io::copy(&mut std::fs::File::open(&s.docs).unwrap(), &mut enc).unwrap();
    enc.finish().unwrap();
    let (out, html) = show(&[&s.docs, &gz], &[]);
    ok(&out);
    let data = embedded(&html);
    let n = records(&s.docs).len();
    assert_eq!(data["docs"].as_array().unwrap().len(), 2 * n);
    assert_eq!(data["sources"].as_array().unwrap().len(), 2);
    assert_eq!(data["docs"][n]["src"], 1);
    assert_eq!(data["docs"][n]["line"], 1);
}

#[test]
fn extract_html_writes_the_show_page_of_its_docs() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("d.jsonl");
    let page = dir.path().join("d.html");
    let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    ok(&attache(&[
        "extract",
        seeds,
        "-q",
        "-o",
        "/dev/null",
        "--docs",
        path(&docs),
        "--html",
        path(&page),
    ]));
    let html = std::fs::read_to_string(&page).unwrap();
    let (out, shown) = show(&[&docs], &[]);
    ok(&out);
    assert_eq!(
        html, shown,
        "the same page as `attache show` on the docs file"
    );
    let out = attache(&["extract", seeds, "-q", "--html", path(&page)]);
    assert!(!out.status.success(), "--html without --docs is refused");
}

const HOSTILE: &str =
    "Japan met </script><script>alert(1)</script> and <b>Laos</b> & <!-- x --> \u{2028}.";

fn hostile_record() -> String {
    let text = HOSTILE;
    let cps = |s: &str| text[..text.find(s).unwrap()].chars().count();
    let met = cps("met");
    serde_json::json!({
        "id": "<i>x</i></script>",
        "title": "<script>alert(2)</script>",
        "text": text,
        "entities": [{"start": 0, "end": 5, "label": "GPE\"><script>"}],
        "events": [{
            "id": "x:e1", "event_type": "CONSULT</script>", "modality": "asserted",
            "trigger": {"text": "met", "start": met, "end": met + 3},
            "actor": [{"text": "Japan", "start": 0, "end": 5, "name": "Japan", "country": "JPN"}],
            "recipient": [{"text": null, "start": null, "end": null, "name": "<b>Laos</b>", "country": "LAO"}],
            "score": 0.5
        }]
    })
    .to_string()
}

#[test]
fn markup_in_the_data_stays_text() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("hostile.jsonl");
    std::fs::write(&input, hostile_record() + "\n").unwrap();
    let (out, html) = show(&[&input], &["--title", "<b>t</b>"]);
    ok(&out);
    // The inline script and the data element close; nothing else does.
    assert_eq!(html.matches("</script>").count(), 2, "{html}");
    assert_eq!(html.to_lowercase().matches("<script").count(), 2);
    assert!(!html.contains("alert(1)</script>") && !html.contains("<b>"));
    assert!(!html.contains('\u{2028}'));
    assert!(html.contains("<title>&lt;b&gt;t&lt;/b&gt;</title>"));
    let data = embedded(&html);
    assert_eq!(
        data["docs"][0]["text"], HOSTILE,
        "the text survives exactly"
    );
    assert_eq!(data["docs"][0]["id"], "<i>x</i></script>");
    assert_eq!(
        data["docs"][0]["events"][0]["recipient"][0]["name"],
        "<b>Laos</b>"
    );
    // The script puts data into the page as text only.
    let script_start = html.rfind("<script>").unwrap();
    let script = &html[script_start..];
    assert!(!script.contains("innerHTML") && !script.contains("insertAdjacentHTML"));
    assert!(!script.contains("document.write") && !script.contains("eval("));
}

fn fails_with(args: &[&str], want: &[&str]) {
    let out = attache(args);
    assert!(!out.status.success(), "{args:?} should fail");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    for w in want {
        assert!(err.contains(w), "{err:?} should name {w:?}");
    }
}

#[test]
fn bad_input_is_one_line_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("p.html");
    let good = r#"{"id":"a","text":"Japan met Laos.","entities":[],"events":[]}"#;
    let cases = [
        ("json.jsonl", format!("{good}\n{{\"id\": \"b\", \"text\": \n"), ":2:", "not a document record"),
        ("notext.jsonl", format!("{good}\n\n{{\"id\":\"b\"}}\n"), ":3:", "text"),
        (
            "offsets.jsonl",
            r#"{"id":"a","text":"Japan","entities":[{"start":0,"end":9,"label":"GPE"}]}"#.to_string() + "\n",
            ":1:",
            "outside the text",
        ),
        (
            "trigger.jsonl",
            r#"{"id":"a","text":"Japan","events":[{"event_type":"AGREE","trigger":{"start":4,"end":2}}]}"#.to_string(),
            ":1:",
            "trigger",
        ),
    ];
    for (name, body, at, why) in cases {
        let f = dir.path().join(name);
        std::fs::write(&f, body).unwrap();
        let at = format!("{name}{at}");
        fails_with(&["show", path(&f), "-o", path(&page)], &[&at, why]);
        assert!(!page.exists(), "no page is written for bad input");
    }
    let missing = dir.path().join("missing.jsonl");
    fails_with(
        &["show", path(&missing), "-o", path(&page)],
        &["missing.jsonl"],
    );
}

fn eval_args<'a>(s: &'a Seeds, extra: &[&'a str]) -> Vec<&'a str> {
    let mut a = vec![
        "eval",
        "--gold",
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/gold"),
        "--pred",
        path(&s.events),
        "--docs",
        path(&s.docs),
    ];
    a.extend(extra);
    a
}

fn fig(x: &Value) -> String {
    format!("{:.3}", x.as_f64().unwrap())
}

/// The rows of the HTML table in the section with id `id`.
fn section<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!("<section id=\"{id}\">"))
        .unwrap_or_else(|| panic!("section {id}"));
    let end = start + html[start..].find("</section>").unwrap();
    &html[start..end]
}

#[test]
fn eval_html_has_the_reports_figures_heat_map_and_bars() {
    let s = seeds();
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    let plain = attache(&eval_args(s, &[]));
    ok(&plain);
    let with_html = attache(&eval_args(s, &["--html", path(&page)]));
    ok(&with_html);
    assert_eq!(
        plain.stdout, with_html.stdout,
        "text report unchanged by --html"
    );
    let json = attache(&eval_args(s, &["--json"]));
    ok(&json);
    let report: Value = serde_json::from_slice(&json.stdout).unwrap();
    let html = std::fs::read_to_string(&page).unwrap();
    assert_self_contained(&html);
    assert!(!html.contains("<script"), "the report needs no script");

    let tables = [
        ("events", &report["events"]),
        ("arguments", &report["arguments"]),
        ("roles", &report["argument_roles"]),
        ("entities-exact", &report["entities"]["exact"]),
        ("entities-overlap", &report["entities"]["overlap"]),
    ];
    for (id, t) in tables {
        let sec = section(&html, id);
        let labels = t["labels"].as_object().unwrap();
        assert!(!labels.is_empty(), "{id} has rows");
        for (label, p) in labels.iter().chain([(&"micro".to_string(), &t["micro"])]) {
            let row = format!(
                "<th>{label}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>\
                 <td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>",
                p["gold"],
                p["pred"],
                p["tp"],
                fig(&p["precision"]),
                fig(&p["recall"]),
                fig(&p["f1"])
            );
            assert!(sec.contains(&row), "{id}: row {row}");
        }
        let m = &t["macro"];
        assert!(sec.contains(&format!("macro ({} labels)", m["labels"])));
        assert!(sec.contains(&fig(&m["f1"])));
    }
    let sent = section(&html, "sentences");
    assert!(sent.contains(&fig(&report["sentences"]["boundaries"]["f1"])));

    // The heat map: a cell per (gold, predicted) pair holding its count.
    let labels: Vec<&str> = report["confusion"]["labels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    let heat = section(&html, "confusion");
    assert!(heat.contains("<svg class=\"heat-map\""));
    assert_eq!(
        heat.matches("<rect class=\"hm-cell").count(),
        labels.len() * labels.len()
    );
    for (i, g) in labels.iter().enumerate() {
        for (j, p) in labels.iter().enumerate() {
            let n = &report["confusion"]["matrix"][i][j];
            assert!(heat.contains(&format!(
                "data-gold=\"{g}\" data-pred=\"{p}\" data-n=\"{n}\""
            )));
        }
    }
    // Bars: P, R, F1 per type and micro, as long as the scores say.
    let events = section(&html, "events");
    assert!(events.contains("<svg class=\"prf-bars\""));
    let types = report["events"]["labels"].as_object().unwrap();
    assert_eq!(
        events.matches("<rect class=\"bar ").count(),
        3 * (types.len() + 1)
    );
    for (t, p) in types {
        let w = (p["f1"].as_f64().unwrap() * 260.0).round();
        assert!(events.contains(&format!("<rect class=\"bar bar-f1\" data-label=\"{t}\" x=")));
        let at = events
            .find(&format!("bar-f1\" data-label=\"{t}\""))
            .unwrap();
        assert!(
            events[at..]
                .split('>')
                .next()
                .unwrap()
                .contains(&format!("width=\"{w}\"")),
            "{t} F1 bar"
        );
    }
    let ids: BTreeSet<&str> = ["events", "arguments", "roles", "confusion", "notes"].into();
    for id in ids {
        section(&html, id);
    }
}
