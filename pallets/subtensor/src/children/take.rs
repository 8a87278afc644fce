//! The childkey take: the part (÷65535) of the dividends a child passes to a parent of another
//! owner that the child keeps. Set per (hotkey, subnet) by the hotkey's owner between the
//! subnet's floor (`MinChildkeyTake`, `MinChildkeyTakePerSubnet`) and `MaxChildkeyTake`;
//! raising it waits `TxChildkeyTakeRateLimit` blocks after the last change, lowering it never
//! waits. Also: a root validator's opt-out of adopting new subnets' owner hotkeys.

use crate::{rate_limits::passes_rate_limit, *};
use frame_support::ensure;
use frame_system::{ensure_signed, pallet_prelude::OriginFor};
use sp_runtime::DispatchResult;
use subtensor_common::NetUid;

/// Transaction-type tag of `set_childkey_take` in `TransactionKeyLastBlock`.
pub const SET_CHILDKEY_TAKE_TX_TYPE: u16 = 1;

impl<T: Config> Pallet<T> {
	/// The lowest childkey take allowed on `netuid`.
	pub fn min_childkey_take(netuid: NetUid) -> u16 {
		MinChildkeyTake::<T>::get().max(MinChildkeyTakePerSubnet::<T>::get(netuid))
	}

	/// The childkey take of `hotkey` in force on `netuid` (at least the subnet's floor).
	pub fn childkey_take(hotkey: &T::AccountId, netuid: NetUid) -> u16 {
		ChildkeyTake::<T>::get(hotkey, netuid).max(Self::min_childkey_take(netuid))
	}

	/// `set_childkey_take`: the signer's `hotkey` keeps `take` of what it passes to parents
	/// on `netuid`.
	pub fn do_set_childkey_take(
		origin: OriginFor<T>,
		hotkey: T::AccountId,
		netuid: NetUid,
		take: u16,
	) -> DispatchResult {
		let coldkey = ensure_signed(origin)?;
		Self::ensure_subnet_exists(netuid)?;
		ensure!(Self::owns_hotkey(&coldkey, &hotkey), Error::<T>::NonAssociatedColdKey);
		ensure!(
			(Self::min_childkey_take(netuid)..=MaxChildkeyTake::<T>::get()).contains(&take),
			Error::<T>::InvalidChildkeyTake
		);
		let key = (&hotkey, netuid, SET_CHILDKEY_TAKE_TX_TYPE);
		let now = Self::current_block();
		if take > Self::childkey_take(&hotkey, netuid) {
			let last = TransactionKeyLastBlock::<T>::get(key);
			ensure!(
				passes_rate_limit(last, TxChildkeyTakeRateLimit::<T>::get(), now),
				Error::<T>::TxChildkeyTakeRateLimitExceeded
			);
		}
		TransactionKeyLastBlock::<T>::insert(key, now);
		ChildkeyTake::<T>::insert(&hotkey, netuid, take);
		Self::deposit_event(Event::ChildKeyTakeSet(hotkey, take));
		Ok(())
	}

	/// `set_auto_parent_delegation_enabled`: whether the signer's root validator `hotkey`
	/// adopts new subnets' owner hotkeys as children.
	pub fn do_set_auto_parent_delegation_enabled(
		origin: OriginFor<T>,
		hotkey: T::AccountId,
		enabled: bool,
	) -> DispatchResult {
		let coldkey = ensure_signed(origin)?;
		ensure!(Self::owns_hotkey(&coldkey, &hotkey), Error::<T>::NonAssociatedColdKey);
		ensure!(
			Uids::<T>::contains_key(NetUid::ROOT, &hotkey),
			Error::<T>::HotKeyNotRegisteredInSubNet
		);
		AutoParentDelegationEnabled::<T>::insert(&hotkey, enabled);
		Self::deposit_event(Event::AutoParentDelegationEnabledSet { hotkey, enabled });
		Ok(())
	}
}
