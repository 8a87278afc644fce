//! `SwapRuntimeApi`: each subnet's alpha price and simulated trades against its pool, under the
//! names, arguments and result layout the real chain's clients decode (the Python SDK reads
//! prices and the fees of a planned trade from it).
//!
//! The result builders here are pure: the runtime hands them the pool's quote.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{Decode, Encode};
use scale_info::TypeInfo;
use substrate_fixed::types::U64F64;
use subtensor_common::{AlphaBalance, NetUid, SwapResult, TaoBalance};

/// Rao per whole unit.
const RAO: u64 = 1_000_000_000;

/// A subnet and its alpha price in rao per alpha.
#[derive(Clone, Debug, Decode, Encode, Eq, PartialEq, TypeInfo)]
pub struct SubnetPrice {
	/// The subnet.
	pub netuid: NetUid,
	/// TAO-rao one alpha costs.
	pub price: u64,
}

/// What a trade would do, all zero if it cannot be made. Slippage is what the trade gets less
/// than the spot price promises.
#[derive(Clone, Debug, Decode, Default, Encode, Eq, PartialEq, TypeInfo)]
pub struct SimSwapResult {
	/// TAO into the pool (a buy, net of the fee) or out of it (a sell).
	pub tao_amount: TaoBalance,
	/// Alpha out of the pool (a buy) or into it (a sell, net of the fee).
	pub alpha_amount: AlphaBalance,
	/// Fee of a buy, in TAO.
	pub tao_fee: TaoBalance,
	/// Fee of a sell, in alpha.
	pub alpha_fee: AlphaBalance,
	/// TAO a sell gets less than `alpha × price`.
	pub tao_slippage: TaoBalance,
	/// Alpha a buy gets less than `tao / price`.
	pub alpha_slippage: AlphaBalance,
}

/// `price` (TAO per alpha) in rao per alpha, rounded down.
pub fn price_in_rao(price: U64F64) -> u64 {
	price.saturating_mul(U64F64::from_num(RAO)).saturating_to_num::<u64>()
}

impl SimSwapResult {
	/// A buy of alpha with `tao` at spot `price`, as the pool quoted it (`None`: refused).
	pub fn of_buy(tao: u64, price: U64F64, quote: Option<SwapResult>) -> Self {
		let Some(quote) = quote else { return Self::default() };
		let promised = U64F64::from_num(tao)
			.checked_div(price)
			.map_or(0, |alpha| alpha.saturating_to_num::<u64>());
		Self {
			tao_amount: TaoBalance::new(quote.amount_paid_in),
			alpha_amount: AlphaBalance::new(quote.amount_paid_out),
			tao_fee: TaoBalance::new(quote.fee_paid),
			alpha_slippage: AlphaBalance::new(promised.saturating_sub(quote.amount_paid_out)),
			..Self::default()
		}
	}

	/// A sell of `alpha` at spot `price`, as the pool quoted it (`None`: refused).
	pub fn of_sell(alpha: u64, price: U64F64, quote: Option<SwapResult>) -> Self {
		let Some(quote) = quote else { return Self::default() };
		let promised = U64F64::from_num(alpha).saturating_mul(price).saturating_to_num::<u64>();
		Self {
			tao_amount: TaoBalance::new(quote.amount_paid_out),
			alpha_amount: AlphaBalance::new(quote.amount_paid_in),
			alpha_fee: AlphaBalance::new(quote.fee_paid),
			tao_slippage: TaoBalance::new(promised.saturating_sub(quote.amount_paid_out)),
			..Self::default()
		}
	}
}

sp_api::decl_runtime_apis! {
	/// Prices and simulated trades of the subnets' pools.
	pub trait SwapRuntimeApi {
		/// The subnet's alpha price in rao per alpha (root: 10^9).
		fn current_alpha_price(netuid: NetUid) -> u64;
		/// Every subnet's price, root included.
		fn current_alpha_price_all() -> Vec<SubnetPrice>;
		/// Buying alpha with `tao` now (fees on, no price limit).
		fn sim_swap_tao_for_alpha(netuid: NetUid, tao: TaoBalance) -> SimSwapResult;
		/// Selling `alpha` now (fees on, no price limit).
		fn sim_swap_alpha_for_tao(netuid: NetUid, alpha: AlphaBalance) -> SimSwapResult;
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn quote(paid_in: u64, paid_out: u64, fee: u64) -> Option<SwapResult> {
		Some(SwapResult {
			amount_paid_in: paid_in,
			amount_paid_out: paid_out,
			fee_paid: fee,
			fee_to_block_author: fee,
		})
	}

	#[test]
	fn a_buy_reports_its_fee_and_the_alpha_it_loses_to_the_curve() {
		// Price 2 TAO per alpha: 1 000 rao of TAO promise 500 alpha-rao; the pool gives 480.
		let result = SimSwapResult::of_buy(1_000, U64F64::from_num(2), quote(995, 480, 5));
		assert_eq!(result.tao_amount, TaoBalance::new(995));
		assert_eq!(result.alpha_amount, AlphaBalance::new(480));
		assert_eq!(result.tao_fee, TaoBalance::new(5));
		assert_eq!(result.alpha_slippage, AlphaBalance::new(20));
		assert_eq!((result.alpha_fee, result.tao_slippage), (AlphaBalance::ZERO, TaoBalance::ZERO));
	}

	#[test]
	fn a_sell_reports_its_fee_and_the_tao_it_loses_to_the_curve() {
		let result = SimSwapResult::of_sell(1_000, U64F64::from_num(0.5), quote(997, 490, 3));
		assert_eq!(result.tao_amount, TaoBalance::new(490));
		assert_eq!(result.alpha_amount, AlphaBalance::new(997));
		assert_eq!(result.alpha_fee, AlphaBalance::new(3));
		assert_eq!(result.tao_slippage, TaoBalance::new(10));
	}

	#[test]
	fn a_refused_trade_is_all_zero_and_prices_round_down() {
		assert_eq!(
			SimSwapResult::of_buy(1_000, U64F64::from_num(1), None),
			SimSwapResult::default()
		);
		assert_eq!(
			SimSwapResult::of_buy(1_000, U64F64::from_num(0), quote(1, 1, 0)).alpha_slippage,
			AlphaBalance::ZERO
		);
		assert_eq!(price_in_rao(U64F64::from_num(1)), RAO);
		assert_eq!(price_in_rao(U64F64::from_num(0.0000000015)), 1);
	}
}
