//! Dissolution of a subnet (root's `dissolve_network`, or pruning to make room for a new one):
//! root stakers' unclaimed dividends on the subnet are staked there, the pool's TAO is paid to
//! the subnet's stakers, what else the subnet account holds is recycled, and every storage
//! entry of the subnet is removed.

use crate::*;
use codec::Decode;
use sp_runtime::DispatchResult;
use substrate_fixed::types::I96F32;
use subtensor_common::{NetUid, SubnetCommitments, SwapHandler};

/// Removes the netuid's entry from each listed map.
macro_rules! remove_for_netuid {
	($netuid:expr => $($map:ident),+ $(,)?) => {
		$( $map::<T>::remove($netuid); )+
	};
}

/// Removes every entry under the netuid from each listed double map keyed by netuid first.
macro_rules! clear_for_netuid {
	($netuid:expr => $($map:ident),+ $(,)?) => {
		$( let _ = $map::<T>::clear_prefix($netuid, u32::MAX, None); )+
	};
}

impl<T: Config> Pallet<T> {
	/// Dissolves `netuid`: settles root dividends owed there, pays its pool to its stakers,
	/// recycles the rest of the TAO held in its account and removes all its storage.
	pub fn do_dissolve_network(netuid: NetUid) -> DispatchResult {
		if netuid.is_root() {
			return Err(Error::<T>::CannotDissolveRootSubnet.into());
		}
		Self::ensure_subnet_exists(netuid)?;

		let settled = Self::settle_root_dividends(netuid);
		log::debug!(target: "subtensor", "dissolving subnet {netuid}: {settled} root claims settled");
		let pot = SubnetTAO::<T>::get(netuid);
		let paid = Self::pay_out_subnet_stake(netuid)?;
		log::debug!(target: "subtensor", "dissolved subnet {netuid}: paid {paid} rao to stakers");
		TotalStake::<T>::mutate(|total| *total = total.saturating_sub(pot));
		let account = Self::subnet_account_id(netuid);
		let held = Self::free_balance(&account);
		if !held.is_zero() {
			let recycled = Self::recycle_tao(&account, held)?;
			log::debug!(target: "subtensor", "dissolved subnet {netuid}: recycled {recycled} rao");
		}

		T::SwapInterface::clear_protocol_liquidity(netuid);
		Self::clear_neurons(netuid);
		T::Commitments::forget_subnet(netuid);
		Self::clear_auto_stake_destinations(netuid);
		Self::clear_subnet_storage(netuid);
		TotalNetworks::<T>::mutate(|n| *n = n.saturating_sub(1));
		Self::deposit_event(Event::NetworkRemoved(netuid));
		Ok(())
	}

	/// Removes the subnet's neurons and everything keyed by its UIDs or their hotkeys.
	fn clear_neurons(netuid: NetUid) {
		for (_, hotkey) in Keys::<T>::iter_prefix(netuid) {
			IsNetworkMember::<T>::remove(&hotkey, netuid);
		}
		clear_for_netuid!(netuid =>
			Keys, Uids, BlockAtRegistration, Axons, NeuronCertificates, Prometheus,
		);
		remove_for_netuid!(netuid => SubnetworkN, RegistrationsThisBlock, RegistrationsThisInterval);
		Self::remove_neuron_columns(netuid);
	}

	/// Removes the subnet's registry entries, pool, hyperparameters and rate-limit records.
	fn clear_subnet_storage(netuid: NetUid) {
		let owner = SubnetOwner::<T>::get(netuid);
		TransactionKeyLastBlock::<T>::remove((
			owner,
			netuid,
			crate::subnets::owner_calls::TEMPO_UPDATE_TX_TYPE,
		));
		LastRateLimitedBlock::<T>::remove(RateLimitKey::SetSNOwnerHotkey(netuid));
		for tag in 0..=u8::MAX {
			if let Ok(parameter) = Hyperparameter::decode(&mut &[tag][..]) {
				LastRateLimitedBlock::<T>::remove(RateLimitKey::OwnerHyperparamUpdate(
					netuid, parameter,
				));
			}
		}
		remove_for_netuid!(netuid =>
			NetworksAdded, SubnetMechanism, SubnetOwner, SubnetOwnerHotkey, NetworkRegisteredAt,
			FirstEmissionBlockNumber, SubtokenEnabled, SubnetLocked, TokenSymbol,
			SubnetIdentitiesV3, SubnetTAO, SubnetAlphaIn, SubnetAlphaOut, SubnetProtocolAlpha,
			SubnetVolume, SubnetMovingPrice, RAORecycledForRegistration,
		);
		remove_for_netuid!(netuid =>
			Tempo, LastEpochBlock, PendingEpochAt, SubnetEpochIndex, BlocksSinceLastStep, Kappa, Rho,
			MaxAllowedValidators, MinAllowedWeights, MaxWeightsLimit, WeightsVersionKey,
			WeightsSetRateLimit, ActivityCutoffFactorMilli, ActivityCutoff, BondsMovingAverage,
			BondsPenalty, BondsResetOn, LiquidAlphaOn, AlphaValues, AlphaSigmoidSteepness,
			Yuma3On, CommitRevealWeightsEnabled, RevealPeriodEpochs, MechanismCountCurrent,
			MechanismEmissionSplit, ValidatorPruneLen, ScalingLawPower,
		);
		remove_for_netuid!(netuid =>
			Burn, MinBurn, MaxBurn, BurnHalfLife, BurnIncreaseMult, Difficulty, MinDifficulty,
			MaxDifficulty, AdjustmentInterval, AdjustmentAlpha, TargetRegistrationsPerInterval,
			MaxRegistrationsPerBlock, NetworkRegistrationAllowed, NetworkPowRegistrationAllowed,
			MaxAllowedUids, MinAllowedUids, ImmunityPeriod, ImmuneOwnerUidsLimit,
			MinNonImmuneUids, CollateralLockShare,
		);
		remove_for_netuid!(netuid =>
			LastMechansimStepBlock, SubnetEpochConsensus, PendingServerEmission,
			PendingValidatorEmission, PendingRootAlphaDivs, PendingOwnerCut, MinerBurned,
			SubnetAlphaInEmission, SubnetAlphaOutEmission, SubnetTaoInEmission, SubnetExcessTao,
			SubnetEmaTaoFlow,
		);
		clear_for_netuid!(netuid => AlphaDividendsPerSubnet, RootAlphaDividendsPerSubnet);
		RootClaimable::<T>::translate_values(
			|mut claimable: alloc::collections::BTreeMap<NetUid, I96F32>| {
				claimable.remove(&netuid);
				(!claimable.is_empty()).then_some(claimable)
			},
		);
		let _ = RootClaimed::<T>::clear_prefix((netuid,), u32::MAX, None);
		remove_for_netuid!(netuid =>
			ServingRateLimit, TransferToggle, SubnetEmissionEnabled, OwnerCutEnabled,
			OwnerCutAutoLockEnabled, RecycleOrBurn, EMAPriceHalvingBlocks,
			MinChildkeyTakePerSubnet, RootClaimableThreshold,
		);
	}
}
