//! `SubnetInfov2` (and the first layout, `SubnetInfo`) and the hyperparameter list
//! (`get_subnet_hyperparams_v3`), as the SDK's subnet
//! views and `btcli hparams get` decode them, plus the schedule and pruning answers of
//! `SubnetInfoRuntimeApi`.

use crate::{coinbase::epoch_schedule::MAX_BLOCKS_BETWEEN_EPOCHS, *};
use alloc::vec::Vec;
use codec::{Compact, Decode, Encode};
use scale_info::TypeInfo;
use substrate_fixed::types::{I32F32, U64F64};
use subtensor_common::{NetUid, TaoBalance};

/// Declares `SubnetInfo` (the first layout) and `SubnetInfov2` (which renames the emission
/// field and adds the identity): the fields listed, then emission, burn and owner.
macro_rules! subnet_info_structs {
	($($(#[doc = $doc:literal])+ $field:ident: $ty:ty,)+) => {
		/// A subnet's main parameters and owner (the first layout, without the identity).
		#[derive(Clone, Debug, Decode, Encode, Eq, PartialEq, TypeInfo)]
		pub struct SubnetInfo<AccountId> {
			$($(#[doc = $doc])+ pub $field: $ty,)+
			/// Always 0 (kept for layout).
			pub emission_values: Compact<u64>,
			/// TAO a burned registration costs now.
			pub burn: Compact<TaoBalance>,
			/// The owner's coldkey.
			pub owner: AccountId,
		}

		/// A subnet's main parameters, owner and identity.
		#[derive(Clone, Debug, Decode, Encode, Eq, PartialEq, TypeInfo)]
		pub struct SubnetInfov2<AccountId> {
			$($(#[doc = $doc])+ pub $field: $ty,)+
			/// Always 0 (kept for layout).
			pub emission_value: Compact<u64>,
			/// TAO a burned registration costs now.
			pub burn: Compact<TaoBalance>,
			/// The owner's coldkey.
			pub owner: AccountId,
			/// The owner's identity for the subnet.
			pub identity: Option<SubnetIdentityV3>,
		}

		impl<AccountId> From<SubnetInfov2<AccountId>> for SubnetInfo<AccountId> {
			fn from(v2: SubnetInfov2<AccountId>) -> Self {
				SubnetInfo {
					$($field: v2.$field,)+
					emission_values: v2.emission_value,
					burn: v2.burn,
					owner: v2.owner,
				}
			}
		}
	};
}

subnet_info_structs! {
	/// The subnet.
	netuid: Compact<NetUid>,
	/// `rho` (stored, unused by the epoch).
	rho: Compact<u16>,
	/// Consensus majority (÷65535).
	kappa: Compact<u16>,
	/// Proof-of-work difficulty.
	difficulty: Compact<u64>,
	/// Blocks a new UID cannot be pruned.
	immunity_period: Compact<u16>,
	/// Most validator permits.
	max_allowed_validators: Compact<u16>,
	/// Fewest weights a validator may set.
	min_allowed_weights: Compact<u16>,
	/// Largest single weight (÷65535).
	max_weights_limit: Compact<u16>,
	/// `scaling_law_power` (stored, unused).
	scaling_law_power: Compact<u16>,
	/// UIDs registered.
	subnetwork_n: Compact<u16>,
	/// Most UIDs.
	max_allowed_uids: Compact<u16>,
	/// Blocks since the last epoch's payout.
	blocks_since_last_step: Compact<u64>,
	/// Blocks between epochs.
	tempo: Compact<u16>,
	/// Always 0 (kept for layout).
	network_modality: Compact<u16>,
	/// Always empty (kept for layout).
	network_connect: Vec<[u16; 2]>,
}

/// A hyperparameter's value, tagged with its type.
#[derive(Clone, Debug, Decode, Encode, PartialEq, TypeInfo)]
pub enum HyperparamValue {
	/// A switch.
	Bool(bool),
	/// A 16-bit number.
	U16(Compact<u16>),
	/// A 32-bit number.
	U32(Compact<u32>),
	/// A 64-bit number.
	U64(Compact<u64>),
	/// A 128-bit number.
	U128(Compact<u128>),
	/// An amount of TAO.
	TaoBalance(Compact<TaoBalance>),
	/// A signed fixed-point number.
	I32F32(I32F32),
	/// An unsigned fixed-point number.
	U64F64(U64F64),
}

/// One named hyperparameter.
#[derive(Clone, Debug, Decode, Encode, PartialEq, TypeInfo)]
pub struct HyperparamEntry {
	/// Its name, as the `sudo_set_<name>` setter and the CLI call it.
	pub name: Vec<u8>,
	/// Its value.
	pub value: HyperparamValue,
}

/// A named entry.
fn entry(name: &str, value: HyperparamValue) -> HyperparamEntry {
	HyperparamEntry { name: name.as_bytes().to_vec(), value }
}

/// A 16-bit entry.
fn u16_entry(name: &str, value: u16) -> HyperparamEntry {
	entry(name, HyperparamValue::U16(Compact(value)))
}

/// A 64-bit entry.
fn u64_entry(name: &str, value: u64) -> HyperparamEntry {
	entry(name, HyperparamValue::U64(Compact(value)))
}

/// A switch entry.
fn bool_entry(name: &str, value: bool) -> HyperparamEntry {
	entry(name, HyperparamValue::Bool(value))
}

/// A TAO entry.
fn tao_entry(name: &str, value: TaoBalance) -> HyperparamEntry {
	entry(name, HyperparamValue::TaoBalance(Compact(value)))
}

impl<T: Config> Pallet<T> {
	/// The main parameters of `netuid` (`None` if the subnet does not exist).
	pub fn get_subnet_info_v2(netuid: NetUid) -> Option<SubnetInfov2<T::AccountId>> {
		if !Self::subnet_exists(netuid) {
			return None;
		}
		Some(SubnetInfov2 {
			netuid: Compact(netuid),
			rho: Compact(Rho::<T>::get(netuid)),
			kappa: Compact(Kappa::<T>::get(netuid)),
			difficulty: Compact(Difficulty::<T>::get(netuid)),
			immunity_period: Compact(ImmunityPeriod::<T>::get(netuid)),
			max_allowed_validators: Compact(MaxAllowedValidators::<T>::get(netuid)),
			min_allowed_weights: Compact(MinAllowedWeights::<T>::get(netuid)),
			max_weights_limit: Compact(MaxWeightsLimit::<T>::get(netuid)),
			scaling_law_power: Compact(ScalingLawPower::<T>::get(netuid)),
			subnetwork_n: Compact(SubnetworkN::<T>::get(netuid)),
			max_allowed_uids: Compact(MaxAllowedUids::<T>::get(netuid)),
			blocks_since_last_step: Compact(BlocksSinceLastStep::<T>::get(netuid)),
			tempo: Compact(Tempo::<T>::get(netuid)),
			network_modality: Compact(0),
			network_connect: Vec::new(),
			emission_value: Compact(0),
			burn: Compact(Burn::<T>::get(netuid)),
			owner: SubnetOwner::<T>::get(netuid),
			identity: SubnetIdentitiesV3::<T>::get(netuid),
		})
	}

	/// The main parameters of every subnet, root included, in netuid order.
	pub fn get_subnets_info_v2() -> Vec<Option<SubnetInfov2<T::AccountId>>> {
		Self::subnets().into_iter().map(Self::get_subnet_info_v2).collect()
	}

	/// Every hyperparameter of `netuid` by name (`None` if the subnet does not exist): the
	/// reference's list, then the other owner-settable ones the CLI would otherwise read from
	/// storage one by one.
	pub fn get_subnet_hyperparams_v3(netuid: NetUid) -> Option<Vec<HyperparamEntry>> {
		if !Self::subnet_exists(netuid) {
			return None;
		}
		let (alpha_low, alpha_high) = AlphaValues::<T>::get(netuid);
		let steepness = I32F32::from_num(AlphaSigmoidSteepness::<T>::get(netuid));
		let yuma_version = if Yuma3On::<T>::get(netuid) { 3 } else { 2 };
		let min_childkey_take =
			MinChildkeyTake::<T>::get().max(MinChildkeyTakePerSubnet::<T>::get(netuid));
		let epoch_consensus = match SubnetEpochConsensus::<T>::get(netuid) {
			EpochConsensus::Yuma => 0,
			EpochConsensus::Null => 1,
		};
		Some(alloc::vec![
			u16_entry("kappa", Kappa::<T>::get(netuid)),
			u16_entry("immunity_period", ImmunityPeriod::<T>::get(netuid)),
			u16_entry("min_allowed_weights", MinAllowedWeights::<T>::get(netuid)),
			u16_entry("max_weights_limit", MaxWeightsLimit::<T>::get(netuid)),
			u16_entry("tempo", Tempo::<T>::get(netuid)),
			u64_entry("weights_version", WeightsVersionKey::<T>::get(netuid)),
			u64_entry("weights_rate_limit", WeightsSetRateLimit::<T>::get(netuid)),
			u64_entry("activity_cutoff", Self::activity_cutoff_blocks(netuid)),
			entry(
				"activity_cutoff_factor",
				HyperparamValue::U32(Compact(ActivityCutoffFactorMilli::<T>::get(netuid))),
			),
			bool_entry("registration_allowed", NetworkRegistrationAllowed::<T>::get(netuid)),
			u16_entry("target_regs_per_interval", TargetRegistrationsPerInterval::<T>::get(netuid),),
			tao_entry("min_burn", MinBurn::<T>::get(netuid)),
			tao_entry("max_burn", MaxBurn::<T>::get(netuid)),
			u16_entry("burn_half_life", BurnHalfLife::<T>::get(netuid)),
			entry(
				"burn_increase_mult",
				HyperparamValue::U64F64(BurnIncreaseMult::<T>::get(netuid)),
			),
			u64_entry("bonds_moving_avg", BondsMovingAverage::<T>::get(netuid)),
			u16_entry("max_regs_per_block", MaxRegistrationsPerBlock::<T>::get(netuid)),
			u64_entry("serving_rate_limit", ServingRateLimit::<T>::get(netuid)),
			u16_entry("max_validators", MaxAllowedValidators::<T>::get(netuid)),
			u64_entry("commit_reveal_period", RevealPeriodEpochs::<T>::get(netuid)),
			bool_entry(
				"commit_reveal_weights_enabled",
				CommitRevealWeightsEnabled::<T>::get(netuid),
			),
			u16_entry("alpha_high", alpha_high),
			u16_entry("alpha_low", alpha_low),
			bool_entry("liquid_alpha_enabled", LiquidAlphaOn::<T>::get(netuid)),
			entry("alpha_sigmoid_steepness", HyperparamValue::I32F32(steepness)),
			u16_entry("yuma_version", yuma_version),
			bool_entry("subnet_is_active", SubtokenEnabled::<T>::get(netuid)),
			bool_entry("transfers_enabled", TransferToggle::<T>::get(netuid)),
			bool_entry("bonds_reset_enabled", BondsResetOn::<T>::get(netuid)),
			bool_entry("user_liquidity_enabled", false),
			bool_entry("owner_cut_enabled", OwnerCutEnabled::<T>::get(netuid)),
			bool_entry("owner_cut_auto_lock_enabled", OwnerCutAutoLockEnabled::<T>::get(netuid)),
			u16_entry("min_childkey_take", min_childkey_take),
			u16_entry("rho", Rho::<T>::get(netuid)),
			u64_entry("adjustment_alpha", AdjustmentAlpha::<T>::get(netuid)),
			u16_entry("bonds_penalty", BondsPenalty::<T>::get(netuid)),
			u16_entry("max_allowed_uids", MaxAllowedUids::<T>::get(netuid)),
			u64_entry("difficulty", Difficulty::<T>::get(netuid)),
			u64_entry("min_difficulty", MinDifficulty::<T>::get(netuid)),
			u64_entry("max_difficulty", MaxDifficulty::<T>::get(netuid)),
			bool_entry(
				"network_pow_registration_allowed",
				NetworkPowRegistrationAllowed::<T>::get(netuid),
			),
			u16_entry("owner_immune_neuron_limit", ImmuneOwnerUidsLimit::<T>::get(netuid)),
			bool_entry("yuma3_enabled", Yuma3On::<T>::get(netuid)),
			u16_entry("epoch_consensus", epoch_consensus),
			u16_entry("collateral_lock_share", CollateralLockShare::<T>::get(netuid)),
			entry(
				"collateral_drain_ratio",
				HyperparamValue::U64F64(CollateralDrainRatio::<T>::get(netuid)),
			),
		])
	}

	/// The block the subnet's next epoch is due in: the tempo after the last one (at most
	/// [`MAX_BLOCKS_BETWEEN_EPOCHS`] + 1 blocks), or earlier if the owner triggered one. `None` if the subnet does not exist or never runs epochs.
	pub fn get_next_epoch_start_block(netuid: NetUid) -> Option<u64> {
		let tempo = Tempo::<T>::get(netuid);
		if !Self::subnet_exists(netuid) || tempo == 0 {
			return None;
		}
		let last = LastEpochBlock::<T>::get(netuid);
		let by_tempo = last.saturating_add(u64::from(tempo));
		let overdue = last.saturating_add(MAX_BLOCKS_BETWEEN_EPOCHS).saturating_add(1);
		let triggered = PendingEpochAt::<T>::get(netuid);
		let scheduled = by_tempo.min(overdue);
		Some(if triggered > 0 { scheduled.min(triggered) } else { scheduled })
	}

	/// The hotkey the coldkey's miner incentive on `netuid` is staked to, if it chose one.
	pub fn get_coldkey_auto_stake_hotkey(
		coldkey: T::AccountId,
		netuid: NetUid,
	) -> Option<T::AccountId> {
		AutoStakeDestination::<T>::get(coldkey, netuid)
	}
}
