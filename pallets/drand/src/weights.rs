
//! Weights of `pallet_drand`, measured by frame-benchmarking: do not edit by hand; regenerate with
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
//!   pallet_drand
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
//!   /var/tmp/bench-logs/pallet_drand.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions of `pallet_drand`.
pub trait WeightInfo {
	/// `write_pulse`.
	fn write_pulse(n: u32, ) -> Weight;
	/// `set_beacon_config`.
	fn set_beacon_config() -> Weight;
	/// `set_oldest_stored_round`.
	fn set_oldest_stored_round() -> Weight;
}

/// Weights for a runtime, with its own database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Drand::BeaconConfig` (r:1 w:0)
	/// Proof: `Drand::BeaconConfig` (`max_values`: Some(1), `max_size`: Some(238), added: 733, mode: `MaxEncodedLen`)
	/// Storage: `Drand::LastStoredRound` (r:1 w:1)
	/// Proof: `Drand::LastStoredRound` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Drand::OldestStoredRound` (r:1 w:1)
	/// Proof: `Drand::OldestStoredRound` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Drand::Pulses` (r:0 w:116)
	/// Proof: `Drand::Pulses` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Drand::NextUnsignedAt` (r:0 w:1)
	/// Proof: `Drand::NextUnsignedAt` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 16]`.
	fn write_pulse(n: u32, ) -> Weight {
		// Proof size: measured `334`, estimated `1723`.
		// Minimum execution time: 13_355_975_000 picoseconds.
		Weight::from_parts(7_041_442_777, 0)
			.saturating_add(Weight::from_parts(0, 1723))
			.saturating_add(Weight::from_parts(13_519_736_831, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(103))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	/// Storage: `Drand::BeaconConfig` (r:0 w:1)
	/// Proof: `Drand::BeaconConfig` (`max_values`: Some(1), `max_size`: Some(238), added: 733, mode: `MaxEncodedLen`)
	/// Storage: `Drand::NextUnsignedAt` (r:0 w:1)
	/// Proof: `Drand::NextUnsignedAt` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn set_beacon_config() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 1_257_839_000 picoseconds.
		Weight::from_parts(1_317_441_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Drand::OldestStoredRound` (r:0 w:1)
	/// Proof: `Drand::OldestStoredRound` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn set_oldest_stored_round() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 9_318_000 picoseconds.
		Weight::from_parts(10_810_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same weights with RocksDB costs, for tests and mock runtimes.
impl WeightInfo for () {
	fn write_pulse(n: u32, ) -> Weight {
		Weight::from_parts(7_041_442_777, 0)
			.saturating_add(Weight::from_parts(0, 1723))
			.saturating_add(Weight::from_parts(13_519_736_831, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(103))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn set_beacon_config() -> Weight {
		Weight::from_parts(1_317_441_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_oldest_stored_round() -> Weight {
		Weight::from_parts(10_810_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
}
