//! Running a subnet's epoch (Yuma, or Null: see `epoch_consensus.rs`): its state is read into `subtensor_yuma::EpochInput` once per
//! mechanism, the pure epoch math runs, and the results the metagraph shows are stored
//! (per mechanism: incentive and bonds; per subnet: activity, permits, consensus, trust,
//! dividends, stake weight and emission).

use crate::*;
use alloc::vec::Vec;
use subtensor_common::{AlphaBalance, MechId, NetUid, NetUidStorageIndex};
use subtensor_yuma::{
	aggregate_mechanisms, run_epoch, run_null_epoch, split_emission, EpochInput, EpochOutput,
	EpochParams, NeuronTerms,
};

/// What one epoch earned one hotkey, in alpha-rao.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct HotkeyEmission<AccountId> {
	/// The hotkey.
	pub hotkey: AccountId,
	/// Earned as a miner.
	pub incentive: u64,
	/// Earned as a validator.
	pub dividend: u64,
}

impl<T: Config> Pallet<T> {
	/// Runs the epoch of `netuid` over an emission of `emission` alpha-rao (split over its
	/// mechanisms), stores the results, and returns what each hotkey earned.
	pub fn run_subnet_epoch(netuid: NetUid, emission: u64) -> Vec<HotkeyEmission<T::AccountId>> {
		let count = MechanismCountCurrent::<T>::get(netuid);
		let split = MechanismEmissionSplit::<T>::get(netuid);
		let parts = split_emission(emission, count, split.as_deref());
		let epoch = match SubnetEpochConsensus::<T>::get(netuid) {
			EpochConsensus::Yuma => run_epoch,
			EpochConsensus::Null => run_null_epoch,
		};
		let mut mechanisms: Vec<(u64, Vec<NeuronTerms>)> = Vec::with_capacity(parts.len());
		for (mecid, part) in (0..=MechId::MAX).zip(parts) {
			let index = NetUidStorageIndex::new(netuid, mecid);
			let output = epoch(&Self::epoch_input(netuid, index, part));
			Self::store_mechanism_results(index, &output);
			mechanisms.push((part, output.neurons));
		}
		let terms = aggregate_mechanisms(emission, &mechanisms);
		Self::store_subnet_results(netuid, &terms);
		LastMechansimStepBlock::<T>::insert(netuid, Self::current_block());
		(0..u16::MAX)
			.zip(&terms)
			.filter_map(|(uid, t)| {
				Keys::<T>::try_get(netuid, uid).ok().map(|hotkey| HotkeyEmission {
					hotkey,
					incentive: t.server_emission,
					dividend: t.validator_emission,
				})
			})
			.collect()
	}

	/// The subnet's state as the epoch of mechanism `index` reads it now.
	pub fn epoch_input(netuid: NetUid, index: NetUidStorageIndex, emission: u64) -> EpochInput {
		let epoch = Self::current_epoch_with_lookahead(netuid);
		Self::epoch_input_at(netuid, index, emission, Self::current_block(), epoch)
	}

	/// The subnet's state as the epoch of mechanism `index` reads it when it runs at block
	/// `now` as epoch number `epoch` (which decides the weight commits still unexpired).
	pub fn epoch_input_at(
		netuid: NetUid,
		index: NetUidStorageIndex,
		emission: u64,
		now: u64,
		epoch: u64,
	) -> EpochInput {
		let n = SubnetworkN::<T>::get(netuid);
		let hotkeys: Vec<Option<T::AccountId>> =
			(0..n).map(|uid| Keys::<T>::try_get(netuid, uid).ok()).collect();
		// The stake each UID validates with: its own, adjusted by its child keys.
		let (alpha_stake, root_stake): (Vec<u64>, Vec<u64>) = hotkeys
			.iter()
			.map(|hotkey| {
				let stake = hotkey
					.as_ref()
					.map(|hotkey| Self::inherited_stake(hotkey, netuid))
					.unwrap_or_default();
				(stake.alpha, stake.root)
			})
			.unzip();
		let owner_uid = SubnetOwnerHotkey::<T>::try_get(netuid)
			.ok()
			.and_then(|owner| Uids::<T>::get(netuid, owner));
		let commit_blocks = CommitRevealWeightsEnabled::<T>::get(netuid)
			.then(|| Self::earliest_commit_blocks(netuid, index, &hotkeys, epoch));
		EpochInput {
			n,
			now,
			last_mechanism_step_block: LastMechansimStepBlock::<T>::get(netuid),
			owner_uid,
			alpha_stake,
			root_stake,
			last_update: LastUpdate::<T>::get(index),
			block_at_registration: (0..n)
				.map(|uid| BlockAtRegistration::<T>::get(netuid, uid))
				.collect(),
			validator_permit: ValidatorPermit::<T>::get(netuid),
			weights: (0..n).map(|uid| Weights::<T>::get(index, uid)).collect(),
			bonds: (0..n).map(|uid| Bonds::<T>::get(index, uid)).collect(),
			commit_blocks,
			emission,
			params: Self::epoch_params(netuid),
		}
	}

	/// The subnet's hyperparameters as the epoch reads them.
	fn epoch_params(netuid: NetUid) -> EpochParams {
		EpochParams {
			tempo: Tempo::<T>::get(netuid),
			activity_cutoff_factor_milli: ActivityCutoffFactorMilli::<T>::get(netuid),
			kappa: Kappa::<T>::get(netuid),
			bonds_penalty: BondsPenalty::<T>::get(netuid),
			bonds_moving_average: BondsMovingAverage::<T>::get(netuid),
			yuma3: Yuma3On::<T>::get(netuid),
			liquid_alpha: LiquidAlphaOn::<T>::get(netuid),
			alpha_values: AlphaValues::<T>::get(netuid),
			alpha_sigmoid_steepness: AlphaSigmoidSteepness::<T>::get(netuid),
			max_allowed_validators: MaxAllowedValidators::<T>::get(netuid),
			stake_threshold: StakeThreshold::<T>::get(),
			tao_weight: TaoWeight::<T>::get(),
		}
	}

	/// For each UID, the block of its hotkey's earliest weight commit unexpired in `epoch`
	/// (`u64::MAX` if none): weights revealed from a commit made before a UID registered do
	/// not count for it.
	fn earliest_commit_blocks(
		netuid: NetUid,
		index: NetUidStorageIndex,
		hotkeys: &[Option<T::AccountId>],
		epoch: u64,
	) -> Vec<u64> {
		let period = RevealPeriodEpochs::<T>::get(netuid);
		hotkeys
			.iter()
			.map(|hotkey| {
				hotkey
					.as_ref()
					.and_then(|h| WeightCommits::<T>::get(index, h))
					.and_then(|queue| {
						queue
							.iter()
							.filter(|(_, commit_epoch, ..)| {
								commit_epoch.saturating_add(period) >= epoch
							})
							.map(|(_, _, block, _)| *block)
							.min()
					})
					.unwrap_or(u64::MAX)
			})
			.collect()
	}

	/// Stores a mechanism's incentive and bonds and reports its miners' emission.
	fn store_mechanism_results(index: NetUidStorageIndex, output: &EpochOutput) {
		Incentive::<T>::insert(
			index,
			output.neurons.iter().map(|t| t.incentive).collect::<Vec<_>>(),
		);
		for (uid, row) in (0..u16::MAX).zip(&output.bonds) {
			if row.is_empty() {
				Bonds::<T>::remove(index, uid);
			} else {
				Bonds::<T>::insert(index, uid, row);
			}
		}
		let emissions: Vec<AlphaBalance> =
			output.neurons.iter().map(|t| AlphaBalance::new(t.server_emission)).collect();
		Self::deposit_event(Event::IncentiveAlphaEmittedToMiners { netuid: index, emissions });
	}

	/// Stores the per-UID results of the subnet's epoch.
	fn store_subnet_results(netuid: NetUid, terms: &[NeuronTerms]) {
		let column = |f: fn(&NeuronTerms) -> u16| terms.iter().map(f).collect::<Vec<u16>>();
		Active::<T>::insert(netuid, terms.iter().map(|t| t.active).collect::<Vec<_>>());
		ValidatorPermit::<T>::insert(
			netuid,
			terms.iter().map(|t| t.validator_permit).collect::<Vec<_>>(),
		);
		Consensus::<T>::insert(netuid, column(|t| t.consensus));
		Dividends::<T>::insert(netuid, column(|t| t.dividend));
		ValidatorTrust::<T>::insert(netuid, column(|t| t.validator_trust));
		StakeWeight::<T>::insert(netuid, column(|t| t.stake_weight));
		Emission::<T>::insert(
			netuid,
			terms.iter().map(|t| AlphaBalance::new(t.emission)).collect::<Vec<_>>(),
		);
	}
}
