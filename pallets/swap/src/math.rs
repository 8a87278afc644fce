//! Pool math of an equal-weight constant-product pool (TAO reserve `y`, alpha reserve `x`,
//! invariant `x · y`), without storage: reserves in, amounts out.
//!
//! All results are floored, so the pool never pays out more than the invariant allows.

use substrate_fixed::{transcendental::sqrt, types::U64F64};

/// Fee rates are fractions of this denominator.
pub const FEE_RATE_DENOMINATOR: u16 = u16::MAX;

/// Reserves of one pool, in rao.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct Reserves {
	/// TAO in the pool.
	pub tao: u64,
	/// Alpha in the pool.
	pub alpha: u64,
}

impl Reserves {
	/// Spot price in TAO per alpha; 0 for a pool without alpha.
	pub fn price(&self) -> U64F64 {
		U64F64::saturating_from_num(self.tao)
			.checked_div(U64F64::saturating_from_num(self.alpha))
			.unwrap_or_default()
	}

	/// Alpha out for `tao_in` TAO in (net of fees).
	pub fn alpha_out_for(&self, tao_in: u64) -> u64 {
		mul_div(self.alpha, tao_in, u128::from(self.tao).saturating_add(u128::from(tao_in)))
	}

	/// TAO out for `alpha_in` alpha in (net of fees).
	pub fn tao_out_for(&self, alpha_in: u64) -> u64 {
		mul_div(self.tao, alpha_in, u128::from(self.alpha).saturating_add(u128::from(alpha_in)))
	}

	/// Spot price after buying with `tao_in`.
	pub fn price_after_buy(&self, tao_in: u64) -> U64F64 {
		Reserves {
			tao: self.tao.saturating_add(tao_in),
			alpha: self.alpha.saturating_sub(self.alpha_out_for(tao_in)),
		}
		.price()
	}

	/// Spot price after selling `alpha_in`.
	pub fn price_after_sell(&self, alpha_in: u64) -> U64F64 {
		Reserves {
			tao: self.tao.saturating_sub(self.tao_out_for(alpha_in)),
			alpha: self.alpha.saturating_add(alpha_in),
		}
		.price()
	}

	/// TAO to put in to raise the price to `target` (0 if it is already there):
	/// `y · (sqrt(target / price) − 1)`.
	pub fn tao_to_reach(&self, target: U64F64) -> u64 {
		input_to_move_price(self.tao, target, self.price())
	}

	/// Alpha to put in to lower the price to `target` (0 if it is already there):
	/// `x · (sqrt(price / target) − 1)`.
	pub fn alpha_to_reach(&self, target: U64F64) -> u64 {
		input_to_move_price(self.alpha, self.price(), target)
	}
}

/// `reserve · (sqrt(high / low) − 1)`, floored; 0 when `high ≤ low` or `low` is 0.
fn input_to_move_price(reserve: u64, high: U64F64, low: U64F64) -> u64 {
	if high <= low {
		return 0;
	}
	let Some(ratio) = high.checked_div(low) else { return 0 };
	let root: U64F64 = sqrt::<U64F64, U64F64>(ratio).unwrap_or_default();
	let growth = root.saturating_sub(U64F64::from_num(1));
	U64F64::saturating_from_num(reserve).saturating_mul(growth).saturating_to_num::<u64>()
}

/// `floor(a · b / denominator)`; 0 for a zero denominator. Never exceeds `a` when
/// `b ≤ denominator`.
fn mul_div(a: u64, b: u64, denominator: u128) -> u64 {
	u128::from(a)
		.saturating_mul(u128::from(b))
		.checked_div(denominator)
		.map(|q| u64::try_from(q).unwrap_or(u64::MAX))
		.unwrap_or(0)
}

/// Fee on a swap input: `floor(amount · rate / 65535)`.
pub fn fee_on_input(amount: u64, rate: u16) -> u64 {
	mul_div(amount, u64::from(rate), u128::from(FEE_RATE_DENOMINATOR))
}

/// Fee on an executed net input cut short by a price limit: the fee that, deducted from the
/// gross input, leaves `net`: `floor(net · rate / (65535 − rate))`.
pub fn fee_on_net(net: u64, rate: u16) -> u64 {
	mul_div(net, u64::from(rate), u128::from(FEE_RATE_DENOMINATOR.saturating_sub(rate)))
}

#[cfg(test)]
#[allow(clippy::arithmetic_side_effects)]
mod tests {
	use super::*;
	use proptest::prelude::*;

	const POOL: Reserves = Reserves { tao: 1_000_000_000_000, alpha: 1_000_000_000_000 };

	#[test]
	fn buying_follows_the_constant_product() {
		// Doubling the TAO reserve takes half the alpha.
		assert_eq!(POOL.alpha_out_for(POOL.tao), POOL.alpha / 2);
		assert_eq!(POOL.price(), U64F64::from_num(1));
		assert_eq!(POOL.price_after_buy(POOL.tao), U64F64::from_num(4));
	}

	#[test]
	fn input_to_reach_a_price_moves_the_price_there() {
		let tao = POOL.tao_to_reach(U64F64::from_num(4));
		assert_eq!(tao, POOL.tao);
		let alpha = POOL.alpha_to_reach(U64F64::from_num(1) / U64F64::from_num(4));
		assert_eq!(alpha, POOL.alpha);
		assert_eq!(POOL.tao_to_reach(U64F64::from_num(1)), 0);
	}

	#[test]
	fn fees_are_floored_fractions() {
		assert_eq!(fee_on_input(65_535, 33), 33);
		assert_eq!(fee_on_input(1_000, 33), 0);
		assert_eq!(fee_on_net(65_502, 33), 33);
	}

	proptest! {
		#[test]
		fn a_swap_never_lowers_the_invariant(
			tao in 1_000u64..u64::MAX / 4,
			alpha in 1_000u64..u64::MAX / 4,
			amount in 0u64..u64::MAX / 4,
		) {
			let pool = Reserves { tao, alpha };
			let k = u128::from(tao) * u128::from(alpha);
			let out = pool.alpha_out_for(amount);
			prop_assert!(out < alpha || amount == 0);
			let after = u128::from(tao + amount) * u128::from(alpha - out);
			prop_assert!(after >= k);
			let out = pool.tao_out_for(amount);
			prop_assert!(out < tao || amount == 0);
			let after = u128::from(tao - out) * u128::from(alpha + amount);
			prop_assert!(after >= k);
		}
	}
}
