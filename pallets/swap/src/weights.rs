//! Weights of the `Swap` calls.
//!
//! PROVISIONAL: storage reads/writes counted by hand plus a flat compute allowance, until
//! `scripts/benchmark-pallets.sh` regenerates this file from the frame-benchmarking run.

use core::marker::PhantomData;
use frame_support::weights::{constants::RocksDbWeight, Weight};

/// Weight functions of the calls.
pub trait WeightInfo {
	/// Setting a subnet's fee rate.
	fn set_fee_rate() -> Weight;
}

/// Weights for a runtime whose database costs `RocksDbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T> WeightInfo for SubstrateWeight<T> {
	fn set_fee_rate() -> Weight {
		Weight::from_parts(10_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(2, 1))
	}
}

impl WeightInfo for () {
	fn set_fee_rate() -> Weight {
		SubstrateWeight::<()>::set_fee_rate()
	}
}
