//! One-to-one matching: each gold item pairs with at most one prediction and
//! vice versa, so a duplicated prediction is a false positive.

/// A maximum-cardinality matching between `n_gold` and `n_pred` items, where
/// `fits(g, p)` says whether the pair may match. Returns `(g, p)` pairs.
///
/// Greedy matching can lose pairs when compatibility is not transitive (an
/// argument matched by country to one prediction and by name to another), so
/// this finds a maximum matching by augmenting paths (Kuhn's algorithm).
/// The search is iterative, so large groups cannot overflow the stack.
/// Deterministic: items are tried in index order.
pub fn max_matching(
    n_gold: usize,
    n_pred: usize,
    fits: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    let adj: Vec<Vec<usize>> = (0..n_gold)
        .map(|g| (0..n_pred).filter(|&p| fits(g, p)).collect())
        .collect();
    let mut gold_to: Vec<Option<usize>> = vec![None; n_gold];
    let mut pred_to: Vec<Option<usize>> = vec![None; n_pred];
    let mut seen = vec![false; n_pred];
    for g in 0..n_gold {
        if adj[g].is_empty() {
            continue;
        }
        seen.iter_mut().for_each(|s| *s = false);
        augment(g, &adj, &mut gold_to, &mut pred_to, &mut seen);
    }
    gold_to
        .iter()
        .enumerate()
        .filter_map(|(g, p)| p.map(|p| (g, p)))
        .collect()
}

/// Depth-first search for an augmenting path from gold item `start`. The
/// stack holds `(gold item, next edge to try)`; when a free prediction is
/// reached, every frame's last-tried edge is on the path.
fn augment(
    start: usize,
    adj: &[Vec<usize>],
    gold_to: &mut [Option<usize>],
    pred_to: &mut [Option<usize>],
    seen: &mut [bool],
) -> bool {
    let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
    while let Some(top) = stack.last_mut() {
        let (g, i) = *top;
        if i == adj[g].len() {
            stack.pop();
            continue;
        }
        top.1 += 1;
        let p = adj[g][i];
        if seen[p] {
            continue;
        }
        seen[p] = true;
        match pred_to[p] {
            Some(owner) => stack.push((owner, 0)),
            None => {
                for &(g, next) in &stack {
                    let p = adj[g][next - 1];
                    gold_to[g] = Some(p);
                    pred_to[p] = Some(g);
                }
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_maximum_where_greedy_would_not() {
        // gold 0 fits preds 0 and 1; gold 1 fits only pred 0. Greedy would
        // pair (0,0) and leave gold 1 alone.
        let fits = |g: usize, p: usize| matches!((g, p), (0, 0) | (0, 1) | (1, 0));
        let mut m = max_matching(2, 2, fits);
        m.sort();
        assert_eq!(m, vec![(0, 1), (1, 0)]);
    }

    #[test]
    fn duplicates_match_once() {
        let m = max_matching(1, 3, |_, _| true);
        assert_eq!(m, vec![(0, 0)]);
        assert!(max_matching(0, 3, |_, _| true).is_empty());
        assert!(max_matching(3, 0, |_, _| true).is_empty());
    }

    #[test]
    fn long_augmenting_chains_do_not_recurse() {
        // Gold i < n fits preds i and i+1 and takes i; gold n fits only
        // pred 0, so matching it shifts every earlier pair: a path of n.
        let n = 5_000;
        let fits = |g: usize, p: usize| if g == n { p == 0 } else { p == g || p == g + 1 };
        let m = max_matching(n + 1, n + 1, fits);
        assert_eq!(m.len(), n + 1);
        assert!(m.contains(&(n, 0)) && m.contains(&(0, 1)));
    }
}
