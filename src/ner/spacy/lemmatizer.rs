//! spaCy's English rule lemmatizer: suffix rules checked against a word
//! index, exception lists, and the `is_base_form` shortcut driven by the
//! morphology the attribute ruler assigns.

use super::unicode;
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::io::Read;

#[derive(Debug, thiserror::Error)]
pub enum LemmatizerError {
    #[error("lemmatizer.json.gz: {0}")]
    Io(#[from] std::io::Error),
    #[error("lemmatizer.json.gz: {0}")]
    Json(#[from] serde_json::Error),
}

#[derive(Deserialize)]
struct TablesJson {
    lemma_rules: HashMap<String, Vec<(String, String)>>,
    lemma_exc: HashMap<String, HashMap<String, Vec<String>>>,
    lemma_index: HashMap<String, Vec<String>>,
}

pub struct Lemmatizer {
    rules: HashMap<String, Vec<(String, String)>>,
    exceptions: HashMap<String, HashMap<String, Vec<String>>>,
    index: HashMap<String, HashSet<String>>,
}

/// Value of `key` in a morphology string such as "Number=Sing|Person=3".
fn feature<'a>(morph: &'a str, key: &str) -> Option<&'a str> {
    morph
        .split('|')
        .filter_map(|f| f.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

impl Lemmatizer {
    pub fn from_gz(bytes: &[u8]) -> Result<Self, LemmatizerError> {
        let mut json = String::new();
        flate2::read::GzDecoder::new(bytes).read_to_string(&mut json)?;
        let t: TablesJson = serde_json::from_str(&json)?;
        Ok(Lemmatizer {
            rules: t.lemma_rules,
            exceptions: t.lemma_exc,
            index: t
                .lemma_index
                .into_iter()
                .map(|(k, v)| (k, v.into_iter().collect()))
                .collect(),
        })
    }

    /// English `is_base_form`: uninflected forms are only lower-cased.
    fn is_base_form(upos: &str, morph: &str) -> bool {
        let f = |k| feature(morph, k);
        (upos == "noun" && f("Number") == Some("Sing"))
            || (upos == "verb" && f("VerbForm") == Some("Inf"))
            || (upos == "verb"
                && f("VerbForm") == Some("Fin")
                && f("Tense") == Some("Pres")
                && f("Number").is_none())
            || (upos == "adj" && f("Degree") == Some("Pos"))
            || f("VerbForm") == Some("Inf")
            || f("VerbForm") == Some("None")
            || f("Degree") == Some("Pos")
    }

    /// `rule_lemmatize(token)[0]` for a token with text `text`, Universal
    /// POS `pos` (e.g. "VERB") and morphology `morph`.
    pub fn lemmatize(&self, text: &str, pos: &str, morph: &str) -> String {
        let upos = pos.to_lowercase();
        if upos.is_empty() || upos == "eol" || upos == "space" {
            return text.to_lowercase();
        }
        if Self::is_base_form(&upos, morph) {
            return text.to_lowercase();
        }
        let index = self.index.get(&upos);
        let exceptions = self.exceptions.get(&upos);
        let rules = self.rules.get(&upos);
        let has_tables = index.is_some_and(|i| !i.is_empty())
            || exceptions.is_some_and(|e| !e.is_empty())
            || rules.is_some_and(|r| !r.is_empty());
        if !has_tables {
            return if upos == "propn" {
                text.to_string()
            } else {
                text.to_lowercase()
            };
        }
        let string = text.to_lowercase();
        let mut forms: Vec<String> = Vec::new();
        let mut oov: Vec<String> = Vec::new();
        for (old, new) in rules.into_iter().flatten() {
            if let Some(stem) = string.strip_suffix(old.as_str()) {
                let form = format!("{stem}{new}");
                if form.is_empty() {
                    continue;
                }
                if index.is_some_and(|i| i.contains(&form)) {
                    forms.insert(0, form);
                } else if !unicode::str_is_alpha(&form) {
                    forms.push(form);
                } else {
                    oov.push(form);
                }
            }
        }
        let mut seen = HashSet::new();
        forms.retain(|f| seen.insert(f.clone()));
        if let Some(exc) = exceptions.and_then(|e| e.get(&string)) {
            for form in exc {
                if !forms.contains(form) {
                    forms.insert(0, form.clone());
                }
            }
        }
        if forms.is_empty() {
            forms = oov;
        }
        forms.into_iter().next().unwrap_or_else(|| text.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::spacy::assets;

    #[test]
    fn english_lemmas() {
        let l = Lemmatizer::from_gz(assets::LEMMATIZER_JSON_GZ).unwrap();
        assert_eq!(l.lemmatize("talks", "NOUN", "Number=Plur"), "talk");
        assert_eq!(
            l.lemmatize("met", "VERB", "Tense=Past|VerbForm=Fin"),
            "meet"
        );
        assert_eq!(l.lemmatize("Countries", "NOUN", "Number=Plur"), "country");
        assert_eq!(
            l.lemmatize("Kenya", "PROPN", "NounType=Prop|Number=Sing"),
            "Kenya"
        );
        assert_eq!(l.lemmatize("larger", "ADJ", "Degree=Cmp"), "large");
        assert_eq!(l.lemmatize("Sign", "VERB", "VerbForm=Inf"), "sign");
        assert_eq!(l.lemmatize("\n", "SPACE", ""), "\n");
    }
}
