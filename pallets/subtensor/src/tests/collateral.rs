//! Miner collateral: the registration's locked share, what locked stake may not do, how
//! emission releases and fills a lock, `add_collateral` / `set_min_collateral`, and the lock
//! following its stake through key swaps and a subnet's dissolution.

use super::{epoch::subnet_with_a_validator_and_two_miners, mock::*};
use crate::{Error, Event, *};
use frame_support::assert_noop;
use substrate_fixed::types::U64F64;
use subtensor_common::{AlphaBalance, NetUid, SwapHandler, TaoBalance};

/// Half of the price, as `CollateralLockShare` (÷65 535).
const HALF: u16 = 32_767;

/// A started subnet locking half of each registration price at a drain ratio of 2.
fn collateral_subnet() -> NetUid {
	let netuid = add_subnet();
	assert_ok(SubtensorModule::start_call(RuntimeOrigin::signed(owner()), netuid));
	SubtensorModule::set_collateral_lock_share(netuid, HALF);
	SubtensorModule::set_collateral_drain_ratio(netuid, U64F64::from_num(2));
	netuid
}

fn register(hotkey: u8, netuid: NetUid) -> sp_runtime::DispatchResult {
	SubtensorModule::burned_register(
		RuntimeOrigin::signed(miner_coldkey()),
		netuid,
		account(hotkey),
	)
}

/// The miner coldkey locks `alpha` more on `hotkey`, buying at most at `limit` rao per alpha.
fn add_collateral(
	hotkey: u8,
	netuid: NetUid,
	alpha: u64,
	limit: u64,
) -> sp_runtime::DispatchResult {
	SubtensorModule::add_collateral(
		RuntimeOrigin::signed(miner_coldkey()),
		netuid,
		account(hotkey),
		AlphaBalance::new(alpha),
		TaoBalance::new(limit),
	)
}

/// The miner coldkey sets the floor of its lock on `hotkey`.
fn set_floor(hotkey: u8, netuid: NetUid, floor: u64) -> sp_runtime::DispatchResult {
	SubtensorModule::set_min_collateral(
		RuntimeOrigin::signed(miner_coldkey()),
		netuid,
		account(hotkey),
		AlphaBalance::new(floor),
	)
}

fn locked(hotkey: u8, netuid: NetUid) -> u64 {
	SubtensorModule::locked_collateral(&account(hotkey), &miner_coldkey(), netuid).to_u64()
}

fn stake(hotkey: u8, netuid: NetUid) -> u64 {
	SubtensorModule::stake_of(&account(hotkey), &miner_coldkey(), netuid).to_u64()
}

#[test]
fn registration_burns_part_of_the_price_and_stakes_the_rest_locked() {
	run_test(|| {
		let netuid = collateral_subnet();
		let price = Burn::<Test>::get(netuid).to_u64();
		let split = SubtensorModule::registration_split(netuid, &account(4), &miner_coldkey());
		assert_eq!(split.lock.to_u64(), price * u64::from(HALF) / 65_535);
		assert_eq!(split.total().to_u64(), price);
		let before = balance(&miner_coldkey());
		assert_ok(register(4, netuid));

		assert_eq!(balance(&miner_coldkey()), before - price);
		assert!(stake(4, netuid) > 0);
		assert_eq!(locked(4, netuid), stake(4, netuid), "all of the bought stake is locked");
		let state = MinerCollateral::<Test>::get((netuid, account(4), miner_coldkey())).unwrap();
		assert_eq!(state.drain_ratio, U64F64::from_num(2));
		assert_eq!(state.min_locked, AlphaBalance::ZERO);
		assert_eq!(ColdkeyMinerCollateral::<Test>::get(miner_coldkey(), netuid), state.locked);
		assert_eq!(
			ColdkeyCollateralHotkeys::<Test>::get(miner_coldkey(), netuid).into_inner(),
			vec![account(4)]
		);
		assert_eq!(CollateralEntryCount::<Test>::get(netuid), 1);
		assert_eq!(RAORecycledForRegistration::<Test>::get(netuid), split.burn);
		let graph = SubtensorModule::get_metagraph(netuid).unwrap();
		let uid = usize::from(Uids::<Test>::get(netuid, account(4)).unwrap());
		assert_eq!(graph.collateral_locked[uid].0, state.locked);
		assert_eq!(graph.collateral_locked[0].0, AlphaBalance::ZERO, "the owner locks nothing");
		assert_eq!(graph.collateral_min.len(), graph.hotkeys.len());
		assert!(System::events().iter().any(|record| matches!(
			&record.event,
			RuntimeEvent::SubtensorModule(Event::CollateralLocked { hotkey, locked, .. })
				if *hotkey == account(4) && *locked == state.locked
		)));
	});
}

#[test]
fn before_staking_starts_or_without_a_share_the_whole_price_is_burned() {
	run_test(|| {
		let netuid = add_subnet();
		SubtensorModule::set_collateral_lock_share(netuid, HALF);
		assert_ok(register(4, netuid));
		assert_eq!((stake(4, netuid), locked(4, netuid)), (0, 0));
		assert_eq!(CollateralEntryCount::<Test>::get(netuid), 0);

		let open = add_subnet_for(account(6), account(7));
		assert_ok(SubtensorModule::start_call(RuntimeOrigin::signed(account(6)), open));
		assert_ok(register(8, open));
		assert_eq!(locked(8, open), 0);
	});
}

#[test]
fn locked_stake_cannot_leave_the_position_but_the_free_part_can() {
	run_test(|| {
		let netuid = collateral_subnet();
		assert_ok(register(4, netuid));
		let lock = locked(4, netuid);
		assert_ok(SubtensorModule::add_stake(
			RuntimeOrigin::signed(miner_coldkey()),
			account(4),
			netuid,
			TaoBalance::new(10 * TAO),
		));
		let total = stake(4, netuid);
		let free = total - lock;
		let origin = || RuntimeOrigin::signed(miner_coldkey());
		assert_noop!(
			SubtensorModule::remove_stake(
				origin(),
				account(4),
				netuid,
				AlphaBalance::new(free + 1)
			),
			Error::<Test>::StakeUnavailable
		);
		assert_noop!(
			SubtensorModule::move_stake(
				origin(),
				account(4),
				owner_hotkey(),
				netuid,
				netuid,
				AlphaBalance::new(total)
			),
			Error::<Test>::StakeUnavailable
		);
		assert_noop!(
			SubtensorModule::transfer_stake(
				origin(),
				account(5),
				account(4),
				netuid,
				netuid,
				AlphaBalance::new(free + 1)
			),
			Error::<Test>::StakeUnavailable
		);
		assert_noop!(
			SubtensorModule::recycle_alpha(origin(), account(4), AlphaBalance::new(total), netuid),
			Error::<Test>::StakeUnavailable
		);
		assert_noop!(
			SubtensorModule::burn_alpha(origin(), account(4), AlphaBalance::new(total), netuid),
			Error::<Test>::StakeUnavailable
		);

		// Selling "everything" sells the free part; the lock stays staked.
		assert_ok(SubtensorModule::remove_stake_full_limit(origin(), account(4), netuid, None));
		assert_eq!(stake(4, netuid), lock);
		assert_noop!(
			SubtensorModule::remove_stake_full_limit(origin(), account(4), netuid, None),
			Error::<Test>::StakeUnavailable
		);
		assert_ok(SubtensorModule::unstake_all(origin(), account(4)));
		assert_eq!(stake(4, netuid), lock);
	});
}

#[test]
fn emission_releases_the_lock_at_its_ratio_down_to_the_floor() {
	run_test(|| {
		let netuid = subnet_with_a_validator_and_two_miners();
		SubtensorModule::set_collateral_lock_share(netuid, HALF);
		// Miner 21 locks 2 alpha of its stake; every alpha it earns releases half an alpha.
		SubtensorModule::set_collateral_drain_ratio(netuid, U64F64::from_num(0.5));
		assert_ok(SubtensorModule::add_stake(
			RuntimeOrigin::signed(miner_coldkey()),
			account(21),
			netuid,
			TaoBalance::new(10 * TAO),
		));
		let start_lock = 2 * TAO;
		assert_ok(add_collateral(21, netuid, start_lock, u64::MAX));
		assert_eq!(locked(21, netuid), start_lock);
		let start = System::block_number();
		run_to_block(start + 10);
		let after_first = MinerCollateral::<Test>::get((netuid, account(21), miner_coldkey()))
			.expect("the lock is still there");
		assert_eq!(
			after_first.earned.to_u64(),
			Emission::<Test>::get(netuid)[2].to_u64(),
			"what the epoch paid the hotkey is what it earned"
		);
		assert_ok(SubtensorModule::set_weights(
			RuntimeOrigin::signed(account(20)),
			netuid,
			vec![2, 3],
			vec![1, 3],
			0,
		));
		let epoch = start + 20;
		run_to_block(epoch);
		let earned = Emission::<Test>::get(netuid)[2].to_u64();
		assert!(earned > 0);
		let state = MinerCollateral::<Test>::get((netuid, account(21), miner_coldkey()))
			.expect("the lock is still there");
		assert_eq!(state.earned.to_u64(), after_first.earned.to_u64() + earned);
		assert_eq!(state.locked.to_u64(), after_first.locked.to_u64() - earned / 2);

		// With a floor at the lock, the next epochs release nothing.
		assert_ok(set_floor(21, netuid, state.locked.to_u64()));
		run_to_block(epoch + 10);
		assert_eq!(locked(21, netuid), state.locked.to_u64());

		// Raising the floor fills the lock from what the miner earns.
		let floor = state.locked.to_u64() + 3 * TAO;
		assert_ok(set_floor(21, netuid, floor));
		let before = locked(21, netuid);
		run_to_block(epoch + 20);
		let earned = Emission::<Test>::get(netuid)[2].to_u64();
		assert_eq!(locked(21, netuid), (before + earned).min(floor));
	});
}

#[test]
fn a_standing_lock_counts_towards_the_next_registration() {
	run_test(|| {
		let netuid = collateral_subnet();
		assert_ok(register(4, netuid));
		let lock = locked(4, netuid);
		// Deregistered (the neuron's slot goes), the lock stays.
		SubtensorModule::move_neuron(&account(4), &account(40), netuid);
		assert!(!Uids::<Test>::contains_key(netuid, account(4)));
		assert_eq!(locked(4, netuid), lock);
		let split = SubtensorModule::registration_split(netuid, &account(4), &miner_coldkey());
		let required = Burn::<Test>::get(netuid).to_u64() * u64::from(HALF) / 65_535;
		let price = <<Test as Config>::SwapInterface as SwapHandler>::current_alpha_price(netuid);
		let standing = U64F64::from_num(lock).saturating_mul(price).to_num::<u64>();
		assert_eq!(split.lock.to_u64(), required.saturating_sub(standing));
		let paid =
			Burn::<Test>::get(netuid).saturating_sub(TaoBalance::new(standing.min(required)));
		assert_eq!(split.total(), paid);
	});
}

#[test]
fn add_collateral_locks_free_stake_first_and_buys_the_rest() {
	run_test(|| {
		let netuid = collateral_subnet();
		SubtensorModule::set_collateral_lock_share(netuid, 0);
		assert_ok(register(4, netuid));
		let origin = || RuntimeOrigin::signed(miner_coldkey());
		assert_ok(SubtensorModule::add_stake(origin(), account(4), netuid, (5 * TAO).into()));
		let staked = stake(4, netuid);

		assert_ok(add_collateral(4, netuid, staked / 2, u64::MAX));
		assert_eq!((locked(4, netuid), stake(4, netuid)), (staked / 2, staked));

		// Twice the stake: the free half and a purchase of about the rest.
		let balance_before = balance(&miner_coldkey());
		assert_ok(add_collateral(4, netuid, staked, u64::MAX));
		assert!(balance(&miner_coldkey()) < balance_before);
		assert_eq!(locked(4, netuid), stake(4, netuid));
		let bought = stake(4, netuid) - staked;
		assert!(bought * 100 >= (staked / 2) * 99, "bought {bought} of {}", staked / 2);

		// A price limit below the spot refuses a purchase, and changes nothing.
		assert_noop!(add_collateral(4, netuid, TAO, 1), Error::<Test>::SlippageTooHigh);
	});
}

#[test]
fn collateral_calls_check_the_subnet_the_hotkey_and_its_owner() {
	run_test(|| {
		let netuid = collateral_subnet();
		assert_ok(register(4, netuid));
		let alpha = AlphaBalance::new(TAO);
		let max = TaoBalance::new(u64::MAX);
		let add = |coldkey: u8, netuid: NetUid, hotkey: u8, alpha: AlphaBalance| {
			SubtensorModule::add_collateral(
				RuntimeOrigin::signed(account(coldkey)),
				netuid,
				account(hotkey),
				alpha,
				max,
			)
		};
		assert_noop!(
			add(3, NetUid::ROOT, 4, alpha),
			Error::<Test>::RegistrationNotPermittedOnRootSubnet
		);
		assert_noop!(add(3, NetUid::from(77), 4, alpha), Error::<Test>::SubnetNotExists);
		assert_noop!(add(3, netuid, 44, alpha), Error::<Test>::HotKeyAccountNotExists);
		assert_noop!(add(5, netuid, 4, alpha), Error::<Test>::NonAssociatedColdKey);
		assert_noop!(add(3, netuid, 4, AlphaBalance::ZERO), Error::<Test>::AmountTooLow);
		assert_noop!(
			SubtensorModule::set_min_collateral(
				RuntimeOrigin::signed(account(5)),
				netuid,
				account(4),
				alpha
			),
			Error::<Test>::NonAssociatedColdKey
		);

		// Zero floor and nothing locked: the entry goes.
		SubtensorModule::set_collateral_lock_share(netuid, 0);
		assert_ok(register(6, netuid));
		let origin = RuntimeOrigin::signed(miner_coldkey());
		assert_ok(SubtensorModule::set_min_collateral(origin.clone(), netuid, account(6), alpha));
		assert_last_event(Event::MinCollateralSet {
			coldkey: miner_coldkey(),
			hotkey: account(6),
			netuid,
			min_locked: alpha,
		});
		assert_eq!(CollateralEntryCount::<Test>::get(netuid), 2);
		assert_ok(SubtensorModule::set_min_collateral(
			origin,
			netuid,
			account(6),
			AlphaBalance::ZERO,
		));
		assert!(!MinerCollateral::<Test>::contains_key((netuid, account(6), miner_coldkey())));
		assert_eq!(CollateralEntryCount::<Test>::get(netuid), 1);
	});
}

#[test]
fn a_coldkey_holds_collateral_with_at_most_64_hotkeys_per_subnet() {
	run_test(|| {
		let netuid = collateral_subnet();
		let coldkey = miner_coldkey();
		for index in 0..collateral::MAX_COLDKEY_COLLATERAL_HOTKEYS {
			let mut raw = [200u8; 32];
			raw[..4].copy_from_slice(&index.to_le_bytes());
			let hotkey = sp_runtime::AccountId32::new(raw);
			SubtensorModule::create_account_if_non_existent(&coldkey, &hotkey);
			assert_ok(SubtensorModule::set_min_collateral(
				RuntimeOrigin::signed(coldkey.clone()),
				netuid,
				hotkey,
				AlphaBalance::new(1),
			));
		}
		SubtensorModule::create_account_if_non_existent(&coldkey, &account(4));
		assert_noop!(
			SubtensorModule::set_min_collateral(
				RuntimeOrigin::signed(coldkey),
				netuid,
				account(4),
				AlphaBalance::new(1)
			),
			Error::<Test>::ColdkeyCollateralPositionsFull
		);
	});
}

#[test]
fn a_hotkey_swap_moves_the_lock_and_refuses_to_leave_it_behind() {
	run_test(|| {
		let netuid = collateral_subnet();
		assert_ok(register(4, netuid));
		let lock = locked(4, netuid);
		let origin = || RuntimeOrigin::signed(miner_coldkey());
		assert_noop!(
			SubtensorModule::swap_hotkey_v2(origin(), account(4), account(44), Some(netuid), true),
			Error::<Test>::KeepStakeBlockedByCollateral
		);
		frame_support::assert_ok!(SubtensorModule::swap_hotkey_v2(
			origin(),
			account(4),
			account(44),
			Some(netuid),
			false,
		));
		assert_eq!((locked(4, netuid), locked(44, netuid)), (0, lock));
		assert_eq!(stake(44, netuid), lock);
		assert_eq!(
			ColdkeyCollateralHotkeys::<Test>::get(miner_coldkey(), netuid).into_inner(),
			vec![account(44)]
		);
	});
}

#[test]
fn a_coldkey_swap_moves_every_lock() {
	run_test(|| {
		let netuid = collateral_subnet();
		assert_ok(register(4, netuid));
		let lock = SubtensorModule::locked_collateral(&account(4), &miner_coldkey(), netuid);
		frame_support::assert_ok!(SubtensorModule::do_swap_coldkey(&miner_coldkey(), &account(66)));
		assert_eq!(SubtensorModule::locked_collateral(&account(4), &account(66), netuid), lock);
		assert_eq!(ColdkeyMinerCollateral::<Test>::get(account(66), netuid), lock);
		assert!(!ColdkeyMinerCollateral::<Test>::contains_key(miner_coldkey(), netuid));
		assert!(!ColdkeyCollateralHotkeys::<Test>::contains_key(miner_coldkey(), netuid));
		assert_noop!(
			SubtensorModule::remove_stake(
				RuntimeOrigin::signed(account(66)),
				account(4),
				netuid,
				lock
			),
			Error::<Test>::StakeUnavailable
		);
	});
}

#[test]
fn a_dissolved_subnet_pays_out_locked_stake_and_forgets_the_locks() {
	run_test(|| {
		let netuid = collateral_subnet();
		assert_ok(register(4, netuid));
		let before = balance(&miner_coldkey());
		assert_ok(SubtensorModule::dissolve_network(RuntimeOrigin::root(), owner(), netuid));
		pay_out_dissolutions();
		assert!(balance(&miner_coldkey()) > before, "the locked stake was paid out");
		assert_eq!(MinerCollateral::<Test>::iter_prefix((netuid,)).count(), 0);
		assert!(!ColdkeyMinerCollateral::<Test>::contains_key(miner_coldkey(), netuid));
		assert!(!ColdkeyCollateralHotkeys::<Test>::contains_key(miner_coldkey(), netuid));
		assert!(!CollateralLockShare::<Test>::contains_key(netuid));
		assert!(!CollateralEntryCount::<Test>::contains_key(netuid));
	});
}

#[test]
fn a_hotkey_swap_into_a_pool_merges_the_locks_within_the_stake() {
	run_test(|| {
		let netuid = collateral_subnet();
		assert_ok(register(4, netuid));
		let origin = || RuntimeOrigin::signed(miner_coldkey());
		// The new hotkey already has a pool there (a nominator's stake) and a floor of its own.
		SubtensorModule::create_account_if_non_existent(&miner_coldkey(), &account(44));
		assert_ok(SubtensorModule::add_stake(
			RuntimeOrigin::signed(account(5)),
			account(44),
			netuid,
			TaoBalance::new(7 * TAO),
		));
		let floor = AlphaBalance::new(TAO);
		assert_ok(SubtensorModule::set_min_collateral(origin(), netuid, account(44), floor));
		let lock = locked(4, netuid);
		frame_support::assert_ok!(SubtensorModule::swap_hotkey_v2(
			origin(),
			account(4),
			account(44),
			Some(netuid),
			false,
		));
		let state = MinerCollateral::<Test>::get((netuid, account(44), miner_coldkey())).unwrap();
		assert!(state.locked.to_u64() <= stake(44, netuid));
		assert!(lock - state.locked.to_u64() <= 1, "re-bought to the rao: {lock} {state:?}");
		assert_eq!(state.min_locked, floor);
		assert_eq!(CollateralEntryCount::<Test>::get(netuid), 1);
		assert_eq!(ColdkeyMinerCollateral::<Test>::get(miner_coldkey(), netuid), state.locked);
	});
}
