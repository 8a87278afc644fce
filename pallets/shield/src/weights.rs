
//! Weights of `pallet_subtensor_shield`, measured by frame-benchmarking: do not edit by hand; regenerate with
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
//!   pallet_subtensor_shield
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
//!   /var/tmp/bench-logs/pallet_subtensor_shield.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions of `pallet_subtensor_shield`.
pub trait WeightInfo {
	/// `announce_next_key`.
	fn announce_next_key() -> Weight;
	/// `submit_encrypted`.
	fn submit_encrypted() -> Weight;
	/// `store_encrypted`.
	fn store_encrypted() -> Weight;
	/// `set_max_pending_extrinsics_number`.
	fn set_max_pending_extrinsics_number() -> Weight;
	/// `set_on_initialize_weight`.
	fn set_on_initialize_weight() -> Weight;
	/// `set_stored_extrinsic_lifetime`.
	fn set_stored_extrinsic_lifetime() -> Weight;
	/// `set_max_extrinsic_weight`.
	fn set_max_extrinsic_weight() -> Weight;
	/// `drain_empty_queue`.
	fn drain_empty_queue() -> Weight;
	/// `drain_one_item`.
	fn drain_one_item() -> Weight;
	/// `report_unshield_failure`.
	fn report_unshield_failure() -> Weight;
	/// `parse_envelope`.
	fn parse_envelope() -> Weight;
}

/// Weights for a runtime, with its own database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Aura::Authorities` (r:1 w:0)
	/// Proof: `Aura::Authorities` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Aura::CurrentSlot` (r:1 w:0)
	/// Proof: `Aura::CurrentSlot` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MevShield::PendingKey` (r:1 w:1)
	/// Proof: `MevShield::PendingKey` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `MevShield::NextKey` (r:1 w:1)
	/// Proof: `MevShield::NextKey` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `MevShield::AuthorKeys` (r:1 w:1)
	/// Proof: `MevShield::AuthorKeys` (`max_values`: None, `max_size`: Some(2090), added: 4565, mode: `MaxEncodedLen`)
	/// Storage: `MevShield::CurrentKey` (r:0 w:1)
	/// Proof: `MevShield::CurrentKey` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `MevShield::NextKeyExpiresAt` (r:0 w:1)
	/// Proof: `MevShield::NextKeyExpiresAt` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MevShield::PendingKeyExpiresAt` (r:0 w:1)
	/// Proof: `MevShield::PendingKeyExpiresAt` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn announce_next_key() -> Weight {
		// Proof size: measured `1498`, estimated `5555`.
		// Minimum execution time: 40_145_000 picoseconds.
		Weight::from_parts(61_656_000, 0)
			.saturating_add(Weight::from_parts(0, 5555))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	fn submit_encrypted() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 82_104_000 picoseconds.
		Weight::from_parts(108_453_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
	}
	/// Storage: `MevShield::CounterForPendingExtrinsics` (r:1 w:1)
	/// Proof: `MevShield::CounterForPendingExtrinsics` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MevShield::MaxPendingExtrinsicsLimit` (r:1 w:0)
	/// Proof: `MevShield::MaxPendingExtrinsicsLimit` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MevShield::NextPendingExtrinsicIndex` (r:1 w:1)
	/// Proof: `MevShield::NextPendingExtrinsicIndex` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MevShield::PendingExtrinsics` (r:1 w:1)
	/// Proof: `MevShield::PendingExtrinsics` (`max_values`: None, `max_size`: Some(8234), added: 10709, mode: `MaxEncodedLen`)
	fn store_encrypted() -> Weight {
		// Proof size: measured `6`, estimated `11699`.
		// Minimum execution time: 27_351_000 picoseconds.
		Weight::from_parts(47_979_000, 0)
			.saturating_add(Weight::from_parts(0, 11699))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `MevShield::MaxPendingExtrinsicsLimit` (r:0 w:1)
	/// Proof: `MevShield::MaxPendingExtrinsicsLimit` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn set_max_pending_extrinsics_number() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 10_410_000 picoseconds.
		Weight::from_parts(16_852_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `MevShield::OnInitializeWeight` (r:0 w:1)
	/// Proof: `MevShield::OnInitializeWeight` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn set_on_initialize_weight() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 9_869_000 picoseconds.
		Weight::from_parts(16_571_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `MevShield::ExtrinsicLifetime` (r:0 w:1)
	/// Proof: `MevShield::ExtrinsicLifetime` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn set_stored_extrinsic_lifetime() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 10_129_000 picoseconds.
		Weight::from_parts(12_965_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `MevShield::MaxExtrinsicWeight` (r:0 w:1)
	/// Proof: `MevShield::MaxExtrinsicWeight` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn set_max_extrinsic_weight() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 9_608_000 picoseconds.
		Weight::from_parts(14_687_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `MevShield::CounterForPendingExtrinsics` (r:1 w:0)
	/// Proof: `MevShield::CounterForPendingExtrinsics` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn drain_empty_queue() -> Weight {
		// Proof size: measured `6`, estimated `1489`.
		// Minimum execution time: 2_965_000 picoseconds.
		Weight::from_parts(3_547_000, 0)
			.saturating_add(Weight::from_parts(0, 1489))
			.saturating_add(T::DbWeight::get().reads(1))
	}
	/// Storage: `MevShield::CounterForPendingExtrinsics` (r:1 w:1)
	/// Proof: `MevShield::CounterForPendingExtrinsics` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MevShield::OnInitializeWeight` (r:1 w:0)
	/// Proof: `MevShield::OnInitializeWeight` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MevShield::MaxExtrinsicWeight` (r:1 w:0)
	/// Proof: `MevShield::MaxExtrinsicWeight` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MevShield::ExtrinsicLifetime` (r:1 w:0)
	/// Proof: `MevShield::ExtrinsicLifetime` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MevShield::NextPendingExtrinsicIndex` (r:1 w:0)
	/// Proof: `MevShield::NextPendingExtrinsicIndex` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MevShield::PendingExtrinsics` (r:1 w:1)
	/// Proof: `MevShield::PendingExtrinsics` (`max_values`: None, `max_size`: Some(8234), added: 10709, mode: `MaxEncodedLen`)
	fn drain_one_item() -> Weight {
		// Proof size: measured `8316`, estimated `11699`.
		// Minimum execution time: 28_253_000 picoseconds.
		Weight::from_parts(33_594_000, 0)
			.saturating_add(Weight::from_parts(0, 11699))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn report_unshield_failure() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 10_510_000 picoseconds.
		Weight::from_parts(13_485_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
	}
	fn parse_envelope() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 2_505_000 picoseconds.
		Weight::from_parts(2_875_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
	}
}

/// The same weights with RocksDB costs, for tests and mock runtimes.
impl WeightInfo for () {
	fn announce_next_key() -> Weight {
		Weight::from_parts(61_656_000, 0)
			.saturating_add(Weight::from_parts(0, 5555))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn submit_encrypted() -> Weight {
		Weight::from_parts(108_453_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
	}
	fn store_encrypted() -> Weight {
		Weight::from_parts(47_979_000, 0)
			.saturating_add(Weight::from_parts(0, 11699))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn set_max_pending_extrinsics_number() -> Weight {
		Weight::from_parts(16_852_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_on_initialize_weight() -> Weight {
		Weight::from_parts(16_571_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_stored_extrinsic_lifetime() -> Weight {
		Weight::from_parts(12_965_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_max_extrinsic_weight() -> Weight {
		Weight::from_parts(14_687_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn drain_empty_queue() -> Weight {
		Weight::from_parts(3_547_000, 0)
			.saturating_add(Weight::from_parts(0, 1489))
			.saturating_add(RocksDbWeight::get().reads(1))
	}
	fn drain_one_item() -> Weight {
		Weight::from_parts(33_594_000, 0)
			.saturating_add(Weight::from_parts(0, 11699))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn report_unshield_failure() -> Weight {
		Weight::from_parts(13_485_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
	}
	fn parse_envelope() -> Weight {
		Weight::from_parts(2_875_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
	}
}
