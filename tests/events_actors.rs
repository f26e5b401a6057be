//! Actor coding on the seeds, after the real pipeline: titles, demonyms, aliases, surnames,
//! misspellings, pronouns and "both sides".

mod common;

use attache::Doc;

fn coded(doc: &Doc, sentence: usize, text: &str) -> (String, Option<String>, Option<String>) {
    let a = doc
        .actors
        .iter()
        .find(|a| a.sentence == sentence && doc.slice(a.span) == text)
        .unwrap_or_else(|| panic!("{}: no actor {text:?} in sentence {sentence}", doc.id));
    (a.name.clone(), a.country.clone(), a.sector.clone())
}

fn seeds() -> Vec<Doc> {
    common::pipeline::seeds(&common::pipeline::full())
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn titles_demonyms_and_home_country() {
    let docs = seeds();
    let d = &docs[0];
    let p = d
        .actors
        .iter()
        .find(|a| d.slice(a.span) == "Pan Sorasak")
        .unwrap();
    assert_eq!(p.office.as_deref(), Some("commerce minister"));
    assert_eq!((p.country.clone(), p.sector.clone()), (s("KHM"), s("GOV")));
    assert_eq!(coded(d, 1, "Masahiro Mikami").1, s("JPN"));
    assert_eq!(
        coded(d, 0, "Japanese embassy"),
        ("Japanese embassy".into(), s("JPN"), s("GOV"))
    );
    // "the Kingdom" is the paper's own country.
    assert_eq!(coded(d, 6, "Kingdom").1, s("KHM"));
    // The Vietnamese host is coded by the dateline's country.
    assert_eq!(coded(&docs[1], 1, "Lê Minh Khái").1, s("VNM"));
    assert_eq!(coded(&docs[1], 1, "Muraoka Tsugumasa").1, s("JPN"));
}

#[test]
fn short_forms_misspellings_and_pronouns_resolve() {
    let docs = seeds();
    let d = &docs[0];
    assert_eq!(coded(d, 2, "Sorasak").0, "Pan Sorasak");
    assert_eq!(coded(d, 3, "He").0, "Pan Sorasak");
    assert_eq!(coded(d, 6, "Masahiro").0, "Masahiro Mikami");
    let amb = coded(d, 9, "ambassador");
    assert_eq!(amb.0, "Masahiro Mikami");
    let both = d
        .actors
        .iter()
        .find(|a| a.sentence == 5 && d.slice(a.span) == "Both sides")
        .unwrap();
    let mut cs: Vec<_> = both
        .refers
        .iter()
        .map(|&r| d.actors[r].country.clone())
        .collect();
    cs.sort();
    assert_eq!(cs, vec![s("JPN"), s("KHM")]);
}

#[test]
fn organisation_aliases_and_quote_speakers() {
    let docs = seeds();
    let d = &docs[3];
    assert_eq!(coded(d, 2, "AmCham").1, s("USA"));
    let g = coded(d, 7, "Galiano");
    assert_eq!(g, ("Anthony Galliano".into(), s("USA"), s("BUS")));
    // "We" inside Galliano's quote is Galliano.
    assert_eq!(coded(d, 8, "We").0, "Anthony Galliano");
    assert_eq!(coded(d, 0, "Khmer Enterprise").2, s("GOV"));
}
