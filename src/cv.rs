//! Cross-validation over articles, shared by every trained component: which
//! fold each article is tested in, and the loop that fits one model per
//! fold on the articles outside it and applies it to those inside, so that
//! every article is decided by a model that never saw it.

/// Fold of article `i` of `k` folds (a fixed interleaving: the same split
/// every run).
pub fn fold_of(i: usize, k: usize) -> usize {
    // Spread neighbours (often from one outlet) over folds.
    (i.wrapping_mul(7) + i / k) % k
}

/// The k-fold assignment over the flat list of articles.
pub fn kfold(k: usize) -> impl Fn(usize, usize) -> usize {
    move |i, _| fold_of(i, k)
}

/// Leave-one-set-out: an article's fold is its set.
pub fn by_set(i: usize, set: usize) -> usize {
    let _ = i;
    set
}

/// Out-of-fold results for the articles of `sets` (`sets[s][d]`): `fold(i,
/// s)` names the test fold of the `i`-th article of the flat list; for each
/// of `n_folds` folds, `fit` is given every other article and the `extra`
/// ones (always trained on), and `apply(model, s, d)` decides the fold's
/// articles. An article whose fold trained nothing keeps `init(s, d)`.
pub fn out_of_fold<A: Copy, M, O>(
    sets: &[Vec<A>],
    extra: &[A],
    fold: &dyn Fn(usize, usize) -> usize,
    n_folds: usize,
    fit: impl Fn(&[A]) -> M,
    apply: impl Fn(&M, usize, usize) -> O,
    init: impl Fn(usize, usize) -> O,
) -> Vec<Vec<O>> {
    let all: Vec<(usize, usize, A, usize)> = sets
        .iter()
        .enumerate()
        .flat_map(|(s, arts)| arts.iter().enumerate().map(move |(d, a)| (s, d, *a)))
        .enumerate()
        .map(|(i, (s, d, a))| (s, d, a, fold(i, s)))
        .collect();
    let mut out: Vec<Vec<O>> = sets
        .iter()
        .enumerate()
        .map(|(s, arts)| (0..arts.len()).map(|d| init(s, d)).collect())
        .collect();
    for f in 0..n_folds {
        let mut train: Vec<A> = extra.to_vec();
        train.extend(all.iter().filter(|x| x.3 != f).map(|x| x.2));
        if train.is_empty() {
            continue;
        }
        let model = fit(&train);
        for &(s, d, _, g) in &all {
            if g == f {
                out[s][d] = apply(&model, s, d);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_article_is_decided_by_a_model_that_never_saw_it() {
        let sets = vec![vec![0u32, 1, 2, 3], vec![4, 5, 6]];
        // The "model" is the set of articles it was fitted on; applying it
        // answers whether it saw the article.
        let out = out_of_fold(
            &sets,
            &[99],
            &kfold(3),
            3,
            |train: &[u32]| train.to_vec(),
            |m: &Vec<u32>, s, d| (m.contains(&sets[s][d]), m.contains(&99), m.len()),
            |_, _| (true, false, 0),
        );
        for row in &out {
            for &(saw, extra, n) in row {
                assert!(!saw && extra && n > 1);
            }
        }
        let by = out_of_fold(
            &sets,
            &[],
            &by_set,
            2,
            |t: &[u32]| t.len(),
            |m, _, _| *m,
            |_, _| 0,
        );
        assert_eq!(by, vec![vec![3; 4], vec![4; 3]]);
        assert_eq!(
            (0..6).map(|i| fold_of(i, 3)).collect::<Vec<_>>(),
            vec![0, 1, 2, 1, 2, 0]
        );
    }
}
