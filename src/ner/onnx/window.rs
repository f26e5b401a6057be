//! Windows over a sentence longer than the model's input, so that no piece
//! is ever cut off, and the merge of their predictions.
//!
//! Consecutive windows overlap; each piece takes its prediction from the
//! window in which it sits farthest from an edge, so that every piece is
//! read with about half the overlap of context on each side (except at
//! the sentence's own ends).

use std::ops::Range;

/// Windows of at most `len` pieces over `n` pieces, consecutive windows
/// sharing at least `overlap` pieces (`overlap < len`; it is lowered to
/// `len - 1` if not). One window when the sentence fits; none when `n == 0`.
pub fn plan(n: usize, len: usize, overlap: usize) -> Vec<Range<usize>> {
    let len = len.max(1);
    if n <= len {
        let mut one = Vec::new();
        if n > 0 {
            one.push(0..n);
        }
        return one;
    }
    let step = len - overlap.min(len - 1);
    let mut out = Vec::new();
    let mut start = 0;
    while start + len < n {
        out.push(start..start + len);
        start += step;
    }
    // The last window ends at the sentence's end and keeps full length.
    out.push(n - len..n);
    out
}

/// For each of the `n` pieces, the index of the window whose prediction it
/// takes: the one where it is farthest from a window edge that is not also
/// a sentence edge (ties go to the earlier window).
pub fn owners(windows: &[Range<usize>], n: usize) -> Vec<usize> {
    let mut best: Vec<(usize, usize)> = vec![(0, 0); n]; // (window, margin)
    let mut seen = vec![false; n];
    for (k, w) in windows.iter().enumerate() {
        for i in w.clone() {
            let left = if w.start == 0 {
                usize::MAX
            } else {
                i - w.start
            };
            let right = if w.end == n {
                usize::MAX
            } else {
                w.end - 1 - i
            };
            let margin = left.min(right);
            if !seen[i] || margin > best[i].1 {
                best[i] = (k, margin);
                seen[i] = true;
            }
        }
    }
    debug_assert!(seen.iter().all(|&s| s), "windows must cover every piece");
    best.into_iter().map(|(k, _)| k).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    #[allow(clippy::single_range_in_vec_init)] // one window, not a list of indexes
    fn short_sentences_take_one_window() {
        assert_eq!(plan(0, 8, 2), Vec::<Range<usize>>::new());
        assert_eq!(plan(5, 8, 2), [0..5]);
        assert_eq!(plan(8, 8, 2), [0..8]);
    }

    #[test]
    fn long_sentences_are_covered_with_overlap() {
        assert_eq!(plan(20, 8, 4), vec![0..8, 4..12, 8..16, 12..20]);
        assert_eq!(plan(10, 8, 4), vec![0..8, 2..10]);
        // An overlap as long as the window still advances.
        assert_eq!(plan(3, 2, 5), vec![0..2, 1..3]);
    }

    #[test]
    fn pieces_go_to_the_window_where_they_have_most_context() {
        let w = plan(20, 8, 4);
        let o = owners(&w, 20);
        assert_eq!(o[0], 0);
        assert_eq!(o[5], 0); // margin 2 in 0..8, 1 in 4..12
        assert_eq!(o[6], 1); // margin 1 in 0..8, 2 in 4..12
        assert_eq!(o[19], 3);
    }

    proptest! {
        #[test]
        fn every_piece_is_covered_and_owned_with_context(n in 0usize..400, len in 2usize..64, overlap in 0usize..64) {
            let w = plan(n, len, overlap);
            let o = owners(&w, n);
            prop_assert_eq!(o.len(), n);
            for r in &w {
                prop_assert!(r.end <= n && r.len() <= len && !r.is_empty());
            }
            for pair in w.windows(2) {
                prop_assert!(pair[1].start > pair[0].start);
                prop_assert!(pair[0].end >= pair[1].start + overlap.min(len - 1));
            }
            let overlap = overlap.min(len - 1);
            for (i, &k) in o.iter().enumerate() {
                let r = &w[k];
                prop_assert!(r.contains(&i));
                // Context on each side is about half the overlap, or the sentence edge.
                let need = overlap.saturating_sub(1) / 2;
                prop_assert!(r.start == 0 || i - r.start >= need.min(i));
                prop_assert!(r.end == n || r.end - 1 - i >= need.min(n - 1 - i));
            }
        }
    }
}
