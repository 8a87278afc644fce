//! # Pallet `Swap`
//!
//! The math of each dynamic subnet's TAO/alpha pool and its fee rate. The reserves themselves
//! belong to `SubtensorModule` (`SubnetTAO`, `SubnetAlphaIn`), which reads a trade's outcome from
//! [`SwapHandler::swap`] and then moves the tokens; this pallet never writes the reserves.
//!
//! Pools are equal-weight constant-product pools ([`math`]); the fee is deducted from the input
//! and owed to the block author. The root subnet trades 1:1 without fees.

#![cfg_attr(not(feature = "std"), no_std)]

pub mod math;

pub use pallet::*;

use frame_support::traits::Get;
use math::{fee_on_input, fee_on_net, Reserves};
use substrate_fixed::types::U64F64;
use subtensor_common::{NetUid, OrderType, SubnetReserves, SwapHandler, SwapResult, RAO_PER_TAO};

// The FRAME macros expand to `expect` on values they have just checked; our own code in this
// module only declares and delegates.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use frame_support::pallet_prelude::*;
	use subtensor_common::{NetUid, SubnetReserves};

	/// Configuration of the swap pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Where the pools' reserves live (`SubtensorModule`).
		type SubnetInfo: SubnetReserves;

		/// The output reserve a swap must leave at least, in rao.
		#[pallet::constant]
		type MinimumReserve: Get<u64>;
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

	/// Why a swap was refused.
	#[pallet::error]
	pub enum Error<T> {
		/// The pool cannot pay out that much.
		InsufficientLiquidity,
		/// The pool price is already beyond the caller's limit.
		PriceLimitExceeded,
		/// The output reserve is too small to trade against, or the trade is too small to buy
		/// anything.
		ReservesTooLow,
		/// The input is more than 1000 times the input reserve.
		SwapInputTooLarge,
	}
}

/// The most a single swap may put in, as a multiple of the input reserve.
const MAX_INPUT_TO_RESERVE_RATIO: u64 = 1_000;

impl<T: Config> Pallet<T> {
	fn reserves(netuid: NetUid) -> Reserves {
		Reserves {
			tao: T::SubnetInfo::tao_reserve(netuid).to_u64(),
			alpha: T::SubnetInfo::alpha_reserve(netuid).to_u64(),
		}
	}

	/// A trade against the pool of a dynamic subnet; see [`SwapHandler::swap`].
	fn swap_dynamic(
		netuid: NetUid,
		order: OrderType,
		amount: u64,
		price_limit: u64,
		drop_fees: bool,
	) -> Result<SwapResult, Error<T>> {
		let pool = Self::reserves(netuid);
		let rate = if drop_fees { 0 } else { FeeRate::<T>::get(netuid) };
		let mut fee = fee_on_input(amount, rate);
		let mut net = amount.saturating_sub(fee);
		let (input_reserve, output_reserve) = match order {
			OrderType::Buy => (pool.tao, pool.alpha),
			OrderType::Sell => (pool.alpha, pool.tao),
		};
		if net > input_reserve.saturating_mul(MAX_INPUT_TO_RESERVE_RATIO) {
			return Err(Error::SwapInputTooLarge);
		}
		if output_reserve < T::MinimumReserve::get() {
			return Err(Error::ReservesTooLow);
		}
		let limit = U64F64::saturating_from_num(price_limit)
			.checked_div(U64F64::from_num(RAO_PER_TAO))
			.unwrap_or_default();
		let price = pool.price();
		let crosses_limit = match order {
			OrderType::Buy => price >= limit,
			OrderType::Sell => price <= limit,
		};
		if crosses_limit {
			return Err(Error::PriceLimitExceeded);
		}
		let (target_beyond_limit, input_to_limit) = match order {
			OrderType::Buy => (pool.price_after_buy(net) > limit, pool.tao_to_reach(limit)),
			OrderType::Sell => (pool.price_after_sell(net) < limit, pool.alpha_to_reach(limit)),
		};
		if target_beyond_limit && input_to_limit < net {
			net = input_to_limit;
			fee = fee_on_net(net, rate);
		}
		let out = match order {
			OrderType::Buy => pool.alpha_out_for(net),
			OrderType::Sell => pool.tao_out_for(net),
		};
		if net > 0 && out == 0 {
			return Err(Error::ReservesTooLow);
		}
		if out > output_reserve {
			return Err(Error::InsufficientLiquidity);
		}
		Ok(SwapResult {
			amount_paid_in: net,
			amount_paid_out: out,
			fee_paid: fee,
			fee_to_block_author: fee,
		})
	}
}

impl<T: Config> SwapHandler for Pallet<T> {
	fn swap(
		netuid: NetUid,
		order: OrderType,
		amount: u64,
		price_limit: u64,
		drop_fees: bool,
		_simulate: bool,
	) -> Result<SwapResult, sp_runtime::DispatchError> {
		// The equal-weight pool keeps no state of its own, so a simulation and a real swap
		// compute the same thing and write nothing here.
		if !T::SubnetInfo::is_dynamic(netuid) {
			return Ok(SwapResult {
				amount_paid_in: amount,
				amount_paid_out: amount,
				fee_paid: 0,
				fee_to_block_author: 0,
			});
		}
		Self::swap_dynamic(netuid, order, amount, price_limit, drop_fees).map_err(Into::into)
	}

	fn current_alpha_price(netuid: NetUid) -> U64F64 {
		if T::SubnetInfo::is_dynamic(netuid) {
			Self::reserves(netuid).price()
		} else {
			U64F64::from_num(1)
		}
	}

	fn max_price() -> u64 {
		// 10^6 TAO per alpha.
		1_000_000u64.saturating_mul(RAO_PER_TAO)
	}

	fn min_price() -> u64 {
		// 10^-6 TAO per alpha.
		1_000
	}

	fn clear_protocol_liquidity(netuid: NetUid) {
		FeeRate::<T>::remove(netuid);
	}
}
