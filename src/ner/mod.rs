//! Named-entity recognition and syntax: the embedded spaCy `en_core_web_sm`
//! port (tokens, tags, lemmas, dependency arcs, entities), an optional
//! ONNX transformer recognizer, and the choice between them that the
//! command line offers.

pub mod gazetteer;
pub mod onnx;
pub mod spacy;
pub mod tagger;

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;

/// The NER stage `--ner` selects.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum NerChoice {
    /// spaCy `en_core_web_sm` 3.8.0, embedded: tokens, tags, lemmas,
    /// dependency parse and entities.
    #[default]
    Sm,
    /// No NER stage (and so no tokens, tags or parse either).
    None,
    /// A Hugging Face token-classification model exported to ONNX, for the
    /// entities; the embedded model still gives tokens and the parse.
    Onnx(PathBuf),
}

impl NerChoice {
    /// The name written to the records' pipeline metadata.
    pub fn model_name(&self) -> String {
        match self {
            NerChoice::Sm => spacy::MODEL_NAME.to_string(),
            NerChoice::None => "none".to_string(),
            NerChoice::Onnx(dir) => format!("onnx:{}", dir.display()),
        }
    }
}

impl FromStr for NerChoice {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.split_once(':') {
            Some(("onnx", dir)) if !dir.is_empty() => Ok(NerChoice::Onnx(PathBuf::from(dir))),
            None if s == "sm" || s == "en_core_web_sm" => Ok(NerChoice::Sm),
            None if s == "none" => Ok(NerChoice::None),
            _ => Err(format!(
                "unknown NER model {s:?} (expected sm, none or onnx:DIR)"
            )),
        }
    }
}

impl fmt::Display for NerChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NerChoice::Sm => f.write_str("sm"),
            NerChoice::None => f.write_str("none"),
            NerChoice::Onnx(dir) => write!(f, "onnx:{}", dir.display()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_parse_and_print() {
        for c in [
            NerChoice::Sm,
            NerChoice::None,
            NerChoice::Onnx(PathBuf::from("models/x")),
        ] {
            assert_eq!(c.to_string().parse::<NerChoice>(), Ok(c));
        }
        assert_eq!(
            "onnx:/a:b".parse(),
            Ok(NerChoice::Onnx(PathBuf::from("/a:b")))
        );
        assert!("onnx:".parse::<NerChoice>().is_err());
        assert!("onnx".parse::<NerChoice>().is_err());
        assert!("lg".parse::<NerChoice>().is_err());
        assert_eq!(NerChoice::default().model_name(), "en_core_web_sm-3.8.0");
    }
}
