//! Benchmarks of the `MevShield` calls and of the stored queue's drain.

use crate::*;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_support::BoundedVec;
use frame_system::RawOrigin;
use subtensor_shield_envelope::{MAX_ENVELOPE_LEN, PUBLIC_KEY_LEN};

/// The largest envelope a call takes.
fn largest_envelope() -> EncryptedCall {
	BoundedVec::truncate_from(vec![7u8; MAX_ENVELOPE_LEN])
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// Every stage of the pipeline full, and the author's key replaced.
	#[benchmark]
	fn announce_next_key() -> Result<(), BenchmarkError> {
		let key: ShieldEncKey = BoundedVec::truncate_from(vec![1u8; PUBLIC_KEY_LEN]);
		let (current, next_next) = T::FindAuthors::current_and_next_next()
			.ok_or(BenchmarkError::Stop("no block author in the benchmark runtime"))?;
		for stage in [PendingKey::<T>::set, NextKey::<T>::set] {
			stage(Some(key.clone()));
		}
		AuthorKeys::<T>::insert(&current, key.clone());
		AuthorKeys::<T>::insert(&next_next, key.clone());
		#[extrinsic_call]
		announce_next_key(RawOrigin::None, Some(key.clone()));
		assert_eq!(CurrentKey::<T>::get(), Some(key));
		Ok(())
	}

	#[benchmark]
	fn submit_encrypted() {
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		submit_encrypted(RawOrigin::Signed(caller), largest_envelope());
	}

	#[benchmark]
	fn store_encrypted() {
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		store_encrypted(RawOrigin::Signed(caller), largest_envelope());
		assert_eq!(PendingExtrinsics::<T>::count(), 1);
	}

	#[benchmark]
	fn set_max_pending_extrinsics_number() {
		#[extrinsic_call]
		set_max_pending_extrinsics_number(RawOrigin::Root, 50);
		assert_eq!(MaxPendingExtrinsicsLimit::<T>::get(), 50);
	}

	#[benchmark]
	fn set_on_initialize_weight() {
		#[extrinsic_call]
		set_on_initialize_weight(RawOrigin::Root, ABSOLUTE_MAX_WEIGHT);
		assert_eq!(OnInitializeWeight::<T>::get(), ABSOLUTE_MAX_WEIGHT);
	}

	#[benchmark]
	fn set_stored_extrinsic_lifetime() {
		#[extrinsic_call]
		set_stored_extrinsic_lifetime(RawOrigin::Root, 20);
		assert_eq!(ExtrinsicLifetime::<T>::get(), 20);
	}

	#[benchmark]
	fn set_max_extrinsic_weight() {
		#[extrinsic_call]
		set_max_extrinsic_weight(RawOrigin::Root, ABSOLUTE_MAX_WEIGHT);
		assert_eq!(MaxExtrinsicWeight::<T>::get(), ABSOLUTE_MAX_WEIGHT);
	}

	#[benchmark]
	fn drain_empty_queue() {
		#[block]
		{
			Pallet::<T>::drain_stored_queue(frame_system::Pallet::<T>::block_number());
		}
	}

	/// One stored call of the largest size, opened (the runtime's decryptor fails) and dropped.
	#[benchmark]
	fn drain_one_item() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		Pallet::<T>::store(caller, largest_envelope())
			.map_err(|_| BenchmarkError::Stop("the queue is full"))?;
		#[block]
		{
			Pallet::<T>::drain_stored_queue(frame_system::Pallet::<T>::block_number());
		}
		assert_eq!(PendingExtrinsics::<T>::count(), 0);
		Ok(())
	}

	#[benchmark]
	fn report_unshield_failure() {
		#[extrinsic_call]
		report_unshield_failure(RawOrigin::None, Default::default(), UnshieldFailure::Unopenable);
	}

	/// What `CheckShieldedTxValidity` does with a carrier: parse the largest envelope.
	#[benchmark]
	fn parse_envelope() -> Result<(), BenchmarkError> {
		let envelope = largest_envelope();
		#[block]
		{
			ShieldedTransaction::parse(&envelope)
				.map_err(|_| BenchmarkError::Stop("the envelope does not parse"))?;
		}
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
