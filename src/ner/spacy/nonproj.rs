//! Post-processing of a parse, as spaCy does it after the parser:
//! left/right edges and sentence starts (`set_children_from_heads`), and
//! pseudo-projective decoding (`nonproj.deprojectivize`): an arc labelled
//! "dobj||xcomp" is re-attached to the nearest descendant of its head
//! labelled "xcomp" (breadth-first, left to right).
//!
//! spaCy searches that descendant with token edges computed *before* any
//! re-attachment while reading heads and labels as they change; the port
//! keeps that behaviour so heads stay identical.

/// Left and right edges of every subtree and the sentence starts, iterated
/// up to the same 12 passes as spaCy's `set_children_from_heads`.
pub struct Edges {
    pub left: Vec<usize>,
    pub right: Vec<usize>,
    /// spaCy's `sent_start == 1`: the left edge of a root.
    pub sent_start: Vec<bool>,
}

pub fn edges(heads: &[usize]) -> Edges {
    let n = heads.len();
    let mut left: Vec<usize> = (0..n).collect();
    let mut right: Vec<usize> = (0..n).collect();
    let mut passes = 0;
    loop {
        let consistent = edge_pass(heads, &mut left, &mut right);
        if consistent || passes > 10 {
            break;
        }
        passes += 1;
    }
    let mut sent_start = vec![false; n];
    for i in 0..n {
        if heads[i] == i {
            sent_start[left[i]] = true;
        }
    }
    Edges {
        left,
        right,
        sent_start,
    }
}

/// One pass of `_set_lr_kids_and_edges`; true when every head lies within
/// the sentence its child is in.
fn edge_pass(heads: &[usize], left: &mut [usize], right: &mut [usize]) -> bool {
    let n = heads.len();
    if n == 0 {
        return true;
    }
    for i in 0..n {
        let h = heads[i];
        if left[i] < left[h] {
            left[h] = left[i];
        }
        if right[i] > right[h] {
            right[h] = right[i];
        }
    }
    for i in (0..n).rev() {
        let h = heads[i];
        if right[i] > right[h] {
            right[h] = right[i];
        }
        if left[i] < left[h] {
            left[h] = left[i];
        }
    }
    let mut starts = vec![false; n];
    for i in 0..n {
        if heads[i] == i {
            starts[left[i]] = true;
        }
    }
    let mut sent_begin = 0;
    for (i, &start) in starts.iter().enumerate() {
        if (i > 0 && start) || i == n - 1 {
            let sent_end = i;
            if heads[sent_begin..sent_end]
                .iter()
                .any(|&h| h < sent_begin || h > sent_end)
            {
                return false;
            }
            sent_begin = i;
        }
    }
    true
}

/// Undo the pseudo-projective label decorations: `split[l]` is `Some((base, head_label))` for decorated label `l`.
pub fn deprojectivize(
    heads: &mut [usize],
    labels: &mut [u16],
    split: &[Option<(u16, u16)>],
    is_space: &[bool],
) {
    if !labels.iter().any(|&l| split[l as usize].is_some()) {
        return;
    }
    let e = edges(heads);
    for i in 0..heads.len() {
        if let Some((base, head_label)) = split[labels[i] as usize] {
            let new_head = find_new_head(i, head_label, heads, labels, &e, is_space);
            heads[i] = new_head;
            labels[i] = base;
        }
    }
}

/// Children of `q` as spaCy's `Token.children` finds them: scanning the
/// (possibly stale) edges for tokens whose current head is `q`.
fn children(q: usize, heads: &[usize], e: &Edges, out: &mut Vec<usize>) {
    out.clear();
    out.extend((e.left[q]..q).filter(|&j| heads[j] == q));
    out.extend((q + 1..=e.right[q]).filter(|&j| heads[j] == q));
}

fn find_new_head(
    token: usize,
    head_label: u16,
    heads: &[usize],
    labels: &[u16],
    e: &Edges,
    is_space: &[bool],
) -> usize {
    let mut queue = vec![heads[token]];
    let mut kids = Vec::new();
    // Each token is queued at most once in a tree; the cap only guards
    // against a malformed structure looping.
    let mut budget = heads.len() + 1;
    while !queue.is_empty() && budget > 0 {
        let mut next = Vec::new();
        for &q in &queue {
            children(q, heads, e, &mut kids);
            for &child in &kids {
                if is_space[child] || child == token {
                    continue;
                }
                if labels[child] == head_label {
                    return child;
                }
                next.push(child);
            }
        }
        budget -= 1;
        queue = next;
    }
    heads[token]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edges_and_sentence_starts() {
        // Two trees: 1 heads 0 and 2; 3 heads 4.
        let heads = [1, 1, 1, 3, 3];
        let e = edges(&heads);
        assert_eq!(e.left, [0, 0, 2, 3, 4]);
        assert_eq!(e.right, [0, 2, 2, 4, 4]);
        assert_eq!(e.sent_start, [true, false, false, true, false]);
    }

    #[test]
    fn decorated_arc_moves_to_labelled_descendant() {
        // Labels: 0 ROOT, 1 xcomp, 2 dobj, 3 dobj||xcomp.
        let split = [None, None, None, Some((2u16, 1u16))];
        // "wants(0) to(1) buy(2) it(3)": buy is xcomp of wants; "it" was
        // projectivised onto "wants" with the decorated label.
        let mut heads = vec![0, 2, 0, 0];
        let mut labels = vec![0u16, 0, 1, 3];
        deprojectivize(&mut heads, &mut labels, &split, &[false; 4]);
        assert_eq!(heads, [0, 2, 0, 2]);
        assert_eq!(labels[3], 2);
    }
}
