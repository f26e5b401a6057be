//! Read-only helpers over the dependency layer of a [`Doc`], shared by the
//! actor coder and the event extractor.

use crate::doc::{Doc, Token};

/// Tokens of a subtree that [`Tree::subtree`] lists in full; of a bigger one
/// (a sentence of thousands of tokens without a full stop, parsed as one
/// tree) it lists those within `SUBTREE_CAP / 2` tokens of its head. Every
/// caller looks for nearby words of a clause, and a clause of normal prose
/// is far smaller, so results are unchanged there while each call costs at
/// most this much instead of the whole sentence.
pub const SUBTREE_CAP: usize = 512;

/// Children lists and per-token sentence index, built once per document.
pub struct Tree<'d> {
    pub doc: &'d Doc,
    children: Vec<Vec<usize>>,
    sent_of: Vec<usize>,
    /// Tokens in depth-first preorder (children in text order).
    preorder: Vec<usize>,
    /// token → its position in `preorder` (`usize::MAX`: on no root's
    /// path, as in a cycle of heads), and the size of its subtree.
    pos: Vec<usize>,
    size: Vec<usize>,
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
        // Preorder numbering: a subtree is one run of `preorder`.
        let mut preorder = Vec::with_capacity(n);
        let mut pos = vec![usize::MAX; n];
        let mut size = vec![1usize; n];
        let mut stack: Vec<(usize, usize)> = Vec::new();
        for root in 0..n {
            let h = doc.tokens[root].head;
            if h != root && h < n {
                continue;
            }
            stack.push((root, 0));
            pos[root] = preorder.len();
            preorder.push(root);
            while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                if let Some(&c) = children[node].get(*next) {
                    *next += 1;
                    if pos[c] == usize::MAX {
                        pos[c] = preorder.len();
                        preorder.push(c);
                        stack.push((c, 0));
                    }
                } else {
                    stack.pop();
                    size[node] = preorder.len() - pos[node];
                }
            }
        }
        Tree {
            doc,
            children,
            sent_of,
            preorder,
            pos,
            size,
        }
    }

    /// Whether `d` is `a` or below it (O(1) where both hang from a root).
    pub fn in_subtree(&self, a: usize, d: usize) -> bool {
        let (pa, pd) = (self.pos[a], self.pos[d]);
        if pa == usize::MAX || pd == usize::MAX {
            return self.dominates_by_walk(a, d);
        }
        pa <= pd && pd < pa + self.size[a]
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

    /// `i` and all tokens below it, in text order; of a subtree over
    /// [`SUBTREE_CAP`] tokens, those within `SUBTREE_CAP / 2` of `i`.
    pub fn subtree(&self, i: usize) -> Vec<usize> {
        let p = self.pos[i];
        if p == usize::MAX {
            // Off every root's path (a cycle of heads): walk the children,
            // each token once.
            let mut out = vec![i];
            let mut seen = std::collections::HashSet::from([i]);
            let mut k = 0;
            while k < out.len() && out.len() <= SUBTREE_CAP {
                let t = out[k];
                for &c in &self.children[t] {
                    if seen.insert(c) {
                        out.push(c);
                    }
                }
                k += 1;
            }
            out.sort_unstable();
            return out;
        }
        let n = self.size[i];
        if n <= SUBTREE_CAP {
            let mut out = self.preorder[p..p + n].to_vec();
            out.sort_unstable();
            return out;
        }
        let half = SUBTREE_CAP / 2;
        (i.saturating_sub(half)..(i + half + 1).min(self.len()))
            .filter(|&j| self.in_subtree(i, j))
            .collect()
    }

    /// True when `a` lies on the path from `d` up to the root (or is `d`).
    pub fn dominates(&self, a: usize, d: usize) -> bool {
        self.in_subtree(a, d)
    }

    fn dominates_by_walk(&self, a: usize, d: usize) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Span;

    /// A document of `heads.len()` one-letter tokens with these heads.
    fn doc_with_heads(heads: &[usize]) -> Doc {
        let text = "x ".repeat(heads.len());
        let mut doc = Doc::new("t", text.trim_end());
        for (i, &head) in heads.iter().enumerate() {
            doc.tokens.push(Token {
                span: Span::new(2 * i, 2 * i + 1),
                space_after: true,
                tag: "",
                pos: "",
                lemma: "x".into(),
                head,
                dep: "",
            });
        }
        doc
    }

    /// The children walk that `subtree` was, for comparison.
    fn walked(t: &Tree, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut k = 0;
        while k < out.len() {
            out.extend_from_slice(t.children(out[k]));
            k += 1;
        }
        out.sort_unstable();
        out
    }

    #[test]
    fn preorder_subtrees_match_the_children_walk() {
        // Pseudo-random forests: each token's head is an earlier token, a
        // later one, itself (a root) or out of range (also a root).
        let mut x = 15u64;
        for n in [1usize, 2, 7, 40, 300] {
            let heads: Vec<usize> = (0..n)
                .map(|i| {
                    x = x
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    match (x >> 33) % 5 {
                        0 => i,
                        1 => n + 3,
                        _ if i == 0 => i,
                        _ => ((x >> 40) as usize) % i,
                    }
                })
                .collect();
            let doc = doc_with_heads(&heads);
            let t = Tree::new(&doc);
            for i in 0..n {
                assert_eq!(t.subtree(i), walked(&t, i), "n={n} i={i}");
                for d in 0..n {
                    assert_eq!(t.dominates(i, d), t.dominates_by_walk(i, d), "{i} {d}");
                }
            }
        }
    }

    #[test]
    fn a_huge_subtree_is_listed_near_its_head() {
        // A chain 0 <- 1 <- 2 <- ... : token 0 heads everything.
        let n = 5 * SUBTREE_CAP;
        let heads: Vec<usize> = (0..n).map(|i| i.saturating_sub(1)).collect();
        let doc = doc_with_heads(&heads);
        let t = Tree::new(&doc);
        let mid = n / 2;
        let sub = t.subtree(mid);
        assert_eq!(sub, (mid..=mid + SUBTREE_CAP / 2).collect::<Vec<_>>());
        assert!(t.dominates(0, n - 1) && !t.dominates(n - 1, 0));
        // Small subtrees are whole.
        assert_eq!(t.subtree(n - 3), [n - 3, n - 2, n - 1]);
    }

    #[test]
    fn a_cycle_of_heads_does_not_hang() {
        // 0 -> 1 -> 2 -> 0, and 3 a root.
        let doc = doc_with_heads(&[1, 2, 0, 3]);
        let t = Tree::new(&doc);
        assert_eq!(t.subtree(0), [0, 1, 2]);
        assert!(t.dominates(1, 0) && !t.dominates(3, 0));
        assert_eq!(t.subtree(3), [3]);
    }
}
