//! TAO emitted per block as a function of the issuance so far: 1 TAO per block until half of
//! the 21 M supply is issued, halving each time the remaining supply halves again.

use subtensor_common::RAO_PER_TAO;

/// Total TAO supply in rao (21 million TAO).
pub const TOTAL_SUPPLY: u64 = 21_000_000 * RAO_PER_TAO;

/// Rao emitted per block when `issuance` rao have been issued.
///
/// With `S` the total supply, the emission is `10^9 / 2^r` where `r` is the largest integer
/// with `2^r ≤ S / (S − issuance)`, computed exactly in integers; 0 once the supply is issued.
pub fn block_emission_for_issuance(issuance: u64) -> u64 {
	let Some(remaining) = TOTAL_SUPPLY.checked_sub(issuance).filter(|r| *r > 0) else {
		return 0;
	};
	let supply = u128::from(TOTAL_SUPPLY);
	let mut halvings = 0u32;
	// (S − X) · 2^(r+1) ≤ S  ⇔  another halving is due.
	while halvings < 64
		&& u128::from(remaining)
			.checked_shl(halvings.saturating_add(1))
			.is_some_and(|doubled| doubled <= supply)
	{
		halvings = halvings.saturating_add(1);
	}
	RAO_PER_TAO.checked_shr(halvings).unwrap_or(0)
}

#[cfg(test)]
#[allow(clippy::arithmetic_side_effects)]
mod tests {
	use super::*;

	#[test]
	fn emission_halves_with_the_remaining_supply() {
		assert_eq!(block_emission_for_issuance(0), RAO_PER_TAO);
		assert_eq!(block_emission_for_issuance(TOTAL_SUPPLY / 2 - 1), RAO_PER_TAO);
		assert_eq!(block_emission_for_issuance(TOTAL_SUPPLY / 2), RAO_PER_TAO / 2);
		assert_eq!(block_emission_for_issuance(TOTAL_SUPPLY / 4 * 3), RAO_PER_TAO / 4);
		assert_eq!(block_emission_for_issuance(TOTAL_SUPPLY - 1), 0);
		assert_eq!(block_emission_for_issuance(TOTAL_SUPPLY), 0);
		assert_eq!(block_emission_for_issuance(u64::MAX), 0);
	}
}
