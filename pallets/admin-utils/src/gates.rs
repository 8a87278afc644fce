//! Who may change a hyperparameter, and when: the gate of each setter, checked before the value
//! is validated and written.

use crate::{Config, Event, Pallet};
use frame_system::{ensure_root, pallet_prelude::OriginFor};
use pallet_subtensor::{Hyperparameter, Pallet as Subtensor};
use sp_runtime::{DispatchError, DispatchResult};
use subtensor_common::NetUid;

/// The gate of a per-subnet setter.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum Gate {
	/// Root only, at any time.
	Root,
	/// Root only, outside the admin freeze window.
	RootOutsideFreeze,
	/// The subnet owner or root, outside the freeze window; the owner at most once per
	/// `OwnerHyperparamRateLimit` tempos for this hyperparameter.
	OwnerOrRoot(Hyperparameter),
	/// The subnet owner or root, outside the freeze window, without a rate limit.
	OwnerOrRootUnlimited,
	/// The subnet owner or root, outside the freeze window; the owner at most once per
	/// the given number of blocks for this hyperparameter.
	OwnerOrRootEvery(Hyperparameter, u64),
}

/// Who passed a gate.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum Caller {
	/// The root origin.
	Root,
	/// The subnet owner.
	Owner,
}

impl<T: Config> Pallet<T> {
	/// Checks `origin` against `gate` for `netuid`; on success the change may be written, and
	/// must then be recorded with [`Pallet::record_change`].
	pub fn pass_gate(
		origin: OriginFor<T>,
		netuid: NetUid,
		gate: Gate,
	) -> Result<Caller, DispatchError> {
		let owner_limit = match gate {
			Gate::Root | Gate::RootOutsideFreeze => {
				ensure_root(origin)?;
				Subtensor::<T>::ensure_subnet_exists(netuid)?;
				if gate == Gate::RootOutsideFreeze {
					Subtensor::<T>::ensure_admin_window_open(netuid)?;
				}
				return Ok(Caller::Root);
			},
			Gate::OwnerOrRoot(parameter) => {
				Some((parameter, Subtensor::<T>::owner_hyperparameter_rate_limit(netuid)))
			},
			Gate::OwnerOrRootEvery(parameter, blocks) => Some((parameter, blocks)),
			Gate::OwnerOrRootUnlimited => None,
		};
		let owner = Subtensor::<T>::ensure_subnet_owner_or_root(origin, netuid)?;
		Subtensor::<T>::ensure_admin_window_open(netuid)?;
		match (owner, owner_limit) {
			(None, _) => Ok(Caller::Root),
			(Some(_), Some((parameter, limit))) => {
				Subtensor::<T>::ensure_owner_rate_limit(netuid, parameter, limit)?;
				Ok(Caller::Owner)
			},
			(Some(_), None) => Ok(Caller::Owner),
		}
	}

	/// Records an owner's change for the rate limit of its gate.
	pub fn record_change(netuid: NetUid, gate: Gate, caller: Caller) {
		if caller != Caller::Owner {
			return;
		}
		if let Gate::OwnerOrRoot(parameter) | Gate::OwnerOrRootEvery(parameter, _) = gate {
			Subtensor::<T>::record_owner_update(netuid, parameter);
		}
	}

	/// Passes the gate, checks `valid`, writes with `write` and records the change: the whole
	/// life of a per-subnet setter.
	pub fn set_subnet_value(
		origin: OriginFor<T>,
		netuid: NetUid,
		gate: Gate,
		valid: impl FnOnce(Caller) -> DispatchResult,
		write: impl FnOnce(),
	) -> DispatchResult {
		let caller = Self::pass_gate(origin, netuid, gate)?;
		valid(caller)?;
		write();
		Self::record_change(netuid, gate, caller);
		Ok(())
	}

	/// Reports a change of a value that has no event of its own (`HyperparameterUpdated`,
	/// naming the `SubtensorModule` storage item; `netuid` is `None` for chain-wide values).
	pub fn hyperparameter_updated(netuid: Option<NetUid>, hyperparameter: &[u8]) {
		Self::deposit_event(Event::HyperparameterUpdated {
			netuid,
			hyperparameter: hyperparameter.to_vec(),
		});
	}

	/// A chain-wide setter: root only, then `write`.
	pub fn set_global_value(origin: OriginFor<T>, write: impl FnOnce()) -> DispatchResult {
		ensure_root(origin)?;
		write();
		Ok(())
	}
}

/// `Ok` if `condition` holds, else `error` (of this pallet or of `SubtensorModule`).
pub fn check(condition: bool, error: impl Into<DispatchError>) -> DispatchResult {
	if condition {
		Ok(())
	} else {
		Err(error.into())
	}
}
