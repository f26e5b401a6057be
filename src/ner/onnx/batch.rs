//! Length-sorted dynamic batches: model inputs of similar length run
//! together, each batch padded only to its own longest input (a fixed pad to
//! the model's maximum would cost several times the compute on news-length
//! sentences).

/// Group input indices into batches, shortest inputs first. A batch closes
/// when it holds `max_batch` inputs or when adding the next would make
/// `inputs × longest` exceed `max_tokens`; an input longer than
/// `max_tokens` runs alone.
pub fn batches(lengths: &[usize], max_batch: usize, max_tokens: usize) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..lengths.len()).collect();
    order.sort_by_key(|&i| lengths[i]);
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut cur: Vec<usize> = Vec::new();
    for i in order {
        let longest = lengths[i]; // sorted: the newcomer is the longest
        if !cur.is_empty()
            && (cur.len() >= max_batch.max(1) || (cur.len() + 1) * longest > max_tokens)
        {
            out.push(std::mem::take(&mut cur));
        }
        cur.push(i);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_and_capped() {
        let lens = [30, 5, 12, 6, 40, 7];
        let b = batches(&lens, 2, 1000);
        assert_eq!(b, vec![vec![1, 3], vec![5, 2], vec![0, 4]]);
        // Token cap: 4 × 12 > 30 closes the batch before index 2, and
        // 2 × 30 > 30 keeps the long ones apart.
        let b = batches(&lens, 8, 30);
        assert_eq!(b, vec![vec![1, 3, 5], vec![2], vec![0], vec![4]]);
        let all: usize = b.iter().map(Vec::len).sum();
        assert_eq!(all, lens.len());
    }

    #[test]
    fn oversized_inputs_run_alone() {
        assert_eq!(batches(&[600, 3], 8, 512), vec![vec![1], vec![0]]);
        assert!(batches(&[], 8, 512).is_empty());
    }
}
