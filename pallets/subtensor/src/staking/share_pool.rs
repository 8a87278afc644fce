//! Share accounting of a hotkey's stake pool on one subnet, without storage.
//!
//! The pool has a value (alpha, `TotalHotkeyAlpha`) and a share denominator
//! (`TotalHotkeySharesV2`); each staker holds shares (`AlphaV2`), worth
//! `shares × value / denominator`. Staking issues shares at the current rate, unstaking burns
//! them; paying the pool (dividends) raises only the value, so every staker gains pro rata.
//!
//! Shares are [`SafeFloat`]s: a decimal mantissa of 21 significant digits and an exponent,
//! so a pool keeps its precision whether it holds a rao or millions of TAO, and after its
//! value has grown or shrunk by many orders of magnitude.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::U256;

/// Smallest normalised mantissa (exclusive).
const MANTISSA_MIN: u128 = 100_000_000_000_000_000_000;
/// Largest normalised mantissa (inclusive).
const MANTISSA_MAX: u128 = 1_000_000_000_000_000_000_000;
/// Exponent differences beyond this make the smaller operand negligible (and would overflow
/// 256 bits when aligned: 10^21 · 10^50 < 2^256).
const MAX_ALIGN: i64 = 50;

/// A non-negative decimal number `mantissa × 10^exponent`, normalised so that
/// `10^20 < mantissa ≤ 10^21` (zero is `{0, 0}`).
#[derive(
	Clone,
	Copy,
	Debug,
	Decode,
	DecodeWithMemTracking,
	Default,
	Encode,
	Eq,
	MaxEncodedLen,
	PartialEq,
	TypeInfo,
)]
pub struct SafeFloat {
	/// Significant digits.
	pub mantissa: u128,
	/// Power of ten the mantissa is scaled by.
	pub exponent: i64,
}

/// `10^n` in 256 bits, for `n ≤ 76`.
fn pow10(n: u32) -> U256 {
	U256::from(10u8).checked_pow(U256::from(n)).unwrap_or(U256::MAX)
}

impl SafeFloat {
	/// Zero.
	pub const ZERO: SafeFloat = SafeFloat { mantissa: 0, exponent: 0 };

	/// The whole number `value`.
	pub fn from_u64(value: u64) -> Self {
		Self::normalised(U256::from(value), 0)
	}

	/// Whether this is zero.
	pub fn is_zero(&self) -> bool {
		self.mantissa == 0
	}

	/// `mantissa × 10^exponent` brought into the normalised range. Digits that do not fit are
	/// dropped; with `round_up` the result is then raised by one unit of the last digit if
	/// anything was dropped or `inexact` says the input itself was already rounded down.
	fn normalised(mantissa: U256, exponent: i64) -> Self {
		Self::rounded(mantissa, exponent, false, false)
	}

	fn rounded(mut mantissa: U256, mut exponent: i64, round_up: bool, mut inexact: bool) -> Self {
		if mantissa.is_zero() {
			return Self::ZERO;
		}
		let max = U256::from(MANTISSA_MAX);
		let coarse = max.saturating_mul(pow10(10));
		while mantissa > max {
			let digits: u32 = if mantissa > coarse { 10 } else { 1 };
			let (quotient, remainder) = mantissa.div_mod(pow10(digits));
			inexact |= !remainder.is_zero();
			mantissa = quotient;
			exponent = exponent.saturating_add(i64::from(digits));
		}
		while mantissa <= U256::from(MANTISSA_MIN) {
			mantissa = mantissa.saturating_mul(U256::from(10u8));
			exponent = exponent.saturating_sub(1);
		}
		if round_up && inexact {
			mantissa = mantissa.saturating_add(U256::one());
			if mantissa > max {
				return Self::rounded(mantissa, exponent, false, false);
			}
		}
		SafeFloat { mantissa: mantissa.low_u128(), exponent }
	}

	/// `self + other`.
	pub fn add(&self, other: &SafeFloat) -> SafeFloat {
		if self < other {
			return other.add(self);
		}
		match self.aligned_with(other) {
			Some((big, small, exponent)) => Self::normalised(big.saturating_add(small), exponent),
			None => *self,
		}
	}

	/// `self − other`, 0 if `other` is larger.
	pub fn sub(&self, other: &SafeFloat) -> SafeFloat {
		if other >= self {
			return Self::ZERO;
		}
		match self.aligned_with(other) {
			Some((big, small, exponent)) => Self::normalised(big.saturating_sub(small), exponent),
			None => *self,
		}
	}

	/// The mantissas of `self` (the larger) and `other` at `other`'s exponent, or `None` if
	/// `other` is zero or too small to matter.
	fn aligned_with(&self, other: &SafeFloat) -> Option<(U256, U256, i64)> {
		if other.is_zero() {
			return None;
		}
		let gap = self.exponent.saturating_sub(other.exponent);
		if gap > MAX_ALIGN {
			return None;
		}
		let shift = u32::try_from(gap.max(0)).unwrap_or(0);
		let big = U256::from(self.mantissa).saturating_mul(pow10(shift));
		Some((big, U256::from(other.mantissa), other.exponent))
	}

	/// `self × numerator / denominator`, rounded down; 0 for a zero denominator.
	pub fn mul_div(&self, numerator: u64, denominator: u64) -> SafeFloat {
		self.scaled(numerator, denominator, false)
	}

	/// `self × numerator / denominator`, rounded up; 0 for a zero denominator.
	pub fn mul_div_ceil(&self, numerator: u64, denominator: u64) -> SafeFloat {
		self.scaled(numerator, denominator, true)
	}

	fn scaled(&self, numerator: u64, denominator: u64, round_up: bool) -> SafeFloat {
		if denominator == 0 || numerator == 0 || self.is_zero() {
			return Self::ZERO;
		}
		// Scale up by 10^20 first so the quotient keeps 21 significant digits.
		let scaled = U256::from(self.mantissa)
			.saturating_mul(U256::from(numerator))
			.saturating_mul(pow10(20));
		let (quotient, remainder) = scaled.div_mod(U256::from(denominator));
		Self::rounded(quotient, self.exponent.saturating_sub(20), round_up, !remainder.is_zero())
	}

	/// `floor(self × numerator / denominator)` as a whole number, saturating at `u64::MAX`; 0
	/// for a zero denominator.
	pub fn mul_div_floor(&self, numerator: u64, denominator: &SafeFloat) -> u64 {
		if denominator.is_zero() {
			return 0;
		}
		// At most 1e21 × 1.8e19 ≈ 2^135: room for 10^36 more in 256 bits.
		let product = U256::from(self.mantissa).saturating_mul(U256::from(numerator));
		let exponent = self.exponent.saturating_sub(denominator.exponent);
		let shift = u32::try_from(exponent.unsigned_abs()).unwrap_or(u32::MAX);
		let value = if exponent >= 0 {
			if shift > 36 {
				return if product.is_zero() { 0 } else { u64::MAX };
			}
			product
				.saturating_mul(pow10(shift))
				.checked_div(U256::from(denominator.mantissa))
				.unwrap_or_default()
		} else {
			if shift > 55 {
				return 0;
			}
			product
				.checked_div(U256::from(denominator.mantissa).saturating_mul(pow10(shift)))
				.unwrap_or_default()
		};
		if value > U256::from(u64::MAX) {
			u64::MAX
		} else {
			value.low_u64()
		}
	}
}

impl PartialOrd for SafeFloat {
	fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
		Some(self.cmp(other))
	}
}

impl Ord for SafeFloat {
	fn cmp(&self, other: &Self) -> core::cmp::Ordering {
		match (self.is_zero(), other.is_zero()) {
			(true, true) => core::cmp::Ordering::Equal,
			(true, false) => core::cmp::Ordering::Less,
			(false, true) => core::cmp::Ordering::Greater,
			// Normalised mantissas: the larger exponent is the larger number.
			(false, false) => {
				self.exponent.cmp(&other.exponent).then(self.mantissa.cmp(&other.mantissa))
			},
		}
	}
}

/// One hotkey's pool on one subnet: its value and share denominator.
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct SharePool {
	/// Alpha the pool is worth.
	pub value: u64,
	/// Shares issued.
	pub shares: SafeFloat,
}

impl SharePool {
	/// Alpha that `shares` are worth.
	pub fn value_of(&self, shares: &SafeFloat) -> u64 {
		shares.mul_div_floor(self.value, &self.shares)
	}

	/// Shares `amount` alpha buys; the first staker of an empty pool gets one share per alpha.
	/// `None` if the pool has shares but no value (they cannot be priced).
	pub fn shares_for(&self, amount: u64) -> Option<SafeFloat> {
		if self.shares.is_zero() {
			return Some(SafeFloat::from_u64(amount));
		}
		if self.value == 0 {
			return None;
		}
		Some(self.shares.mul_div(amount, self.value))
	}

	/// Adds `amount` alpha for a staker holding `held` shares; returns the staker's shares
	/// after. `None` (nothing changed) if the pool cannot issue shares.
	pub fn deposit(&mut self, held: &SafeFloat, amount: u64) -> Option<SafeFloat> {
		let issued = self.shares_for(amount)?;
		self.shares = self.shares.add(&issued);
		self.value = self.value.saturating_add(amount);
		Some(held.add(&issued))
	}

	/// Takes up to `amount` alpha from a staker holding `held` shares; returns (alpha taken,
	/// the staker's shares after). Taking the whole stake burns every share the staker holds.
	pub fn withdraw(&mut self, held: &SafeFloat, amount: u64) -> (u64, SafeFloat) {
		let stake = self.value_of(held);
		let taken = amount.min(stake);
		// Shares burned are rounded up, so rounding never favours the one leaving.
		let burned = if taken == stake {
			*held
		} else {
			self.shares.mul_div_ceil(taken, self.value).min(*held)
		};
		self.shares = self.shares.sub(&burned);
		self.value = self.value.saturating_sub(taken);
		if self.shares.is_zero() {
			self.value = 0;
		}
		(taken, held.sub(&burned))
	}

	/// Adds `amount` alpha to the pool without issuing shares: every staker gains pro rata.
	pub fn pay(&mut self, amount: u64) {
		self.value = self.value.saturating_add(amount);
	}
}

#[cfg(test)]
#[allow(clippy::arithmetic_side_effects)]
mod tests {
	use super::*;
	use proptest::prelude::*;

	#[test]
	fn safe_floats_are_normalised_and_ordered() {
		let one = SafeFloat::from_u64(1);
		assert_eq!(one, SafeFloat { mantissa: MANTISSA_MAX, exponent: -21 });
		let big = SafeFloat::from_u64(u64::MAX);
		assert!(big > one && one > SafeFloat::ZERO);
		assert_eq!(big.sub(&big), SafeFloat::ZERO);
		assert_eq!(one.add(&one).mul_div_floor(1, &one), 2);
		assert_eq!(SafeFloat::from_u64(7).mul_div(3, 7).mul_div_floor(1, &one), 3);
	}

	#[test]
	fn paying_the_pool_raises_every_stake_pro_rata() {
		let mut pool = SharePool::default();
		let alice = pool.deposit(&SafeFloat::ZERO, 300).unwrap();
		let bob = pool.deposit(&SafeFloat::ZERO, 100).unwrap();
		pool.pay(400);
		assert_eq!((pool.value_of(&alice), pool.value_of(&bob)), (600, 200));
		let (taken, bob) = pool.withdraw(&bob, 1_000);
		assert_eq!((taken, bob), (200, SafeFloat::ZERO));
		assert_eq!(pool.value_of(&alice), 600);
	}

	#[test]
	fn a_pool_with_shares_but_no_value_issues_none() {
		let mut pool = SharePool { value: 0, shares: SafeFloat::from_u64(5) };
		assert_eq!(pool.deposit(&SafeFloat::ZERO, 10), None);
	}

	proptest! {
		/// Random deposits, withdrawals and payments by three stakers: no staker can take out
		/// more than the pool holds, and the stakes never add up to more than the pool.
		#[test]
		fn stakes_never_exceed_the_pool(
			ops in proptest::collection::vec((0usize..3, 0u8..3, 1u64..u64::MAX / 1_000), 1..40),
		) {
			let mut pool = SharePool::default();
			let mut held = [SafeFloat::ZERO; 3];
			for (who, op, amount) in ops {
				match op {
					0 => if let Some(after) = pool.deposit(&held[who], amount) { held[who] = after },
					1 => {
						let before = pool.value;
						let (taken, after) = pool.withdraw(&held[who], amount);
						prop_assert!(taken <= before);
						held[who] = after;
					},
					_ => pool.pay(amount % 1_000_000_000_000),
				}
				let total: u128 = held.iter().map(|h| u128::from(pool.value_of(h))).sum();
				prop_assert!(total <= u128::from(pool.value));
			}
		}

		#[test]
		fn deposits_are_worth_what_was_paid_in(
			first in 1u64..u64::MAX / 4,
			second in 1u64..u64::MAX / 4,
			paid in 0u64..u64::MAX / 4,
		) {
			let mut pool = SharePool::default();
			pool.deposit(&SafeFloat::ZERO, first).unwrap();
			pool.pay(paid);
			let shares = pool.deposit(&SafeFloat::ZERO, second).unwrap();
			let worth = pool.value_of(&shares);
			// Rounding costs the depositor at most a part in 10^19 and a rao.
			prop_assert!(worth <= second);
			prop_assert!(second - worth <= second / 10_000_000_000_000_000 + 2);
		}
	}
}
