//! Weights of `MevShield`.
//!
//! The figures are the reference chain's benchmarked ones (ref-time in picoseconds, with its
//! database reads and writes) until this pallet enters the runtime and
//! `scripts/benchmark-pallets.sh` regenerates this file from `benchmarking.rs` on our machine.

use frame_support::weights::{constants::RocksDbWeight, Weight};

/// The weight of each call and of the queue drain.
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
	/// The queue drain of a block with nothing stored.
	fn drain_empty_queue() -> Weight;
	/// The queue drain's cost per stored item, without dispatching it.
	fn drain_one_item() -> Weight;
	/// `report_unshield_failure`.
	fn report_unshield_failure() -> Weight;
	/// Parsing the largest envelope (`CheckShieldedTxValidity` on a carrier).
	fn parse_envelope() -> Weight;
}

/// One root setter: a write and its event.
fn root_setter() -> Weight {
	Weight::from_parts(10_000_000, 0).saturating_add(RocksDbWeight::get().writes(1))
}

impl WeightInfo for () {
	fn announce_next_key() -> Weight {
		Weight::from_parts(33_661_000, 5_555)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn submit_encrypted() -> Weight {
		Weight::from_parts(207_223_000, 0)
	}
	fn store_encrypted() -> Weight {
		Weight::from_parts(20_000_000_000, 0)
	}
	fn set_max_pending_extrinsics_number() -> Weight {
		root_setter()
	}
	fn set_on_initialize_weight() -> Weight {
		root_setter()
	}
	fn set_stored_extrinsic_lifetime() -> Weight {
		root_setter()
	}
	fn set_max_extrinsic_weight() -> Weight {
		root_setter()
	}
	fn drain_empty_queue() -> Weight {
		RocksDbWeight::get().reads(1)
	}
	fn drain_one_item() -> Weight {
		RocksDbWeight::get().reads_writes(4, 2)
	}
	fn report_unshield_failure() -> Weight {
		Weight::from_parts(10_000_000, 0)
	}
	fn parse_envelope() -> Weight {
		Weight::from_parts(1_000_000, 0)
	}
}
