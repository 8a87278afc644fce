//! The Yuma simulator's snapshot (`node-subtensor yuma snapshot`): a mechanism's next epoch as
//! the chain will run it.
//!
//! The epoch reads its input at the block it is due, after that block's coinbase has filled the
//! pending buckets. So the snapshot runs the coinbase once more on the current state (it does
//! not depend on the block number) inside a storage transaction that is always rolled back,
//! reads the pending emission, and assembles the input as of the epoch's block and number.
//! When the epoch is due next block the input is exactly the one the chain will use; when it
//! is further away, the emission is projected by adding that block's emission once per block
//! still to come, and stakes and weights are as they are now.

use crate::*;
use frame_support::storage::{with_transaction, TransactionOutcome};
use sp_runtime::DispatchError;
use subtensor_common::{MechId, NetUid, NetUidStorageIndex};
use subtensor_yuma::{split_emission, EpochSnapshot};

impl<T: Config> Pallet<T> {
	/// The input of the next epoch of mechanism `mecid` of `netuid` and the hotkey of each UID;
	/// `None` for root, a subnet that does not exist or never runs epochs (tempo 0), or a
	/// mechanism the subnet does not have. Changes nothing.
	pub fn next_epoch_snapshot(
		netuid: NetUid,
		mecid: MechId,
	) -> Option<EpochSnapshot<T::AccountId>> {
		if netuid.is_root() || mecid >= MechanismCountCurrent::<T>::get(netuid) {
			return None;
		}
		let epoch_block = Self::get_next_epoch_start_block(netuid)?;
		with_transaction(|| {
			let snapshot = Self::snapshot_after_next_coinbase(netuid, mecid, epoch_block);
			TransactionOutcome::Rollback(Ok::<_, DispatchError>(snapshot))
		})
		.ok()
	}

	/// Runs the next block's coinbase and assembles the epoch's input; must run inside a
	/// transaction that is rolled back.
	fn snapshot_after_next_coinbase(
		netuid: NetUid,
		mecid: MechId,
		epoch_block: u64,
	) -> EpochSnapshot<T::AccountId> {
		let next = Self::current_block().saturating_add(1);
		let epoch_block = epoch_block.max(next);
		let before = Self::pending_emission(netuid).epoch_total();
		Self::run_coinbase(&Self::subnets());
		let pending = Self::pending_emission(netuid).epoch_total();
		let per_block = pending.saturating_sub(before);
		let blocks_to_come = epoch_block.saturating_sub(next);
		let emission = pending.saturating_add(per_block.saturating_mul(blocks_to_come));
		let count = MechanismCountCurrent::<T>::get(netuid);
		let split = MechanismEmissionSplit::<T>::get(netuid);
		let parts = split_emission(emission, count, split.as_deref());
		let part = parts.get(usize::from(mecid)).copied().unwrap_or(0);
		let index = NetUidStorageIndex::new(netuid, mecid);
		let epoch = SubnetEpochIndex::<T>::get(netuid).saturating_add(1);
		let input = Self::epoch_input_at(netuid, index, part, epoch_block, epoch);
		let hotkeys = (0..input.n).map(|uid| Keys::<T>::try_get(netuid, uid).ok()).collect();
		EpochSnapshot { input, hotkeys }
	}
}
