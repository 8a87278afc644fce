//! Stake positions in storage: a hotkey's share pool per subnet and each coldkey's shares in
//! it. Entries that fall to zero are removed, so a closed position leaves no storage behind.

use super::share_pool::{SafeFloat, SharePool};
use crate::*;
use subtensor_common::{AlphaBalance, NetUid};

impl<T: Config> Pallet<T> {
	/// The share pool of `hotkey` on `netuid`.
	pub fn share_pool(hotkey: &T::AccountId, netuid: NetUid) -> SharePool {
		SharePool {
			value: TotalHotkeyAlpha::<T>::get(hotkey, netuid).to_u64(),
			shares: TotalHotkeySharesV2::<T>::get(hotkey, netuid),
		}
	}

	pub(crate) fn store_share_pool(hotkey: &T::AccountId, netuid: NetUid, pool: &SharePool) {
		if pool.shares.is_zero() && pool.value == 0 {
			TotalHotkeyAlpha::<T>::remove(hotkey, netuid);
			TotalHotkeySharesV2::<T>::remove(hotkey, netuid);
		} else {
			TotalHotkeyAlpha::<T>::insert(hotkey, netuid, AlphaBalance::new(pool.value));
			TotalHotkeySharesV2::<T>::insert(hotkey, netuid, pool.shares);
		}
	}

	/// Stores `coldkey`'s shares (`held`, after a change from `before`) and keeps the pool's
	/// position count in step.
	fn store_shares(
		hotkey: &T::AccountId,
		coldkey: &T::AccountId,
		netuid: NetUid,
		before: &SafeFloat,
		held: SafeFloat,
	) {
		if held.is_zero() {
			AlphaV2::<T>::remove((hotkey, coldkey, netuid));
		} else {
			AlphaV2::<T>::insert((hotkey, coldkey, netuid), held);
		}
		match (before.is_zero(), held.is_zero()) {
			(true, false) => Self::count_positions(hotkey, netuid, |count| count.saturating_add(1)),
			(false, true) => Self::count_positions(hotkey, netuid, |count| count.saturating_sub(1)),
			_ => {},
		}
	}

	/// Applies `change` to the number of positions in `hotkey`'s pool on `netuid` (no entry
	/// for none).
	pub(crate) fn count_positions(
		hotkey: &T::AccountId,
		netuid: NetUid,
		change: impl FnOnce(u32) -> u32,
	) {
		StakePositionCount::<T>::mutate_exists(hotkey, netuid, |count| {
			let after = change(count.unwrap_or(0));
			*count = (after > 0).then_some(after);
		});
	}

	/// Adds `amount` alpha to the pool of `hotkey` on `netuid` without issuing shares, so all
	/// its stakers gain pro rata; `false` (nothing changed) if the pool has no stakers.
	pub fn pay_into_pool(hotkey: &T::AccountId, netuid: NetUid, amount: AlphaBalance) -> bool {
		let mut pool = Self::share_pool(hotkey, netuid);
		if pool.shares.is_zero() {
			return amount.is_zero();
		}
		pool.pay(amount.to_u64());
		Self::store_share_pool(hotkey, netuid, &pool);
		true
	}

	/// Alpha `coldkey` has staked to `hotkey` on `netuid`.
	pub fn stake_of(hotkey: &T::AccountId, coldkey: &T::AccountId, netuid: NetUid) -> AlphaBalance {
		let held = AlphaV2::<T>::get((hotkey, coldkey, netuid));
		AlphaBalance::new(Self::share_pool(hotkey, netuid).value_of(&held))
	}

	/// Alpha staked to `hotkey` on `netuid` by everyone.
	pub fn total_stake_on(hotkey: &T::AccountId, netuid: NetUid) -> AlphaBalance {
		TotalHotkeyAlpha::<T>::get(hotkey, netuid)
	}

	/// Adds `amount` alpha to `coldkey`'s stake with `hotkey` on `netuid` (on root, without
	/// a share of root dividends paid before).
	/// `InsufficientLiquidity` (nothing changed) if the pool cannot issue shares.
	pub fn credit_stake(
		hotkey: &T::AccountId,
		coldkey: &T::AccountId,
		netuid: NetUid,
		amount: AlphaBalance,
	) -> Result<(), Error<T>> {
		if amount.is_zero() {
			return Ok(());
		}
		let mut pool = Self::share_pool(hotkey, netuid);
		let held = AlphaV2::<T>::get((hotkey, coldkey, netuid));
		let before = pool.value_of(&held);
		let after =
			pool.deposit(&held, amount.to_u64()).ok_or(Error::<T>::InsufficientLiquidity)?;
		Self::store_share_pool(hotkey, netuid, &pool);
		Self::store_shares(hotkey, coldkey, netuid, &held, after);
		if netuid.is_root() {
			Self::note_root_stake_change(hotkey, coldkey, before, pool.value_of(&after));
		}
		Ok(())
	}

	/// Takes up to `amount` alpha from `coldkey`'s stake with `hotkey` on `netuid`; returns
	/// what was taken (on root, what the stake already earned stays claimable).
	pub fn debit_stake(
		hotkey: &T::AccountId,
		coldkey: &T::AccountId,
		netuid: NetUid,
		amount: AlphaBalance,
	) -> AlphaBalance {
		let mut pool = Self::share_pool(hotkey, netuid);
		let held = AlphaV2::<T>::get((hotkey, coldkey, netuid));
		let before = pool.value_of(&held);
		let (taken, after) = pool.withdraw(&held, amount.to_u64());
		Self::store_share_pool(hotkey, netuid, &pool);
		Self::store_shares(hotkey, coldkey, netuid, &held, after);
		if netuid.is_root() {
			Self::note_root_stake_change(hotkey, coldkey, before, pool.value_of(&after));
		}
		AlphaBalance::new(taken)
	}
}
