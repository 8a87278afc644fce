
//! Weights of `pallet_subtensor_swap`, measured by frame-benchmarking: do not edit by hand; regenerate with
//! `scripts/benchmark-pallets.sh`.
//!
//! Benchmark CLI 64.0.0, 2026-12-04; steps `20`, repeat `10`;
//! machine `vm` (AMD EPYC); WASM execution `Compiled`, chain `None`.
//!
//! Command:
//!   /var/tmp/subtensor-bench-target/release/node-subtensor
//!   benchmark
//!   pallet
//!   --runtime
//!   /var/tmp/subtensor-bench-target/release/wbuild/node-subtensor-runtime/node_subtensor_runtime.compact.compressed.wasm
//!   --genesis-builder=runtime
//!   --genesis-builder-preset=development
//!   --pallet
//!   pallet_subtensor_swap
//!   --extrinsic
//!   *
//!   --steps
//!   20
//!   --repeat
//!   10
//!   --wasm-execution
//!   compiled
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   /var/tmp/bench-logs/pallet_subtensor_swap.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions of `pallet_subtensor_swap`.
pub trait WeightInfo {
	/// `set_fee_rate`.
	fn set_fee_rate() -> Weight;
}

/// Weights for a runtime, with its own database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `SubtensorModule::NetworksAdded` (r:1 w:0)
	/// Proof: `SubtensorModule::NetworksAdded` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Swap::FeeRate` (r:0 w:1)
	/// Proof: `Swap::FeeRate` (`max_values`: None, `max_size`: Some(12), added: 2487, mode: `MaxEncodedLen`)
	fn set_fee_rate() -> Weight {
		// Proof size: measured `327`, estimated `3792`.
		// Minimum execution time: 23_765_000 picoseconds.
		Weight::from_parts(38_282_000, 0)
			.saturating_add(Weight::from_parts(0, 3792))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same weights with RocksDB costs, for tests and mock runtimes.
impl WeightInfo for () {
	fn set_fee_rate() -> Weight {
		Weight::from_parts(38_282_000, 0)
			.saturating_add(Weight::from_parts(0, 3792))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
}
