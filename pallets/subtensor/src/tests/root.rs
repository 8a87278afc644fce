//! Registration on the root subnet.

use super::mock::*;
use crate::{Error, Event, *};
use frame_support::assert_noop;
use subtensor_common::NetUid;

fn root_register(coldkey: u8, hotkey: u8) -> sp_runtime::DispatchResult {
	SubtensorModule::root_register(RuntimeOrigin::signed(account(coldkey)), account(hotkey))
}

#[test]
fn a_hotkey_takes_a_root_uid_and_becomes_a_delegate() {
	run_test(|| {
		assert_ok(root_register(5, 15));
		assert_eq!(Uids::<Test>::get(NetUid::ROOT, account(15)), Some(0));
		assert!(Delegates::<Test>::contains_key(account(15)));
		assert_eq!(Owner::<Test>::get(account(15)), account(5));
		assert_last_event(Event::NeuronRegistered(NetUid::ROOT, 0, account(15)));
		// One root registration per block by default.
		assert_noop!(root_register(6, 16), Error::<Test>::TooManyRegistrationsThisBlock);
		run_to_block(2);
		assert_noop!(root_register(5, 15), Error::<Test>::HotKeyAlreadyRegisteredInSubNet);
		SubtensorModule::create_account_if_non_existent(&account(5), &account(25));
		assert_noop!(root_register(6, 25), Error::<Test>::NonAssociatedColdKey);
	});
}

#[test]
fn a_full_root_takes_only_a_hotkey_with_more_root_stake() {
	run_test(|| {
		let root = NetUid::ROOT;
		MaxAllowedUids::<Test>::insert(root, 2);
		MaxRegistrationsPerBlock::<Test>::insert(root, 10);
		TargetRegistrationsPerInterval::<Test>::insert(root, 10);
		assert_ok(root_register(5, 15));
		assert_ok(root_register(6, 16));
		let stake = |coldkey: u8, hotkey: u8, tao: u64| {
			SubtensorModule::add_stake(
				RuntimeOrigin::signed(account(coldkey)),
				account(hotkey),
				root,
				tao.into(),
			)
		};
		assert_ok(stake(5, 15, 10 * TAO));
		assert_ok(stake(6, 16, 5 * TAO));
		assert_noop!(root_register(7, 17), Error::<Test>::StakeTooLowForRoot);
		SubtensorModule::create_account_if_non_existent(&account(7), &account(17));
		assert_ok(stake(7, 17, 6 * TAO));
		assert_ok(root_register(7, 17));
		// Hotkey 16 had the least root stake: its UID 1 goes to hotkey 17.
		assert_eq!(Keys::<Test>::get(root, 1), account(17));
		assert_eq!(Uids::<Test>::get(root, account(16)), None);
	});
}
