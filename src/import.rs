//! `attache import`: annotations made in another tool turned back into a
//! gold folder that `attache eval --gold` and `attache train --gold` read.
//!
//! BRAT standoff (a folder of `<doc>.txt` + `<doc>.ann`, as `attache export
//! --format brat` writes it and brat saves it): `T` lines are entities or
//! event triggers, `E` lines events (`TYPE:T<trigger>` with `Actor`,
//! `Actor2`, …, `Recipient`, … roles), `A` lines their `Modality` and
//! `Mode`. Sentences come from attache's own segmenter. Arguments carry the
//! mention's text as their name and no country code (brat has none), so
//! they are matched by name when scoring and training.
//!
//! Every line that cannot be read is an error naming `file:line`: a gold
//! folder built from half a file would score and train on data nobody
//! annotated.

use crate::error::{Error, Result};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

/// Labels a `T` line may carry that are event types, not entities.
fn is_event_type(label: &str) -> bool {
    crate::doc::EventType::parse(label).is_some()
}

struct TextBound {
    label: String,
    start: usize,
    end: usize,
    text: String,
}

/// Counts of what an import wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    pub documents: usize,
    pub events: usize,
    pub entities: usize,
}

fn bad(path: &Path, line: usize, msg: impl std::fmt::Display) -> Error {
    Error::Input(format!("{}:{line}: {msg}", path.display()))
}

/// Reads one `.ann` file: its text-bound annotations and event lines.
#[allow(clippy::type_complexity)]
fn read_ann(
    path: &Path,
    chars: usize,
) -> Result<(
    HashMap<String, TextBound>,
    Vec<(usize, String, Vec<(String, String)>)>,
    HashMap<String, Vec<(String, String)>>,
)> {
    let raw = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let mut tbs = HashMap::new();
    let mut events = Vec::new();
    let mut attrs: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for (n, line) in raw.lines().enumerate() {
        let n = n + 1;
        if line.trim().is_empty() {
            continue;
        }
        let mut cols = line.splitn(3, '\t');
        let id = cols.next().unwrap_or("");
        let body = cols
            .next()
            .ok_or_else(|| bad(path, n, "no tab after the annotation id"))?;
        match id.chars().next() {
            Some('T') => {
                let text = cols.next().unwrap_or("").to_string();
                let (label, offsets) = body
                    .split_once(' ')
                    .ok_or_else(|| bad(path, n, "a T line needs a label and offsets"))?;
                let mut start = usize::MAX;
                let mut end = 0;
                for frag in offsets.split(';') {
                    let mut it = frag.split_whitespace().map(str::parse::<usize>);
                    match (it.next(), it.next(), it.next()) {
                        (Some(Ok(s)), Some(Ok(e)), None) if s <= e && e <= chars => {
                            start = start.min(s);
                            end = end.max(e);
                        }
                        _ => {
                            return Err(bad(
                                path,
                                n,
                                format!("bad offsets {frag:?} (text has {chars} characters)"),
                            ));
                        }
                    }
                }
                tbs.insert(
                    id.to_string(),
                    TextBound {
                        label: label.to_string(),
                        start,
                        end,
                        text,
                    },
                );
            }
            Some('E') => {
                let mut parts = body.split_whitespace();
                let head = parts
                    .next()
                    .ok_or_else(|| bad(path, n, "an E line needs TYPE:T<trigger>"))?;
                let (etype, trig) = head
                    .split_once(':')
                    .ok_or_else(|| bad(path, n, "an E line needs TYPE:T<trigger>"))?;
                let mut roles = vec![("Trigger".to_string(), trig.to_string())];
                for p in parts {
                    let (role, t) = p
                        .split_once(':')
                        .ok_or_else(|| bad(path, n, format!("bad argument {p:?}")))?;
                    roles.push((role.to_string(), t.to_string()));
                }
                events.push((n, format!("{id}\t{etype}"), roles));
            }
            Some('A') | Some('M') => {
                let mut parts = body.split_whitespace();
                let (Some(name), Some(target)) = (parts.next(), parts.next()) else {
                    return Err(bad(path, n, "an attribute needs a name and a target"));
                };
                let value = parts.next().unwrap_or("true").to_string();
                attrs
                    .entry(target.to_string())
                    .or_default()
                    .push((name.to_string(), value));
            }
            // Relations, notes and equivalences carry nothing gold needs.
            Some('R') | Some('#') | Some('*') | Some('N') => {}
            _ => return Err(bad(path, n, format!("unknown annotation id {id:?}"))),
        }
    }
    Ok((tbs, events, attrs))
}

/// Converts a BRAT folder into a gold folder at `out` (`docs.jsonl`,
/// `events.jsonl`, `entities.jsonl`).
pub fn brat(dir: &Path, out: &Path) -> Result<Imported> {
    let mut stems: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ann"))
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().to_string()))
        .collect();
    stems.sort();
    if stems.is_empty() {
        return Err(Error::Input(format!("{}: no .ann files", dir.display())));
    }
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
    let segment = crate::pipeline::segmentation();
    let mut docs_out = Vec::new();
    let mut events_out = Vec::new();
    let mut ents_out = Vec::new();
    let mut stats = Imported::default();
    for stem in &stems {
        let txt = dir.join(format!("{stem}.txt"));
        let ann = dir.join(format!("{stem}.ann"));
        let text = std::fs::read_to_string(&txt).map_err(|e| Error::io(&txt, e))?;
        let mut doc = crate::Doc::new(stem.clone(), text);
        segment.process(&mut doc);
        let ci = doc.char_index();
        let chars = ci.char_of(doc.text.len());
        let sentences: Vec<(usize, usize)> =
            doc.sentences.iter().map(|s| ci.chars(s.span)).collect();
        let (tbs, events, attrs) = read_ann(&ann, chars)?;
        let sentence_of = |c: usize| sentences.iter().position(|&(s, e)| s <= c && c < e);
        let mut ents: Vec<Value> = tbs
            .values()
            .filter(|t| !is_event_type(&t.label) && t.label != "Mention")
            .map(|t| json!({"start": t.start, "end": t.end, "label": t.label, "text": t.text}))
            .collect();
        ents.sort_by_key(|v| (v["start"].as_u64(), v["end"].as_u64()));
        stats.entities += ents.len();
        ents_out.push(json!({"doc_id": stem, "entities": ents}));
        for (n, head, roles) in events {
            let (eid, etype) = head.split_once('\t').unwrap_or(("E", ""));
            if !is_event_type(etype) {
                return Err(bad(
                    &ann,
                    n,
                    format!("{etype:?} is not a PLOVER event type"),
                ));
            }
            let get = |t: &str| {
                tbs.get(t)
                    .ok_or_else(|| bad(&ann, n, format!("{t} is not a T line of this file")))
            };
            let trig = get(&roles[0].1)?;
            let s = sentence_of(trig.start)
                .ok_or_else(|| bad(&ann, n, "the trigger lies outside every sentence"))?;
            let arg = |t: &TextBound| json!({"name": t.text, "text": t.text, "start": t.start, "end": t.end, "country": null});
            let mut actor = Vec::new();
            let mut recipient = Vec::new();
            for (role, t) in &roles[1..] {
                let tb = get(t)?;
                let base = role.trim_end_matches(|c: char| c.is_ascii_digit());
                match base {
                    "Actor" => actor.push(arg(tb)),
                    "Recipient" => recipient.push(arg(tb)),
                    other => {
                        return Err(bad(
                            &ann,
                            n,
                            format!("unknown role {other:?} (Actor or Recipient)"),
                        ));
                    }
                }
            }
            let mut modality = "asserted".to_string();
            let mut mode = Value::Null;
            for (name, value) in attrs.get(eid).into_iter().flatten() {
                match name.as_str() {
                    "Modality" => modality = value.clone(),
                    "Mode" => mode = Value::String(value.clone()),
                    _ => {}
                }
            }
            stats.events += 1;
            events_out.push(json!({
                "id": format!("{stem}:{eid}"),
                "doc_id": stem,
                "event_type": etype,
                "mode": mode,
                "context": [],
                "sentence": {"index": s, "start": sentences[s].0, "end": sentences[s].1},
                "trigger": {"text": trig.text, "start": trig.start, "end": trig.end},
                "actor": actor,
                "recipient": recipient,
                "modality": modality,
            }));
        }
        docs_out.push(json!({
            "doc_id": stem,
            "date": null,
            "text": doc.text,
            "sentences": sentences.iter().map(|&(s, e)| json!({"start": s, "end": e})).collect::<Vec<_>>(),
        }));
        stats.documents += 1;
    }
    for (name, rows) in [
        ("docs.jsonl", &docs_out),
        ("events.jsonl", &events_out),
        ("entities.jsonl", &ents_out),
    ] {
        let path = out.join(name);
        let mut f =
            std::io::BufWriter::new(std::fs::File::create(&path).map_err(|e| Error::io(&path, e))?);
        for r in rows {
            serde_json::to_writer(&mut f, r)
                .map_err(|e| Error::Input(format!("{}: {e}", path.display())))?;
            f.write_all(b"\n").map_err(|e| Error::io(&path, e))?;
        }
        f.flush().map_err(|e| Error::io(&path, e))?;
    }
    Ok(stats)
}
