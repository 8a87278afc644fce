//! Consistency checks, run by `try_state` (try-runtime) and after every unit test:
//!
//! - a commitment belongs to a hotkey that holds a UID on its subnet (it goes with the neuron);
//! - it holds at most `MaxFields` fields and is free (no deposit);
//! - `LastCommitment` names the block of the commitment it sits beside, and exists only there;
//! - `RevealedCommitments` is empty (timelocked commitments are not accepted yet).

use crate::{CommitmentOf, Config, LastCommitment, Pallet, RevealedCommitments};
use frame_support::traits::Get;
use subtensor_common::{CommitmentSubnets, TaoBalance};

impl<T: Config> Pallet<T> {
	/// Checks the invariants above; the error names the first one that fails.
	pub fn check_invariants() -> Result<(), &'static str> {
		let max_fields = usize::try_from(T::MaxFields::get()).unwrap_or(usize::MAX);
		for (netuid, who, record) in CommitmentOf::<T>::iter() {
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
			.any(|(netuid, who)| !CommitmentOf::<T>::contains_key(netuid, who))
		{
			return Err("LastCommitment without a commitment");
		}
		if RevealedCommitments::<T>::iter_keys().next().is_some() {
			return Err("a revealed commitment exists without a drand beacon");
		}
		Ok(())
	}
}
