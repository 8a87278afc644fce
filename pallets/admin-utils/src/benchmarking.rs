//! Benchmarks of the `AdminUtils` setters, one per kind, each on its heaviest path.
//!
//! Benchmarks run only in benchmark builds, never in the production runtime, so setup
//! arithmetic need not be checked.
#![allow(clippy::arithmetic_side_effects)]

use crate::*;
use alloc::vec::Vec;
use codec::{Decode, Encode};
use frame_benchmarking::v2::*;
use frame_support::BoundedVec;
use frame_system::RawOrigin;
use pallet_subtensor::{
	benchmarking::{add_subnet, fill_subnet_to},
	AdminFreezeWindow, Bonds, EpochConsensus, MaxAllowedUids, MaxAllowedValidators,
	MaxMechanismCount, MechanismCountCurrent, MechanismEmissionSplit, MinAllowedUids,
	NetworkRateLimit, SavedYumaMaxAllowedValidators, SubnetEpochConsensus, SubnetOwnerHotkey,
	SubnetworkN, Weights,
};
use sp_runtime::traits::TrailingZeroInput;
use subtensor_common::NetUidStorageIndex;

/// `count` distinct keys of any 32-byte public key type.
fn keys<K: Decode>(count: u32) -> Result<Vec<K>, BenchmarkError> {
	(0..count)
		.map(|i| {
			let seed = (i + 1).encode();
			K::decode(&mut TrailingZeroInput::new(&seed))
				.map_err(|_| BenchmarkError::Stop("key type does not decode from 32 bytes"))
		})
		.collect()
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_global_value() {
		#[extrinsic_call]
		sudo_set_network_rate_limit(RawOrigin::Root, 5);
		assert_eq!(NetworkRateLimit::<T>::get(), 5);
	}

	/// The owner's path of the setter with the most checks.
	#[benchmark]
	fn set_subnet_value() {
		let (netuid, owner, _) = add_subnet::<T>(0);
		AdminFreezeWindow::<T>::put(1);
		#[extrinsic_call]
		sudo_set_max_allowed_uids(RawOrigin::Signed(owner), netuid, 128);
		assert_eq!(MaxAllowedUids::<T>::get(netuid), 128);
	}

	/// The owner's switch to Null, which also keeps the Yuma permit count (the way back
	/// restores it: the same reads and writes).
	#[benchmark]
	fn set_epoch_consensus() {
		let (netuid, owner, _) = add_subnet::<T>(0);
		AdminFreezeWindow::<T>::put(1);
		MaxAllowedValidators::<T>::insert(netuid, 64);
		#[extrinsic_call]
		sudo_set_epoch_consensus(RawOrigin::Signed(owner), netuid, EpochConsensus::Null);
		assert_eq!(SubnetEpochConsensus::<T>::get(netuid), EpochConsensus::Null);
		assert_eq!(SavedYumaMaxAllowedValidators::<T>::get(netuid), Some(64));
	}

	/// Dropping a mechanism whose every UID holds a full row of weights and bonds.
	#[benchmark]
	fn set_mechanism_count() {
		let (netuid, owner, _) = add_subnet::<T>(0);
		let uids: u16 = 128;
		MaxAllowedUids::<T>::insert(netuid, uids);
		MaxMechanismCount::<T>::put(2);
		MechanismCountCurrent::<T>::insert(netuid, 2);
		let index = NetUidStorageIndex::new(netuid, 1);
		let row: Vec<(u16, u16)> = (0..uids).map(|uid| (uid, 1)).collect();
		for uid in 0..uids {
			Weights::<T>::insert(index, uid, row.clone());
			Bonds::<T>::insert(index, uid, row.clone());
		}
		#[extrinsic_call]
		sudo_set_mechanism_count(RawOrigin::Signed(owner), netuid, 1);
		assert_eq!(MechanismCountCurrent::<T>::get(netuid), 1);
	}

	/// A split across the most mechanisms.
	#[benchmark]
	fn set_mechanism_emission_split() {
		let (netuid, owner, _) = add_subnet::<T>(0);
		MaxAllowedUids::<T>::insert(netuid, 16);
		MaxMechanismCount::<T>::put(16);
		MechanismCountCurrent::<T>::insert(netuid, 16);
		// 4095 + 15 × 4096 = 65535.
		let split: Vec<u16> = (0..16).map(|m| if m == 0 { 4_095 } else { 4_096 }).collect();
		#[extrinsic_call]
		sudo_set_mechanism_emission_split(RawOrigin::Signed(owner), netuid, Some(split.clone()));
		assert_eq!(MechanismEmissionSplit::<T>::get(netuid), Some(split));
	}

	#[benchmark]
	fn set_subnet_owner_hotkey() {
		let (netuid, owner, _) = add_subnet::<T>(0);
		let hotkey: T::AccountId = account("new_owner_hotkey", 0, 0);
		#[extrinsic_call]
		sudo_set_subnet_owner_hotkey(RawOrigin::Signed(owner), netuid, hotkey.clone());
		assert_eq!(SubnetOwnerHotkey::<T>::get(netuid), hotkey);
	}

	/// Aura authors replaced by `a` new ones.
	#[benchmark]
	fn swap_authorities(a: Linear<1, 32>) -> Result<(), BenchmarkError> {
		let authorities: BoundedVec<_, T::MaxAuthorities> =
			keys::<T::AuthorityId>(a)?
				.try_into()
				.map_err(|_| BenchmarkError::Stop("more authorities than MaxAuthorities"))?;
		#[extrinsic_call]
		swap_authorities(RawOrigin::Root, authorities);
		Ok(())
	}

	/// A GRANDPA change to `a` new voters.
	#[benchmark]
	fn schedule_grandpa_change(a: Linear<1, 32>) -> Result<(), BenchmarkError> {
		let voters = keys::<sp_consensus_grandpa::AuthorityId>(a)?
			.into_iter()
			.map(|id| (id, 1))
			.collect::<Vec<_>>();
		#[extrinsic_call]
		schedule_grandpa_change(RawOrigin::Root, voters, 10u32.into(), None);
		Ok(())
	}

	/// The owner trims `n` neurons, each with full weight and bond rows, to a quarter.
	#[benchmark]
	fn trim_to_max_allowed_uids(n: Linear<8, 256>) {
		let (netuid, owner, _) = add_subnet::<T>(0);
		fill_subnet_to::<T>(netuid, n as u16);
		let max_n = (n / 4) as u16;
		MinAllowedUids::<T>::insert(netuid, max_n);
		#[extrinsic_call]
		sudo_trim_to_max_allowed_uids(RawOrigin::Signed(owner), netuid, max_n);
		assert_eq!(SubnetworkN::<T>::get(netuid), max_n);
		assert_eq!(MaxAllowedUids::<T>::get(netuid), max_n);
	}
}
