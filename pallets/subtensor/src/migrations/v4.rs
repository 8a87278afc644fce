//! Storage version 4: `StakePositionCount` counts the stakers of every hotkey pool, so that a
//! hotkey swap is charged for the positions it moves before it runs.

use crate::{AlphaV2, Config, Pallet, StakePositionCount};
#[cfg(feature = "try-runtime")]
use alloc::vec::Vec;
use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
};

/// Counts every pool's positions (see the module documentation); unversioned, wrapped by
/// [`MigrateV3ToV4`].
pub struct CountStakePositions<T>(core::marker::PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for CountStakePositions<T> {
	fn on_runtime_upgrade() -> Weight {
		let _ = StakePositionCount::<T>::clear(u32::MAX, None);
		let mut positions: u64 = 0;
		for (hotkey, _, netuid) in AlphaV2::<T>::iter_keys() {
			Pallet::<T>::count_positions(&hotkey, netuid, |count| count.saturating_add(1));
			positions = positions.saturating_add(1);
		}
		T::DbWeight::get().reads_writes(positions.saturating_mul(2), positions)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
		Ok(Vec::new())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(_state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		let counted: u64 = StakePositionCount::<T>::iter_values().map(u64::from).sum();
		if counted != AlphaV2::<T>::iter_keys().count() as u64 {
			return Err("stake positions miscounted".into());
		}
		Ok(())
	}
}

/// Storage version 3 → 4 of `SubtensorModule`: [`CountStakePositions`], once.
pub type MigrateV3ToV4<T> = VersionedMigration<
	3,
	4,
	CountStakePositions<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;
