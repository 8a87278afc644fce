//! Storage version 2: weight and bond rows sorted by UID; bond moving averages within 10^6.
//!
//! `set_weights` and the reveals now store each row sorted by destination UID, so an epoch's
//! result never depends on the order a client sent its UIDs (the reference chain's liquid-alpha
//! step reads rows as if ascending). Rows stored before kept the caller's order; this sorts
//! them, and the bond rows with them. It also brings any `BondsMovingAverage` above 10^6 (which
//! root could set before the setter refused it) down to 10^6, the largest average with a
//! non-negative EMA factor.

use crate::{Bonds, BondsMovingAverage, Config, Pallet, Weights};
use alloc::vec::Vec;
use frame_support::{
	migrations::VersionedMigration,
	storage::IterableStorageDoubleMap,
	traits::{Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
};
use subtensor_common::{NetUidStorageIndex, MAX_BONDS_MOVING_AVERAGE};

/// A stored weight or bond row: `(destination uid, value)`.
type Row = Vec<(u16, u16)>;

/// Whether a row's destination UIDs ascend.
fn is_sorted(row: &[(u16, u16)]) -> bool {
	row.windows(2).all(|pair| matches!(pair, [a, b] if a.0 <= b.0))
}

/// Sorts every unsorted row of a weight or bond matrix; returns (rows read, rows written).
fn sort_rows<M>() -> (u64, u64)
where
	M: IterableStorageDoubleMap<NetUidStorageIndex, u16, Row>,
{
	let mut read: u64 = 0;
	let unsorted: Vec<(NetUidStorageIndex, u16, Row)> = M::iter()
		.inspect(|_| read = read.saturating_add(1))
		.filter(|(_, _, row)| !is_sorted(row))
		.collect();
	let written = unsorted.len() as u64;
	for (index, uid, mut row) in unsorted {
		row.sort_by_key(|(dest, _)| *dest);
		M::insert(index, uid, row);
	}
	(read, written)
}

/// Sorts the rows and bounds the averages (see the module documentation); unversioned,
/// wrapped by [`MigrateV1ToV2`].
pub struct SortRowsAndBoundAverages<T>(core::marker::PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for SortRowsAndBoundAverages<T> {
	fn on_runtime_upgrade() -> Weight {
		let (weight_reads, weight_writes) = sort_rows::<Weights<T>>();
		let (bond_reads, bond_writes) = sort_rows::<Bonds<T>>();
		let mut average_reads: u64 = 0;
		let too_large: Vec<_> = BondsMovingAverage::<T>::iter()
			.inspect(|_| average_reads = average_reads.saturating_add(1))
			.filter(|(_, average)| *average > MAX_BONDS_MOVING_AVERAGE)
			.map(|(netuid, _)| netuid)
			.collect();
		let average_writes = too_large.len() as u64;
		for netuid in too_large {
			BondsMovingAverage::<T>::insert(netuid, MAX_BONDS_MOVING_AVERAGE);
		}
		T::DbWeight::get().reads_writes(
			weight_reads.saturating_add(bond_reads).saturating_add(average_reads),
			weight_writes.saturating_add(bond_writes).saturating_add(average_writes),
		)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
		Ok(Vec::new())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(_state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		if !Weights::<T>::iter_values().all(|row| is_sorted(&row)) {
			return Err("v2: a weight row is not sorted by UID".into());
		}
		if !Bonds::<T>::iter_values().all(|row| is_sorted(&row)) {
			return Err("v2: a bond row is not sorted by UID".into());
		}
		if BondsMovingAverage::<T>::iter_values().any(|a| a > MAX_BONDS_MOVING_AVERAGE) {
			return Err("v2: a bond moving average is above 10^6".into());
		}
		Ok(())
	}
}

/// Storage version 1 → 2 of `SubtensorModule`: [`SortRowsAndBoundAverages`], once.
pub type MigrateV1ToV2<T> = VersionedMigration<
	1,
	2,
	SortRowsAndBoundAverages<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

#[cfg(test)]
mod tests {
	use super::is_sorted;

	#[test]
	fn rows_are_sorted_when_their_uids_ascend() {
		assert!(is_sorted(&[]));
		assert!(is_sorted(&[(3, 1)]));
		assert!(is_sorted(&[(0, 5), (2, 1), (9, 9)]));
		assert!(!is_sorted(&[(2, 1), (0, 5)]));
	}
}
