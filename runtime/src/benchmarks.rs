//! Runtime benchmarks (feature `runtime-benchmarks`): the pallets whose weights
//! `node-subtensor benchmark pallet` measures.

use crate::Runtime;
use alloc::{string::String, vec::Vec};
use frame_benchmarking::{BenchmarkBatch, BenchmarkConfig, BenchmarkList};
use frame_support::traits::{StorageInfo, StorageInfoTrait, WhitelistedStorageKeys};

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_sudo, Sudo]
	[pallet_utility, Utility]
	[pallet_multisig, Multisig]
	[pallet_proxy, Proxy]
	[pallet_preimage, Preimage]
	[pallet_scheduler, Scheduler]
	[pallet_subtensor, SubtensorModule]
	[pallet_admin_utils, AdminUtils]
	[pallet_subtensor_swap, Swap]
	[pallet_subtensor_commitments, Commitments]
	[pallet_subtensor_shield, MevShield]
	[pallet_drand, Drand]
);

impl frame_system_benchmarking::Config for Runtime {}
impl frame_benchmarking::baseline::Config for Runtime {}

/// The benchmarks this runtime offers and the storage they touch.
pub fn metadata(extra: bool) -> (Vec<BenchmarkList>, Vec<StorageInfo>) {
	use crate::*;
	use frame_benchmarking::baseline::Pallet as BaselineBench;
	use frame_system_benchmarking::Pallet as SystemBench;

	let mut list = Vec::<BenchmarkList>::new();
	list_benchmarks!(list, extra);
	(list, AllPalletsWithSystem::storage_info())
}

/// Runs the benchmarks `config` selects.
pub fn dispatch(config: BenchmarkConfig) -> Result<Vec<BenchmarkBatch>, String> {
	use crate::*;
	use frame_benchmarking::baseline::Pallet as BaselineBench;
	use frame_system_benchmarking::Pallet as SystemBench;

	let whitelist = AllPalletsWithSystem::whitelisted_storage_keys();
	let mut batches = Vec::<BenchmarkBatch>::new();
	let params = (&config, &whitelist);
	add_benchmarks!(params, batches);
	Ok(batches)
}
