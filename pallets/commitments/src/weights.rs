
//! Weights of `pallet_subtensor_commitments`, measured by frame-benchmarking: do not edit by hand; regenerate with
//! `scripts/benchmark-pallets.sh`.
//!
//! Benchmark CLI 64.0.0, 2026-12-04; steps `20`, repeat `10`;
//! machine `vm` (AMD EPYC); WASM execution `Compiled`, chain `None`.
//!
//! Command:
//!   /var/tmp/bench19/node-subtensor
//!   benchmark
//!   pallet
//!   --runtime
//!   /var/tmp/bench19/node_subtensor_runtime.compact.compressed.wasm
//!   --genesis-builder=runtime
//!   --genesis-builder-preset=development
//!   --pallet
//!   pallet_subtensor_commitments
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
//!   /var/tmp/bench-logs/pallet_subtensor_commitments.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions of `pallet_subtensor_commitments`.
pub trait WeightInfo {
	/// `set_commitment`.
	fn set_commitment() -> Weight;
	/// `reveal_timelocked_commitments`.
	fn reveal_timelocked_commitments(n: u32, ) -> Weight;
	/// `set_max_space`.
	fn set_max_space() -> Weight;
}

/// Weights for a runtime, with its own database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `SubtensorModule::Uids` (r:1 w:0)
	/// Proof: `SubtensorModule::Uids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastEpochBlock` (r:1 w:0)
	/// Proof: `SubtensorModule::LastEpochBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Commitments::UsedSpaceOf` (r:1 w:1)
	/// Proof: `Commitments::UsedSpaceOf` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Commitments::MaxSpace` (r:1 w:0)
	/// Proof: `Commitments::MaxSpace` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::BondsResetOn` (r:1 w:0)
	/// Proof: `SubtensorModule::BondsResetOn` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Tempo` (r:1 w:0)
	/// Proof: `SubtensorModule::Tempo` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Commitments::LastBondsReset` (r:1 w:1)
	/// Proof: `Commitments::LastBondsReset` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::MechanismCountCurrent` (r:1 w:0)
	/// Proof: `SubtensorModule::MechanismCountCurrent` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Bonds` (r:257 w:256)
	/// Proof: `SubtensorModule::Bonds` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Commitments::TimelockedIndex` (r:1 w:1)
	/// Proof: `Commitments::TimelockedIndex` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Commitments::LastCommitment` (r:0 w:1)
	/// Proof: `Commitments::LastCommitment` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Commitments::CommitmentOf` (r:0 w:1)
	/// Proof: `Commitments::CommitmentOf` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn set_commitment() -> Weight {
		// Proof size: measured `1120807`, estimated `1757872`.
		// Minimum execution time: 5_631_480_000 picoseconds.
		Weight::from_parts(6_563_156_000, 0)
			.saturating_add(Weight::from_parts(0, 1757872))
			.saturating_add(T::DbWeight::get().reads(266))
			.saturating_add(T::DbWeight::get().writes(261))
	}
	/// Storage: `Commitments::TimelockedIndex` (r:1 w:1)
	/// Proof: `Commitments::TimelockedIndex` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Drand::LastStoredRound` (r:1 w:0)
	/// Proof: `Drand::LastStoredRound` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Commitments::TimelockRevealCursor` (r:1 w:1)
	/// Proof: `Commitments::TimelockRevealCursor` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Commitments::CommitmentOf` (r:64 w:16)
	/// Proof: `Commitments::CommitmentOf` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Drand::Pulses` (r:1 w:0)
	/// Proof: `Drand::Pulses` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Commitments::RevealedCommitments` (r:16 w:16)
	/// Proof: `Commitments::RevealedCommitments` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `n` is `[0, 16]`.
	fn reveal_timelocked_commitments(n: u32, ) -> Weight {
		// Proof size: measured `1121290`, estimated `1280328`.
		// Minimum execution time: 3_376_512_000 picoseconds.
		Weight::from_parts(21_151_162_860, 0)
			.saturating_add(Weight::from_parts(0, 1280328))
			.saturating_add(Weight::from_parts(16_221_074_454, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(68))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2475).saturating_mul(n.into()))
	}
	/// Storage: `Commitments::MaxSpace` (r:0 w:1)
	/// Proof: `Commitments::MaxSpace` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	fn set_max_space() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 9_527_000 picoseconds.
		Weight::from_parts(10_620_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same weights with RocksDB costs, for tests and mock runtimes.
impl WeightInfo for () {
	fn set_commitment() -> Weight {
		Weight::from_parts(6_563_156_000, 0)
			.saturating_add(Weight::from_parts(0, 1757872))
			.saturating_add(RocksDbWeight::get().reads(266))
			.saturating_add(RocksDbWeight::get().writes(261))
	}
	fn reveal_timelocked_commitments(n: u32, ) -> Weight {
		Weight::from_parts(21_151_162_860, 0)
			.saturating_add(Weight::from_parts(0, 1280328))
			.saturating_add(Weight::from_parts(16_221_074_454, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(68))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2475).saturating_mul(n.into()))
	}
	fn set_max_space() -> Weight {
		Weight::from_parts(10_620_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
}
