//! Benchmarks of the `Commitments` calls.

// Benchmark setup may use unchecked arithmetic: it never runs in a production block.
#![allow(clippy::arithmetic_side_effects)]

use crate::commit::largest_info;
use crate::types::{CommitmentInfo, Data, Registration, MAX_TIMELOCK_COMMITMENT_BYTES};
use crate::*;
use alloc::{boxed::Box, vec::Vec};
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use subtensor_common::{CommitmentSubnets, NetUid, TimelockOpener};

/// Fills [`TimelockedIndex`] to [`MAX_INDEXED_COMMITMENTS`] entries: the first `first` hotkeys
/// of `netuid` (named as the benchmarks name them), then entries on later subnets.
fn fill_index<T: Config>(netuid: NetUid, first: u32) {
	TimelockedIndex::<T>::mutate(|index| {
		for i in 0..first {
			index.insert((netuid, account("hotkey", i, 0)));
		}
		let mut i = 0u32;
		while (index.len() as u32) < MAX_INDEXED_COMMITMENTS {
			let later = NetUid::from(u16::from(netuid) + 1 + (i / 256) as u16);
			index.insert((later, account("filler", i, 0)));
			i += 1;
		}
	});
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The costliest commitment: the largest fields on a full subnet, asking for a bonds reset
	/// that clears a bond in every validator's row, replacing an earlier timelocked commitment
	/// in a full index.
	#[benchmark]
	fn set_commitment() -> Result<(), BenchmarkError> {
		let (netuid, hotkey): (NetUid, T::AccountId) = T::Subnets::full_subnet_for_benchmark();
		let mut info = largest_info::<T>();
		if let Some(last) = info.fields.last_mut() {
			*last = Data::ResetBondsFlag;
		}
		Pallet::<T>::do_set_commitment(&hotkey, netuid, largest_info::<T>())
			.map_err(|_| BenchmarkError::Stop("the first commitment was refused"))?;
		// The commitment was timelocked before: it leaves a full index.
		fill_index::<T>(netuid, 0);
		TimelockedIndex::<T>::mutate(|index| index.insert((netuid, hotkey.clone())));
		LastBondsReset::<T>::remove(netuid, &hotkey);
		#[extrinsic_call]
		set_commitment(RawOrigin::Signed(hotkey.clone()), netuid, Box::new(info.clone()));
		assert_eq!(CommitmentOf::<T>::get(netuid, &hotkey).map(|record| record.info), Some(info));
		assert!(LastBondsReset::<T>::contains_key(netuid, &hotkey));
		Ok(())
	}

	/// One block's walk over a full index: `MAX_ENTRIES_PER_BLOCK` commitments examined, each
	/// with one largest timelocked field, the last `n` of them opening (their pulse is stored)
	/// into payloads of 700 bytes (the largest that fit), the others waiting for a later round.
	#[benchmark]
	fn reveal_timelocked_commitments(n: Linear<0, MAX_OPENS_PER_BLOCK>) {
		let examined = MAX_ENTRIES_PER_BLOCK;
		// The largest plaintext whose ciphertext fits a field.
		let (sealed, round) = T::Timelock::seal_for_benchmark(&alloc::vec![7u8; 700]);
		assert!(sealed.len() <= MAX_TIMELOCK_COMMITMENT_BYTES as usize, "{}", sealed.len());
		let netuid = NetUid::from(1);
		let block = frame_system::Pallet::<T>::block_number();
		// In the index's order, so the `n` that open come last and the walk sees every one.
		let mut hotkeys: Vec<T::AccountId> =
			(0..examined).map(|i| account("hotkey", i, 0)).collect();
		hotkeys.sort();
		for (i, who) in hotkeys.iter().enumerate() {
			let (encrypted, reveal_round) = if i as u32 >= examined - n {
				(sealed.clone(), round)
			} else {
				(alloc::vec![7u8; MAX_TIMELOCK_COMMITMENT_BYTES as usize], round.saturating_add(1))
			};
			let field = Data::TimelockEncrypted {
				encrypted: encrypted.try_into().unwrap_or_default(),
				reveal_round,
			};
			let info = CommitmentInfo { fields: alloc::vec![field].try_into().unwrap_or_default() };
			let record = Registration { deposit: Default::default(), block, info };
			CommitmentOf::<T>::insert(netuid, who, record);
			LastCommitment::<T>::insert(netuid, who, block);
		}
		fill_index::<T>(netuid, examined);
		#[block]
		{
			Pallet::<T>::reveal_timelocked_commitments();
		}
		assert_eq!(RevealedCommitments::<T>::iter().count(), n as usize);
		assert_eq!(
			TimelockRevealCursor::<T>::get(),
			hotkeys.last().map(|who| (netuid, who.clone()))
		);
	}

	#[benchmark]
	fn set_max_space() {
		#[extrinsic_call]
		set_max_space(RawOrigin::Root, 10_000);
		assert_eq!(MaxSpace::<T>::get(), 10_000);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
