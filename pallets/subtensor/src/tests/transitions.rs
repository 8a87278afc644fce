//! Moving stake between hotkeys, coldkeys and subnets; recycling and burning alpha.

use super::mock::*;
use crate::{Error, Event, *};
use frame_support::assert_noop;
use sp_runtime::AccountId32;
use subtensor_common::{AlphaBalance, NetUid};

/// Two started subnets (owner hotkeys 2 and 7) and 100 TAO of account 5 staked to hotkey 2
/// on the first; returns (first, second).
fn two_subnets_with_stake() -> (NetUid, NetUid) {
	let first = add_subnet();
	assert_ok(SubtensorModule::start_call(RuntimeOrigin::signed(owner()), first));
	let second = add_subnet_for(account(6), account(7));
	assert_ok(SubtensorModule::start_call(RuntimeOrigin::signed(account(6)), second));
	assert_ok(SubtensorModule::add_stake(
		RuntimeOrigin::signed(account(5)),
		owner_hotkey(),
		first,
		(100 * TAO).into(),
	));
	(first, second)
}

fn stake(hotkey: &AccountId32, coldkey: u8, netuid: NetUid) -> u64 {
	SubtensorModule::stake_of(hotkey, &account(coldkey), netuid).to_u64()
}

#[test]
fn moving_within_a_subnet_hands_over_shares_without_a_fee() {
	run_test(|| {
		let (first, _) = two_subnets_with_stake();
		let alpha = stake(&owner_hotkey(), 5, first);
		let reserves = (SubnetTAO::<Test>::get(first), SubnetAlphaIn::<Test>::get(first));
		assert_ok(SubtensorModule::move_stake(
			RuntimeOrigin::signed(account(5)),
			owner_hotkey(),
			account(7),
			first,
			first,
			(alpha / 2).into(),
		));
		assert_eq!(stake(&account(7), 5, first), alpha / 2);
		assert_eq!(stake(&owner_hotkey(), 5, first), alpha - alpha / 2);
		// No trade: the pool is untouched.
		assert_eq!((SubnetTAO::<Test>::get(first), SubnetAlphaIn::<Test>::get(first)), reserves);
		assert!(matches!(
			System::events().last().map(|r| r.event.clone()),
			Some(RuntimeEvent::SubtensorModule(Event::StakeMoved(..)))
		));
		assert_noop!(
			SubtensorModule::move_stake(
				RuntimeOrigin::signed(account(5)),
				owner_hotkey(),
				owner_hotkey(),
				first,
				first,
				1u64.into(),
			),
			Error::<Test>::SameNetuid
		);
	});
}

#[test]
fn swapping_sells_on_one_subnet_and_buys_on_the_other() {
	run_test(|| {
		let (first, second) = two_subnets_with_stake();
		let alpha = stake(&owner_hotkey(), 5, first);
		let before = balance(&account(5));
		assert_ok(SubtensorModule::swap_stake(
			RuntimeOrigin::signed(account(5)),
			owner_hotkey(),
			first,
			second,
			alpha.into(),
		));
		assert_eq!(stake(&owner_hotkey(), 5, first), 0);
		let moved = stake(&owner_hotkey(), 5, second);
		assert!(moved > 0);
		// The coldkey's free TAO is untouched: the proceeds went straight into the new stake.
		assert_eq!(balance(&account(5)), before);
		assert_noop!(
			SubtensorModule::swap_stake(
				RuntimeOrigin::signed(account(5)),
				owner_hotkey(),
				second,
				second,
				1u64.into(),
			),
			Error::<Test>::SameNetuid
		);
		assert_noop!(
			SubtensorModule::swap_stake(
				RuntimeOrigin::signed(account(5)),
				owner_hotkey(),
				first,
				second,
				1u64.into(),
			),
			Error::<Test>::NotEnoughStakeToWithdraw
		);
	});
}

#[test]
fn a_swap_limit_keeps_the_price_ratio() {
	run_test(|| {
		let (first, second) = two_subnets_with_stake();
		let alpha = stake(&owner_hotkey(), 5, first);
		// Both pools start near the same price; the stake raised the first one. Ask for a
		// ratio a little below the current one.
		let ratio = |a: NetUid, b: NetUid| {
			use subtensor_common::SwapHandler;
			<Swap as SwapHandler>::current_alpha_price(a).to_num::<f64>()
				/ <Swap as SwapHandler>::current_alpha_price(b).to_num::<f64>()
		};
		let limit = (ratio(first, second) * 0.99 * 1e9) as u64;
		let swap_limit = |partial| {
			SubtensorModule::swap_stake_limit(
				RuntimeOrigin::signed(account(5)),
				owner_hotkey(),
				first,
				second,
				alpha.into(),
				limit.into(),
				partial,
			)
		};
		assert_noop!(swap_limit(false), Error::<Test>::SlippageTooHigh);
		assert_ok(swap_limit(true));
		let left = stake(&owner_hotkey(), 5, first);
		assert!(left > 0 && left < alpha, "{left} of {alpha} left");
		assert!(ratio(first, second) * 1e9 >= limit as f64 * 0.9999);
	});
}

#[test]
fn transfers_give_stake_to_another_coldkey_where_allowed() {
	run_test(|| {
		let (first, second) = two_subnets_with_stake();
		let alpha = stake(&owner_hotkey(), 5, first);
		assert_ok(SubtensorModule::transfer_stake(
			RuntimeOrigin::signed(account(5)),
			account(8),
			owner_hotkey(),
			first,
			first,
			alpha.into(),
		));
		assert_eq!(
			(stake(&owner_hotkey(), 5, first), stake(&owner_hotkey(), 8, first)),
			(0, alpha)
		);
		TransferToggle::<Test>::insert(second, false);
		assert_noop!(
			SubtensorModule::transfer_stake(
				RuntimeOrigin::signed(account(8)),
				account(5),
				owner_hotkey(),
				first,
				second,
				alpha.into(),
			),
			Error::<Test>::TransferDisallowed
		);
	});
}

#[test]
fn recycling_lowers_the_outstanding_alpha_and_burning_does_not() {
	run_test(|| {
		let (first, _) = two_subnets_with_stake();
		let alpha = stake(&owner_hotkey(), 5, first);
		let out = SubnetAlphaOut::<Test>::get(first).to_u64();
		let signed = || RuntimeOrigin::signed(account(5));
		assert_ok(SubtensorModule::recycle_alpha(signed(), owner_hotkey(), 1_000u64.into(), first));
		assert_eq!(SubnetAlphaOut::<Test>::get(first).to_u64(), out - 1_000);
		assert_ok(SubtensorModule::burn_alpha(signed(), owner_hotkey(), 1_000u64.into(), first));
		assert_eq!(SubnetAlphaOut::<Test>::get(first).to_u64(), out - 1_000);
		assert_eq!(stake(&owner_hotkey(), 5, first), alpha - 2_000);
		assert_last_event(Event::AlphaBurned(
			account(5),
			owner_hotkey(),
			AlphaBalance::new(1_000),
			first,
		));
		assert_noop!(
			SubtensorModule::recycle_alpha(signed(), owner_hotkey(), 1u64.into(), NetUid::ROOT),
			Error::<Test>::CannotBurnOrRecycleOnRootSubnet
		);
	});
}

#[test]
fn add_stake_burn_buys_alpha_and_burns_all_of_it() {
	run_test(|| {
		let (first, _) = two_subnets_with_stake();
		let before = stake(&owner_hotkey(), 5, first);
		let out = SubnetAlphaOut::<Test>::get(first).to_u64();
		let tao_reserve = SubnetTAO::<Test>::get(first).to_u64();
		let signed = || RuntimeOrigin::signed(account(5));
		assert_ok(SubtensorModule::add_stake_burn(
			signed(),
			owner_hotkey(),
			first,
			(10 * TAO).into(),
			None,
		));
		// The coldkey's earlier stake is untouched; the bought alpha is gone but still counts
		// as outstanding, and the pool holds the TAO.
		assert_eq!(stake(&owner_hotkey(), 5, first), before);
		let bought = SubnetAlphaOut::<Test>::get(first).to_u64() - out;
		assert!(bought > 0);
		assert!(SubnetTAO::<Test>::get(first).to_u64() > tao_reserve);
		assert_last_event(Event::AddStakeBurn {
			netuid: first,
			hotkey: owner_hotkey(),
			amount: (10 * TAO).into(),
			alpha: AlphaBalance::new(bought),
		});

		// A limit below the price refuses the whole purchase; root has nothing to burn.
		assert_noop!(
			SubtensorModule::add_stake_burn(
				signed(),
				owner_hotkey(),
				first,
				(10 * TAO).into(),
				Some(1u64.into()),
			),
			Error::<Test>::SlippageTooHigh
		);
		assert_noop!(
			SubtensorModule::add_stake_burn(
				signed(),
				owner_hotkey(),
				NetUid::ROOT,
				(10 * TAO).into(),
				None,
			),
			Error::<Test>::CannotBurnOrRecycleOnRootSubnet
		);
		assert_noop!(
			SubtensorModule::add_stake_burn(signed(), account(40), first, (10 * TAO).into(), None),
			Error::<Test>::HotKeyAccountNotExists
		);
	});
}
