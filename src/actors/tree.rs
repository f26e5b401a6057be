//! Read-only helpers over the dependency layer of a [`Doc`], shared by the
//! actor coder and the event extractor.

use crate::doc::{Doc, Token};

/// Children lists and per-token sentence index, built once per document.
pub struct Tree<'d> {
    pub doc: &'d Doc,
    children: Vec<Vec<usize>>,
    sent_of: Vec<usize>,
}

impl<'d> Tree<'d> {
    pub fn new(doc: &'d Doc) -> Self {
        let n = doc.tokens.len();
        let mut children = vec![Vec::new(); n];
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.head != i && t.head < n {
                children[t.head].push(i);
            }
        }
        let mut sent_of = vec![usize::MAX; n];
        for (s, sent) in doc.sentences.iter().enumerate() {
            for i in sent.tokens.clone() {
                if i < n {
                    sent_of[i] = s;
                }
            }
        }
        Tree {
            doc,
            children,
            sent_of,
        }
    }

    pub fn len(&self) -> usize {
        self.doc.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.doc.tokens.is_empty()
    }

    pub fn tok(&self, i: usize) -> &Token {
        &self.doc.tokens[i]
    }

    pub fn text(&self, i: usize) -> &str {
        self.doc.slice(self.doc.tokens[i].span)
    }

    /// Lower-case lemma (falls back to the lower-cased text when untagged).
    pub fn lemma(&self, i: usize) -> String {
        let t = &self.doc.tokens[i];
        if t.lemma.is_empty() {
            self.text(i).to_lowercase()
        } else {
            t.lemma.to_lowercase()
        }
    }

    pub fn lower(&self, i: usize) -> String {
        self.text(i).to_lowercase()
    }

    pub fn dep(&self, i: usize) -> &'static str {
        self.doc.tokens[i].dep
    }

    pub fn head(&self, i: usize) -> usize {
        let h = self.doc.tokens[i].head;
        if h < self.len() { h } else { i }
    }

    pub fn is_root(&self, i: usize) -> bool {
        self.head(i) == i
    }

    pub fn children(&self, i: usize) -> &[usize] {
        &self.children[i]
    }

    /// Children with one of the given dependency labels.
    pub fn children_with<'a>(
        &'a self,
        i: usize,
        deps: &'a [&'a str],
    ) -> impl Iterator<Item = usize> + 'a {
        self.children[i]
            .iter()
            .copied()
            .filter(move |&c| deps.contains(&self.dep(c)))
    }

    pub fn sentence_of(&self, i: usize) -> usize {
        self.sent_of[i]
    }

    /// `i` and all tokens below it, in text order.
    pub fn subtree(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut k = 0;
        while k < out.len() {
            let t = out[k];
            out.extend_from_slice(&self.children[t]);
            k += 1;
        }
        out.sort_unstable();
        out
    }

    /// True when `a` lies on the path from `d` up to the root (or is `d`).
    pub fn dominates(&self, a: usize, d: usize) -> bool {
        let mut x = d;
        for _ in 0..self.len() {
            if x == a {
                return true;
            }
            let h = self.head(x);
            if h == x {
                return false;
            }
            x = h;
        }
        false
    }

    /// Ancestors of `i`, nearest first (not including `i`).
    pub fn ancestors(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut x = i;
        for _ in 0..self.len() {
            let h = self.head(x);
            if h == x {
                break;
            }
            out.push(h);
            x = h;
        }
        out
    }

    pub fn is_verb(&self, i: usize) -> bool {
        let t = self.tok(i);
        t.pos == "VERB" || t.pos == "AUX" || t.tag.starts_with("VB")
    }

    pub fn is_noun(&self, i: usize) -> bool {
        let t = self.tok(i);
        t.pos == "NOUN" || t.pos == "PROPN" || t.tag.starts_with("NN")
    }
}
