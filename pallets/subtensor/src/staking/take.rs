//! Delegate take: the share of its nominators' dividends a hotkey keeps. `increase_take` is
//! capped by `MaxDelegateTake` and rate-limited; `decrease_take` is floored by
//! `MinDelegateTake`.

use crate::*;
use frame_support::ensure;
use frame_system::pallet_prelude::OriginFor;
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Marks `hotkey` as a delegate (keeping its current take) if it is not one yet.
	pub fn make_delegate(hotkey: &T::AccountId) {
		if !Delegates::<T>::contains_key(hotkey) {
			Delegates::<T>::insert(hotkey, Delegates::<T>::get(hotkey));
		}
	}

	/// The signer must own `hotkey`.
	fn ensure_owns_hotkey(coldkey: &T::AccountId, hotkey: &T::AccountId) -> DispatchResult {
		Self::ensure_hotkey_exists(hotkey)?;
		ensure!(Owner::<T>::get(hotkey) == *coldkey, Error::<T>::NonAssociatedColdKey);
		Ok(())
	}

	/// `increase_take`: raises the take of the signer's `hotkey` to `take` (÷65535), at most
	/// `MaxDelegateTake`, once per `TxDelegateTakeRateLimit` blocks.
	pub fn do_increase_take(
		origin: OriginFor<T>,
		hotkey: T::AccountId,
		take: u16,
	) -> DispatchResult {
		let coldkey = frame_system::ensure_signed(origin)?;
		Self::ensure_owns_hotkey(&coldkey, &hotkey)?;
		if Delegates::<T>::contains_key(&hotkey) {
			ensure!(take > Delegates::<T>::get(&hotkey), Error::<T>::DelegateTakeTooLow);
		}
		ensure!(take <= MaxDelegateTake::<T>::get(), Error::<T>::DelegateTakeTooHigh);
		let key = RateLimitKey::LastTxBlockDelegateTake(hotkey.clone());
		let now = Self::current_block();
		ensure!(
			passes_rate_limit(
				LastRateLimitedBlock::<T>::get(&key),
				TxDelegateTakeRateLimit::<T>::get(),
				now
			),
			Error::<T>::DelegateTxRateLimitExceeded
		);
		LastRateLimitedBlock::<T>::insert(&key, now);
		Delegates::<T>::insert(&hotkey, take);
		Self::deposit_event(Event::TakeIncreased(coldkey, hotkey, take));
		Ok(())
	}

	/// `decrease_take`: lowers the take of the signer's `hotkey` to `take` (÷65535), no lower
	/// than `MinDelegateTake`.
	pub fn do_decrease_take(
		origin: OriginFor<T>,
		hotkey: T::AccountId,
		take: u16,
	) -> DispatchResult {
		let coldkey = frame_system::ensure_signed(origin)?;
		Self::ensure_owns_hotkey(&coldkey, &hotkey)?;
		ensure!(take < Delegates::<T>::get(&hotkey), Error::<T>::DelegateTakeTooHigh);
		ensure!(take >= MinDelegateTake::<T>::get(), Error::<T>::DelegateTakeTooLow);
		Delegates::<T>::insert(&hotkey, take);
		Self::deposit_event(Event::TakeDecreased(coldkey, hotkey, take));
		Ok(())
	}
}
