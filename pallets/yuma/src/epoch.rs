//! One epoch of one mechanism of a subnet, step by step: activity, stake, validator permits,
//! active stake, weight masking, consensus, clipping, incentive, bonds and dividends, and the
//! split of the emission between miners and validators.

use crate::{
	bonds::{yuma2, yuma3, LiquidAlpha},
	math::{
		at, fixed_proportion_to_u16, interpolate, is_topk_nonzero, mask_diag_except, mask_rows,
		matmul, normalize, normalize_64, retain_entries, row_normalize, safe_div, sum,
		u16_proportion, SparseMatrix, ZERO, ZERO_64,
	},
	median::weighted_median_col_sparse,
};
use alloc::{vec, vec::Vec};
use substrate_fixed::types::{I32F32, I64F64, I96F32, U96F32};

/// A subnet's hyperparameters as the epoch reads them (stored units).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "codec", derive(codec::Encode, codec::Decode, scale_info::TypeInfo))]
pub struct EpochParams {
	/// Blocks between epochs.
	pub tempo: u16,
	/// Activity cutoff in thousandths of a tempo.
	pub activity_cutoff_factor_milli: u32,
	/// Consensus majority (÷65535).
	pub kappa: u16,
	/// How much bonds follow clipped rather than raw weights (÷65535).
	pub bonds_penalty: u16,
	/// Bond EMA: factor `1 − bonds_moving_average / 10^6`.
	pub bonds_moving_average: u64,
	/// Yuma-3 bonds (else Yuma-2).
	pub yuma3: bool,
	/// Per-cell bond EMA factors (Yuma-3 only).
	pub liquid_alpha: bool,
	/// (low, high) liquid-alpha factors (÷65535).
	pub alpha_values: (u16, u16),
	/// Liquid-alpha sigmoid steepness.
	pub alpha_sigmoid_steepness: i16,
	/// Number of validator permits.
	pub max_allowed_validators: u16,
	/// Stake weight below which a UID counts as unstaked (the owner excepted).
	pub stake_threshold: u64,
	/// Weight of root stake against alpha stake (÷`u64::MAX`).
	pub tao_weight: u64,
}

/// Everything the epoch reads for one mechanism of a subnet. Vectors are indexed by UID;
/// missing elements read as 0 / `false` / empty.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "codec", derive(codec::Encode, codec::Decode, scale_info::TypeInfo))]
pub struct EpochInput {
	/// Number of UIDs.
	pub n: u16,
	/// The current block.
	pub now: u64,
	/// Block of the subnet's last distribution (0: none yet).
	pub last_mechanism_step_block: u64,
	/// UID of the subnet owner's hotkey, if it has one.
	pub owner_uid: Option<u16>,
	/// Each UID's alpha stake on the subnet (child/parent-adjusted). Like every amount on chain
	/// it is at most the supply (2.1·10^16 rao); beyond that, sums saturate.
	pub alpha_stake: Vec<u64>,
	/// Each UID's root stake (child/parent-adjusted with this subnet's links).
	pub root_stake: Vec<u64>,
	/// Block of each UID's last weight update.
	pub last_update: Vec<u64>,
	/// Block at which each UID registered.
	pub block_at_registration: Vec<u64>,
	/// Validator permits from the previous epoch.
	pub validator_permit: Vec<bool>,
	/// Stored weight rows `(uid, u16)`.
	pub weights: Vec<Vec<(u16, u16)>>,
	/// Stored bond rows `(uid, u16)`.
	pub bonds: Vec<Vec<(u16, u16)>>,
	/// With commit-reveal on: each UID's earliest unexpired commit block (`u64::MAX` if none).
	pub commit_blocks: Option<Vec<u64>>,
	/// Alpha (rao) to distribute.
	pub emission: u64,
	/// Hyperparameters.
	pub params: EpochParams,
}

/// The epoch's results for one UID.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NeuronTerms {
	/// Miner share (÷65535).
	pub incentive: u16,
	/// Validator share (÷65535).
	pub dividend: u16,
	/// Consensus score (÷65535).
	pub consensus: u16,
	/// Weight the validator's scores kept after clipping (÷65535).
	pub validator_trust: u16,
	/// Normalised stake (÷65535).
	pub stake_weight: u16,
	/// Updated weights within the activity cutoff.
	pub active: bool,
	/// Holds a validator permit for the next epoch.
	pub validator_permit: bool,
	/// Alpha (rao) earned as a miner.
	pub server_emission: u64,
	/// Alpha (rao) earned as a validator.
	pub validator_emission: u64,
	/// Alpha (rao) earned in all.
	pub emission: u64,
	/// Stake weight before the threshold (rao).
	pub stake: u64,
}

/// The results of an epoch: per-UID terms and the bond rows to store (empty for UIDs without a
/// permit).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EpochOutput {
	/// Terms by UID.
	pub neurons: Vec<NeuronTerms>,
	/// New bond rows by UID.
	pub bonds: Vec<Vec<(u16, u16)>>,
}

/// The activity cutoff in blocks: `factor_milli / 1000` tempos, at least one block. A UID
/// whose last weights are older than this is inactive.
pub fn activity_cutoff_blocks(factor_milli: u32, tempo: u16) -> u64 {
	u64::from(factor_milli).saturating_mul(u64::from(tempo)).checked_div(1000).unwrap_or(0).max(1)
}

/// What both consensus modes read the same way: activity, registration blocks and stake.
pub(crate) struct Basis {
	/// Number of UIDs.
	pub n: usize,
	/// The owner's UID, if it is one of the `n`.
	pub owner: Option<u16>,
	/// Block of each UID's last weight update.
	pub last_update: Vec<u64>,
	/// Block at which each UID registered.
	pub registered: Vec<u64>,
	/// Whether each UID updated its weights within the activity cutoff.
	pub active: Vec<bool>,
	/// Each UID's stake weight before the threshold.
	pub raw_stake: Vec<I64F64>,
	/// Normalised stake weight after the threshold.
	pub stake: Vec<I32F32>,
}

impl Basis {
	/// Steps 1 and 2 of the epoch: activity, then alpha plus weighted root stake, thresholded
	/// (the owner excepted) and normalised.
	pub(crate) fn read(input: &EpochInput) -> Self {
		let n = usize::from(input.n);
		let params = &input.params;
		let owner = input.owner_uid.filter(|uid| usize::from(*uid) < n);
		let cutoff = activity_cutoff_blocks(params.activity_cutoff_factor_milli, params.tempo);
		let last_update: Vec<u64> = (0..n).map(|i| at(&input.last_update, i)).collect();
		let registered: Vec<u64> = (0..n).map(|i| at(&input.block_at_registration, i)).collect();
		let active: Vec<bool> =
			last_update.iter().map(|u| u.saturating_add(cutoff) >= input.now).collect();
		let tao_weight = I64F64::saturating_from_num(
			U96F32::from_num(params.tao_weight).saturating_div(U96F32::from_num(u64::MAX)),
		);
		let raw_stake: Vec<I64F64> = (0..n)
			.map(|i| {
				let root = I64F64::saturating_from_num(at(&input.root_stake, i));
				I64F64::saturating_from_num(at(&input.alpha_stake, i))
					.saturating_add(root.saturating_mul(tao_weight))
			})
			.collect();
		let is_owner = |i: usize| owner.is_some_and(|uid| usize::from(uid) == i);
		let mut stake64: Vec<I64F64> = raw_stake
			.iter()
			.enumerate()
			.map(|(i, s)| {
				let below = s.saturating_to_num::<u64>() < params.stake_threshold;
				if below && !is_owner(i) {
					ZERO_64
				} else {
					*s
				}
			})
			.collect();
		normalize_64(&mut stake64);
		let stake = stake64.iter().map(|s| I32F32::saturating_from_num(*s)).collect();
		Basis { n, owner, last_update, registered, active, raw_stake, stake }
	}

	/// Drops the weights no mode counts: on oneself (the owner excepted), on a UID that
	/// registered after the weights were set or (with commit-reveal) committed; then
	/// normalises the rows.
	pub(crate) fn mask_weights(&self, weights: &mut SparseMatrix, input: &EpochInput) {
		mask_diag_except(weights, self.owner);
		retain_entries(weights, |i, j| at(&self.last_update, i) > at(&self.registered, j));
		if let Some(commits) = &input.commit_blocks {
			retain_entries(weights, |i, j| {
				commits.get(i).copied().unwrap_or(u64::MAX) >= at(&self.registered, j)
			});
		}
		row_normalize(weights);
	}
}

/// The proportions an epoch arrives at, by UID, before they become amounts.
pub(crate) struct Scores {
	/// Miner shares.
	pub incentive: Vec<I32F32>,
	/// Validator shares.
	pub dividends: Vec<I32F32>,
	/// Consensus scores.
	pub consensus: Vec<I32F32>,
	/// Weight each validator kept after clipping.
	pub validator_trust: Vec<I32F32>,
	/// The stake the validators' weights count with (the fallback of the split).
	pub active_stake: Vec<I32F32>,
	/// Validator permits for the next epoch.
	pub new_permit: Vec<bool>,
}

impl Scores {
	/// Steps 11 and 12: splits `input.emission` by the scores and lays out each UID's terms.
	pub(crate) fn into_terms(self, basis: &Basis, input: &EpochInput) -> Vec<NeuronTerms> {
		let shares =
			emission_shares(&self.incentive, &self.dividends, &self.active_stake, &basis.stake);
		let emission = I96F32::saturating_from_num(input.emission);
		let amount = |share: I32F32| {
			I96F32::saturating_from_num(share).saturating_mul(emission).saturating_to_num::<u64>()
		};
		(0..basis.n)
			.map(|i| NeuronTerms {
				incentive: fixed_proportion_to_u16(at(&self.incentive, i)),
				dividend: fixed_proportion_to_u16(at(&self.dividends, i)),
				consensus: fixed_proportion_to_u16(at(&self.consensus, i)),
				validator_trust: fixed_proportion_to_u16(at(&self.validator_trust, i)),
				stake_weight: fixed_proportion_to_u16(at(&basis.stake, i)),
				active: at(&basis.active, i),
				validator_permit: at(&self.new_permit, i),
				server_emission: amount(at(&shares.server, i)),
				validator_emission: amount(at(&shares.validator, i)),
				emission: amount(at(&shares.combined, i)),
				stake: basis.raw_stake.get(i).map(|s| s.saturating_to_num::<u64>()).unwrap_or(0),
			})
			.collect()
	}
}

/// Runs the epoch (the crate documentation gives the formulas).
pub fn run_epoch(input: &EpochInput) -> EpochOutput {
	let params = &input.params;
	let basis = Basis::read(input);
	let n = basis.n;

	// 3. Validator permits: the previous ones gate weights, the new ones go to the top stake.
	let mut old_permit: Vec<bool> = (0..n).map(|i| at(&input.validator_permit, i)).collect();
	let mut new_permit = is_topk_nonzero(&basis.stake, usize::from(params.max_allowed_validators));
	if let Some(uid) = basis.owner {
		for permits in [&mut old_permit, &mut new_permit] {
			if let Some(p) = permits.get_mut(usize::from(uid)) {
				*p = true;
			}
		}
	}
	let forbid: Vec<bool> = old_permit.iter().map(|p| !p).collect();

	// 4. Active stake: permitted, active validators only.
	let mut active_stake: Vec<I32F32> = basis
		.stake
		.iter()
		.zip(basis.active.iter().zip(&forbid))
		.map(|(s, (a, f))| if *a && !*f { *s } else { ZERO })
		.collect();
	normalize(&mut active_stake);

	// 5. Weights, masked.
	let mut weights = load_rows(&input.weights, n, I32F32::from_num);
	mask_rows(&forbid, &mut weights);
	basis.mask_weights(&mut weights, input);

	// 6. Consensus.
	let kappa = u16_proportion(params.kappa);
	let consensus = weighted_median_col_sparse(&active_stake, &weights, n, kappa);

	// 7. Clipping and validator trust.
	let clipped: SparseMatrix = weights
		.iter()
		.map(|row| {
			row.iter()
				.filter_map(|(j, w)| {
					let c = at(&consensus, usize::from(*j));
					if *w <= c {
						Some((*j, *w))
					} else {
						(c > ZERO).then_some((*j, c))
					}
				})
				.collect()
		})
		.collect();
	let validator_trust: Vec<I32F32> =
		clipped.iter().map(|row| row.iter().fold(ZERO, |t, (_, w)| t.saturating_add(*w))).collect();

	// 8. Incentive.
	let mut incentive = matmul(&clipped, &active_stake, n);
	normalize(&mut incentive);

	// 9–10. Bonds and dividends.
	let bond_weights = interpolate(&weights, &clipped, u16_proportion(params.bonds_penalty), n);
	let last_tempo = if input.last_mechanism_step_block == 0 {
		input.now.saturating_sub(u64::from(params.tempo))
	} else {
		input.last_mechanism_step_block.saturating_add(1)
	};
	let registered = &basis.registered;
	let (stored_bonds, dividends) = if params.yuma3 {
		let mut bonds = load_rows(&input.bonds, n, u16_proportion);
		retain_entries(&mut bonds, |_, j| last_tempo > at(registered, j));
		let liquid = params
			.liquid_alpha
			.then(|| LiquidAlpha::from_stored(params.alpha_values, params.alpha_sigmoid_steepness));
		yuma3(
			bonds,
			&bond_weights,
			&active_stake,
			&incentive,
			&consensus,
			params.bonds_moving_average,
			liquid,
			n,
		)
	} else {
		let mut bonds = load_rows(&input.bonds, n, I32F32::from_num);
		retain_entries(&mut bonds, |_, j| last_tempo > at(registered, j));
		yuma2(bonds, &bond_weights, &active_stake, &incentive, params.bonds_moving_average, n)
	};

	// 11–12. Emission split and outputs; bonds kept for permit holders only.
	let bonds = (0..n)
		.map(|i| {
			if at(&new_permit, i) {
				stored_bonds.get(i).cloned().unwrap_or_default()
			} else {
				Vec::new()
			}
		})
		.collect();
	let scores =
		Scores { incentive, dividends, consensus, validator_trust, active_stake, new_permit };
	EpochOutput { neurons: scores.into_terms(&basis, input), bonds }
}

/// Stored rows as a sparse matrix over `n` UIDs, each row sorted by column, with values
/// converted by `value` (entries for columns `≥ n` are dropped).
pub(crate) fn load_rows(
	rows: &[Vec<(u16, u16)>],
	n: usize,
	value: impl Fn(u16) -> I32F32,
) -> SparseMatrix {
	let mut matrix: SparseMatrix = vec![Vec::new(); n];
	for (row, stored) in matrix.iter_mut().zip(rows) {
		row.extend(
			stored.iter().filter(|(j, _)| usize::from(*j) < n).map(|(j, v)| (*j, value(*v))),
		);
		row.sort_by_key(|(j, _)| *j);
	}
	matrix
}

/// Each UID's proportions of the emission.
struct EmissionShares {
	/// As a miner.
	server: Vec<I32F32>,
	/// As a validator.
	validator: Vec<I32F32>,
	/// In all.
	combined: Vec<I32F32>,
}

/// Splits the emission by incentive and dividends. When neither exists (no usable weights),
/// everything goes to validators by active stake, or by stake if no one is active.
fn emission_shares(
	incentive: &[I32F32],
	dividends: &[I32F32],
	active_stake: &[I32F32],
	stake: &[I32F32],
) -> EmissionShares {
	let total = sum(incentive).saturating_add(sum(dividends));
	let server: Vec<I32F32> = incentive.iter().map(|x| safe_div(*x, total)).collect();
	if total == ZERO {
		let fallback = if sum(active_stake) == ZERO { stake } else { active_stake };
		return EmissionShares {
			server,
			validator: fallback.to_vec(),
			combined: fallback.to_vec(),
		};
	}
	let validator: Vec<I32F32> = dividends.iter().map(|x| safe_div(*x, total)).collect();
	let mut combined: Vec<I32F32> =
		incentive.iter().zip(dividends).map(|(i, d)| i.saturating_add(*d)).collect();
	normalize(&mut combined);
	EmissionShares { server, validator, combined }
}
