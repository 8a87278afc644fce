//! Consensus: the stake-weighted median of each miner's scores.
//!
//! For a miner `j` the consensus is the score `x` such that the validators that scored `j`
//! below `x` hold at most `1 − κ` of the active stake (with `κ = 0.5`, the stake-weighted
//! median). A validator that gave `j` no weight scores it 0.

use crate::math::{at, normalize, sum, SparseMatrix, ZERO};
use alloc::{vec, vec::Vec};
use substrate_fixed::types::I32F32;

/// The consensus score of each of the `n` columns of `w` under the stake vector `stake`, with
/// majority `kappa` (a proportion).
pub fn weighted_median_col_sparse(
	stake: &[I32F32],
	w: &SparseMatrix,
	n: usize,
	kappa: I32F32,
) -> Vec<I32F32> {
	// Validators with stake, in UID order, and their position in that list.
	let mut position = vec![None; w.len()];
	let mut use_stake = Vec::new();
	for (i, s) in stake.iter().enumerate() {
		if *s > ZERO {
			if let Some(p) = position.get_mut(i) {
				*p = Some(use_stake.len());
			}
			use_stake.push(*s);
		}
	}
	normalize(&mut use_stake);
	let stake_sum = sum(&use_stake);
	let minority = stake_sum.saturating_sub(kappa);

	// Each column's scores by the staked validators, gathered from their rows.
	let mut columns: Vec<Vec<(usize, I32F32)>> = vec![Vec::new(); n];
	for (row, p) in w.iter().zip(&position) {
		let Some(p) = p else { continue };
		for (j, x) in row {
			if let Some(column) = columns.get_mut(usize::from(*j)) {
				column.push((*p, *x));
			}
		}
	}

	let everyone: Vec<usize> = (0..use_stake.len()).collect();
	let mut scores = vec![ZERO; use_stake.len()];
	columns
		.iter()
		.map(|column| {
			if column.is_empty() {
				return ZERO;
			}
			for (p, x) in column {
				if let Some(score) = scores.get_mut(*p) {
					*score = *x;
				}
			}
			let median =
				weighted_median(&use_stake, &scores, everyone.clone(), minority, ZERO, stake_sum);
			for (p, _) in column {
				if let Some(score) = scores.get_mut(*p) {
					*score = ZERO;
				}
			}
			median
		})
		.collect()
}

/// The score at which the stake below it first exceeds `minority`, searching `partition` (a
/// list of indices into `stake` and `score`) whose stake lies between `lo` and `hi`.
fn weighted_median(
	stake: &[I32F32],
	score: &[I32F32],
	mut partition: Vec<usize>,
	minority: I32F32,
	mut lo: I32F32,
	mut hi: I32F32,
) -> I32F32 {
	let rounds = partition.len().saturating_add(1);
	for _ in 0..rounds {
		let pivot = match partition.len() {
			0 => return ZERO,
			1 => return partition.first().map(|i| at(score, *i)).unwrap_or(ZERO),
			len => partition.get(len / 2).map(|i| at(score, *i)).unwrap_or(ZERO),
		};
		let (mut lower, mut upper) = (Vec::new(), Vec::new());
		let (mut lo_stake, mut hi_stake) = (ZERO, ZERO);
		for i in &partition {
			let (s, x) = (at(stake, *i), at(score, *i));
			if x < pivot {
				lower.push(*i);
				lo_stake = lo_stake.saturating_add(s);
			} else if x > pivot {
				upper.push(*i);
				hi_stake = hi_stake.saturating_add(s);
			}
		}
		if minority < lo.saturating_add(lo_stake) && !lower.is_empty() {
			hi = lo.saturating_add(lo_stake);
			partition = lower;
		} else if hi.saturating_sub(hi_stake) <= minority && !upper.is_empty() {
			lo = hi.saturating_sub(hi_stake);
			partition = upper;
		} else {
			return pivot;
		}
	}
	ZERO
}

#[cfg(test)]
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
mod tests {
	use super::*;

	fn fx(x: f64) -> I32F32 {
		I32F32::from_num(x)
	}

	fn column(scores: &[f64]) -> SparseMatrix {
		scores.iter().map(|x| vec![(0, fx(*x))]).collect()
	}

	#[test]
	fn equal_stake_gives_the_plain_median() {
		let stake = [fx(1.0), fx(1.0), fx(1.0)];
		let median = weighted_median_col_sparse(&stake, &column(&[0.2, 0.9, 0.5]), 1, fx(0.5));
		assert_eq!(median, vec![fx(0.5)]);
	}

	#[test]
	fn a_stake_majority_decides() {
		// The validator with 60 % of the stake scores 0.9: the median is its score.
		let stake = [fx(0.6), fx(0.2), fx(0.2)];
		let median = weighted_median_col_sparse(&stake, &column(&[0.9, 0.1, 0.2]), 1, fx(0.5));
		assert_eq!(median, vec![fx(0.9)]);
	}

	#[test]
	fn missing_weights_count_as_zero_and_unstaked_validators_do_not_count() {
		let stake = [fx(1.0), fx(1.0), fx(1.0), ZERO];
		let w: SparseMatrix =
			vec![vec![(0, fx(0.7))], vec![], vec![(0, fx(0.8)), (1, fx(0.3))], vec![(1, ONE)]];
		let median = weighted_median_col_sparse(&stake, &w, 3, fx(0.5));
		assert_eq!(median, vec![fx(0.7), ZERO, ZERO]);
	}

	#[test]
	fn no_stake_means_no_consensus() {
		let median = weighted_median_col_sparse(&[ZERO, ZERO], &column(&[0.5, 0.5]), 1, fx(0.5));
		assert_eq!(median, vec![ZERO]);
	}

	use crate::math::ONE;
}
