//! The reference chain's own expectations, replayed on this crate: its `test_bonds` scenario
//! (Yuma-2, eight UIDs, one epoch per block) with the bonds it asserts after every epoch and
//! the emission its trace records for the first one. Any rounding that differs from the
//! reference (the EMA factor, the order of a row) shows up here as a wrong last digit.
#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use subtensor_yuma::{run_epoch, EpochInput, EpochParams};

/// The reference mock's hyperparameters for `test_bonds`: tempo 1, κ = 32767, full bonds
/// penalty, bonds moving average 900 000, Yuma-2, eight validator permits, no stake threshold.
fn params() -> EpochParams {
	EpochParams {
		tempo: 1,
		activity_cutoff_factor_milli: 13_889,
		kappa: 32_767,
		bonds_penalty: u16::MAX,
		bonds_moving_average: 900_000,
		yuma3: false,
		liquid_alpha: false,
		alpha_values: (45_875, 58_982),
		alpha_sigmoid_steepness: 1_000,
		max_allowed_validators: 8,
		stake_threshold: 0,
		tao_weight: 0,
	}
}

/// `u16::MAX/4, u16::MAX/2, (u16::MAX/4)*3, u16::MAX` on the four servers (UIDs 4..8).
const SERVER_WEIGHTS: [(u16, u16); 4] = [(4, 16_383), (5, 32_767), (6, 49_149), (7, 65_535)];

/// The eight UIDs registered at block 0 with stakes 1, 2, 3, 4 (validators) and 0 (servers);
/// every UID holds a permit from the epoch the reference runs before setting weights.
fn subnet() -> EpochInput {
	EpochInput {
		n: 8,
		now: 1,
		last_mechanism_step_block: 0,
		owner_uid: None,
		alpha_stake: vec![1, 2, 3, 4, 0, 0, 0, 0],
		root_stake: vec![0; 8],
		last_update: vec![0; 8],
		block_at_registration: vec![0; 8],
		validator_permit: vec![true; 8],
		weights: vec![Vec::new(); 8],
		bonds: vec![Vec::new(); 8],
		commit_blocks: None,
		emission: 1_000_000_000,
		params: params(),
	}
}

/// Runs the epoch at `input.now`, carries bonds and permits into `input`, and moves to the
/// next block. Returns the per-UID emission.
fn epoch(input: &mut EpochInput) -> Vec<u64> {
	let out = run_epoch(input);
	input.bonds = out.bonds;
	input.validator_permit = out.neurons.iter().map(|t| t.validator_permit).collect();
	input.now += 1;
	out.neurons.iter().map(|t| t.emission).collect()
}

/// `uid` sets `row` at the current block.
fn set_weights(input: &mut EpochInput, uid: usize, row: &[(u16, u16)]) {
	input.weights[uid] = row.to_vec();
	input.last_update[uid] = input.now;
}

/// The bond of each validator on server `column`.
fn bonds_on(input: &EpochInput, column: u16) -> [u16; 4] {
	let mut out = [0; 4];
	for (uid, value) in out.iter_mut().enumerate() {
		*value = input.bonds[uid].iter().find(|(j, _)| *j == column).map_or(0, |(_, b)| *b);
	}
	out
}

#[test]
fn test_bonds_of_the_reference_gives_its_numbers() {
	let mut input = subnet();
	for uid in 0..4 {
		set_weights(&mut input, uid, &SERVER_WEIGHTS);
	}
	let emission = epoch(&mut input);
	assert_eq!(
		emission,
		vec![
			49_999_998,
			99_999_999,
			150_000_000,
			200_000_001,
			49_998_779,
			100_000_610,
			149_996_337,
			200_004_272
		]
	);
	assert_eq!(bonds_on(&input, 4), [16_383, 32_767, 49_151, 65_535]);

	// Validator 1 weighs only itself (masked: it is not the owner).
	set_weights(&mut input, 0, &[(0, u16::MAX)]);
	epoch(&mut input);
	assert_eq!(bonds_on(&input, 4), [14_582, 32_767, 49_151, 65_535]);

	set_weights(&mut input, 1, &[(1, u16::MAX)]);
	epoch(&mut input);
	assert_eq!(bonds_on(&input, 4), [12_603, 28_321, 49_151, 65_535]);

	set_weights(&mut input, 2, &[(2, u16::MAX)]);
	epoch(&mut input);
	assert_eq!(bonds_on(&input, 7), [12_602, 28_320, 49_150, 65_535]);

	// Validator 3 moves everything onto server 4 (UID 7).
	set_weights(&mut input, 2, &[(7, u16::MAX)]);
	epoch(&mut input);
	assert_eq!(bonds_on(&input, 7), [10_951, 24_609, 49_150, 65_535]);

	epoch(&mut input);
	assert_eq!(bonds_on(&input, 7), [9_559, 21_482, 49_150, 65_535]);

	epoch(&mut input);
	assert_eq!(bonds_on(&input, 7), [8_376, 18_824, 49_150, 65_535]);
}

/// The reference's `setup_yuma_3_scenario`: five UIDs (three validators with stakes 8, 1, 1
/// and two servers), tempo 1, no bonds penalty, bonds moving average 975 000, κ = 32767,
/// Yuma-3 with liquid alpha between 0.1 and 0.3 (stored as the reference converts them),
/// sigmoid steepness 1000, three validator permits. Registered at block 1; the setup's own
/// epoch (block 2, no weights yet) hands out the permits.
fn yuma3_scenario() -> EpochInput {
	use substrate_fixed::types::I32F32;
	let stored = |x: f64| {
		I32F32::from_num(x).saturating_mul(I32F32::from_num(u16::MAX)).saturating_to_num::<u16>()
	};
	let mut input = EpochInput {
		n: 5,
		now: 2,
		last_mechanism_step_block: 0,
		owner_uid: None,
		alpha_stake: vec![8, 1, 1, 0, 0],
		root_stake: vec![0; 5],
		last_update: vec![1; 5],
		block_at_registration: vec![1; 5],
		validator_permit: vec![false; 5],
		weights: vec![Vec::new(); 5],
		bonds: vec![Vec::new(); 5],
		commit_blocks: None,
		emission: 1_000_000_000,
		params: EpochParams {
			tempo: 1,
			bonds_penalty: 0,
			bonds_moving_average: 975_000,
			yuma3: true,
			liquid_alpha: true,
			alpha_values: (stored(0.1), stored(0.3)),
			max_allowed_validators: 3,
			..params()
		},
	};
	epoch(&mut input);
	input
}

/// Each validator's weights on the two servers (UIDs 3 and 4), as `set_weights` stores them.
fn set_server_weights(input: &mut EpochInput, rows: [[u16; 2]; 3]) {
	for (uid, [w3, w4]) in rows.into_iter().enumerate() {
		set_weights(input, uid, &[(3, w3), (4, w4)]);
	}
}

/// Whether every value is within 10^-3 of its target (the reference test's tolerance).
fn near(values: &[f64], targets: &[f64]) -> bool {
	values.len() == targets.len() && values.iter().zip(targets).all(|(v, t)| (v - t).abs() <= 1e-3)
}

#[test]
fn test_yuma_3_kappa_moves_first_of_the_reference_gives_its_numbers() {
	const MAX: u16 = u16::MAX;
	let targets_bonds: [[[f64; 2]; 3]; 6] = [
		[[0.1013, 0.0000], [0.1013, 0.0000], [0.1013, 0.0000]],
		[[0.0908, 0.1013], [0.3697, 0.0000], [0.3697, 0.0000]],
		[[0.0815, 0.1924], [0.3170, 0.1013], [0.5580, 0.0000]],
		[[0.0731, 0.2742], [0.2765, 0.1924], [0.4306, 0.1013]],
		[[0.0656, 0.3478], [0.2435, 0.2742], [0.3589, 0.1924]],
		[[0.0588, 0.4139], [0.2157, 0.3478], [0.3089, 0.2742]],
	];
	let targets_dividends: [[f64; 5]; 6] = [
		[0.8000, 0.1000, 0.1000, 0.0000, 0.0000],
		[1.0000, 0.0000, 0.0000, 0.0000, 0.0000],
		[0.9382, 0.0618, 0.0000, 0.0000, 0.0000],
		[0.8819, 0.0773, 0.0407, 0.0000, 0.0000],
		[0.8564, 0.0844, 0.0592, 0.0000, 0.0000],
		[0.8418, 0.0884, 0.0697, 0.0000, 0.0000],
	];
	let mut input = yuma3_scenario();
	for (round, (bond_targets, dividend_targets)) in
		targets_bonds.iter().zip(&targets_dividends).enumerate()
	{
		match round {
			// Consensus on server 1, then the big validator A moves to server 2 first, B
			// follows, and C last.
			0 => set_server_weights(&mut input, [[MAX, 0], [MAX, 0], [MAX, 0]]),
			1 => set_server_weights(&mut input, [[0, MAX], [MAX, 0], [MAX, 0]]),
			2 => set_server_weights(&mut input, [[0, MAX], [0, MAX], [MAX, 0]]),
			3 => set_server_weights(&mut input, [[0, MAX], [0, MAX], [0, MAX]]),
			_ => {},
		}
		let out = run_epoch(&input);
		let dividends: Vec<f64> =
			out.neurons.iter().map(|t| f64::from(t.dividend) / 65_535.0).collect();
		assert!(near(&dividends, dividend_targets), "epoch {round}: dividends {dividends:?}");
		for (uid, targets) in bond_targets.iter().enumerate() {
			let bond = |column: u16| {
				out.bonds[uid]
					.iter()
					.find(|(j, _)| *j == column)
					.map_or(0.0, |(_, b)| f64::from(*b) / 65_535.0)
			};
			let bonds = [bond(3), bond(4)];
			assert!(near(&bonds, targets), "epoch {round}, validator {uid}: bonds {bonds:?}");
		}
		input.bonds = out.bonds;
		input.validator_permit = out.neurons.iter().map(|t| t.validator_permit).collect();
		input.now += 1;
	}
}
