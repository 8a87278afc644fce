//! The maps most UIDs have no entry in (child keys, parent keys, identities), read for a view
//! of many subnets at once: each map is read whole when it holds few entries next to the UIDs
//! the answer covers, which replaces a lookup per UID (each a host call into the state) by one
//! pass over a short map; a map too large for that is looked up per key, as for one subnet.

use crate::{children::inheritance::InheritedStake, *};
use alloc::{collections::BTreeMap, vec::Vec};
use subtensor_common::NetUid;

/// Child or parent keys: (proportion of `u64::MAX`, hotkey).
type KeyShares<AccountId> = Vec<(u64, AccountId)>;

/// Child or parent keys by (hotkey, subnet).
type KeySharesByHotkey<AccountId> = BTreeMap<(AccountId, NetUid), KeyShares<AccountId>>;

/// Where an answer reads child keys, parent keys and identities from: a map read whole
/// (`Some`) or a storage lookup per key (`None`).
pub struct SparseMaps<T: Config> {
	children: Option<KeySharesByHotkey<T::AccountId>>,
	parents: Option<KeySharesByHotkey<T::AccountId>>,
	identities: Option<BTreeMap<T::AccountId, ChainIdentityV2>>,
}

/// The entries of a map if there are at most `limit` of them (`None` after reading
/// `limit + 1`, so a large map costs no more than `limit` entries to find out).
fn read_whole<K: Ord, V>(
	entries: impl Iterator<Item = (K, V)>,
	limit: usize,
) -> Option<BTreeMap<K, V>> {
	let mut read = BTreeMap::new();
	for (key, value) in entries {
		if read.len() >= limit {
			return None;
		}
		read.insert(key, value);
	}
	Some(read)
}

impl<T: Config> SparseMaps<T> {
	/// A lookup per key (for an answer about one subnet).
	pub fn lookups() -> Self {
		Self { children: None, parents: None, identities: None }
	}

	/// For an answer about `uids` UIDs: each map read whole if it has at most a quarter as many
	/// entries (iterating costs about two host calls an entry, a lookup two: the quarter keeps
	/// a map just over the limit from costing more than half again its lookups).
	pub fn for_uids(uids: usize) -> Self {
		let limit = uids / 4;
		Self {
			children: read_whole(
				ChildKeys::<T>::iter().map(|(hotkey, netuid, keys)| ((hotkey, netuid), keys)),
				limit,
			),
			parents: read_whole(
				ParentKeys::<T>::iter().map(|(hotkey, netuid, keys)| ((hotkey, netuid), keys)),
				limit,
			),
			identities: read_whole(IdentitiesV2::<T>::iter(), limit),
		}
	}

	/// The child keys of `hotkey` on `netuid`.
	pub fn children(&self, hotkey: &T::AccountId, netuid: NetUid) -> KeyShares<T::AccountId> {
		Self::key_shares(self.children.as_ref(), hotkey, netuid, |hotkey, netuid| {
			ChildKeys::<T>::get(hotkey, netuid)
		})
	}

	/// The parent keys of `hotkey` on `netuid`.
	pub fn parents(&self, hotkey: &T::AccountId, netuid: NetUid) -> KeyShares<T::AccountId> {
		Self::key_shares(self.parents.as_ref(), hotkey, netuid, |hotkey, netuid| {
			ParentKeys::<T>::get(hotkey, netuid)
		})
	}

	/// The identity `coldkey` published, if any.
	pub fn identity(&self, coldkey: &T::AccountId) -> Option<ChainIdentityV2> {
		match &self.identities {
			Some(identities) => identities.get(coldkey).cloned(),
			None => IdentitiesV2::<T>::get(coldkey),
		}
	}

	/// The stake `hotkey` validates with on `netuid` (see [`Pallet::inherited_stake`]).
	pub fn inherited_stake(&self, hotkey: &T::AccountId, netuid: NetUid) -> InheritedStake {
		Pallet::<T>::inherited_stake_from(
			hotkey,
			netuid,
			&self.children(hotkey, netuid),
			&self.parents(hotkey, netuid),
		)
	}

	fn key_shares(
		read: Option<&KeySharesByHotkey<T::AccountId>>,
		hotkey: &T::AccountId,
		netuid: NetUid,
		lookup: impl Fn(&T::AccountId, NetUid) -> KeyShares<T::AccountId>,
	) -> KeyShares<T::AccountId> {
		match read {
			Some(read) => read.get(&(hotkey.clone(), netuid)).cloned().unwrap_or_default(),
			None => lookup(hotkey, netuid),
		}
	}
}
