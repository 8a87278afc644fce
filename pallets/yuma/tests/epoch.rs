//! Hand-computed epochs: each case sets up a tiny subnet and checks the numbers the formulas
//! give, then properties that must hold for any input.
#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects, clippy::unwrap_used)]

use proptest::prelude::*;
use subtensor_yuma::{run_epoch, EpochInput, EpochOutput, EpochParams};

/// The dev-chain defaults: tempo 10, cutoff 50 blocks, κ ≈ ½, full bonds penalty, Yuma-3.
fn params() -> EpochParams {
	EpochParams {
		tempo: 10,
		activity_cutoff_factor_milli: 5_000,
		kappa: 32_767,
		bonds_penalty: 65_535,
		bonds_moving_average: 900_000,
		yuma3: true,
		liquid_alpha: false,
		alpha_values: (45_875, 58_982),
		alpha_sigmoid_steepness: 1_000,
		max_allowed_validators: 64,
		stake_threshold: 0,
		tao_weight: 0,
	}
}

/// `n` UIDs registered at block 1, the current block 100, 1000 rao to distribute; validators
/// (with their alpha stake) hold permits from the previous epoch and updated at block 99.
fn subnet(n: u16, validators: &[(u16, u64)]) -> EpochInput {
	let n_usize = usize::from(n);
	let mut input = EpochInput {
		n,
		now: 100,
		last_mechanism_step_block: 0,
		owner_uid: None,
		alpha_stake: vec![0; n_usize],
		root_stake: vec![0; n_usize],
		last_update: vec![0; n_usize],
		block_at_registration: vec![1; n_usize],
		validator_permit: vec![false; n_usize],
		weights: vec![Vec::new(); n_usize],
		bonds: vec![Vec::new(); n_usize],
		commit_blocks: None,
		emission: 1_000,
		params: params(),
	};
	for (uid, stake) in validators {
		let uid = usize::from(*uid);
		input.alpha_stake[uid] = *stake;
		input.validator_permit[uid] = true;
		input.last_update[uid] = 99;
	}
	input
}

fn incentive(out: &EpochOutput) -> Vec<u16> {
	out.neurons.iter().map(|t| t.incentive).collect()
}

fn dividends(out: &EpochOutput) -> Vec<u16> {
	out.neurons.iter().map(|t| t.dividend).collect()
}

fn server(out: &EpochOutput) -> Vec<u64> {
	out.neurons.iter().map(|t| t.server_emission).collect()
}

fn validator(out: &EpochOutput) -> Vec<u64> {
	out.neurons.iter().map(|t| t.validator_emission).collect()
}

#[test]
fn no_stake_distributes_nothing() {
	let mut input = subnet(3, &[]);
	input.weights[0] = vec![(1, 65_535)];
	let out = run_epoch(&input);
	assert_eq!(out.neurons.len(), 3);
	assert!(out.neurons.iter().all(|t| t.emission == 0 && t.incentive == 0 && !t.validator_permit));
	assert!(out.bonds.iter().all(Vec::is_empty));
}

#[test]
fn a_single_validator_decides_incentive_and_earns_all_dividends() {
	let mut input = subnet(3, &[(0, 1_000)]);
	input.weights[0] = vec![(2, 3), (1, 1)]; // unsorted, as submitted
	let out = run_epoch(&input);
	// W = [¼, ¾] is its own consensus; incentive follows it, the validator earns all dividends
	// and half of the emission, the miners the other half.
	assert_eq!(incentive(&out), vec![0, 16_383, 49_151]);
	assert_eq!(dividends(&out), vec![65_535, 0, 0]);
	assert_eq!(server(&out), vec![0, 125, 375]);
	assert_eq!(validator(&out), vec![500, 0, 0]);
	let consensus: Vec<u16> = out.neurons.iter().map(|t| t.consensus).collect();
	assert_eq!(consensus, vec![0, 16_383, 49_151]);
	assert_eq!(out.neurons[0].validator_trust, 65_535);
	assert_eq!((out.neurons[0].stake, out.neurons[0].stake_weight), (1_000, 65_535));
	assert!(out.neurons[0].validator_permit && out.neurons[0].active);
	assert!(!out.neurons[1].validator_permit && !out.neurons[1].active);
	// Yuma-3 bonds: 0.1 × weight, as proportions.
	let bonds = &out.bonds[0];
	assert_eq!(bonds.iter().map(|(j, _)| *j).collect::<Vec<_>>(), vec![1, 2]);
	assert!((1_637..=1_639).contains(&bonds[0].1), "{bonds:?}");
	assert!((4_913..=4_915).contains(&bonds[1].1), "{bonds:?}");
	assert!(out.bonds[1].is_empty() && out.bonds[2].is_empty());
}

#[test]
fn a_validator_outside_consensus_is_clipped_and_earns_no_dividends() {
	// Validator 0 (¾ of the stake) scores miner 2, validator 1 scores miner 3.
	let mut input = subnet(4, &[(0, 3_000), (1, 1_000)]);
	input.weights[0] = vec![(2, 65_535)];
	input.weights[1] = vec![(3, 65_535)];
	let out = run_epoch(&input);
	assert_eq!(incentive(&out), vec![0, 0, 65_535, 0]);
	assert_eq!(out.neurons[0].validator_trust, 65_535);
	assert_eq!(out.neurons[1].validator_trust, 0);
	assert_eq!(dividends(&out), vec![65_535, 0, 0, 0]);
	assert_eq!(server(&out), vec![0, 0, 500, 0]);
	assert_eq!(validator(&out), vec![500, 0, 0, 0]);
}

#[test]
fn self_weights_alone_pay_validators_by_active_stake() {
	let mut input = subnet(3, &[(0, 3_000), (1, 1_000)]);
	input.weights[0] = vec![(0, 65_535)];
	input.weights[1] = vec![(1, 65_535)];
	let out = run_epoch(&input);
	assert_eq!(incentive(&out), vec![0, 0, 0]);
	assert_eq!(server(&out), vec![0, 0, 0]);
	assert_eq!(validator(&out), vec![750, 250, 0]);
	let emission: Vec<u64> = out.neurons.iter().map(|t| t.emission).collect();
	assert_eq!(emission, vec![750, 250, 0]);
}

#[test]
fn the_owner_keeps_its_self_weight() {
	let mut input = subnet(3, &[(0, 1_000)]);
	input.owner_uid = Some(0);
	input.weights[0] = vec![(0, 65_535), (1, 65_535)];
	let out = run_epoch(&input);
	assert_eq!(incentive(&out), vec![32_767, 32_767, 0]);
}

#[test]
fn when_everyone_is_inactive_emission_follows_stake() {
	let mut input = subnet(3, &[(0, 3_000), (1, 1_000)]);
	input.weights[0] = vec![(2, 65_535)];
	input.weights[1] = vec![(2, 65_535)];
	input.now = 1_000; // last update 99 + cutoff 50 < 1000
	let out = run_epoch(&input);
	assert!(out.neurons.iter().all(|t| !t.active));
	assert_eq!(incentive(&out), vec![0, 0, 0]);
	assert_eq!(validator(&out), vec![750, 250, 0]);
}

#[test]
fn weights_set_before_a_miner_registered_do_not_count() {
	let mut input = subnet(3, &[(0, 1_000)]);
	input.weights[0] = vec![(1, 65_535), (2, 65_535)];
	input.last_update[0] = 50;
	input.block_at_registration[2] = 60; // miner 2 took its UID after the weights
	let out = run_epoch(&input);
	assert_eq!(incentive(&out), vec![0, 65_535, 0]);
}

#[test]
fn commit_reveal_masks_by_the_commit_block() {
	let mut input = subnet(3, &[(0, 1_000)]);
	input.weights[0] = vec![(1, 65_535), (2, 65_535)];
	input.block_at_registration[2] = 60;
	// Weights revealed at 99 but committed at 40, before miner 2 registered.
	input.commit_blocks = Some(vec![40, u64::MAX, u64::MAX]);
	let out = run_epoch(&input);
	assert_eq!(incentive(&out), vec![0, 65_535, 0]);
}

#[test]
fn permits_lag_one_epoch_and_go_to_the_top_stake() {
	let mut input = subnet(4, &[(0, 1_000), (1, 3_000)]);
	input.validator_permit[1] = false; // validator 1 earns its permit only now
	input.params.max_allowed_validators = 1;
	input.weights[0] = vec![(2, 65_535)];
	input.weights[1] = vec![(3, 65_535)];
	let out = run_epoch(&input);
	// Only validator 0's weights count this epoch; validator 1 gets the one permit.
	assert_eq!(incentive(&out), vec![0, 0, 65_535, 0]);
	let permits: Vec<bool> = out.neurons.iter().map(|t| t.validator_permit).collect();
	assert_eq!(permits, vec![false, true, false, false]);
	assert!(out.bonds[0].is_empty());
}

#[test]
fn the_stake_threshold_spares_the_owner() {
	let mut input = subnet(3, &[(0, 100), (1, 5_000)]);
	input.owner_uid = Some(0);
	input.params.stake_threshold = 1_000;
	input.alpha_stake[2] = 500;
	let out = run_epoch(&input);
	let weights: Vec<u16> = out.neurons.iter().map(|t| t.stake_weight).collect();
	assert!(weights[0] > 0 && weights[1] > 0 && weights[2] == 0, "{weights:?}");
	// The reported stake is taken before the threshold.
	assert_eq!(out.neurons[2].stake, 500);
}

#[test]
fn root_stake_counts_with_the_tao_weight() {
	let mut input = subnet(2, &[(0, 1_000), (1, 1_000)]);
	input.root_stake[1] = 4_000;
	input.params.tao_weight = u64::MAX / 4; // ¼
	let out = run_epoch(&input);
	assert_eq!(out.neurons[0].stake, 1_000);
	assert!((1_999..=2_000).contains(&out.neurons[1].stake), "{}", out.neurons[1].stake);
}

#[test]
fn yuma2_bonds_are_stored_column_max_upscaled() {
	let mut input = subnet(3, &[(0, 3_000), (1, 1_000)]);
	input.params.yuma3 = false;
	input.weights[0] = vec![(2, 65_535)];
	input.weights[1] = vec![(2, 65_535)];
	let out = run_epoch(&input);
	// Both bond on miner 2 in proportion to stake; the larger bond is stored as 65535.
	assert_eq!(out.bonds[0], vec![(2, 65_535)]);
	let (column, smaller) = out.bonds[1][0];
	assert!(column == 2 && (21_844..=21_845).contains(&smaller), "{:?}", out.bonds[1]);
	assert_eq!(dividends(&out), vec![49_151, 16_383, 0]);
}

#[test]
fn liquid_alpha_changes_the_bond_growth_not_the_incentive() {
	let mut input = subnet(3, &[(0, 1_000)]);
	input.weights[0] = vec![(1, 65_535), (2, 65_535)];
	let plain = run_epoch(&input);
	input.params.liquid_alpha = true;
	let liquid = run_epoch(&input);
	assert_eq!(incentive(&plain), incentive(&liquid));
	// α ∈ [0.7, 0.9] instead of 0.1: the bonds grow faster.
	assert!(liquid.bonds[0][0].1 > 3 * plain.bonds[0][0].1, "{liquid:?}");
}

#[test]
fn bonds_towards_newly_registered_miners_are_forgotten() {
	let mut input = subnet(3, &[(0, 1_000)]);
	input.weights[0] = vec![(1, 65_535)];
	input.bonds[0] = vec![(1, 30_000), (2, 30_000)];
	input.last_mechanism_step_block = 90;
	input.block_at_registration[2] = 95; // registered since the last distribution
	let out = run_epoch(&input);
	assert_eq!(out.bonds[0].iter().map(|(j, _)| *j).collect::<Vec<_>>(), vec![1]);
}

/// The most rao there can ever be (21 M TAO); no stake on chain exceeds it.
const SUPPLY: u64 = 21_000_000_000_000_000;

/// Random subnets of up to 23 UIDs with random stakes up to `max_stake`, weights and bonds
/// (some out of range), activity, permits and hyperparameters.
fn arbitrary_input(max_stake: u64) -> impl Strategy<Value = EpochInput> {
	(1u16..24).prop_flat_map(move |n| {
		let len = usize::from(n);
		let row = proptest::collection::vec((0..n + 2, any::<u16>()), 0..len + 2);
		(
			proptest::collection::vec(0..=max_stake, len),
			proptest::collection::vec(0..=max_stake, len),
			proptest::collection::vec(0u64..200, len),
			proptest::collection::vec(0u64..200, len),
			proptest::collection::vec(any::<bool>(), len),
			proptest::collection::vec(row.clone(), len),
			proptest::collection::vec(row, len),
			(any::<u16>(), any::<u16>(), 0u64..2_000_000, any::<bool>(), any::<bool>()),
			(any::<u16>(), any::<u16>(), any::<i16>(), 0u16..30, any::<u64>(), any::<u64>()),
			(any::<u64>(), proptest::option::of(0..n), any::<u64>()),
		)
			.prop_map(
				move |(alpha, root, update, registered, permit, weights, bonds, a, b, c)| {
					EpochInput {
						n,
						now: 150,
						last_mechanism_step_block: c.2 % 150,
						owner_uid: c.1,
						alpha_stake: alpha,
						root_stake: root,
						last_update: update,
						block_at_registration: registered,
						validator_permit: permit,
						weights,
						bonds,
						commit_blocks: None,
						emission: c.0,
						params: EpochParams {
							tempo: 10,
							activity_cutoff_factor_milli: 5_000,
							kappa: a.0,
							bonds_penalty: a.1,
							bonds_moving_average: a.2,
							yuma3: a.3,
							liquid_alpha: a.4,
							alpha_values: (b.0.min(b.1), b.0.max(b.1)),
							alpha_sigmoid_steepness: b.2,
							max_allowed_validators: b.3,
							stake_threshold: b.4 % 1_000_000,
							tao_weight: b.5,
						},
					}
				},
			)
	})
}

/// A sum of proportions in u16 is 0 or within one unit per element of 65535.
fn is_whole_or_nothing(values: impl Iterator<Item = u16>, n: usize) -> bool {
	let total: u64 = values.map(u64::from).sum();
	total == 0 || (65_535 - n as u64..=65_535).contains(&total)
}

/// `input` with every weight and bond row rotated by `turns` and then reversed when `flip`: the
/// same entries in another order.
fn reordered(input: &EpochInput, turns: usize, flip: bool) -> EpochInput {
	let reorder = |rows: &[Vec<(u16, u16)>]| -> Vec<Vec<(u16, u16)>> {
		rows.iter()
			.map(|row| {
				let mut row = row.clone();
				if !row.is_empty() {
					let len = row.len();
					row.rotate_left(turns % len);
				}
				if flip {
					row.reverse();
				}
				row
			})
			.collect()
	};
	EpochInput { weights: reorder(&input.weights), bonds: reorder(&input.bonds), ..input.clone() }
}

/// Keeps the first entry for each column of every row (stored rows never repeat a UID).
fn without_repeated_columns(mut input: EpochInput) -> EpochInput {
	for row in input.weights.iter_mut().chain(input.bonds.iter_mut()) {
		let mut seen = std::collections::BTreeSet::new();
		row.retain(|(j, _)| seen.insert(*j));
	}
	input
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(256))]

	/// The order of the entries in a weight or bond row changes nothing in the epoch's output,
	/// with Yuma-2, Yuma-3 and liquid alpha alike.
	#[test]
	fn the_order_of_a_row_changes_no_output(
		input in arbitrary_input(SUPPLY),
		turns in 0usize..24,
		flip in any::<bool>(),
	) {
		let input = without_repeated_columns(input);
		prop_assert_eq!(run_epoch(&input), run_epoch(&reordered(&input, turns, flip)));
	}

	/// Any stakes at all, even beyond the supply: no panic and one result per UID.
	#[test]
	fn any_input_gives_one_result_per_uid(input in arbitrary_input(u64::MAX)) {
		let out = run_epoch(&input);
		prop_assert_eq!(out.neurons.len(), usize::from(input.n));
		prop_assert_eq!(out.bonds.len(), usize::from(input.n));
	}

	/// Stakes within the supply: incentive and dividends each sum to 1 or 0, the epoch never
	/// pays out more than it was given, and only permit holders keep bonds.
	#[test]
	fn any_epoch_is_well_formed(input in arbitrary_input(SUPPLY)) {
		let out = run_epoch(&input);
		let n = usize::from(input.n);
		prop_assert!(is_whole_or_nothing(out.neurons.iter().map(|t| t.incentive), n));
		prop_assert!(is_whole_or_nothing(out.neurons.iter().map(|t| t.dividend), n));
		let paid: u128 = out.neurons.iter()
			.map(|t| u128::from(t.server_emission) + u128::from(t.validator_emission))
			.sum();
		prop_assert!(paid <= u128::from(input.emission), "paid {} of {}", paid, input.emission);
		let combined: u128 = out.neurons.iter().map(|t| u128::from(t.emission)).sum();
		prop_assert!(combined <= u128::from(input.emission));
		for (uid, row) in out.bonds.iter().enumerate() {
			prop_assert!(row.is_empty() || out.neurons[uid].validator_permit);
			prop_assert!(row.iter().all(|(j, _)| usize::from(*j) < n));
		}
	}
}
