//! Child keys: a parent hotkey lends fractions of its stake weight on one subnet to up to five
//! child hotkeys, which validate with it; the dividends the lent stake earns flow back to the
//! parent, less the child's take (`inheritance.rs`, `take.rs`).
//!
//! `set_children` replaces a parent's whole set. On a subnet whose token is not enabled yet the
//! set applies at once; otherwise it waits `PendingChildKeyCooldown` blocks in
//! `PendingChildKeys` and applies at the subnet's first epoch after that. The relations stay
//! two-sided (`ChildKeys` and its mirror `ParentKeys`) and bipartite around each hotkey: no
//! hotkey is both a child and a parent of another on the same subnet.

pub mod inheritance;
pub mod take;

use crate::{rate_limits::passes_rate_limit, *};
use alloc::vec::Vec;
use frame_support::ensure;
use frame_system::{ensure_signed, pallet_prelude::OriginFor};
use sp_runtime::{DispatchError, DispatchResult};
use substrate_fixed::types::U64F64;
use subtensor_common::{NetUid, SwapHandler};

/// Most children a parent may have on one subnet.
pub const MAX_CHILDREN: usize = 5;
/// Blocks between two `set_children` of a hotkey on one subnet.
pub const SET_CHILDREN_RATE_LIMIT: u64 = 150;
/// Transaction-type tag of `set_children` in `TransactionKeyLastBlock`.
pub const SET_CHILDREN_TX_TYPE: u16 = 0;
/// Most pending child-key entries one epoch of a subnet looks at (the next epochs go on where
/// it stopped), so that scheduled sets cannot make an epoch block arbitrarily heavy.
pub const PENDING_CHILD_KEYS_PER_EPOCH: u32 = 64;

/// Most parent–child links one subnet holds: an epoch reads the stake of every parent of
/// every UID, so this bounds its work (a link spammer must also hold `StakeThreshold` per
/// parent and pay a fee per set).
pub const MAX_CHILD_KEY_LINKS_PER_SUBNET: u32 = 1_024;

/// A list of (proportion of `u64::MAX`, hotkey), as `ChildKeys` and `ParentKeys` hold them.
pub type KeyLinks<AccountId> = Vec<(u64, AccountId)>;

impl<T: Config> Pallet<T> {
	/// `set_children`: makes `children` the children of the signer's `hotkey` on `netuid` (an
	/// empty list removes them all), at once or after the cooldown (see the module docs).
	pub fn do_set_children(
		origin: OriginFor<T>,
		hotkey: T::AccountId,
		netuid: NetUid,
		children: KeyLinks<T::AccountId>,
	) -> DispatchResult {
		let coldkey = ensure_signed(origin)?;
		let now = Self::current_block();
		let last = TransactionKeyLastBlock::<T>::get((&hotkey, netuid, SET_CHILDREN_TX_TYPE));
		ensure!(
			passes_rate_limit(last, SET_CHILDREN_RATE_LIMIT, now),
			Error::<T>::TxRateLimitExceeded
		);
		ensure!(!netuid.is_root(), Error::<T>::RegistrationNotPermittedOnRootSubnet);
		Self::ensure_subnet_exists(netuid)?;
		ensure!(Self::owns_hotkey(&coldkey, &hotkey), Error::<T>::NonAssociatedColdKey);
		for (index, (_, child)) in children.iter().enumerate() {
			let mut earlier = children.iter().take(index);
			ensure!(earlier.all(|(_, other)| other != child), Error::<T>::DuplicateChild);
		}
		Self::ensure_children_fit(&hotkey, netuid, &children)?;
		ensure!(
			children.is_empty()
				|| SubnetOwnerHotkey::<T>::try_get(netuid).is_ok_and(|owner| owner == hotkey)
				|| Self::holds_stake_in_tao(&hotkey, StakeThreshold::<T>::get()),
			Error::<T>::NotEnoughStakeToSetChildkeys
		);
		TransactionKeyLastBlock::<T>::insert((&hotkey, netuid, SET_CHILDREN_TX_TYPE), now);
		if SubtokenEnabled::<T>::get(netuid) {
			let cooldown_block = now.saturating_add(PendingChildKeyCooldown::<T>::get());
			PendingChildKeys::<T>::insert(netuid, &hotkey, (children.clone(), cooldown_block));
			Self::deposit_event(Event::SetChildrenScheduled(
				hotkey,
				netuid,
				cooldown_block,
				children,
			));
		} else {
			Self::link_children(&hotkey, netuid, &children);
			Self::deposit_event(Event::SetChildren(hotkey, netuid, children));
		}
		Ok(())
	}

	/// Whether `coldkey` owns `hotkey`.
	pub fn owns_hotkey(coldkey: &T::AccountId, hotkey: &T::AccountId) -> bool {
		Owner::<T>::try_get(hotkey).is_ok_and(|owner| owner == *coldkey)
	}

	/// Refuses children that `parent` cannot have on `netuid` now: itself (`InvalidChild`),
	/// more than five (`TooManyChildren`), proportions above the whole (`ProportionOverflow`),
	/// one of its own parents (`ChildParentInconsistency`), or more links than the subnet
	/// holds (`TooManyChildKeyLinks`).
	fn ensure_children_fit(
		parent: &T::AccountId,
		netuid: NetUid,
		children: &[(u64, T::AccountId)],
	) -> DispatchResult {
		ensure!(children.iter().all(|(_, child)| child != parent), Error::<T>::InvalidChild);
		ensure!(children.len() <= MAX_CHILDREN, Error::<T>::TooManyChildren);
		let total = children.iter().map(|(proportion, _)| u128::from(*proportion)).sum::<u128>();
		ensure!(total <= u128::from(u64::MAX), Error::<T>::ProportionOverflow);
		let parents = ParentKeys::<T>::get(parent, netuid);
		ensure!(
			children.iter().all(|(_, child)| parents.iter().all(|(_, p)| p != child)),
			Error::<T>::ChildParentInconsistency
		);
		let current = ChildKeys::<T>::decode_len(parent, netuid).unwrap_or(0);
		let links = u32::try_from(children.len().saturating_sub(current)).unwrap_or(u32::MAX);
		ensure!(
			ChildKeyLinkCount::<T>::get(netuid).saturating_add(links)
				<= MAX_CHILD_KEY_LINKS_PER_SUBNET,
			Error::<T>::TooManyChildKeyLinks
		);
		Ok(())
	}

	/// Whether `hotkey`'s stake on all subnets together is worth at least `threshold` TAO at
	/// the current prices (root first, stopping as soon as it is).
	pub fn holds_stake_in_tao(hotkey: &T::AccountId, threshold: u64) -> bool {
		let value_on = |netuid: NetUid| {
			let alpha = U64F64::from_num(Self::total_stake_on(hotkey, netuid).to_u64());
			alpha.saturating_mul(T::SwapInterface::current_alpha_price(netuid))
		};
		let threshold = U64F64::from_num(threshold);
		let mut total = value_on(NetUid::ROOT);
		for netuid in Self::subnets().into_iter().filter(|netuid| !netuid.is_root()) {
			if total >= threshold {
				return true;
			}
			total = total.saturating_add(value_on(netuid));
		}
		total >= threshold
	}

	/// Makes `children` (checked) the children of `parent` on `netuid`, stored in the order of
	/// their keys, and keeps every child's `ParentKeys` in step.
	pub(crate) fn link_children(
		parent: &T::AccountId,
		netuid: NetUid,
		children: &[(u64, T::AccountId)],
	) {
		for (_, former) in ChildKeys::<T>::get(parent, netuid) {
			if children.iter().all(|(_, child)| *child != former) {
				Self::set_parent_link(&former, netuid, parent, None);
			}
		}
		for (proportion, child) in children {
			Self::set_parent_link(child, netuid, parent, Some(*proportion));
		}
		let mut sorted = children.to_vec();
		sorted.sort_by(|(_, a), (_, b)| a.cmp(b));
		if sorted.is_empty() {
			ChildKeys::<T>::remove(parent, netuid);
		} else {
			ChildKeys::<T>::insert(parent, netuid, sorted);
		}
	}

	/// Sets (`Some`) or removes (`None`) `parent`'s proportion in `child`'s `ParentKeys`.
	fn set_parent_link(
		child: &T::AccountId,
		netuid: NetUid,
		parent: &T::AccountId,
		proportion: Option<u64>,
	) {
		let before = ParentKeys::<T>::decode_len(child, netuid).unwrap_or(0);
		ParentKeys::<T>::mutate_exists(child, netuid, |links| {
			let mut parents = links.take().unwrap_or_default();
			match (parents.iter_mut().find(|(_, p)| p == parent), proportion) {
				(Some(link), Some(proportion)) => link.0 = proportion,
				(None, Some(proportion)) => parents.push((proportion, parent.clone())),
				(_, None) => parents.retain(|(_, p)| p != parent),
			}
			*links = (!parents.is_empty()).then_some(parents);
		});
		let after = ParentKeys::<T>::decode_len(child, netuid).unwrap_or(0);
		ChildKeyLinkCount::<T>::mutate(netuid, |count| {
			let added = u32::try_from(after).unwrap_or(u32::MAX);
			let removed = u32::try_from(before).unwrap_or(u32::MAX);
			*count = count.saturating_add(added).saturating_sub(removed);
		});
	}

	/// At an epoch of `netuid`: applies the pending child-key sets whose cooldown has passed,
	/// looking at up to [`PENDING_CHILD_KEYS_PER_EPOCH`] entries from where the last epoch
	/// stopped. A set that no longer fits (a child became a parent meanwhile) is dropped.
	/// Returns how many entries it looked at.
	pub fn apply_pending_children(netuid: NetUid) -> u32 {
		let now = Self::current_block();
		let cursor = PendingChildKeysCursor::<T>::take(netuid);
		let mut entries = if cursor.is_empty() {
			PendingChildKeys::<T>::iter_prefix(netuid)
		} else {
			PendingChildKeys::<T>::iter_prefix_from(netuid, cursor)
		};
		let mut due = Vec::new();
		let mut looked = 0u32;
		while looked < PENDING_CHILD_KEYS_PER_EPOCH {
			let Some((parent, (children, cooldown_block))) = entries.next() else {
				break;
			};
			looked = looked.saturating_add(1);
			if cooldown_block < now {
				due.push((parent, children));
			}
		}
		if looked == PENDING_CHILD_KEYS_PER_EPOCH {
			PendingChildKeysCursor::<T>::insert(netuid, entries.last_raw_key().to_vec());
		}
		for (parent, children) in due {
			PendingChildKeys::<T>::remove(netuid, &parent);
			match Self::ensure_children_fit(&parent, netuid, &children) {
				Ok(()) => {
					Self::link_children(&parent, netuid, &children);
					Self::deposit_event(Event::SetChildren(parent, netuid, children));
				},
				Err(error) => Self::log_dropped_children(&parent, netuid, error),
			}
		}
		looked
	}

	/// Refuses to let `new` take `old`'s place in the child keys of `netuid` (hotkey swap)
	/// when `new` has links or a pending set of its own there (`ChildParentInconsistency`):
	/// merging two sets of relations could make a key both a parent and a child.
	pub(crate) fn ensure_key_links_movable(
		old: &T::AccountId,
		new: &T::AccountId,
		netuid: NetUid,
	) -> DispatchResult {
		let has_links = |hotkey: &T::AccountId| {
			ChildKeys::<T>::contains_key(hotkey, netuid)
				|| ParentKeys::<T>::contains_key(hotkey, netuid)
				|| PendingChildKeys::<T>::contains_key(netuid, hotkey)
		};
		ensure!(!has_links(old) || !has_links(new), Error::<T>::ChildParentInconsistency);
		Ok(())
	}

	/// Hotkey swap: `new` takes `old`'s place in every link of `netuid` with the same
	/// proportions, and inherits its pending set, childkey take and child-key rate limits.
	/// Other parents' pending sets naming `old` apply to `old` (they are not looked through).
	pub(crate) fn move_key_links(old: &T::AccountId, new: &T::AccountId, netuid: NetUid) {
		let children = ChildKeys::<T>::take(old, netuid);
		for (_, child) in &children {
			ParentKeys::<T>::mutate(child, netuid, |parents| rename_link(parents, old, new));
		}
		if !children.is_empty() {
			ChildKeys::<T>::insert(new, netuid, children);
		}
		let parents = ParentKeys::<T>::take(old, netuid);
		for (_, parent) in &parents {
			ChildKeys::<T>::mutate(parent, netuid, |children| {
				rename_link(children, old, new);
				children.sort_by(|(_, a), (_, b)| a.cmp(b));
			});
		}
		if !parents.is_empty() {
			ParentKeys::<T>::insert(new, netuid, parents);
		}
		if PendingChildKeys::<T>::contains_key(netuid, old) {
			PendingChildKeys::<T>::insert(netuid, new, PendingChildKeys::<T>::take(netuid, old));
		}
		if ChildkeyTake::<T>::contains_key(old, netuid) {
			ChildkeyTake::<T>::insert(new, netuid, ChildkeyTake::<T>::take(old, netuid));
		}
		for tx_type in [SET_CHILDREN_TX_TYPE, take::SET_CHILDKEY_TAKE_TX_TYPE] {
			let block = TransactionKeyLastBlock::<T>::take((old, netuid, tx_type));
			if block != 0 {
				TransactionKeyLastBlock::<T>::insert((new, netuid, tx_type), block);
			}
		}
	}

	/// Notes a pending set dropped because it no longer fits.
	fn log_dropped_children(parent: &T::AccountId, netuid: NetUid, error: DispatchError) {
		log::debug!(
			target: "subtensor",
			"pending children of {parent:?} on {netuid:?} dropped: {error:?}"
		);
	}

	/// When `netuid` is registered: every root validator that allows it adopts the subnet
	/// owner's hotkey as its only child there (a set that cannot be made is skipped).
	pub fn adopt_owner_hotkey_as_child(netuid: NetUid) {
		let Ok(owner_hotkey) = SubnetOwnerHotkey::<T>::try_get(netuid) else {
			return;
		};
		for (_, validator) in Keys::<T>::iter_prefix(NetUid::ROOT) {
			// Only validators whose root stake alone meets the threshold adopt, so that the
			// registration's work stays bounded (one stake read per validator).
			let root_stake = Self::total_stake_on(&validator, NetUid::ROOT).to_u64();
			if validator == owner_hotkey
				|| !AutoParentDelegationEnabled::<T>::get(&validator)
				|| root_stake < StakeThreshold::<T>::get()
			{
				continue;
			}
			let origin = frame_system::RawOrigin::Signed(Owner::<T>::get(&validator)).into();
			let children = alloc::vec![(u64::MAX, owner_hotkey.clone())];
			if let Err(error) = Self::do_set_children(origin, validator.clone(), netuid, children) {
				Self::log_dropped_children(&validator, netuid, error);
			}
		}
	}
}

/// Renames `old` to `new` in a list of links, keeping its proportion.
fn rename_link<AccountId: PartialEq + Clone>(
	links: &mut KeyLinks<AccountId>,
	old: &AccountId,
	new: &AccountId,
) {
	for (_, key) in links.iter_mut().filter(|(_, key)| key == old) {
		*key = new.clone();
	}
}
