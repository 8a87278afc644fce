//! Dissolution of a subnet (root's `dissolve_network`, or pruning to make room for a new one):
//! at once, the subnet stops existing and every storage entry it owns alone is removed (its
//! neurons, hyperparameters, registry, pool reserves); then, over the next blocks, root
//! stakers' unclaimed dividends on it are staked there, its pool's TAO is paid to its stakers
//! and what else its account holds is recycled (`dissolution.rs`).

use crate::*;
use codec::Decode;
use sp_runtime::DispatchResult;
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
	/// Dissolves `netuid`: removes it and its own storage now, and starts paying its pool to
	/// its stakers over the next blocks.
	pub fn do_dissolve_network(netuid: NetUid) -> DispatchResult {
		if netuid.is_root() {
			return Err(Error::<T>::CannotDissolveRootSubnet.into());
		}
		Self::ensure_subnet_exists(netuid)?;

		let pot = SubnetTAO::<T>::get(netuid);
		let protocol = SubnetAlphaIn::<T>::get(netuid)
			.saturating_add(SubnetProtocolAlpha::<T>::get(netuid))
			.to_u64();
		TotalStake::<T>::mutate(|total| *total = total.saturating_sub(pot));
		Self::begin_dissolution(netuid, pot.to_u64(), protocol);

		T::SwapInterface::clear_protocol_liquidity(netuid);
		Self::clear_neurons(netuid);
		T::Commitments::forget_subnet(netuid);
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

	/// Removes the subnet's registry entries, pool reserves, hyperparameters and rate-limit
	/// records (what chain-wide maps hold of it goes during the payout).
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
			MinNonImmuneUids, CollateralLockShare, CollateralDrainRatio, CollateralEntryCount,
		);
		remove_for_netuid!(netuid =>
			LastMechansimStepBlock, SubnetEpochConsensus, SavedYumaMaxAllowedValidators,
			PendingServerEmission,
			PendingValidatorEmission, PendingRootAlphaDivs, PendingOwnerCut, MinerBurned,
			SubnetAlphaInEmission, SubnetAlphaOutEmission, SubnetTaoInEmission, SubnetExcessTao,
			SubnetEmaTaoFlow,
		);
		remove_for_netuid!(netuid =>
			ServingRateLimit, TransferToggle, SubnetEmissionEnabled, OwnerCutEnabled,
			OwnerCutAutoLockEnabled, RecycleOrBurn, EMAPriceHalvingBlocks,
			MinChildkeyTakePerSubnet, RootClaimableThreshold,
		);
	}
}
