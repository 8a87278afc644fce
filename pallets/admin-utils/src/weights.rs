
//! Weights of `pallet_admin_utils`, measured by frame-benchmarking: do not edit by hand; regenerate with
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
//!   pallet_admin_utils
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
//!   /var/tmp/bench-logs/pallet_admin_utils.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions of `pallet_admin_utils`.
pub trait WeightInfo {
	/// `set_global_value`.
	fn set_global_value() -> Weight;
	/// `set_subnet_value`.
	fn set_subnet_value() -> Weight;
	/// `set_epoch_consensus`.
	fn set_epoch_consensus() -> Weight;
	/// `set_mechanism_count`.
	fn set_mechanism_count() -> Weight;
	/// `set_mechanism_emission_split`.
	fn set_mechanism_emission_split() -> Weight;
	/// `set_subnet_owner_hotkey`.
	fn set_subnet_owner_hotkey() -> Weight;
	/// `swap_authorities`.
	fn swap_authorities(a: u32, ) -> Weight;
	/// `schedule_grandpa_change`.
	fn schedule_grandpa_change(a: u32, ) -> Weight;
	/// `trim_to_max_allowed_uids`.
	fn trim_to_max_allowed_uids(n: u32, ) -> Weight;
}

/// Weights for a runtime, with its own database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `SubtensorModule::NetworkRateLimit` (r:0 w:1)
	/// Proof: `SubtensorModule::NetworkRateLimit` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	fn set_global_value() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 10_560_000 picoseconds.
		Weight::from_parts(21_200_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `SubtensorModule::OwnerHyperparamRateLimit` (r:1 w:0)
	/// Proof: `SubtensorModule::OwnerHyperparamRateLimit` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Tempo` (r:1 w:0)
	/// Proof: `SubtensorModule::Tempo` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NetworksAdded` (r:1 w:0)
	/// Proof: `SubtensorModule::NetworksAdded` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetOwner` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetOwner` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::PendingEpochAt` (r:1 w:0)
	/// Proof: `SubtensorModule::PendingEpochAt` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastEpochBlock` (r:1 w:0)
	/// Proof: `SubtensorModule::LastEpochBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::AdminFreezeWindow` (r:1 w:0)
	/// Proof: `SubtensorModule::AdminFreezeWindow` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastRateLimitedBlock` (r:1 w:1)
	/// Proof: `SubtensorModule::LastRateLimitedBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::MinAllowedUids` (r:1 w:0)
	/// Proof: `SubtensorModule::MinAllowedUids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::MechanismCountCurrent` (r:1 w:0)
	/// Proof: `SubtensorModule::MechanismCountCurrent` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::MaxAllowedUids` (r:0 w:1)
	/// Proof: `SubtensorModule::MaxAllowedUids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn set_subnet_value() -> Weight {
		// Proof size: measured `1229`, estimated `4694`.
		// Minimum execution time: 140_614_000 picoseconds.
		Weight::from_parts(168_767_000, 0)
			.saturating_add(Weight::from_parts(0, 4694))
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `SubtensorModule::OwnerHyperparamRateLimit` (r:1 w:0)
	/// Proof: `SubtensorModule::OwnerHyperparamRateLimit` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Tempo` (r:1 w:0)
	/// Proof: `SubtensorModule::Tempo` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NetworksAdded` (r:1 w:0)
	/// Proof: `SubtensorModule::NetworksAdded` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetOwner` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetOwner` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::PendingEpochAt` (r:1 w:0)
	/// Proof: `SubtensorModule::PendingEpochAt` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastEpochBlock` (r:1 w:0)
	/// Proof: `SubtensorModule::LastEpochBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::AdminFreezeWindow` (r:1 w:0)
	/// Proof: `SubtensorModule::AdminFreezeWindow` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastRateLimitedBlock` (r:1 w:1)
	/// Proof: `SubtensorModule::LastRateLimitedBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetEpochConsensus` (r:1 w:1)
	/// Proof: `SubtensorModule::SubnetEpochConsensus` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::MaxAllowedValidators` (r:1 w:1)
	/// Proof: `SubtensorModule::MaxAllowedValidators` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SavedYumaMaxAllowedValidators` (r:0 w:1)
	/// Proof: `SubtensorModule::SavedYumaMaxAllowedValidators` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn set_epoch_consensus() -> Weight {
		// Proof size: measured `1161`, estimated `4626`.
		// Minimum execution time: 133_410_000 picoseconds.
		Weight::from_parts(168_205_000, 0)
			.saturating_add(Weight::from_parts(0, 4626))
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `SubtensorModule::NetworksAdded` (r:1 w:0)
	/// Proof: `SubtensorModule::NetworksAdded` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetOwner` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetOwner` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Tempo` (r:1 w:0)
	/// Proof: `SubtensorModule::Tempo` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::PendingEpochAt` (r:1 w:0)
	/// Proof: `SubtensorModule::PendingEpochAt` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastEpochBlock` (r:1 w:0)
	/// Proof: `SubtensorModule::LastEpochBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::AdminFreezeWindow` (r:1 w:0)
	/// Proof: `SubtensorModule::AdminFreezeWindow` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastRateLimitedBlock` (r:1 w:1)
	/// Proof: `SubtensorModule::LastRateLimitedBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::MaxMechanismCount` (r:1 w:0)
	/// Proof: `SubtensorModule::MaxMechanismCount` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::MaxAllowedUids` (r:1 w:0)
	/// Proof: `SubtensorModule::MaxAllowedUids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::MechanismCountCurrent` (r:1 w:1)
	/// Proof: `SubtensorModule::MechanismCountCurrent` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Weights` (r:128 w:128)
	/// Proof: `SubtensorModule::Weights` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Bonds` (r:128 w:128)
	/// Proof: `SubtensorModule::Bonds` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastUpdate` (r:0 w:1)
	/// Proof: `SubtensorModule::LastUpdate` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Incentive` (r:0 w:1)
	/// Proof: `SubtensorModule::Incentive` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::MechanismEmissionSplit` (r:0 w:1)
	/// Proof: `SubtensorModule::MechanismEmissionSplit` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn set_mechanism_count() -> Weight {
		// Proof size: measured `2447`, estimated `320237`.
		// Minimum execution time: 450_916_000 picoseconds.
		Weight::from_parts(734_597_000, 0)
			.saturating_add(Weight::from_parts(0, 320237))
			.saturating_add(T::DbWeight::get().reads(267))
			.saturating_add(T::DbWeight::get().writes(261))
	}
	/// Storage: `SubtensorModule::NetworksAdded` (r:1 w:0)
	/// Proof: `SubtensorModule::NetworksAdded` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetOwner` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetOwner` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Tempo` (r:1 w:0)
	/// Proof: `SubtensorModule::Tempo` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::PendingEpochAt` (r:1 w:0)
	/// Proof: `SubtensorModule::PendingEpochAt` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastEpochBlock` (r:1 w:0)
	/// Proof: `SubtensorModule::LastEpochBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::AdminFreezeWindow` (r:1 w:0)
	/// Proof: `SubtensorModule::AdminFreezeWindow` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastRateLimitedBlock` (r:1 w:1)
	/// Proof: `SubtensorModule::LastRateLimitedBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::MechanismCountCurrent` (r:1 w:0)
	/// Proof: `SubtensorModule::MechanismCountCurrent` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::MechanismEmissionSplit` (r:0 w:1)
	/// Proof: `SubtensorModule::MechanismEmissionSplit` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn set_mechanism_emission_split() -> Weight {
		// Proof size: measured `1216`, estimated `4681`.
		// Minimum execution time: 80_030_000 picoseconds.
		Weight::from_parts(125_966_000, 0)
			.saturating_add(Weight::from_parts(0, 4681))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `SubtensorModule::NetworksAdded` (r:1 w:0)
	/// Proof: `SubtensorModule::NetworksAdded` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetOwner` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetOwner` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastRateLimitedBlock` (r:1 w:1)
	/// Proof: `SubtensorModule::LastRateLimitedBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Owner` (r:1 w:1)
	/// Proof: `SubtensorModule::Owner` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::OwnedHotkeys` (r:1 w:1)
	/// Proof: `SubtensorModule::OwnedHotkeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::StakingHotkeys` (r:1 w:1)
	/// Proof: `SubtensorModule::StakingHotkeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetOwnerHotkey` (r:0 w:1)
	/// Proof: `SubtensorModule::SubnetOwnerHotkey` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn set_subnet_owner_hotkey() -> Weight {
		// Proof size: measured `1325`, estimated `4790`.
		// Minimum execution time: 85_009_000 picoseconds.
		Weight::from_parts(127_449_000, 0)
			.saturating_add(Weight::from_parts(0, 4790))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Aura::Authorities` (r:0 w:1)
	/// Proof: `Aura::Authorities` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// The range of component `a` is `[1, 32]`.
	fn swap_authorities(a: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 13_866_000 picoseconds.
		Weight::from_parts(25_242_577, 0)
			.saturating_add(Weight::from_parts(0, 0))
			.saturating_add(Weight::from_parts(76_275, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Grandpa::PendingChange` (r:1 w:1)
	/// Proof: `Grandpa::PendingChange` (`max_values`: Some(1), `max_size`: Some(1294), added: 1789, mode: `MaxEncodedLen`)
	/// The range of component `a` is `[1, 32]`.
	fn schedule_grandpa_change(a: u32, ) -> Weight {
		// Proof size: measured `174`, estimated `2779`.
		// Minimum execution time: 18_214_000 picoseconds.
		Weight::from_parts(25_485_470, 0)
			.saturating_add(Weight::from_parts(0, 2779))
			.saturating_add(Weight::from_parts(37_689, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `SubtensorModule::NetworksAdded` (r:1 w:0)
	/// Proof: `SubtensorModule::NetworksAdded` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetOwner` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetOwner` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Tempo` (r:1 w:0)
	/// Proof: `SubtensorModule::Tempo` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::PendingEpochAt` (r:1 w:0)
	/// Proof: `SubtensorModule::PendingEpochAt` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastEpochBlock` (r:1 w:0)
	/// Proof: `SubtensorModule::LastEpochBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::AdminFreezeWindow` (r:1 w:0)
	/// Proof: `SubtensorModule::AdminFreezeWindow` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastRateLimitedBlock` (r:1 w:1)
	/// Proof: `SubtensorModule::LastRateLimitedBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:1)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::MinAllowedUids` (r:1 w:0)
	/// Proof: `SubtensorModule::MinAllowedUids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::MaxAllowedUids` (r:1 w:1)
	/// Proof: `SubtensorModule::MaxAllowedUids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ImmuneOwnerUidsLimit` (r:1 w:0)
	/// Proof: `SubtensorModule::ImmuneOwnerUidsLimit` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::OwnedHotkeys` (r:1 w:0)
	/// Proof: `SubtensorModule::OwnedHotkeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Uids` (r:1 w:256)
	/// Proof: `SubtensorModule::Uids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::BlockAtRegistration` (r:256 w:256)
	/// Proof: `SubtensorModule::BlockAtRegistration` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetOwnerHotkey` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetOwnerHotkey` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ImmunityPeriod` (r:1 w:0)
	/// Proof: `SubtensorModule::ImmunityPeriod` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Emission` (r:1 w:1)
	/// Proof: `SubtensorModule::Emission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Keys` (r:256 w:256)
	/// Proof: `SubtensorModule::Keys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Active` (r:1 w:1)
	/// Proof: `SubtensorModule::Active` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Consensus` (r:1 w:1)
	/// Proof: `SubtensorModule::Consensus` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Dividends` (r:1 w:1)
	/// Proof: `SubtensorModule::Dividends` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorTrust` (r:1 w:1)
	/// Proof: `SubtensorModule::ValidatorTrust` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::StakeWeight` (r:1 w:1)
	/// Proof: `SubtensorModule::StakeWeight` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorPermit` (r:1 w:1)
	/// Proof: `SubtensorModule::ValidatorPermit` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::MechanismCountCurrent` (r:1 w:0)
	/// Proof: `SubtensorModule::MechanismCountCurrent` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Incentive` (r:1 w:1)
	/// Proof: `SubtensorModule::Incentive` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastUpdate` (r:1 w:1)
	/// Proof: `SubtensorModule::LastUpdate` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Weights` (r:257 w:256)
	/// Proof: `SubtensorModule::Weights` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Bonds` (r:257 w:256)
	/// Proof: `SubtensorModule::Bonds` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NeuronCertificates` (r:0 w:192)
	/// Proof: `SubtensorModule::NeuronCertificates` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Axons` (r:0 w:192)
	/// Proof: `SubtensorModule::Axons` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Prometheus` (r:0 w:192)
	/// Proof: `SubtensorModule::Prometheus` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::IsNetworkMember` (r:0 w:192)
	/// Proof: `SubtensorModule::IsNetworkMember` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Commitments::LastCommitment` (r:0 w:192)
	/// Proof: `Commitments::LastCommitment` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Commitments::CommitmentOf` (r:0 w:192)
	/// Proof: `Commitments::CommitmentOf` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Commitments::UsedSpaceOf` (r:0 w:192)
	/// Proof: `Commitments::UsedSpaceOf` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Commitments::LastBondsReset` (r:0 w:192)
	/// Proof: `Commitments::LastBondsReset` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `n` is `[8, 256]`.
	fn trim_to_max_allowed_uids(n: u32, ) -> Weight {
		// Proof size: measured `3324`, estimated `6698`.
		// Minimum execution time: 562_244_000 picoseconds.
		Weight::from_parts(642_060_814, 0)
			.saturating_add(Weight::from_parts(0, 6698))
			.saturating_add(Weight::from_parts(60_097_585, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(27))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(15))
			.saturating_add(T::DbWeight::get().writes((11_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2536).saturating_mul(n.into()))
	}
}

/// The same weights with RocksDB costs, for tests and mock runtimes.
impl WeightInfo for () {
	fn set_global_value() -> Weight {
		Weight::from_parts(21_200_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_subnet_value() -> Weight {
		Weight::from_parts(168_767_000, 0)
			.saturating_add(Weight::from_parts(0, 4694))
			.saturating_add(RocksDbWeight::get().reads(11))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_epoch_consensus() -> Weight {
		Weight::from_parts(168_205_000, 0)
			.saturating_add(Weight::from_parts(0, 4626))
			.saturating_add(RocksDbWeight::get().reads(10))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn set_mechanism_count() -> Weight {
		Weight::from_parts(734_597_000, 0)
			.saturating_add(Weight::from_parts(0, 320237))
			.saturating_add(RocksDbWeight::get().reads(267))
			.saturating_add(RocksDbWeight::get().writes(261))
	}
	fn set_mechanism_emission_split() -> Weight {
		Weight::from_parts(125_966_000, 0)
			.saturating_add(Weight::from_parts(0, 4681))
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_subnet_owner_hotkey() -> Weight {
		Weight::from_parts(127_449_000, 0)
			.saturating_add(Weight::from_parts(0, 4790))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn swap_authorities(a: u32, ) -> Weight {
		Weight::from_parts(25_242_577, 0)
			.saturating_add(Weight::from_parts(0, 0))
			.saturating_add(Weight::from_parts(76_275, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn schedule_grandpa_change(a: u32, ) -> Weight {
		Weight::from_parts(25_485_470, 0)
			.saturating_add(Weight::from_parts(0, 2779))
			.saturating_add(Weight::from_parts(37_689, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn trim_to_max_allowed_uids(n: u32, ) -> Weight {
		Weight::from_parts(642_060_814, 0)
			.saturating_add(Weight::from_parts(0, 6698))
			.saturating_add(Weight::from_parts(60_097_585, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(27))
			.saturating_add(RocksDbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(15))
			.saturating_add(RocksDbWeight::get().writes((11_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2536).saturating_mul(n.into()))
	}
}
