//! Cross-article linking (DESIGN.md §1, "link"): events from different
//! articles that report the same happening share a `link` id.
//!
//! The id is a hash of what identifies a happening: PLOVER type, the actor
//! and recipient country codes (as sets; for symmetric types the two sides
//! together, since "A met B" and "B met A" are one meeting) and the day it
//! happened. It needs no state across documents, so it is the same whatever
//! the batch, thread count or shard a document lands in, and N machines
//! splitting a dump produce ids that join across their outputs. Events
//! without a day-resolved date or without any coded party are not linked:
//! without them "the same happening" cannot be told.

use crate::doc::{Argument, DateResolution, Doc, Event, EventType};
use crate::pipeline::Component;

/// The "link" component. Reads `Doc::events` and `Doc::actors`; sets
/// `Event::link`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Linker;

/// Types whose two sides play the same role, so the pair is unordered.
fn symmetric(t: EventType) -> bool {
    matches!(
        t,
        EventType::Consult | EventType::Agree | EventType::Cooperate
    )
}

fn codes(doc: &Doc, args: &[Argument]) -> Vec<String> {
    let mut c: Vec<String> = args
        .iter()
        .filter_map(|a| doc.actors.get(a.actor)?.country.clone())
        .collect();
    c.sort();
    c.dedup();
    c
}

/// The link id of one event, if it can have one.
pub fn link_id(doc: &Doc, e: &Event) -> Option<String> {
    let date = e.date.as_ref()?;
    if date.resolution != DateResolution::Day {
        return None;
    }
    let day = date.value.as_deref()?;
    let (mut a, mut r) = (codes(doc, &e.actor), codes(doc, &e.recipient));
    if a.is_empty() && r.is_empty() {
        return None;
    }
    if symmetric(e.event_type) {
        a.append(&mut r);
        a.sort();
        a.dedup();
    }
    let key = format!(
        "{}|{}|{}|{day}",
        e.event_type.as_str(),
        a.join(","),
        r.join(",")
    );
    Some(format!(
        "L{:016x}",
        xxhash_rust::xxh3::xxh3_64(key.as_bytes())
    ))
}

impl Component for Linker {
    fn name(&self) -> &'static str {
        "link"
    }

    fn process(&self, doc: &mut Doc) {
        let ids: Vec<Option<String>> = doc.events.iter().map(|e| link_id(doc, e)).collect();
        for (e, id) in doc.events.iter_mut().zip(ids) {
            e.link = id;
        }
    }
}
