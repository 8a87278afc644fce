//! The registration price (`Burn`): it decays every block with half-life `BurnHalfLife` and
//! rises ×`BurnIncreaseMult` after each registration, always within `[MinBurn, MaxBurn]`.

use crate::{
	weights::WeightInfo, Burn, BurnHalfLife, BurnIncreaseMult, Config, LastEpochBlock, MaxBurn,
	MinBurn, Pallet, PendingEpochAt, RegistrationsThisBlock, RegistrationsThisInterval, Tempo,
};
use frame_support::weights::Weight;
use substrate_fixed::types::U64F64;
use subtensor_common::{NetUid, TaoBalance};

/// 1.0 in Q32 fixed point.
const ONE_Q32: u64 = 1 << 32;
/// 0.5 in Q32 fixed point.
const HALF_Q32: u64 = 1 << 31;

/// Q32 product, capped at `u64::MAX`.
fn mul_q32(a: u64, b: u64) -> u64 {
	let product = u128::from(a).saturating_mul(u128::from(b)).checked_shr(32).unwrap_or(0);
	u64::try_from(product).unwrap_or(u64::MAX)
}

/// `base^exponent` in Q32 fixed point (square and multiply).
pub fn pow_q32(base: u64, exponent: u16) -> u64 {
	let (mut result, mut square, mut rest) = (ONE_Q32, base, exponent);
	while rest > 0 {
		if rest & 1 == 1 {
			result = mul_q32(result, square);
		}
		square = mul_q32(square, square);
		rest >>= 1;
	}
	result
}

/// The per-block decay factor in Q32 for a half-life of `half_life` blocks: the largest `f`
/// with `f^half_life ≤ 0.5`.
pub fn decay_factor_q32(half_life: u16) -> u64 {
	let (mut low, mut high) = (0u64, ONE_Q32);
	while low.saturating_add(1) < high {
		let middle = low.saturating_add(high.saturating_sub(low) / 2);
		if pow_q32(middle, half_life) > HALF_Q32 {
			high = middle;
		} else {
			low = middle;
		}
	}
	low
}

/// `burn` after one block of decay.
pub fn decayed_burn(burn: u64, half_life: u16) -> u64 {
	if half_life == 0 {
		return burn;
	}
	mul_q32(burn, decay_factor_q32(half_life))
}

/// `value` clamped to `[min, max]` (`min` wins if the bounds cross).
fn clamp(value: TaoBalance, min: TaoBalance, max: TaoBalance) -> TaoBalance {
	value.min(max).max(min)
}

impl<T: Config> Pallet<T> {
	/// Start-of-block registration bookkeeping of `subnets`: price decay and the per-block
	/// registration counter.
	pub fn registration_block_step(subnets: &[NetUid]) -> Weight {
		let now = Self::current_block();
		for netuid in subnets.iter().copied() {
			if now > 1 {
				Self::decay_burn(netuid);
			}
			RegistrationsThisBlock::<T>::remove(netuid);
		}
		// Root counts its registrations per epoch interval too.
		let root = NetUid::ROOT;
		if crate::coinbase::epoch_schedule::epoch_is_due(
			Tempo::<T>::get(root),
			LastEpochBlock::<T>::get(root),
			PendingEpochAt::<T>::get(root),
			now,
		) {
			RegistrationsThisInterval::<T>::remove(root);
		}
		<T as Config>::WeightInfo::registration_block_step(subnets.len() as u32)
	}

	/// One block of price decay, clamped to the subnet's bounds.
	fn decay_burn(netuid: NetUid) {
		let burn = Burn::<T>::get(netuid);
		let decayed = TaoBalance::new(decayed_burn(burn.to_u64(), BurnHalfLife::<T>::get(netuid)));
		let bounded = clamp(decayed, MinBurn::<T>::get(netuid), MaxBurn::<T>::get(netuid));
		if bounded != burn {
			Burn::<T>::insert(netuid, bounded);
		}
	}

	/// Raises the price after a registration: ×`max(BurnIncreaseMult, 1)`, clamped.
	pub fn bump_burn(netuid: NetUid) {
		let multiplier = BurnIncreaseMult::<T>::get(netuid).max(U64F64::from_num(1));
		let raised = U64F64::saturating_from_num(Burn::<T>::get(netuid).to_u64())
			.saturating_mul(multiplier)
			.saturating_to_num::<u64>();
		let bounded =
			clamp(TaoBalance::new(raised), MinBurn::<T>::get(netuid), MaxBurn::<T>::get(netuid));
		Burn::<T>::insert(netuid, bounded);
	}
}

#[cfg(test)]
#[allow(clippy::arithmetic_side_effects)]
mod tests {
	use super::*;
	use proptest::prelude::*;

	#[test]
	fn price_halves_over_one_half_life() {
		let mut burn = 1_000_000_000u64;
		for _ in 0..360 {
			burn = decayed_burn(burn, 360);
		}
		// Within 0.1 % of half (the factor is floored).
		assert!((499_000_000..=500_000_000).contains(&burn), "{burn}");
	}

	#[test]
	fn zero_half_life_does_not_decay() {
		assert_eq!(decayed_burn(12345, 0), 12345);
	}

	#[test]
	fn half_life_of_one_halves_each_block() {
		assert_eq!(decay_factor_q32(1), HALF_Q32);
		assert_eq!(decayed_burn(1_000, 1), 500);
	}

	proptest! {
		#[test]
		fn decay_factor_is_the_largest_within_half(half_life in 1u16..=36_100) {
			let factor = decay_factor_q32(half_life);
			prop_assert!(pow_q32(factor, half_life) <= HALF_Q32);
			prop_assert!(pow_q32(factor + 1, half_life) > HALF_Q32);
		}
	}
}
