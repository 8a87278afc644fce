//! Shrinking a subnet: lowering its UID capacity below the neurons it holds removes the
//! weakest unprotected neurons and renumbers the rest to `0..max_n`, keeping their order.

use crate::{
	registration::{neuron_columns::new_uid, uids::PruneCandidate},
	*,
};
use alloc::vec::Vec;
use frame_support::ensure;
use sp_runtime::DispatchResult;
use subtensor_common::{NetUid, NetUidStorageIndex};

/// Protected UIDs may fill at most this share of the new capacity (percent, exclusive).
pub const MAX_IMMUNE_PERCENT_AFTER_TRIM: u32 = 80;

/// Which UIDs stay when `candidates` (every UID of the subnet, protected ones marked immune)
/// must shrink to `max_n`: the non-immune UIDs with the least emission (then oldest, then
/// lowest uid) go first. Returns the UIDs that stay, ascending; `None` if the immune ones alone
/// exceed `max_n`.
pub fn uids_kept_after_trim(candidates: &[PruneCandidate], max_n: u16) -> Option<Vec<u16>> {
	let excess = candidates.len().saturating_sub(usize::from(max_n));
	let mut removable: Vec<&PruneCandidate> = candidates.iter().filter(|c| !c.immune).collect();
	if removable.len() < excess {
		return None;
	}
	removable.sort_by_key(|c| (c.emission, c.registered_at, c.uid));
	let removed: Vec<u16> = removable.iter().take(excess).map(|c| c.uid).collect();
	let mut kept: Vec<u16> =
		candidates.iter().map(|c| c.uid).filter(|uid| !removed.contains(uid)).collect();
	kept.sort_unstable();
	Some(kept)
}

impl<T: Config> Pallet<T> {
	/// Lowers the UID capacity of `netuid` to `max_n`, removing and renumbering neurons as
	/// needed (`sudo_trim_to_max_allowed_uids`). Refused, with nothing changed, if `max_n` is
	/// outside `MinAllowedUids..=MaxAllowedUids` or the protected UIDs (owner's and immune)
	/// would fill 80 % or more of it.
	pub fn do_trim_to_max_allowed_uids(netuid: NetUid, max_n: u16) -> DispatchResult {
		Self::ensure_subnet_exists(netuid)?;
		ensure!(
			(MinAllowedUids::<T>::get(netuid)..=MaxAllowedUids::<T>::get(netuid)).contains(&max_n),
			Error::<T>::InvalidValue
		);
		let candidates = Self::trim_candidates(netuid);
		let immune = candidates.iter().filter(|c| c.immune).count();
		let immune_percent = u32::try_from(immune).unwrap_or(u32::MAX).saturating_mul(100);
		ensure!(
			immune_percent < MAX_IMMUNE_PERCENT_AFTER_TRIM.saturating_mul(u32::from(max_n)),
			Error::<T>::TrimmingWouldExceedMaxImmunePercentage
		);
		let kept = uids_kept_after_trim(&candidates, max_n)
			.ok_or(Error::<T>::TrimmingWouldExceedMaxImmunePercentage)?;
		MaxAllowedUids::<T>::insert(netuid, max_n);
		if kept.len() < candidates.len() {
			Self::renumber_neurons(netuid, &kept);
		}
		Self::deposit_event(Event::MaxAllowedUidsSet(netuid, max_n));
		Ok(())
	}

	/// Every UID of the subnet; the owner's protected UIDs and those still in their immunity
	/// period are marked immune.
	fn trim_candidates(netuid: NetUid) -> Vec<PruneCandidate> {
		let now = Self::current_block();
		let protected = Self::owner_protected_uids(netuid);
		let immunity = u64::from(ImmunityPeriod::<T>::get(netuid));
		let emission = Emission::<T>::get(netuid);
		(0..SubnetworkN::<T>::get(netuid))
			.map(|uid| {
				let registered_at = BlockAtRegistration::<T>::get(netuid, uid);
				PruneCandidate {
					uid,
					emission: emission.get(usize::from(uid)).map_or(0, |e| e.to_u64()),
					registered_at,
					immune: protected.contains(&uid)
						|| now.saturating_sub(registered_at) < immunity,
				}
			})
			.collect()
	}

	/// Keeps only the UIDs in `kept` (ascending) and renumbers them `0..kept.len()`: the
	/// removed neurons lose everything a replaced neuron loses, and every per-UID value, weight
	/// and bond moves with its neuron.
	fn renumber_neurons(netuid: NetUid, kept: &[u16]) {
		let old_count = SubnetworkN::<T>::get(netuid);
		let mut hotkeys = Vec::with_capacity(kept.len());
		for old in 0..old_count {
			let hotkey = Keys::<T>::take(netuid, old);
			let registered_at = BlockAtRegistration::<T>::take(netuid, old);
			if kept.binary_search(&old).is_ok() {
				hotkeys.push((hotkey, registered_at));
			} else {
				Self::forget_hotkey(netuid, &hotkey);
			}
		}
		for (uid, (hotkey, registered_at)) in (0u16..).zip(hotkeys) {
			Keys::<T>::insert(netuid, uid, &hotkey);
			Uids::<T>::insert(netuid, &hotkey, uid);
			BlockAtRegistration::<T>::insert(netuid, uid, registered_at);
		}
		Self::compact_neuron_columns(netuid, kept);
		SubnetworkN::<T>::insert(netuid, u16::try_from(kept.len()).unwrap_or(u16::MAX));
	}

	/// Moves the rows of a sparse UID × UID matrix (weights or bonds) to the new UIDs and drops
	/// rows and entries of removed UIDs.
	pub(crate) fn renumber_matrix<M>(index: NetUidStorageIndex, kept: &[u16])
	where
		M: frame_support::storage::IterableStorageDoubleMap<
			NetUidStorageIndex,
			u16,
			Vec<(u16, u16)>,
		>,
	{
		let rows: Vec<(u16, Vec<(u16, u16)>)> = M::drain_prefix(index).collect();
		for (old, row) in rows {
			let Some(uid) = new_uid(kept, old) else { continue };
			let row: Vec<(u16, u16)> = row
				.into_iter()
				.filter_map(|(dest, value)| new_uid(kept, dest).map(|dest| (dest, value)))
				.collect();
			M::insert(index, uid, row);
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn candidate(uid: u16, emission: u64, immune: bool) -> PruneCandidate {
		PruneCandidate { uid, emission, registered_at: u64::from(uid), immune }
	}

	#[test]
	fn the_weakest_unprotected_uids_go_and_the_rest_keep_their_order() {
		let c = [
			candidate(0, 0, true),
			candidate(1, 7, false),
			candidate(2, 1, false),
			candidate(3, 5, false),
			candidate(4, 1, false),
		];
		// Two must go: the two with emission 1, the older (uid 2) first.
		assert_eq!(uids_kept_after_trim(&c, 3), Some(vec![0, 1, 3]));
		assert_eq!(uids_kept_after_trim(&c, 5), Some(vec![0, 1, 2, 3, 4]));
		assert_eq!(uids_kept_after_trim(&c, 0), None);
	}
}
