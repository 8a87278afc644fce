//! The epoch inside the pallet: permits follow stake, weights become incentive, the validator
//! earns the dividends, and the results land in the storage the metagraph reads.

use super::mock::*;
use crate::{Event, *};
use subtensor_common::{NetUid, NetUidStorageIndex};

/// A started subnet with tempo 10: the owner's hotkey at UID 0, validator hotkey 20 (staked
/// 1000 TAO by coldkey 5) at UID 1, miners 21 and 22 at UIDs 2 and 3; commit-reveal off.
pub(super) fn subnet_with_a_validator_and_two_miners() -> NetUid {
	let netuid = add_subnet();
	assert_ok(SubtensorModule::start_call(RuntimeOrigin::signed(owner()), netuid));
	for hotkey in 20..=22 {
		assert_ok(SubtensorModule::burned_register(
			RuntimeOrigin::signed(miner_coldkey()),
			netuid,
			account(hotkey),
		));
	}
	assert_ok(SubtensorModule::add_stake(
		RuntimeOrigin::signed(account(5)),
		account(20),
		netuid,
		(1_000 * TAO).into(),
	));
	open_weights_with_tempo_ten(netuid);
	netuid
}

#[test]
fn an_epoch_turns_weights_into_incentive_and_dividends() {
	run_test(|| {
		let netuid = subnet_with_a_validator_and_two_miners();
		let index = NetUidStorageIndex::of_subnet(netuid);
		let start = System::block_number();

		// The first epoch hands the staked validator its permit.
		run_to_block(start + 10);
		assert_eq!(ValidatorPermit::<Test>::get(netuid), vec![true, true, false, false]);
		let stake_weight = StakeWeight::<Test>::get(netuid);
		assert_eq!(stake_weight[1], u16::MAX, "{stake_weight:?}");

		// It scores miner 2 three times as high as miner 1.
		assert_ok(SubtensorModule::set_weights(
			RuntimeOrigin::signed(account(20)),
			netuid,
			vec![2, 3],
			vec![1, 3],
			0,
		));
		run_to_block(start + 20);
		assert_eq!(Incentive::<Test>::get(index), vec![0, 0, 16_383, 49_151]);
		assert_eq!(Consensus::<Test>::get(netuid), vec![0, 0, 16_383, 49_151]);
		assert_eq!(Dividends::<Test>::get(netuid), vec![0, u16::MAX, 0, 0]);
		assert_eq!(ValidatorTrust::<Test>::get(netuid)[1], u16::MAX);
		assert_eq!(Active::<Test>::get(netuid), vec![true, true, true, true]);
		let bonds = Bonds::<Test>::get(index, 1);
		assert_eq!(bonds.iter().map(|(uid, _)| *uid).collect::<Vec<_>>(), vec![2, 3]);
		assert_eq!(LastMechansimStepBlock::<Test>::get(netuid), start + 20);
		assert!(System::events().iter().any(|record| matches!(
			&record.event,
			RuntimeEvent::SubtensorModule(Event::IncentiveAlphaEmittedToMiners { netuid, .. })
				if *netuid == index
		)));
	});
}

#[test]
fn a_validator_that_stops_updating_loses_its_activity() {
	run_test(|| {
		let netuid = subnet_with_a_validator_and_two_miners();
		let start = System::block_number();
		run_to_block(start + 10);
		assert_ok(SubtensorModule::set_weights(
			RuntimeOrigin::signed(account(20)),
			netuid,
			vec![2, 3],
			vec![1, 1],
			0,
		));
		// Cutoff: one tempo (10 blocks) after the last update, at start + 10.
		ActivityCutoffFactorMilli::<Test>::insert(netuid, 1_000);
		run_to_block(start + 20);
		assert!(Active::<Test>::get(netuid)[1]);
		run_to_block(start + 30);
		assert!(!Active::<Test>::get(netuid)[1]);
		assert_eq!(Incentive::<Test>::get(NetUidStorageIndex::of_subnet(netuid)), vec![0; 4]);
	});
}
