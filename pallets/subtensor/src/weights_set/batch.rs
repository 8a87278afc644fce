//! Batches of weight sets and commits across subnets. Each item runs on its own: a failing
//! item changes nothing, is reported as `BatchWeightItemFailed`, and the rest go on; the batch
//! always ends with `BatchWeightsCompleted`.

use crate::*;
use alloc::vec::Vec;
use codec::Compact;
use frame_support::{ensure, storage::with_storage_layer};
use frame_system::pallet_prelude::OriginFor;
use sp_core::H256;
use sp_runtime::DispatchResult;
use subtensor_common::NetUid;

impl<T: Config> Pallet<T> {
	/// `batch_set_weights`: `set_weights` for each subnet with its weights and version key.
	pub fn do_batch_set_weights(
		origin: OriginFor<T>,
		netuids: Vec<Compact<NetUid>>,
		weights: Vec<Vec<(Compact<u16>, Compact<u16>)>>,
		version_keys: Vec<Compact<u64>>,
	) -> DispatchResult {
		let hotkey = frame_system::ensure_signed(origin.clone())?;
		ensure!(
			netuids.len() == weights.len() && netuids.len() == version_keys.len(),
			Error::<T>::InputLengthsUnequal
		);
		let items = netuids.iter().zip(weights).zip(&version_keys);
		Self::run_batch(&hotkey, &netuids, items, |((netuid, row), version_key)| {
			let (uids, values) = row.into_iter().map(|(uid, value)| (uid.0, value.0)).unzip();
			let result =
				Self::do_set_weights(origin.clone(), netuid.0, 0, uids, values, version_key.0);
			(netuid.0, result)
		})
	}

	/// `batch_commit_weights`: `commit_weights` for each subnet with its hash.
	pub fn do_batch_commit_weights(
		origin: OriginFor<T>,
		netuids: Vec<Compact<NetUid>>,
		hashes: Vec<H256>,
	) -> DispatchResult {
		let hotkey = frame_system::ensure_signed(origin.clone())?;
		ensure!(netuids.len() == hashes.len(), Error::<T>::InputLengthsUnequal);
		let items = netuids.iter().zip(hashes);
		Self::run_batch(&hotkey, &netuids, items, |(netuid, hash)| {
			(netuid.0, Self::do_commit_weights(origin.clone(), netuid.0, 0, hash))
		})
	}

	/// Runs each item in its own storage layer (a failure rolls back only that item) and
	/// reports failures and completion as events.
	fn run_batch<I>(
		hotkey: &T::AccountId,
		netuids: &[Compact<NetUid>],
		items: impl Iterator<Item = I>,
		run: impl Fn(I) -> (NetUid, DispatchResult),
	) -> DispatchResult {
		let mut failed = false;
		for item in items {
			let mut netuid = NetUid::ROOT;
			let result = with_storage_layer(|| {
				let (item_netuid, result) = run(item);
				netuid = item_netuid;
				result
			});
			if let Err(error) = result {
				if !failed {
					failed = true;
					Self::deposit_event(Event::BatchCompletedWithErrors());
				}
				Self::deposit_event(Event::BatchWeightItemFailed(netuid, error));
			}
		}
		Self::deposit_event(Event::BatchWeightsCompleted(netuids.to_vec(), hotkey.clone()));
		Ok(())
	}
}
