//! Named-entity recognition and syntax: the embedded spaCy `en_core_web_sm`
//! port (tokens, tags, lemmas, dependency arcs, entities), and the choice
//! of NER stage the command line offers.

pub mod spacy;

use std::fmt;
use std::str::FromStr;

/// The NER stage `--ner` selects.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum NerChoice {
    /// spaCy `en_core_web_sm` 3.8.0, embedded: tokens, tags, lemmas,
    /// dependency parse and entities.
    #[default]
    Sm,
    /// No NER stage (and so no tokens, tags or parse either).
    None,
}

impl NerChoice {
    /// The name written to the records' pipeline metadata.
    pub const fn model_name(self) -> &'static str {
        match self {
            NerChoice::Sm => spacy::MODEL_NAME,
            NerChoice::None => "none",
        }
    }

    /// The pipeline stage, if any.
    pub fn stage(self) -> crate::Result<Option<spacy::SpacyPipeline>> {
        match self {
            NerChoice::Sm => spacy::SpacyPipeline::new().map(Some),
            NerChoice::None => Ok(None),
        }
    }
}

impl FromStr for NerChoice {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "sm" | "en_core_web_sm" => Ok(NerChoice::Sm),
            "none" => Ok(NerChoice::None),
            _ => Err(format!("unknown NER model {s:?} (expected sm or none)")),
        }
    }
}

impl fmt::Display for NerChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NerChoice::Sm => "sm",
            NerChoice::None => "none",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_parse_and_print() {
        for c in [NerChoice::Sm, NerChoice::None] {
            assert_eq!(c.to_string().parse::<NerChoice>(), Ok(c));
        }
        assert!("onnx".parse::<NerChoice>().is_err());
        assert_eq!(NerChoice::default().model_name(), "en_core_web_sm-3.8.0");
    }
}
