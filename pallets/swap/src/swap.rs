//! One trade against a subnet's pool: the input-size and reserve guards, the caller's price
//! limit, the fee; and the price-neutral liquidity injection. Implements [`SwapHandler`] for
//! `SubtensorModule`.

use crate::{
	math::{fee_on_input, fee_on_net, Pool},
	Config, Error, FeeRate, Pallet, SwapBalancer,
};
use frame_support::traits::Get;
use substrate_fixed::types::U64F64;
use subtensor_common::{NetUid, OrderType, SubnetReserves, SwapHandler, SwapResult, RAO_PER_TAO};

/// The most a single swap may put in, as a multiple of the input reserve.
pub const MAX_INPUT_TO_RESERVE_RATIO: u64 = 1_000;

impl<T: Config> Pallet<T> {
	/// The pool of a subnet as it stands.
	pub fn pool(netuid: NetUid) -> Pool {
		Pool {
			tao: T::SubnetInfo::tao_reserve(netuid).to_u64(),
			alpha: T::SubnetInfo::alpha_reserve(netuid).to_u64(),
			tao_weight: SwapBalancer::<T>::get(netuid).quote,
		}
	}

	/// A trade against the pool of a dynamic subnet; see [`SwapHandler::swap`]. Pure: the
	/// pool's state is not changed by a trade.
	fn swap_dynamic(
		netuid: NetUid,
		order: OrderType,
		amount: u64,
		price_limit: u64,
		drop_fees: bool,
	) -> Result<SwapResult, Error<T>> {
		let pool = Self::pool(netuid);
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
		// A trade computes its outcome from the reserves and weights and writes nothing here
		// (the caller moves the reserves), so a simulation and a real swap are the same.
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

	fn max_amount_in(netuid: NetUid, order: OrderType, price_limit: u64) -> u64 {
		if !T::SubnetInfo::is_dynamic(netuid) {
			let at_par = match order {
				OrderType::Buy => price_limit >= RAO_PER_TAO,
				OrderType::Sell => price_limit <= RAO_PER_TAO,
			};
			return if at_par { u64::MAX } else { 0 };
		}
		let pool = Self::pool(netuid);
		let reserve = match order {
			OrderType::Buy => pool.tao,
			OrderType::Sell => pool.alpha,
		};
		let probe = reserve.saturating_mul(MAX_INPUT_TO_RESERVE_RATIO);
		Self::swap_dynamic(netuid, order, probe, price_limit, false)
			.map(|result| result.amount_paid_in.saturating_add(result.fee_paid))
			.unwrap_or(0)
	}

	/// Shifts the weights so that the price after the caller adds `tao` and `alpha` is the
	/// price before; nothing changes if the new weights would leave `[0.01, 0.99]`.
	fn adjust_protocol_liquidity(netuid: NetUid, tao: u64, alpha: u64) -> (u64, u64) {
		if !T::SubnetInfo::is_dynamic(netuid) {
			return (tao, alpha);
		}
		match Self::pool(netuid).tao_weight_after_injection(tao, alpha) {
			Some(quote) => {
				SwapBalancer::<T>::mutate(netuid, |balancer| balancer.quote = quote);
				(tao, alpha)
			},
			None => (0, 0),
		}
	}

	fn current_alpha_price(netuid: NetUid) -> U64F64 {
		if T::SubnetInfo::is_dynamic(netuid) {
			Self::pool(netuid).price()
		} else {
			U64F64::from_num(1)
		}
	}

	fn price_after(netuid: NetUid, order: OrderType, amount: u64) -> Option<U64F64> {
		if !T::SubnetInfo::is_dynamic(netuid) {
			return Some(U64F64::from_num(1));
		}
		let pool = Self::pool(netuid);
		let net = amount.saturating_sub(fee_on_input(amount, Self::fee_rate(netuid)));
		let input_reserve = match order {
			OrderType::Buy => pool.tao,
			OrderType::Sell => pool.alpha,
		};
		if net > input_reserve.saturating_mul(MAX_INPUT_TO_RESERVE_RATIO) {
			return None;
		}
		Some(match order {
			OrderType::Buy => pool.price_after_buy(net),
			OrderType::Sell => pool.price_after_sell(net),
		})
	}

	fn fee_rate(netuid: NetUid) -> u16 {
		if T::SubnetInfo::is_dynamic(netuid) {
			FeeRate::<T>::get(netuid)
		} else {
			0
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
		SwapBalancer::<T>::remove(netuid);
	}
}
