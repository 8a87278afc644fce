//! # Pallet `SubtensorModule`
//!
//! The heart of the Bittensor chain (runtime index 7): subnets, the neurons registered on them
//! and what they serve, the stake on them, the weights validators set, and the Yuma epoch that
//! turns them into consensus, and the emission minted every block and paid out at each epoch.
//!
//! ## Subnets
//! A coldkey creates a subnet with [`Pallet::register_network`], locking TAO into the subnet's
//! own account (the lock cost doubles after each registration and decays linearly back to
//! `NetworkMinLockCost`). The lock seeds the subnet's TAO/alpha pool. The owner's hotkey takes
//! UID 0. The owner turns emission and staking on with [`Pallet::start_call`]; root can dissolve
//! a subnet, which pays its pool back to stakers and removes every byte of its storage. The root
//! subnet (netuid 0) exists from genesis.
//!
//! ## Neurons
//! A coldkey registers a hotkey on a subnet with [`Pallet::burned_register`], paying the
//! subnet's current price (`Burn`) into its pool; the price rises ×`BurnIncreaseMult` with each
//! registration and decays every block with half-life `BurnHalfLife`. A full subnet replaces the
//! neuron chosen by the pruning rule (see `registration::uids`).
//!
//! ## Staking
//! A coldkey stakes TAO to a hotkey on a subnet with [`Pallet::add_stake`]: the TAO buys alpha
//! from the subnet's pool (pallet `Swap`, fee to the block author) and the alpha is held as
//! shares of the hotkey's pool on that subnet, so what the hotkey earns reaches every staker
//! pro rata. [`Pallet::remove_stake`] sells it back. The `_limit` variants bound the price. On
//! root (netuid 0) stake is plain TAO, 1:1. A hotkey's take on its nominators' dividends is set
//! with [`Pallet::increase_take`] / [`Pallet::decrease_take`].
//!
//! ## Weights and the epoch
//! A validator with a permit scores a subnet's UIDs with [`Pallet::set_weights`], or commits a
//! hash first and reveals it an epoch later ([`Pallet::commit_weights`],
//! [`Pallet::reveal_weights`]) where the subnet requires commit-reveal. Every `Tempo` blocks
//! the subnet's epoch runs the Yuma consensus (crate `subtensor-yuma`) over stake, weights and
//! bonds and stores consensus, incentive, dividends, trust, permits and bonds per UID.
//!
//! ## Serving
//! A registered hotkey publishes its axon and Prometheus endpoints, free of fees, at most once
//! per `ServingRateLimit` blocks.
//!
//! ## Miner collateral
//! A subnet may lock part of each registration price as stake of the new hotkey
//! (`CollateralLockShare`); locked stake cannot leave its position until the alpha the hotkey
//! earns releases it (`CollateralDrainRatio`). See `collateral/`.
//!
//! Code map: `subnets/` (creation, lock cost, owner calls, dissolution, symbols),
//! `registration/` (burn price, UID allocation and pruning, proof of work), `staking/` (share
//! pools, trades against the subnet pools, stake calls, take), `collateral/` (miner
//! collateral), `weights_set/` (set, batch,
//! commit-reveal), `coinbase/` (emission curve, epoch schedule, the epoch), `calls.rs` (every
//! call, delegating to those modules), `serving.rs`, `commitments.rs` (what pallet
//! `Commitments` asks of the subnets),
//! `hyperparameters.rs` (the setters `AdminUtils` calls), `rate_limits.rs`, `accounts.rs`
//! (hotkey ownership), `invariants.rs` (conservation checks
//! for `try_state` and the tests), `migrations/` (storage upgrades, one module per storage
//! version), `storage/` (declarations), `events.rs`,
//! `errors.rs`, `weights.rs`, `benchmarking.rs`, `tests/`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod accounts;
#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
mod calls;
pub mod children;
pub mod coinbase;
pub mod collateral;
mod commitments;
mod errors;
mod events;
mod hyperparameters;
#[cfg(any(test, feature = "try-runtime"))]
mod invariants;
pub mod key_swaps;
pub mod migrations;
mod rate_limits;
pub mod registration;
pub mod rpc_info;
mod serving;
pub mod staking;
mod storage;
pub mod subnets;
#[cfg(test)]
mod tests;
pub mod transaction_guard;
pub mod types;
pub mod weights;
pub mod weights_set;

pub use coinbase::epoch_consensus::NULL_VALIDATOR_PERMITS;
pub use pallet::*;
pub use rate_limits::passes_rate_limit;
pub use staking::{
	add::PriceLimit,
	alpha_fees::AlphaFeePaid,
	pool::{BlockAuthor, DEFAULT_MIN_STAKE},
	share_pool::SafeFloat,
};
pub use subnets::dissolution::{Dissolution, DissolutionPhase};
pub use transaction_guard::SubtensorTransactionExtension;
pub use types::*;
pub use weights::WeightInfo;

use frame_support::pallet_macros::import_section;

#[import_section(storage::subnets::subnet_storage)]
#[import_section(storage::neurons::neuron_storage)]
#[import_section(storage::staking::staking_storage)]
#[import_section(storage::children::children_storage)]
#[import_section(storage::emission::emission_storage)]
#[import_section(storage::hyperparameters::hyperparameter_storage)]
#[import_section(storage::key_swaps::key_swap_storage)]
#[import_section(storage::collateral::collateral_storage)]
#[import_section(events::events)]
#[import_section(errors::errors)]
#[import_section(calls::calls)]
// The FRAME macros expand to `expect` on values they have just checked; our own code in this
// module only declares and delegates. Call signatures follow the reference, argument for
// argument, so some take many arguments.
#[allow(clippy::expect_used, clippy::too_many_arguments)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use crate::collateral::MAX_COLDKEY_COLLATERAL_HOTKEYS;
	use crate::staking::root_claim::MAX_CLAIM_HOTKEYS;
	use crate::weights_set::{
		Reveal, TimelockCiphertext, TimelockedCommit, TimelockedCommitFailure, WeightCommit,
		MAX_TIMELOCK_COMMIT_BYTES, TIMELOCK_COMMIT_VERSION,
	};
	use alloc::{collections::BTreeSet, vec::Vec};
	use codec::Compact;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible, ConstBool, ConstI16, ConstU16, ConstU32, ConstU64, ConstU8, Contains},
	};
	use frame_system::pallet_prelude::*;
	use sp_core::{H160, H256};
	use substrate_fixed::types::{I64F64, I96F32, U64F64, U96F32};
	use subtensor_common::{
		AlphaBalance, FreeCallGuard, MechId, NestedCalls, NetUid, NetUidStorageIndex,
		SubnetCommitments, SwapHandler, TaoBalance, TimelockOpener, RAO_PER_TAO,
	};

	/// Configuration of `SubtensorModule`.
	#[pallet::config]
	pub trait Config:
		frame_system::Config<AccountId: From<[u8; 32]>, RuntimeEvent: From<Event<Self>>>
	{
		/// TAO balances (rao, `u64`).
		type Currency: fungible::Mutate<Self::AccountId, Balance = u64>;

		/// Pool math of the subnets' TAO/alpha pools (pallet `Swap`).
		type SwapInterface: SwapHandler;

		/// The author of the current block, who earns the swap fees.
		type BlockAuthor: BlockAuthor<Self::AccountId>;

		/// Benchmarked weights of the calls.
		type WeightInfo: WeightInfo;

		/// Neurons' published commitments (pallet `Commitments`), dropped with their neuron or
		/// subnet.
		type Commitments: SubnetCommitments<Self::AccountId>;

		/// Pool checks of other pallets' fee-less calls, run by this pallet's transaction
		/// extension (pallet `Commitments`).
		type FreeCallGuard: FreeCallGuard<
			<Self as frame_system::Config>::RuntimeCall,
			Self::AccountId,
		>;

		/// Default of `StartCallDelay`: blocks between a subnet's registration and `start_call`.
		#[pallet::constant]
		type InitialStartCallDelay: Get<u64>;

		/// TAO a hotkey swap on all subnets recycles.
		#[pallet::constant]
		type KeySwapCost: Get<TaoBalance>;

		/// TAO a hotkey swap on one subnet recycles.
		#[pallet::constant]
		type KeySwapOnSubnetCost: Get<TaoBalance>;

		/// Blocks a coldkey waits between two hotkey swaps touching the same subnet.
		#[pallet::constant]
		type HotkeySwapOnSubnetInterval: Get<u64>;

		/// The calls a call dispatches on some account's behalf (batches, proxies, multisigs),
		/// which the coldkey-swap guard checks as that account's.
		type NestedCalls: NestedCalls<<Self as frame_system::Config>::RuntimeCall, Self::AccountId>;

		/// Other pallets' calls a coldkey with an announced swap may still make (shielded
		/// carriers, whose inner transaction is checked when it is opened).
		type AllowedDuringColdkeySwap: Contains<<Self as frame_system::Config>::RuntimeCall>;

		/// Opens timelocked weight commits with the drand beacon's pulses (pallet `Drand`).
		type Timelock: TimelockOpener;
	}

	/// The storage layout's version; [`crate::migrations`] bring older chains to it.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(4);

	/// Per-UID vectors and key lists grow with the subnet, so storage items are not bounded in
	/// type; the calls bound them (UIDs per subnet, subnets per chain).
	#[pallet::pallet]
	#[pallet::without_storage_info]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The all-zero account: the owner of nothing.
	#[pallet::type_value]
	pub fn DefaultAccount<T: Config>() -> T::AccountId {
		T::AccountId::from([0u8; 32])
	}

	/// Genesis: the root subnet, the issuance counter, and chain-wide values a dev chain tunes.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// TAO issued by Balances at genesis (starts the emission halving counter).
		pub balances_issuance: TaoBalance,
		/// Blocks between a subnet's registration and `start_call`.
		pub start_call_delay: Option<u64>,
		/// Blocks between two subnet registrations.
		pub network_rate_limit: Option<u64>,
		/// Tempo of new subnets.
		pub default_tempo: Option<u16>,
		/// Immunity period of new subnets.
		pub new_subnet_immunity_period: Option<u16>,
		/// Blocks before an epoch during which hyperparameter changes are refused.
		pub admin_freeze_window: Option<u16>,
		/// Proof-of-work difficulty of new subnets.
		pub new_subnet_difficulty: Option<u64>,
		/// Whether the proof-of-work faucet mints TAO (dev chains only).
		pub faucet_enabled: bool,
		#[serde(skip)]
		#[allow(missing_docs)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			TotalIssuance::<T>::put(self.balances_issuance);
			if let Some(delay) = self.start_call_delay {
				StartCallDelay::<T>::put(delay);
			}
			if let Some(limit) = self.network_rate_limit {
				NetworkRateLimit::<T>::put(limit);
			}
			if let Some(tempo) = self.default_tempo {
				DefaultTempo::<T>::put(tempo);
			}
			if let Some(period) = self.new_subnet_immunity_period {
				NewSubnetImmunityPeriod::<T>::put(period);
			}
			if let Some(window) = self.admin_freeze_window {
				AdminFreezeWindow::<T>::put(window);
			}
			if let Some(difficulty) = self.new_subnet_difficulty {
				NewSubnetDifficulty::<T>::put(difficulty);
			}
			FaucetEnabled::<T>::put(self.faucet_enabled);
			Pallet::<T>::create_root_subnet();
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(_block: BlockNumberFor<T>) -> Weight {
			let subnets = Self::subnets();
			let registration = Self::registration_block_step(&subnets);
			// Timelocked commits open before the epochs that use them (not on subnets whose
			// epoch waits for the next block: they open there).
			let (_, deferred) = Self::due_epochs(&subnets, Self::current_block());
			let reveals = Self::reveal_timelocked_commits(&subnets, &deferred);
			let emitting = Self::run_coinbase(&subnets);
			let coinbase = T::WeightInfo::run_coinbase(emitting.len() as u32);
			let (epochs_run, schedule) = Self::epoch_schedule_step(&subnets);
			// Child-key sets whose cooldown passed apply at their subnet's epoch.
			let children = epochs_run.into_iter().fold(Weight::zero(), |weight, netuid| {
				let looked_at = Self::apply_pending_children(netuid);
				weight.saturating_add(T::WeightInfo::apply_pending_children(looked_at))
			});
			let dissolutions = Self::advance_dissolutions(Self::dissolution_budget());
			registration
				.saturating_add(reveals)
				.saturating_add(coinbase)
				.saturating_add(schedule)
				.saturating_add(children)
				.saturating_add(dissolutions)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_block: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::check_invariants().map_err(sp_runtime::TryRuntimeError::Other)
		}
	}
}
