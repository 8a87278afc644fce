//! The Null epoch: a subnet whose owner chose `EpochConsensus::Null` pays its miners by the
//! owner's own validator's weights, with no consensus among validators.
//!
//! - The owner's hotkey (its UID) holds the only validator permit.
//! - Incentive is the owner's weight row, normalised, after the masks every epoch applies (no
//!   weight on oneself but the owner's, none on a UID registered after the weights were set or
//!   committed). Consensus equals incentive: the one validator is the consensus.
//! - The owner's validator trust is the weight it kept (1 with weights, else 0), its dividend
//!   share is 1 whenever it pays incentive.
//! - Bonds are frozen: they are neither read nor changed, so a return to Yuma resumes them.
//! - The emission splits as in Yuma: incentive and dividends each sum to 1, so miners and the
//!   owner's validator get half each; with no weights, everything goes to the owner's validator
//!   (and to stake, as in Yuma, if the owner has no UID).

use crate::{
	epoch::{load_rows, Basis, EpochInput, EpochOutput, Scores},
	math::{densify, normalize, sum, SparseMatrix, ONE, ZERO},
};
use alloc::vec::Vec;
use substrate_fixed::types::I32F32;

/// Runs the Null epoch of one mechanism (see the module documentation).
pub fn run_null_epoch(input: &EpochInput) -> EpochOutput {
	let basis = Basis::read(input);
	let n = basis.n;
	let owner = basis.owner.map(usize::from);
	let is_owner = |i: usize| owner == Some(i);

	// Only the owner's row counts.
	let mut weights: SparseMatrix = load_rows(&input.weights, n, I32F32::from_num);
	for (i, row) in weights.iter_mut().enumerate() {
		if !is_owner(i) {
			row.clear();
		}
	}
	basis.mask_weights(&mut weights, input);
	let owner_row = owner.and_then(|o| weights.get(o)).map(Vec::as_slice).unwrap_or(&[]);
	let mut incentive = densify(owner_row, n);
	normalize(&mut incentive);
	let pays = sum(&incentive) > ZERO;

	let one_hot = |condition: bool| -> Vec<I32F32> {
		(0..n).map(|i| if is_owner(i) && condition { ONE } else { ZERO }).collect()
	};
	let scores = Scores {
		consensus: incentive.clone(),
		validator_trust: one_hot(pays),
		dividends: one_hot(pays),
		active_stake: one_hot(true),
		new_permit: (0..n).map(is_owner).collect(),
		incentive,
	};
	// Frozen: the stored rows as they are, for the UIDs that exist.
	let bonds = (0..n).map(|i| input.bonds.get(i).cloned().unwrap_or_default()).collect();
	EpochOutput { neurons: scores.into_terms(&basis, input), bonds }
}

#[cfg(test)]
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
mod tests {
	use super::*;
	use crate::{epoch::EpochParams, run_epoch};
	use alloc::vec;

	/// Four UIDs: 0 the owner's validator, 1 another validator with more stake, 2 and 3
	/// miners; both validators weight the miners (the owner 3:1, the other 1:3).
	fn subnet() -> EpochInput {
		EpochInput {
			n: 4,
			now: 1_000,
			last_mechanism_step_block: 900,
			owner_uid: Some(0),
			alpha_stake: vec![1_000, 9_000, 0, 0],
			root_stake: vec![0; 4],
			last_update: vec![990, 990, 0, 0],
			block_at_registration: vec![1, 1, 2, 2],
			validator_permit: vec![true, true, false, false],
			weights: vec![vec![(2, 30_000), (3, 10_000)], vec![(2, 10_000), (3, 30_000)]],
			bonds: vec![vec![(2, 500)], vec![(3, 700)]],
			commit_blocks: None,
			emission: 1_000_000_000,
			params: EpochParams {
				tempo: 100,
				activity_cutoff_factor_milli: 5_000,
				kappa: 32_767,
				bonds_penalty: 65_535,
				bonds_moving_average: 900_000,
				yuma3: false,
				liquid_alpha: false,
				alpha_values: (45_875, 58_982),
				alpha_sigmoid_steepness: 1_000,
				max_allowed_validators: 1,
				stake_threshold: 0,
				tao_weight: 0,
			},
		}
	}

	#[test]
	fn the_owners_weights_alone_pay_the_miners_three_to_one() {
		let output = run_null_epoch(&subnet());
		let t = &output.neurons;
		// Half the emission to the miners, 3:1 as the owner weighted them (3/4 and 1/4 are
		// exact in binary, so are the amounts), the other half to the owner's validator.
		assert_eq!(t[2].server_emission, 375_000_000);
		assert_eq!(t[3].server_emission, 125_000_000);
		assert_eq!(t[0].validator_emission, 500_000_000);
		assert_eq!(t[1].validator_emission, 0);
		assert_eq!(t[1].emission, 0);
		// 3/4 and 1/4 of 65535, floored.
		assert_eq!((t[2].incentive, t[3].incentive), (49_151, 16_383));
		assert_eq!((t[2].consensus, t[3].consensus), (49_151, 16_383));
		assert_eq!((t[0].dividend, t[0].validator_trust), (65_535, 65_535));
		assert_eq!((t[1].dividend, t[1].validator_trust), (0, 0));
		let permits: Vec<bool> = t.iter().map(|x| x.validator_permit).collect();
		assert_eq!(permits, vec![true, false, false, false]);
		// Stake weight is reported as in Yuma.
		assert_eq!((t[0].stake_weight, t[1].stake_weight), (6_553, 58_981));
	}

	#[test]
	fn yuma_on_the_same_subnet_follows_the_larger_validator_instead() {
		let mut input = subnet();
		input.params.max_allowed_validators = 2;
		let yuma = run_epoch(&input);
		assert!(yuma.neurons[3].server_emission > yuma.neurons[2].server_emission);
		assert!(yuma.neurons[1].validator_emission > 0);
	}

	#[test]
	fn bonds_stay_exactly_as_stored() {
		let input = subnet();
		assert_eq!(
			run_null_epoch(&input).bonds,
			vec![vec![(2, 500)], vec![(3, 700)], vec![], vec![]]
		);
	}

	#[test]
	fn without_the_owners_weights_its_validator_takes_everything() {
		let mut input = subnet();
		input.weights[0].clear();
		let t = run_null_epoch(&input).neurons;
		assert_eq!(t[0].validator_emission, 1_000_000_000);
		assert_eq!(t.iter().map(|x| x.server_emission).sum::<u64>(), 0);
		assert_eq!((t[0].dividend, t[0].validator_trust), (0, 0));
	}

	#[test]
	fn without_an_owner_uid_the_emission_follows_stake() {
		let mut input = subnet();
		input.owner_uid = None;
		let t = run_null_epoch(&input).neurons;
		assert!(t.iter().all(|x| !x.validator_permit && x.server_emission == 0));
		// As in Yuma's fallback: by stake, 1:9 (each share floored to the I32F32 unit).
		let paid = t[0].validator_emission + t[1].validator_emission;
		assert!((999_999_997..=1_000_000_000).contains(&paid), "{paid}");
		assert_eq!((t[0].validator_emission + 5) / 10, 10_000_000);
	}

	#[test]
	fn weights_on_a_uid_registered_since_do_not_count() {
		let mut input = subnet();
		input.block_at_registration[3] = 995; // after the owner's update at 990
		let t = run_null_epoch(&input).neurons;
		assert_eq!(t[3].server_emission, 0);
		assert_eq!(t[2].server_emission, 500_000_000);
	}

	#[test]
	fn the_owners_weight_on_itself_counts_as_in_yuma() {
		let mut input = subnet();
		input.weights[0] = vec![(0, 10_000), (2, 10_000)];
		let t = run_null_epoch(&input).neurons;
		assert_eq!(t[0].server_emission, t[2].server_emission);
		assert!(t[0].server_emission > 0);
	}
}
