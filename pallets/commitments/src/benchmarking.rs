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
	fn set_commitment() -> Result<(), BenchmarkError> {
		let (netuid, hotkey): (NetUid, T::AccountId) = T::Subnets::full_subnet_for_benchmark();
		let mut info = largest_info::<T>();
		if let Some(last) = info.fields.last_mut() {
			*last = Data::ResetBondsFlag;
		}
		Pallet::<T>::do_set_commitment(&hotkey, netuid, largest_info::<T>())
			.map_err(|_| BenchmarkError::Stop("the first commitment was refused"))?;
		LastBondsReset::<T>::remove(netuid, &hotkey);
		#[extrinsic_call]
		set_commitment(RawOrigin::Signed(hotkey.clone()), netuid, Box::new(info.clone()));
		assert_eq!(CommitmentOf::<T>::get(netuid, &hotkey).map(|record| record.info), Some(info));
		assert!(LastBondsReset::<T>::contains_key(netuid, &hotkey));
		Ok(())
	}

	#[benchmark]
	fn set_max_space() {
		#[extrinsic_call]
		set_max_space(RawOrigin::Root, 10_000);
		assert_eq!(MaxSpace::<T>::get(), 10_000);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
