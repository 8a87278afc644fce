//! Pool math of a weighted constant-product ("Balancer") pool over a TAO reserve `y` with
//! weight `w_q` and an alpha reserve `x` with weight `w_b = 1 − w_q`; the invariant is
//! `x^w_b · y^w_q`. No storage here: reserves and weights in, amounts out.
//!
//! Equal weights (every pool until emission injects liquidity) use exact integer formulas.
//! Other weights need non-integer powers, computed from substrate-fixed's `log2` and `exp` on
//! 64.64 fixed point; the power that decides an output is rounded up by a small margin so a
//! swap never pays out more than the invariant allows. All outputs are floored.

use sp_runtime::{PerThing, Perquintill};
use substrate_fixed::{
	transcendental::{exp, log2, sqrt},
	types::{I64F64, U64F64},
};

/// Fee rates are fractions of this denominator.
pub const FEE_RATE_DENOMINATOR: u16 = u16::MAX;

/// Smallest weight either side of a pool may have (0.01).
pub const MIN_WEIGHT: Perquintill = Perquintill::from_percent(1);

/// Relative safety margin added to a computed power before it decides a payout (2^-50 ≈
/// 9·10^-16: below a rao for any pool under 10^6 TAO).
const POWER_MARGIN: I64F64 = I64F64::from_bits(1 << 14);

/// ln 2 in 64.64 fixed point (rounded to the nearest bit).
const LN_2: I64F64 = I64F64::from_bits(12_786_308_645_202_655_660);

/// Reserves and weights of one pool, in rao.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct Pool {
	/// TAO in the pool (`y`).
	pub tao: u64,
	/// Alpha in the pool (`x`).
	pub alpha: u64,
	/// Weight of the TAO side (`w_q`); the alpha side weighs `1 − w_q`.
	pub tao_weight: Perquintill,
}

impl Pool {
	/// An equal-weight pool.
	pub fn balanced(tao: u64, alpha: u64) -> Self {
		Pool { tao, alpha, tao_weight: Perquintill::from_percent(50) }
	}

	fn alpha_weight(&self) -> Perquintill {
		self.tao_weight.left_from_one()
	}

	fn is_balanced(&self) -> bool {
		self.tao_weight == self.alpha_weight()
	}

	/// `w_b / w_q`.
	fn weight_ratio(&self) -> U64F64 {
		ratio(self.alpha_weight().deconstruct(), self.tao_weight.deconstruct())
	}

	/// Spot price in TAO per alpha, `(w_b / w_q) · (y / x)`; 0 for a pool without alpha.
	pub fn price(&self) -> U64F64 {
		let plain = ratio(self.tao, self.alpha);
		if self.is_balanced() {
			plain
		} else {
			plain.saturating_mul(self.weight_ratio())
		}
	}

	/// Alpha out for `tao_in` TAO in (net of fees): `x · (1 − (y / (y + Δy))^(w_q / w_b))`.
	pub fn alpha_out_for(&self, tao_in: u64) -> u64 {
		if self.is_balanced() {
			return mul_div(
				self.alpha,
				tao_in,
				u128::from(self.tao).saturating_add(u128::from(tao_in)),
			);
		}
		let base = ratio(self.tao, self.tao.saturating_add(tao_in));
		let exponent = ratio(self.tao_weight.deconstruct(), self.alpha_weight().deconstruct());
		share_paid_out(self.alpha, base, exponent)
	}

	/// TAO out for `alpha_in` alpha in (net of fees): `y · (1 − (x / (x + Δx))^(w_b / w_q))`.
	pub fn tao_out_for(&self, alpha_in: u64) -> u64 {
		if self.is_balanced() {
			return mul_div(
				self.tao,
				alpha_in,
				u128::from(self.alpha).saturating_add(u128::from(alpha_in)),
			);
		}
		let base = ratio(self.alpha, self.alpha.saturating_add(alpha_in));
		share_paid_out(self.tao, base, self.weight_ratio())
	}

	/// Spot price after buying with `tao_in`.
	pub fn price_after_buy(&self, tao_in: u64) -> U64F64 {
		Pool {
			tao: self.tao.saturating_add(tao_in),
			alpha: self.alpha.saturating_sub(self.alpha_out_for(tao_in)),
			..*self
		}
		.price()
	}

	/// Spot price after selling `alpha_in`.
	pub fn price_after_sell(&self, alpha_in: u64) -> U64F64 {
		Pool {
			tao: self.tao.saturating_sub(self.tao_out_for(alpha_in)),
			alpha: self.alpha.saturating_add(alpha_in),
			..*self
		}
		.price()
	}

	/// TAO to put in to raise the price to `target` (0 if it is already there):
	/// `y · ((target / price)^w_b − 1)`.
	pub fn tao_to_reach(&self, target: U64F64) -> u64 {
		growth_to_move_price(self.tao, target, self.price(), self.alpha_weight())
	}

	/// Alpha to put in to lower the price to `target` (0 if it is already there):
	/// `x · ((price / target)^w_q − 1)`.
	pub fn alpha_to_reach(&self, target: U64F64) -> u64 {
		growth_to_move_price(self.alpha, self.price(), target, self.tao_weight)
	}

	/// The TAO weight after adding `tao_in` and `alpha_in` to the reserves without moving the
	/// price, or `None` if it would leave `[0.01, 0.99]`.
	pub fn tao_weight_after_injection(&self, tao_in: u64, alpha_in: u64) -> Option<Perquintill> {
		let tao_side = self.alpha_weight().mul_floor(
			u128::from(self.tao)
				.saturating_mul(u128::from(self.alpha).saturating_add(u128::from(alpha_in))),
		);
		let alpha_side = self.tao_weight.mul_floor(
			u128::from(self.alpha)
				.saturating_mul(u128::from(self.tao).saturating_add(u128::from(tao_in))),
		);
		let total = tao_side.saturating_add(alpha_side);
		let weight = if total == 0 {
			Perquintill::from_percent(50)
		} else {
			Perquintill::from_rational(alpha_side, total)
		};
		(weight >= MIN_WEIGHT && weight.left_from_one() >= MIN_WEIGHT).then_some(weight)
	}
}

/// `numerator / denominator` in 64.64 fixed point, saturating; 0 for a zero denominator.
fn ratio(numerator: u64, denominator: u64) -> U64F64 {
	U64F64::saturating_from_num(numerator)
		.checked_div(U64F64::saturating_from_num(denominator))
		.unwrap_or_default()
}

/// `floor(reserve · (1 − base^exponent))` for `base ≤ 1`, with the power rounded up by
/// [`POWER_MARGIN`] so the payout errs low.
fn share_paid_out(reserve: u64, base: U64F64, exponent: U64F64) -> u64 {
	let Some(power) = pow(base, exponent) else { return 0 };
	let kept = power.saturating_add(POWER_MARGIN).min(I64F64::from_num(1));
	let paid = I64F64::from_num(1).saturating_sub(kept);
	U64F64::saturating_from_num(reserve)
		.saturating_mul(U64F64::saturating_from_num(paid))
		.saturating_to_num::<u64>()
}

/// `floor(reserve · ((high / low)^weight − 1))`; 0 when `high ≤ low` or `low` is 0.
fn growth_to_move_price(reserve: u64, high: U64F64, low: U64F64, weight: Perquintill) -> u64 {
	if high <= low {
		return 0;
	}
	let Some(quotient) = high.checked_div(low) else { return 0 };
	let factor = if weight == Perquintill::from_percent(50) {
		sqrt::<U64F64, U64F64>(quotient).ok()
	} else {
		let exponent = ratio(weight.deconstruct(), Perquintill::one().deconstruct());
		pow(quotient, exponent).map(U64F64::saturating_from_num)
	};
	let growth = factor.unwrap_or_default().saturating_sub(U64F64::from_num(1));
	U64F64::saturating_from_num(reserve).saturating_mul(growth).saturating_to_num::<u64>()
}

/// `base^exponent` for a positive base that fits 64.64 signed fixed point, as
/// `2^(exponent · log2(base))` with the integer part of the power of two applied as a shift
/// and the fraction through `exp`. `None` if the result overflows; 0 for a zero base.
pub fn pow(base: U64F64, exponent: U64F64) -> Option<I64F64> {
	let one = I64F64::from_num(1);
	if base == U64F64::from_num(0) {
		return Some(I64F64::from_num(0));
	}
	let base = I64F64::checked_from_num(base)?;
	let exponent = I64F64::checked_from_num(exponent)?;
	if exponent == I64F64::from_num(0) || base == one {
		return Some(one);
	}
	let power_of_two = exponent.checked_mul(log2::<I64F64, I64F64>(base).ok()?)?;
	let whole = power_of_two.floor();
	let fraction = power_of_two.checked_sub(whole)?;
	let fraction_power: I64F64 = exp::<I64F64, I64F64>(fraction.checked_mul(LN_2)?).ok()?;
	let shift = whole.saturating_to_num::<i64>();
	if shift >= 0 {
		let scale = 1i64.checked_shl(u32::try_from(shift).ok()?).filter(|s| *s > 0)?;
		fraction_power.checked_mul(I64F64::from_num(scale))
	} else {
		let right = u32::try_from(shift.unsigned_abs()).ok()?;
		Some(fraction_power.checked_shr(right).unwrap_or_default())
	}
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

	const TAO: u64 = 1_000_000_000;
	const POOL: Pool =
		Pool { tao: 1_000 * TAO, alpha: 1_000 * TAO, tao_weight: Perquintill::from_percent(50) };

	fn weighted(tao: u64, alpha: u64, tao_percent: u64) -> Pool {
		Pool { tao, alpha, tao_weight: Perquintill::from_percent(tao_percent) }
	}

	/// The same formulas in f64, independently of the fixed-point code.
	fn float_alpha_out(pool: &Pool, tao_in: u64) -> f64 {
		let wq = pool.tao_weight.deconstruct() as f64 / 1e18;
		let (x, y, dy) = (pool.alpha as f64, pool.tao as f64, tao_in as f64);
		x * (1.0 - (y / (y + dy)).powf(wq / (1.0 - wq)))
	}

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
	fn weighted_price_and_trades_follow_the_weighted_invariant() {
		// w_q = 0.2: price = (0.8 / 0.2) · y / x = 4 · 1 = 4.
		let pool = weighted(1_000 * TAO, 1_000 * TAO, 20);
		assert_eq!(pool.price().round(), U64F64::from_num(4));
		for tao_in in [TAO, 100 * TAO, 5_000 * TAO] {
			let out = pool.alpha_out_for(tao_in) as f64;
			let expected = float_alpha_out(&pool, tao_in);
			assert!(
				out <= expected + 1.0 && out >= expected * (1.0 - 1e-12) - 1.0,
				"{out} vs {expected}"
			);
		}
		// Raising the price to 9 (×2.25) takes y · (2.25^0.8 − 1) TAO.
		let tao = pool.tao_to_reach(U64F64::from_num(9)) as f64;
		let expected = 1_000.0 * TAO as f64 * (2.25f64.powf(0.8) - 1.0);
		assert!((tao - expected).abs() < expected * 1e-12, "{tao} vs {expected}");
		let after = pool.price_after_buy(tao as u64);
		assert!((after.to_num::<f64>() - 9.0).abs() < 1e-9);
	}

	#[test]
	fn injection_keeps_the_price_and_refuses_extreme_weights() {
		let pool = POOL;
		let weight = pool.tao_weight_after_injection(100 * TAO, 50 * TAO).unwrap();
		let after =
			Pool { tao: pool.tao + 100 * TAO, alpha: pool.alpha + 50 * TAO, tao_weight: weight };
		assert!((after.price().to_num::<f64>() - 1.0).abs() < 1e-12);
		// TAO only, a thousand times the reserve: the TAO weight would fall below 0.01.
		assert_eq!(pool.tao_weight_after_injection(1_000_000 * TAO, 0), None);
	}

	#[test]
	fn powers_match_floating_point() {
		for (base, exponent) in
			[(0.5, 0.25), (0.999, 99.0), (1e-6, 0.0101), (37.5, 0.3), (2.0, 10.0)]
		{
			let got = pow(U64F64::from_num(base), U64F64::from_num(exponent)).unwrap();
			let expected = f64::powf(base, exponent);
			assert!(
				(got.to_num::<f64>() - expected).abs() <= expected * 1e-13 + 1e-18,
				"{base}^{exponent}"
			);
		}
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
			let pool = Pool::balanced(tao, alpha);
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

		#[test]
		fn a_buy_then_a_sell_never_returns_more_than_went_in(
			tao in 1_000_000u64..(1u64 << 56),
			alpha in 1_000_000u64..(1u64 << 56),
			tao_percent in 1u64..=99,
			amount in 0u64..(1u64 << 56),
		) {
			let pool = weighted(tao, alpha, tao_percent);
			let alpha_out = pool.alpha_out_for(amount);
			prop_assert!(alpha_out < alpha || amount == 0);
			let after = Pool { tao: tao + amount, alpha: alpha - alpha_out, ..pool };
			prop_assert!(after.tao_out_for(alpha_out) <= amount);
			// The price moves the trade's way.
			prop_assert!(after.price() >= pool.price());
		}

		#[test]
		fn no_input_panics(
			tao in any::<u64>(),
			alpha in any::<u64>(),
			parts in any::<u64>(),
			amount in any::<u64>(),
			target in any::<u128>(),
		) {
			let pool = Pool { tao, alpha, tao_weight: Perquintill::from_parts(parts) };
			let target = U64F64::from_bits(target);
			let _ = (pool.alpha_out_for(amount), pool.tao_out_for(amount), pool.price());
			let _ = (pool.tao_to_reach(target), pool.alpha_to_reach(target));
			let _ = (pool.price_after_buy(amount), pool.price_after_sell(amount));
			let _ = pool.tao_weight_after_injection(amount, amount);
		}
	}
}
