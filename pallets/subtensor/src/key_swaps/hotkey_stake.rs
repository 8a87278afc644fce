//! The stake side of a hotkey swap: the positions in the old hotkey's pool, its dividend
//! records and, on root, its stakers' dividend claims move to the new hotkey, to the rao.

use crate::{staking::share_pool::SafeFloat, *};
use alloc::{collections::BTreeMap, vec::Vec};
use sp_runtime::DispatchError;
use subtensor_common::{AlphaBalance, NetUid};

/// The positions in one pool of a hotkey: (staker, shares).
pub type Positions<T> = Vec<(<T as frame_system::Config>::AccountId, SafeFloat)>;

impl<T: Config> Pallet<T> {
	/// Every position in `hotkey`'s pools, by subnet: (staker, shares).
	pub(crate) fn positions_by_subnet(hotkey: &T::AccountId) -> BTreeMap<NetUid, Positions<T>> {
		let mut positions: BTreeMap<NetUid, Positions<T>> = BTreeMap::new();
		for ((coldkey, netuid), shares) in AlphaV2::<T>::iter_prefix((hotkey,)) {
			positions.entry(netuid).or_default().push((coldkey, shares));
		}
		positions
	}

	/// Moves `positions`, every position in `old`'s pool on `netuid`, into `new`'s and returns
	/// the stakers. When `new` has no pool there, `old`'s becomes its pool share for share;
	/// otherwise each staker's stake is re-bought in `new`'s pool at its value, and the
	/// rounding dust of `old`'s pool is paid into `new`'s (its stakers gain it pro rata), so no
	/// alpha is lost.
	pub(crate) fn move_positions(
		old: &T::AccountId,
		new: &T::AccountId,
		netuid: NetUid,
		positions: Positions<T>,
	) -> Result<Vec<T::AccountId>, DispatchError> {
		let old_pool = Self::share_pool(old, netuid);
		TotalHotkeyAlpha::<T>::remove(old, netuid);
		TotalHotkeySharesV2::<T>::remove(old, netuid);
		StakePositionCount::<T>::remove(old, netuid);
		for (coldkey, _) in &positions {
			AlphaV2::<T>::remove((old, coldkey, netuid));
		}
		let mut new_pool = Self::share_pool(new, netuid);
		if new_pool.shares.is_zero() {
			new_pool.shares = old_pool.shares;
			new_pool.pay(old_pool.value);
			Self::store_share_pool(new, netuid, &new_pool);
			for (coldkey, shares) in &positions {
				AlphaV2::<T>::insert((new, coldkey, netuid), shares);
			}
			let count = u32::try_from(positions.len()).unwrap_or(u32::MAX);
			Self::count_positions(new, netuid, |_| count);
		} else {
			let mut moved: u64 = 0;
			for (coldkey, shares) in &positions {
				let value = old_pool.value_of(shares);
				Self::credit_stake(new, coldkey, netuid, AlphaBalance::new(value))?;
				moved = moved.saturating_add(value);
			}
			Self::pay_into_pool(
				new,
				netuid,
				AlphaBalance::new(old_pool.value.saturating_sub(moved)),
			);
		}
		for (coldkey, _) in &positions {
			StakingHotkeys::<T>::mutate(coldkey, |hotkeys| {
				if !hotkeys.contains(new) {
					hotkeys.push(new.clone());
				}
			});
		}
		let dividends = AlphaDividendsPerSubnet::<T>::take(netuid, old);
		AlphaDividendsPerSubnet::<T>::mutate(netuid, new, |total| {
			*total = total.saturating_add(dividends)
		});
		let root_dividends = RootAlphaDividendsPerSubnet::<T>::take(netuid, old);
		RootAlphaDividendsPerSubnet::<T>::mutate(netuid, new, |total| {
			*total = total.saturating_add(root_dividends)
		});
		if netuid.is_root() {
			Self::move_root_claims(old, new);
		}
		Ok(positions.into_iter().map(|(coldkey, _)| coldkey).collect())
	}

	/// Root: `old`'s dividend rates and its stakers' claim records move to `new` (which has
	/// none: the swap requires it), so every staker is owed exactly what it was before; so
	/// does its choice about adopting new subnets' owner hotkeys.
	pub(crate) fn move_root_claims(old: &T::AccountId, new: &T::AccountId) {
		let claimable = RootClaimable::<T>::take(old);
		for netuid in claimable.keys() {
			for (coldkey, claimed) in RootClaimed::<T>::drain_prefix((netuid, old)) {
				RootClaimed::<T>::insert((netuid, new, coldkey), claimed);
			}
		}
		if !claimable.is_empty() {
			RootClaimable::<T>::insert(new, claimable);
		}
		if AutoParentDelegationEnabled::<T>::contains_key(old) {
			AutoParentDelegationEnabled::<T>::insert(
				new,
				AutoParentDelegationEnabled::<T>::take(old),
			);
		}
	}
}
