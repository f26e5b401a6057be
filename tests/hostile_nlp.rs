//! Inputs that once stalled or crashed the NLP stages (issue 15), through the
//! whole pipeline as `extract` runs it. Each runs on a worker thread with a
//! watchdog, so a stall fails the test instead of hanging the suite.

mod common;

use attache::Doc;
use std::sync::mpsc;
use std::time::Duration;

/// Runs the full pipeline over each (text, date) on one worker thread and
/// returns the documents; fails if any takes more than `limit` in all.
fn analyse_all(cases: Vec<(String, Option<&'static str>)>, limit: Duration) -> Vec<Doc> {
    let (tx, rx) = mpsc::channel();
    let n = cases.len();
    std::thread::spawn(move || {
        let pipe = common::pipeline::full();
        for (i, (text, date)) in cases.into_iter().enumerate() {
            let doc = common::pipeline::analyse(&pipe, &format!("case{i}"), &text, date);
            if tx.send(doc).is_err() {
                return;
            }
        }
    });
    let deadline = std::time::Instant::now() + limit;
    (0..n)
        .map(|i| {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            rx.recv_timeout(left)
                .unwrap_or_else(|e| panic!("case {i} did not finish within {limit:?}: {e}"))
        })
        .collect()
}

fn texts(docs: &[Doc]) -> Vec<(&str, Vec<&str>)> {
    docs.iter()
        .map(|d| {
            let events = d.events.iter().map(|e| d.slice(e.trigger)).collect();
            (&*d.text, events)
        })
        .collect()
}

/// "Title Name verb ..." headlines without final punctuation: the headline
/// reader's skip-back over the parties before the verb stood still when a
/// name's span started after the title token it stood on.
#[test]
fn title_name_verb_headlines_finish() {
    let headlines = [
        "Foreign Minister Sameh Shoukry receives a call from the Minister of Foreign Affairs of New Zealand",
        "President William Ruto meets Chinese ambassador",
        "Prime Minister Narendra Modi visits Japan",
        "PRIME MINISTER NARENDRA MODI VISITS JAPAN",
        "FOREIGN MINISTER SAMEH SHOUKRY RECEIVES A CALL FROM THE MINISTER OF FOREIGN AFFAIRS OF NEW ZEALAND",
        "Kenyan President William Ruto, Tanzanian President Samia Suluhu Hassan sign deal",
        "Chancellor Olaf Scholz, President Emmanuel Macron meet in Paris",
    ];
    let cases = headlines.iter().map(|h| (h.to_string(), None)).collect();
    let docs = analyse_all(cases, Duration::from_secs(60));
    let got = texts(&docs);
    // The headline reader still finds the visit and the meeting, with the
    // person (not the title) as the party.
    for (i, trigger, actor) in [
        (1, "meets", "William Ruto"),
        (2, "visits", "Narendra Modi"),
        (3, "VISITS", "NARENDRA MODI"),
    ] {
        let d = &docs[i];
        let e = d
            .events
            .iter()
            .find(|e| d.slice(e.trigger) == trigger)
            .unwrap_or_else(|| panic!("no '{trigger}' event in {:?}", got[i]));
        let names: Vec<&str> = e
            .actor
            .iter()
            .map(|a| d.slice(d.actors[a.actor].span))
            .collect();
        assert!(names.contains(&actor), "{names:?} in {:?}", got[i]);
    }
}

/// "CITY. AGENCY -" datelines: the cleaner's dateline zone ran past the
/// sentence the segmenter ended after "CITY.", and the parser's piece
/// reached past its sentence.
#[test]
fn dateline_across_a_sentence_end_is_parsed() {
    let cases = vec![
        (
            "BISHKEK. KABAR - The Kyrgyz foreign minister met his Uzbek counterpart on Monday."
                .to_string(),
            Some("2024-03-06"),
        ),
        ("U.S. SHOULD ACT - ANALYST".to_string(), None),
        (
            "ASTANA. KAZINFORM - Kazakhstan and Uzbekistan signed a border agreement.\n\nTASHKENT. UZA - The talks continued."
                .to_string(),
            None,
        ),
    ];
    let docs = analyse_all(cases, Duration::from_secs(60));
    for d in &docs {
        for s in &d.sentences {
            for t in &d.tokens[s.tokens.clone()] {
                assert!(
                    s.span.contains(t.span),
                    "token {:?} leaves {:?}",
                    t.span,
                    s.span
                );
            }
        }
    }
    let d = &docs[0];
    let met = d.events.iter().find(|e| d.slice(e.trigger) == "met");
    let met = met.unwrap_or_else(|| panic!("no meeting in {:?}", texts(&docs)[0]));
    assert_eq!(
        met.date.as_ref().and_then(|x| x.value.as_deref()),
        Some("2024-03-04")
    );
}

/// A name, a comma and only determiners at the end of the text: the right
/// appositive's first word was read one token past the sentence.
#[test]
fn name_comma_determiners_at_the_end() {
    let cases = [
        "Idrees Zaman, the",
        "Idrees Zaman, the a",
        "The envoy met Idrees Zaman, the",
        "Idrees Zaman, a",
    ]
    .iter()
    .map(|t| (t.to_string(), None))
    .collect();
    let docs = analyse_all(cases, Duration::from_secs(60));
    assert!(docs.iter().all(|d| !d.tokens.is_empty()));
    // A real right appositive is still read as the office.
    let docs = analyse_all(
        vec![(
            "Idrees Zaman, the Afghan deputy foreign minister, met the Pakistani envoy.".into(),
            None,
        )],
        Duration::from_secs(60),
    );
    let d = &docs[0];
    let zaman = d
        .actors
        .iter()
        .find(|a| d.slice(a.span) == "Idrees Zaman")
        .expect("Zaman is an actor");
    assert!(zaman.office.is_some(), "{zaman:?}");
}

/// The fuzz findings of issue 15 (raw libFuzzer inputs; the target sees the
/// longest valid UTF-8 prefix). Read from ../shared, skipped where it is absent.
#[test]
fn shared_fuzz_findings_pass() {
    let dir = std::path::Path::new("../shared/testdata/fuzz");
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("skipped: {} is absent", dir.display());
        return;
    };
    let mut cases = Vec::new();
    for e in entries {
        let p = e.unwrap().path();
        if !p
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("crash-")
        {
            continue;
        }
        let bytes = std::fs::read(&p).unwrap();
        let text = match std::str::from_utf8(&bytes) {
            Ok(s) => s.to_string(),
            Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()])
                .unwrap()
                .to_string(),
        };
        cases.push((text, None));
    }
    assert!(!cases.is_empty(), "no crash files in {}", dir.display());
    analyse_all(cases, Duration::from_secs(120));
}

/// A publication date at the calendar's limit: relative dates have no value
/// instead of overflowing.
#[test]
fn relative_dates_at_the_calendar_limit() {
    let cases = vec![
        (
            "Kenya summoned the Chinese ambassador tomorrow.".to_string(),
            Some("+262142-12-31"),
        ),
        (
            "Kenya will summon the Chinese ambassador next week.".to_string(),
            Some("+262142-12-31"),
        ),
        (
            "Kenya summoned the Chinese ambassador yesterday.".to_string(),
            Some("-262143-01-01"),
        ),
    ];
    let docs = analyse_all(cases, Duration::from_secs(60));
    let d = &docs[0];
    assert_eq!(
        d.date.map(|x| x.to_string()).as_deref(),
        Some("+262142-12-31")
    );
    let e = d
        .events
        .iter()
        .find(|e| d.slice(e.trigger) == "summoned")
        .expect("the summons is still an event");
    let date = e.date.as_ref().expect("its date expression is kept");
    assert_eq!(date.value, None);
}

/// Each stage whose work grows with the document checks the budget, so an
/// expired deadline stops it with the budget's payload (the runner turns
/// that into a reject for the one document).
#[test]
fn every_growing_stage_checks_the_budget() {
    use attache::budget::{self, Exceeded};
    use attache::pipeline::Component;
    use std::panic::{AssertUnwindSafe, catch_unwind};
    use std::time::Instant;

    let text = "NAIROBI, March 4 (Reuters) - Kenya's foreign minister met his Ugandan \
                counterpart on Monday. \"We agreed,\" he said. The two sides signed a deal.";
    let stages: Vec<Box<dyn Component>> = vec![
        Box::new(attache::clean::Cleaner),
        Box::new(attache::segment::Segmenter),
        Box::new(attache::ner::spacy::SpacyPipeline::new().unwrap()),
        Box::new(attache::ner::gazetteer::Gazetteer),
        Box::new(attache::actors::ActorCoder::new()),
        Box::new(attache::events::EventExtractor::new()),
    ];
    let limit = Duration::from_millis(5);
    let mut doc = Doc::new("budget", text);
    for stage in &stages {
        let mut spent = doc.clone();
        // The document's own budget is spent too: a component that isolates
        // its documents (the batching spaCy stage) marks it failed instead
        // of unwinding.
        spent.budget.limit = Some(limit);
        spent.budget.spent = limit;
        let expired = Some((Instant::now() - Duration::from_secs(1), limit));
        let caught = catch_unwind(AssertUnwindSafe(|| {
            budget::scope(expired, || stage.process(&mut spent))
        }));
        let name = stage.name();
        match caught {
            Err(payload) => assert_eq!(
                budget::exceeded(payload.as_ref()),
                Some(Exceeded { limit }),
                "{name}"
            ),
            Ok(()) => assert_eq!(
                spent.failure,
                Some(Exceeded { limit }.to_string()),
                "{name}: neither stopped by the budget nor marked failed"
            ),
        }
        // Without a deadline the stage runs as before.
        stage.process(&mut doc);
    }
    assert!(!doc.events.is_empty());
}
