//! # Pallet `Swap`
//!
//! The math of each dynamic subnet's TAO/alpha pool, its weights and its fee rate (runtime
//! index 28). The reserves themselves belong to `SubtensorModule` (`SubnetTAO`,
//! `SubnetAlphaIn`), which reads a trade's outcome from [`SwapHandler::swap`] and then moves the
//! tokens; this pallet never writes the reserves.
//!
//! Pools are weighted constant-product pools ([`math`]) that start with equal weights; emission
//! adds liquidity without moving the price by shifting the weights
//! ([`Pallet::adjust_protocol_liquidity`]). The fee is deducted from the input and owed to the
//! block author; root sets each subnet's rate with `set_fee_rate`. The root subnet trades 1:1
//! without fees.
//!
//! Code map: `math.rs` (pool formulas), `swap.rs` (one trade: guards, limits, fees),
//! `weights.rs`, `benchmarking.rs`.

#![cfg_attr(not(feature = "std"), no_std)]

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod math;
mod swap;
pub mod weights;

pub use pallet::*;
pub use weights::WeightInfo;

// The FRAME macros expand to `expect` on values they have just checked; our own code in this
// module only declares and delegates.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use crate::weights::WeightInfo;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use sp_runtime::Perquintill;
	use subtensor_common::{NetUid, SubnetReserves};

	/// Configuration of the swap pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Where the pools' reserves live (`SubtensorModule`).
		type SubnetInfo: SubnetReserves;

		/// The output reserve a swap must leave at least, in rao.
		#[pallet::constant]
		type MinimumReserve: Get<u64>;

		/// The highest fee rate root may set, as a fraction of 65535.
		#[pallet::constant]
		type MaxFeeRate: Get<u16>;

		/// Benchmarked weights of the calls.
		type WeightInfo: WeightInfo;
	}

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// The default fee rate: 33 / 65535 ≈ 0.05 %.
	#[pallet::type_value]
	pub fn DefaultFeeRate() -> u16 {
		33
	}

	/// Fee rate of each subnet's pool, as a fraction of 65535.
	#[pallet::storage]
	pub type FeeRate<T> = StorageMap<_, Twox64Concat, NetUid, u16, ValueQuery, DefaultFeeRate>;

	/// The weights of a pool: the TAO side's; the alpha side has the rest.
	#[derive(
		Clone,
		Copy,
		Debug,
		Decode,
		DecodeWithMemTracking,
		Encode,
		Eq,
		MaxEncodedLen,
		PartialEq,
		TypeInfo,
	)]
	pub struct Balancer {
		/// Weight of the TAO ("quote") reserve.
		pub quote: Perquintill,
	}

	impl Default for Balancer {
		fn default() -> Self {
			Balancer { quote: Perquintill::from_percent(50) }
		}
	}

	/// Weights of each subnet's pool (equal until emission injects liquidity).
	#[pallet::storage]
	pub type SwapBalancer<T> = StorageMap<_, Twox64Concat, NetUid, Balancer, ValueQuery>;

	/// What changed.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Root set a subnet's fee rate.
		FeeRateSet {
			/// The subnet.
			netuid: NetUid,
			/// The new rate, as a fraction of 65535.
			rate: u16,
		},
	}

	/// Why a swap or a setting was refused: variant `i` is the reference chain's error `i`, every
	/// one declared in order (the ones left from its concentrated-liquidity pool say they are
	/// not raised here).
	#[pallet::error]
	pub enum Error<T> {
		/// The fee rate is above `MaxFeeRate`.
		FeeRateTooHigh,
		/// Not raised here (on the reference: an input below the minimum).
		InsufficientInputAmount,
		/// The pool cannot pay out that much.
		InsufficientLiquidity,
		/// The pool price is already beyond the caller's limit.
		PriceLimitExceeded,
		/// Not raised here (on the reference: a liquidity provider's balance is too low).
		InsufficientBalance,
		/// Not raised here (on the reference: a liquidity position's tick range is invalid).
		InvalidTickRange,
		/// Not raised here (on the reference: an invalid liquidity amount).
		InvalidLiquidityValue,
		/// The output reserve is too small to trade against, or the trade is too small to buy
		/// anything.
		ReservesTooLow,
		/// The subnet does not exist.
		MechanismDoesNotExist,
		/// Not raised here (on the reference: the subnet's token is not enabled yet).
		SubtokenDisabled,
		/// Not raised here (on the reference: both reserves are empty when the pool starts).
		ReservesOutOfBalance,
		/// The input is more than 1000 times the input reserve.
		SwapInputTooLarge,
		/// Not raised here (on the reference: the retired liquidity calls).
		Deprecated,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Sets the fee rate of a subnet's pool (root), at most `MaxFeeRate` / 65535.
		#[pallet::call_index(0)]
		#[pallet::weight(<T as Config>::WeightInfo::set_fee_rate())]
		pub fn set_fee_rate(origin: OriginFor<T>, netuid: NetUid, rate: u16) -> DispatchResult {
			ensure_root(origin)?;
			ensure!(T::SubnetInfo::exists(netuid), Error::<T>::MechanismDoesNotExist);
			ensure!(rate <= T::MaxFeeRate::get(), Error::<T>::FeeRateTooHigh);
			FeeRate::<T>::insert(netuid, rate);
			Self::deposit_event(Event::FeeRateSet { netuid, rate });
			Ok(())
		}
	}
}
