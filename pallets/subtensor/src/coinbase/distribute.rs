//! Paying out an epoch: the subnet's pending buckets are drained, the epoch decides who earned
//! what, and the alpha is staked: miners' incentive to the miner (or the hotkey its coldkey
//! chose), validators' dividends to the validator's pool (its take to the validator's owner,
//! the rest to all its stakers pro rata), the owner's cut to the owner's hotkey, and the root
//! stakers' part made claimable.

use super::epoch::HotkeyEmission;
use crate::*;
use alloc::{
	collections::{BTreeMap, BTreeSet},
	vec::Vec,
};
use substrate_fixed::types::{I96F32, U96F32};
use subtensor_common::{AlphaBalance, NetUid};

/// Alpha-rao to pay each hotkey.
pub type Payouts<AccountId> = Vec<(AccountId, u64)>;

/// The validators' and root stakers' budgets of an epoch, divided.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct DividendPayouts<AccountId> {
	/// Alpha dividends by hotkey.
	pub alpha: Payouts<AccountId>,
	/// Root dividends by hotkey.
	pub root: Payouts<AccountId>,
	/// The burned parts of parents' dividends (`CKBurn`), recycled.
	pub recycled: u64,
}

/// What the buckets of one epoch hold, in alpha-rao.
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct PendingEmission {
	/// Miners' half.
	pub server: u64,
	/// Validators' part.
	pub validator: u64,
	/// Root stakers' part.
	pub root: u64,
	/// The subnet owner's cut.
	pub owner_cut: u64,
}

impl PendingEmission {
	/// What the epoch distributes over the UIDs: miners', validators' and root stakers' parts
	/// (the owner's cut is paid apart).
	pub fn epoch_total(&self) -> u64 {
		self.server.saturating_add(self.validator).saturating_add(self.root)
	}
}

impl<T: Config> Pallet<T> {
	/// What the subnet's pending buckets hold now.
	pub fn pending_emission(netuid: NetUid) -> PendingEmission {
		PendingEmission {
			server: PendingServerEmission::<T>::get(netuid).to_u64(),
			validator: PendingValidatorEmission::<T>::get(netuid).to_u64(),
			root: PendingRootAlphaDivs::<T>::get(netuid).to_u64(),
			owner_cut: PendingOwnerCut::<T>::get(netuid).to_u64(),
		}
	}

	/// Takes (and empties) the subnet's pending buckets.
	pub fn take_pending_emission(netuid: NetUid) -> PendingEmission {
		let pending = Self::pending_emission(netuid);
		PendingServerEmission::<T>::remove(netuid);
		PendingValidatorEmission::<T>::remove(netuid);
		PendingRootAlphaDivs::<T>::remove(netuid);
		PendingOwnerCut::<T>::remove(netuid);
		pending
	}

	/// Runs the subnet's epoch over its pending emission, pays it out and settles the miners'
	/// collateral with what each hotkey earned.
	pub fn drain_and_distribute(netuid: NetUid) {
		let pending = Self::take_pending_emission(netuid);
		let earned = Self::run_subnet_epoch(netuid, pending.epoch_total());
		let incentive: u64 = earned.iter().map(|e| e.incentive).fold(0, u64::saturating_add);
		// Without miner incentive, the miners' half goes to the validators too.
		let validator_budget = if incentive == 0 {
			pending.validator.saturating_add(pending.server)
		} else {
			pending.validator
		};
		Self::pay_owner_cut(netuid, pending.owner_cut);
		Self::pay_incentives(netuid, &earned, incentive);
		let (dividends, burned) = Self::dividends_with_parents(netuid, &earned);
		let split =
			Self::split_dividends(netuid, &dividends, &burned, validator_budget, pending.root);
		Self::pay_alpha_dividends(netuid, &split.alpha);
		Self::pay_root_dividends(netuid, &split.root);
		Self::recycle_subnet_alpha(netuid, split.recycled);
		Self::settle_collateral(netuid, &earned);
	}

	/// Stakes the owner's cut to the owner's hotkey (recycled if the subnet has no owner).
	fn pay_owner_cut(netuid: NetUid, amount: u64) {
		if amount == 0 {
			return;
		}
		let owner = SubnetOwner::<T>::try_get(netuid).ok();
		let hotkey = SubnetOwnerHotkey::<T>::try_get(netuid).ok();
		let staked = match (owner, hotkey) {
			(Some(owner), Some(hotkey)) => {
				Self::credit_stake(&hotkey, &owner, netuid, AlphaBalance::new(amount)).is_ok()
			},
			_ => false,
		};
		if !staked {
			Self::recycle_subnet_alpha(netuid, amount);
		}
	}

	/// Stakes each miner's incentive to it (or to its coldkey's chosen hotkey), for its
	/// coldkey; incentive of the owner's own hotkeys is withheld.
	fn pay_incentives(netuid: NetUid, earned: &[HotkeyEmission<T::AccountId>], total: u64) {
		let owner_hotkeys = Self::owner_hotkeys_on(netuid);
		let recycle = RecycleOrBurn::<T>::get(netuid) == RecycleOrBurnEnum::Recycle;
		let mut withheld = 0u64;
		for e in earned.iter().filter(|e| e.incentive > 0) {
			if owner_hotkeys.contains(&e.hotkey) {
				withheld = withheld.saturating_add(e.incentive);
				if recycle {
					Self::recycle_subnet_alpha(netuid, e.incentive);
				}
				continue;
			}
			let coldkey = Owner::<T>::get(&e.hotkey);
			let chosen = AutoStakeDestination::<T>::get(&coldkey, netuid);
			let destination = chosen.clone().unwrap_or_else(|| e.hotkey.clone());
			let amount = AlphaBalance::new(e.incentive);
			if Self::credit_stake(&destination, &coldkey, netuid, amount).is_err() {
				Self::recycle_subnet_alpha(netuid, e.incentive);
				continue;
			}
			if let Some(destination) = chosen {
				Self::deposit_event(Event::AutoStakeAdded {
					netuid,
					destination,
					hotkey: e.hotkey.clone(),
					owner: coldkey,
					incentive: amount,
				});
			}
		}
		let burned = U96F32::from_num(withheld)
			.checked_div(U96F32::from_num(total))
			.unwrap_or_else(|| U96F32::from_num(0));
		MinerBurned::<T>::insert(netuid, burned);
	}

	/// The owner's hotkeys that hold a UID on the subnet.
	fn owner_hotkeys_on(netuid: NetUid) -> BTreeSet<T::AccountId> {
		let mut hotkeys: BTreeSet<T::AccountId> = SubnetOwner::<T>::try_get(netuid)
			.map(OwnedHotkeys::<T>::get)
			.unwrap_or_default()
			.into_iter()
			.filter(|hotkey| Uids::<T>::contains_key(netuid, hotkey))
			.collect();
		if let Ok(hotkey) = SubnetOwnerHotkey::<T>::try_get(netuid) {
			if Uids::<T>::contains_key(netuid, &hotkey) {
				hotkeys.insert(hotkey);
			}
		}
		hotkeys
	}

	/// The epoch's dividends by the hotkey they are paid to, each validator's shared with its
	/// parents (`children::inheritance`); and the parts burned, by the parent they were cut
	/// from.
	fn dividends_with_parents(
		netuid: NetUid,
		earned: &[HotkeyEmission<T::AccountId>],
	) -> (Payouts<T::AccountId>, Payouts<T::AccountId>) {
		let mut paid: BTreeMap<T::AccountId, u64> = BTreeMap::new();
		let mut burned: BTreeMap<T::AccountId, u64> = BTreeMap::new();
		let add = |totals: &mut BTreeMap<T::AccountId, u64>, hotkey, amount: u64| {
			let total = totals.entry(hotkey).or_default();
			*total = total.saturating_add(amount);
		};
		for e in earned.iter().filter(|e| e.dividend > 0) {
			let split = Self::parent_child_dividends(&e.hotkey, netuid, e.dividend);
			for (hotkey, amount) in split.shares {
				add(&mut paid, hotkey, amount);
			}
			for (parent, amount) in split.burned {
				add(&mut burned, parent, amount);
			}
		}
		(paid.into_iter().collect(), burned.into_iter().collect())
	}

	/// Splits the validators' budget and the root budget over the hotkeys by their dividends
	/// (and the burned parts, whose payouts are recycled), each dividend divided between alpha
	/// and root stake by the hotkey's own stake mix.
	fn split_dividends(
		netuid: NetUid,
		dividends: &[(T::AccountId, u64)],
		burned: &[(T::AccountId, u64)],
		validator_budget: u64,
		root_budget: u64,
	) -> DividendPayouts<T::AccountId> {
		let zero = U96F32::from_num(0);
		let tao_weight =
			U96F32::from_num(TaoWeight::<T>::get()).saturating_div(U96F32::from_num(u64::MAX));
		// (hotkey, alpha part, root part, recycled instead of paid)
		let parts: Vec<(&T::AccountId, U96F32, U96F32, bool)> = dividends
			.iter()
			.map(|(hotkey, amount)| (hotkey, *amount, false))
			.chain(burned.iter().map(|(hotkey, amount)| (hotkey, *amount, true)))
			.filter(|(_, amount, _)| *amount > 0)
			.map(|(hotkey, amount, recycled)| {
				let alpha = U96F32::from_num(Self::total_stake_on(hotkey, netuid).to_u64());
				let root = U96F32::from_num(Self::total_stake_on(hotkey, NetUid::ROOT).to_u64())
					.saturating_mul(tao_weight);
				let root_fraction = root.checked_div(alpha.saturating_add(root)).unwrap_or(zero);
				let amount = U96F32::from_num(amount);
				let root_part = amount.saturating_mul(root_fraction);
				(hotkey, amount.saturating_sub(root_part), root_part, recycled)
			})
			.collect();
		let alpha_total = parts.iter().fold(zero, |t, (_, a, _, _)| t.saturating_add(*a));
		let root_total = parts.iter().fold(zero, |t, (_, _, r, _)| t.saturating_add(*r));
		let share_of = |budget: u64, part: U96F32, total: U96F32| {
			U96F32::from_num(budget)
				.saturating_mul(part.checked_div(total).unwrap_or(zero))
				.saturating_to_num::<u64>()
		};
		let mut payouts = DividendPayouts { alpha: Vec::new(), root: Vec::new(), recycled: 0 };
		for (hotkey, alpha_part, root_part, recycled) in parts {
			let alpha = share_of(validator_budget, alpha_part, alpha_total);
			let root = share_of(root_budget, root_part, root_total);
			if recycled {
				payouts.recycled = payouts.recycled.saturating_add(alpha).saturating_add(root);
			} else {
				payouts.alpha.push((hotkey.clone(), alpha));
				payouts.root.push((hotkey.clone(), root));
			}
		}
		payouts
	}

	/// The validator's take of `amount`, staked for its owner; returns the rest.
	fn stake_take(netuid: NetUid, hotkey: &T::AccountId, amount: u64) -> u64 {
		let take = U96F32::from_num(Delegates::<T>::get(hotkey))
			.saturating_div(U96F32::from_num(u16::MAX))
			.saturating_mul(U96F32::from_num(amount))
			.saturating_to_num::<u64>();
		let owner = Owner::<T>::get(hotkey);
		if take > 0 && Self::credit_stake(hotkey, &owner, netuid, AlphaBalance::new(take)).is_ok() {
			amount.saturating_sub(take)
		} else {
			amount
		}
	}

	/// Pays each validator's alpha dividend: its take staked for its owner, the rest added to
	/// its pool so all its stakers gain pro rata.
	fn pay_alpha_dividends(netuid: NetUid, payouts: &Payouts<T::AccountId>) {
		let _ = AlphaDividendsPerSubnet::<T>::clear_prefix(netuid, u32::MAX, None);
		for (hotkey, amount) in payouts.iter().filter(|(_, a)| *a > 0) {
			let rest = Self::stake_take(netuid, hotkey, *amount);
			let paid = Self::pay_into_pool(hotkey, netuid, AlphaBalance::new(rest)) || {
				// A pool without stakers: the hotkey's owner becomes its first staker.
				let owner = Owner::<T>::get(hotkey);
				Self::credit_stake(hotkey, &owner, netuid, AlphaBalance::new(rest)).is_ok()
			};
			if !paid {
				Self::recycle_subnet_alpha(netuid, rest);
				continue;
			}
			AlphaDividendsPerSubnet::<T>::mutate(netuid, hotkey, |total| {
				*total = total.saturating_add(AlphaBalance::new(rest))
			});
		}
	}

	/// Pays each hotkey's root dividend: its take staked for its owner on this subnet, the rest
	/// claimable by its root stakers in proportion to their root stake.
	fn pay_root_dividends(netuid: NetUid, payouts: &Payouts<T::AccountId>) {
		let _ = RootAlphaDividendsPerSubnet::<T>::clear_prefix(netuid, u32::MAX, None);
		for (hotkey, amount) in payouts.iter().filter(|(_, a)| *a > 0) {
			let rest = Self::stake_take(netuid, hotkey, *amount);
			let root_stake = Self::total_stake_on(hotkey, NetUid::ROOT).to_u64();
			if rest > root_stake || root_stake == 0 {
				// Degenerate: more than one alpha per unit of root stake; staked directly.
				let owner = Owner::<T>::get(hotkey);
				if Self::credit_stake(hotkey, &owner, netuid, AlphaBalance::new(rest)).is_err() {
					Self::recycle_subnet_alpha(netuid, rest);
				}
			} else {
				let rate = I96F32::from_num(rest).saturating_div(I96F32::from_num(root_stake));
				RootClaimable::<T>::mutate(hotkey, |claimable| {
					let entry = claimable.entry(netuid).or_insert_with(|| I96F32::from_num(0));
					*entry = entry.saturating_add(rate);
				});
			}
			RootAlphaDividendsPerSubnet::<T>::mutate(netuid, hotkey, |total| {
				*total = total.saturating_add(AlphaBalance::new(rest))
			});
		}
	}

	/// Alpha leaves circulation (it can be emitted again).
	pub(crate) fn recycle_subnet_alpha(netuid: NetUid, amount: u64) {
		SubnetAlphaOut::<T>::mutate(netuid, |out| {
			*out = out.saturating_sub(AlphaBalance::new(amount))
		});
	}
}
