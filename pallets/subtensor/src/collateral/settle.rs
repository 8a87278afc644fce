//! The epoch's part in collateral: what a hotkey earned releases its locks (down to their
//! floors) or fills them (up to their floors).

use crate::{coinbase::epoch::HotkeyEmission, *};
use alloc::vec::Vec;
use frame_support::{traits::Get, weights::Weight};
use substrate_fixed::types::U64F64;
use subtensor_common::{AlphaBalance, NetUid};

/// A lock after one epoch in which its hotkey earned `earned` alpha, with `stake` the position's
/// stake: above the floor it releases `drain_ratio × earned` (rounded down), never below the
/// floor; below the floor it takes up to `earned` of the position's free stake.
pub fn settled(
	state: &MinerCollateralState,
	earned: AlphaBalance,
	stake: AlphaBalance,
) -> MinerCollateralState {
	let mut next = state.clone();
	next.earned = state.earned.saturating_add(earned);
	if state.locked > state.min_locked {
		let release = U64F64::saturating_from_num(earned.to_u64())
			.saturating_mul(state.drain_ratio)
			.saturating_to_num::<u64>();
		let headroom = state.locked.saturating_sub(state.min_locked);
		next.locked = state.locked.saturating_sub(AlphaBalance::new(release).min(headroom));
	} else {
		let shortfall = state.min_locked.saturating_sub(state.locked);
		let free = stake.saturating_sub(state.locked);
		next.locked = state.locked.saturating_add(earned.min(shortfall).min(free));
	}
	next
}

impl<T: Config> Pallet<T> {
	/// Settles the locks of every hotkey that earned in this epoch of `netuid`. A subnet
	/// without collateral costs one read.
	pub(crate) fn settle_collateral(netuid: NetUid, earned: &[HotkeyEmission<T::AccountId>]) {
		if CollateralEntryCount::<T>::get(netuid) == 0 {
			return;
		}
		for emission in earned {
			let total = AlphaBalance::new(emission.incentive.saturating_add(emission.dividend));
			if total.is_zero() {
				continue;
			}
			let entries: Vec<(T::AccountId, MinerCollateralState)> =
				MinerCollateral::<T>::iter_prefix((netuid, &emission.hotkey)).collect();
			for (coldkey, state) in entries {
				let stake = Self::stake_of(&emission.hotkey, &coldkey, netuid);
				let next = settled(&state, total, stake);
				// An existing entry only changes: no index bound can be hit.
				let _ = Self::update_collateral(netuid, &emission.hotkey, &coldkey, |entry| {
					*entry = next
				});
			}
		}
	}

	/// Weight [`Pallet::settle_collateral`] adds to an epoch of `uids` UIDs: one read without
	/// collateral; otherwise per UID its entry lookup, the position's stake (three reads) and
	/// the entry and the coldkey's total rewritten.
	pub fn settle_collateral_weight(netuid: NetUid, uids: u32) -> Weight {
		let db = T::DbWeight::get();
		if CollateralEntryCount::<T>::get(netuid) == 0 {
			return db.reads(1);
		}
		let uids = u64::from(uids);
		db.reads_writes(uids.saturating_mul(6).saturating_add(1), uids.saturating_mul(2))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn lock(locked: u64, min_locked: u64, ratio: f64) -> MinerCollateralState {
		MinerCollateralState {
			locked: AlphaBalance::new(locked),
			min_locked: AlphaBalance::new(min_locked),
			earned: AlphaBalance::new(0),
			drain_ratio: U64F64::from_num(ratio),
		}
	}

	#[test]
	fn earned_alpha_releases_ratio_times_itself_down_to_the_floor() {
		let next = settled(&lock(1_000, 0, 2.0), AlphaBalance::new(100), AlphaBalance::new(5_000));
		assert_eq!((next.locked.to_u64(), next.earned.to_u64()), (800, 100));
		let next =
			settled(&lock(1_000, 900, 2.0), AlphaBalance::new(100), AlphaBalance::new(5_000));
		assert_eq!(next.locked.to_u64(), 900);
		let next = settled(&lock(1_000, 0, 0.5), AlphaBalance::new(3), AlphaBalance::new(5_000));
		assert_eq!(next.locked.to_u64(), 999, "1.5 rounds down to 1");
	}

	#[test]
	fn below_the_floor_earned_stake_fills_the_lock() {
		let next = settled(&lock(100, 500, 1.0), AlphaBalance::new(300), AlphaBalance::new(1_000));
		assert_eq!(next.locked.to_u64(), 400);
		let next = settled(&lock(100, 500, 1.0), AlphaBalance::new(300), AlphaBalance::new(250));
		assert_eq!(next.locked.to_u64(), 250, "never more than the position holds");
		let next = settled(&lock(500, 500, 1.0), AlphaBalance::new(300), AlphaBalance::new(900));
		assert_eq!(next.locked.to_u64(), 500, "at the floor: nothing moves");
	}
}
