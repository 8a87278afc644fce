//! Auto-stake destinations: a coldkey picks, per subnet, the hotkey its miners' incentive is
//! staked to (the emission step reads `AutoStakeDestination`); the stake stays the coldkey's.

use crate::*;
use frame_support::ensure;
use frame_system::pallet_prelude::OriginFor;
use sp_runtime::DispatchResult;
use subtensor_common::NetUid;

impl<T: Config> Pallet<T> {
	/// `set_coldkey_auto_stake_hotkey`: the signer's incentive on `netuid` is staked to
	/// `hotkey` from now on; the hotkey must have a UID on the subnet.
	pub fn do_set_coldkey_auto_stake_hotkey(
		origin: OriginFor<T>,
		netuid: NetUid,
		hotkey: T::AccountId,
	) -> DispatchResult {
		let coldkey = frame_system::ensure_signed(origin)?;
		Self::ensure_subnet_exists(netuid)?;
		ensure!(Uids::<T>::contains_key(netuid, &hotkey), Error::<T>::HotKeyNotRegisteredInSubNet);
		let previous = AutoStakeDestination::<T>::get(&coldkey, netuid);
		ensure!(previous.as_ref() != Some(&hotkey), Error::<T>::SameAutoStakeHotkeyAlreadySet);
		if let Some(previous) = previous {
			AutoStakeDestinationColdkeys::<T>::mutate_exists(&previous, netuid, |coldkeys| {
				if let Some(list) = coldkeys.as_mut() {
					list.retain(|c| *c != coldkey);
					if list.is_empty() {
						*coldkeys = None;
					}
				}
			});
		}
		AutoStakeDestinationColdkeys::<T>::mutate(&hotkey, netuid, |coldkeys| {
			coldkeys.push(coldkey.clone())
		});
		AutoStakeDestination::<T>::insert(&coldkey, netuid, &hotkey);
		Self::deposit_event(Event::AutoStakeDestinationSet { coldkey, netuid, hotkey });
		Ok(())
	}
}
