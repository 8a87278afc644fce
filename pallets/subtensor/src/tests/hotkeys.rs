//! Hotkey ownership without registration, and auto-stake destinations.

use super::mock::*;
use crate::{Error, Event, *};
use frame_support::assert_noop;
use sp_runtime::{AccountId32, DispatchError};
use subtensor_common::NetUid;

#[test]
fn a_coldkey_can_claim_an_unowned_hotkey_but_not_anothers() {
	run_test(|| {
		let claimant = || RuntimeOrigin::signed(account(5));
		assert_ok(SubtensorModule::try_associate_hotkey(claimant(), account(40)));
		assert_eq!(Owner::<Test>::get(account(40)), account(5));
		assert!(OwnedHotkeys::<Test>::get(account(5)).contains(&account(40)));
		assert!(StakingHotkeys::<Test>::get(account(5)).contains(&account(40)));
		// Claiming it again is harmless; the hotkey is listed once.
		assert_ok(SubtensorModule::try_associate_hotkey(claimant(), account(40)));
		assert_eq!(OwnedHotkeys::<Test>::get(account(5)), vec![account(40)]);

		assert_noop!(
			SubtensorModule::try_associate_hotkey(RuntimeOrigin::signed(account(6)), account(40)),
			Error::<Test>::NonAssociatedColdKey
		);
		let subnet_account = SubtensorModule::subnet_account_id(NetUid::ROOT);
		assert_noop!(
			SubtensorModule::try_associate_hotkey(claimant(), subnet_account),
			Error::<Test>::CannotUseSystemAccount
		);
		assert_noop!(
			SubtensorModule::try_associate_hotkey(RuntimeOrigin::none(), account(41)),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn auto_stake_destinations_keep_their_reverse_index() {
	run_test(|| {
		let netuid = add_subnet();
		let miner_hotkey = account(20);
		assert_ok(SubtensorModule::burned_register(
			RuntimeOrigin::signed(miner_coldkey()),
			netuid,
			miner_hotkey.clone(),
		));
		let set = |coldkey: u8, hotkey: AccountId32| {
			SubtensorModule::set_coldkey_auto_stake_hotkey(
				RuntimeOrigin::signed(account(coldkey)),
				netuid,
				hotkey,
			)
		};
		assert_ok(set(5, owner_hotkey()));
		assert_ok(set(6, owner_hotkey()));
		assert_last_event(Event::AutoStakeDestinationSet {
			coldkey: account(6),
			netuid,
			hotkey: owner_hotkey(),
		});
		assert_eq!(
			AutoStakeDestinationColdkeys::<Test>::get(owner_hotkey(), netuid),
			vec![account(5), account(6)]
		);

		// Changing the destination moves the coldkey in the reverse index.
		assert_ok(set(5, miner_hotkey.clone()));
		assert_eq!(
			AutoStakeDestination::<Test>::get(account(5), netuid),
			Some(miner_hotkey.clone())
		);
		assert_eq!(
			AutoStakeDestinationColdkeys::<Test>::get(owner_hotkey(), netuid),
			vec![account(6)]
		);
		assert_eq!(
			AutoStakeDestinationColdkeys::<Test>::get(&miner_hotkey, netuid),
			vec![account(5)]
		);

		assert_noop!(set(5, miner_hotkey.clone()), Error::<Test>::SameAutoStakeHotkeyAlreadySet);
		assert_noop!(set(5, account(40)), Error::<Test>::HotKeyNotRegisteredInSubNet);
		assert_noop!(
			SubtensorModule::set_coldkey_auto_stake_hotkey(
				RuntimeOrigin::signed(account(5)),
				NetUid::from(77),
				owner_hotkey(),
			),
			Error::<Test>::SubnetNotExists
		);

		// Dissolution forgets them all.
		assert_ok(SubtensorModule::dissolve_network(RuntimeOrigin::root(), owner(), netuid));
		pay_out_dissolutions();
		assert_eq!(AutoStakeDestination::<Test>::get(account(5), netuid), None);
		assert_eq!(AutoStakeDestination::<Test>::get(account(6), netuid), None);
		assert!(AutoStakeDestinationColdkeys::<Test>::iter().next().is_none());
	});
}
