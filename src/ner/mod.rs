//! Named-entity recognition and syntax: the embedded spaCy `en_core_web_sm`
//! port (tokens, tags, lemmas, dependency arcs, entities).

pub mod spacy;
