//! Null consensus inside the pallet: the owner's validator alone pays the miners, the Yuma
//! permit count is kept while the subnet runs Null and restored when it switches back, bonds
//! stay as they were, and triggered epochs run in both modes.

use super::{epoch::subnet_with_a_validator_and_two_miners, mock::*};
use crate::{Event, *};
use frame_support::assert_noop;
use subtensor_common::{NetUid, NetUidStorageIndex};

/// The subnet of `subnet_with_a_validator_and_two_miners` after its first two epochs (UID 1,
/// the staked validator, holds a permit and bonds on both miners), switched to Null; the owner's
/// hotkey (UID 0) weights miner 2 three times as high as miner 3, the other validator the
/// other way round.
fn null_subnet_with_opposite_weights() -> NetUid {
	let netuid = subnet_with_a_validator_and_two_miners();
	let start = System::block_number();
	run_to_block(start + 10);
	assert_ok(SubtensorModule::set_weights(
		RuntimeOrigin::signed(account(20)),
		netuid,
		vec![2, 3],
		vec![1, 3],
		0,
	));
	run_to_block(start + 20);
	SubtensorModule::set_epoch_consensus(netuid, EpochConsensus::Null);
	assert_ok(SubtensorModule::set_weights(
		RuntimeOrigin::signed(owner_hotkey()),
		netuid,
		vec![2, 3],
		vec![3, 1],
		0,
	));
	netuid
}

#[test]
fn a_null_epoch_pays_the_miners_three_to_one_as_the_owner_weighted_them() {
	run_test(|| {
		let netuid = null_subnet_with_opposite_weights();
		let index = NetUidStorageIndex::of_subnet(netuid);
		let bonds_before = Bonds::<Test>::get(index, 1);
		assert!(!bonds_before.is_empty());
		run_to_block(System::block_number() + 10);

		assert_eq!(Incentive::<Test>::get(index), vec![0, 0, 49_151, 16_383]);
		assert_eq!(Consensus::<Test>::get(netuid), vec![0, 0, 49_151, 16_383]);
		assert_eq!(Dividends::<Test>::get(netuid), vec![u16::MAX, 0, 0, 0]);
		assert_eq!(ValidatorTrust::<Test>::get(netuid), vec![u16::MAX, 0, 0, 0]);
		assert_eq!(ValidatorPermit::<Test>::get(netuid), vec![true, false, false, false]);
		// Miners get 3:1 of their half (to the rao, up to the floor of each share).
		let emission: Vec<u64> = Emission::<Test>::get(netuid).iter().map(|e| e.to_u64()).collect();
		assert!(emission[3] > 0, "{emission:?}");
		assert!(emission[2].abs_diff(3 * emission[3]) <= 3, "{emission:?}");
		assert_eq!(emission[1], 0, "the other validator earns nothing: {emission:?}");
		assert!(emission[0].abs_diff(emission[2] + emission[3]) <= 2, "{emission:?}");
		// Bonds are frozen, the other validator's included.
		assert_eq!(Bonds::<Test>::get(index, 1), bonds_before);
	});
}

#[test]
fn only_the_owners_validator_may_set_weights_on_other_uids_under_null() {
	run_test(|| {
		let netuid = null_subnet_with_opposite_weights();
		run_to_block(System::block_number() + 10);
		assert_noop!(
			SubtensorModule::set_weights(
				RuntimeOrigin::signed(account(20)),
				netuid,
				vec![2, 3],
				vec![1, 1],
				0,
			),
			Error::<Test>::NeuronNoValidatorPermit
		);
	});
}

#[test]
fn switching_keeps_the_yuma_permit_count_and_restores_it() {
	run_test(|| {
		let netuid = add_subnet();
		MaxAllowedValidators::<Test>::insert(netuid, 5);

		SubtensorModule::set_epoch_consensus(netuid, EpochConsensus::Null);
		assert_last_event(Event::EpochConsensusSet { netuid, mode: EpochConsensus::Null });
		assert_eq!(SubnetEpochConsensus::<Test>::get(netuid), EpochConsensus::Null);
		assert_eq!(MaxAllowedValidators::<Test>::get(netuid), 1);
		assert_eq!(SavedYumaMaxAllowedValidators::<Test>::get(netuid), Some(5));

		// A permit count set meanwhile is Yuma's, for later.
		SubtensorModule::set_max_allowed_validators(netuid, 7);
		assert_last_event(Event::MaxAllowedValidatorsSet(netuid, 7));
		assert_eq!(MaxAllowedValidators::<Test>::get(netuid), 1);
		assert_eq!(SavedYumaMaxAllowedValidators::<Test>::get(netuid), Some(7));

		// Null again changes nothing (no event, the saved value stays).
		let events = System::events().len();
		SubtensorModule::set_epoch_consensus(netuid, EpochConsensus::Null);
		assert_eq!(System::events().len(), events);
		assert_eq!(SavedYumaMaxAllowedValidators::<Test>::get(netuid), Some(7));

		SubtensorModule::set_epoch_consensus(netuid, EpochConsensus::Yuma);
		assert_last_event(Event::EpochConsensusSet { netuid, mode: EpochConsensus::Yuma });
		assert_eq!(MaxAllowedValidators::<Test>::get(netuid), 7);
		assert_eq!(SavedYumaMaxAllowedValidators::<Test>::get(netuid), None);
		SubtensorModule::set_max_allowed_validators(netuid, 9);
		assert_eq!(MaxAllowedValidators::<Test>::get(netuid), 9);
	});
}

#[test]
fn back_on_yuma_the_frozen_bonds_and_the_stake_decide_again() {
	run_test(|| {
		let netuid = null_subnet_with_opposite_weights();
		let index = NetUidStorageIndex::of_subnet(netuid);
		run_to_block(System::block_number() + 10);
		SubtensorModule::set_epoch_consensus(netuid, EpochConsensus::Yuma);
		// The first Yuma epoch hands the permits out by stake again, to every staked UID (the
		// miners' Null incentive was staked to them); the previous ones, Null's, still gate
		// that epoch's weights. The one after follows the staked validator.
		run_to_block(System::block_number() + 10);
		assert_eq!(ValidatorPermit::<Test>::get(netuid), vec![true; 4]);
		run_to_block(System::block_number() + 10);
		let incentive = Incentive::<Test>::get(index);
		assert!(incentive[3] > incentive[2], "{incentive:?}");
		assert!(Dividends::<Test>::get(netuid)[1] > 0);
	});
}

#[test]
fn a_triggered_epoch_runs_in_either_mode() {
	run_test(|| {
		let netuid = null_subnet_with_opposite_weights();
		let index = NetUidStorageIndex::of_subnet(netuid);
		Tempo::<Test>::insert(netuid, 360);
		AdminFreezeWindow::<Test>::put(2);
		for mode in [EpochConsensus::Null, EpochConsensus::Yuma] {
			SubtensorModule::set_epoch_consensus(netuid, mode);
			LastRateLimitedBlock::<Test>::remove(RateLimitKey::OwnerHyperparamUpdate(
				netuid,
				Hyperparameter::TriggerEpoch,
			));
			assert_ok(SubtensorModule::trigger_epoch(RuntimeOrigin::signed(owner()), netuid));
			let fires_at = PendingEpochAt::<Test>::get(netuid);
			run_to_block(fires_at);
			assert_eq!(LastMechansimStepBlock::<Test>::get(netuid), fires_at, "{mode:?}");
			if mode == EpochConsensus::Null {
				assert_eq!(Incentive::<Test>::get(index), vec![0, 0, 49_151, 16_383]);
				assert_eq!(ValidatorPermit::<Test>::get(netuid), vec![true, false, false, false]);
			} else {
				assert_eq!(ValidatorPermit::<Test>::get(netuid), vec![true; 4]);
			}
		}
	});
}

#[test]
fn dissolving_a_null_subnet_leaves_no_saved_permit_count() {
	run_test(|| {
		let netuid = add_subnet();
		SubtensorModule::set_epoch_consensus(netuid, EpochConsensus::Null);
		assert_ok(SubtensorModule::dissolve_network(RuntimeOrigin::root(), owner(), netuid));
		pay_out_dissolutions();
		assert_eq!(SavedYumaMaxAllowedValidators::<Test>::get(netuid), None);
		assert_eq!(SubnetEpochConsensus::<Test>::get(netuid), EpochConsensus::Yuma);
	});
}
