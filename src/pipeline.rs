//! Components and their composition.
//!
//! A [`Component`] adds one layer to a [`Doc`]. The pipeline runs them in
//! order over batches of documents; components that profit from seeing many
//! documents at once (the neural taggers) override `process_batch`.

use crate::doc::Doc;
use rayon::prelude::*;

pub trait Component: Send + Sync {
    /// Short stable name, used in logs and `pipeline` metadata.
    fn name(&self) -> &'static str;

    /// Add this component's layer to one document. Content problems are
    /// handled inside (e.g. windowing over-long sentences); a component never
    /// drops a document.
    fn process(&self, doc: &mut Doc);

    /// Add the layer to many documents; by default in parallel, one at a time.
    fn process_batch(&self, docs: &mut [Doc]) {
        docs.par_iter_mut().for_each(|d| self.process(d));
    }
}

/// The stages every command starts with: mark datelines and navigation,
/// then split sentences.
pub fn segmentation() -> Pipeline {
    Pipeline::new()
        .with(crate::clean::Cleaner)
        .with(crate::segment::Segmenter)
}

/// Components run in the order given.
#[derive(Default)]
pub struct Pipeline {
    components: Vec<Box<dyn Component>>,
}

impl Pipeline {
    pub fn new() -> Self {
        Pipeline::default()
    }

    pub fn with(mut self, c: impl Component + 'static) -> Self {
        self.components.push(Box::new(c));
        self
    }

    pub fn names(&self) -> Vec<&'static str> {
        self.components.iter().map(|c| c.name()).collect()
    }

    pub fn process(&self, doc: &mut Doc) {
        for c in &self.components {
            c.process(doc);
        }
    }

    pub fn process_batch(&self, docs: &mut [Doc]) {
        for c in &self.components {
            c.process_batch(docs);
        }
    }
}
