//! `set_weights` / `set_mechanism_weights`: the checks every submitted weight vector passes, in
//! the reference's order, and how it is stored (max-upscaled, sorted by destination UID, so the
//! epoch's result never depends on the order a client sent).

use crate::*;
use alloc::{collections::BTreeSet, vec::Vec};
use frame_support::ensure;
use frame_system::pallet_prelude::OriginFor;
use sp_runtime::{DispatchError, DispatchResult};
use substrate_fixed::types::I32F32;
use subtensor_common::{MechId, NetUid, NetUidStorageIndex};

/// How a weight vector arrives: set directly (rate-limited, bumps `LastUpdate`) or revealed
/// from a commit (the commit already did both).
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum WeightsSource {
	/// `set_weights`, `set_mechanism_weights`, `batch_set_weights`.
	Direct,
	/// `reveal_weights` and its variants.
	Reveal,
}

impl<T: Config> Pallet<T> {
	/// `set_weights` / `set_mechanism_weights`: `SubnetNotExists` for a missing subnet,
	/// `CommitRevealEnabled` while the subnet requires commit-reveal, else
	/// [`Self::apply_weights`].
	pub fn do_set_weights(
		origin: OriginFor<T>,
		netuid: NetUid,
		mecid: MechId,
		uids: Vec<u16>,
		values: Vec<u16>,
		version_key: u64,
	) -> DispatchResult {
		let hotkey = frame_system::ensure_signed(origin)?;
		// A missing subnet says so, rather than asking for a commit (its flag reads as on).
		Self::ensure_subnet_exists(netuid)?;
		ensure!(!CommitRevealWeightsEnabled::<T>::get(netuid), Error::<T>::CommitRevealEnabled);
		Self::apply_weights(
			&hotkey,
			netuid,
			mecid,
			uids,
			values,
			version_key,
			WeightsSource::Direct,
		)
	}

	/// The storage index of an existing mechanism of an existing subnet (`SubnetNotExists`,
	/// `MechanismDoesNotExist`).
	pub fn ensure_mechanism_exists(
		netuid: NetUid,
		mecid: MechId,
	) -> Result<NetUidStorageIndex, DispatchError> {
		Self::ensure_subnet_exists(netuid)?;
		ensure!(mecid < MechanismCountCurrent::<T>::get(netuid), Error::<T>::MechanismDoesNotExist);
		Ok(NetUidStorageIndex::new(netuid, mecid))
	}

	/// A hotkey's stake weight on a subnet: its alpha there plus `TaoWeight` × its root stake,
	/// both as its child keys adjust them.
	pub fn stake_weight(hotkey: &T::AccountId, netuid: NetUid) -> u64 {
		Self::inherited_stake(hotkey, netuid).weight(Self::tao_weight_fraction())
	}

	/// Block of the UID's last weight set or commit on a mechanism (0 if never).
	pub fn last_update(index: NetUidStorageIndex, uid: u16) -> u64 {
		LastUpdate::<T>::get(index).get(usize::from(uid)).copied().unwrap_or(0)
	}

	/// Records a weight set or commit of `uid` at the current block.
	pub fn note_weights_update(index: NetUidStorageIndex, uid: u16) {
		let now = Self::current_block();
		LastUpdate::<T>::mutate(index, |blocks| {
			let position = usize::from(uid);
			if blocks.len() <= position {
				blocks.resize(position.saturating_add(1), 0);
			}
			if let Some(block) = blocks.get_mut(position) {
				*block = now;
			}
		});
	}

	/// Whether the UID may set or commit weights again: never did, or `WeightsSetRateLimit`
	/// blocks have passed.
	pub fn weights_rate_limit_passed(netuid: NetUid, index: NetUidStorageIndex, uid: u16) -> bool {
		let last = Self::last_update(index, uid);
		last == 0
			|| Self::current_block().saturating_sub(last) >= WeightsSetRateLimit::<T>::get(netuid)
	}

	/// Checks a weight vector of `hotkey` on a mechanism and stores it (see the reference's
	/// steps 1–12: root, lengths, mechanism, registration, stake, version key, rate limit,
	/// permit, duplicates, range, minimum count, maximum weight). Changes nothing on error.
	pub fn apply_weights(
		hotkey: &T::AccountId,
		netuid: NetUid,
		mecid: MechId,
		uids: Vec<u16>,
		values: Vec<u16>,
		version_key: u64,
		source: WeightsSource,
	) -> DispatchResult {
		ensure!(!netuid.is_root(), Error::<T>::CanNotSetRootNetworkWeights);
		ensure!(uids.len() == values.len(), Error::<T>::WeightVecNotEqualSize);
		let index = Self::ensure_mechanism_exists(netuid, mecid)?;
		let n = SubnetworkN::<T>::get(netuid);
		ensure!(uids.len() <= usize::from(n), Error::<T>::UidsLengthExceedUidsInSubNet);
		let uid = Uids::<T>::get(netuid, hotkey).ok_or(Error::<T>::HotKeyNotRegisteredInSubNet)?;
		let is_owner = SubnetOwnerHotkey::<T>::try_get(netuid).is_ok_and(|owner| owner == *hotkey);
		ensure!(
			is_owner || Self::stake_weight(hotkey, netuid) >= StakeThreshold::<T>::get(),
			Error::<T>::NotEnoughStakeToSetWeights
		);
		let required = WeightsVersionKey::<T>::get(netuid);
		ensure!(required == 0 || version_key >= required, Error::<T>::IncorrectWeightVersionKey);
		if source == WeightsSource::Direct {
			ensure!(
				Self::weights_rate_limit_passed(netuid, index, uid),
				Error::<T>::SettingWeightsTooFast
			);
		}
		let self_weight = uids.len() == 1 && uids.first() == Some(&uid);
		let permitted =
			ValidatorPermit::<T>::get(netuid).get(usize::from(uid)).copied().unwrap_or(false);
		ensure!(self_weight || is_owner || permitted, Error::<T>::NeuronNoValidatorPermit);
		let mut seen = BTreeSet::new();
		ensure!(uids.iter().all(|dest| seen.insert(*dest)), Error::<T>::DuplicateUids);
		ensure!(uids.iter().all(|dest| *dest < n), Error::<T>::UidVecContainInvalidOne);
		let min_count = MinAllowedWeights::<T>::get(netuid).min(n);
		ensure!(
			self_weight || uids.len() >= usize::from(min_count),
			Error::<T>::WeightVecLengthIsLow
		);
		let as_fixed: Vec<I32F32> = values.iter().map(|v| I32F32::from_num(*v)).collect();
		let upscaled = subtensor_yuma::vec_max_upscale_to_u16(&as_fixed);
		ensure!(
			self_weight
				|| Self::max_weight_within_limit(&upscaled, MaxWeightsLimit::<T>::get(netuid)),
			Error::<T>::MaxWeightExceeded
		);

		let mut row: Vec<(u16, u16)> = uids.into_iter().zip(upscaled).collect();
		// The UIDs are distinct (checked above), so the order is total.
		row.sort_unstable_by_key(|(dest, _)| *dest);
		Weights::<T>::insert(index, uid, row);
		if source == WeightsSource::Direct {
			Self::note_weights_update(index, uid);
		}
		Self::deposit_event(Event::WeightsSet(index, uid));
		Ok(())
	}

	/// Whether the largest weight's share of the total (÷65535) is at most `limit` (65535: no
	/// limit).
	fn max_weight_within_limit(weights: &[u16], limit: u16) -> bool {
		if limit == u16::MAX {
			return true;
		}
		let total: u64 = weights.iter().map(|w| u64::from(*w)).fold(0, u64::saturating_add);
		let max = weights.iter().copied().max().map(u64::from).unwrap_or(0);
		let share = max.saturating_mul(u64::from(u16::MAX)).checked_div(total).unwrap_or(0);
		share <= u64::from(limit)
	}
}
