//! `NeuronInfo` and `NeuronInfoLite`: one neuron of a subnet as the clients' neuron and
//! metagraph views decode it (field order is the SCALE order of the real chain). Fields the
//! reference keeps only for layout (rank, trust, pruning score) carry its fixed values.

use crate::*;
use alloc::vec::Vec;
use codec::{Compact, Decode, Encode};
use scale_info::TypeInfo;
use subtensor_common::{AlphaBalance, NetUid, NetUidStorageIndex};

/// A neuron with its weight and bond rows.
#[derive(Clone, Debug, Decode, Encode, Eq, PartialEq, TypeInfo)]
pub struct NeuronInfo<AccountId> {
	/// The neuron's hotkey.
	pub hotkey: AccountId,
	/// The hotkey's owner.
	pub coldkey: AccountId,
	/// Its UID on the subnet.
	pub uid: Compact<u16>,
	/// The subnet.
	pub netuid: Compact<NetUid>,
	/// Active in the last epoch.
	pub active: bool,
	/// Its axon endpoint (all zero if never served).
	pub axon_info: AxonInfo,
	/// Its Prometheus endpoint (all zero if never served).
	pub prometheus_info: PrometheusInfo,
	/// One entry: the owner coldkey and all alpha staked to the hotkey on the subnet.
	pub stake: Vec<(AccountId, Compact<AlphaBalance>)>,
	/// Always 0 (kept for layout).
	pub rank: Compact<u16>,
	/// Alpha the last epoch paid it.
	pub emission: Compact<AlphaBalance>,
	/// Incentive share of the last epoch (÷65535).
	pub incentive: Compact<u16>,
	/// Consensus weight of the last epoch (÷65535).
	pub consensus: Compact<u16>,
	/// Always 0 (kept for layout).
	pub trust: Compact<u16>,
	/// Validator trust of the last epoch (÷65535).
	pub validator_trust: Compact<u16>,
	/// Dividend share of the last epoch (÷65535).
	pub dividends: Compact<u16>,
	/// Block of its last weights.
	pub last_update: Compact<u64>,
	/// Holds a validator permit.
	pub validator_permit: bool,
	/// Its weights `(uid, weight)`, zero weights left out.
	pub weights: Vec<(Compact<u16>, Compact<u16>)>,
	/// Its bonds `(uid, bond)`, zero bonds left out.
	pub bonds: Vec<(Compact<u16>, Compact<u16>)>,
	/// Always 65535 (kept for layout).
	pub pruning_score: Compact<u16>,
}

/// A neuron without its weight and bond rows.
#[derive(Clone, Debug, Decode, Encode, Eq, PartialEq, TypeInfo)]
pub struct NeuronInfoLite<AccountId> {
	/// The neuron's hotkey.
	pub hotkey: AccountId,
	/// The hotkey's owner.
	pub coldkey: AccountId,
	/// Its UID on the subnet.
	pub uid: Compact<u16>,
	/// The subnet.
	pub netuid: Compact<NetUid>,
	/// Active in the last epoch.
	pub active: bool,
	/// Its axon endpoint.
	pub axon_info: AxonInfo,
	/// Its Prometheus endpoint.
	pub prometheus_info: PrometheusInfo,
	/// One entry: the owner coldkey and all alpha staked to the hotkey on the subnet.
	pub stake: Vec<(AccountId, Compact<AlphaBalance>)>,
	/// Always 0.
	pub rank: Compact<u16>,
	/// Alpha the last epoch paid it.
	pub emission: Compact<AlphaBalance>,
	/// Incentive share (÷65535).
	pub incentive: Compact<u16>,
	/// Consensus weight (÷65535).
	pub consensus: Compact<u16>,
	/// Always 0.
	pub trust: Compact<u16>,
	/// Validator trust (÷65535).
	pub validator_trust: Compact<u16>,
	/// Dividend share (÷65535).
	pub dividends: Compact<u16>,
	/// Block of its last weights.
	pub last_update: Compact<u64>,
	/// Holds a validator permit.
	pub validator_permit: bool,
	/// Always 65535.
	pub pruning_score: Compact<u16>,
}

/// Entry `uid` of a per-UID vector, or the default if it is shorter.
fn at<V: Copy + Default>(values: &[V], uid: u16) -> V {
	values.get(usize::from(uid)).copied().unwrap_or_default()
}

/// A weight or bond row with its zero entries left out.
fn nonzero(row: Vec<(u16, u16)>) -> Vec<(Compact<u16>, Compact<u16>)> {
	row.into_iter().filter(|(_, v)| *v > 0).map(|(u, v)| (Compact(u), Compact(v))).collect()
}

impl<T: Config> Pallet<T> {
	/// The lite view of UID `uid` of `netuid` (`None` if the subnet or UID does not exist).
	pub fn get_neuron_lite(netuid: NetUid, uid: u16) -> Option<NeuronInfoLite<T::AccountId>> {
		if !Self::subnet_exists(netuid) || uid >= SubnetworkN::<T>::get(netuid) {
			return None;
		}
		let hotkey = Keys::<T>::get(netuid, uid);
		let coldkey = Owner::<T>::get(&hotkey);
		let index = NetUidStorageIndex::of_subnet(netuid);
		let stake = Self::total_stake_on(&hotkey, netuid);
		Some(NeuronInfoLite {
			coldkey: coldkey.clone(),
			uid: Compact(uid),
			netuid: Compact(netuid),
			active: at(&Active::<T>::get(netuid), uid),
			axon_info: Axons::<T>::get(netuid, &hotkey).unwrap_or_default(),
			prometheus_info: Prometheus::<T>::get(netuid, &hotkey).unwrap_or_default(),
			stake: alloc::vec![(coldkey, Compact(stake))],
			rank: Compact(0),
			emission: Compact(at(&Emission::<T>::get(netuid), uid)),
			incentive: Compact(at(&Incentive::<T>::get(index), uid)),
			consensus: Compact(at(&Consensus::<T>::get(netuid), uid)),
			trust: Compact(0),
			validator_trust: Compact(at(&ValidatorTrust::<T>::get(netuid), uid)),
			dividends: Compact(at(&Dividends::<T>::get(netuid), uid)),
			last_update: Compact(at(&LastUpdate::<T>::get(index), uid)),
			validator_permit: at(&ValidatorPermit::<T>::get(netuid), uid),
			pruning_score: Compact(u16::MAX),
			hotkey,
		})
	}

	/// Every UID of `netuid`, lite (empty if the subnet does not exist).
	pub fn get_neurons_lite(netuid: NetUid) -> Vec<NeuronInfoLite<T::AccountId>> {
		(0..SubnetworkN::<T>::get(netuid))
			.filter_map(|uid| Self::get_neuron_lite(netuid, uid))
			.collect()
	}

	/// UID `uid` of `netuid` with its weights and bonds (`None` if it does not exist).
	pub fn get_neuron(netuid: NetUid, uid: u16) -> Option<NeuronInfo<T::AccountId>> {
		let lite = Self::get_neuron_lite(netuid, uid)?;
		let index = NetUidStorageIndex::of_subnet(netuid);
		Some(NeuronInfo {
			hotkey: lite.hotkey,
			coldkey: lite.coldkey,
			uid: lite.uid,
			netuid: lite.netuid,
			active: lite.active,
			axon_info: lite.axon_info,
			prometheus_info: lite.prometheus_info,
			stake: lite.stake,
			rank: lite.rank,
			emission: lite.emission,
			incentive: lite.incentive,
			consensus: lite.consensus,
			trust: lite.trust,
			validator_trust: lite.validator_trust,
			dividends: lite.dividends,
			last_update: lite.last_update,
			validator_permit: lite.validator_permit,
			weights: nonzero(Weights::<T>::get(index, uid)),
			bonds: nonzero(Bonds::<T>::get(index, uid)),
			pruning_score: lite.pruning_score,
		})
	}

	/// Every UID of `netuid` with weights and bonds (empty if the subnet does not exist).
	pub fn get_neurons(netuid: NetUid) -> Vec<NeuronInfo<T::AccountId>> {
		(0..SubnetworkN::<T>::get(netuid)).filter_map(|uid| Self::get_neuron(netuid, uid)).collect()
	}
}
