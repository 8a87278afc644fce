//! The part of a subnet's dissolution that grows with the whole chain, spread over blocks.
//!
//! `dissolve_network` (and pruning at the subnet limit) removes a subnet at once: no call
//! reaches it any more, its neurons, hyperparameters and registry entries go, and its pool's
//! TAO leaves `TotalStake`. Paying its stakers is left: that work is proportional to the
//! chain's stake positions and root stakers (the maps are keyed by hotkey, so finding a
//! subnet's entries means reading them all), more than one block holds on a large chain. A
//! [`Dissolution`] records where it stands, and every block `on_initialize` advances it within
//! [`Pallet::dissolution_budget`] (a tenth of the block's weight), one pass over one storage
//! map at a time, resuming after the raw key it stopped at:
//!
//! 1. `SettleRootDividends` (`AlphaV2`): root stakers' unclaimed dividends on the subnet are
//!    staged first (spec: dissolution step 1), as if claimed and kept there, so they are paid
//!    with the rest. A root stake that changes before the pass reaches it has its dividends
//!    staged at that moment (`stage_root_dividends`), so stake moved in or out meanwhile can
//!    neither take nor lose any; `claim_root` skips a subnet being dissolved.
//! 2. `StageStakes` (`AlphaV2`): every position on the subnet is valued in alpha, staged in
//!    iteration order (`DissolutionStakes`) and removed; the values plus the protocol's alpha
//!    (`SubnetAlphaIn` and `SubnetProtocolAlpha` at dissolution) are what the pot is split by.
//! 3. `ClearPools` (with their position counts), `ClearRootClaimable`, `ClearAutoStake` (the subnet's entries in chain-wide
//!    maps), `ClearRootClaimed`, `ClearDividends`, `ClearRootDividends` (its own prefixes),
//!    then its child keys: `ClearChildKeys`, `ClearParentKeys`, `ClearChildkeyTakes`
//!    (chain-wide maps) and `ClearPendingChildKeys` (its own prefix), then its miner
//!    collateral: `ClearCollateral` (its own prefix, with each coldkey's total and index; the
//!    locked stake was staged and is paid with the rest).
//! 4. `PayShares`: each staged staker is paid ⌊pot × value ÷ total⌋ rao, and its remainder
//!    indexed (`DissolutionRemainders` sorts largest first, then in staging order).
//! 5. `PayRemainders`: the rao left over go one each to the largest remainders (the
//!    protocol's stays in the subnet account), which is exactly the largest-remainder split
//!    of the pot that one block would have made.
//! 6. `Finish`: what the subnet account still holds is recycled; `SubnetPayoutFinished`.
//!
//! The netuid is not given to a new subnet until then.

use crate::*;
use alloc::vec::Vec;
use codec::{Decode, Encode};
use frame_support::{storage::PrefixIterator, traits::Get, weights::Weight};
use scale_info::TypeInfo;
use sp_runtime::Perbill;
use subtensor_common::{NetUid, TaoBalance};

/// Share of a block's weight the dissolutions in progress may use.
const DISSOLUTION_SHARE: Perbill = Perbill::from_percent(10);

/// Where a subnet's payout stands.
#[derive(Clone, Copy, Debug, Decode, Default, Encode, Eq, PartialEq, TypeInfo)]
pub enum DissolutionPhase {
	/// Staking root stakers' unclaimed dividends on the subnet.
	#[default]
	SettleRootDividends,
	/// Valuing, staging and removing the subnet's stake positions.
	StageStakes,
	/// Removing the hotkeys' share pools on the subnet.
	ClearPools,
	/// Removing the subnet from the root dividend rates.
	ClearRootClaimable,
	/// Removing auto-stake destinations on the subnet.
	ClearAutoStake,
	/// Removing the root stakers' claims on the subnet.
	ClearRootClaimed,
	/// Removing the hotkeys' dividend records on the subnet.
	ClearDividends,
	/// Removing the hotkeys' root dividend records on the subnet.
	ClearRootDividends,
	/// Paying each staged staker its whole share.
	PayShares,
	/// Handing out the leftover rao by largest remainder.
	PayRemainders,
	/// Recycling what is left.
	Finish,
	/// Removing the parents' child keys on the subnet.
	ClearChildKeys,
	/// Removing the children's parent keys on the subnet.
	ClearParentKeys,
	/// Removing the childkey takes on the subnet.
	ClearChildkeyTakes,
	/// Removing the child-key sets waiting for their cooldown on the subnet.
	ClearPendingChildKeys,
	/// Removing the miner collateral on the subnet.
	ClearCollateral,
}

/// A dissolved subnet whose stakers are being paid.
#[derive(Clone, Debug, Decode, Default, Encode, Eq, PartialEq, TypeInfo)]
pub struct Dissolution {
	/// The step in progress.
	pub phase: DissolutionPhase,
	/// Raw storage key the phase resumes after (empty: from its start).
	pub cursor: Vec<u8>,
	/// TAO (rao) of the pool, split among the stakers and the protocol.
	pub pot: u64,
	/// The protocol's alpha: its weight in the split.
	pub protocol: u64,
	/// Sum of all weights (protocol and staged positions).
	pub total: u128,
	/// Positions staged.
	pub staged: u32,
	/// Staged positions paid their whole share.
	pub paid: u32,
	/// Rao handed out as whole shares (the protocol's included).
	pub distributed: u64,
	/// Root stakers whose dividends were settled.
	pub settled: u32,
}

/// Weight left for the dissolutions in this block.
struct Budget {
	left: Weight,
	used: Weight,
	/// Whether a piece of work was done this block: the first one is done even if it alone
	/// costs more than the budget, so no entry can hold a payout up for good.
	worked: bool,
}

impl Budget {
	/// Spends `weight` on a piece of work if it is left (or if no piece was completed yet).
	fn take(&mut self, weight: Weight) -> bool {
		if self.worked && !self.left.all_gte(weight) {
			return false;
		}
		self.spend(weight);
		true
	}

	/// Records that a piece of work was completed.
	fn completed(&mut self) {
		self.worked = true;
	}

	/// Spends `weight` on bookkeeping if it is left.
	fn reserve(&mut self, weight: Weight) -> bool {
		if !self.left.all_gte(weight) {
			return false;
		}
		self.spend(weight);
		true
	}

	fn spend(&mut self, weight: Weight) {
		self.left = self.left.saturating_sub(weight);
		self.used = self.used.saturating_add(weight);
	}
}

/// A storage map's entries after `cursor`, or from its start when `cursor` is empty.
fn from_cursor<X>(
	cursor: &[u8],
	all: impl FnOnce() -> PrefixIterator<X>,
	after: impl FnOnce(Vec<u8>) -> PrefixIterator<X>,
) -> PrefixIterator<X> {
	if cursor.is_empty() {
		all()
	} else {
		after(cursor.to_vec())
	}
}

/// Adds `coldkey`'s claim of `value` alpha to the payout of `netuid` (values beyond `u64`
/// are capped: no stake on the chain comes near).
fn stage<T: Config>(
	netuid: NetUid,
	staged: &mut u32,
	total: &mut u128,
	coldkey: T::AccountId,
	value: u128,
) {
	let value = u64::try_from(value).unwrap_or(u64::MAX);
	DissolutionStakes::<T>::insert(netuid, *staged, (coldkey, value));
	*staged = staged.saturating_add(1);
	*total = total.saturating_add(u128::from(value));
}

/// The payout-order key of a remainder: largest remainder first, then staging order.
pub fn remainder_key(remainder: u128, index: u32) -> [u8; 20] {
	let mut key = [0u8; 20];
	let (order, position) = key.split_at_mut(16);
	order.copy_from_slice(&u128::MAX.saturating_sub(remainder).to_be_bytes());
	position.copy_from_slice(&index.to_be_bytes());
	key
}

/// `pot × value ÷ total` in whole rao, and the remainder of that division.
pub fn whole_share(pot: u64, value: u64, total: u128) -> (u64, u128) {
	let product = u128::from(pot).saturating_mul(u128::from(value));
	let share = product.checked_div(total).unwrap_or(0);
	(u64::try_from(share).unwrap_or(u64::MAX), product.checked_rem(total).unwrap_or(0))
}

impl<T: Config> Pallet<T> {
	/// Weight the dissolutions may use in one block.
	pub fn dissolution_budget() -> Weight {
		let block = T::BlockWeights::get().max_block;
		Weight::from_parts(
			DISSOLUTION_SHARE.mul_floor(block.ref_time()),
			DISSOLUTION_SHARE.mul_floor(block.proof_size()),
		)
	}

	/// Starts paying out `netuid`'s pool of `pot` rao to its stakers and the protocol.
	pub(crate) fn begin_dissolution(netuid: NetUid, pot: u64, protocol: u64) {
		let dissolution =
			Dissolution { pot, protocol, total: u128::from(protocol), ..Default::default() };
		DissolvingSubnets::<T>::insert(netuid, dissolution);
		PendingChildKeysCursor::<T>::remove(netuid);
		ChildKeyLinkCount::<T>::remove(netuid);
	}

	/// Advances the dissolutions in progress, one at a time, within `limit`; returns the weight
	/// used.
	pub fn advance_dissolutions(limit: Weight) -> Weight {
		let mut budget = Budget { left: limit, used: Weight::zero(), worked: false };
		// Each round reads the next dissolution and writes it back (or removes it).
		while budget.reserve(T::DbWeight::get().reads_writes(1, 1)) {
			let Some((netuid, mut dissolution)) = DissolvingSubnets::<T>::iter().next() else {
				break;
			};
			if Self::advance_dissolution(netuid, &mut dissolution, &mut budget) {
				DissolvingSubnets::<T>::remove(netuid);
			} else {
				DissolvingSubnets::<T>::insert(netuid, dissolution);
				break;
			}
		}
		budget.used
	}

	/// Runs `dissolution`'s phases while the budget lasts; true once the payout is complete.
	fn advance_dissolution(
		netuid: NetUid,
		dissolution: &mut Dissolution,
		budget: &mut Budget,
	) -> bool {
		loop {
			let done = match dissolution.phase {
				DissolutionPhase::SettleRootDividends => {
					Self::settle_root_pass(netuid, dissolution, budget)
				},
				DissolutionPhase::StageStakes => Self::stage_pass(netuid, dissolution, budget),
				DissolutionPhase::ClearPools => Self::clear_pools_pass(netuid, dissolution, budget),
				DissolutionPhase::ClearRootClaimable => {
					Self::clear_root_claimable_pass(netuid, dissolution, budget)
				},
				DissolutionPhase::ClearAutoStake => {
					Self::clear_auto_stake_pass(netuid, dissolution, budget)
				},
				DissolutionPhase::ClearChildKeys => Self::clear_hotkey_entries_pass(
					netuid,
					&mut dissolution.cursor,
					budget,
					ChildKeys::<T>::iter,
					ChildKeys::<T>::iter_from,
					|hotkey, netuid| ChildKeys::<T>::remove(hotkey, netuid),
				),
				DissolutionPhase::ClearParentKeys => Self::clear_hotkey_entries_pass(
					netuid,
					&mut dissolution.cursor,
					budget,
					ParentKeys::<T>::iter,
					ParentKeys::<T>::iter_from,
					|hotkey, netuid| ParentKeys::<T>::remove(hotkey, netuid),
				),
				DissolutionPhase::ClearChildkeyTakes => Self::clear_hotkey_entries_pass(
					netuid,
					&mut dissolution.cursor,
					budget,
					ChildkeyTake::<T>::iter,
					ChildkeyTake::<T>::iter_from,
					|hotkey, netuid| ChildkeyTake::<T>::remove(hotkey, netuid),
				),
				DissolutionPhase::ClearPendingChildKeys => {
					let Dissolution { cursor, .. } = dissolution;
					let entries = from_cursor(
						cursor,
						|| PendingChildKeys::<T>::iter_prefix(netuid),
						|raw| PendingChildKeys::<T>::iter_prefix_from(netuid, raw),
					);
					Self::remove_all(entries, cursor, budget, |(parent, _)| {
						PendingChildKeys::<T>::remove(netuid, parent)
					})
				},
				DissolutionPhase::ClearCollateral => {
					let Dissolution { cursor, .. } = dissolution;
					let entries = from_cursor(
						cursor,
						|| MinerCollateral::<T>::iter_prefix((netuid,)),
						|raw| MinerCollateral::<T>::iter_prefix_from((netuid,), raw),
					);
					Self::resume(entries, cursor, budget, |((hotkey, coldkey), _), budget| {
						if !budget.take(T::DbWeight::get().writes(3)) {
							return false;
						}
						MinerCollateral::<T>::remove((netuid, &hotkey, &coldkey));
						ColdkeyMinerCollateral::<T>::remove(&coldkey, netuid);
						ColdkeyCollateralHotkeys::<T>::remove(&coldkey, netuid);
						true
					})
				},
				DissolutionPhase::ClearRootClaimed => {
					let Dissolution { cursor, .. } = dissolution;
					let entries = from_cursor(
						cursor,
						|| RootClaimed::<T>::iter_prefix((netuid,)),
						|raw| RootClaimed::<T>::iter_prefix_from((netuid,), raw),
					);
					Self::remove_all(entries, cursor, budget, |((hotkey, coldkey), _)| {
						RootClaimed::<T>::remove((netuid, hotkey, coldkey))
					})
				},
				DissolutionPhase::ClearDividends => {
					let Dissolution { cursor, .. } = dissolution;
					let entries = from_cursor(
						cursor,
						|| AlphaDividendsPerSubnet::<T>::iter_prefix(netuid),
						|raw| AlphaDividendsPerSubnet::<T>::iter_prefix_from(netuid, raw),
					);
					Self::remove_all(entries, cursor, budget, |(hotkey, _)| {
						AlphaDividendsPerSubnet::<T>::remove(netuid, hotkey)
					})
				},
				DissolutionPhase::ClearRootDividends => {
					let Dissolution { cursor, .. } = dissolution;
					let entries = from_cursor(
						cursor,
						|| RootAlphaDividendsPerSubnet::<T>::iter_prefix(netuid),
						|raw| RootAlphaDividendsPerSubnet::<T>::iter_prefix_from(netuid, raw),
					);
					Self::remove_all(entries, cursor, budget, |(hotkey, _)| {
						RootAlphaDividendsPerSubnet::<T>::remove(netuid, hotkey)
					})
				},
				DissolutionPhase::PayShares => Self::pay_shares_pass(netuid, dissolution, budget),
				DissolutionPhase::PayRemainders => {
					Self::pay_remainders_pass(netuid, dissolution, budget)
				},
				DissolutionPhase::Finish => {
					return Self::finish_dissolution(netuid, dissolution, budget)
				},
			};
			if !done {
				return false;
			}
			dissolution.cursor.clear();
			dissolution.phase = match dissolution.phase {
				DissolutionPhase::SettleRootDividends => DissolutionPhase::StageStakes,
				DissolutionPhase::StageStakes => DissolutionPhase::ClearPools,
				DissolutionPhase::ClearPools => DissolutionPhase::ClearRootClaimable,
				DissolutionPhase::ClearRootClaimable => DissolutionPhase::ClearAutoStake,
				DissolutionPhase::ClearAutoStake => DissolutionPhase::ClearRootClaimed,
				DissolutionPhase::ClearRootClaimed => DissolutionPhase::ClearDividends,
				DissolutionPhase::ClearDividends => DissolutionPhase::ClearRootDividends,
				DissolutionPhase::ClearRootDividends => DissolutionPhase::ClearChildKeys,
				DissolutionPhase::ClearChildKeys => DissolutionPhase::ClearParentKeys,
				DissolutionPhase::ClearParentKeys => DissolutionPhase::ClearChildkeyTakes,
				DissolutionPhase::ClearChildkeyTakes => DissolutionPhase::ClearPendingChildKeys,
				DissolutionPhase::ClearPendingChildKeys => DissolutionPhase::ClearCollateral,
				DissolutionPhase::ClearCollateral => DissolutionPhase::PayShares,
				DissolutionPhase::PayShares => DissolutionPhase::PayRemainders,
				DissolutionPhase::PayRemainders | DissolutionPhase::Finish => {
					DissolutionPhase::Finish
				},
			};
		}
	}

	/// Resumes a pass over `entries` (a storage map's iterator from the cursor on), handing
	/// each entry to `act` while the budget lasts; `act` returns false when the budget does
	/// not cover its work, and the entry is then visited again next time. True once the pass
	/// reached the map's end.
	fn resume<X>(
		mut entries: PrefixIterator<X>,
		cursor: &mut Vec<u8>,
		budget: &mut Budget,
		mut act: impl FnMut(X, &mut Budget) -> bool,
	) -> bool {
		loop {
			if !budget.take(T::DbWeight::get().reads(1)) {
				return false;
			}
			let Some(entry) = entries.next() else {
				return true;
			};
			if !act(entry, budget) {
				return false;
			}
			budget.completed();
			*cursor = entries.last_raw_key().to_vec();
		}
	}

	/// Phase 1: stages each root staker's unclaimed dividends on `netuid` for the payout, as
	/// if they had been claimed and kept as alpha there.
	fn settle_root_pass(
		netuid: NetUid,
		dissolution: &mut Dissolution,
		budget: &mut Budget,
	) -> bool {
		let entries = from_cursor(&dissolution.cursor, AlphaV2::<T>::iter, AlphaV2::<T>::iter_from);
		let Dissolution { cursor, total, staged, settled, .. } = dissolution;
		Self::resume(entries, cursor, budget, |((hotkey, coldkey, on), _), budget| {
			if !on.is_root() {
				return true;
			}
			if !budget.take(T::DbWeight::get().reads_writes(4, 2)) {
				return false;
			}
			let owed = Self::root_owed(&hotkey, &coldkey, netuid);
			if owed == 0 {
				return true;
			}
			RootClaimed::<T>::mutate((netuid, &hotkey, &coldkey), |claimed| {
				*claimed = claimed.saturating_add(owed)
			});
			stage::<T>(netuid, staged, total, coldkey, owed);
			*settled = settled.saturating_add(1);
			true
		})
	}

	/// Stages `owed` alpha of root dividends on the dissolving `netuid` for `coldkey` (its
	/// root stake is changing before the payout settled it).
	pub(crate) fn stage_root_dividends(netuid: NetUid, coldkey: &T::AccountId, owed: u128) {
		DissolvingSubnets::<T>::mutate(netuid, |dissolution| {
			if let Some(Dissolution { total, staged, settled, .. }) = dissolution {
				stage::<T>(netuid, staged, total, coldkey.clone(), owed);
				*settled = settled.saturating_add(1);
			}
		});
	}

	/// Phase 2: values, stages and removes every position on `netuid`.
	fn stage_pass(netuid: NetUid, dissolution: &mut Dissolution, budget: &mut Budget) -> bool {
		let entries = from_cursor(&dissolution.cursor, AlphaV2::<T>::iter, AlphaV2::<T>::iter_from);
		let Dissolution { cursor, total, staged, .. } = dissolution;
		Self::resume(entries, cursor, budget, |((hotkey, coldkey, on), shares), budget| {
			if on != netuid {
				return true;
			}
			if !budget.take(T::DbWeight::get().reads_writes(2, 2)) {
				return false;
			}
			let value = Self::share_pool(&hotkey, netuid).value_of(&shares);
			AlphaV2::<T>::remove((&hotkey, &coldkey, netuid));
			stage::<T>(netuid, staged, total, coldkey, u128::from(value));
			true
		})
	}

	/// Phase 3a: removes the hotkeys' share pools on `netuid`.
	fn clear_pools_pass(
		netuid: NetUid,
		dissolution: &mut Dissolution,
		budget: &mut Budget,
	) -> bool {
		let entries = from_cursor(
			&dissolution.cursor,
			TotalHotkeyAlpha::<T>::iter,
			TotalHotkeyAlpha::<T>::iter_from,
		);
		Self::resume(entries, &mut dissolution.cursor, budget, |(hotkey, on, _), budget| {
			if on != netuid {
				return true;
			}
			if !budget.take(T::DbWeight::get().writes(3)) {
				return false;
			}
			TotalHotkeyAlpha::<T>::remove(&hotkey, netuid);
			TotalHotkeySharesV2::<T>::remove(&hotkey, netuid);
			StakePositionCount::<T>::remove(&hotkey, netuid);
			true
		})
	}

	/// Phase 3b: removes `netuid` from every hotkey's root dividend rates.
	fn clear_root_claimable_pass(
		netuid: NetUid,
		dissolution: &mut Dissolution,
		budget: &mut Budget,
	) -> bool {
		let entries = from_cursor(
			&dissolution.cursor,
			RootClaimable::<T>::iter,
			RootClaimable::<T>::iter_from,
		);
		Self::resume(entries, &mut dissolution.cursor, budget, |(hotkey, mut rates), budget| {
			if !rates.contains_key(&netuid) {
				return true;
			}
			if !budget.take(T::DbWeight::get().writes(1)) {
				return false;
			}
			rates.remove(&netuid);
			if rates.is_empty() {
				RootClaimable::<T>::remove(&hotkey);
			} else {
				RootClaimable::<T>::insert(&hotkey, rates);
			}
			true
		})
	}

	/// Phase 3c: removes the auto-stake destinations on `netuid`.
	fn clear_auto_stake_pass(
		netuid: NetUid,
		dissolution: &mut Dissolution,
		budget: &mut Budget,
	) -> bool {
		let entries = from_cursor(
			&dissolution.cursor,
			AutoStakeDestinationColdkeys::<T>::iter,
			AutoStakeDestinationColdkeys::<T>::iter_from,
		);
		Self::resume(entries, &mut dissolution.cursor, budget, |(hotkey, on, coldkeys), budget| {
			if on != netuid {
				return true;
			}
			let writes = u64::try_from(coldkeys.len()).unwrap_or(u64::MAX).saturating_add(1);
			if !budget.take(T::DbWeight::get().writes(writes)) {
				return false;
			}
			for coldkey in coldkeys {
				AutoStakeDestination::<T>::remove(&coldkey, netuid);
			}
			AutoStakeDestinationColdkeys::<T>::remove(&hotkey, netuid);
			true
		})
	}

	/// Phase 3d: removes `netuid`'s entries of a map keyed by (hotkey, netuid), one write each.
	fn clear_hotkey_entries_pass<V>(
		netuid: NetUid,
		cursor: &mut Vec<u8>,
		budget: &mut Budget,
		all: impl FnOnce() -> PrefixIterator<(T::AccountId, NetUid, V)>,
		after: impl FnOnce(Vec<u8>) -> PrefixIterator<(T::AccountId, NetUid, V)>,
		remove: impl Fn(&T::AccountId, NetUid),
	) -> bool {
		let entries = from_cursor(cursor, all, after);
		Self::resume(entries, cursor, budget, |(hotkey, on, _), budget| {
			if on != netuid {
				return true;
			}
			if !budget.take(T::DbWeight::get().writes(1)) {
				return false;
			}
			remove(&hotkey, on);
			true
		})
	}

	/// Removes every entry of a pass, one write each.
	fn remove_all<X>(
		entries: PrefixIterator<X>,
		cursor: &mut Vec<u8>,
		budget: &mut Budget,
		remove: impl Fn(X),
	) -> bool {
		Self::resume(entries, cursor, budget, |entry, budget| {
			if !budget.take(T::DbWeight::get().writes(1)) {
				return false;
			}
			remove(entry);
			true
		})
	}

	/// Phase 4: pays each staged staker its whole share and indexes its remainder; then the
	/// protocol's share (it stays in the subnet account).
	fn pay_shares_pass(netuid: NetUid, dissolution: &mut Dissolution, budget: &mut Budget) -> bool {
		let account = Self::subnet_account_id(netuid);
		while dissolution.paid < dissolution.staged {
			if !budget.take(T::DbWeight::get().reads_writes(4, 5)) {
				return false;
			}
			let index = dissolution.paid;
			if let Some((coldkey, value)) = DissolutionStakes::<T>::take(netuid, index) {
				let (share, remainder) = whole_share(dissolution.pot, value, dissolution.total);
				if let Err(error) = Self::pay_or_recycle(&account, &coldkey, share) {
					log::error!(target: "subtensor", "dissolution of {netuid}: share not paid: {error:?}");
				}
				dissolution.distributed = dissolution.distributed.saturating_add(share);
				DissolutionRemainders::<T>::insert(
					netuid,
					remainder_key(remainder, index),
					Some(coldkey),
				);
			}
			dissolution.paid = dissolution.paid.saturating_add(1);
			budget.completed();
		}
		if !budget.take(T::DbWeight::get().writes(1)) {
			return false;
		}
		let (share, remainder) =
			whole_share(dissolution.pot, dissolution.protocol, dissolution.total);
		dissolution.distributed = dissolution.distributed.saturating_add(share);
		DissolutionRemainders::<T>::insert(
			netuid,
			remainder_key(remainder, dissolution.staged),
			None::<T::AccountId>,
		);
		true
	}

	/// Phase 5: one rao each to the largest remainders until the pot is handed out; the
	/// index goes as it is read.
	fn pay_remainders_pass(
		netuid: NetUid,
		dissolution: &mut Dissolution,
		budget: &mut Budget,
	) -> bool {
		let account = Self::subnet_account_id(netuid);
		let Dissolution { cursor, pot, total, distributed, .. } = dissolution;
		let entries = from_cursor(
			cursor,
			|| DissolutionRemainders::<T>::iter_prefix(netuid),
			|raw| DissolutionRemainders::<T>::iter_prefix_from(netuid, raw),
		);
		Self::resume(entries, cursor, budget, |(key, holder), budget| {
			if !budget.take(T::DbWeight::get().reads_writes(2, 3)) {
				return false;
			}
			DissolutionRemainders::<T>::remove(netuid, key);
			if *total == 0 || *distributed >= *pot {
				return true;
			}
			*distributed = distributed.saturating_add(1);
			if let Some(coldkey) = holder {
				if let Err(error) = Self::pay_or_recycle(&account, &coldkey, 1) {
					log::error!(target: "subtensor", "dissolution of {netuid}: rao not paid: {error:?}");
				}
			}
			true
		})
	}

	/// Phase 6: recycles what the subnet account still holds; true when done.
	fn finish_dissolution(netuid: NetUid, dissolution: &Dissolution, budget: &mut Budget) -> bool {
		// The benchmarked fixed cost of a whole payout (the steps above charged their own work
		// per entry): the recycling, the event, and the passes' setup.
		if !budget.take(T::WeightInfo::dissolution_payout(0)) {
			return false;
		}
		let account = Self::subnet_account_id(netuid);
		let held = Self::free_balance(&account);
		let recycled = match Self::recycle_tao(&account, held) {
			Ok(recycled) => recycled,
			Err(error) => {
				log::error!(target: "subtensor", "dissolution of {netuid}: not recycled: {error:?}");
				TaoBalance::ZERO
			},
		};
		log::debug!(
			target: "subtensor",
			"dissolved subnet {netuid}: {} root claims settled, {} stakers paid",
			dissolution.settled,
			dissolution.staged,
		);
		Self::deposit_event(Event::SubnetPayoutFinished {
			netuid,
			stakers: dissolution.staged,
			recycled,
		});
		true
	}
}
