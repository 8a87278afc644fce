//! Rate limits and the admin freeze window before each epoch.

use crate::{
	AdminFreezeWindow, Config, Error, Hyperparameter, LastEpochBlock, LastRateLimitedBlock,
	OwnerHyperparamRateLimit, Pallet, PendingEpochAt, RateLimitKey, Tempo,
};
use sp_runtime::DispatchResult;
use subtensor_common::NetUid;

/// Whether an action last done at `last` may run again at `now`: never done (0), or at least
/// `limit` blocks ago.
pub fn passes_rate_limit(last: u64, limit: u64, now: u64) -> bool {
	last == 0 || now.saturating_sub(last) >= limit
}

impl<T: Config> Pallet<T> {
	/// Blocks until the subnet's next automatic epoch (`u64::MAX` when tempo is 0).
	pub fn blocks_until_next_auto_epoch(netuid: NetUid, now: u64) -> u64 {
		let tempo = Tempo::<T>::get(netuid);
		if tempo == 0 {
			return u64::MAX;
		}
		LastEpochBlock::<T>::get(netuid).saturating_add(u64::from(tempo)).saturating_sub(now)
	}

	/// Whether hyperparameter changes are frozen: an epoch is due within `AdminFreezeWindow`
	/// blocks, or an owner-triggered epoch is pending.
	pub fn is_in_admin_freeze_window(netuid: NetUid, now: u64) -> bool {
		if Tempo::<T>::get(netuid) == 0 {
			return false;
		}
		PendingEpochAt::<T>::get(netuid) > now
			|| Self::blocks_until_next_auto_epoch(netuid, now)
				< u64::from(AdminFreezeWindow::<T>::get())
	}

	/// Refuses the action inside the admin freeze window.
	pub fn ensure_admin_window_open(netuid: NetUid) -> DispatchResult {
		if Self::is_in_admin_freeze_window(netuid, Self::current_block()) {
			return Err(Error::<T>::AdminActionProhibitedDuringWeightsWindow.into());
		}
		Ok(())
	}

	/// Blocks an owner must wait between two changes of the same hyperparameter.
	pub fn owner_hyperparameter_rate_limit(netuid: NetUid) -> u64 {
		u64::from(OwnerHyperparamRateLimit::<T>::get())
			.saturating_mul(u64::from(Tempo::<T>::get(netuid)))
	}

	/// Refuses an owner's change of `parameter` made sooner than `limit` blocks after the
	/// previous one.
	pub fn ensure_owner_rate_limit(
		netuid: NetUid,
		parameter: Hyperparameter,
		limit: u64,
	) -> DispatchResult {
		let last =
			LastRateLimitedBlock::<T>::get(RateLimitKey::OwnerHyperparamUpdate(netuid, parameter));
		if passes_rate_limit(last, limit, Self::current_block()) {
			Ok(())
		} else {
			Err(Error::<T>::TxRateLimitExceeded.into())
		}
	}

	/// Records an owner's change of `parameter` now.
	pub fn record_owner_update(netuid: NetUid, parameter: Hyperparameter) {
		LastRateLimitedBlock::<T>::insert(
			RateLimitKey::OwnerHyperparamUpdate(netuid, parameter),
			Self::current_block(),
		);
	}
}

#[cfg(test)]
mod tests {
	use super::passes_rate_limit;

	#[test]
	fn rate_limit_counts_from_the_last_block() {
		assert!(passes_rate_limit(0, 100, 5));
		assert!(!passes_rate_limit(10, 100, 109));
		assert!(passes_rate_limit(10, 100, 110));
		assert!(passes_rate_limit(10, 0, 10));
	}
}
