//! The simulator's snapshot: taken one block before an epoch it is the epoch's exact input;
//! further away its emission is projected; taking it changes nothing.

use super::{
	emission::{subnet_with_validators_and_miners, VALIDATOR_A},
	mock::*,
};
use crate::*;
use sp_runtime::AccountId32;
use subtensor_common::{NetUid, NetUidStorageIndex};
use subtensor_yuma::{run_epoch, EpochSnapshot};

/// The subnet of the emission tests one block after its first epoch, both validators
/// weighting the miners differently.
fn weighted_subnet() -> (NetUid, u64) {
	let netuid = subnet_with_validators_and_miners();
	let start = System::block_number();
	run_to_block(start + 10);
	for (validator, weights) in [(VALIDATOR_A, vec![3, 1, 1]), (VALIDATOR_A + 1, vec![1, 3, 0])] {
		assert_ok(SubtensorModule::set_weights(
			RuntimeOrigin::signed(account(validator)),
			netuid,
			vec![3, 4, 5],
			weights,
			0,
		));
	}
	(netuid, start + 20)
}

/// Takes the snapshot and checks that it left the state as it was.
fn snapshot(netuid: NetUid) -> EpochSnapshot<AccountId32> {
	let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
	let snapshot = SubtensorModule::next_epoch_snapshot(netuid, 0).expect("a snapshot");
	assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), root, "state changed");
	snapshot
}

#[test]
fn one_block_before_the_epoch_the_snapshot_is_the_epochs_input() {
	run_test(|| {
		let (netuid, epoch_block) = weighted_subnet();
		run_to_block(epoch_block - 1);
		let snapshot = snapshot(netuid);
		assert_eq!(snapshot.input.now, epoch_block);
		assert_eq!(snapshot.hotkeys.get(1), Some(&Some(account(VALIDATOR_A))));
		let pending = SubtensorModule::pending_emission(netuid).epoch_total();
		assert!(snapshot.input.emission > pending, "the epoch block's coinbase is counted");

		let output = run_epoch(&snapshot.input);
		run_to_block(epoch_block);
		let index = NetUidStorageIndex::of_subnet(netuid);
		let column = |f: fn(&subtensor_yuma::NeuronTerms) -> u16| {
			output.neurons.iter().map(f).collect::<Vec<u16>>()
		};
		assert_eq!(Incentive::<Test>::get(index), column(|t| t.incentive));
		assert_eq!(Dividends::<Test>::get(netuid), column(|t| t.dividend));
		assert_eq!(Consensus::<Test>::get(netuid), column(|t| t.consensus));
		assert_eq!(ValidatorTrust::<Test>::get(netuid), column(|t| t.validator_trust));
		let emission: Vec<u64> = Emission::<Test>::get(netuid).iter().map(|e| e.to_u64()).collect();
		assert_eq!(emission, output.neurons.iter().map(|t| t.emission).collect::<Vec<_>>());
		assert!(emission.iter().sum::<u64>() > 0);
		for (uid, row) in (0..).zip(&output.bonds) {
			assert_eq!(&Bonds::<Test>::get(index, uid), row, "bonds of UID {uid}");
		}
	});
}

#[test]
fn further_away_the_emission_is_projected_over_the_blocks_to_come() {
	run_test(|| {
		let (netuid, epoch_block) = weighted_subnet();
		run_to_block(epoch_block - 6);
		let projected = snapshot(netuid).input;
		assert_eq!(projected.now, epoch_block);
		run_to_block(epoch_block - 1);
		let exact = snapshot(netuid).input;
		let error = (projected.emission as f64 / exact.emission as f64 - 1.0).abs();
		assert!(error < 0.01, "projected {} vs {}", projected.emission, exact.emission);
	});
}

#[test]
fn there_is_no_snapshot_of_root_a_missing_subnet_or_mechanism() {
	run_test(|| {
		let (netuid, _) = weighted_subnet();
		assert!(SubtensorModule::next_epoch_snapshot(NetUid::ROOT, 0).is_none());
		assert!(SubtensorModule::next_epoch_snapshot(NetUid::new(77), 0).is_none());
		assert!(SubtensorModule::next_epoch_snapshot(netuid, 1).is_none());
		Tempo::<Test>::insert(netuid, 0);
		assert!(SubtensorModule::next_epoch_snapshot(netuid, 0).is_none());
	});
}
