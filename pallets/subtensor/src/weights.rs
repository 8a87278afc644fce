//! Weights of the `SubtensorModule` calls.
//!
//! PROVISIONAL: storage reads/writes counted by hand plus a flat compute allowance, until
//! `scripts/benchmark-pallets.sh` regenerates this file from the frame-benchmarking run.

use core::marker::PhantomData;
use frame_support::weights::{constants::RocksDbWeight, Weight};

/// Weight functions of the pallet's calls and hooks.
pub trait WeightInfo {
	/// `serve_axon`.
	fn serve_axon() -> Weight;
	/// `serve_axon_tls`.
	fn serve_axon_tls() -> Weight;
	/// `serve_prometheus`.
	fn serve_prometheus() -> Weight;
	/// `burned_register`, `register`, `register_limit` (worst case: a full subnet).
	fn burned_register() -> Weight;
	/// `register_network`, `register_network_with_identity` (worst case: at the subnet limit).
	fn register_network() -> Weight;
	/// `dissolve_network`, `root_dissolve_network` (worst case: a full subnet).
	fn dissolve_network() -> Weight;
	/// `set_subnet_identity`.
	fn set_subnet_identity() -> Weight;
	/// `start_call`.
	fn start_call() -> Weight;
	/// `update_symbol`.
	fn update_symbol() -> Weight;
	/// `set_tempo`.
	fn set_tempo() -> Weight;
	/// `set_activity_cutoff_factor`.
	fn set_activity_cutoff_factor() -> Weight;
	/// `trigger_epoch`.
	fn trigger_epoch() -> Weight;
	/// Start-of-block registration bookkeeping over `n` subnets.
	fn registration_block_step(n: u32) -> Weight;
	/// `faucet`.
	fn faucet() -> Weight;
	/// Start-of-block epoch schedule over `n` subnets.
	fn epoch_schedule_step(n: u32) -> Weight;
	/// `add_stake`.
	fn add_stake() -> Weight;
	/// `add_stake_limit`.
	fn add_stake_limit() -> Weight;
	/// `remove_stake`.
	fn remove_stake() -> Weight;
	/// `remove_stake_limit`.
	fn remove_stake_limit() -> Weight;
	/// `remove_stake_full_limit`.
	fn remove_stake_full_limit() -> Weight;
	/// `unstake_all` over `n` subnets with stake.
	fn unstake_all(n: u32) -> Weight;
	/// `unstake_all_alpha` over `n` subnets with stake.
	fn unstake_all_alpha(n: u32) -> Weight;
	/// `increase_take`.
	fn increase_take() -> Weight;
	/// `decrease_take`.
	fn decrease_take() -> Weight;
	/// `move_stake` (worst case: across subnets, to a foreign hotkey).
	fn move_stake() -> Weight;
	/// `transfer_stake` (worst case: across subnets).
	fn transfer_stake() -> Weight;
	/// `swap_stake`.
	fn swap_stake() -> Weight;
	/// `swap_stake_limit` (the limit found by bisection).
	fn swap_stake_limit() -> Weight;
	/// `recycle_alpha`.
	fn recycle_alpha() -> Weight;
	/// `burn_alpha`.
	fn burn_alpha() -> Weight;
}

/// Compute allowance of a simple call.
const BASE: u64 = 20_000_000;

/// Weights for a runtime whose database costs `RocksDbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);

/// `BASE` plus `reads` and `writes` at the RocksDB cost.
fn weight(reads: u64, writes: u64) -> Weight {
	Weight::from_parts(BASE, 0).saturating_add(RocksDbWeight::get().reads_writes(reads, writes))
}

impl<T> WeightInfo for SubstrateWeight<T> {
	fn serve_axon() -> Weight {
		weight(4, 1)
	}
	fn serve_axon_tls() -> Weight {
		weight(4, 2)
	}
	fn serve_prometheus() -> Weight {
		weight(4, 1)
	}
	fn burned_register() -> Weight {
		// Pruning reads every UID of a full subnet.
		weight(40 + 3 * 256, 30)
	}
	fn register_network() -> Weight {
		// Pruning and dissolving a full subnet at the limit.
		weight(60 + 128 * 4 + 3 * 256, 150 + 256 * 8)
	}
	fn dissolve_network() -> Weight {
		weight(20 + 256, 150 + 256 * 8)
	}
	fn set_subnet_identity() -> Weight {
		weight(2, 1)
	}
	fn start_call() -> Weight {
		weight(4, 2)
	}
	fn update_symbol() -> Weight {
		weight(2 + 128, 1)
	}
	fn set_tempo() -> Weight {
		weight(6, 3)
	}
	fn set_activity_cutoff_factor() -> Weight {
		weight(6, 2)
	}
	fn trigger_epoch() -> Weight {
		weight(8, 2)
	}
	fn registration_block_step(n: u32) -> Weight {
		let n = u64::from(n);
		weight(n.saturating_mul(5).saturating_add(1), n.saturating_mul(2))
	}
	fn faucet() -> Weight {
		weight(5, 4)
	}
	fn epoch_schedule_step(n: u32) -> Weight {
		let n = u64::from(n);
		weight(n.saturating_mul(4).saturating_add(2), n.saturating_mul(3))
	}
	fn add_stake() -> Weight {
		weight(24, 14)
	}
	fn add_stake_limit() -> Weight {
		weight(26, 15)
	}
	fn remove_stake() -> Weight {
		weight(26, 14)
	}
	fn remove_stake_limit() -> Weight {
		weight(28, 15)
	}
	fn remove_stake_full_limit() -> Weight {
		weight(28, 15)
	}
	fn unstake_all(n: u32) -> Weight {
		let n = u64::from(n);
		weight(n.saturating_mul(26).saturating_add(4), n.saturating_mul(14))
	}
	fn unstake_all_alpha(n: u32) -> Weight {
		let n = u64::from(n);
		weight(n.saturating_mul(26).saturating_add(30), n.saturating_mul(14).saturating_add(14))
	}
	fn increase_take() -> Weight {
		weight(5, 2)
	}
	fn decrease_take() -> Weight {
		weight(4, 1)
	}
	fn move_stake() -> Weight {
		weight(50, 28)
	}
	fn transfer_stake() -> Weight {
		weight(50, 29)
	}
	fn swap_stake() -> Weight {
		weight(50, 28)
	}
	fn swap_stake_limit() -> Weight {
		weight(60, 28)
	}
	fn recycle_alpha() -> Weight {
		weight(12, 5)
	}
	fn burn_alpha() -> Weight {
		weight(12, 4)
	}
}

impl WeightInfo for () {
	fn serve_axon() -> Weight {
		SubstrateWeight::<()>::serve_axon()
	}
	fn serve_axon_tls() -> Weight {
		SubstrateWeight::<()>::serve_axon_tls()
	}
	fn serve_prometheus() -> Weight {
		SubstrateWeight::<()>::serve_prometheus()
	}
	fn burned_register() -> Weight {
		SubstrateWeight::<()>::burned_register()
	}
	fn register_network() -> Weight {
		SubstrateWeight::<()>::register_network()
	}
	fn dissolve_network() -> Weight {
		SubstrateWeight::<()>::dissolve_network()
	}
	fn set_subnet_identity() -> Weight {
		SubstrateWeight::<()>::set_subnet_identity()
	}
	fn start_call() -> Weight {
		SubstrateWeight::<()>::start_call()
	}
	fn update_symbol() -> Weight {
		SubstrateWeight::<()>::update_symbol()
	}
	fn set_tempo() -> Weight {
		SubstrateWeight::<()>::set_tempo()
	}
	fn set_activity_cutoff_factor() -> Weight {
		SubstrateWeight::<()>::set_activity_cutoff_factor()
	}
	fn trigger_epoch() -> Weight {
		SubstrateWeight::<()>::trigger_epoch()
	}
	fn registration_block_step(n: u32) -> Weight {
		SubstrateWeight::<()>::registration_block_step(n)
	}
	fn faucet() -> Weight {
		SubstrateWeight::<()>::faucet()
	}
	fn epoch_schedule_step(n: u32) -> Weight {
		SubstrateWeight::<()>::epoch_schedule_step(n)
	}
	fn add_stake() -> Weight {
		SubstrateWeight::<()>::add_stake()
	}
	fn add_stake_limit() -> Weight {
		SubstrateWeight::<()>::add_stake_limit()
	}
	fn remove_stake() -> Weight {
		SubstrateWeight::<()>::remove_stake()
	}
	fn remove_stake_limit() -> Weight {
		SubstrateWeight::<()>::remove_stake_limit()
	}
	fn remove_stake_full_limit() -> Weight {
		SubstrateWeight::<()>::remove_stake_full_limit()
	}
	fn unstake_all(n: u32) -> Weight {
		SubstrateWeight::<()>::unstake_all(n)
	}
	fn unstake_all_alpha(n: u32) -> Weight {
		SubstrateWeight::<()>::unstake_all_alpha(n)
	}
	fn increase_take() -> Weight {
		SubstrateWeight::<()>::increase_take()
	}
	fn decrease_take() -> Weight {
		SubstrateWeight::<()>::decrease_take()
	}
	fn move_stake() -> Weight {
		SubstrateWeight::<()>::move_stake()
	}
	fn transfer_stake() -> Weight {
		SubstrateWeight::<()>::transfer_stake()
	}
	fn swap_stake() -> Weight {
		SubstrateWeight::<()>::swap_stake()
	}
	fn swap_stake_limit() -> Weight {
		SubstrateWeight::<()>::swap_stake_limit()
	}
	fn recycle_alpha() -> Weight {
		SubstrateWeight::<()>::recycle_alpha()
	}
	fn burn_alpha() -> Weight {
		SubstrateWeight::<()>::burn_alpha()
	}
}
