//! When each subnet's epoch runs: every `Tempo` blocks, earlier when the owner triggered one,
//! at most `MaxEpochsPerBlock` per block (the rest move to the next block). A subnet whose
//! epoch is due runs it (`epoch.rs`).

use crate::{
	weights::WeightInfo, BlocksSinceLastStep, ChildKeyLinkCount, Config, Event, LastEpochBlock,
	MaxEpochsPerBlock, Pallet, PendingEpochAt, SubnetEpochIndex, SubnetworkN, Tempo,
};
use alloc::vec::Vec;
use frame_support::weights::Weight;
use subtensor_common::NetUid;

/// A subnet runs an epoch at the latest this many blocks after its last one.
pub const MAX_BLOCKS_BETWEEN_EPOCHS: u64 = 50_400;

/// Whether an epoch is due: a triggered epoch has come, the tempo has passed since the last
/// one, or the last one is more than [`MAX_BLOCKS_BETWEEN_EPOCHS`] blocks old. Never with
/// tempo 0.
pub fn epoch_is_due(tempo: u16, last_epoch: u64, pending_at: u64, now: u64) -> bool {
	if tempo == 0 {
		return false;
	}
	let since_last = now.saturating_sub(last_epoch);
	(pending_at > 0 && now >= pending_at)
		|| since_last > MAX_BLOCKS_BETWEEN_EPOCHS
		|| since_last >= u64::from(tempo)
}

impl<T: Config> Pallet<T> {
	/// Whether the subnet's epoch is due at `now`.
	pub fn should_run_epoch(netuid: NetUid, now: u64) -> bool {
		epoch_is_due(
			Tempo::<T>::get(netuid),
			LastEpochBlock::<T>::get(netuid),
			PendingEpochAt::<T>::get(netuid),
			now,
		)
	}

	/// The non-root subnets of `subnets` whose epoch is due at `now`, split into those that run
	/// (the first `MaxEpochsPerBlock`) and those deferred to the next block.
	pub fn due_epochs(subnets: &[NetUid], now: u64) -> (Vec<NetUid>, Vec<NetUid>) {
		let mut due: Vec<NetUid> = subnets
			.iter()
			.copied()
			.filter(|netuid| !netuid.is_root() && Self::should_run_epoch(*netuid, now))
			.collect();
		let cap = usize::from(MaxEpochsPerBlock::<T>::get()).min(due.len());
		let deferred = due.split_off(cap);
		(due, deferred)
	}

	/// Advances the schedule of every non-root subnet of `subnets` whose epoch is due, at most
	/// `MaxEpochsPerBlock` of them; the others are deferred to the next block. Returns the
	/// subnets whose epoch ran.
	pub fn epoch_schedule_step(subnets: &[NetUid]) -> (Vec<NetUid>, Weight) {
		let now = Self::current_block();
		let (ran, deferred) = Self::due_epochs(subnets, now);
		for netuid in subnets.iter().copied().filter(|netuid| !netuid.is_root()) {
			BlocksSinceLastStep::<T>::mutate(netuid, |blocks| *blocks = blocks.saturating_add(1));
		}
		let next = now.saturating_add(1);
		for netuid in deferred {
			PendingEpochAt::<T>::insert(netuid, next);
			Self::deposit_event(Event::EpochDeferred { netuid, from_block: now, to_block: next });
		}
		for netuid in ran.iter().copied() {
			LastEpochBlock::<T>::insert(netuid, now);
			BlocksSinceLastStep::<T>::insert(netuid, 0);
			PendingEpochAt::<T>::remove(netuid);
			SubnetEpochIndex::<T>::mutate(netuid, |index| *index = index.saturating_add(1));
		}
		let mut weight = <T as Config>::WeightInfo::epoch_schedule_step(subnets.len() as u32);
		for netuid in &ran {
			let uids = u32::from(SubnetworkN::<T>::get(*netuid));
			let links = ChildKeyLinkCount::<T>::get(*netuid);
			let collateral = Self::settle_collateral_weight(*netuid, uids);
			Self::drain_and_distribute(*netuid);
			// What the subnet's parent links add to its epoch.
			let parents = <T as Config>::WeightInfo::epoch_parent_links(links)
				.saturating_sub(<T as Config>::WeightInfo::epoch_parent_links(0));
			weight = weight
				.saturating_add(<T as Config>::WeightInfo::drain_and_distribute(uids))
				.saturating_add(parents)
				.saturating_add(collateral);
		}
		(ran, weight)
	}
}

#[cfg(test)]
mod tests {
	use super::epoch_is_due;

	#[test]
	fn epochs_follow_the_tempo_and_triggers() {
		assert!(!epoch_is_due(0, 0, 5, 100));
		assert!(!epoch_is_due(10, 100, 0, 109));
		assert!(epoch_is_due(10, 100, 0, 110));
		assert!(epoch_is_due(360, 100, 105, 105));
		assert!(!epoch_is_due(360, 100, 105, 104));
		assert!(epoch_is_due(u16::MAX, 0, 0, 50_401));
	}
}
