//! BRAT standoff: a folder with `<doc>.txt` (the text, byte for byte) and
//! `<doc>.ann` per document, and an `annotation.conf` declaring every type
//! used, so the folder opens in brat as is.
//!
//! - entities: `T` lines with their label;
//! - events: the trigger as a `T` line labelled with the event type, and an
//!   `E` line with `Actor`/`Recipient` roles (`Actor2`, … for more than one,
//!   brat's convention); an argument reuses the entity with the same span, or
//!   becomes a `T` line of its own (its `entity` label, else `Mention`);
//!   non-asserted modality and the PLOVER mode become `A` attributes;
//! - relations: one `R` line `<TYPE>_REL Arg1:<actor> Arg2:<recipient>` per
//!   actor/recipient pair of an event.
//!
//! Offsets are code points, as brat counts them. A span that crosses a line
//! break (or any whitespace other than a space) is written as brat fragments
//! `start end;start end`, with the fragments' texts joined by a space.
//! File names are the document ids with any character outside
//! `[A-Za-z0-9._-]` replaced by `_` (and a numeric suffix if two collide).

use super::{ExportDoc, Exporter, Mention, Stats};
use crate::error::{Error, Result};
use crate::eval::input::CharSpan;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

pub struct Brat {
    dir: PathBuf,
    names: HashSet<String>,
    entity_types: BTreeSet<String>,
    event_types: BTreeSet<String>,
    relation_types: BTreeSet<String>,
    attributes: BTreeMap<&'static str, BTreeSet<String>>,
}

/// A type name brat accepts.
fn type_name(s: &str) -> String {
    let t: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if t.is_empty() { "Mention".into() } else { t }
}

/// A safe file stem for a document id.
pub fn file_stem(id: &str) -> String {
    let s: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let s = s.trim_start_matches('.').to_string();
    if s.is_empty() { "doc".into() } else { s }
}

/// brat fragments of a span: runs without line breaks or other
/// non-space whitespace, trimmed of such characters at the ends.
pub fn fragments(doc: &ExportDoc, (start, end): CharSpan) -> Vec<CharSpan> {
    let breaks = |c: char| c.is_whitespace() && c != ' ';
    let mut out = Vec::new();
    let mut from: Option<usize> = None;
    for (k, c) in doc.slice((start, end)).chars().enumerate() {
        let at = start + k;
        match (breaks(c), from) {
            (false, None) => from = Some(at),
            (true, Some(f)) => {
                out.push((f, at));
                from = None;
            }
            _ => {}
        }
    }
    if let Some(f) = from {
        out.push((f, end));
    }
    out
}

/// Text-bound annotations of one document, reused by span.
struct Ann<'d> {
    doc: &'d ExportDoc,
    body: String,
    next_t: usize,
    by_span: HashMap<CharSpan, usize>,
}

impl Ann<'_> {
    /// Writes a `T` line; `None` when the span has no visible text.
    fn text_bound(&mut self, label: &str, span: CharSpan) -> Option<usize> {
        let frags = fragments(self.doc, span);
        if frags.is_empty() {
            return None;
        }
        self.next_t += 1;
        let offsets: Vec<String> = frags.iter().map(|f| format!("{} {}", f.0, f.1)).collect();
        let texts: Vec<&str> = frags.iter().map(|&f| self.doc.slice(f)).collect();
        let _ = writeln!(
            self.body,
            "T{}\t{} {}\t{}",
            self.next_t,
            label,
            offsets.join(";"),
            texts.join(" ")
        );
        Some(self.next_t)
    }

    fn argument(&mut self, m: &Mention, types: &mut BTreeSet<String>) -> Option<usize> {
        let span = m.span?;
        if let Some(&t) = self.by_span.get(&span) {
            return Some(t);
        }
        let label = type_name(m.entity.as_deref().unwrap_or("Mention"));
        let t = self.text_bound(&label, span)?;
        types.insert(label);
        self.by_span.insert(span, t);
        Some(t)
    }
}

impl Brat {
    pub fn create(dir: &Path) -> Result<Brat> {
        if dir == Path::new("-") {
            return Err(Error::Usage(
                "--format brat writes a folder; give -o DIR".into(),
            ));
        }
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        Ok(Brat {
            dir: dir.to_path_buf(),
            names: HashSet::new(),
            entity_types: BTreeSet::new(),
            event_types: BTreeSet::new(),
            relation_types: BTreeSet::new(),
            attributes: BTreeMap::new(),
        })
    }

    fn unique_stem(&mut self, id: &str) -> String {
        let base = file_stem(id);
        let mut stem = base.clone();
        let mut n = 1;
        while !self.names.insert(stem.to_ascii_lowercase()) {
            n += 1;
            stem = format!("{base}-{n}");
        }
        stem
    }

    fn write_file(&self, name: &str, body: &str) -> Result<()> {
        let p = self.dir.join(name);
        std::fs::write(&p, body).map_err(|e| Error::io(&p, e))
    }
}

impl Exporter for Brat {
    fn write_doc(&mut self, doc: &ExportDoc, stats: &mut Stats) -> Result<()> {
        let mut ann = Ann {
            doc,
            body: String::new(),
            next_t: 0,
            by_span: HashMap::new(),
        };
        let mut entities = doc.entities.clone();
        entities.sort_by_key(|a| (a.start, a.end));
        for e in &entities {
            let label = type_name(&e.label);
            match ann.text_bound(&label, (e.start, e.end)) {
                Some(t) => {
                    ann.by_span.entry((e.start, e.end)).or_insert(t);
                    self.entity_types.insert(label);
                    stats.entities += 1;
                }
                None => stats.entities_without_tokens += 1,
            }
        }
        let (mut next_e, mut next_r, mut next_a) = (0, 0, 0);
        for e in doc.events.iter().flatten() {
            stats.events += 1;
            let etype = type_name(&e.event_type);
            let Some(trigger) = e
                .trigger
                .as_ref()
                .and_then(|t| t.span)
                .and_then(|span| ann.text_bound(&etype, span))
            else {
                stats.events_skipped += 1;
                continue;
            };
            self.event_types.insert(etype.clone());
            next_e += 1;
            let mut line = format!("E{next_e}\t{etype}:T{trigger}");
            let mut roles: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
            for (k, (role, args)) in [("Actor", &e.actor), ("Recipient", &e.recipient)]
                .into_iter()
                .enumerate()
            {
                for a in args {
                    match ann.argument(a, &mut self.entity_types) {
                        Some(t) => {
                            let n = roles[k].len() + 1;
                            roles[k].push(t);
                            let suffix = if n == 1 { String::new() } else { n.to_string() };
                            let _ = write!(line, " {role}{suffix}:T{t}");
                        }
                        None => stats.arguments_without_offsets += 1,
                    }
                }
            }
            let _ = writeln!(ann.body, "{line}");
            let attrs = [
                (
                    "Modality",
                    e.modality.as_deref().filter(|m| *m != "asserted"),
                ),
                ("Mode", e.mode.as_deref()),
            ];
            for (name, value) in attrs {
                if let Some(v) = value {
                    let v = type_name(v);
                    next_a += 1;
                    let _ = writeln!(ann.body, "A{next_a}\t{name} E{next_e} {v}");
                    self.attributes.entry(name).or_default().insert(v);
                }
            }
            let rtype = format!("{etype}_REL");
            for &a in &roles[0] {
                for &r in &roles[1] {
                    if a == r {
                        continue;
                    }
                    next_r += 1;
                    let _ = writeln!(ann.body, "R{next_r}\t{rtype} Arg1:T{a} Arg2:T{r}");
                    self.relation_types.insert(rtype.clone());
                }
            }
        }
        let stem = self.unique_stem(&doc.id);
        self.write_file(&format!("{stem}.txt"), &doc.text)?;
        self.write_file(&format!("{stem}.ann"), &ann.body)?;
        stats.records += 1;
        Ok(())
    }

    fn finish(&mut self, _: &mut Stats) -> Result<()> {
        let mut conf = String::from("# Written by attache export --format brat\n[entities]\n");
        for t in &self.entity_types {
            let _ = writeln!(conf, "{t}");
        }
        conf.push_str("\n[relations]\n");
        for t in &self.relation_types {
            let _ = writeln!(conf, "{t}\tArg1:<ENTITY>, Arg2:<ENTITY>");
        }
        // Entities, triggers and argument mentions may overlap.
        conf.push_str("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
        conf.push_str("\n[events]\n");
        for t in &self.event_types {
            let _ = writeln!(conf, "{t}\tActor*:<ENTITY>, Recipient*:<ENTITY>");
        }
        conf.push_str("\n[attributes]\n");
        for (name, values) in &self.attributes {
            let v: Vec<&str> = values.iter().map(String::as_str).collect();
            let _ = writeln!(conf, "{name}\tArg:<EVENT>, Value:{}", v.join("|"));
        }
        self.write_file("annotation.conf", &conf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_across_line_breaks_become_fragments() {
        let d = ExportDoc::new("d", "Ministry of\nCommerce said");
        assert_eq!(fragments(&d, (0, 20)), [(0, 11), (12, 20)]);
        assert_eq!(fragments(&d, (11, 12)), Vec::<CharSpan>::new());
        assert_eq!(fragments(&d, (0, 8)), [(0, 8)]);
    }

    #[test]
    fn file_stems_are_safe() {
        assert_eq!(file_stem("000_a94cfa9b71a982a4"), "000_a94cfa9b71a982a4");
        assert_eq!(file_stem("../etc/passwd"), "_etc_passwd");
        assert_eq!(file_stem("a b:c/d"), "a_b_c_d");
        assert_eq!(file_stem(""), "doc");
    }
}
