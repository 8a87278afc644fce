//! What pallet `Commitments` needs from the subnets: who may publish, when epochs start, and
//! the bonds reset a commitment may ask for.

use crate::*;
use alloc::vec::Vec;
use subtensor_common::{CommitmentSubnets, NetUid};

impl<T: Config> CommitmentSubnets<T::AccountId> for Pallet<T> {
	fn is_registered(netuid: NetUid, hotkey: &T::AccountId) -> bool {
		Uids::<T>::contains_key(netuid, hotkey)
	}

	fn epoch_start_block(netuid: NetUid) -> u64 {
		LastEpochBlock::<T>::get(netuid)
	}

	fn tempo(netuid: NetUid) -> u16 {
		Tempo::<T>::get(netuid)
	}

	fn bonds_reset_enabled(netuid: NetUid) -> bool {
		BondsResetOn::<T>::get(netuid)
	}

	fn reset_bonds_to(netuid: NetUid, hotkey: &T::AccountId) {
		let Some(uid) = Uids::<T>::get(netuid, hotkey) else { return };
		for index in Self::mechanism_indices(netuid) {
			let rows: Vec<(u16, Vec<(u16, u16)>)> = Bonds::<T>::iter_prefix(index)
				.filter(|(_, row)| row.iter().any(|(dest, _)| *dest == uid))
				.collect();
			for (validator, mut row) in rows {
				row.retain(|(dest, _)| *dest != uid);
				Bonds::<T>::insert(index, validator, row);
			}
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn full_subnet_for_benchmark() -> (NetUid, T::AccountId) {
		let (netuid, hotkey) = crate::benchmarking::setup::weights_subnet::<T>();
		BondsResetOn::<T>::insert(netuid, true);
		(netuid, hotkey)
	}
}
