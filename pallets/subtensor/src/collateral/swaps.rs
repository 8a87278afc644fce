//! Collateral in key swaps: a lock follows the stake it locks.

use crate::*;
use alloc::vec::Vec;
use sp_runtime::DispatchResult;
use subtensor_common::NetUid;

/// Two entries of one position merged: the locks, floors and earnings add; the slower drain
/// ratio holds, so a merge never releases faster than either lock promised.
fn merged(a: MinerCollateralState, b: MinerCollateralState) -> MinerCollateralState {
	MinerCollateralState {
		locked: a.locked.saturating_add(b.locked),
		min_locked: a.min_locked.saturating_add(b.min_locked),
		earned: a.earned.saturating_add(b.earned),
		drain_ratio: a.drain_ratio.min(b.drain_ratio),
	}
}

impl<T: Config> Pallet<T> {
	/// `KeepStakeBlockedByCollateral` if `hotkey` has collateral entries on any of `subnets`:
	/// a swap that leaves the stake behind would separate the lock from the UID it secures.
	pub(crate) fn ensure_no_collateral(
		hotkey: &T::AccountId,
		subnets: &[NetUid],
	) -> DispatchResult {
		for netuid in subnets {
			if MinerCollateral::<T>::iter_prefix((netuid, hotkey)).next().is_some() {
				return Err(Error::<T>::KeepStakeBlockedByCollateral.into());
			}
		}
		Ok(())
	}

	/// Hotkey swap on `netuid` (after the stake moved): `old`'s collateral entries become
	/// `new`'s (merged with any `new` has), with the coldkeys' indexes renamed. A lock never
	/// exceeds the stake it locks: where re-buying the stake in `new`'s pool rounded it down,
	/// the lock follows.
	pub(crate) fn move_hotkey_collateral(old: &T::AccountId, new: &T::AccountId, netuid: NetUid) {
		let entries: Vec<(T::AccountId, MinerCollateralState)> =
			MinerCollateral::<T>::drain_prefix((netuid, old)).collect();
		for (coldkey, state) in entries {
			let target = MinerCollateral::<T>::take((netuid, new, &coldkey));
			let merged_into_existing = target.is_some();
			let state = match target {
				Some(existing) => merged(existing, state),
				None => state,
			};
			MinerCollateral::<T>::insert((netuid, new, &coldkey), state);
			ColdkeyCollateralHotkeys::<T>::mutate(&coldkey, netuid, |hotkeys| {
				hotkeys.retain(|hotkey| hotkey != old);
				if !merged_into_existing {
					// Room was made by removing `old`.
					let _ = hotkeys.try_push(new.clone());
				}
			});
			if merged_into_existing {
				CollateralEntryCount::<T>::mutate(netuid, |count| *count = count.saturating_sub(1));
			}
			let stake = Self::stake_of(new, &coldkey, netuid);
			// The entry exists: only changed (or removed if nothing is left), never refused.
			let _ = Self::update_collateral(netuid, new, &coldkey, |entry| {
				entry.locked = entry.locked.min(stake)
			});
		}
	}

	/// How many collateral entries a coldkey swap of `coldkey` moves.
	pub(crate) fn coldkey_collateral_entries(coldkey: &T::AccountId) -> u32 {
		ColdkeyCollateralHotkeys::<T>::iter_prefix_values(coldkey)
			.map(|hotkeys| u32::try_from(hotkeys.len()).unwrap_or(u32::MAX))
			.fold(0, u32::saturating_add)
	}

	/// Coldkey swap: every collateral entry, total and index of `old` becomes `new`'s (which
	/// has none: a swap's new coldkey owns and stakes nothing).
	pub(crate) fn move_coldkey_collateral(old: &T::AccountId, new: &T::AccountId) {
		let indexes: Vec<(NetUid, _)> = ColdkeyCollateralHotkeys::<T>::drain_prefix(old).collect();
		for (netuid, hotkeys) in indexes {
			for hotkey in hotkeys.iter() {
				if let Some(state) = MinerCollateral::<T>::take((netuid, hotkey, old)) {
					MinerCollateral::<T>::insert((netuid, hotkey, new), state);
				}
			}
			ColdkeyCollateralHotkeys::<T>::insert(new, netuid, hotkeys);
			let total = ColdkeyMinerCollateral::<T>::take(old, netuid);
			if !total.is_zero() {
				ColdkeyMinerCollateral::<T>::insert(new, netuid, total);
			}
		}
	}
}
