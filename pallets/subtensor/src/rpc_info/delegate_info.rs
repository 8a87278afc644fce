//! `DelegateInfo`: a delegate (a hotkey others stake to) as the clients' delegate views decode
//! it: its take, nominators and their alpha per subnet, registrations, permits and returns.

use crate::*;
use alloc::{collections::BTreeMap, vec::Vec};
use codec::{Compact, Decode, Encode};
use scale_info::TypeInfo;
use substrate_fixed::types::U64F64;
use subtensor_common::{AlphaBalance, NetUid, RAO_PER_TAO};

/// Blocks in a day at 12 s a block.
const BLOCKS_PER_DAY: u64 = 7_200;

/// A nominator's alpha in one delegate, per subnet.
pub type NominatorPositions = Vec<(Compact<NetUid>, Compact<u64>)>;

/// A delegate hotkey.
#[derive(Clone, Debug, Decode, Encode, Eq, PartialEq, TypeInfo)]
pub struct DelegateInfo<AccountId> {
	/// The hotkey.
	pub delegate_ss58: AccountId,
	/// Its take (÷65535).
	pub take: Compact<u16>,
	/// Every coldkey staked to it, with its alpha per subnet.
	pub nominators: Vec<(AccountId, NominatorPositions)>,
	/// The hotkey's owner.
	pub owner_ss58: AccountId,
	/// Subnets where it holds a UID.
	pub registrations: Vec<Compact<NetUid>>,
	/// Of those, where it holds a validator permit.
	pub validator_permits: Vec<Compact<NetUid>>,
	/// Daily return per 1000 TAO of root stake, after take.
	pub return_per_1000: Compact<u64>,
	/// What its UIDs earn in a day at the last epochs' emission.
	pub total_daily_return: Compact<u64>,
}

/// One delegation of a coldkey: the delegate, and the subnet and alpha of the position.
pub type Delegation<AccountId> =
	(DelegateInfo<AccountId>, (Compact<NetUid>, Compact<AlphaBalance>));

/// Every registered hotkey's (subnet, UID) pairs, in netuid order.
type UidsByHotkey<AccountId> = BTreeMap<AccountId, Vec<(NetUid, u16)>>;

/// The columns of a subnet a delegate view reads.
struct SubnetColumns {
	permits: Vec<bool>,
	emission: Vec<AlphaBalance>,
	tempo: u16,
}

/// What the delegate views of one answer share, read once: the live subnets (a subnet being
/// dissolved is leaving) with their columns, and, when many delegates are answered at once,
/// every registered hotkey's UIDs (one pass over `Keys` instead of a lookup per delegate and
/// subnet).
struct DelegateViews<T: Config> {
	subnets: BTreeMap<NetUid, SubnetColumns>,
	registered: Option<UidsByHotkey<T::AccountId>>,
}

impl<T: Config> DelegateViews<T> {
	/// Reads the live subnets' columns, and indexes every UID by hotkey if `for_all`.
	fn read(for_all: bool) -> Self {
		let subnets: BTreeMap<NetUid, SubnetColumns> = Pallet::<T>::subnets()
			.into_iter()
			.map(|netuid| {
				let columns = SubnetColumns {
					permits: ValidatorPermit::<T>::get(netuid),
					emission: Emission::<T>::get(netuid),
					tempo: Tempo::<T>::get(netuid),
				};
				(netuid, columns)
			})
			.collect();
		let registered = for_all.then(|| {
			let mut registered: UidsByHotkey<T::AccountId> = BTreeMap::new();
			for netuid in subnets.keys() {
				for (uid, hotkey) in Keys::<T>::iter_prefix(netuid) {
					registered.entry(hotkey).or_default().push((*netuid, uid));
				}
			}
			registered
		});
		Self { subnets, registered }
	}

	/// The live subnets where `hotkey` holds a UID, in netuid order, with the UID.
	fn registrations(&self, hotkey: &T::AccountId) -> Vec<(NetUid, u16)> {
		match &self.registered {
			Some(registered) => registered.get(hotkey).cloned().unwrap_or_default(),
			None => self
				.subnets
				.keys()
				.filter_map(|netuid| Uids::<T>::get(netuid, hotkey).map(|uid| (*netuid, uid)))
				.collect(),
		}
	}

	/// The delegate view of `hotkey`, with or without its nominators.
	fn info(&self, hotkey: T::AccountId, with_nominators: bool) -> DelegateInfo<T::AccountId> {
		let take = Delegates::<T>::get(&hotkey);
		let mut nominators: BTreeMap<T::AccountId, NominatorPositions> = BTreeMap::new();
		if with_nominators {
			// The pool of each subnet is read once and prices every position in it.
			let mut pools = BTreeMap::new();
			for ((coldkey, netuid), shares) in AlphaV2::<T>::iter_prefix((&hotkey,)) {
				if !self.subnets.contains_key(&netuid) {
					continue;
				}
				let pool =
					pools.entry(netuid).or_insert_with(|| Pallet::<T>::share_pool(&hotkey, netuid));
				let alpha = pool.value_of(&shares);
				nominators.entry(coldkey).or_default().push((Compact(netuid), Compact(alpha)));
			}
		}
		let mut registrations = Vec::new();
		let mut validator_permits = Vec::new();
		let mut daily = 0u64;
		for (netuid, uid) in self.registrations(&hotkey) {
			let Some(columns) = self.subnets.get(&netuid) else { continue };
			registrations.push(Compact(netuid));
			if columns.permits.get(usize::from(uid)).copied().unwrap_or(false) {
				validator_permits.push(Compact(netuid));
			}
			let emission =
				columns.emission.get(usize::from(uid)).copied().unwrap_or_default().to_u64();
			let per_day = U64F64::from_num(emission)
				.saturating_mul(U64F64::from_num(BLOCKS_PER_DAY))
				.checked_div(U64F64::from_num(columns.tempo))
				.map_or(0, |d| d.saturating_to_num::<u64>());
			daily = daily.saturating_add(per_day);
		}
		let kept = U64F64::from_num(u16::MAX.saturating_sub(take))
			.saturating_div(U64F64::from_num(u16::MAX));
		let root_thousands =
			U64F64::from_num(Pallet::<T>::total_stake_on(&hotkey, NetUid::ROOT).to_u64())
				.saturating_div(U64F64::from_num(1_000u64.saturating_mul(RAO_PER_TAO)));
		let return_per_1000 = U64F64::from_num(daily)
			.saturating_mul(kept)
			.checked_div(root_thousands)
			.map_or(0, |r| r.saturating_to_num::<u64>());
		DelegateInfo {
			take: Compact(take),
			nominators: nominators.into_iter().collect(),
			owner_ss58: Owner::<T>::get(&hotkey),
			registrations,
			validator_permits,
			return_per_1000: Compact(return_per_1000),
			total_daily_return: Compact(daily),
			delegate_ss58: hotkey,
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Every delegate.
	pub fn get_delegates() -> Vec<DelegateInfo<T::AccountId>> {
		let views = DelegateViews::<T>::read(true);
		Delegates::<T>::iter_keys().map(|hotkey| views.info(hotkey, true)).collect()
	}

	/// One delegate (`None` unless `hotkey` is one).
	pub fn get_delegate(hotkey: T::AccountId) -> Option<DelegateInfo<T::AccountId>> {
		Delegates::<T>::contains_key(&hotkey)
			.then(|| DelegateViews::<T>::read(false).info(hotkey, true))
	}

	/// The delegations of `coldkey`: one entry per delegate and subnet it holds alpha on
	/// (nominator lists left empty).
	pub fn get_delegated(coldkey: T::AccountId) -> Vec<Delegation<T::AccountId>> {
		let views = DelegateViews::<T>::read(false);
		let mut delegations = Vec::new();
		let delegates = StakingHotkeys::<T>::get(&coldkey)
			.into_iter()
			.filter(|hotkey| Delegates::<T>::contains_key(hotkey));
		for hotkey in delegates {
			let positions: Vec<(NetUid, AlphaBalance)> = views
				.subnets
				.keys()
				.map(|netuid| (*netuid, Self::stake_of(&hotkey, &coldkey, *netuid)))
				.filter(|(_, alpha)| !alpha.is_zero())
				.collect();
			if positions.is_empty() {
				continue;
			}
			// One view per delegate, repeated for each subnet the coldkey holds alpha on.
			let info = views.info(hotkey, false);
			for (netuid, alpha) in positions {
				delegations.push((info.clone(), (Compact(netuid), Compact(alpha))));
			}
		}
		delegations
	}
}
