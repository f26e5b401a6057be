//! spaCy's `attribute_ruler` as configured in en_core_web_sm: the tag map
//! (PTB tag → Universal POS and morphology) plus token-pattern exceptions
//! that fix POS, lemma, tag or dependency label ("'s" as AUX, "ca" → "can",
//! whitespace tokens as SPACE). All patterns are matched against the
//! tagger/parser output first; then rules are applied in order, so a later
//! rule overrides an earlier one.

use regex::Regex;
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;

#[derive(Debug, thiserror::Error)]
pub enum RulerError {
    #[error("attribute_ruler.json: {0}")]
    Json(#[from] serde_json::Error),
    #[error("attribute_ruler.json: {0}")]
    Pattern(String),
    #[error("attribute_ruler.json: {0}")]
    Regex(#[from] regex::Error),
}

enum Cond {
    Eq(String),
    In(Vec<String>),
    NotIn(Vec<String>),
    Regex(Regex),
}

impl Cond {
    fn parse(v: &Value) -> Result<Self, RulerError> {
        let list = |v: &Value| -> Result<Vec<String>, RulerError> {
            v.as_array()
                .ok_or_else(|| RulerError::Pattern(format!("expected a list: {v}")))?
                .iter()
                .map(|x| {
                    x.as_str()
                        .map(str::to_string)
                        .ok_or_else(|| RulerError::Pattern(format!("expected a string: {x}")))
                })
                .collect()
        };
        match v {
            Value::String(s) => Ok(Cond::Eq(s.clone())),
            Value::Object(o) if o.len() == 1 => {
                let (k, v) = o.iter().next().expect("one entry");
                match k.as_str() {
                    "IN" => Ok(Cond::In(list(v)?)),
                    "NOT_IN" => Ok(Cond::NotIn(list(v)?)),
                    "REGEX" => {
                        Ok(Cond::Regex(Regex::new(v.as_str().ok_or_else(|| {
                            RulerError::Pattern(format!("bad REGEX {v}"))
                        })?)?))
                    }
                    _ => Err(RulerError::Pattern(format!("unsupported operator {k}"))),
                }
            }
            _ => Err(RulerError::Pattern(format!("unsupported value {v}"))),
        }
    }

    fn test(&self, s: &str) -> bool {
        match self {
            Cond::Eq(v) => v == s,
            Cond::In(vs) => vs.iter().any(|v| v == s),
            Cond::NotIn(vs) => !vs.iter().any(|v| v == s),
            Cond::Regex(re) => re.is_match(s),
        }
    }
}

#[derive(Default)]
struct Spec {
    tag: Option<Cond>,
    lower: Option<Cond>,
    dep: Option<Cond>,
    is_space: Option<bool>,
}

impl Spec {
    fn parse(v: &Value) -> Result<Self, RulerError> {
        let obj = v
            .as_object()
            .ok_or_else(|| RulerError::Pattern(format!("bad token pattern {v}")))?;
        let mut spec = Spec::default();
        for (k, v) in obj {
            match k.as_str() {
                "TAG" => spec.tag = Some(Cond::parse(v)?),
                "LOWER" => spec.lower = Some(Cond::parse(v)?),
                "DEP" => spec.dep = Some(Cond::parse(v)?),
                "IS_SPACE" => {
                    spec.is_space = Some(v.as_bool().ok_or_else(|| {
                        RulerError::Pattern(format!("IS_SPACE must be a bool: {v}"))
                    })?)
                }
                _ => return Err(RulerError::Pattern(format!("unsupported attribute {k}"))),
            }
        }
        Ok(spec)
    }

    fn test(&self, t: &RulerToken) -> bool {
        self.tag.as_ref().is_none_or(|c| c.test(t.tag))
            && self.lower.as_ref().is_none_or(|c| c.test(t.lower))
            && self.dep.as_ref().is_none_or(|c| c.test(t.dep))
            && self.is_space.is_none_or(|b| b == t.is_space)
    }
}

#[derive(Deserialize)]
struct RuleJson {
    patterns: Vec<Vec<Value>>,
    attrs: HashMap<String, String>,
    index: i64,
}

/// Attribute values a rule sets. Strings are interned for the life of the
/// program (the model is loaded once), so tokens can hold `&'static str`.
#[derive(Clone, Copy, Default)]
struct Set {
    pos: Option<&'static str>,
    tag: Option<&'static str>,
    dep: Option<&'static str>,
    lemma: Option<&'static str>,
    morph: Option<&'static str>,
}

struct Rule {
    patterns: Vec<Vec<Spec>>,
    set: Set,
    index: i64,
}

pub struct AttributeRuler {
    rules: Vec<Rule>,
}

/// What the ruler reads of a token.
pub struct RulerToken<'a> {
    pub tag: &'a str,
    pub lower: &'a str,
    pub dep: &'a str,
    pub is_space: bool,
}

/// What the ruler decided for a token; `None` keeps the tagger's/parser's value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RulerAttrs {
    pub pos: &'static str,
    pub morph: &'static str,
    pub tag: Option<&'static str>,
    pub dep: Option<&'static str>,
    pub lemma: Option<&'static str>,
}

impl AttributeRuler {
    pub fn from_json(
        bytes: &[u8],
        intern: &mut impl FnMut(&str) -> &'static str,
    ) -> Result<Self, RulerError> {
        let raw: Vec<RuleJson> = serde_json::from_slice(bytes)?;
        let mut rules = Vec::with_capacity(raw.len());
        for r in raw {
            let patterns = r
                .patterns
                .iter()
                .map(|p| p.iter().map(Spec::parse).collect::<Result<Vec<_>, _>>())
                .collect::<Result<Vec<_>, _>>()?;
            let mut set = Set::default();
            for (k, v) in &r.attrs {
                // "_" is spaCy's empty morphology.
                let v = if k == "MORPH" && v == "_" {
                    ""
                } else {
                    v.as_str()
                };
                let v = Some(intern(v));
                match k.as_str() {
                    "POS" => set.pos = v,
                    "TAG" => set.tag = v,
                    "DEP" => set.dep = v,
                    "LEMMA" => set.lemma = v,
                    "MORPH" => set.morph = v,
                    _ => return Err(RulerError::Pattern(format!("unsupported attribute {k}"))),
                }
            }
            rules.push(Rule {
                patterns,
                set,
                index: r.index,
            });
        }
        Ok(AttributeRuler { rules })
    }

    pub fn apply(&self, tokens: &[RulerToken]) -> Vec<RulerAttrs> {
        // Match everything against the unmodified tokens first, then apply
        // in rule order, as spaCy sorts matches by rule before setting them.
        let mut hits: Vec<(usize, usize)> = Vec::new();
        for (ri, rule) in self.rules.iter().enumerate() {
            for pat in &rule.patterns {
                let n = pat.len();
                if n == 0 || n > tokens.len() {
                    continue;
                }
                for start in 0..=tokens.len() - n {
                    if pat
                        .iter()
                        .zip(&tokens[start..start + n])
                        .all(|(s, t)| s.test(t))
                    {
                        let target = if rule.index < 0 {
                            n as i64 + rule.index
                        } else {
                            rule.index
                        };
                        if (0..n as i64).contains(&target) {
                            hits.push((ri, start + target as usize));
                        }
                    }
                }
            }
        }
        hits.sort_by_key(|&(ri, _)| ri);
        let mut out = vec![RulerAttrs::default(); tokens.len()];
        for (ri, t) in hits {
            let set = &self.rules[ri].set;
            let o = &mut out[t];
            if let Some(v) = set.pos {
                o.pos = v;
            }
            if let Some(v) = set.morph {
                o.morph = v;
            }
            if set.tag.is_some() {
                o.tag = set.tag;
            }
            if set.dep.is_some() {
                o.dep = set.dep;
            }
            if set.lemma.is_some() {
                o.lemma = set.lemma;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::spacy::assets;

    fn ruler() -> AttributeRuler {
        let mut intern = |s: &str| -> &'static str { Box::leak(s.to_string().into_boxed_str()) };
        AttributeRuler::from_json(assets::ATTRIBUTE_RULER_JSON, &mut intern).unwrap()
    }

    fn tok<'a>(tag: &'a str, lower: &'a str, dep: &'a str) -> RulerToken<'a> {
        RulerToken {
            tag,
            lower,
            dep,
            is_space: lower.chars().all(char::is_whitespace),
        }
    }

    #[test]
    fn tag_map_and_exceptions() {
        let r = ruler();
        let out = r.apply(&[
            tok("NNP", "kenya", "nsubj"),
            tok("VBZ", "'s", "aux"),
            tok("MD", "ca", "aux"),
            tok("RB", "n't", "neg"),
            tok("NN", "\n", "dep"),
        ]);
        assert_eq!((out[0].pos, out[0].morph), ("PROPN", "Number=Sing"));
        assert_eq!((out[1].pos, out[1].lemma), ("AUX", Some("be")));
        assert_eq!(out[2].lemma, Some("can"));
        assert_eq!((out[3].pos, out[3].lemma), ("PART", Some("not")));
        // Whitespace becomes SPACE / _SP whatever the tagger said.
        assert_eq!((out[4].pos, out[4].tag), ("SPACE", Some("_SP")));
    }

    #[test]
    fn two_token_patterns_set_the_indexed_token() {
        let r = ruler();
        let out = r.apply(&[tok("VBG", "gon", "ROOT"), tok("TO", "na", "xcomp")]);
        assert_eq!(out[0].lemma, Some("go"));
        assert_eq!(out[1].lemma, Some("to"));
    }
}
