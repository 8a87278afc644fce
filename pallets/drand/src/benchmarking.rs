//! Benchmarks of the `Drand` calls.

use crate::{crypto::test_beacon, types::OpaquePublicKey, *};
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;

/// The secret of the beacon the benchmarks sign with.
const SECRET: u64 = 7;

/// The pulse of `round` by the benchmarks' beacon.
fn pulse(round: RoundNumber) -> Pulse {
	test_beacon::stored_pulse(SECRET, round)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// `n` pulses verified and stored, with the most pruning one write does: pulses a week
	/// older than the new ones waiting to be removed.
	#[benchmark]
	fn write_pulse(n: Linear<1, MAX_PULSES_PER_WRITE>) -> Result<(), BenchmarkError> {
		let mut config = BeaconConfig::<T>::get();
		config.public_key = OpaquePublicKey::truncate_from(test_beacon::public_key(SECRET));
		BeaconConfig::<T>::put(config);
		for round in 1..=MAX_PRUNED_PER_WRITE {
			Pulses::<T>::insert(round, pulse(round));
		}
		OldestStoredRound::<T>::put(1);
		let first = MAX_KEPT_PULSES.saturating_add(MAX_PRUNED_PER_WRITE).saturating_add(1);
		LastStoredRound::<T>::put(first.saturating_sub(1));
		let pulses: Vec<Pulse> = (first..first.saturating_add(u64::from(n))).map(pulse).collect();
		let payload = PulsesPayload {
			block_number: frame_system::Pallet::<T>::block_number(),
			pulses,
			public: sp_core::sr25519::Public::from_raw([0; 32]).into(),
		};
		#[extrinsic_call]
		write_pulse(RawOrigin::None, payload, None);
		assert_eq!(
			LastStoredRound::<T>::get(),
			first.saturating_add(u64::from(n)).saturating_sub(1)
		);
		assert!(!Pulses::<T>::contains_key(1));
		Ok(())
	}

	#[benchmark]
	fn set_beacon_config() {
		let mut config = BeaconConfig::<T>::get();
		config.public_key = OpaquePublicKey::truncate_from(test_beacon::public_key(SECRET));
		let payload = types::BeaconConfigurationPayload {
			block_number: frame_system::Pallet::<T>::block_number(),
			config: config.clone(),
			public: sp_core::sr25519::Public::from_raw([0; 32]).into(),
		};
		#[extrinsic_call]
		set_beacon_config(RawOrigin::Root, payload, None);
		assert_eq!(BeaconConfig::<T>::get(), config);
	}

	#[benchmark]
	fn set_oldest_stored_round() {
		#[extrinsic_call]
		set_oldest_stored_round(RawOrigin::Root, 1_000);
		assert_eq!(OldestStoredRound::<T>::get(), 1_000);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
