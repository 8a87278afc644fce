//! Weights of the `AdminUtils` setters, one per kind of setter (the setters of a kind do the
//! same storage work).
//!
//! PROVISIONAL: storage reads/writes counted by hand plus a flat compute allowance, until
//! `scripts/benchmark-pallets.sh` regenerates this file from the frame-benchmarking run.

use core::marker::PhantomData;
use frame_support::weights::{constants::RocksDbWeight, Weight};

/// Weight functions of the setters.
pub trait WeightInfo {
	/// A chain-wide value, root only.
	fn set_global_value() -> Weight;
	/// A per-subnet value, on its heaviest gate (the owner: freeze window and rate limit).
	fn set_subnet_value() -> Weight;
	/// The mechanism count, removing a mechanism's weights and bonds on a full subnet.
	fn set_mechanism_count() -> Weight;
	/// The mechanism emission split (up to 16 shares).
	fn set_mechanism_emission_split() -> Weight;
	/// The subnet owner's hotkey.
	fn set_subnet_owner_hotkey() -> Weight;
	/// Replacing the Aura authors with `a` new ones.
	fn swap_authorities(a: u32) -> Weight;
	/// Scheduling `a` new GRANDPA authorities.
	fn schedule_grandpa_change(a: u32) -> Weight;
	/// Trimming a subnet of `n` neurons (full weight and bond rows) to a quarter of them.
	fn trim_to_max_allowed_uids(n: u32) -> Weight;
}

/// Compute allowance of a setter.
const BASE: u64 = 15_000_000;

/// `BASE` plus `reads` and `writes` at the RocksDB cost.
fn weight(reads: u64, writes: u64) -> Weight {
	Weight::from_parts(BASE, 0).saturating_add(RocksDbWeight::get().reads_writes(reads, writes))
}

/// Weights for a runtime whose database costs `RocksDbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T> WeightInfo for SubstrateWeight<T> {
	fn set_global_value() -> Weight {
		weight(0, 1)
	}
	fn set_subnet_value() -> Weight {
		weight(10, 3)
	}
	fn set_mechanism_count() -> Weight {
		weight(10 + 2 * 256, 6 + 2 * 256)
	}
	fn set_mechanism_emission_split() -> Weight {
		weight(9, 3)
	}
	fn set_subnet_owner_hotkey() -> Weight {
		weight(6, 5)
	}
	fn swap_authorities(a: u32) -> Weight {
		weight(1, 1).saturating_add(Weight::from_parts(100_000u64.saturating_mul(a.into()), 0))
	}
	fn schedule_grandpa_change(a: u32) -> Weight {
		weight(2, 2).saturating_add(Weight::from_parts(100_000u64.saturating_mul(a.into()), 0))
	}
	fn trim_to_max_allowed_uids(n: u32) -> Weight {
		let n = u64::from(n);
		weight(
			20_u64.saturating_add(n.saturating_mul(6)),
			15_u64.saturating_add(n.saturating_mul(7)),
		)
	}
}

impl WeightInfo for () {
	fn set_global_value() -> Weight {
		SubstrateWeight::<()>::set_global_value()
	}
	fn set_subnet_value() -> Weight {
		SubstrateWeight::<()>::set_subnet_value()
	}
	fn set_mechanism_count() -> Weight {
		SubstrateWeight::<()>::set_mechanism_count()
	}
	fn set_mechanism_emission_split() -> Weight {
		SubstrateWeight::<()>::set_mechanism_emission_split()
	}
	fn set_subnet_owner_hotkey() -> Weight {
		SubstrateWeight::<()>::set_subnet_owner_hotkey()
	}
	fn swap_authorities(a: u32) -> Weight {
		SubstrateWeight::<()>::swap_authorities(a)
	}
	fn schedule_grandpa_change(a: u32) -> Weight {
		SubstrateWeight::<()>::schedule_grandpa_change(a)
	}
	fn trim_to_max_allowed_uids(n: u32) -> Weight {
		SubstrateWeight::<()>::trim_to_max_allowed_uids(n)
	}
}
