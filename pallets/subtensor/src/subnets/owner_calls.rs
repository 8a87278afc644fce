//! Calls of a subnet's owner: start the subnet, identity, symbol, tempo, activity cutoff and
//! triggered epochs.

use super::symbols;
use crate::{
	rate_limits::passes_rate_limit, ActivityCutoffFactorMilli, AdminFreezeWindow,
	CommitRevealWeightsEnabled, Config, Error, Event, FirstEmissionBlockNumber, Hyperparameter,
	LastEpochBlock, NetworkRegisteredAt, Pallet, PendingEpochAt, StartCallDelay,
	SubnetIdentitiesV3, SubnetIdentityV3, SubtokenEnabled, Tempo, TokenSymbol,
	TransactionKeyLastBlock,
};
use alloc::vec::Vec;
use frame_system::pallet_prelude::OriginFor;
use sp_runtime::DispatchResult;
use subtensor_common::NetUid;

/// Bounds of a tempo an owner may set.
pub const OWNER_TEMPO_RANGE: core::ops::RangeInclusive<u16> = 360..=50_400;
/// Blocks between two tempo changes of an owner.
pub const TEMPO_UPDATE_RATE_LIMIT: u64 = 360;
/// Transaction-type tag of a tempo change in `TransactionKeyLastBlock`.
pub const TEMPO_UPDATE_TX_TYPE: u16 = 11;
/// Bounds of the activity cutoff factor (thousandths of a tempo).
pub const ACTIVITY_CUTOFF_FACTOR_RANGE: core::ops::RangeInclusive<u32> = 1_000..=50_000;

impl<T: Config> Pallet<T> {
	/// See [`Pallet::start_call`].
	pub fn do_start_call(origin: OriginFor<T>, netuid: NetUid) -> DispatchResult {
		Self::ensure_subnet_owner(origin, netuid)?;
		if FirstEmissionBlockNumber::<T>::get(netuid).is_some() {
			return Err(Error::<T>::FirstEmissionBlockNumberAlreadySet.into());
		}
		let now = Self::current_block();
		let earliest =
			NetworkRegisteredAt::<T>::get(netuid).saturating_add(StartCallDelay::<T>::get());
		if now < earliest {
			return Err(Error::<T>::NeedWaitingMoreBlocksToStarCall.into());
		}
		let first_block = now.saturating_add(1);
		FirstEmissionBlockNumber::<T>::insert(netuid, first_block);
		SubtokenEnabled::<T>::insert(netuid, true);
		Self::deposit_event(Event::FirstEmissionBlockNumberSet(netuid, first_block));
		Ok(())
	}

	/// See [`Pallet::set_subnet_identity`].
	pub fn do_set_subnet_identity(
		origin: OriginFor<T>,
		netuid: NetUid,
		identity: SubnetIdentityV3,
	) -> DispatchResult {
		Self::ensure_subnet_owner(origin, netuid)?;
		if !identity.is_valid() {
			return Err(Error::<T>::InvalidIdentity.into());
		}
		SubnetIdentitiesV3::<T>::insert(netuid, identity);
		Self::deposit_event(Event::SubnetIdentitySet(netuid));
		Ok(())
	}

	/// See [`Pallet::update_symbol`].
	pub fn do_update_symbol(
		origin: OriginFor<T>,
		netuid: NetUid,
		symbol: Vec<u8>,
	) -> DispatchResult {
		Self::ensure_subnet_owner_or_root(origin, netuid)?;
		if !symbols::is_known_symbol(&symbol) {
			return Err(Error::<T>::SymbolDoesNotExist.into());
		}
		if Self::subnets().into_iter().any(|other| TokenSymbol::<T>::get(other) == symbol) {
			return Err(Error::<T>::SymbolAlreadyInUse.into());
		}
		TokenSymbol::<T>::insert(netuid, symbol.clone());
		Self::deposit_event(Event::SymbolUpdated { netuid, symbol });
		Ok(())
	}

	/// See [`Pallet::set_tempo`].
	pub fn do_owner_set_tempo(origin: OriginFor<T>, netuid: NetUid, tempo: u16) -> DispatchResult {
		let owner = Self::ensure_subnet_owner(origin, netuid)?;
		if !OWNER_TEMPO_RANGE.contains(&tempo) {
			return Err(Error::<T>::TempoOutOfBounds.into());
		}
		Self::ensure_admin_window_open(netuid)?;
		let now = Self::current_block();
		let key = (owner, netuid, TEMPO_UPDATE_TX_TYPE);
		let last = TransactionKeyLastBlock::<T>::get(&key);
		if !passes_rate_limit(last, TEMPO_UPDATE_RATE_LIMIT, now) {
			return Err(Error::<T>::TxRateLimitExceeded.into());
		}
		TransactionKeyLastBlock::<T>::insert(&key, now);
		Self::set_tempo_now(netuid, tempo);
		Ok(())
	}

	/// Sets the tempo and restarts the epoch count from this block.
	pub fn set_tempo_now(netuid: NetUid, tempo: u16) {
		Tempo::<T>::insert(netuid, tempo);
		LastEpochBlock::<T>::insert(netuid, Self::current_block());
		Self::deposit_event(Event::TempoSet(netuid, tempo));
	}

	/// See [`Pallet::set_activity_cutoff_factor`]. Root bypasses the freeze window and the
	/// owner rate limit.
	pub fn do_set_activity_cutoff_factor(
		origin: OriginFor<T>,
		netuid: NetUid,
		factor_milli: u32,
	) -> DispatchResult {
		let owner = Self::ensure_subnet_owner_or_root(origin, netuid)?;
		if !ACTIVITY_CUTOFF_FACTOR_RANGE.contains(&factor_milli) {
			return Err(Error::<T>::ActivityCutoffFactorMilliOutOfBounds.into());
		}
		let parameter = Hyperparameter::ActivityCutoffFactorMilli;
		if owner.is_some() {
			Self::ensure_admin_window_open(netuid)?;
			Self::ensure_owner_rate_limit(
				netuid,
				parameter,
				Self::owner_hyperparameter_rate_limit(netuid),
			)?;
			Self::record_owner_update(netuid, parameter);
		}
		ActivityCutoffFactorMilli::<T>::insert(netuid, factor_milli);
		Self::deposit_event(Event::ActivityCutoffFactorMilliSet { netuid, factor_milli });
		Ok(())
	}

	/// See [`Pallet::trigger_epoch`].
	pub fn do_trigger_epoch(origin: OriginFor<T>, netuid: NetUid) -> DispatchResult {
		let owner = Self::ensure_subnet_owner(origin, netuid)?;
		if CommitRevealWeightsEnabled::<T>::get(netuid) {
			return Err(Error::<T>::DynamicTempoBlockedByCommitReveal.into());
		}
		let now = Self::current_block();
		if PendingEpochAt::<T>::get(netuid) > now {
			return Err(Error::<T>::EpochTriggerAlreadyPending.into());
		}
		let window = u64::from(AdminFreezeWindow::<T>::get());
		if Self::blocks_until_next_auto_epoch(netuid, now) < window {
			return Err(Error::<T>::AutoEpochAlreadyImminent.into());
		}
		let parameter = Hyperparameter::TriggerEpoch;
		Self::ensure_owner_rate_limit(
			netuid,
			parameter,
			Self::owner_hyperparameter_rate_limit(netuid),
		)?;
		Self::record_owner_update(netuid, parameter);
		let fires_at = now.saturating_add(window);
		PendingEpochAt::<T>::insert(netuid, fires_at);
		Self::deposit_event(Event::EpochTriggered { netuid, by: owner, fires_at });
		Ok(())
	}
}
