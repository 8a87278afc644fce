//! The older answers of `SubnetInfoRuntimeApi` that tools written for earlier chains still call:
//! `SubnetInfo` (v1, declared beside `SubnetInfov2`), `SubnetHyperparams` and
//! `SubnetHyperparamsV2` (fixed structs, where `get_subnet_hyperparams_v3` answers a named
//! list), and the subnet's pool account. Field order is the SCALE order of the real chain.

use super::subnet_info::SubnetInfo;
use crate::*;
use alloc::vec::Vec;
use codec::{Compact, Decode, Encode};
use scale_info::TypeInfo;
use substrate_fixed::types::I32F32;
use subtensor_common::{NetUid, TaoBalance};

/// Declares the two fixed hyperparameter structs: `SubnetHyperparams` with the first group of
/// fields and `SubnetHyperparamsV2` with both groups, in this order.
macro_rules! hyperparam_structs {
	(
		first: { $($(#[doc = $d1:literal])+ $f1:ident: $t1:ty,)+ }
		added: { $($(#[doc = $d2:literal])+ $f2:ident: $t2:ty,)+ }
	) => {
		/// A subnet's hyperparameters (the first fixed version).
		#[derive(Clone, Debug, Decode, Encode, Eq, PartialEq, TypeInfo)]
		pub struct SubnetHyperparams {
			$($(#[doc = $d1])+ pub $f1: $t1,)+
		}

		/// A subnet's hyperparameters (the second fixed version: the first, then five more).
		#[derive(Clone, Debug, Decode, Encode, Eq, PartialEq, TypeInfo)]
		pub struct SubnetHyperparamsV2 {
			$($(#[doc = $d1])+ pub $f1: $t1,)+
			$($(#[doc = $d2])+ pub $f2: $t2,)+
		}

		impl From<SubnetHyperparamsV2> for SubnetHyperparams {
			fn from(v2: SubnetHyperparamsV2) -> Self {
				SubnetHyperparams { $($f1: v2.$f1,)+ }
			}
		}
	};
}

hyperparam_structs! {
	first: {
		/// `rho` (stored, unused by the epoch).
		rho: Compact<u16>,
		/// Consensus majority (÷65535).
		kappa: Compact<u16>,
		/// Blocks a new UID cannot be pruned.
		immunity_period: Compact<u16>,
		/// Fewest weights a validator may set.
		min_allowed_weights: Compact<u16>,
		/// Largest single weight (÷65535).
		max_weights_limit: Compact<u16>,
		/// Blocks between epochs.
		tempo: Compact<u16>,
		/// Lowest proof-of-work difficulty.
		min_difficulty: Compact<u64>,
		/// Highest proof-of-work difficulty.
		max_difficulty: Compact<u64>,
		/// Version key weights must carry.
		weights_version: Compact<u64>,
		/// Blocks between weight sets of a UID.
		weights_rate_limit: Compact<u64>,
		/// Blocks per difficulty adjustment.
		adjustment_interval: Compact<u16>,
		/// Blocks without weights after which a UID is inactive.
		activity_cutoff: Compact<u64>,
		/// Registration open.
		registration_allowed: bool,
		/// Registrations per interval aimed at.
		target_regs_per_interval: Compact<u16>,
		/// Lowest burn.
		min_burn: Compact<TaoBalance>,
		/// Highest burn.
		max_burn: Compact<TaoBalance>,
		/// Bond moving average (÷10^6).
		bonds_moving_avg: Compact<u64>,
		/// Most registrations per block.
		max_regs_per_block: Compact<u16>,
		/// Blocks between endpoint updates.
		serving_rate_limit: Compact<u64>,
		/// Most validator permits.
		max_validators: Compact<u16>,
		/// Difficulty adjustment smoothing.
		adjustment_alpha: Compact<u64>,
		/// Proof-of-work difficulty.
		difficulty: Compact<u64>,
		/// Epochs between commit and reveal.
		commit_reveal_period: Compact<u64>,
		/// Weights go through commit-reveal.
		commit_reveal_weights_enabled: bool,
		/// Liquid alpha upper bound (÷65535).
		alpha_high: Compact<u16>,
		/// Liquid alpha lower bound (÷65535).
		alpha_low: Compact<u16>,
		/// Liquid alpha on.
		liquid_alpha_enabled: bool,
	}
	added: {
		/// Liquid-alpha sigmoid steepness.
		alpha_sigmoid_steepness: I32F32,
		/// 3 with Yuma-3 bonds, else 2.
		yuma_version: Compact<u16>,
		/// Staking and emission started (`start_call`).
		subnet_is_active: bool,
		/// Stake transfers allowed.
		transfers_enabled: bool,
		/// Commitments may reset bonds.
		bonds_reset_enabled: bool,
		/// Always `false`: pools take no user liquidity.
		user_liquidity_enabled: bool,
	}
}

impl<T: Config> Pallet<T> {
	/// The main parameters of `netuid` in the first layout (`None` if it does not exist).
	pub fn get_subnet_info(netuid: NetUid) -> Option<SubnetInfo<T::AccountId>> {
		Self::get_subnet_info_v2(netuid).map(SubnetInfo::from)
	}

	/// The main parameters of every subnet, root included, in netuid order, first layout.
	pub fn get_subnets_info() -> Vec<Option<SubnetInfo<T::AccountId>>> {
		Self::subnets().into_iter().map(Self::get_subnet_info).collect()
	}

	/// The hyperparameters of `netuid` in the first fixed layout.
	pub fn get_subnet_hyperparams(netuid: NetUid) -> Option<SubnetHyperparams> {
		Self::get_subnet_hyperparams_v2(netuid).map(SubnetHyperparams::from)
	}

	/// The hyperparameters of `netuid` in the second fixed layout (`None` if it does not
	/// exist).
	pub fn get_subnet_hyperparams_v2(netuid: NetUid) -> Option<SubnetHyperparamsV2> {
		if !Self::subnet_exists(netuid) {
			return None;
		}
		let (alpha_low, alpha_high) = AlphaValues::<T>::get(netuid);
		Some(SubnetHyperparamsV2 {
			rho: Compact(Rho::<T>::get(netuid)),
			kappa: Compact(Kappa::<T>::get(netuid)),
			immunity_period: Compact(ImmunityPeriod::<T>::get(netuid)),
			min_allowed_weights: Compact(MinAllowedWeights::<T>::get(netuid)),
			max_weights_limit: Compact(MaxWeightsLimit::<T>::get(netuid)),
			tempo: Compact(Tempo::<T>::get(netuid)),
			min_difficulty: Compact(MinDifficulty::<T>::get(netuid)),
			max_difficulty: Compact(MaxDifficulty::<T>::get(netuid)),
			weights_version: Compact(WeightsVersionKey::<T>::get(netuid)),
			weights_rate_limit: Compact(WeightsSetRateLimit::<T>::get(netuid)),
			adjustment_interval: Compact(AdjustmentInterval::<T>::get(netuid)),
			activity_cutoff: Compact(Self::activity_cutoff_blocks(netuid)),
			registration_allowed: NetworkRegistrationAllowed::<T>::get(netuid),
			target_regs_per_interval: Compact(TargetRegistrationsPerInterval::<T>::get(netuid)),
			min_burn: Compact(MinBurn::<T>::get(netuid)),
			max_burn: Compact(MaxBurn::<T>::get(netuid)),
			bonds_moving_avg: Compact(BondsMovingAverage::<T>::get(netuid)),
			max_regs_per_block: Compact(MaxRegistrationsPerBlock::<T>::get(netuid)),
			serving_rate_limit: Compact(ServingRateLimit::<T>::get(netuid)),
			max_validators: Compact(MaxAllowedValidators::<T>::get(netuid)),
			adjustment_alpha: Compact(AdjustmentAlpha::<T>::get(netuid)),
			difficulty: Compact(Difficulty::<T>::get(netuid)),
			commit_reveal_period: Compact(RevealPeriodEpochs::<T>::get(netuid)),
			commit_reveal_weights_enabled: CommitRevealWeightsEnabled::<T>::get(netuid),
			alpha_high: Compact(alpha_high),
			alpha_low: Compact(alpha_low),
			liquid_alpha_enabled: LiquidAlphaOn::<T>::get(netuid),
			alpha_sigmoid_steepness: I32F32::from_num(AlphaSigmoidSteepness::<T>::get(netuid)),
			yuma_version: Compact(if Yuma3On::<T>::get(netuid) { 3 } else { 2 }),
			subnet_is_active: SubtokenEnabled::<T>::get(netuid),
			transfers_enabled: TransferToggle::<T>::get(netuid),
			bonds_reset_enabled: BondsResetOn::<T>::get(netuid),
			user_liquidity_enabled: false,
		})
	}

	/// The account holding the subnet's pool TAO (`None` if the subnet does not exist).
	pub fn get_subnet_account_id(netuid: NetUid) -> Option<T::AccountId> {
		Self::subnet_exists(netuid).then(|| Self::subnet_account_id(netuid))
	}
}
