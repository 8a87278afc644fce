//! The per-UID columns of a subnet, listed once: the vectors indexed by UID (per subnet and per
//! mechanism) and the UID-keyed rows of weights and bonds. Registering (append or replace),
//! trimming, dissolving and changing the mechanism count all go through the operations here,
//! so every column keeps exactly one entry per UID; [`Pallet::check_neuron_columns`] says so
//! after every unit test and in `try_state`.

use crate::*;
use alloc::vec::Vec;
use subtensor_common::{AlphaBalance, MechId, NetUid, NetUidStorageIndex, MECHANISM_HARD_CAP};

/// Calls `$apply!(Column, value)` for each per-subnet vector, with the value a new or replaced
/// UID gets.
macro_rules! subnet_columns {
	($apply:ident) => {
		$apply!(Active, true);
		$apply!(Emission, AlphaBalance::ZERO);
		$apply!(Consensus, 0u16);
		$apply!(Dividends, 0u16);
		$apply!(ValidatorTrust, 0u16);
		$apply!(StakeWeight, 0u16);
		$apply!(ValidatorPermit, false);
	};
}

/// Calls `$apply!(Column, value)` for each per-mechanism vector; `$last_update` is the block a
/// new or replaced UID counts as last updated at.
macro_rules! mechanism_columns {
	($apply:ident, $last_update:expr) => {
		$apply!(Incentive, 0u16);
		$apply!(LastUpdate, $last_update);
	};
}

/// Sets `vector[index]` if it exists.
pub(crate) fn set_at<V>(vector: &mut [V], index: u16, value: V) {
	if let Some(slot) = vector.get_mut(usize::from(index)) {
		*slot = value;
	}
}

/// The values at `kept` (ascending old UIDs), in order: the vector after renumbering.
pub(crate) fn compact<V: Clone>(values: &[V], kept: &[u16]) -> Vec<V> {
	kept.iter().filter_map(|old| values.get(usize::from(*old)).cloned()).collect()
}

/// New UID of `old` among `kept` (ascending), if it stays.
pub(crate) fn new_uid(kept: &[u16], old: u16) -> Option<u16> {
	kept.binary_search(&old).ok().and_then(|position| u16::try_from(position).ok())
}

impl<T: Config> Pallet<T> {
	/// Adds an entry for a new UID at the end of every column (its last update is `now`).
	pub(crate) fn push_neuron_columns(netuid: NetUid, now: u64) {
		macro_rules! push {
			($column:ident, $value:expr) => {
				$column::<T>::append(netuid, $value)
			};
		}
		subnet_columns!(push);
		for index in Self::mechanism_indices(netuid) {
			macro_rules! push_mechanism {
				($column:ident, $value:expr) => {
					$column::<T>::append(index, $value)
				};
			}
			mechanism_columns!(push_mechanism, now);
		}
	}

	/// Gives `uid` a new neuron's entries in every column (its last update is `now`) and drops
	/// its weights and bonds and every weight set on it.
	pub(crate) fn reset_neuron_columns(netuid: NetUid, uid: u16, now: u64) {
		macro_rules! reset {
			($column:ident, $value:expr) => {
				$column::<T>::mutate(netuid, |v| set_at(v, uid, $value))
			};
		}
		subnet_columns!(reset);
		for index in Self::mechanism_indices(netuid) {
			macro_rules! reset_mechanism {
				($column:ident, $value:expr) => {
					$column::<T>::mutate(index, |v| set_at(v, uid, $value))
				};
			}
			mechanism_columns!(reset_mechanism, now);
			Weights::<T>::remove(index, uid);
			Bonds::<T>::remove(index, uid);
			Self::zero_weights_towards(index, uid);
		}
	}

	/// Keeps the entries of the UIDs in `kept` (ascending) in every column, renumbered
	/// `0..kept.len()`; weights and bonds move with their neurons.
	pub(crate) fn compact_neuron_columns(netuid: NetUid, kept: &[u16]) {
		macro_rules! keep {
			($column:ident, $value:expr) => {
				$column::<T>::mutate(netuid, |v| *v = compact(v, kept))
			};
		}
		subnet_columns!(keep);
		for index in Self::mechanism_indices(netuid) {
			macro_rules! keep_mechanism {
				($column:ident, $value:expr) => {
					$column::<T>::mutate(index, |v| *v = compact(v, kept))
				};
			}
			mechanism_columns!(keep_mechanism, 0u64);
			Self::renumber_matrix::<Weights<T>>(index, kept);
			Self::renumber_matrix::<Bonds<T>>(index, kept);
		}
	}

	/// Removes every column of the subnet, for every mechanism it may have had.
	pub(crate) fn remove_neuron_columns(netuid: NetUid) {
		macro_rules! remove {
			($column:ident, $value:expr) => {
				$column::<T>::remove(netuid)
			};
		}
		subnet_columns!(remove);
		for mechanism in 0..MECHANISM_HARD_CAP {
			Self::remove_mechanism_columns(NetUidStorageIndex::new(netuid, mechanism));
		}
	}

	/// Removes the columns of one mechanism: its vectors, weights, bonds and weight commits
	/// (hashed and timelocked).
	fn remove_mechanism_columns(index: NetUidStorageIndex) {
		macro_rules! remove_mechanism {
			($column:ident, $value:expr) => {
				$column::<T>::remove(index)
			};
		}
		mechanism_columns!(remove_mechanism, 0u64);
		let _ = Weights::<T>::clear_prefix(index, u32::MAX, None);
		let _ = Bonds::<T>::clear_prefix(index, u32::MAX, None);
		let _ = WeightCommits::<T>::clear_prefix(index, u32::MAX, None);
		let _ = TimelockedWeightCommits::<T>::clear_prefix(index, u32::MAX, None);
	}

	/// Sets the subnet's mechanism count to `count`: removed mechanisms lose their columns, new
	/// ones start with an entry per UID (no incentive, never updated).
	pub fn set_mechanism_columns(netuid: NetUid, count: MechId) {
		let previous = MechanismCountCurrent::<T>::get(netuid);
		for removed in count..previous {
			Self::remove_mechanism_columns(NetUidStorageIndex::new(netuid, removed));
		}
		let uids = usize::from(SubnetworkN::<T>::get(netuid));
		for added in previous..count {
			let index = NetUidStorageIndex::new(netuid, added);
			macro_rules! fill {
				($column:ident, $value:expr) => {
					$column::<T>::insert(index, alloc::vec![$value; uids])
				};
			}
			mechanism_columns!(fill, 0u64);
		}
		MechanismCountCurrent::<T>::insert(netuid, count);
	}

	/// Brings every column of `netuid` to one entry per UID: missing entries get a new UID's
	/// values (never updated), extra ones go, and the columns of mechanisms beyond the count
	/// are removed (storage migration v3). Returns the number of columns written.
	pub(crate) fn repair_neuron_columns(netuid: NetUid) -> u64 {
		let uids = usize::from(SubnetworkN::<T>::get(netuid));
		let mut written: u64 = 0;
		macro_rules! resize {
			($key:expr, $column:ident, $value:expr) => {
				if $column::<T>::decode_len($key).unwrap_or(0) != uids {
					$column::<T>::mutate($key, |v| v.resize(uids, $value));
					written = written.saturating_add(1);
				}
			};
		}
		macro_rules! resize_subnet {
			($column:ident, $value:expr) => {
				resize!(netuid, $column, $value)
			};
		}
		subnet_columns!(resize_subnet);
		let count = MechanismCountCurrent::<T>::get(netuid);
		for mechanism in 0..MECHANISM_HARD_CAP {
			let index = NetUidStorageIndex::new(netuid, mechanism);
			if mechanism < count {
				macro_rules! resize_mechanism {
					($column:ident, $value:expr) => {
						resize!(index, $column, $value)
					};
				}
				mechanism_columns!(resize_mechanism, 0u64);
			} else {
				Self::remove_mechanism_columns(index);
			}
		}
		written
	}

	/// Whether every column of `netuid` has one entry per UID and weights and bonds name only
	/// existing UIDs; the error names the first column that does not.
	pub fn check_neuron_columns(netuid: NetUid) -> Result<(), &'static str> {
		let uids = usize::from(SubnetworkN::<T>::get(netuid));
		macro_rules! check {
			($column:ident, $value:expr) => {
				if $column::<T>::decode_len(netuid).unwrap_or(0) != uids {
					return Err(concat!(stringify!($column), " has not one entry per UID"));
				}
			};
		}
		subnet_columns!(check);
		for index in Self::mechanism_indices(netuid) {
			macro_rules! check_mechanism {
				($column:ident, $value:expr) => {
					if $column::<T>::decode_len(index).unwrap_or(0) != uids {
						return Err(concat!(stringify!($column), " has not one entry per UID"));
					}
				};
			}
			mechanism_columns!(check_mechanism, 0u64);
			let in_range = |uid: u16| usize::from(uid) < uids;
			if !Weights::<T>::iter_prefix(index)
				.all(|(uid, row)| in_range(uid) && row.iter().all(|(dest, _)| in_range(*dest)))
			{
				return Err("Weights names a UID the subnet does not have");
			}
			if !Bonds::<T>::iter_prefix(index)
				.all(|(uid, row)| in_range(uid) && row.iter().all(|(dest, _)| in_range(*dest)))
			{
				return Err("Bonds names a UID the subnet does not have");
			}
		}
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::{compact, new_uid};

	#[test]
	fn compaction_moves_values_with_their_uid() {
		assert_eq!(compact(&[10, 11, 12, 13], &[0, 2, 3]), vec![10, 12, 13]);
		assert_eq!(new_uid(&[0, 2, 3], 3), Some(2));
		assert_eq!(new_uid(&[0, 2, 3], 1), None);
	}
}
