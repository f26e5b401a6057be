//! Cross-article links: two articles reporting one meeting in different
//! words share a link id; another day or no known date does not.

mod common;

use attache::events::event_records;

fn links(id: &str, text: &str, date: Option<&str>) -> Vec<(String, Option<String>)> {
    let pipe = common::pipeline::full();
    let doc = common::pipeline::analyse(&pipe, id, text, date);
    event_records(&doc)
        .into_iter()
        .map(|r| (r.event_type.to_string(), r.link))
        .collect()
}

fn consult_link(id: &str, text: &str, date: Option<&str>) -> Option<String> {
    let all = links(id, text, date);
    all.iter()
        .find(|(t, _)| t == "CONSULT")
        .unwrap_or_else(|| panic!("{id}: no CONSULT in {all:?}"))
        .1
        .clone()
}

#[test]
fn same_meeting_in_two_articles_shares_a_link() {
    let a = consult_link(
        "wire",
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.",
        Some("2024-03-06"),
    );
    let b = consult_link(
        "daily",
        "Ethiopia's Prime Minister Abiy Ahmed held talks with Kenya's President William Ruto in Nairobi on Monday.",
        Some("2024-03-07"),
    );
    assert!(a.is_some());
    assert_eq!(a, b, "one meeting, two wordings, same day (2024-03-04)");

    let other_day = consult_link(
        "later",
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.",
        Some("2024-03-13"),
    );
    assert!(other_day.is_some());
    assert_ne!(a, other_day, "a meeting a week later is another happening");

    let undated = consult_link(
        "undated",
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.",
        None,
    );
    assert_eq!(
        undated, None,
        "no publication date, no resolved day, no link"
    );
}
