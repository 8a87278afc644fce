//! Which consensus a subnet's epoch runs: Yuma, or Null (the subnet owner's validator alone
//! weights the miners, `subtensor_yuma::run_null_epoch`). Null hands out one validator permit,
//! so switching to it keeps the Yuma `MaxAllowedValidators` in `SavedYumaMaxAllowedValidators`
//! and switching back restores it. Who may switch, and when, is `AdminUtils`' concern.

use crate::*;
use subtensor_common::NetUid;

/// Validator permits a subnet hands out while it runs Null: the owner's validator's.
pub const NULL_VALIDATOR_PERMITS: u16 = 1;

impl<T: Config> Pallet<T> {
	/// Switches the consensus of `netuid` to `mode` (nothing changes if it already runs it).
	pub fn set_epoch_consensus(netuid: NetUid, mode: EpochConsensus) {
		if SubnetEpochConsensus::<T>::get(netuid) == mode {
			return;
		}
		match mode {
			EpochConsensus::Null => {
				SavedYumaMaxAllowedValidators::<T>::insert(
					netuid,
					MaxAllowedValidators::<T>::get(netuid),
				);
				MaxAllowedValidators::<T>::insert(netuid, NULL_VALIDATOR_PERMITS);
			},
			EpochConsensus::Yuma => {
				if let Some(saved) = SavedYumaMaxAllowedValidators::<T>::take(netuid) {
					MaxAllowedValidators::<T>::insert(netuid, saved);
				}
			},
		}
		SubnetEpochConsensus::<T>::insert(netuid, mode);
		Self::deposit_event(Event::EpochConsensusSet { netuid, mode });
	}

	/// Sets how many validator permits the subnet's Yuma epoch hands out; while it runs Null,
	/// the value is kept for its return to Yuma.
	pub fn set_max_allowed_validators(netuid: NetUid, value: u16) {
		if SubnetEpochConsensus::<T>::get(netuid) == EpochConsensus::Null {
			SavedYumaMaxAllowedValidators::<T>::insert(netuid, value);
		} else {
			MaxAllowedValidators::<T>::insert(netuid, value);
		}
		Self::deposit_event(Event::MaxAllowedValidatorsSet(netuid, value));
	}
}
