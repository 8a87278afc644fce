//! Consistency checks, run by `try_state` (try-runtime) and after every unit test:
//!
//! - a commitment belongs to a hotkey that holds a UID on its subnet (it goes with the neuron);
//! - it holds at most `MaxFields` fields and is free (no deposit);
//! - `LastCommitment` names the block of the commitment it sits beside; without one (its
//!   timelocked fields all opened or were dropped) it still belongs to a hotkey holding a UID;
//! - `TimelockedIndex` lists exactly the commitments holding a timelocked field;
//! - revealed payloads belong to hotkeys holding a UID, at most `MAX_REVEALS_KEPT` each.

use crate::{
	types::Data, CommitmentOf, Config, LastCommitment, Pallet, RevealedCommitments,
	TimelockedIndex, MAX_REVEALS_KEPT,
};
use frame_support::traits::Get;
use subtensor_common::{CommitmentSubnets, TaoBalance};

impl<T: Config> Pallet<T> {
	/// Checks the invariants above; the error names the first one that fails.
	pub fn check_invariants() -> Result<(), &'static str> {
		let max_fields = usize::try_from(T::MaxFields::get()).unwrap_or(usize::MAX);
		let index = TimelockedIndex::<T>::get();
		for (netuid, who, record) in CommitmentOf::<T>::iter() {
			let timelocked =
				record.info.fields.iter().any(|f| matches!(f, Data::TimelockEncrypted { .. }));
			if timelocked != index.contains(&(netuid, who.clone())) {
				return Err("TimelockedIndex differs from the commitments' timelocked fields");
			}
			if !T::Subnets::is_registered(netuid, &who) {
				return Err("a commitment outlived its hotkey's UID");
			}
			if record.info.fields.len() > max_fields {
				return Err("a commitment holds more than MaxFields fields");
			}
			if record.deposit != TaoBalance::ZERO {
				return Err("a commitment holds a deposit");
			}
			if LastCommitment::<T>::get(netuid, &who) != Some(record.block) {
				return Err("LastCommitment differs from the commitment's block");
			}
		}
		if LastCommitment::<T>::iter_keys()
			.any(|(netuid, who)| !T::Subnets::is_registered(netuid, &who))
		{
			return Err("LastCommitment outlived its hotkey's UID");
		}
		if index.iter().any(|(netuid, who)| !CommitmentOf::<T>::contains_key(netuid, who)) {
			return Err("TimelockedIndex names a missing commitment");
		}
		for (netuid, who, reveals) in RevealedCommitments::<T>::iter() {
			if !T::Subnets::is_registered(netuid, &who) {
				return Err("revealed commitments outlived their hotkey's UID");
			}
			if reveals.len() > MAX_REVEALS_KEPT {
				return Err("more revealed commitments kept than MAX_REVEALS_KEPT");
			}
		}
		Ok(())
	}
}
