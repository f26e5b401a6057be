//! Token and entity layers.

use super::Span;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// One token, as the tokenizer, tagger and parser describe it.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub span: Span,
    /// Whether whitespace follows the token in the text (spaCy's `whitespace_`).
    pub space_after: bool,
    /// Fine-grained part-of-speech tag (Penn Treebank, e.g. `VBD`); empty until tagged.
    pub tag: &'static str,
    /// Coarse Universal POS (e.g. `VERB`); empty until tagged.
    pub pos: &'static str,
    /// Lemma, lower-cased for everything but proper nouns; empty until lemmatised.
    pub lemma: Box<str>,
    /// Absolute index (into `Doc::tokens`) of the syntactic head; a root points to itself.
    pub head: usize,
    /// Dependency label (ClearNLP style, e.g. `nsubj`, `dobj`, `ROOT`); empty until parsed.
    pub dep: &'static str,
}

impl Token {
    /// A bare token from the tokenizer, before tagging or parsing.
    pub fn new(span: Span, space_after: bool, index: usize) -> Self {
        Token {
            span,
            space_after,
            tag: "",
            pos: "",
            lemma: Box::from(""),
            head: index,
            dep: "",
        }
    }
}

/// OntoNotes entity labels (spaCy `en_core_web_sm`). Other label sets
/// (CoNLL PER/ORG/LOC/MISC) are mapped onto these by the NER stage that uses them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EntityLabel {
    Person,
    Norp,
    Fac,
    Org,
    Gpe,
    Loc,
    Product,
    Event,
    WorkOfArt,
    Law,
    Language,
    Date,
    Time,
    Percent,
    Money,
    Quantity,
    Ordinal,
    Cardinal,
}

impl EntityLabel {
    pub const ALL: [EntityLabel; 18] = [
        EntityLabel::Person,
        EntityLabel::Norp,
        EntityLabel::Fac,
        EntityLabel::Org,
        EntityLabel::Gpe,
        EntityLabel::Loc,
        EntityLabel::Product,
        EntityLabel::Event,
        EntityLabel::WorkOfArt,
        EntityLabel::Law,
        EntityLabel::Language,
        EntityLabel::Date,
        EntityLabel::Time,
        EntityLabel::Percent,
        EntityLabel::Money,
        EntityLabel::Quantity,
        EntityLabel::Ordinal,
        EntityLabel::Cardinal,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Person => "PERSON",
            EntityLabel::Norp => "NORP",
            EntityLabel::Fac => "FAC",
            EntityLabel::Org => "ORG",
            EntityLabel::Gpe => "GPE",
            EntityLabel::Loc => "LOC",
            EntityLabel::Product => "PRODUCT",
            EntityLabel::Event => "EVENT",
            EntityLabel::WorkOfArt => "WORK_OF_ART",
            EntityLabel::Law => "LAW",
            EntityLabel::Language => "LANGUAGE",
            EntityLabel::Date => "DATE",
            EntityLabel::Time => "TIME",
            EntityLabel::Percent => "PERCENT",
            EntityLabel::Money => "MONEY",
            EntityLabel::Quantity => "QUANTITY",
            EntityLabel::Ordinal => "ORDINAL",
            EntityLabel::Cardinal => "CARDINAL",
        }
    }
}

impl fmt::Display for EntityLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EntityLabel {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        EntityLabel::ALL
            .into_iter()
            .find(|l| l.as_str() == s)
            .ok_or_else(|| format!("unknown entity label {s:?}"))
    }
}

/// A named-entity mention.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    pub span: Span,
    pub label: EntityLabel,
    /// Model confidence in [0, 1].
    pub score: f32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip() {
        for l in EntityLabel::ALL {
            assert_eq!(l.as_str().parse::<EntityLabel>().unwrap(), l);
        }
        assert!("PER".parse::<EntityLabel>().is_err());
    }
}
