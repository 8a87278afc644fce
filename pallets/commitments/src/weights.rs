
//! Weights of `pallet_subtensor_commitments`, measured by frame-benchmarking: do not edit by hand; regenerate with
//! `scripts/benchmark-pallets.sh`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions of `pallet_subtensor_commitments`.
pub trait WeightInfo {
	/// `set_commitment`.
	fn set_commitment() -> Weight;
	/// `set_max_space`.
	fn set_max_space() -> Weight;
}

/// Weights for a runtime, with its own database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn set_commitment() -> Weight {
		Weight::from_parts(50_000_000, 0)
			.saturating_add(T::DbWeight::get().reads(300))
			.saturating_add(T::DbWeight::get().writes(300))
	}
	fn set_max_space() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same weights with RocksDB costs, for tests and mock runtimes.
impl WeightInfo for () {
	fn set_commitment() -> Weight {
		Weight::from_parts(50_000_000, 0)
			.saturating_add(RocksDbWeight::get().reads(300))
			.saturating_add(RocksDbWeight::get().writes(300))
	}
	fn set_max_space() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
}
