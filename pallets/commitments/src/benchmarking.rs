//! Benchmarks of the `Commitments` calls.

use crate::commit::largest_info;
use crate::types::Data;
use crate::*;
use alloc::boxed::Box;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use subtensor_common::{CommitmentSubnets, NetUid};

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The costliest commitment: the largest fields on a full subnet, asking for a bonds reset
	/// that clears a bond in every validator's row, replacing an earlier commitment.
	#[benchmark]
	fn set_commitment() {
		let (netuid, hotkey): (NetUid, T::AccountId) = T::Subnets::full_subnet_for_benchmark();
		let mut info = largest_info::<T>();
		if let Some(last) = info.fields.last_mut() {
			*last = Data::ResetBondsFlag;
		}
		Pallet::<T>::do_set_commitment(&hotkey, netuid, largest_info::<T>())
			.unwrap_or_else(|e| panic!("first commitment: {e:?}"));
		LastBondsReset::<T>::remove(netuid, &hotkey);
		#[extrinsic_call]
		set_commitment(RawOrigin::Signed(hotkey.clone()), netuid, Box::new(info.clone()));
		assert_eq!(CommitmentOf::<T>::get(netuid, &hotkey).map(|record| record.info), Some(info));
		assert!(LastBondsReset::<T>::contains_key(netuid, &hotkey));
	}

	#[benchmark]
	fn set_max_space() {
		#[extrinsic_call]
		set_max_space(RawOrigin::Root, 10_000);
		assert_eq!(MaxSpace::<T>::get(), 10_000);
	}
}
