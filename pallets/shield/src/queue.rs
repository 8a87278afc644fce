//! The stored queue: encrypted calls kept in [`PendingExtrinsics`] and drained at the start of
//! each block, oldest first, within [`OnInitializeWeight`]: expired ones are dropped, the rest
//! opened by [`Config::StoredCallDecryptor`] and dispatched as signed by their submitter.

use crate::{
	weights::WeightInfo, Config, Error, Event, ExtrinsicLifetime, MaxExtrinsicWeight,
	MaxPendingExtrinsicsLimit, NextPendingExtrinsicIndex, OnInitializeWeight, Pallet,
	PendingExtrinsics,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{dispatch::GetDispatchInfo, pallet_prelude::*, BoundedVec};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use scale_info::TypeInfo;
use sp_runtime::traits::{Dispatchable, Saturating, UniqueSaturatedInto};
use subtensor_shield_envelope::MAX_ENVELOPE_LEN;

/// An envelope as calls take it: at most [`MAX_ENVELOPE_LEN`] bytes.
pub type EncryptedCall = BoundedVec<u8, ConstU32<{ MAX_ENVELOPE_LEN as u32 }>>;

/// A stored encrypted call.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
pub struct PendingExtrinsic<T: Config> {
	/// Who stored it (it is dispatched as signed by them).
	pub who: T::AccountId,
	/// The envelope.
	pub encrypted_call: EncryptedCall,
	/// The block it was stored in.
	pub submitted_at: BlockNumberFor<T>,
}

/// Opens a stored envelope into a call.
pub trait DecryptStoredCall<Call> {
	/// The call inside `envelope`, or `None` if it cannot be opened or decoded.
	fn decrypt(envelope: &[u8]) -> Option<Call>;
}

/// Opens nothing: the runtime holds no secret key.
impl<Call> DecryptStoredCall<Call> for () {
	fn decrypt(_envelope: &[u8]) -> Option<Call> {
		None
	}
}

impl<T: Config> Pallet<T> {
	/// Appends an envelope to the queue.
	pub(crate) fn store(who: T::AccountId, encrypted_call: EncryptedCall) -> DispatchResult {
		ensure!(
			PendingExtrinsics::<T>::count() < MaxPendingExtrinsicsLimit::<T>::get(),
			Error::<T>::TooManyPendingExtrinsics
		);
		let index = NextPendingExtrinsicIndex::<T>::get();
		let submitted_at = frame_system::Pallet::<T>::block_number();
		PendingExtrinsics::<T>::insert(
			index,
			PendingExtrinsic { who: who.clone(), encrypted_call, submitted_at },
		);
		NextPendingExtrinsicIndex::<T>::put(index.wrapping_add(1));
		Self::deposit_event(Event::ExtrinsicStored { index, who });
		Ok(())
	}

	/// Drains the queue at block `now`, oldest first; returns the weight used.
	pub(crate) fn drain_stored_queue(now: BlockNumberFor<T>) -> Weight {
		let count = PendingExtrinsics::<T>::count();
		let mut used = T::WeightInfo::drain_empty_queue();
		if count == 0 {
			return used;
		}
		let budget = Weight::from_parts(OnInitializeWeight::<T>::get(), u64::MAX);
		let item_cap = MaxExtrinsicWeight::<T>::get();
		let lifetime = ExtrinsicLifetime::<T>::get();
		let next = NextPendingExtrinsicIndex::<T>::get();
		let mut index = next.wrapping_sub(count);
		while index != next {
			used = used.saturating_add(T::WeightInfo::drain_one_item());
			if let Some(item) = PendingExtrinsics::<T>::get(index) {
				let age: u32 = now.saturating_sub(item.submitted_at).unique_saturated_into();
				if age > lifetime {
					PendingExtrinsics::<T>::remove(index);
					Self::deposit_event(Event::ExtrinsicExpired { index });
				} else if let Some(call) = T::StoredCallDecryptor::decrypt(&item.encrypted_call) {
					let weight = call.get_dispatch_info().total_weight();
					if weight.ref_time() > item_cap {
						PendingExtrinsics::<T>::remove(index);
						Self::deposit_event(Event::ExtrinsicWeightExceeded { index });
					} else if used.saturating_add(weight).any_gt(budget) {
						Self::deposit_event(Event::ExtrinsicPostponed { index });
						break;
					} else {
						PendingExtrinsics::<T>::remove(index);
						used = used.saturating_add(weight);
						let origin = RawOrigin::Signed(item.who).into();
						match call.dispatch(origin) {
							Ok(_) => Self::deposit_event(Event::ExtrinsicDispatched { index }),
							Err(error) => Self::deposit_event(Event::ExtrinsicDispatchFailed {
								index,
								error: error.error,
							}),
						}
					}
				} else {
					PendingExtrinsics::<T>::remove(index);
					Self::deposit_event(Event::ExtrinsicDecodeFailed { index });
				}
			}
			index = index.wrapping_add(1);
		}
		used
	}
}
