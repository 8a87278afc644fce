//! The interface between `SubtensorModule` (which owns each subnet's pool reserves) and pallet
//! `Swap` (which owns the pool math, weights and fee rate).

use crate::{AlphaBalance, NetUid, TaoBalance};
use sp_runtime::DispatchError;
use substrate_fixed::types::U64F64;

/// Direction of a swap against a subnet's pool.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum OrderType {
	/// TAO in, alpha out (staking, registration burns).
	Buy,
	/// Alpha in, TAO out (unstaking).
	Sell,
}

/// Outcome of a swap. Amounts are in rao of the input token (`amount_paid_in`, `fee_paid`) and
/// of the output token (`amount_paid_out`).
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct SwapResult {
	/// Input that went into the pool, net of the fee.
	pub amount_paid_in: u64,
	/// Output taken out of the pool.
	pub amount_paid_out: u64,
	/// Fee deducted from the input.
	pub fee_paid: u64,
	/// Part of the fee owed to the block author (the whole fee in the current design).
	pub fee_to_block_author: u64,
}

/// Read access to a subnet's pool reserves, implemented by `SubtensorModule`.
pub trait SubnetReserves {
	/// TAO in the pool (`SubnetTAO`).
	fn tao_reserve(netuid: NetUid) -> TaoBalance;
	/// Alpha in the pool (`SubnetAlphaIn`).
	fn alpha_reserve(netuid: NetUid) -> AlphaBalance;
	/// Whether the subnet exists.
	fn exists(netuid: NetUid) -> bool;
	/// Whether the subnet trades through an AMM (every subnet except root).
	fn is_dynamic(netuid: NetUid) -> bool;
}

/// Swaps against a subnet's pool, implemented by pallet `Swap`. The handler computes the trade;
/// the caller moves the tokens and updates the reserves it owns.
pub trait SwapHandler {
	/// Swaps `amount` of the input token. `price_limit` is in rao of TAO per alpha: the highest
	/// acceptable price for a buy, the lowest for a sell. With `drop_fees` no fee is charged;
	/// with `simulate` nothing is written.
	fn swap(
		netuid: NetUid,
		order: OrderType,
		amount: u64,
		price_limit: u64,
		drop_fees: bool,
		simulate: bool,
	) -> Result<SwapResult, DispatchError>;

	/// The most input (fee included) a trade can take before the price reaches `price_limit`
	/// (rao per alpha; a buy's highest, a sell's lowest price). For root: unlimited at par or
	/// better, else 0.
	fn max_amount_in(netuid: NetUid, order: OrderType, price_limit: u64) -> u64;

	/// Prepares adding `tao` and `alpha` to a pool without moving its price (by shifting its
	/// weights); returns what may be added: both, or nothing if the pool cannot absorb it.
	fn adjust_protocol_liquidity(netuid: NetUid, tao: u64, alpha: u64) -> (u64, u64);

	/// The pool's spot price in TAO per alpha (1 for root, 0 for an empty pool).
	fn current_alpha_price(netuid: NetUid) -> U64F64;

	/// The pool's spot price after a trade of `amount` (fee included), or `None` if the pool
	/// would refuse it as too large.
	fn price_after(netuid: NetUid, order: OrderType, amount: u64) -> Option<U64F64>;

	/// The fee rate of a subnet's pool, as a fraction of 65535 (0 for root).
	fn fee_rate(netuid: NetUid) -> u16;

	/// The highest buy limit: buys without a price limit use it.
	fn max_price() -> u64;

	/// The lowest sell limit: sells without a price limit use it.
	fn min_price() -> u64;

	/// Forgets the pool state of a dissolved subnet (weights, fee rate).
	fn clear_protocol_liquidity(netuid: NetUid);
}
