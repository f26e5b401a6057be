//! The loaded model: every component's tables and weights, built once from
//! the embedded files and shared by all threads.

use super::assets;
use super::attribute_ruler::{AttributeRuler, RulerError};
use super::lemmatizer::{Lemmatizer, LemmatizerError};
use super::tok2vec::{Tok2Vec, Tok2VecConfig, Tok2VecError};
use super::tokenizer::{Tokenizer, TokenizerError};
use super::transition::arc_eager::{self, ArcEager};
use super::transition::biluo::{self, Biluo};
use super::transition::{TransitionConfig, TransitionModel};
use super::vocab::Vocab;
use super::weights::{Weights, WeightsError};
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("model.json: {0}")]
    Json(#[from] serde_json::Error),
    #[error(transparent)]
    Weights(#[from] WeightsError),
    #[error(transparent)]
    Tok2Vec(#[from] Tok2VecError),
    #[error(transparent)]
    Tokenizer(#[from] TokenizerError),
    #[error(transparent)]
    Ruler(#[from] RulerError),
    #[error(transparent)]
    Lemmatizer(#[from] LemmatizerError),
    #[error(transparent)]
    ParserMoves(#[from] arc_eager::MoveError),
    #[error(transparent)]
    NerMoves(#[from] biluo::MoveError),
    #[error("model.json: {0}")]
    Unsupported(String),
}

#[derive(Deserialize)]
struct TaggerConfig {
    labels: Vec<String>,
}

#[derive(Deserialize)]
struct NerConfig {
    #[serde(flatten)]
    transitions: TransitionConfig,
    tok2vec: Tok2VecConfig,
}

#[derive(Deserialize)]
struct ModelJson {
    tok2vec: Tok2VecConfig,
    tagger: TaggerConfig,
    parser: TransitionConfig,
    ner: NerConfig,
}

pub struct Tagger {
    pub labels: Vec<&'static str>,
    pub w: Vec<f32>,
    pub b: Vec<f32>,
}

pub struct Parser {
    pub system: ArcEager,
    pub model: TransitionModel,
    /// Label names as `&'static str`, by label id.
    pub labels: Vec<&'static str>,
    /// For decorated labels ("dobj||xcomp"): (base label, head label).
    pub decorations: Vec<Option<(u16, u16)>>,
}

pub struct Ner {
    pub tok2vec: Tok2Vec,
    pub system: Biluo,
    pub model: TransitionModel,
}

pub struct SpacyModel {
    pub vocab: Vocab,
    pub tokenizer: Tokenizer,
    pub tok2vec: Tok2Vec,
    pub tagger: Tagger,
    pub parser: Parser,
    pub ruler: AttributeRuler,
    pub lemmatizer: Lemmatizer,
    pub ner: Ner,
}

/// Interns label strings for the life of the program, so tokens can carry
/// `&'static str` tags and labels. The model is loaded once per process.
#[derive(Default)]
struct Interner(HashMap<String, &'static str>);

impl Interner {
    fn get(&mut self, s: &str) -> &'static str {
        if let Some(&v) = self.0.get(s) {
            return v;
        }
        let v: &'static str = Box::leak(s.to_string().into_boxed_str());
        self.0.insert(s.to_string(), v);
        v
    }
}

impl SpacyModel {
    /// Builds the model from the files embedded at compile time.
    pub fn load_embedded() -> Result<Self, LoadError> {
        let cfg: ModelJson = serde_json::from_slice(assets::MODEL_JSON)?;
        for (name, t) in [("parser", &cfg.parser), ("ner", &cfg.ner.transitions)] {
            if !t.unseen_classes.is_empty() {
                return Err(LoadError::Unsupported(format!(
                    "{name} has unseen classes, which the port does not mask"
                )));
            }
        }
        let weights = Weights::from_bytes(assets::WEIGHTS)?;
        let vocab = Vocab::from_json(assets::VOCAB_JSON)?;
        let tokenizer = Tokenizer::from_json(assets::TOKENIZER_JSON, &vocab)?;
        let tok2vec = Tok2Vec::load(&weights, "tok2vec", &cfg.tok2vec)?;
        let width = tok2vec.width();
        let mut interner = Interner::default();

        let n_tags = cfg.tagger.labels.len();
        let tagger = Tagger {
            labels: cfg.tagger.labels.iter().map(|l| interner.get(l)).collect(),
            w: weights.get("tagger.W", &[n_tags, width])?,
            b: weights.get("tagger.b", &[n_tags])?,
        };

        if cfg.parser.n_feats != 8 || cfg.ner.transitions.n_feats != 3 {
            return Err(LoadError::Unsupported(
                "only spaCy's 8 parser and 3 entity state features are ported".into(),
            ));
        }
        let system = ArcEager::new(&cfg.parser.moves)?;
        let labels: Vec<&'static str> = system.labels().iter().map(|l| interner.get(l)).collect();
        let id = |name: &str| {
            system
                .labels()
                .iter()
                .position(|l| l == name)
                .map(|i| i as u16)
        };
        let decorations = system
            .labels()
            .iter()
            .map(|l| {
                let (base, head) = l.split_once("||")?;
                Some((id(base)?, id(head)?))
            })
            .collect();
        let parser = Parser {
            model: TransitionModel::load(&weights, "parser", &cfg.parser, width)?,
            system,
            labels,
            decorations,
        };

        let ner_tok2vec = Tok2Vec::load(&weights, "ner.tok2vec", &cfg.ner.tok2vec)?;
        let ner = Ner {
            model: TransitionModel::load(
                &weights,
                "ner",
                &cfg.ner.transitions,
                ner_tok2vec.width(),
            )?,
            system: Biluo::new(&cfg.ner.transitions.moves)?,
            tok2vec: ner_tok2vec,
        };
        let ruler =
            AttributeRuler::from_json(assets::ATTRIBUTE_RULER_JSON, &mut |s| interner.get(s))?;
        let lemmatizer = Lemmatizer::from_gz(assets::LEMMATIZER_JSON_GZ)?;
        Ok(SpacyModel {
            vocab,
            tokenizer,
            tok2vec,
            tagger,
            parser,
            ruler,
            lemmatizer,
            ner,
        })
    }

    /// The embedded model, loaded on first use and shared afterwards.
    pub fn shared() -> Result<&'static SpacyModel, crate::Error> {
        static MODEL: OnceLock<Result<SpacyModel, String>> = OnceLock::new();
        MODEL
            .get_or_init(|| SpacyModel::load_embedded().map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|message| crate::Error::Model {
                path: "models/en_core_web_sm (embedded)".into(),
                message: message.clone(),
            })
    }
}
