//! Setters of the hyperparameters, for pallet `AdminUtils`: each writes one storage item of
//! `storage/hyperparameters.rs` (or of a subnet's registry) and emits this pallet's event for it
//! where the reference has one (`KappaSet`, `MinBurnSet`, ...). Who may change a value, when,
//! and within which bounds is `AdminUtils`' concern; these only write. A value without an
//! event here is reported by `AdminUtils` itself (`HyperparameterUpdated` and its own events).
//!
//! The setters are listed once, in the groups of `storage/hyperparameters.rs`.

use crate::*;
use alloc::vec::Vec;
use frame_system::pallet_prelude::BlockNumberFor;
use substrate_fixed::types::{I96F32, U64F64};
use subtensor_common::{MechId, NetUid, TaoBalance};

/// Declares `pub fn $setter(netuid, value)` for per-subnet items, each writing `$item` and
/// depositing `Event::$event(netuid, value)` where one is named.
macro_rules! subnet_setters {
	($($(#[doc = $doc:literal])+ $setter:ident($value:ty) => $item:ident $(, $event:ident)?;)+) => {
		impl<T: Config> Pallet<T> {
			$(
				$(#[doc = $doc])+
				pub fn $setter(netuid: NetUid, value: $value) {
					$item::<T>::insert(netuid, value);
					$(Self::deposit_event(Event::$event(netuid, value));)?
				}
			)+
		}
	};
}

/// Declares `pub fn $setter(value)` for chain-wide items, each writing `$item` and depositing
/// `Event::$event(value)` where one is named.
macro_rules! global_setters {
	($($(#[doc = $doc:literal])+ $setter:ident($value:ty) => $item:ident $(, $event:ident)?;)+) => {
		impl<T: Config> Pallet<T> {
			$(
				$(#[doc = $doc])+
				pub fn $setter(value: $value) {
					$item::<T>::put(value);
					$(Self::deposit_event(Event::$event(value));)?
				}
			)+
		}
	};
}

// ----- Consensus -----
subnet_setters! {
	/// Consensus majority (÷65535).
	set_kappa(u16) => Kappa, KappaSet;
	/// Legacy steepness of the incentive curve.
	set_rho(u16) => Rho, RhoSet;
	/// Fewest weights a validator must set.
	set_min_allowed_weights(u16) => MinAllowedWeights, MinAllowedWeightSet;
	/// Lowest weights version key accepted.
	set_weights_version_key(u64) => WeightsVersionKey, WeightsVersionKeySet;
	/// Blocks between two weight sets of a UID.
	set_weights_set_rate_limit(u64) => WeightsSetRateLimit, WeightsSetRateLimitSet;
	/// Deprecated activity cutoff in blocks.
	set_activity_cutoff(u16) => ActivityCutoff, ActivityCutoffSet;
	/// Bond moving average (millionths).
	set_bonds_moving_average(u64) => BondsMovingAverage, BondsMovingAverageSet;
	/// Bond penalty for weights beyond consensus (÷65535).
	set_bonds_penalty(u16) => BondsPenalty, BondsPenaltySet;
	/// Whether commitments may reset bonds.
	set_bonds_reset_on(bool) => BondsResetOn, BondsResetOnSet;
	/// Whether liquid alpha is on.
	set_liquid_alpha_on(bool) => LiquidAlphaOn;
	/// Liquid alpha's (low, high) bond factors (÷65535).
	set_alpha_values((u16, u16)) => AlphaValues;
	/// Steepness of the liquid-alpha sigmoid.
	set_alpha_sigmoid_steepness(i16) => AlphaSigmoidSteepness, AlphaSigmoidSteepnessSet;
	/// Whether Yuma-3 bonds are on.
	set_yuma3_on(bool) => Yuma3On;
	/// Whether weights are committed before they are revealed.
	set_commit_reveal_weights_enabled(bool) => CommitRevealWeightsEnabled, CommitRevealEnabled;
	/// Epochs between a weight commit and its reveal.
	set_reveal_period_epochs(u64) => RevealPeriodEpochs, CommitRevealPeriodsSet;
}

// ----- Registration -----
subnet_setters! {
	/// Floor of the registration price.
	set_min_burn(TaoBalance) => MinBurn, MinBurnSet;
	/// Ceiling of the registration price.
	set_max_burn(TaoBalance) => MaxBurn, MaxBurnSet;
	/// Blocks for the registration price to halve.
	set_burn_half_life(u16) => BurnHalfLife;
	/// Registration price multiplier per registration.
	set_burn_increase_mult(U64F64) => BurnIncreaseMult;
	/// Proof-of-work difficulty.
	set_difficulty(u64) => Difficulty, DifficultySet;
	/// Lowest proof-of-work difficulty.
	set_min_difficulty(u64) => MinDifficulty, MinDifficultySet;
	/// Highest proof-of-work difficulty.
	set_max_difficulty(u64) => MaxDifficulty, MaxDifficultySet;
	/// Legacy price-controller interval.
	set_adjustment_interval(u16) => AdjustmentInterval, AdjustmentIntervalSet;
	/// Legacy price-controller smoothing.
	set_adjustment_alpha(u64) => AdjustmentAlpha, AdjustmentAlphaSet;
	/// Target registrations per interval.
	set_target_registrations_per_interval(u16)
		=> TargetRegistrationsPerInterval, RegistrationPerIntervalSet;
	/// Most registrations in one block.
	set_max_registrations_per_block(u16)
		=> MaxRegistrationsPerBlock, MaxRegistrationsPerBlockSet;
	/// Whether burned registration is open.
	set_network_registration_allowed(bool) => NetworkRegistrationAllowed, RegistrationAllowed;
	/// Whether proof-of-work registration is open.
	set_network_pow_registration_allowed(bool)
		=> NetworkPowRegistrationAllowed, PowRegistrationAllowed;
	/// UID capacity.
	set_max_allowed_uids(u16) => MaxAllowedUids, MaxAllowedUidsSet;
	/// Floor for trimming the UID capacity.
	set_min_allowed_uids(u16) => MinAllowedUids, MinAllowedUidsSet;
	/// Blocks a new UID is immune from pruning.
	set_immunity_period(u16) => ImmunityPeriod, ImmunityPeriodSet;
	/// How many of the owner's UIDs are immune.
	set_immune_owner_uids_limit(u16) => ImmuneOwnerUidsLimit;
	/// Non-immune UIDs pruning keeps before it takes immune ones.
	set_min_non_immune_uids(u16) => MinNonImmuneUids, MinNonImmuneUidsSet;
	/// TAO recycled by registrations so far (reported to clients).
	set_rao_recycled_for_registration(TaoBalance)
		=> RAORecycledForRegistration, RAORecycledForRegistrationSet;
}

// ----- Serving, staking, emission -----
subnet_setters! {
	/// Blocks between two axon/prometheus updates.
	set_serving_rate_limit(u64) => ServingRateLimit, ServingRateLimitSet;
	/// Whether stake may be transferred to other coldkeys.
	set_transfer_toggle(bool) => TransferToggle, TransferToggle;
	/// Whether the subnet receives its TAO share of block emission.
	set_subnet_emission_enabled(bool) => SubnetEmissionEnabled;
	/// Whether the owner takes its cut.
	set_owner_cut_enabled(bool) => OwnerCutEnabled;
	/// Whether the owner's cut is locked automatically.
	set_owner_cut_auto_lock_enabled(bool) => OwnerCutAutoLockEnabled;
	/// Whether the owner's incentive is recycled or burned.
	set_recycle_or_burn(RecycleOrBurnEnum) => RecycleOrBurn;
	/// Warm-up constant of the moving price.
	set_ema_price_halving_blocks(u64) => EMAPriceHalvingBlocks;
	/// Whether staking and emission are on (`start_call`).
	set_subtoken_enabled(bool) => SubtokenEnabled;
	/// Per-subnet floor of the childkey take.
	set_min_childkey_take_per_subnet(u16) => MinChildkeyTakePerSubnet, MinChildKeyTakePerSubnetSet;
}

// ----- Chain-wide -----
global_setters! {
	/// The commit-reveal version timelocked weight commits must name.
	set_commit_reveal_weights_version(u16) => CommitRevealWeightsVersion, CommitRevealVersionSet;
	/// Highest delegate take (÷65535).
	set_max_delegate_take(u16) => MaxDelegateTake, DefaultTakeSet;
	/// Lowest delegate take (÷65535).
	set_min_delegate_take(u16) => MinDelegateTake, MinDelegateTakeSet;
	/// Owner share of alpha emission (÷65535).
	set_subnet_owner_cut(u16) => SubnetOwnerCut, SubnetOwnerCutSet;
	/// Blocks between two subnet registrations.
	set_network_rate_limit(u64) => NetworkRateLimit, NetworkRateLimitSet;
	/// Blocks a new subnet is protected from replacement.
	set_network_immunity_period(u64) => NetworkImmunityPeriod, NetworkImmunityPeriodSet;
	/// Floor of the subnet lock cost.
	set_network_min_lock_cost(TaoBalance) => NetworkMinLockCost, NetworkMinLockCostSet;
	/// Most subnets.
	set_subnet_limit(u16) => SubnetLimit, SubnetLimitSet;
	/// Blocks over which the lock cost decays back to its floor.
	set_network_lock_reduction_interval(u64)
		=> NetworkLockReductionInterval, NetworkLockCostReductionIntervalSet;
	/// Stake a validator needs for a permit.
	set_stake_threshold(u64) => StakeThreshold, StakeThresholdSet;
	/// Smallest nomination.
	set_nominator_min_required_stake(u64) => NominatorMinRequiredStake;
	/// Blocks between two take increases of a delegate.
	set_tx_delegate_take_rate_limit(u64) => TxDelegateTakeRateLimit, TxDelegateTakeRateLimitSet;
	/// Smoothing of the subnets' moving prices.
	set_subnet_moving_alpha(I96F32) => SubnetMovingAlpha;
	/// Blocks before an epoch in which hyperparameters are frozen.
	set_admin_freeze_window(u16) => AdminFreezeWindow, AdminFreezeWindowSet;
	/// Tempos between two changes of one hyperparameter by an owner.
	set_owner_hyperparam_rate_limit(u16) => OwnerHyperparamRateLimit, OwnerHyperparamRateLimitSet;
	/// Blocks between a subnet's registration and `start_call`.
	set_start_call_delay(u64) => StartCallDelay, StartCallDelaySet;
	/// Most epochs run in one block.
	set_max_epochs_per_block(u8) => MaxEpochsPerBlock, MaxEpochsPerBlockSet;
	/// Most mechanisms a subnet may have.
	set_max_mechanism_count(MechId) => MaxMechanismCount;
	/// Blocks between two childkey-take increases of a hotkey on a subnet.
	set_tx_childkey_take_rate_limit(u64) => TxChildkeyTakeRateLimit, TxChildKeyTakeRateLimitSet;
	/// Lowest childkey take (÷65535).
	set_min_childkey_take(u16) => MinChildkeyTake, MinChildKeyTakeSet;
	/// Highest childkey take (÷65535).
	set_max_childkey_take(u16) => MaxChildkeyTake, MaxChildKeyTakeSet;
	/// Blocks a scheduled child-key set waits before it applies.
	put_pending_childkey_cooldown(u64) => PendingChildKeyCooldown;
	/// Share (÷`u64::MAX`) of the dividends a child passes to a parent of another owner that
	/// is recycled.
	set_ck_burn(u64) => CKBurn;
	/// Blocks a coldkey waits between two hotkey swaps.
	set_tx_rate_limit(u64) => TxRateLimit, TxRateLimitSet;
	/// Blocks between a coldkey swap's announcement and its execution.
	set_coldkey_swap_announcement_delay(BlockNumberFor<T>)
		=> ColdkeySwapAnnouncementDelay, ColdkeySwapAnnouncementDelaySet;
	/// Blocks after an announced swap became executable before it may be announced again
	/// (or withdrawn).
	set_coldkey_swap_reannouncement_delay(BlockNumberFor<T>)
		=> ColdkeySwapReannouncementDelay, ColdkeySwapReannouncementDelaySet;
}

impl<T: Config> Pallet<T> {
	/// How emission is split across the subnet's mechanisms (`None`: evenly).
	pub fn set_mechanism_emission_split(netuid: NetUid, split: Option<Vec<u16>>) {
		MechanismEmissionSplit::<T>::set(netuid, split);
	}
}
