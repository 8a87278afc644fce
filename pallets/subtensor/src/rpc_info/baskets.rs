//! Root baskets as a newer chain's clients read them (`BetaBasketRuntimeApi`): a validator's
//! fund of subnet holdings that its root stakers own shares of. This chain has no baskets, so
//! the runtime answers these views with none (no summary, no holdings, a NAV of 0); the types
//! carry the field names the SDK reads.

use alloc::vec::Vec;
use codec::{Decode, Encode};
use scale_info::TypeInfo;
use subtensor_common::NetUid;

/// One subnet holding of a validator's basket.
#[derive(Clone, Debug, Decode, Encode, Eq, PartialEq, TypeInfo)]
pub struct BasketHolding {
	/// The subnet.
	pub netuid: NetUid,
	/// Alpha held (rao).
	pub alpha: u64,
	/// Its value at the spot price (TAO-rao).
	pub spot_tao: u64,
	/// What selling it would fetch at the pool's depth (TAO-rao).
	pub realizable_tao: u64,
}

/// A validator's basket: its value, lifetime flows, shares and holdings.
#[derive(Clone, Debug, Decode, Encode, Eq, PartialEq, TypeInfo)]
pub struct BasketSummary<AccountId> {
	/// The validator's hotkey.
	pub hotkey: AccountId,
	/// Net asset value at realizable prices (TAO-rao).
	pub nav_tao: u64,
	/// Net asset value at spot prices (TAO-rao).
	pub spot_nav_tao: u64,
	/// TAO deposited into the fund, all time (rao).
	pub deposited_tao: u64,
	/// TAO paid out of the fund, all time (rao).
	pub redeemed_tao: u64,
	/// The fund's outstanding shares.
	pub shares: u128,
	/// Per subnet, what the fund holds.
	pub holdings: Vec<BasketHolding>,
}
