//! Event layer: PLOVER events with arguments, date, place and modality.

use super::Span;

/// PLOVER v2.0 event types (DESIGN.md §2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventType {
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

impl EventType {
    pub const ALL: [EventType; 16] = [
        EventType::Agree,
        EventType::Consult,
        EventType::Support,
        EventType::Concede,
        EventType::Cooperate,
        EventType::Aid,
        EventType::Retreat,
        EventType::Request,
        EventType::Accuse,
        EventType::Reject,
        EventType::Threaten,
        EventType::Protest,
        EventType::Sanction,
        EventType::Mobilize,
        EventType::Coerce,
        EventType::Assault,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            EventType::Agree => "AGREE",
            EventType::Consult => "CONSULT",
            EventType::Support => "SUPPORT",
            EventType::Concede => "CONCEDE",
            EventType::Cooperate => "COOPERATE",
            EventType::Aid => "AID",
            EventType::Retreat => "RETREAT",
            EventType::Request => "REQUEST",
            EventType::Accuse => "ACCUSE",
            EventType::Reject => "REJECT",
            EventType::Threaten => "THREATEN",
            EventType::Protest => "PROTEST",
            EventType::Sanction => "SANCTION",
            EventType::Mobilize => "MOBILIZE",
            EventType::Coerce => "COERCE",
            EventType::Assault => "ASSAULT",
        }
    }

    pub fn parse(s: &str) -> Option<EventType> {
        EventType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// PLOVER quad class: 0 verbal cooperation, 1 material cooperation,
    /// 2 verbal conflict, 3 material conflict.
    pub const fn quad_code(self) -> u8 {
        match self {
            EventType::Agree
            | EventType::Consult
            | EventType::Support
            | EventType::Concede
            | EventType::Request => 0,
            EventType::Cooperate | EventType::Aid | EventType::Retreat => 1,
            EventType::Accuse | EventType::Reject | EventType::Threaten => 2,
            EventType::Protest
            | EventType::Sanction
            | EventType::Mobilize
            | EventType::Coerce
            | EventType::Assault => 3,
        }
    }
}

/// Whether the article reports the event as real.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Modality {
    Asserted,
    Future,
    Negated,
    Hypothetical,
}

impl Modality {
    pub const fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Future => "future",
            Modality::Negated => "negated",
            Modality::Hypothetical => "hypothetical",
        }
    }
}

/// One actor or recipient: an index into `Doc::actors`, and the mention in
/// the event's own sentence (None when the argument is only implied there).
#[derive(Clone, Debug, PartialEq)]
pub struct Argument {
    pub actor: usize,
    pub span: Option<Span>,
    pub score: f32,
}

/// Granularity of a resolved date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateResolution {
    Day,
    Month,
    Year,
}

impl DateResolution {
    pub const fn as_str(self) -> &'static str {
        match self {
            DateResolution::Day => "day",
            DateResolution::Month => "month",
            DateResolution::Year => "year",
        }
    }
}

/// The date an event happened, as written and (when the publication date
/// is known) resolved: `value` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
#[derive(Clone, Debug, PartialEq)]
pub struct EventDate {
    pub span: Span,
    pub value: Option<String>,
    pub resolution: DateResolution,
}

/// Where the event happened: a place mention and its country.
#[derive(Clone, Debug, PartialEq)]
pub struct EventLocation {
    pub span: Span,
    pub country: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub sentence: usize,
    /// The word or phrase that says what happened.
    pub trigger: Span,
    pub event_type: EventType,
    pub mode: Option<&'static str>,
    pub context: Vec<&'static str>,
    /// CAMEO code the trigger matched (or the code of the PLOVER type's root).
    pub cameo: String,
    pub actor: Vec<Argument>,
    pub recipient: Vec<Argument>,
    pub date: Option<EventDate>,
    pub location: Option<EventLocation>,
    pub modality: Modality,
    /// Confidence in [0, 1]; orders events by precision.
    pub score: f32,
    /// Cross-article link: events that report the same happening share it
    /// (set by the link stage).
    pub link: Option<String>,
}
