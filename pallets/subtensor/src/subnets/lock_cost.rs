//! The TAO a new subnet must lock: double the last lock, decaying linearly back to the
//! minimum over `NetworkLockReductionInterval` blocks (stretched as block emission halves).

use crate::{
	coinbase::block_emission::block_emission_for_issuance, Config, LastRateLimitedBlock,
	NetworkLastLockCost, NetworkLockReductionInterval, NetworkMinLockCost, Pallet, RateLimitKey,
	TotalIssuance,
};
use subtensor_common::{TaoBalance, RAO_PER_TAO};

/// Lock cost from its inputs (all in rao and blocks); see [`Pallet::get_network_lock_cost`].
pub fn lock_cost(
	last_lock: u64,
	last_lock_block: u64,
	now: u64,
	min_lock: u64,
	reduction_interval: u64,
	block_emission: u64,
) -> u64 {
	let multiplier = if last_lock_block == 0 { 1 } else { 2 };
	// The interval scales with the emission rate: it is reached at full emission (1 TAO).
	let effective_interval = u128::from(reduction_interval)
		.saturating_mul(u128::from(block_emission))
		.checked_div(u128::from(RAO_PER_TAO))
		.unwrap_or(0);
	let per_block = u128::from(last_lock).checked_div(effective_interval).unwrap_or(0);
	let decay = per_block.saturating_mul(u128::from(now.saturating_sub(last_lock_block)));
	let decay = u64::try_from(decay).unwrap_or(u64::MAX);
	last_lock.saturating_mul(multiplier).saturating_sub(decay).max(min_lock)
}

impl<T: Config> Pallet<T> {
	/// TAO a subnet registration locks now.
	pub fn get_network_lock_cost() -> TaoBalance {
		TaoBalance::new(lock_cost(
			NetworkLastLockCost::<T>::get().to_u64(),
			LastRateLimitedBlock::<T>::get(RateLimitKey::NetworkLastRegistered),
			Self::current_block(),
			NetworkMinLockCost::<T>::get().to_u64(),
			NetworkLockReductionInterval::<T>::get(),
			block_emission_for_issuance(TotalIssuance::<T>::get().to_u64()),
		))
	}
}

#[cfg(test)]
#[allow(clippy::arithmetic_side_effects)]
mod tests {
	use super::lock_cost;

	const TAO: u64 = 1_000_000_000;
	const MIN: u64 = 1_000 * TAO;

	#[test]
	fn first_registration_costs_the_minimum() {
		assert_eq!(lock_cost(MIN, 0, 1, MIN, 100_800, TAO), MIN);
	}

	#[test]
	fn lock_doubles_then_decays_linearly_to_the_minimum() {
		let last = 1_500 * TAO;
		assert_eq!(lock_cost(last, 100, 100, MIN, 1_000, TAO), 3_000 * TAO);
		// Half way through the interval: 2 × last − last / 2.
		assert_eq!(lock_cost(last, 100, 600, MIN, 1_000, TAO), 2_250 * TAO);
		assert_eq!(lock_cost(last, 100, 100 + 10_000, MIN, 1_000, TAO), MIN);
	}

	#[test]
	fn halved_emission_doubles_the_decay_time() {
		let last = 2_000 * TAO;
		assert_eq!(lock_cost(last, 1, 501, MIN, 1_000, TAO / 2), 2_000 * TAO);
	}
}
