//! # Pallet `AdminUtils`
//!
//! The setters of the hyperparameters that live in `SubtensorModule` (runtime index 19, call
//! indices as on the real chain). Every setter is guarded by a [`Gate`]:
//!
//! - chain-wide values and a few per-subnet ones: root only;
//! - most per-subnet values: the subnet owner or root, refused inside the admin freeze window
//!   before an epoch (root included), the owner at most once per `OwnerHyperparamRateLimit`
//!   tempos for each hyperparameter.
//!
//! Values are checked against their bounds with named errors; a refused call changes nothing.
//! What is written, `SubtensorModule` writes: each call ends in its setter of the value, which
//! emits the matching `SubtensorModule` event (`KappaSet`, `TempoSet`, ...); where the reference
//! names none, this pallet emits `HyperparameterUpdated` or its own event.
//!
//! Root also replaces the Aura block authors and schedules GRANDPA authority changes.
//!
//! Code map: `calls.rs` (every call, in call-index order), `gates.rs` (who may change what,
//! and when), `checks.rs` (bounds that span several values), `authorities.rs` (the consensus
//! hooks the runtime provides), `weights.rs`, `benchmarking.rs`. The setters are tested on the real runtime
//! (`runtime/src/tests/admin_utils.rs`).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod authorities;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod calls;
mod checks;
mod gates;
pub mod weights;

pub use authorities::{AuraAuthorities, GrandpaAuthorities};
pub use gates::{Caller, Gate};
pub use pallet::*;
pub use weights::WeightInfo;

use frame_support::pallet_macros::import_section;

// The FRAME macros expand to `expect` on values they have just checked; the calls below only
// delegate. Their signatures follow the reference argument for argument.
#[allow(clippy::expect_used, clippy::too_many_arguments)]
#[import_section(calls::calls)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use crate::{
		checks::{
			MAX_OWNER_BONDS_MOVING_AVERAGE, MAX_UIDS_ACROSS_MECHANISMS,
			MECHANISM_CHANGE_RATE_LIMIT, MECHANISM_HARD_CAP, UID_TRIM_RATE_LIMIT,
		},
		gates::check,
		weights::WeightInfo,
	};
	use alloc::vec::Vec;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use pallet_subtensor::{
		collateral::{MAX_COLLATERAL_DRAIN_RATIO, MAX_COLLATERAL_LOCK_SHARE},
		Error as SubtensorError, Hyperparameter, Pallet as Subtensor, RecycleOrBurnEnum, *,
	};
	use substrate_fixed::types::{I96F32, U64F64};
	use subtensor_common::{MechId, NetUid, TaoBalance, MAX_BONDS_MOVING_AVERAGE, RAO_PER_TAO};

	/// Configuration of `AdminUtils`: it writes `SubtensorModule`'s storage.
	#[pallet::config]
	pub trait Config:
		frame_system::Config<RuntimeEvent: From<Event<Self>>> + pallet_subtensor::Config
	{
		/// Key type of an Aura block author.
		type AuthorityId: Parameter + Member + MaxEncodedLen;
		/// Most Aura authors, and most GRANDPA voters.
		type MaxAuthorities: Get<u32>;
		/// The runtime's Aura pallet.
		type Aura: AuraAuthorities<Self::AuthorityId, Self::MaxAuthorities>;
		/// The runtime's GRANDPA pallet.
		type Grandpa: GrandpaAuthorities<BlockNumberFor<Self>>;
		/// Benchmarked weights of the setters.
		type WeightInfo: WeightInfo;
	}

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// A hyperparameter or the consensus authorities changed. Variants 0–5 are the reference
	/// chain's, at its indices with its fields; 6 onwards are this chain's.
	#[pallet::event]
	#[pallet::generate_deposit(pub(crate) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Not emitted here (on the reference: an EVM precompile was switched; this chain has
		/// no EVM).
		PrecompileUpdated {
			/// The precompile.
			precompile_id: PrecompileEnum,
			/// Whether it is on.
			enabled: bool,
		},
		/// The Yuma-3 bond model was switched for a subnet.
		Yuma3EnableToggled {
			/// The subnet.
			netuid: NetUid,
			/// Whether Yuma-3 is on.
			enabled: bool,
		},
		/// Bond resets on metadata commitments were switched for a subnet.
		BondsResetToggled {
			/// The subnet.
			netuid: NetUid,
			/// Whether bond resets are on.
			enabled: bool,
		},
		/// The half-life of a subnet's registration price decay changed.
		BurnHalfLifeSet {
			/// The subnet.
			netuid: NetUid,
			/// Blocks for the price to halve.
			burn_half_life: u16,
		},
		/// A subnet's registration price multiplier changed.
		BurnIncreaseMultSet {
			/// The subnet.
			netuid: NetUid,
			/// The multiplier per registration.
			burn_increase_mult: U64F64,
		},
		/// A subnet's TAO share of block emission was switched.
		SubnetEmissionEnabledSet {
			/// The subnet.
			netuid: NetUid,
			/// Whether the subnet receives its share.
			enabled: bool,
		},
		/// A hyperparameter without an event of its own changed.
		HyperparameterUpdated {
			/// The subnet, or `None` for a chain-wide value.
			netuid: Option<NetUid>,
			/// Name of the `SubtensorModule` storage item.
			hyperparameter: Vec<u8>,
		},
		/// Root replaced the Aura block authors.
		AuraAuthoritiesChanged {
			/// How many authors there are now.
			count: u32,
		},
		/// Root scheduled a change of the GRANDPA authorities.
		GrandpaChangeScheduled {
			/// How many voters the new set has.
			count: u32,
			/// Blocks until the new set takes over.
			in_blocks: BlockNumberFor<T>,
			/// For a forced change: the median last-finalized block it is signalled with.
			forced: Option<BlockNumberFor<T>>,
		},
	}

	/// The EVM precompiles the reference chain can switch (kept so its `PrecompileUpdated`
	/// event has the same type here).
	#[derive(
		Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
	)]
	pub enum PrecompileEnum {
		/// Balance transfers.
		BalanceTransfer,
		/// Staking.
		Staking,
		/// Subnets.
		Subnet,
		/// The metagraph.
		Metagraph,
		/// Neurons.
		Neuron,
		/// UID lookup.
		UidLookup,
		/// Alpha.
		Alpha,
		/// Crowdloans.
		Crowdloan,
		/// Proxies.
		Proxy,
		/// Subnet leasing.
		Leasing,
		/// Address mapping.
		AddressMapping,
		/// Voting power.
		VotingPower,
	}

	/// Why a setter was refused.
	#[pallet::error]
	pub enum Error<T> {
		/// Not raised here: a missing subnet is `SubtensorModule::SubnetNotExists`, answered by
		/// the gate before anything else is checked. Kept at the reference's index.
		SubnetDoesNotExist,
		/// More validator permits than UIDs.
		MaxValidatorsLargerThanMaxUIds,
		/// The UID capacity would be below the UIDs in use.
		MaxAllowedUIdsLessThanCurrentUIds,
		/// Owners may not set a bond moving average above 975 000.
		BondsMovingAverageMaxReached,
		/// Only root may set a negative sigmoid steepness.
		NegativeSigmoidSteepness,
		/// The value is outside the bounds of the hyperparameter.
		ValueNotInBounds,
		/// The trimming floor must stay below the UIDs in use.
		MinAllowedUidsGreaterThanCurrentUids,
		/// The trimming floor must stay below the UID capacity.
		MinAllowedUidsGreaterThanMaxAllowedUids,
		/// The UID capacity would be below `MinAllowedUids`.
		MaxAllowedUidsLessThanMinAllowedUids,
		/// The UID capacity would be above 256.
		MaxAllowedUidsGreaterThanDefaultMaxAllowedUids,
		/// The value can never be valid (a bond moving average above 10^6, which would make the
		/// bond EMA factor negative).
		InvalidValue,
		/// The root subnet runs no epoch of its own to configure (`sudo_set_epoch_consensus`);
		/// other setters refuse the root subnet with `SubtensorModule` errors.
		NotPermittedOnRootSubnet,
		/// Proof-of-work registration is retired.
		POWRegistrationDisabled,
		/// The call is retired.
		Deprecated,
		/// A new authority set must not be empty (this chain's addition).
		NoAuthorities,
		/// More GRANDPA authorities than the runtime allows (this chain's addition).
		TooManyAuthorities,
		/// The collateral lock share is above 62 258 (95 % of the price; this chain's index).
		CollateralLockShareTooHigh,
		/// The collateral drain ratio is zero or above 10 (this chain's index).
		CollateralDrainRatioOutOfBounds,
	}
}
