//! Storage version 3: every per-UID column of every subnet has one entry per UID.
//!
//! Before, a registration did not extend `StakeWeight` (the next epoch rewrote it whole), a
//! mechanism added by `sudo_set_mechanism_count` started with empty vectors, and a removed one
//! left its weight commits behind. Registration, trimming, dissolution and mechanism changes
//! now share one list of columns (`registration::neuron_columns`); this brings the stored
//! columns to the same shape.

use crate::{Config, Pallet};
#[cfg(feature = "try-runtime")]
use alloc::vec::Vec;
use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
};
use subtensor_common::MECHANISM_HARD_CAP;

/// Repairs the columns of every subnet (see the module documentation); unversioned, wrapped by
/// [`MigrateV2ToV3`].
pub struct OneEntryPerUid<T>(core::marker::PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for OneEntryPerUid<T> {
	fn on_runtime_upgrade() -> Weight {
		let subnets = Pallet::<T>::subnets();
		let mut written: u64 = 0;
		for netuid in &subnets {
			written = written.saturating_add(Pallet::<T>::repair_neuron_columns(*netuid));
		}
		// Per subnet: its UID count, mechanism count and each column it may hold (7 subnet
		// vectors, then 2 vectors and 3 prefixes for each possible mechanism).
		let per_subnet = 2u64.saturating_add(7).saturating_add(5 * u64::from(MECHANISM_HARD_CAP));
		let subnet_count = subnets.len() as u64;
		T::DbWeight::get().reads_writes(
			subnet_count.saturating_mul(per_subnet).saturating_add(subnet_count),
			written.saturating_add(subnet_count.saturating_mul(3 * u64::from(MECHANISM_HARD_CAP))),
		)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
		Ok(Vec::new())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(_state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		for netuid in Pallet::<T>::subnets() {
			Pallet::<T>::check_neuron_columns(netuid)
				.map_err(sp_runtime::TryRuntimeError::Other)?;
		}
		Ok(())
	}
}

/// Storage version 2 → 3 of `SubtensorModule`: [`OneEntryPerUid`], once.
pub type MigrateV2ToV3<T> =
	VersionedMigration<2, 3, OneEntryPerUid<T>, Pallet<T>, <T as frame_system::Config>::DbWeight>;
