//! Dense kernels: matrix products through `matrixmultiply` (packed,
//! SIMD-dispatched sgemm), maxout and layer normalisation.

/// `c = a · bᵀ` for row-major `a` (m×k) and `b` (n×k); `c` is m×n.
/// With `accumulate`, adds to `c` instead of overwriting it.
pub fn matmul_bt(
    a: &[f32],
    m: usize,
    k: usize,
    b: &[f32],
    n: usize,
    c: &mut [f32],
    accumulate: bool,
) {
    assert!(a.len() >= m * k && b.len() >= n * k && c.len() >= m * n);
    if m == 0 || n == 0 {
        return;
    }
    // SAFETY: the asserts above keep every index the strides describe
    // inside the three slices: a is m×k with strides (k, 1), b is read as
    // the k×n matrix bᵀ with strides (1, k), c is m×n with strides (n, 1).
    unsafe {
        matrixmultiply::sgemm(
            m,
            k,
            n,
            1.0,
            a.as_ptr(),
            k as isize,
            1,
            b.as_ptr(),
            1,
            k as isize,
            if accumulate { 1.0 } else { 0.0 },
            c.as_mut_ptr(),
            n as isize,
            1,
        );
    }
}

/// `c = a · bᵀ` where row `i` of `a` (k values) starts at `a[i * row_stride]`;
/// rows may overlap, which lets a convolution read its ±1 window straight
/// from the token matrix instead of copying it.
pub fn matmul_bt_rows(
    a: &[f32],
    m: usize,
    k: usize,
    row_stride: usize,
    b: &[f32],
    n: usize,
    c: &mut [f32],
) {
    if m == 0 || n == 0 {
        return;
    }
    assert!(a.len() >= (m - 1) * row_stride + k && b.len() >= n * k && c.len() >= m * n);
    // SAFETY: the assert keeps every element the strides address inside
    // the slices (a: rows i·row_stride + [0, k); b read as bᵀ with strides
    // (1, k); c is m×n with strides (n, 1)).
    unsafe {
        matrixmultiply::sgemm(
            m,
            k,
            n,
            1.0,
            a.as_ptr(),
            row_stride as isize,
            1,
            b.as_ptr(),
            1,
            k as isize,
            0.0,
            c.as_mut_ptr(),
            n as isize,
            1,
        );
    }
}

/// Adds `bias` to every row of the row-major matrix `x`.
pub fn add_bias(x: &mut [f32], bias: &[f32]) {
    for row in x.chunks_exact_mut(bias.len()) {
        for (v, b) in row.iter_mut().zip(bias) {
            *v += b;
        }
    }
}

/// Maxout over `pieces` adjacent values: `x` is rows×(n·pieces) with the
/// pieces of each output unit contiguous, `out` is rows×n.
pub fn maxout(x: &[f32], pieces: usize, out: &mut [f32]) {
    for (o, group) in out.iter_mut().zip(x.chunks_exact(pieces)) {
        let mut best = group[0];
        for &v in &group[1..] {
            if v > best {
                best = v;
            }
        }
        *o = best;
    }
}

/// Maxout where the pieces are stored piece-major: `x` holds `pieces`
/// consecutive blocks of `out.len()` values; `out[o]` is the largest
/// `x[p * n + o]`. (Weights are re-ordered at load so that this layout,
/// which vectorizes, gives thinc's result.)
pub fn maxout_blocks(x: &[f32], pieces: usize, out: &mut [f32]) {
    let n = out.len();
    out.copy_from_slice(&x[..n]);
    for p in 1..pieces {
        for (o, &v) in out.iter_mut().zip(&x[p * n..(p + 1) * n]) {
            *o = o.max(v);
        }
    }
}

/// Sum with eight independent accumulators, so the loop vectorizes.
fn lane_sum(x: &[f32], f: impl Fn(f32) -> f32) -> f32 {
    let mut acc = [0.0f32; 8];
    let mut chunks = x.chunks_exact(8);
    for c in &mut chunks {
        for (a, &v) in acc.iter_mut().zip(c) {
            *a += f(v);
        }
    }
    let tail: f32 = chunks.remainder().iter().map(|&v| f(v)).sum();
    acc.iter().sum::<f32>() + tail
}

/// thinc's `LayerNorm` on one row, in place: `(x - mean) / sqrt(var + 1e-8) * g + b`.
pub fn layer_norm(x: &mut [f32], g: &[f32], b: &[f32]) {
    let n = x.len() as f32;
    let mean = lane_sum(x, |v| v) / n;
    let var = lane_sum(x, |v| (v - mean) * (v - mean)) / n + 1e-8;
    let inv = 1.0 / var.sqrt();
    for ((v, g), b) in x.iter_mut().zip(g).zip(b) {
        *v = (*v - mean) * inv * g + b;
    }
}

/// Index of the first largest value.
pub fn argmax(x: &[f32]) -> usize {
    let mut best = 0;
    for (i, &v) in x.iter().enumerate() {
        if v > x[best] {
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matmul_against_naive() {
        let (m, k, n) = (5, 7, 3);
        let a: Vec<f32> = (0..m * k).map(|i| (i as f32 * 0.37).sin()).collect();
        let b: Vec<f32> = (0..n * k).map(|i| (i as f32 * 0.11).cos()).collect();
        let mut c = vec![0.0; m * n];
        matmul_bt(&a, m, k, &b, n, &mut c, false);
        for i in 0..m {
            for j in 0..n {
                let want: f32 = (0..k).map(|t| a[i * k + t] * b[j * k + t]).sum();
                assert!((c[i * n + j] - want).abs() < 1e-5);
            }
        }
        matmul_bt(&a, m, k, &b, n, &mut c, true);
        let want: f32 = 2.0 * (0..k).map(|t| a[t] * b[t]).sum::<f32>();
        assert!((c[0] - want).abs() < 1e-5);
    }

    #[test]
    fn maxout_and_norm() {
        let mut out = [0.0; 2];
        maxout(&[1.0, 3.0, 2.0, -1.0, -5.0, -2.0], 3, &mut out);
        assert_eq!(out, [3.0, -1.0]);
        maxout_blocks(&[1.0, -1.0, 3.0, -5.0, 2.0, -2.0], 3, &mut out);
        assert_eq!(out, [3.0, -1.0]);
        let mut x = [1.0, 2.0, 3.0, 4.0];
        layer_norm(&mut x, &[1.0; 4], &[0.0; 4]);
        assert!((x.iter().sum::<f32>()).abs() < 1e-5);
        assert!((x[3] - 1.3416407).abs() < 1e-4);
        assert_eq!(argmax(&[1.0, 5.0, 5.0, 2.0]), 1);
    }
}
