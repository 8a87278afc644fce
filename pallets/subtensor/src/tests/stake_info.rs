//! The stake views of the runtime API: every position of a coldkey in subnet order, one entry
//! per coldkey asked for, availability per subnet, and the fee of a move.

use super::emission::{stake, subnet_with_validators_and_miners, VALIDATOR_A};
use super::mock::*;
use codec::Compact;
use subtensor_common::NetUid;

#[test]
fn a_coldkey_sees_each_of_its_positions() {
	run_test(|| {
		let netuid = subnet_with_validators_and_miners();
		assert_ok(SubtensorModule::add_stake(
			RuntimeOrigin::signed(account(5)),
			account(VALIDATOR_A),
			NetUid::ROOT,
			(10 * TAO).into(),
		));
		let rows = SubtensorModule::get_stake_info_for_coldkey(account(5));
		let listed: Vec<(NetUid, u64, bool)> =
			rows.iter().map(|r| (r.netuid.0, r.stake.0.to_u64(), r.is_registered)).collect();
		assert_eq!(
			listed,
			vec![(NetUid::ROOT, 10 * TAO, false), (netuid, stake(VALIDATOR_A, 5, netuid), true),]
		);
		assert!(rows.iter().all(|r| r.hotkey == account(VALIDATOR_A) && r.coldkey == account(5)));
		assert_eq!(rows[1].locked, Compact(0));

		// One entry per coldkey asked for, also for one without stake.
		let both = SubtensorModule::get_stake_info_for_coldkeys(vec![account(5), account(4)]);
		assert_eq!(both.len(), 2);
		assert_eq!(both[0].1, rows);
		assert!(both[1].1.is_empty());
		assert!(SubtensorModule::get_stake_info_for_hotkey_coldkey_netuid(
			account(VALIDATOR_A),
			account(4),
			netuid
		)
		.is_none());
	});
}

#[test]
fn availability_and_fees_follow_the_positions_and_the_pool() {
	run_test(|| {
		let netuid = subnet_with_validators_and_miners();
		let alpha = stake(VALIDATOR_A, 5, netuid);
		let all = SubtensorModule::get_stake_availability_for_coldkeys(
			vec![account(5), account(4)],
			None,
		);
		assert_eq!(all.len(), 1);
		let on_subnet = &all[&account(5)][&netuid];
		assert_eq!((on_subnet.total.0.to_u64(), on_subnet.available.0.to_u64()), (alpha, alpha));
		let filtered = SubtensorModule::get_stake_availability_for_coldkeys(
			vec![account(5)],
			Some(vec![NetUid::ROOT]),
		);
		assert!(filtered.is_empty());

		let here = Some((account(VALIDATOR_A), netuid));
		assert_eq!(SubtensorModule::get_stake_fee(here.clone(), here.clone(), TAO), 0);
		let to_root = Some((account(VALIDATOR_A), NetUid::ROOT));
		assert_eq!(
			SubtensorModule::get_stake_fee(to_root, here, TAO),
			SubtensorModule::swap_fee(netuid, TAO)
		);
	});
}
