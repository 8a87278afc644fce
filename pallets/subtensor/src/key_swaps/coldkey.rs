//! Coldkey swap. A coldkey announces the hash of its successor (`announce_coldkey_swap` [125];
//! the first announcement recycles `KeySwapCost`), waits `ColdkeySwapAnnouncementDelay` blocks
//! and hands everything it owns to it (`swap_coldkey_announced` [126]). Until then the account
//! may only make the swap's own calls (the transaction guard, [`Pallet::coldkey_swap_guard`]);
//! someone holding the key who did not announce disputes it (`dispute_coldkey_swap` [127]),
//! which freezes the account until root resets it (`reset_coldkey_swap` [128]). An undisputed
//! announcement can be withdrawn after the re-announcement delay
//! (`clear_coldkey_swap_announcement` [133]); root swaps at once (`swap_coldkey` [71]).
//!
//! What moves from the old coldkey to the new one:
//!
//! | storage | how |
//! |---|---|
//! | its free TAO (`System::Account`) | transferred whole (unless less than the existential deposit goes to an account that does not exist yet); the old account may be reaped |
//! | `AlphaV2` of every hotkey in its `StakingHotkeys`, every subnet | its shares join the new coldkey's in the same pool (shares add exactly); `StakePositionCount` kept in step |
//! | `RootClaimed` of those root positions, every subnet | added to the new coldkey's records |
//! | `MinerCollateral`, `ColdkeyMinerCollateral`, `ColdkeyCollateralHotkeys` | every entry, to the new coldkey (`collateral/swaps.rs`) |
//! | `StakingHotkeys`, `OwnedHotkeys`, each owned hotkey's `Owner` | merged into the new coldkey's |
//! | `SubnetOwner` | every subnet it owns |
//! | `IdentitiesV2`, `RootClaimType` | when the new coldkey has none |
//! | `AutoStakeDestination` and the hotkeys' `AutoStakeDestinationColdkeys` | per subnet |
//! | `ColdkeySwapAnnouncements`, `ColdkeySwapDisputes` | cleared |
//!
//! `LastColdkeyHotkeyStakeBlock` is a record of past staking and stays.

use crate::*;
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResultWithPostInfo, weights::Weight};
use frame_support::{
	ensure,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Preservation},
		Contains, Get, IsSubType,
	},
};
use frame_system::{ensure_root, ensure_signed, pallet_prelude::OriginFor};
use sp_core::H256;
use sp_runtime::{
	traits::{BlakeTwo256, Hash, Saturating},
	DispatchResult,
};
use subtensor_common::{NetUid, TaoBalance};

/// Most items a coldkey swap moves: staking hotkeys, stake positions, root claim records,
/// collateral entries and owned hotkeys together. A coldkey with more is refused (`ColdkeySwapTooLarge`): the swap's
/// weight is charged before it runs, and this bound keeps it within a block.
pub const MAX_COLDKEY_SWAP_ITEMS: u32 = 1_024;

impl<T: Config> Pallet<T> {
	/// Weight a coldkey swap is charged before it runs: every subnet and the most items.
	pub fn swap_coldkey_weight() -> Weight {
		Self::swap_coldkey_weight_for(MAX_COLDKEY_SWAP_ITEMS)
	}

	/// Weight of a coldkey swap that moves `items` items.
	fn swap_coldkey_weight_for(items: u32) -> Weight {
		T::WeightInfo::swap_coldkey(u32::from(TotalNetworks::<T>::get()))
			.saturating_add(T::WeightInfo::swap_coldkey_items(items))
	}

	/// `announce_coldkey_swap`: the signer will hand everything to the coldkey whose
	/// BlakeTwo256 hash of its SCALE encoding is `new_coldkey_hash`, after
	/// `ColdkeySwapAnnouncementDelay` blocks. The first announcement recycles `KeySwapCost`
	/// (`NotEnoughBalanceToPaySwapColdKey`); a new one replaces it once the re-announcement
	/// delay has passed after the old one became executable (`ColdkeySwapReannouncedTooEarly`).
	pub fn do_announce_coldkey_swap(
		origin: OriginFor<T>,
		new_coldkey_hash: H256,
	) -> DispatchResult {
		let who = ensure_signed(origin)?;
		let now = frame_system::Pallet::<T>::block_number();
		match ColdkeySwapAnnouncements::<T>::get(&who) {
			Some((executable, _)) => {
				let again = executable.saturating_add(ColdkeySwapReannouncementDelay::<T>::get());
				ensure!(now >= again, Error::<T>::ColdkeySwapReannouncedTooEarly);
			},
			None => Self::recycle_swap_fee(
				&who,
				T::KeySwapCost::get(),
				Error::<T>::NotEnoughBalanceToPaySwapColdKey,
			)?,
		}
		let executable = now.saturating_add(ColdkeySwapAnnouncementDelay::<T>::get());
		ColdkeySwapAnnouncements::<T>::insert(&who, (executable, new_coldkey_hash));
		Self::deposit_event(Event::ColdkeySwapAnnounced { who, new_coldkey_hash });
		Ok(())
	}

	/// `swap_coldkey_announced`: performs the signer's announced swap to `new_coldkey` once it
	/// is executable (`ColdkeySwapAnnouncementNotFound`, `AnnouncedColdkeyHashDoesNotMatch`,
	/// `ColdkeySwapTooEarly`, then the checks of [`Pallet::do_swap_coldkey`]).
	pub fn do_swap_coldkey_announced(
		origin: OriginFor<T>,
		new_coldkey: T::AccountId,
	) -> DispatchResultWithPostInfo {
		let who = ensure_signed(origin)?;
		let (executable, hash) = ColdkeySwapAnnouncements::<T>::get(&who)
			.ok_or(Error::<T>::ColdkeySwapAnnouncementNotFound)?;
		ensure!(
			hash == BlakeTwo256::hash_of(&new_coldkey),
			Error::<T>::AnnouncedColdkeyHashDoesNotMatch
		);
		ensure!(
			frame_system::Pallet::<T>::block_number() >= executable,
			Error::<T>::ColdkeySwapTooEarly
		);
		Self::do_swap_coldkey(&who, &new_coldkey)
	}

	/// `dispute_coldkey_swap`: the signer's announced swap is disputed; the account makes no
	/// call until root resets it (`ColdkeySwapAnnouncementNotFound`,
	/// `ColdkeySwapAlreadyDisputed`).
	pub fn do_dispute_coldkey_swap(origin: OriginFor<T>) -> DispatchResult {
		let coldkey = ensure_signed(origin)?;
		ensure!(
			ColdkeySwapAnnouncements::<T>::contains_key(&coldkey),
			Error::<T>::ColdkeySwapAnnouncementNotFound
		);
		ensure!(
			!ColdkeySwapDisputes::<T>::contains_key(&coldkey),
			Error::<T>::ColdkeySwapAlreadyDisputed
		);
		ColdkeySwapDisputes::<T>::insert(&coldkey, frame_system::Pallet::<T>::block_number());
		Self::deposit_event(Event::ColdkeySwapDisputed { coldkey });
		Ok(())
	}

	/// `reset_coldkey_swap` (root): removes `coldkey`'s announcement and dispute.
	pub fn do_reset_coldkey_swap(origin: OriginFor<T>, coldkey: T::AccountId) -> DispatchResult {
		ensure_root(origin)?;
		ColdkeySwapAnnouncements::<T>::remove(&coldkey);
		ColdkeySwapDisputes::<T>::remove(&coldkey);
		Self::deposit_event(Event::ColdkeySwapReset { who: coldkey });
		Ok(())
	}

	/// `clear_coldkey_swap_announcement`: withdraws the signer's announcement, once the
	/// re-announcement delay has passed after it became executable
	/// (`ColdkeySwapAnnouncementNotFound`, `ColdkeySwapClearTooEarly`).
	pub fn do_clear_coldkey_swap_announcement(origin: OriginFor<T>) -> DispatchResult {
		let who = ensure_signed(origin)?;
		let (executable, _) = ColdkeySwapAnnouncements::<T>::get(&who)
			.ok_or(Error::<T>::ColdkeySwapAnnouncementNotFound)?;
		let clearable = executable.saturating_add(ColdkeySwapReannouncementDelay::<T>::get());
		ensure!(
			frame_system::Pallet::<T>::block_number() >= clearable,
			Error::<T>::ColdkeySwapClearTooEarly
		);
		ColdkeySwapAnnouncements::<T>::remove(&who);
		Self::deposit_event(Event::ColdkeySwapCleared { who });
		Ok(())
	}

	/// `swap_coldkey` (root): swaps `old` to `new` at once, recycling `cost` from `old` first,
	/// and clears any announcement or dispute of `old`.
	pub fn do_root_swap_coldkey(
		origin: OriginFor<T>,
		old: T::AccountId,
		new: T::AccountId,
		cost: TaoBalance,
	) -> DispatchResultWithPostInfo {
		ensure_root(origin)?;
		if !cost.is_zero() {
			Self::recycle_swap_fee(&old, cost, Error::<T>::NotEnoughBalanceToPaySwapColdKey)?;
		}
		Self::do_swap_coldkey(&old, &new)
	}

	/// Hands everything `old` owns to `new` (see the module documentation) and returns the
	/// weight it took. `new` must not stake or own hotkeys yet (`ColdKeyAlreadyAssociated`)
	/// nor be a hotkey (`NewColdKeyIsHotkey`) or a subnet's account
	/// (`CannotUseSystemAccount`); `old` must hold at most
	/// [`MAX_COLDKEY_SWAP_ITEMS`] (`ColdkeySwapTooLarge`). Refused while a dissolved subnet is
	/// being paid out (`DisabledTemporarily`), whose payout is staged by coldkey.
	pub fn do_swap_coldkey(old: &T::AccountId, new: &T::AccountId) -> DispatchResultWithPostInfo {
		ensure!(
			StakingHotkeys::<T>::get(new).is_empty() && OwnedHotkeys::<T>::get(new).is_empty(),
			Error::<T>::ColdKeyAlreadyAssociated
		);
		ensure!(!Self::hotkey_account_exists(new), Error::<T>::NewColdKeyIsHotkey);
		ensure!(!Self::is_subnet_account(new), Error::<T>::CannotUseSystemAccount);
		ensure!(
			DissolvingSubnets::<T>::iter_keys().next().is_none(),
			Error::<T>::DisabledTemporarily
		);
		let items = Self::coldkey_swap_items(old)?;
		if !IdentitiesV2::<T>::contains_key(new) {
			if let Some(identity) = IdentitiesV2::<T>::take(old) {
				IdentitiesV2::<T>::insert(new, identity);
			}
		}
		if !RootClaimType::<T>::contains_key(new) && RootClaimType::<T>::contains_key(old) {
			RootClaimType::<T>::insert(new, RootClaimType::<T>::take(old));
		}
		for netuid in Self::subnets() {
			if SubnetOwner::<T>::get(netuid) == *old {
				SubnetOwner::<T>::insert(netuid, new);
			}
			if let Some(hotkey) = AutoStakeDestination::<T>::take(old, netuid) {
				AutoStakeDestinationColdkeys::<T>::mutate(&hotkey, netuid, |coldkeys| {
					coldkeys.retain(|coldkey| coldkey != old && coldkey != new);
					coldkeys.push(new.clone());
				});
				AutoStakeDestination::<T>::insert(new, netuid, hotkey);
			}
		}
		let staked = StakingHotkeys::<T>::take(old);
		for hotkey in &staked {
			Self::move_coldkey_positions(hotkey, old, new);
		}
		StakingHotkeys::<T>::insert(new, staked);
		Self::move_coldkey_collateral(old, new);
		let owned = OwnedHotkeys::<T>::take(old);
		for hotkey in &owned {
			Owner::<T>::insert(hotkey, new);
		}
		OwnedHotkeys::<T>::insert(new, owned);
		// Free TAO below the existential deposit cannot open the new account: it stays.
		let free = T::Currency::reducible_balance(old, Preservation::Expendable, Fortitude::Polite);
		let receivable = T::Currency::balance(new) > 0 || free >= T::Currency::minimum_balance();
		if free > 0 && receivable {
			T::Currency::transfer(old, new, free, Preservation::Expendable)?;
		}
		ColdkeySwapAnnouncements::<T>::remove(old);
		ColdkeySwapDisputes::<T>::remove(old);
		LastRateLimitedBlock::<T>::insert(
			RateLimitKey::LastTxBlock(new.clone()),
			Self::current_block(),
		);
		Self::deposit_event(Event::ColdkeySwapped {
			old_coldkey: old.clone(),
			new_coldkey: new.clone(),
		});
		Ok(Some(Self::swap_coldkey_weight_for(items)).into())
	}

	/// The items a swap of `coldkey` moves (see [`MAX_COLDKEY_SWAP_ITEMS`]), counted up to the
	/// bound (`ColdkeySwapTooLarge` beyond it).
	fn coldkey_swap_items(coldkey: &T::AccountId) -> Result<u32, Error<T>> {
		let owned = OwnedHotkeys::<T>::decode_len(coldkey).unwrap_or(0);
		let mut items = u32::try_from(owned)
			.unwrap_or(u32::MAX)
			.saturating_add(Self::coldkey_collateral_entries(coldkey));
		for hotkey in StakingHotkeys::<T>::get(coldkey) {
			items = items.saturating_add(1);
			for netuid in AlphaV2::<T>::iter_key_prefix((&hotkey, coldkey)) {
				items = items.saturating_add(1);
				if netuid.is_root() {
					let claims = RootClaimable::<T>::get(&hotkey).len();
					items = items.saturating_add(u32::try_from(claims).unwrap_or(u32::MAX));
				}
			}
			ensure!(items <= MAX_COLDKEY_SWAP_ITEMS, Error::<T>::ColdkeySwapTooLarge);
		}
		ensure!(items <= MAX_COLDKEY_SWAP_ITEMS, Error::<T>::ColdkeySwapTooLarge);
		Ok(items)
	}

	/// Moves `old`'s shares in every pool of `hotkey` to `new` (added to any it holds: shares
	/// of one pool add exactly), and on root its claim records.
	fn move_coldkey_positions(hotkey: &T::AccountId, old: &T::AccountId, new: &T::AccountId) {
		let positions: Vec<(NetUid, _)> = AlphaV2::<T>::iter_prefix((hotkey, old)).collect();
		for (netuid, shares) in positions {
			AlphaV2::<T>::remove((hotkey, old, netuid));
			let merged = AlphaV2::<T>::mutate((hotkey, new, netuid), |held| {
				let merged = !held.is_zero();
				*held = held.add(&shares);
				merged
			});
			if merged {
				Self::count_positions(hotkey, netuid, |count| count.saturating_sub(1));
			}
			if netuid.is_root() {
				for claimed in RootClaimable::<T>::get(hotkey).into_keys() {
					let record = RootClaimed::<T>::take((claimed, hotkey, old));
					if record != 0 {
						RootClaimed::<T>::insert((claimed, hotkey, new), record);
					}
				}
			}
		}
	}

	/// The transaction guard of announced swaps: `who` may make `call` only if it has no
	/// announced swap, or the call is one of the swap's (`ColdkeySwapAnnounced`) and the swap
	/// is not disputed (`ColdkeySwapDisputed`: no call at all).
	pub fn coldkey_swap_guard(
		who: &T::AccountId,
		call: &<T as frame_system::Config>::RuntimeCall,
	) -> Result<(), Error<T>>
	where
		<T as frame_system::Config>::RuntimeCall: IsSubType<Call<T>>,
	{
		if !ColdkeySwapAnnouncements::<T>::contains_key(who) {
			return Ok(());
		}
		ensure!(!ColdkeySwapDisputes::<T>::contains_key(who), Error::<T>::ColdkeySwapDisputed);
		let swap_call = matches!(
			call.is_sub_type(),
			Some(
				Call::announce_coldkey_swap { .. }
					| Call::swap_coldkey_announced { .. }
					| Call::dispute_coldkey_swap { .. }
					| Call::clear_coldkey_swap_announcement { .. }
			)
		);
		ensure!(
			swap_call || T::AllowedDuringColdkeySwap::contains(call),
			Error::<T>::ColdkeySwapAnnounced
		);
		Ok(())
	}
}
