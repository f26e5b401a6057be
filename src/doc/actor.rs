//! Actor layer: entity and nominal mentions coded as political actors.

use super::{EntityLabel, Span};

/// How a mention names its actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// A named entity ("Pan Sorasak", "Japan", "JETRO").
    Name,
    /// A common-noun phrase headed by an agent word ("the Japanese embassy").
    Nominal,
    /// A personal pronoun ("he", "it", "we").
    Pronoun,
    /// A phrase naming several earlier actors ("both sides", "the two countries").
    Group,
}

impl MentionKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            MentionKind::Name => "name",
            MentionKind::Nominal => "nominal",
            MentionKind::Pronoun => "pronoun",
            MentionKind::Group => "group",
        }
    }
}

/// One actor mention with its code. Mentions that refer back (a surname, a
/// pronoun, "the ministry") carry the code of what they refer to, and
/// `refers` points at that mention; a group mention lists its members.
#[derive(Clone, Debug, PartialEq)]
pub struct Actor {
    /// The mention as written, without a leading determiner or title.
    pub span: Span,
    /// The whole phrase, titles included ("Japanese ambassador Masahiro Mikami").
    pub phrase: Span,
    /// Token index of the mention's syntactic head.
    pub head: usize,
    /// Sentence index.
    pub sentence: usize,
    pub kind: MentionKind,
    /// Entity label when the mention is (or refers to) a named entity.
    pub label: Option<EntityLabel>,
    /// Canonical name: the fullest mention of this actor in the document.
    pub name: String,
    /// ISO-3166 alpha-3 code, or IGO / NGO / MNC; None when unknown.
    pub country: Option<String>,
    /// PLOVER/CAMEO sector code (GOV, MIL, BUS, CVL, ...).
    pub sector: Option<String>,
    /// Title or office as written ("commerce minister").
    pub office: Option<String>,
    /// Confidence in [0, 1] that the mention is an actor with this code.
    pub score: f32,
    /// Mentions this one stands for (antecedent, or group members).
    pub refers: Vec<usize>,
}

impl Actor {
    /// True when the mention is coded with at least a country or a sector.
    pub fn is_coded(&self) -> bool {
        self.country.is_some() || self.sector.is_some()
    }
}
