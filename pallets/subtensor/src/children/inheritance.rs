//! What child keys change in an epoch and its payout.
//!
//! The stake a hotkey validates with on a subnet is its own, less the fractions it lends to its
//! children, plus the fractions its parents lend it, counted apart for alpha (its stake on the
//! subnet) and TAO (its root stake). A dividend it earns is then shared with its parents in
//! proportion to what each contributed to that stake; from a parent of another owner the child
//! keeps its take and `CKBurn` of the parent's part is recycled. The arithmetic is `U96F32`, in
//! the reference's order, so the results match it to the rao. Two places differ so that child
//! keys never create alpha: the take is capped at what the burn leaves of the parent's part,
//! and the burn is recycled out of the epoch's budget (`coinbase::distribute`), where the
//! reference recycles it on top of paying the whole budget out.

use crate::*;
use alloc::vec::Vec;
use substrate_fixed::types::U96F32;
use subtensor_common::NetUid;

/// `value ÷ max` as a fraction (zero if `max` is zero).
fn fraction(value: u64, max: u64) -> U96F32 {
	U96F32::from_num(value).checked_div(U96F32::from_num(max)).unwrap_or(U96F32::from_num(0))
}

/// A child-key proportion (of `u64::MAX`) as a fraction.
fn proportion(value: u64) -> U96F32 {
	fraction(value, u64::MAX)
}

/// The stake a hotkey validates with on a subnet, its child keys counted.
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct InheritedStake {
	/// Alpha on the subnet.
	pub alpha: u64,
	/// Root stake (TAO, not yet weighted by `TaoWeight`).
	pub root: u64,
}

impl InheritedStake {
	/// The stake weight: alpha plus `tao_weight` × root stake (the weighted root rounded down).
	pub fn weight(&self, tao_weight: U96F32) -> u64 {
		let weighted_root = U96F32::from_num(self.root).saturating_mul(tao_weight);
		self.alpha.saturating_add(weighted_root.saturating_to_num::<u64>())
	}
}

/// A child's dividend divided.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct ChildDividends<AccountId> {
	/// What each parent and the child receive (the child last).
	pub shares: Vec<(AccountId, u64)>,
	/// `CKBurn`'s part of each parent's share, by parent: recycled instead of paid.
	pub burned: Vec<(AccountId, u64)>,
}

impl<T: Config> Pallet<T> {
	/// `TaoWeight` as a fraction (what [`InheritedStake::weight`] takes).
	pub fn tao_weight_fraction() -> U96F32 {
		proportion(TaoWeight::<T>::get())
	}

	/// The stake `hotkey` validates with on `netuid` out of the stake held on `source` (the
	/// subnet for alpha, root for TAO): its own, less what it lends its `children`, plus what
	/// its `parents` lend it (rounded down).
	fn adjusted_stake(
		hotkey: &T::AccountId,
		children: &[(u64, T::AccountId)],
		parents: &[(u64, T::AccountId)],
		source: NetUid,
	) -> u64 {
		let own = U96F32::from_num(Self::total_stake_on(hotkey, source).to_u64());
		let lent = children
			.iter()
			.map(|(share, _)| own.saturating_mul(proportion(*share)))
			.fold(U96F32::from_num(0), |total, part| total.saturating_add(part));
		let borrowed = parents
			.iter()
			.map(|(share, parent)| {
				U96F32::from_num(Self::total_stake_on(parent, source).to_u64())
					.saturating_mul(proportion(*share))
			})
			.fold(U96F32::from_num(0), |total, part| total.saturating_add(part));
		own.saturating_sub(lent).saturating_add(borrowed).saturating_to_num::<u64>()
	}

	/// The alpha and the root stake `hotkey` validates with on `netuid`, its child and parent
	/// keys read once for both.
	pub fn inherited_stake(hotkey: &T::AccountId, netuid: NetUid) -> InheritedStake {
		Self::inherited_stake_from(
			hotkey,
			netuid,
			&ChildKeys::<T>::get(hotkey, netuid),
			&ParentKeys::<T>::get(hotkey, netuid),
		)
	}

	/// [`Self::inherited_stake`] with the hotkey's `children` and `parents` on `netuid` given.
	/// On root its alpha is its own root stake.
	pub fn inherited_stake_from(
		hotkey: &T::AccountId,
		netuid: NetUid,
		children: &[(u64, T::AccountId)],
		parents: &[(u64, T::AccountId)],
	) -> InheritedStake {
		let alpha = if netuid.is_root() {
			Self::total_stake_on(hotkey, netuid).to_u64()
		} else {
			Self::adjusted_stake(hotkey, children, parents, netuid)
		};
		let root = Self::adjusted_stake(hotkey, children, parents, NetUid::ROOT);
		InheritedStake { alpha, root }
	}

	/// The weighted stake `hotkey` keeps for itself on `netuid`: its own alpha and
	/// `TaoWeight` × root stake, less the fractions lent to its children (rounded down).
	fn self_contribution(hotkey: &T::AccountId, netuid: NetUid) -> u64 {
		let kept = ChildKeys::<T>::get(hotkey, netuid)
			.iter()
			.fold(U96F32::from_num(1), |left, (share, _)| left.saturating_sub(proportion(*share)));
		let alpha = U96F32::from_num(Self::total_stake_on(hotkey, netuid).to_u64());
		let root = U96F32::from_num(Self::total_stake_on(hotkey, NetUid::ROOT).to_u64());
		let alpha_part = alpha.saturating_mul(kept);
		let root_part = root.saturating_mul(kept).saturating_mul(Self::tao_weight_fraction());
		alpha_part.saturating_add(root_part).saturating_to_num::<u64>()
	}

	/// How a `dividend` earned by `hotkey` on `netuid` divides: each parent's share of it in
	/// proportion to the weighted stake it lends (less the child's take and `CKBurn` when the
	/// parent has another owner), then the rest to `hotkey` itself.
	pub fn parent_child_dividends(
		hotkey: &T::AccountId,
		netuid: NetUid,
		dividend: u64,
	) -> ChildDividends<T::AccountId> {
		let parents = ParentKeys::<T>::get(hotkey, netuid);
		if parents.is_empty() {
			return ChildDividends {
				shares: alloc::vec![(hotkey.clone(), dividend)],
				burned: Vec::new(),
			};
		}
		let tao_weight = Self::tao_weight_fraction();
		let burn = proportion(CKBurn::<T>::get());
		let take = fraction(u64::from(Self::childkey_take(hotkey, netuid)), u64::from(u16::MAX));
		let child_owner = Owner::<T>::get(hotkey);
		let contributions: Vec<(T::AccountId, U96F32)> = parents
			.into_iter()
			.map(|(share, parent)| {
				let share = proportion(share);
				let alpha = U96F32::from_num(Self::total_stake_on(&parent, netuid).to_u64());
				let root = U96F32::from_num(Self::total_stake_on(&parent, NetUid::ROOT).to_u64());
				let alpha_part = alpha.saturating_mul(share);
				let root_part = root.saturating_mul(share).saturating_mul(tao_weight);
				(parent, alpha_part.saturating_add(root_part))
			})
			.collect();
		let total = contributions
			.iter()
			.fold(U96F32::from_num(Self::self_contribution(hotkey, netuid)), |total, (_, part)| {
				total.saturating_add(*part)
			});
		let emission = U96F32::from_num(dividend);
		let mut remaining = emission;
		let mut takes = U96F32::from_num(0);
		let mut shares = Vec::with_capacity(contributions.len().saturating_add(1));
		let mut burns = Vec::new();
		for (parent, contribution) in contributions {
			let factor = contribution.checked_div(total).unwrap_or(U96F32::from_num(0));
			let mut parent_share = emission.saturating_mul(factor);
			remaining = remaining.saturating_sub(parent_share);
			if Owner::<T>::get(&parent) != child_owner {
				let burned = burn.saturating_mul(parent_share);
				// Never more than the burn leaves (the reference lets burn and take together
				// exceed the share, which would mint alpha).
				let kept =
					take.saturating_mul(parent_share).min(parent_share.saturating_sub(burned));
				parent_share = parent_share.saturating_sub(burned).saturating_sub(kept);
				takes = takes.saturating_add(kept);
				burns.push((parent.clone(), burned.saturating_to_num::<u64>()));
			}
			shares.push((parent, parent_share.saturating_to_num::<u64>()));
		}
		shares.push((hotkey.clone(), remaining.saturating_add(takes).saturating_to_num::<u64>()));
		ChildDividends { shares, burned: burns }
	}
}
