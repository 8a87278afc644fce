//! Bonds and dividends.
//!
//! A validator's bond on a miner grows (as an exponential moving average) while it weighs the
//! miner, and its dividends are its bonds weighted by the miners' incentive. Two models:
//! Yuma-2 (column-normalised bonds, the validator's bond purchase weighted by its stake) and
//! Yuma-3 (bonds as absolute proportions in [0, 1], dividends scaled by active stake, with an
//! optional per-cell "liquid alpha" EMA factor).

use crate::math::{
	at, col_max_upscale, col_normalize, exp_safe, fixed_proportion_to_u16, matmul_transpose,
	normalize, row_hadamard, u16_proportion, SparseMatrix, ONE, ZERO,
};
use alloc::vec::Vec;
use core::cmp::Ordering;
use substrate_fixed::types::{I32F32, I64F64};

/// Stored bond rows: `(column, u16 value)`.
pub type StoredBonds = Vec<Vec<(u16, u16)>>;

/// The liquid-alpha settings of a subnet: the EMA factor of each bond cell moves between `low`
/// and `high` along a sigmoid of how far the weight is from consensus.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LiquidAlpha {
	/// Lowest factor (a proportion).
	pub low: I32F32,
	/// Highest factor (a proportion).
	pub high: I32F32,
	/// Steepness of the sigmoid.
	pub steepness: I32F32,
}

impl LiquidAlpha {
	/// From the stored `AlphaValues` (÷65535) and `AlphaSigmoidSteepness`.
	pub fn from_stored(alpha_values: (u16, u16), steepness: i16) -> Self {
		Self {
			low: u16_proportion(alpha_values.0),
			high: u16_proportion(alpha_values.1),
			steepness: I32F32::from_num(steepness),
		}
	}

	/// The EMA factor of a cell with weight `w`, bond `b` and column consensus `c`.
	pub fn factor(&self, w: I32F32, b: I32F32, c: I32F32) -> I32F32 {
		self.factor_at(Self::distance(w, b, c))
	}

	/// How far a cell is from where it should be: buying (weight at or above the bond), how far
	/// the weight is above consensus; selling, how far the bond is above the weight; in [0, 1].
	pub fn distance(w: I32F32, b: I32F32, c: I32F32) -> I32F32 {
		let clamp01 = |x: I32F32| x.max(ZERO).min(ONE);
		if w >= b {
			clamp01(w.saturating_sub(c))
		} else {
			clamp01(b.saturating_sub(w))
		}
	}

	/// The EMA factor at distance `diff`: `low + sigmoid(diff) · (high − low)`, clamped.
	pub fn factor_at(&self, diff: I32F32) -> I32F32 {
		let half = I32F32::from_num(0.5);
		let slope = self.steepness.saturating_div(I32F32::from_num(-100));
		let sigmoid = ONE
			.checked_div(
				ONE.saturating_add(exp_safe(slope.saturating_mul(diff.saturating_sub(half)))),
			)
			.unwrap_or(ZERO);
		let alpha =
			self.low.saturating_add(sigmoid.saturating_mul(self.high.saturating_sub(self.low)));
		alpha.max(self.low).min(self.high)
	}
}

/// The constant EMA factor `1 − BondsMovingAverage / 10^6`, rounded as the reference chain
/// does: the average is divided in `I64F64`, truncated to `I32F32`, and only then subtracted
/// from 1 (at 900 000 this is one unit in the last place above `truncate(0.1)`). The setters
/// keep the average within 10^6; a larger stored value still gives 0, never a negative factor.
pub fn ema_factor(bonds_moving_average: u64) -> I32F32 {
	let average = I64F64::saturating_from_num(bonds_moving_average)
		.saturating_div(I64F64::from_num(1_000_000));
	ONE.saturating_sub(I32F32::saturating_from_num(average)).max(ZERO)
}

/// `α·new + (1 − α)·old` over the union of the entries of each row (rows sorted by column),
/// keeping the positive results.
pub fn ema_union(new: &SparseMatrix, old: &SparseMatrix, alpha: I32F32) -> SparseMatrix {
	let keep = ONE.saturating_sub(alpha);
	let empty = Vec::new();
	new.iter()
		.enumerate()
		.map(|(i, new_row)| {
			let old_row = old.get(i).unwrap_or(&empty);
			let mut row = Vec::with_capacity(new_row.len().max(old_row.len()));
			let (mut a, mut b) = (new_row.iter().peekable(), old_row.iter().peekable());
			loop {
				let (j, value) = match (a.peek(), b.peek()) {
					(None, None) => break,
					(Some((ja, xa)), Some((jb, xb))) => match ja.cmp(jb) {
						Ordering::Equal => {
							let value =
								alpha.saturating_mul(*xa).saturating_add(keep.saturating_mul(*xb));
							let j = *ja;
							a.next();
							b.next();
							(j, value)
						},
						Ordering::Less => {
							let j = *ja;
							let value = alpha.saturating_mul(*xa);
							a.next();
							(j, value)
						},
						Ordering::Greater => {
							let j = *jb;
							let value = keep.saturating_mul(*xb);
							b.next();
							(j, value)
						},
					},
					(Some((ja, xa)), None) => {
						let j = *ja;
						let value = alpha.saturating_mul(*xa);
						a.next();
						(j, value)
					},
					(None, Some((jb, xb))) => {
						let j = *jb;
						let value = keep.saturating_mul(*xb);
						b.next();
						(j, value)
					},
				};
				if value > ZERO {
					row.push((j, value));
				}
			}
			row
		})
		.collect()
}

/// Liquid-alpha EMA: for each weight entry `(i, j)`,
/// `min(1, (1 − α_ij)·B_ij + max(0, α_ij·W_ij))`, kept if positive; bond cells without a weight
/// entry disappear. Rows of both matrices are sorted by column.
pub fn ema_liquid(
	weights: &SparseMatrix,
	bonds: &SparseMatrix,
	consensus: &[I32F32],
	liquid: &LiquidAlpha,
) -> SparseMatrix {
	let empty = Vec::new();
	// Cells within consensus (distance 0) are the common case; their factor is computed once.
	let at_consensus = liquid.factor_at(ZERO);
	weights
		.iter()
		.enumerate()
		.map(|(i, row)| {
			let bond_row = bonds.get(i).unwrap_or(&empty);
			let mut bond_iter = bond_row.iter().peekable();
			row.iter()
				.filter_map(|(j, w)| {
					while bond_iter.peek().is_some_and(|(jb, _)| jb < j) {
						bond_iter.next();
					}
					let b = match bond_iter.peek() {
						Some((jb, b)) if jb == j => *b,
						_ => ZERO,
					};
					let diff = LiquidAlpha::distance(*w, b, at(consensus, usize::from(*j)));
					let alpha = if diff == ZERO { at_consensus } else { liquid.factor_at(diff) };
					let value = ONE
						.saturating_sub(alpha)
						.saturating_mul(b)
						.saturating_add(alpha.saturating_mul(*w).max(ZERO))
						.min(ONE);
					(value > ZERO).then_some((*j, value))
				})
				.collect()
		})
		.collect()
}

/// Yuma-2: returns (bond rows to store, dividends). `bonds` are the stored values as plain
/// numbers, `weights` the bond weights `Wb`, `active_stake` `A`, `incentive` `I`.
pub fn yuma2(
	bonds: SparseMatrix,
	weights: &SparseMatrix,
	active_stake: &[I32F32],
	incentive: &[I32F32],
	bonds_moving_average: u64,
	n: usize,
) -> (StoredBonds, Vec<I32F32>) {
	let mut bonds = bonds;
	col_normalize(&mut bonds, n);
	let mut delta = row_hadamard(weights, active_stake);
	col_normalize(&mut delta, n);
	let mut ema = ema_union(&delta, &bonds, ema_factor(bonds_moving_average));
	col_normalize(&mut ema, n);
	let mut dividends = matmul_transpose(&ema, incentive);
	normalize(&mut dividends);
	col_max_upscale(&mut ema, n);
	(to_stored(&ema), dividends)
}

/// Yuma-3: returns (bond rows to store, dividends). `bonds` are proportions in [0, 1]; with
/// `liquid` and some non-zero consensus, each cell gets its own EMA factor.
#[allow(clippy::too_many_arguments)]
pub fn yuma3(
	bonds: SparseMatrix,
	weights: &SparseMatrix,
	active_stake: &[I32F32],
	incentive: &[I32F32],
	consensus: &[I32F32],
	bonds_moving_average: u64,
	liquid: Option<LiquidAlpha>,
	n: usize,
) -> (StoredBonds, Vec<I32F32>) {
	let ema = match liquid {
		Some(liquid) if consensus.iter().any(|c| *c != ZERO) => {
			ema_liquid(weights, &bonds, consensus, &liquid)
		},
		_ => ema_union(weights, &bonds, ema_factor(bonds_moving_average)),
	};
	let mut shares = ema.clone();
	col_normalize(&mut shares, n);
	let mut dividends: Vec<I32F32> = matmul_transpose(&shares, incentive)
		.into_iter()
		.enumerate()
		.map(|(i, t)| t.checked_mul(at(active_stake, i)).unwrap_or(ZERO))
		.collect();
	normalize(&mut dividends);
	(to_stored(&ema), dividends)
}

/// `floor(x × 65535)` of every entry.
fn to_stored(m: &SparseMatrix) -> StoredBonds {
	m.iter()
		.map(|row| row.iter().map(|(j, x)| (*j, fixed_proportion_to_u16(*x))).collect())
		.collect()
}

#[cfg(test)]
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
mod tests {
	use super::*;
	use alloc::vec;

	fn fx(x: f64) -> I32F32 {
		I32F32::from_num(x)
	}

	#[test]
	fn the_ema_blends_old_and_new_over_the_union() {
		let new: SparseMatrix = vec![vec![(0, fx(1.0)), (2, fx(0.5))]];
		let old: SparseMatrix = vec![vec![(1, fx(1.0)), (2, fx(1.0))]];
		let ema = ema_union(&new, &old, fx(0.25));
		assert_eq!(ema[0], vec![(0, fx(0.25)), (1, fx(0.75)), (2, fx(0.875))]);
		// α = 1: only the new entries survive.
		assert_eq!(ema_union(&new, &old, ONE)[0], new[0]);
	}

	#[test]
	fn the_constant_factor_comes_from_the_moving_average() {
		// 0.9 truncated to 32 fractional bits is 3865470566 / 2^32, so the factor is
		// (2^32 − 3865470566) / 2^32 = 429496730 / 2^32, not truncate(0.1) = 429496729 / 2^32.
		assert_eq!(ema_factor(900_000), I32F32::from_bits(429_496_730));
		assert_eq!(ema_factor(500_000), I32F32::from_num(0.5));
		assert_eq!(ema_factor(0), ONE);
		assert_eq!(ema_factor(2_000_000), ZERO);
	}

	#[test]
	fn liquid_alpha_stays_between_its_bounds_and_rises_with_distance() {
		let liquid = LiquidAlpha::from_stored((45_875, 58_982), 1000);
		let near = liquid.factor(fx(0.5), ZERO, fx(0.5));
		let far = liquid.factor(fx(1.0), ZERO, ZERO);
		assert!(near >= liquid.low && far <= liquid.high);
		assert!(far > near, "{far} <= {near}");
	}

	#[test]
	fn liquid_bonds_only_keep_cells_with_weights() {
		let liquid = LiquidAlpha::from_stored((45_875, 58_982), 1000);
		let weights: SparseMatrix = vec![vec![(1, fx(1.0))]];
		let bonds: SparseMatrix = vec![vec![(0, fx(0.5)), (1, fx(0.5))]];
		let ema = ema_liquid(&weights, &bonds, &[ZERO, fx(1.0)], &liquid);
		assert_eq!(ema[0].len(), 1);
		assert_eq!(ema[0][0].0, 1);
		assert!(ema[0][0].1 > fx(0.5) && ema[0][0].1 <= ONE);
	}

	#[test]
	fn yuma3_dividends_follow_bonds_times_incentive_times_stake() {
		// Two validators bonded to miner 2 equally; the one with more active stake earns more.
		let bonds: SparseMatrix = vec![vec![(2, fx(0.5))], vec![(2, fx(0.5))], vec![]];
		let weights: SparseMatrix = vec![vec![(2, ONE)], vec![(2, ONE)], vec![]];
		let stake = [fx(0.75), fx(0.25), ZERO];
		let incentive = [ZERO, ZERO, ONE];
		let (stored, dividends) =
			yuma3(bonds, &weights, &stake, &incentive, &[ZERO, ZERO, ONE], 900_000, None, 3);
		assert_eq!(dividends[0], fx(0.75));
		assert_eq!(dividends[1], fx(0.25));
		// EMA with α = 0.1: 0.1 · 1 + 0.9 · 0.5 = 0.55.
		let (column, value) = stored[0][0];
		assert_eq!(column, 2);
		assert!((36_043..=36_045).contains(&value), "{value}");
	}
}
