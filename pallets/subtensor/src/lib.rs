//! # Pallet `SubtensorModule`
//!
//! The heart of the Bittensor chain (runtime index 7): subnets, the neurons registered on them
//! and what they serve, and the stake on them; later also weights and emission.
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
//! ## Serving
//! A registered hotkey publishes its axon and Prometheus endpoints, free of fees, at most once
//! per `ServingRateLimit` blocks.
//!
//! Code map: `subnets/` (creation, lock cost, owner calls, dissolution, symbols),
//! `registration/` (burn price, UID allocation and pruning, proof of work), `staking/` (share
//! pools, trades against the subnet pools, stake calls, take), `serving.rs`,
//! `rate_limits.rs`, `accounts.rs` (hotkey ownership), `invariants.rs` (conservation checks
//! for `try_state` and the tests), `storage/` (declarations), `events.rs`,
//! `errors.rs`, `weights.rs`, `benchmarking.rs`, `tests/`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod accounts;
#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
pub mod coinbase;
mod errors;
mod events;
#[cfg(any(test, feature = "try-runtime"))]
mod invariants;
mod rate_limits;
pub mod registration;
mod serving;
pub mod staking;
mod storage;
pub mod subnets;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use pallet::*;
pub use rate_limits::passes_rate_limit;
pub use staking::{
	add::PriceLimit,
	pool::{BlockAuthor, DEFAULT_MIN_STAKE},
	share_pool::SafeFloat,
};
pub use types::*;
pub use weights::WeightInfo;

use frame_support::pallet_macros::import_section;

#[import_section(storage::subnets::subnet_storage)]
#[import_section(storage::neurons::neuron_storage)]
#[import_section(storage::staking::staking_storage)]
#[import_section(storage::hyperparameters::hyperparameter_storage)]
#[import_section(events::events)]
#[import_section(errors::errors)]
// The FRAME macros expand to `expect` on values they have just checked; our own code in this
// module only declares and delegates. Call signatures follow the reference, argument for
// argument, so some take many arguments.
#[allow(clippy::expect_used, clippy::too_many_arguments)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible, ConstBool, ConstI16, ConstU16, ConstU32, ConstU64, ConstU8},
	};
	use frame_system::pallet_prelude::*;
	use substrate_fixed::types::{I96F32, U64F64};
	use subtensor_common::{
		AlphaBalance, MechId, NetUid, NetUidStorageIndex, SwapHandler, TaoBalance, RAO_PER_TAO,
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

		/// Default of `StartCallDelay`: blocks between a subnet's registration and `start_call`.
		#[pallet::constant]
		type InitialStartCallDelay: Get<u64>;
	}

	/// Per-UID vectors and key lists grow with the subnet, so storage items are not bounded in
	/// type; the calls bound them (UIDs per subnet, subnets per chain).
	#[pallet::pallet]
	#[pallet::without_storage_info]
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
			FaucetEnabled::<T>::put(self.faucet_enabled);
			Pallet::<T>::create_root_subnet();
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(_block: BlockNumberFor<T>) -> Weight {
			let subnets = Self::subnets();
			let registration = Self::registration_block_step(&subnets);
			let (_epochs_run, schedule) = Self::epoch_schedule_step(&subnets);
			registration.saturating_add(schedule)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_block: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::check_invariants().map_err(sp_runtime::TryRuntimeError::Other)
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Dev chains only: mints 1000 TAO to the caller for a proof of work on one of the last
		/// three blocks (see `registration::pow`).
		#[pallet::call_index(60)]
		#[pallet::weight((T::WeightInfo::faucet(), DispatchClass::Normal, Pays::No))]
		pub fn faucet(
			origin: OriginFor<T>,
			block_number: u64,
			nonce: u64,
			work: Vec<u8>,
		) -> DispatchResult {
			Self::do_faucet(origin, block_number, nonce, work)
		}

		/// Publishes the caller hotkey's axon endpoint on `netuid`.
		#[pallet::call_index(4)]
		#[pallet::weight((T::WeightInfo::serve_axon(), DispatchClass::Normal, Pays::No))]
		pub fn serve_axon(
			origin: OriginFor<T>,
			netuid: NetUid,
			version: u32,
			ip: u128,
			port: u16,
			ip_type: u8,
			protocol: u8,
			placeholder1: u8,
			placeholder2: u8,
		) -> DispatchResult {
			let axon = AxonInfo {
				block: 0,
				version,
				ip,
				port,
				ip_type,
				protocol,
				placeholder1,
				placeholder2,
			};
			Self::do_serve_axon(origin, netuid, axon, None)
		}

		/// Publishes the caller hotkey's Prometheus endpoint on `netuid`.
		#[pallet::call_index(5)]
		#[pallet::weight((T::WeightInfo::serve_prometheus(), DispatchClass::Normal, Pays::No))]
		pub fn serve_prometheus(
			origin: OriginFor<T>,
			netuid: NetUid,
			version: u32,
			ip: u128,
			port: u16,
			ip_type: u8,
		) -> DispatchResult {
			Self::do_serve_prometheus(
				origin,
				netuid,
				PrometheusInfo { block: 0, version, ip, port, ip_type },
			)
		}

		/// Registers `hotkey` on `netuid` for the current price, paid by the signing coldkey.
		/// The proof-of-work arguments of the legacy call are accepted and ignored.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::burned_register())]
		pub fn register(
			origin: OriginFor<T>,
			netuid: NetUid,
			_block_number: u64,
			_nonce: u64,
			_work: Vec<u8>,
			hotkey: T::AccountId,
			_coldkey: T::AccountId,
		) -> DispatchResult {
			Self::do_burned_register(origin, netuid, hotkey, None)
		}

		/// Registers `hotkey` on `netuid` for the current price, paid by the signing coldkey.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::burned_register())]
		pub fn burned_register(
			origin: OriginFor<T>,
			netuid: NetUid,
			hotkey: T::AccountId,
		) -> DispatchResult {
			Self::do_burned_register(origin, netuid, hotkey, None)
		}

		/// [`Pallet::serve_axon`] with a TLS certificate (algorithm byte, then the public key).
		#[pallet::call_index(40)]
		#[pallet::weight((T::WeightInfo::serve_axon_tls(), DispatchClass::Normal, Pays::No))]
		pub fn serve_axon_tls(
			origin: OriginFor<T>,
			netuid: NetUid,
			version: u32,
			ip: u128,
			port: u16,
			ip_type: u8,
			protocol: u8,
			placeholder1: u8,
			placeholder2: u8,
			certificate: Vec<u8>,
		) -> DispatchResult {
			let axon = AxonInfo {
				block: 0,
				version,
				ip,
				port,
				ip_type,
				protocol,
				placeholder1,
				placeholder2,
			};
			Self::do_serve_axon(origin, netuid, axon, Some(certificate))
		}

		/// Creates a subnet owned by the signing coldkey, with `hotkey` as UID 0.
		#[pallet::call_index(59)]
		#[pallet::weight(T::WeightInfo::register_network())]
		pub fn register_network(origin: OriginFor<T>, hotkey: T::AccountId) -> DispatchResult {
			Self::do_register_network(origin, hotkey, None)
		}

		/// Dissolves a subnet (root only). The `coldkey` argument is ignored.
		#[pallet::call_index(61)]
		#[pallet::weight(T::WeightInfo::dissolve_network())]
		pub fn dissolve_network(
			origin: OriginFor<T>,
			_coldkey: T::AccountId,
			netuid: NetUid,
		) -> DispatchResult {
			ensure_root(origin)?;
			Self::do_dissolve_network(netuid)
		}

		/// Sets the subnet's public identity (owner only).
		#[pallet::call_index(78)]
		#[pallet::weight(T::WeightInfo::set_subnet_identity())]
		pub fn set_subnet_identity(
			origin: OriginFor<T>,
			netuid: NetUid,
			subnet_name: Vec<u8>,
			github_repo: Vec<u8>,
			subnet_contact: Vec<u8>,
			subnet_url: Vec<u8>,
			discord: Vec<u8>,
			description: Vec<u8>,
			logo_url: Vec<u8>,
			additional: Vec<u8>,
		) -> DispatchResult {
			let identity = SubnetIdentityV3 {
				subnet_name,
				github_repo,
				subnet_contact,
				subnet_url,
				discord,
				description,
				logo_url,
				additional,
			};
			Self::do_set_subnet_identity(origin, netuid, identity)
		}

		/// [`Pallet::register_network`] with an optional identity for the new subnet.
		#[pallet::call_index(79)]
		#[pallet::weight(T::WeightInfo::register_network())]
		pub fn register_network_with_identity(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			identity: Option<SubnetIdentityV3>,
		) -> DispatchResult {
			Self::do_register_network(origin, hotkey, identity)
		}

		/// Starts the subnet: emission, staking and unstaking are on from the next block
		/// (owner only, after `StartCallDelay`).
		#[pallet::call_index(92)]
		#[pallet::weight(T::WeightInfo::start_call())]
		pub fn start_call(origin: OriginFor<T>, netuid: NetUid) -> DispatchResult {
			Self::do_start_call(origin, netuid)
		}

		/// Changes the subnet's token symbol to an unused one from the table (owner or root).
		#[pallet::call_index(112)]
		#[pallet::weight(T::WeightInfo::update_symbol())]
		pub fn update_symbol(
			origin: OriginFor<T>,
			netuid: NetUid,
			symbol: Vec<u8>,
		) -> DispatchResult {
			Self::do_update_symbol(origin, netuid, symbol)
		}

		/// Dissolves a subnet (root only).
		#[pallet::call_index(120)]
		#[pallet::weight(T::WeightInfo::dissolve_network())]
		pub fn root_dissolve_network(origin: OriginFor<T>, netuid: NetUid) -> DispatchResult {
			ensure_root(origin)?;
			Self::do_dissolve_network(netuid)
		}

		/// [`Pallet::burned_register`], refused if the price is above `limit_price` rao.
		#[pallet::call_index(134)]
		#[pallet::weight(T::WeightInfo::burned_register())]
		pub fn register_limit(
			origin: OriginFor<T>,
			netuid: NetUid,
			hotkey: T::AccountId,
			limit_price: u64,
		) -> DispatchResult {
			Self::do_burned_register(origin, netuid, hotkey, Some(TaoBalance::new(limit_price)))
		}

		/// Sets the subnet's tempo (owner only, 360..=50 400, once per 360 blocks).
		#[pallet::call_index(139)]
		#[pallet::weight(T::WeightInfo::set_tempo())]
		pub fn set_tempo(origin: OriginFor<T>, netuid: NetUid, tempo: u16) -> DispatchResult {
			Self::do_owner_set_tempo(origin, netuid, tempo)
		}

		/// Sets the activity cutoff as thousandths of a tempo (owner or root, 1 000..=50 000).
		#[pallet::call_index(140)]
		#[pallet::weight(T::WeightInfo::set_activity_cutoff_factor())]
		pub fn set_activity_cutoff_factor(
			origin: OriginFor<T>,
			netuid: NetUid,
			factor_milli: u32,
		) -> DispatchResult {
			Self::do_set_activity_cutoff_factor(origin, netuid, factor_milli)
		}

		/// Schedules an epoch `AdminFreezeWindow` blocks from now (owner only).
		#[pallet::call_index(141)]
		#[pallet::weight(T::WeightInfo::trigger_epoch())]
		pub fn trigger_epoch(origin: OriginFor<T>, netuid: NetUid) -> DispatchResult {
			Self::do_trigger_epoch(origin, netuid)
		}

		/// Stakes `amount_staked` TAO of the signer to `hotkey` on `netuid`, buying alpha at
		/// any price.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::add_stake())]
		pub fn add_stake(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			netuid: NetUid,
			amount_staked: TaoBalance,
		) -> DispatchResult {
			Self::do_add_stake(origin, hotkey, netuid, amount_staked, None)
		}

		/// Sells `amount_unstaked` alpha of the signer's stake with `hotkey` on `netuid` (at
		/// most the stake) at any price; the TAO goes to the signer.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_stake())]
		pub fn remove_stake(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			netuid: NetUid,
			amount_unstaked: AlphaBalance,
		) -> DispatchResult {
			Self::do_remove_stake(origin, hotkey, netuid, amount_unstaked, None)
		}

		/// Registers `hotkey` on the root subnet for the signing coldkey; when root is full, it
		/// replaces the UID with the least root stake if it has strictly more.
		#[pallet::call_index(62)]
		#[pallet::weight(T::WeightInfo::root_register())]
		pub fn root_register(origin: OriginFor<T>, hotkey: T::AccountId) -> DispatchResult {
			Self::do_root_register(origin, hotkey)
		}

		/// Lowers the take of the signer's `hotkey` (÷65535), no lower than `MinDelegateTake`.
		#[pallet::call_index(65)]
		#[pallet::weight((T::WeightInfo::decrease_take(), DispatchClass::Normal, Pays::No))]
		pub fn decrease_take(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			take: u16,
		) -> DispatchResult {
			Self::do_decrease_take(origin, hotkey, take)
		}

		/// Raises the take of the signer's `hotkey` (÷65535), at most `MaxDelegateTake`, once
		/// per `TxDelegateTakeRateLimit` blocks.
		#[pallet::call_index(66)]
		#[pallet::weight((T::WeightInfo::increase_take(), DispatchClass::Normal, Pays::No))]
		pub fn increase_take(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			take: u16,
		) -> DispatchResult {
			Self::do_increase_take(origin, hotkey, take)
		}

		/// Sells every position of the signer with `hotkey`, on every subnet where staking is
		/// open; positions that cannot be sold stay.
		#[pallet::call_index(83)]
		#[pallet::weight(T::WeightInfo::unstake_all(u32::from(TotalNetworks::<T>::get())))]
		pub fn unstake_all(origin: OriginFor<T>, hotkey: T::AccountId) -> DispatchResult {
			Self::do_unstake_all(origin, hotkey, false)
		}

		/// Sells every alpha position of the signer with `hotkey` (every subnet but root) and
		/// stakes the TAO to root on the same hotkey.
		#[pallet::call_index(84)]
		#[pallet::weight(T::WeightInfo::unstake_all_alpha(u32::from(TotalNetworks::<T>::get())))]
		pub fn unstake_all_alpha(origin: OriginFor<T>, hotkey: T::AccountId) -> DispatchResult {
			Self::do_unstake_all(origin, hotkey, true)
		}

		/// Stakes up to `amount_staked` TAO at a price of at most `limit_price` rao per alpha;
		/// with `allow_partial` the part the limit allows, else all or `SlippageTooHigh`.
		/// Staking to a hotkey of another coldkey makes it a delegate.
		#[pallet::call_index(88)]
		#[pallet::weight(T::WeightInfo::add_stake_limit())]
		pub fn add_stake_limit(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			netuid: NetUid,
			amount_staked: TaoBalance,
			limit_price: TaoBalance,
			allow_partial: bool,
		) -> DispatchResult {
			let limit = PriceLimit { price: limit_price.to_u64(), allow_partial };
			Self::do_add_stake(origin, hotkey, netuid, amount_staked, Some(limit))
		}

		/// Sells up to `amount_unstaked` alpha at a price of at least `limit_price` rao per
		/// alpha; with `allow_partial` the part the limit allows, else all or
		/// `SlippageTooHigh`.
		#[pallet::call_index(89)]
		#[pallet::weight(T::WeightInfo::remove_stake_limit())]
		pub fn remove_stake_limit(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			netuid: NetUid,
			amount_unstaked: AlphaBalance,
			limit_price: TaoBalance,
			allow_partial: bool,
		) -> DispatchResult {
			let limit = PriceLimit { price: limit_price.to_u64(), allow_partial };
			Self::do_remove_stake(origin, hotkey, netuid, amount_unstaked, Some(limit))
		}

		/// Moves up to `alpha_amount` of the signer's stake from `origin_hotkey` on
		/// `origin_netuid` to `destination_hotkey` on `destination_netuid`.
		#[pallet::call_index(85)]
		#[pallet::weight(T::WeightInfo::move_stake())]
		pub fn move_stake(
			origin: OriginFor<T>,
			origin_hotkey: T::AccountId,
			destination_hotkey: T::AccountId,
			origin_netuid: NetUid,
			destination_netuid: NetUid,
			alpha_amount: AlphaBalance,
		) -> DispatchResult {
			Self::do_move_stake(
				origin,
				origin_hotkey,
				destination_hotkey,
				origin_netuid,
				destination_netuid,
				alpha_amount,
			)
		}

		/// Gives up to `alpha_amount` of the signer's stake with `hotkey` to
		/// `destination_coldkey`, on `destination_netuid`.
		#[pallet::call_index(86)]
		#[pallet::weight(T::WeightInfo::transfer_stake())]
		pub fn transfer_stake(
			origin: OriginFor<T>,
			destination_coldkey: T::AccountId,
			hotkey: T::AccountId,
			origin_netuid: NetUid,
			destination_netuid: NetUid,
			alpha_amount: AlphaBalance,
		) -> DispatchResult {
			Self::do_transfer_stake(
				origin,
				destination_coldkey,
				hotkey,
				origin_netuid,
				destination_netuid,
				alpha_amount,
			)
		}

		/// Moves up to `alpha_amount` of the signer's stake with `hotkey` to another subnet.
		#[pallet::call_index(87)]
		#[pallet::weight(T::WeightInfo::swap_stake())]
		pub fn swap_stake(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			origin_netuid: NetUid,
			destination_netuid: NetUid,
			alpha_amount: AlphaBalance,
		) -> DispatchResult {
			Self::do_swap_stake(
				origin,
				hotkey,
				origin_netuid,
				destination_netuid,
				alpha_amount,
				None,
			)
		}

		/// [`Pallet::swap_stake`] while the origin price over the destination price stays at
		/// least `limit_price / 10^9`; with `allow_partial` the part the limit allows.
		#[pallet::call_index(90)]
		#[pallet::weight(T::WeightInfo::swap_stake_limit())]
		pub fn swap_stake_limit(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			origin_netuid: NetUid,
			destination_netuid: NetUid,
			alpha_amount: AlphaBalance,
			limit_price: TaoBalance,
			allow_partial: bool,
		) -> DispatchResult {
			let limit = PriceLimit { price: limit_price.to_u64(), allow_partial };
			Self::do_swap_stake(
				origin,
				hotkey,
				origin_netuid,
				destination_netuid,
				alpha_amount,
				Some(limit),
			)
		}

		/// Takes up to `amount` of the signer's stake with `hotkey` on `netuid` out of
		/// circulation (it can be emitted again).
		#[pallet::call_index(101)]
		#[pallet::weight(T::WeightInfo::recycle_alpha())]
		pub fn recycle_alpha(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			amount: AlphaBalance,
			netuid: NetUid,
		) -> DispatchResult {
			Self::do_remove_alpha(origin, hotkey, amount, netuid, true)
		}

		/// Destroys up to `amount` of the signer's stake with `hotkey` on `netuid`.
		#[pallet::call_index(102)]
		#[pallet::weight(T::WeightInfo::burn_alpha())]
		pub fn burn_alpha(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			amount: AlphaBalance,
			netuid: NetUid,
		) -> DispatchResult {
			Self::do_remove_alpha(origin, hotkey, amount, netuid, false)
		}

		/// Makes the signer the owner of `hotkey` if it has no owner yet.
		#[pallet::call_index(91)]
		#[pallet::weight(T::WeightInfo::try_associate_hotkey())]
		pub fn try_associate_hotkey(origin: OriginFor<T>, hotkey: T::AccountId) -> DispatchResult {
			Self::do_try_associate_hotkey(origin, hotkey)
		}

		/// Stakes the signer's miner incentive on `netuid` to `hotkey` (registered there) from
		/// now on; the stake stays the signer's.
		#[pallet::call_index(114)]
		#[pallet::weight(T::WeightInfo::set_coldkey_auto_stake_hotkey())]
		pub fn set_coldkey_auto_stake_hotkey(
			origin: OriginFor<T>,
			netuid: NetUid,
			hotkey: T::AccountId,
		) -> DispatchResult {
			Self::do_set_coldkey_auto_stake_hotkey(origin, netuid, hotkey)
		}

		/// Stakes `amount` TAO of the signer to `hotkey` on `netuid` (at a price of at most
		/// `limit / 10^9` if given) and burns the alpha bought; all or nothing.
		#[pallet::call_index(132)]
		#[pallet::weight(T::WeightInfo::add_stake_burn())]
		pub fn add_stake_burn(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			netuid: NetUid,
			amount: TaoBalance,
			limit: Option<TaoBalance>,
		) -> DispatchResult {
			Self::do_add_stake_burn(origin, hotkey, netuid, amount, limit)
		}

		/// Sells the signer's whole stake with `hotkey` on `netuid`, at a price of at least
		/// `limit_price` if given (all or `SlippageTooHigh`).
		#[pallet::call_index(103)]
		#[pallet::weight(T::WeightInfo::remove_stake_full_limit())]
		pub fn remove_stake_full_limit(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			netuid: NetUid,
			limit_price: Option<TaoBalance>,
		) -> DispatchResult {
			Self::do_remove_stake_full(origin, hotkey, netuid, limit_price)
		}
	}
}
