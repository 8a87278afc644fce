//! `StakeInfo` and `StakeAvailability`: a coldkey's stake positions as the clients' balance,
//! stake-list and overview views decode them. This chain has no conviction locks and no
//! TAO-denominated emission or drains, so those fields are 0, which is their true value here.

use crate::*;
use alloc::{
	collections::{BTreeMap, BTreeSet},
	vec::Vec,
};
use codec::{Compact, Decode, Encode};
use scale_info::TypeInfo;
use subtensor_common::{AlphaBalance, NetUid, TaoBalance};

/// One stake position: a coldkey's alpha with a hotkey on a subnet.
#[derive(Clone, Debug, Decode, Encode, Eq, PartialEq, TypeInfo)]
pub struct StakeInfo<AccountId> {
	/// The hotkey staked to.
	pub hotkey: AccountId,
	/// The coldkey that owns the stake.
	pub coldkey: AccountId,
	/// The subnet.
	pub netuid: Compact<NetUid>,
	/// Alpha of the position.
	pub stake: Compact<AlphaBalance>,
	/// Locked alpha (no locks on this chain: 0).
	pub locked: Compact<u64>,
	/// The hotkey's whole alpha dividend of the last epoch on the subnet.
	pub emission: Compact<AlphaBalance>,
	/// TAO emission of the position (none on this chain: 0).
	pub tao_emission: Compact<TaoBalance>,
	/// Drain (none on this chain: 0).
	pub drain: Compact<u64>,
	/// The hotkey holds a UID on the subnet.
	pub is_registered: bool,
}

/// Each coldkey asked for with its positions.
pub type StakeInfosByColdkey<AccountId> = Vec<(AccountId, Vec<StakeInfo<AccountId>>)>;

/// How much of a coldkey's alpha on a subnet can be moved.
#[derive(Clone, Debug, Decode, Encode, Eq, PartialEq, TypeInfo)]
pub struct StakeAvailability {
	/// All its alpha there.
	pub total: Compact<AlphaBalance>,
	/// Locked (0: no locks on this chain).
	pub locked: Compact<AlphaBalance>,
	/// What can be unstaked or moved.
	pub available: Compact<AlphaBalance>,
}

impl<T: Config> Pallet<T> {
	/// The position of `coldkey` with `hotkey` on `netuid` (`None` if it holds nothing).
	pub fn get_stake_info_for_hotkey_coldkey_netuid(
		hotkey: T::AccountId,
		coldkey: T::AccountId,
		netuid: NetUid,
	) -> Option<StakeInfo<T::AccountId>> {
		let stake = Self::stake_of(&hotkey, &coldkey, netuid);
		if stake.is_zero() {
			return None;
		}
		Some(StakeInfo {
			netuid: Compact(netuid),
			stake: Compact(stake),
			locked: Compact(0),
			emission: Compact(AlphaDividendsPerSubnet::<T>::get(netuid, &hotkey)),
			tao_emission: Compact(TaoBalance::ZERO),
			drain: Compact(0),
			is_registered: Uids::<T>::contains_key(netuid, &hotkey),
			hotkey,
			coldkey,
		})
	}

	/// Every position of `coldkey`: subnets in order, then its staking hotkeys in order.
	pub fn get_stake_info_for_coldkey(coldkey: T::AccountId) -> Vec<StakeInfo<T::AccountId>> {
		let hotkeys = StakingHotkeys::<T>::get(&coldkey);
		let coldkey = &coldkey;
		Self::subnets()
			.into_iter()
			.flat_map(|netuid| {
				hotkeys.iter().filter_map(move |hotkey| {
					Self::get_stake_info_for_hotkey_coldkey_netuid(
						hotkey.clone(),
						coldkey.clone(),
						netuid,
					)
				})
			})
			.collect()
	}

	/// The positions of each coldkey, one entry per coldkey asked for (even without any).
	pub fn get_stake_info_for_coldkeys(
		coldkeys: Vec<T::AccountId>,
	) -> StakeInfosByColdkey<T::AccountId> {
		coldkeys
			.into_iter()
			.map(|coldkey| (coldkey.clone(), Self::get_stake_info_for_coldkey(coldkey)))
			.collect()
	}

	/// Per coldkey and subnet (all, or those in `netuids`): its alpha there, all of it
	/// available; coldkeys and subnets without stake are left out.
	pub fn get_stake_availability_for_coldkeys(
		coldkeys: Vec<T::AccountId>,
		netuids: Option<Vec<NetUid>>,
	) -> BTreeMap<T::AccountId, BTreeMap<NetUid, StakeAvailability>> {
		let wanted: Option<BTreeSet<NetUid>> = netuids.map(|n| n.into_iter().collect());
		let mut result = BTreeMap::new();
		for coldkey in coldkeys {
			let mut per_subnet: BTreeMap<NetUid, AlphaBalance> = BTreeMap::new();
			for info in Self::get_stake_info_for_coldkey(coldkey.clone()) {
				let netuid = info.netuid.0;
				if wanted.as_ref().is_some_and(|wanted| !wanted.contains(&netuid)) {
					continue;
				}
				let total = per_subnet.entry(netuid).or_insert(AlphaBalance::ZERO);
				*total = total.saturating_add(info.stake.0);
			}
			let available: BTreeMap<NetUid, StakeAvailability> = per_subnet
				.into_iter()
				.map(|(netuid, total)| {
					let availability = StakeAvailability {
						total: Compact(total),
						locked: Compact(AlphaBalance::ZERO),
						available: Compact(total),
					};
					(netuid, availability)
				})
				.collect();
			if !available.is_empty() {
				result.insert(coldkey, available);
			}
		}
		result
	}

	/// The swap fee of moving `amount` from `origin` to `destination` (hotkey, subnet): none
	/// within one subnet, else the fee rate of the subnet traded on (the destination, or the
	/// origin when there is none).
	pub fn get_stake_fee(
		origin: Option<(T::AccountId, NetUid)>,
		destination: Option<(T::AccountId, NetUid)>,
		amount: u64,
	) -> u64 {
		if origin == destination {
			return 0;
		}
		let traded = destination.or(origin).map(|(_, netuid)| netuid);
		traded.map_or(0, |netuid| Self::swap_fee(netuid, amount))
	}

	/// The coldkey's conviction lock on `netuid`, if it holds one (never, on this chain).
	pub fn get_coldkey_lock(coldkey: &T::AccountId, netuid: NetUid) -> Option<LockState> {
		Lock::<T>::iter_prefix((coldkey, netuid)).next().map(|(_, lock)| lock)
	}
}
