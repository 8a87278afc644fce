//! Vector and sparse-matrix helpers of the epoch, in `I32F32` (stake in `I64F64`).
//!
//! A [`SparseMatrix`] has one row per UID; a row lists `(column, value)` entries, at most one
//! per column. Every helper saturates instead of overflowing, treats `x / 0` as 0, and ignores
//! entries whose column is outside the matrix.

use alloc::{vec, vec::Vec};
use substrate_fixed::{
	transcendental::exp,
	types::{I32F32, I64F64},
};

/// One row of `(column, value)` entries per UID.
pub type SparseMatrix = Vec<Vec<(u16, I32F32)>>;

/// 0 in `I32F32`.
pub const ZERO: I32F32 = I32F32::from_bits(0);
/// 1 in `I32F32`.
pub const ONE: I32F32 = I32F32::from_bits(1 << 32);
/// 0 in `I64F64`.
pub const ZERO_64: I64F64 = I64F64::from_bits(0);

/// `u16::MAX` as `I32F32`, the denominator of every stored proportion.
pub fn u16_max() -> I32F32 {
	I32F32::from_num(u16::MAX)
}

/// A stored proportion `v / 65535`.
pub fn u16_proportion(v: u16) -> I32F32 {
	I32F32::from_num(v).saturating_div(u16_max())
}

/// `floor(x × 65535)`, saturating at 0 and 65535.
pub fn fixed_proportion_to_u16(x: I32F32) -> u16 {
	x.saturating_mul(u16_max()).saturating_to_num::<u16>()
}

/// `a / b`, or 0 when `b` is 0.
pub fn safe_div(a: I32F32, b: I32F32) -> I32F32 {
	if b == ZERO {
		ZERO
	} else {
		a.saturating_div(b)
	}
}

/// Saturating sum of a vector.
pub fn sum(v: &[I32F32]) -> I32F32 {
	v.iter().fold(ZERO, |total, x| total.saturating_add(*x))
}

/// Divides every element by the sum, if the sum is not 0.
pub fn normalize(v: &mut [I32F32]) {
	let total = sum(v);
	if total != ZERO {
		v.iter_mut().for_each(|x| *x = x.saturating_div(total));
	}
}

/// [`normalize`] in `I64F64`.
pub fn normalize_64(v: &mut [I64F64]) {
	let total = v.iter().fold(ZERO_64, |total, x| total.saturating_add(*x));
	if total != ZERO_64 {
		v.iter_mut().for_each(|x| *x = x.saturating_div(total));
	}
}

/// Scales `v` so its maximum becomes 65535 and rounds to u16 (weights as submitted are stored
/// this way). All-zero (or all-negative) input is truncated as proportions instead.
pub fn vec_max_upscale_to_u16(v: &[I32F32]) -> Vec<u16> {
	let max = v.iter().copied().fold(ZERO, |m, x| if x > m { x } else { m });
	let to_u16 = |x: I32F32| x.saturating_round().saturating_to_num::<u16>();
	if max == ZERO {
		return v.iter().map(|x| fixed_proportion_to_u16(*x)).collect();
	}
	if max > I32F32::from_num(32_768) {
		// Large values: divide first so the product stays in range.
		let ratio = u16_max().saturating_div(max);
		v.iter().map(|x| to_u16(x.saturating_mul(ratio))).collect()
	} else {
		v.iter().map(|x| to_u16(x.saturating_mul(u16_max()).saturating_div(max))).collect()
	}
}

/// The value at `index`, 0 past the end.
pub fn at<T: Copy + Default>(v: &[T], index: usize) -> T {
	v.get(index).copied().unwrap_or_default()
}

/// Each row with a positive sum is divided by its sum.
pub fn row_normalize(m: &mut SparseMatrix) {
	for row in m.iter_mut() {
		let total = row.iter().fold(ZERO, |t, (_, x)| t.saturating_add(*x));
		if total > ZERO {
			row.iter_mut().for_each(|(_, x)| *x = x.saturating_div(total));
		}
	}
}

/// Per-column sums over `n` columns.
pub fn col_sums(m: &SparseMatrix, n: usize) -> Vec<I32F32> {
	let mut sums = vec![ZERO; n];
	for (j, x) in m.iter().flatten() {
		if let Some(s) = sums.get_mut(usize::from(*j)) {
			*s = s.saturating_add(*x);
		}
	}
	sums
}

/// Each entry divided by its column's sum (columns summing to 0 stay as they are).
pub fn col_normalize(m: &mut SparseMatrix, n: usize) {
	let sums = col_sums(m, n);
	for (j, x) in m.iter_mut().flatten() {
		let s = at(&sums, usize::from(*j));
		if s != ZERO {
			*x = x.saturating_div(s);
		}
	}
}

/// Each entry divided by its column's maximum (columns whose maximum is 0 stay as they are).
pub fn col_max_upscale(m: &mut SparseMatrix, n: usize) {
	let mut maxima = vec![ZERO; n];
	for (j, x) in m.iter().flatten() {
		if let Some(max) = maxima.get_mut(usize::from(*j)) {
			if *x > *max {
				*max = *x;
			}
		}
	}
	for (j, x) in m.iter_mut().flatten() {
		let max = at(&maxima, usize::from(*j));
		if max != ZERO {
			*x = x.saturating_div(max);
		}
	}
}

/// Empties the rows whose mask is `true`.
pub fn mask_rows(mask: &[bool], m: &mut SparseMatrix) {
	for (row, masked) in m.iter_mut().zip(mask) {
		if *masked {
			row.clear();
		}
	}
}

/// Keeps the entries `(i, j)` for which `keep(i, j)` holds.
pub fn retain_entries(m: &mut SparseMatrix, keep: impl Fn(usize, usize) -> bool) {
	for (i, row) in m.iter_mut().enumerate() {
		row.retain(|(j, _)| keep(i, usize::from(*j)));
	}
}

/// Drops the diagonal entries `(i, i)`, except `(k, k)` for `except = Some(k)`.
pub fn mask_diag_except(m: &mut SparseMatrix, except: Option<u16>) {
	let except = except.map(usize::from);
	retain_entries(m, |i, j| i != j || Some(i) == except);
}

/// `result[j] = Σ_i v_i · M_ij` over `n` columns.
pub fn matmul(m: &SparseMatrix, v: &[I32F32], n: usize) -> Vec<I32F32> {
	let mut result = vec![ZERO; n];
	for (row, vi) in m.iter().zip(v) {
		for (j, x) in row {
			if let Some(r) = result.get_mut(usize::from(*j)) {
				*r = r.saturating_add(vi.saturating_mul(*x));
			}
		}
	}
	result
}

/// `result[i] = Σ_j M_ij · v_j`.
pub fn matmul_transpose(m: &SparseMatrix, v: &[I32F32]) -> Vec<I32F32> {
	m.iter()
		.map(|row| {
			row.iter()
				.fold(ZERO, |t, (j, x)| t.saturating_add(x.saturating_mul(at(v, usize::from(*j)))))
		})
		.collect()
}

/// `M_ij · v_i`.
pub fn row_hadamard(m: &SparseMatrix, v: &[I32F32]) -> SparseMatrix {
	m.iter()
		.enumerate()
		.map(|(i, row)| {
			let vi = at(v, i);
			row.iter().map(|(j, x)| (*j, x.saturating_mul(vi))).collect()
		})
		.collect()
}

/// The row as a dense vector over `n` columns.
pub fn densify(row: &[(u16, I32F32)], n: usize) -> Vec<I32F32> {
	let mut dense = vec![ZERO; n];
	for (j, x) in row {
		if let Some(d) = dense.get_mut(usize::from(*j)) {
			*d = *x;
		}
	}
	dense
}

/// The positive entries of a dense row, in column order.
pub fn positive_entries(dense: &[I32F32]) -> Vec<(u16, I32F32)> {
	dense
		.iter()
		.enumerate()
		.filter(|(_, x)| **x > ZERO)
		.map(|(j, x)| (u16::try_from(j).unwrap_or(u16::MAX), *x))
		.collect()
}

/// `true` for the `k` largest non-zero elements (ties: the higher index wins); all non-zero
/// elements when there are fewer than `k` elements.
pub fn is_topk_nonzero(v: &[I32F32], k: usize) -> Vec<bool> {
	let mut result: Vec<bool> = v.iter().map(|x| *x != ZERO).collect();
	let n = v.len();
	if n < k {
		return result;
	}
	let mut order: Vec<usize> = (0..n).collect();
	order.sort_by_key(|i| at(v, *i)); // stable: equal values keep index order
	for i in order.into_iter().take(n.saturating_sub(k)) {
		if let Some(r) = result.get_mut(i) {
			*r = false;
		}
	}
	result
}

/// `W + β (W̄ − W)` entry-wise: `W` itself for β = 0, `W̄` for β = 1, otherwise computed densely
/// per row over `n` columns keeping the positive results.
pub fn interpolate(
	w: &SparseMatrix,
	clipped: &SparseMatrix,
	beta: I32F32,
	n: usize,
) -> SparseMatrix {
	if beta == ZERO {
		return w.clone();
	}
	if beta == ONE {
		return clipped.clone();
	}
	w.iter()
		.zip(clipped)
		.map(|(row, clipped_row)| {
			let mut dense = densify(row, n);
			let target = densify(clipped_row, n);
			for (x, t) in dense.iter_mut().zip(&target) {
				*x = x.saturating_add(beta.saturating_mul(t.saturating_sub(*x)));
			}
			positive_entries(&dense)
		})
		.collect()
}

/// `e^x` with `x` clamped to [−20, 20]; 0 (negative input) or the maximum (otherwise) if the
/// series overflows. Bit for bit `substrate_fixed::transcendental::exp` (see [`exp_series`]).
pub fn exp_safe(x: I32F32) -> I32F32 {
	let bound = I32F32::from_num(20);
	let x = if x > bound {
		bound
	} else if x < bound.saturating_neg() {
		bound.saturating_neg()
	} else {
		x
	};
	match exp_series(x) {
		Some(value) => value,
		None if x < ZERO => ZERO,
		None => I32F32::max_value(),
	}
}

/// The Taylor series of `substrate_fixed::transcendental::exp` for `I32F32`, term by term in
/// the same order with the same roundings, but stopping once a term is 0 (every later term is
/// 0 too, so the sum cannot change) and dividing each term by its index as an integer (the
/// same quotient as the fixed-point division by `i`, without 128-bit arithmetic). About ten
/// times faster; the tests compare it with the library bit for bit.
fn exp_series(x: I32F32) -> Option<I32F32> {
	if x == ZERO || x == ONE {
		return exp::<I32F32, I32F32>(x).ok();
	}
	let operand = x.checked_abs()?;
	let mut result = operand.checked_add(ONE)?;
	let mut term = operand;
	for i in 2..32i64 {
		term = term.checked_mul(operand)?;
		term = I32F32::from_bits(term.to_bits().checked_div(i)?);
		if term == ZERO {
			break;
		}
		result = result.checked_add(term)?;
	}
	if x < ZERO {
		ONE.checked_div(result)
	} else {
		Some(result)
	}
}

#[cfg(test)]
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects, clippy::unwrap_used)]
mod tests {
	use super::*;

	fn fx(x: f64) -> I32F32 {
		I32F32::from_num(x)
	}

	#[test]
	fn upscaling_makes_the_largest_weight_65535() {
		assert_eq!(
			vec_max_upscale_to_u16(&[fx(1.0), fx(2.0), fx(4.0)]),
			vec![16_384, 32_768, 65_535]
		);
		assert_eq!(vec_max_upscale_to_u16(&[fx(40_000.0), fx(10_000.0)]), vec![65_535, 16_384]);
		assert_eq!(vec_max_upscale_to_u16(&[ZERO, ZERO]), vec![0, 0]);
		assert_eq!(vec_max_upscale_to_u16(&[]), Vec::<u16>::new());
	}

	#[test]
	fn top_k_keeps_the_largest_and_breaks_ties_by_higher_index() {
		let v = [fx(1.0), fx(3.0), fx(1.0), ZERO, fx(2.0)];
		assert_eq!(is_topk_nonzero(&v, 2), vec![false, true, false, false, true]);
		assert_eq!(is_topk_nonzero(&v, 3), vec![false, true, true, false, true]);
		assert_eq!(is_topk_nonzero(&v, 9), vec![true, true, true, false, true]);
	}

	#[test]
	fn normalisation_leaves_zero_rows_and_columns_alone() {
		let mut m: SparseMatrix =
			vec![vec![(0, fx(1.0)), (1, fx(3.0))], vec![], vec![(1, fx(1.0))]];
		row_normalize(&mut m);
		assert_eq!(m[0], vec![(0, fx(0.25)), (1, fx(0.75))]);
		col_normalize(&mut m, 3);
		assert_eq!(m[0][0].1, ONE);
		assert_eq!(m[2][0].1, fx(1.0) / fx(1.75));
		let mut v = [ZERO, ZERO];
		normalize(&mut v);
		assert_eq!(v, [ZERO, ZERO]);
	}

	#[test]
	fn products_follow_rows_and_columns() {
		let m: SparseMatrix = vec![vec![(0, fx(1.0)), (2, fx(2.0))], vec![(1, fx(3.0)), (7, ONE)]];
		assert_eq!(matmul(&m, &[fx(2.0), fx(1.0)], 3), vec![fx(2.0), fx(3.0), fx(4.0)]);
		assert_eq!(matmul_transpose(&m, &[ONE, ONE, ONE]), vec![fx(3.0), fx(3.0)]);
		assert_eq!(row_hadamard(&m, &[fx(0.5), ZERO])[0], vec![(0, fx(0.5)), (2, ONE)]);
	}

	#[test]
	fn interpolation_moves_between_the_two_matrices() {
		let w: SparseMatrix = vec![vec![(0, fx(0.5)), (1, fx(0.5))]];
		let clipped: SparseMatrix = vec![vec![(0, fx(0.5))]];
		assert_eq!(interpolate(&w, &clipped, ZERO, 2), w);
		assert_eq!(interpolate(&w, &clipped, ONE, 2), clipped);
		assert_eq!(interpolate(&w, &clipped, fx(0.5), 2)[0], vec![(0, fx(0.5)), (1, fx(0.25))]);
	}

	proptest::proptest! {
		/// The fast series gives exactly the library's result (or its failure).
		#[test]
		fn exp_series_matches_the_library(bits in -(20i64 << 32)..=(20i64 << 32)) {
			let x = I32F32::from_bits(bits);
			proptest::prop_assert_eq!(exp_series(x), exp::<I32F32, I32F32>(x).ok());
		}
	}

	#[test]
	fn exp_series_matches_the_library_on_round_values() {
		for tenths in -200..=200 {
			let x = I32F32::from_num(tenths) / I32F32::from_num(10);
			assert_eq!(exp_series(x), exp::<I32F32, I32F32>(x).ok(), "e^{x}");
		}
	}

	#[test]
	fn exp_is_clamped() {
		assert_eq!(exp_safe(fx(100.0)), exp_safe(fx(20.0)));
		assert!(exp_safe(fx(-100.0)) < fx(0.000_001));
		assert_eq!(exp_safe(ZERO), ONE);
	}
}
