//! Storage version 1: the activity window is `ActivityCutoffFactorMilli`.
//!
//! The epoch measures whether a validator is active with `ActivityCutoffFactorMilli`
//! (thousandths of a tempo), not with the legacy block count `ActivityCutoff`, which
//! `sudo_set_activity_cutoff` still sets and clients still read. A subnet whose owner set the
//! legacy cutoff (to anything but the 5 000 blocks a subnet starts with) and never set a factor
//! gets the factor that keeps the window they asked for at the subnet's tempo, within the
//! factor's bounds. Every other subnet keeps its factor.

use crate::{
	subnets::owner_calls::ACTIVITY_CUTOFF_FACTOR_RANGE, ActivityCutoff, ActivityCutoffFactorMilli,
	Config, Pallet, Tempo,
};
use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
};
use subtensor_common::NetUid;
#[cfg(feature = "try-runtime")]
use {
	alloc::vec::Vec,
	codec::{Decode, Encode},
};

/// The legacy cutoff every subnet is created with.
pub const LEGACY_DEFAULT_ACTIVITY_CUTOFF: u16 = 5_000;

/// The factor (thousandths of `tempo`, rounded) whose window is `cutoff` blocks, within the
/// factor's bounds; `None` when the tempo is 0 (no epochs, no window to keep).
pub fn factor_for_cutoff(cutoff: u16, tempo: u16) -> Option<u32> {
	let tempo = u32::from(tempo);
	let scaled = u32::from(cutoff).saturating_mul(1_000).saturating_add(tempo / 2);
	let factor = scaled.checked_div(tempo)?;
	Some(factor.clamp(*ACTIVITY_CUTOFF_FACTOR_RANGE.start(), *ACTIVITY_CUTOFF_FACTOR_RANGE.end()))
}

/// The subnets to convert, with the factor each gets.
fn conversions<T: Config>() -> impl Iterator<Item = (NetUid, u32)> {
	ActivityCutoff::<T>::iter().filter_map(|(netuid, cutoff)| {
		if cutoff == LEGACY_DEFAULT_ACTIVITY_CUTOFF
			|| ActivityCutoffFactorMilli::<T>::contains_key(netuid)
		{
			return None;
		}
		factor_for_cutoff(cutoff, Tempo::<T>::get(netuid)).map(|factor| (netuid, factor))
	})
}

/// Converts the legacy cutoffs (see the module documentation); unversioned, wrapped by
/// [`MigrateV0ToV1`].
pub struct ActivityCutoffToFactor<T>(core::marker::PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for ActivityCutoffToFactor<T> {
	fn on_runtime_upgrade() -> Weight {
		let mut reads: u64 = 0;
		let mut writes: u64 = 0;
		// Every legacy entry is read, and its subnet's factor and tempo with it.
		let scanned = ActivityCutoff::<T>::iter().count() as u64;
		reads = reads.saturating_add(scanned.saturating_mul(4));
		let planned: alloc::vec::Vec<(NetUid, u32)> = conversions::<T>().collect();
		for (netuid, factor) in planned {
			ActivityCutoffFactorMilli::<T>::insert(netuid, factor);
			writes = writes.saturating_add(1);
		}
		T::DbWeight::get().reads_writes(reads, writes)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
		let planned: Vec<(NetUid, u32)> = conversions::<T>().collect();
		Ok(planned.encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		let planned = Vec::<(NetUid, u32)>::decode(&mut state.as_slice())
			.map_err(|_| "v1: the pre-upgrade state does not decode")?;
		for (netuid, factor) in planned {
			if ActivityCutoffFactorMilli::<T>::get(netuid) != factor {
				return Err("v1: a subnet's activity factor does not keep its legacy cutoff".into());
			}
		}
		if conversions::<T>().next().is_some() {
			return Err("v1: a legacy activity cutoff was left without a factor".into());
		}
		Ok(())
	}
}

/// Storage version 0 → 1 of `SubtensorModule`: [`ActivityCutoffToFactor`], once.
pub type MigrateV0ToV1<T> = VersionedMigration<
	0,
	1,
	ActivityCutoffToFactor<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;
