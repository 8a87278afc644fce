//! Coldkey swap: announcing (fee, re-announcing), swapping after the delay (everything the
//! coldkey owns moves: balance, positions, hotkeys, subnets, identity, auto-stake, root claims),
//! disputes that freeze the account, clearing, root's swap, and every refusal by name.

use super::emission::{stake, subnet_with_validators_and_miners, VALIDATOR_A};
use super::mock::*;
use super::root_claim::{root_dividends_paid, ROOT_NOMINATOR};
use crate::*;
use frame_support::assert_noop;
use sp_core::H256;
use sp_runtime::traits::{BlakeTwo256, Hash};
use subtensor_common::{NetUid, TaoBalance};

/// The coldkey of validator A (and of nothing else): the one that swaps.
const OLD: u8 = 5;
/// Its successor, unused so far.
const NEW: u8 = 50;

fn hash_of(n: u8) -> H256 {
	BlakeTwo256::hash_of(&account(n))
}

fn announce(coldkey: u8, new: u8) -> sp_runtime::DispatchResult {
	SubtensorModule::announce_coldkey_swap(RuntimeOrigin::signed(account(coldkey)), hash_of(new))
}

fn swap_announced(coldkey: u8, new: u8) -> sp_runtime::DispatchResult {
	SubtensorModule::swap_coldkey_announced(RuntimeOrigin::signed(account(coldkey)), account(new))
		.map(|_| ())
		.map_err(|error| error.error)
}

/// The guard's answer to `call` made by `who`.
fn guard(who: &sp_runtime::AccountId32, call: &RuntimeCall) -> sp_runtime::DispatchResult {
	SubtensorModule::coldkey_swap_guard(who, call).map_err(Into::into)
}

/// Delays of a few blocks, as a dev chain's root would set them.
fn short_delays() {
	ColdkeySwapAnnouncementDelay::<Test>::put(20);
	ColdkeySwapReannouncementDelay::<Test>::put(5);
}

/// Blocks from now until an announcement made now can be executed.
fn delay() -> u64 {
	ColdkeySwapAnnouncementDelay::<Test>::get()
}

fn run_blocks(blocks: u64) {
	run_to_block(System::block_number() + blocks);
}

#[test]
fn an_announcement_costs_once_and_can_be_renewed_after_the_reannouncement_delay() {
	run_test(|| {
		short_delays();
		let before = balance(&account(OLD));
		assert_ok(announce(OLD, NEW));
		let now = System::block_number();
		assert_eq!(
			ColdkeySwapAnnouncements::<Test>::get(account(OLD)),
			Some((now + delay(), hash_of(NEW)))
		);
		assert_eq!(balance(&account(OLD)), before - TAO / 10);
		assert_last_event(Event::ColdkeySwapAnnounced {
			who: account(OLD),
			new_coldkey_hash: hash_of(NEW),
		});

		assert_noop!(announce(OLD, 51), Error::<Test>::ColdkeySwapReannouncedTooEarly);
		run_blocks(delay() + ColdkeySwapReannouncementDelay::<Test>::get());
		assert_ok(announce(OLD, 51));
		// Renewing is free.
		assert_eq!(balance(&account(OLD)), before - TAO / 10);
		assert_eq!(
			ColdkeySwapAnnouncements::<Test>::get(account(OLD)).map(|(_, hash)| hash),
			Some(hash_of(51))
		);
	});
}

#[test]
fn an_announced_swap_hands_everything_the_coldkey_owns_to_the_new_one() {
	run_test(|| {
		short_delays();
		let netuid = root_dividends_paid();
		let (old, new, a) = (account(OLD), account(NEW), account(VALIDATOR_A));
		// Coldkey 5 also owns a subnet, has an identity and sends its miner incentive to A.
		let owned = add_subnet_for(old.clone(), account(60));
		IdentitiesV2::<Test>::insert(
			&old,
			ChainIdentityV2 { name: b"five".to_vec(), ..Default::default() },
		);
		assert_ok(SubtensorModule::set_coldkey_auto_stake_hotkey(
			RuntimeOrigin::signed(old.clone()),
			netuid,
			a.clone(),
		));
		assert_ok(announce(OLD, NEW));
		assert_noop!(swap_announced(OLD, NEW), Error::<Test>::ColdkeySwapTooEarly);
		run_blocks(delay());
		// What coldkey 5 holds once the swap can be executed (epochs paid it meanwhile).
		let stakes = [stake(VALIDATOR_A, OLD, netuid), stake(VALIDATOR_A, OLD, NetUid::ROOT)];
		let owed = SubtensorModule::root_owed(&a, &old, netuid);
		assert!(owed > 0);
		let (staked, owned_hotkeys) =
			(StakingHotkeys::<Test>::get(&old), OwnedHotkeys::<Test>::get(&old));
		let positions = StakePositionCount::<Test>::get(&a, netuid);
		let free = balance(&old);
		assert_noop!(swap_announced(OLD, 51), Error::<Test>::AnnouncedColdkeyHashDoesNotMatch);
		assert_ok(swap_announced(OLD, NEW));

		assert_eq!(balance(&new), free);
		assert_eq!(balance(&old), 0);
		assert_eq!(
			[stake(VALIDATOR_A, NEW, netuid), stake(VALIDATOR_A, NEW, NetUid::ROOT)],
			stakes
		);
		assert_eq!(
			[stake(VALIDATOR_A, OLD, netuid), stake(VALIDATOR_A, OLD, NetUid::ROOT)],
			[0, 0]
		);
		assert_eq!(StakePositionCount::<Test>::get(&a, netuid), positions);
		assert_eq!(SubtensorModule::root_owed(&a, &new, netuid), owed);
		assert_eq!(
			(StakingHotkeys::<Test>::get(&new), OwnedHotkeys::<Test>::get(&new)),
			(staked, owned_hotkeys.clone())
		);
		assert!(
			StakingHotkeys::<Test>::get(&old).is_empty()
				&& OwnedHotkeys::<Test>::get(&old).is_empty()
		);
		for hotkey in &owned_hotkeys {
			assert_eq!(Owner::<Test>::get(hotkey), new);
		}
		assert_eq!(SubnetOwner::<Test>::get(owned), new);
		assert_eq!(
			IdentitiesV2::<Test>::get(&new).map(|identity| identity.name),
			Some(b"five".to_vec())
		);
		assert_eq!(AutoStakeDestination::<Test>::get(&new, netuid), Some(a.clone()));
		assert!(AutoStakeDestinationColdkeys::<Test>::get(&a, netuid).contains(&new));
		assert!(!AutoStakeDestinationColdkeys::<Test>::get(&a, netuid).contains(&old));
		assert!(ColdkeySwapAnnouncements::<Test>::get(&old).is_none());
		assert_last_event(Event::ColdkeySwapped { old_coldkey: old, new_coldkey: new });
		// The root nominator's stake through A is untouched.
		assert!(stake(VALIDATOR_A, ROOT_NOMINATOR, NetUid::ROOT) > 0);
	});
}

#[test]
fn a_swap_is_refused_by_name_and_changes_nothing() {
	run_test(|| {
		short_delays();
		let netuid = subnet_with_validators_and_miners();
		assert_noop!(swap_announced(OLD, NEW), Error::<Test>::ColdkeySwapAnnouncementNotFound);
		// Coldkey 6 stakes already; hotkey 21 is a hotkey.
		for (new, error) in
			[(6, Error::<Test>::ColdKeyAlreadyAssociated), (21, Error::<Test>::NewColdKeyIsHotkey)]
		{
			assert_ok(SubtensorModule::reset_coldkey_swap(RuntimeOrigin::root(), account(OLD)));
			run_blocks(1);
			assert_ok(announce(OLD, new));
			run_blocks(delay());
			assert_noop!(swap_announced(OLD, new), error);
		}
		assert!(stake(VALIDATOR_A, OLD, netuid) > 0);
		// A subnet's account holds its pool's TAO: it never becomes anyone's coldkey.
		assert_noop!(
			SubtensorModule::swap_coldkey(
				RuntimeOrigin::root(),
				account(OLD),
				SubtensorModule::subnet_account_id(netuid),
				TaoBalance::ZERO,
			),
			Error::<Test>::CannotUseSystemAccount
		);
		// A coldkey that cannot pay the first announcement's fee.
		assert_noop!(announce(12, NEW), Error::<Test>::NotEnoughBalanceToPaySwapColdKey);
		assert_noop!(
			SubtensorModule::schedule_swap_coldkey(
				RuntimeOrigin::signed(account(OLD)),
				account(NEW)
			),
			Error::<Test>::Deprecated
		);
		assert_noop!(
			SubtensorModule::reset_coldkey_swap(RuntimeOrigin::signed(account(OLD)), account(OLD)),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_disputed_swap_freezes_the_account_until_root_resets_it() {
	run_test(|| {
		short_delays();
		subnet_with_validators_and_miners();
		let old = account(OLD);
		let dispute = || SubtensorModule::dispute_coldkey_swap(RuntimeOrigin::signed(account(OLD)));
		assert_noop!(dispute(), Error::<Test>::ColdkeySwapAnnouncementNotFound);
		let add_stake = RuntimeCall::SubtensorModule(Call::add_stake {
			hotkey: account(VALIDATOR_A),
			netuid: NetUid::ROOT,
			amount_staked: TaoBalance::new(TAO),
		});
		let clear = RuntimeCall::SubtensorModule(Call::clear_coldkey_swap_announcement {});
		assert_eq!(guard(&old, &add_stake), Ok(()));

		assert_ok(announce(OLD, NEW));
		assert_eq!(guard(&old, &add_stake), Err(Error::<Test>::ColdkeySwapAnnounced.into()));
		assert_eq!(guard(&old, &clear), Ok(()));
		assert_ok(dispute());
		assert_last_event(Event::ColdkeySwapDisputed { coldkey: old.clone() });
		assert_noop!(dispute(), Error::<Test>::ColdkeySwapAlreadyDisputed);
		assert_eq!(guard(&old, &clear), Err(Error::<Test>::ColdkeySwapDisputed.into()));

		assert_ok(SubtensorModule::reset_coldkey_swap(RuntimeOrigin::root(), old.clone()));
		assert_last_event(Event::ColdkeySwapReset { who: old.clone() });
		assert_eq!(guard(&old, &add_stake), Ok(()));
	});
}

#[test]
fn an_undisputed_announcement_can_be_withdrawn_after_the_reannouncement_delay() {
	run_test(|| {
		short_delays();
		let clear = || {
			SubtensorModule::clear_coldkey_swap_announcement(RuntimeOrigin::signed(account(OLD)))
		};
		assert_noop!(clear(), Error::<Test>::ColdkeySwapAnnouncementNotFound);
		assert_ok(announce(OLD, NEW));
		run_blocks(delay());
		assert_noop!(clear(), Error::<Test>::ColdkeySwapClearTooEarly);
		run_blocks(ColdkeySwapReannouncementDelay::<Test>::get());
		assert_ok(clear());
		assert!(ColdkeySwapAnnouncements::<Test>::get(account(OLD)).is_none());
		assert_last_event(Event::ColdkeySwapCleared { who: account(OLD) });
	});
}

#[test]
fn root_swaps_at_once_and_charges_what_it_says() {
	run_test(|| {
		short_delays();
		let netuid = subnet_with_validators_and_miners();
		let on_subnet = stake(VALIDATOR_A, OLD, netuid);
		assert_ok(announce(OLD, 51));
		let free = balance(&account(OLD));
		frame_support::assert_ok!(SubtensorModule::swap_coldkey(
			RuntimeOrigin::root(),
			account(OLD),
			account(NEW),
			TaoBalance::new(TAO),
		));
		assert_eq!(balance(&account(NEW)), free - TAO);
		assert_eq!(stake(VALIDATOR_A, NEW, netuid), on_subnet);
		assert!(ColdkeySwapAnnouncements::<Test>::get(account(OLD)).is_none());
	});
}

#[test]
fn a_coldkey_with_more_than_the_swap_can_move_is_told_so() {
	run_test(|| {
		short_delays();
		let hotkeys: Vec<sp_runtime::AccountId32> =
			(0..=key_swaps::coldkey::MAX_COLDKEY_SWAP_ITEMS).map(account_from).collect();
		StakingHotkeys::<Test>::insert(account(OLD), hotkeys);
		assert_ok(announce(OLD, NEW));
		run_blocks(delay());
		assert_noop!(swap_announced(OLD, NEW), Error::<Test>::ColdkeySwapTooLarge);
	});
}

/// A distinct account for any `u32`.
fn account_from(n: u32) -> sp_runtime::AccountId32 {
	let mut bytes = [7u8; 32];
	bytes[..4].copy_from_slice(&n.to_le_bytes());
	sp_runtime::AccountId32::new(bytes)
}

#[test]
fn a_coldkey_with_no_free_tao_still_hands_over_its_hotkeys() {
	run_test(|| {
		short_delays();
		let (poor, new) = (account(12), account(NEW));
		assert_ok(SubtensorModule::try_associate_hotkey(
			RuntimeOrigin::signed(poor.clone()),
			account(45),
		));
		frame_support::assert_ok!(SubtensorModule::swap_coldkey(
			RuntimeOrigin::root(),
			poor,
			new.clone(),
			TaoBalance::ZERO,
		));
		assert_eq!(Owner::<Test>::get(account(45)), new);
		assert_eq!(balance(&new), 0);
	});
}
