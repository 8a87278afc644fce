//! UID allocation: append while the subnet has room, otherwise replace the neuron the pruning
//! rule picks. Replacing a UID wipes what belonged to it; stake stays with the hotkey.

use crate::*;
use alloc::vec::Vec;
use subtensor_common::{NetUid, NetUidStorageIndex, SubnetCommitments};

/// What the pruning rule knows about one UID.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct PruneCandidate {
	/// The UID.
	pub uid: u16,
	/// Its emission in the last epoch.
	pub emission: u64,
	/// Block at which it registered.
	pub registered_at: u64,
	/// Still inside its immunity period.
	pub immune: bool,
}

/// The UID to replace among `candidates` (owner-protected UIDs already left out): the
/// non-immune UID with the least emission (then oldest, then lowest uid) while more than
/// `min_non_immune` non-immune UIDs exist, otherwise the best immune UID.
pub fn choose_uid_to_prune(candidates: &[PruneCandidate], min_non_immune: u16) -> Option<u16> {
	let rank = |c: &&PruneCandidate| (c.emission, c.registered_at, c.uid);
	let non_immune = candidates.iter().filter(|c| !c.immune);
	let free_count = non_immune.clone().count();
	let best_free = non_immune.min_by_key(rank);
	let best_immune = candidates.iter().filter(|c| c.immune).min_by_key(rank);
	match best_free {
		Some(best) if free_count > usize::from(min_non_immune) => Some(best.uid),
		_ => best_immune.map(|c| c.uid),
	}
}

/// Where a new neuron goes.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum UidSlot {
	/// A new UID at the end.
	Append,
	/// The UID of a pruned neuron.
	Replace(u16),
}

impl<T: Config> Pallet<T> {
	/// Where a registration on `netuid` would put its neuron: a new UID while there is room,
	/// else the UID the pruning rule picks; `NoNeuronIdAvailable` if every UID is protected or
	/// the subnet allows none.
	pub fn find_uid_slot(netuid: NetUid) -> Result<UidSlot, Error<T>> {
		let max = MaxAllowedUids::<T>::get(netuid);
		if max == 0 {
			return Err(Error::<T>::NoNeuronIdAvailable);
		}
		if SubnetworkN::<T>::get(netuid) < max {
			return Ok(UidSlot::Append);
		}
		Self::get_neuron_to_prune(netuid)
			.map(UidSlot::Replace)
			.ok_or(Error::<T>::NoNeuronIdAvailable)
	}

	/// Puts `hotkey` into `slot` (found by [`Pallet::find_uid_slot`]); returns its UID.
	pub fn place_neuron(netuid: NetUid, slot: UidSlot, hotkey: &T::AccountId) -> u16 {
		let now = Self::current_block();
		match slot {
			UidSlot::Append => Self::append_neuron(netuid, hotkey, now),
			UidSlot::Replace(uid) => {
				Self::replace_neuron(netuid, uid, hotkey, now);
				uid
			},
		}
	}

	/// Mechanism storage indices of the subnet.
	pub(crate) fn mechanism_indices(netuid: NetUid) -> impl Iterator<Item = NetUidStorageIndex> {
		(0..MechanismCountCurrent::<T>::get(netuid))
			.map(move |m| NetUidStorageIndex::new(netuid, m))
	}

	/// Appends a new UID for `hotkey`; returns it.
	pub fn append_neuron(netuid: NetUid, hotkey: &T::AccountId, now: u64) -> u16 {
		let uid = SubnetworkN::<T>::get(netuid);
		SubnetworkN::<T>::insert(netuid, uid.saturating_add(1));
		Self::push_neuron_columns(netuid, now);
		Self::assign_uid(netuid, uid, hotkey, now);
		uid
	}

	/// Points `uid` at `hotkey`.
	fn assign_uid(netuid: NetUid, uid: u16, hotkey: &T::AccountId, now: u64) {
		Keys::<T>::insert(netuid, uid, hotkey);
		Uids::<T>::insert(netuid, hotkey, uid);
		BlockAtRegistration::<T>::insert(netuid, uid, now);
		IsNetworkMember::<T>::insert(hotkey, netuid, true);
	}

	/// Gives `uid` to `hotkey`, wiping everything that belonged to the previous holder.
	pub fn replace_neuron(netuid: NetUid, uid: u16, hotkey: &T::AccountId, now: u64) {
		let old = Keys::<T>::get(netuid, uid);
		if old == SubnetOwnerHotkey::<T>::get(netuid) {
			return;
		}
		Self::forget_hotkey(netuid, &old);
		Self::assign_uid(netuid, uid, hotkey, now);
		Self::reset_neuron_columns(netuid, uid, now);
	}

	/// Removes what belonged to `hotkey` as a neuron of the subnet (not its UID's values).
	pub(crate) fn forget_hotkey(netuid: NetUid, hotkey: &T::AccountId) {
		Uids::<T>::remove(netuid, hotkey);
		IsNetworkMember::<T>::remove(hotkey, netuid);
		Axons::<T>::remove(netuid, hotkey);
		NeuronCertificates::<T>::remove(netuid, hotkey);
		Prometheus::<T>::remove(netuid, hotkey);
		T::Commitments::forget_hotkey(netuid, hotkey);
	}

	/// Sets to 0 every weight that points at `uid` (the entries stay).
	pub(crate) fn zero_weights_towards(index: NetUidStorageIndex, uid: u16) {
		let rows: Vec<(u16, Vec<(u16, u16)>)> = Weights::<T>::iter_prefix(index)
			.filter(|(_, row)| row.iter().any(|(dest, weight)| *dest == uid && *weight != 0))
			.collect();
		for (source, mut row) in rows {
			for (dest, weight) in row.iter_mut() {
				if *dest == uid {
					*weight = 0;
				}
			}
			Weights::<T>::insert(index, source, row);
		}
	}

	/// UIDs that are never pruned: the owner's hotkeys on the subnet (oldest first, at most
	/// `ImmuneOwnerUidsLimit`), with the owner hotkey first.
	pub fn owner_protected_uids(netuid: NetUid) -> Vec<u16> {
		let limit = usize::from(ImmuneOwnerUidsLimit::<T>::get(netuid));
		let mut owned: Vec<(u64, u16)> = OwnedHotkeys::<T>::get(SubnetOwner::<T>::get(netuid))
			.iter()
			.filter_map(|hotkey| Uids::<T>::get(netuid, hotkey))
			.map(|uid| (BlockAtRegistration::<T>::get(netuid, uid), uid))
			.collect();
		owned.sort();
		let mut protected: Vec<u16> = owned.into_iter().map(|(_, uid)| uid).take(limit).collect();
		if let Some(uid) = Uids::<T>::get(netuid, SubnetOwnerHotkey::<T>::get(netuid)) {
			if !protected.contains(&uid) {
				protected.insert(0, uid);
				protected.truncate(limit);
			}
		}
		protected
	}

	/// The UID a registration on the full subnet replaces, or `None` if every UID is
	/// protected.
	pub fn get_neuron_to_prune(netuid: NetUid) -> Option<u16> {
		let now = Self::current_block();
		let protected = Self::owner_protected_uids(netuid);
		let immunity = u64::from(ImmunityPeriod::<T>::get(netuid));
		let emission = Emission::<T>::get(netuid);
		let candidates: Vec<PruneCandidate> = (0..SubnetworkN::<T>::get(netuid))
			.filter(|uid| !protected.contains(uid))
			.map(|uid| {
				let registered_at = BlockAtRegistration::<T>::get(netuid, uid);
				PruneCandidate {
					uid,
					emission: emission.get(usize::from(uid)).map_or(0, |e| e.to_u64()),
					registered_at,
					immune: now.saturating_sub(registered_at) < immunity,
				}
			})
			.collect();
		choose_uid_to_prune(&candidates, MinNonImmuneUids::<T>::get(netuid))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn candidate(uid: u16, emission: u64, registered_at: u64, immune: bool) -> PruneCandidate {
		PruneCandidate { uid, emission, registered_at, immune }
	}

	#[test]
	fn prunes_least_emission_then_oldest_then_lowest_uid() {
		let c = [
			candidate(0, 5, 1, false),
			candidate(1, 3, 9, false),
			candidate(2, 3, 4, false),
			candidate(3, 3, 4, false),
		];
		assert_eq!(choose_uid_to_prune(&c, 0), Some(2));
	}

	#[test]
	fn immune_uids_are_a_last_resort() {
		let c = [candidate(0, 0, 1, true), candidate(1, 9, 1, false), candidate(2, 9, 2, false)];
		assert_eq!(choose_uid_to_prune(&c, 1), Some(1));
		// Too few non-immune UIDs left: the best immune one goes.
		assert_eq!(choose_uid_to_prune(&c, 2), Some(0));
		assert_eq!(choose_uid_to_prune(&[], 0), None);
	}
}
