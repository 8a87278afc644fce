//! Publishing a commitment: the checks (shared with the pool guard), the epoch quota, the bonds
//! reset, and clean-up when a neuron or subnet goes away.

use crate::pallet::*;
use crate::types::{CommitmentInfo, Registration, UsageTracker};
use codec::Encode;
use frame_support::{
	pallet_prelude::{DispatchResult, Get},
	traits::IsSubType,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::SaturatedConversion,
	transaction_validity::{InvalidTransaction, TransactionValidityError},
};
use subtensor_common::{CommitmentSubnets, FreeCallGuard, NetUid, SubnetCommitments};

/// The fewest bytes a commitment counts against `MaxSpace`, however small.
pub const MIN_CHARGED_BYTES: u64 = 100;

/// Pool rejection of a commitment from a hotkey without a UID on the subnet (the code the
/// clients know for "not registered").
const CUSTOM_NOT_REGISTERED: u8 = 10;

impl<T: Config> Pallet<T> {
	/// The current block number.
	fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	/// The usage `who` would reach on `netuid` by publishing `info`, or why it may not.
	fn check_commitment(
		who: &T::AccountId,
		netuid: NetUid,
		info: &CommitmentInfo,
	) -> Result<UsageTracker, Error<T>> {
		if info.fields.len() > T::MaxFields::get() as usize {
			return Err(Error::<T>::TooManyFieldsInCommitmentInfo);
		}
		if !T::Subnets::is_registered(netuid, who) {
			return Err(Error::<T>::AccountNotAllowedCommit);
		}
		let epoch = T::Subnets::epoch_start_block(netuid);
		let used = UsedSpaceOf::<T>::get(netuid, who)
			.filter(|usage| usage.last_epoch == epoch)
			.map_or(0, |usage| usage.used_space);
		let charged = (info.encoded_size() as u64).max(MIN_CHARGED_BYTES);
		let used_space = used.saturating_add(charged);
		if used_space > u64::from(MaxSpace::<T>::get()) {
			return Err(Error::<T>::SpaceLimitExceeded);
		}
		Ok(UsageTracker { last_epoch: epoch, used_space })
	}

	/// See [`Pallet::set_commitment`].
	pub(crate) fn do_set_commitment(
		who: &T::AccountId,
		netuid: NetUid,
		info: CommitmentInfo,
	) -> DispatchResult {
		let usage = Self::check_commitment(who, netuid, &info)?;
		UsedSpaceOf::<T>::insert(netuid, who, usage);
		let now = Self::now();
		if info.resets_bonds() {
			Self::reset_bonds_if_due(who, netuid, now);
		}
		let reveal_round = info.first_reveal_round();
		let record = Registration { deposit: Default::default(), block: now, info };
		CommitmentOf::<T>::insert(netuid, who, record);
		LastCommitment::<T>::insert(netuid, who, now);
		match reveal_round {
			Some(reveal_round) => {
				TimelockedIndex::<T>::mutate(|index| index.insert((netuid, who.clone())));
				Self::deposit_event(Event::TimelockCommitment {
					netuid,
					who: who.clone(),
					reveal_round,
				});
			},
			None => {
				Self::unindex(netuid, who);
				Self::deposit_event(Event::Commitment { netuid, who: who.clone() });
			},
		}
		Ok(())
	}

	/// Clears the bonds to `who` when the owner allows it and a tempo passed since the last
	/// reset; otherwise the commitment is kept without a reset.
	fn reset_bonds_if_due(who: &T::AccountId, netuid: NetUid, now: BlockNumberFor<T>) {
		if !T::Subnets::bonds_reset_enabled(netuid) {
			return;
		}
		let tempo = u64::from(T::Subnets::tempo(netuid));
		let now_u64: u64 = now.saturated_into();
		let due = LastBondsReset::<T>::get(netuid, who)
			.is_none_or(|last| now_u64 >= last.saturated_into::<u64>().saturating_add(tempo));
		if due {
			T::Subnets::reset_bonds_to(netuid, who);
			LastBondsReset::<T>::insert(netuid, who, now);
			Self::deposit_event(Event::BondsReset { netuid, who: who.clone() });
		}
	}

	/// The pool's check of a commitments call signed by `who`.
	pub fn guard_call(who: &T::AccountId, call: &Call<T>) -> Result<(), TransactionValidityError> {
		let Call::set_commitment { netuid, info } = call else { return Ok(()) };
		Self::check_commitment(who, *netuid, info).map(|_| ()).map_err(|error| {
			match error {
				Error::<T>::AccountNotAllowedCommit => {
					InvalidTransaction::Custom(CUSTOM_NOT_REGISTERED)
				},
				Error::<T>::SpaceLimitExceeded => InvalidTransaction::ExhaustsResources,
				_ => InvalidTransaction::Call,
			}
			.into()
		})
	}
}

impl<T: Config> FreeCallGuard<T::RuntimeCall, T::AccountId> for Pallet<T>
where
	T::RuntimeCall: IsSubType<Call<T>>,
{
	fn guard(who: &T::AccountId, call: &T::RuntimeCall) -> Result<(), TransactionValidityError> {
		call.is_sub_type().map_or(Ok(()), |call| Self::guard_call(who, call))
	}
}

impl<T: Config> SubnetCommitments<T::AccountId> for Pallet<T> {
	fn forget_hotkey(netuid: NetUid, hotkey: &T::AccountId) {
		CommitmentOf::<T>::remove(netuid, hotkey);
		LastCommitment::<T>::remove(netuid, hotkey);
		LastBondsReset::<T>::remove(netuid, hotkey);
		RevealedCommitments::<T>::remove(netuid, hotkey);
		UsedSpaceOf::<T>::remove(netuid, hotkey);
		Self::unindex(netuid, hotkey);
	}

	fn move_hotkey(netuid: NetUid, old: &T::AccountId, new: &T::AccountId) {
		if let Some(record) = CommitmentOf::<T>::take(netuid, old) {
			CommitmentOf::<T>::insert(netuid, new, record);
		}
		if let Some(block) = LastCommitment::<T>::take(netuid, old) {
			LastCommitment::<T>::insert(netuid, new, block);
		}
		if let Some(block) = LastBondsReset::<T>::take(netuid, old) {
			LastBondsReset::<T>::insert(netuid, new, block);
		}
		if let Some(revealed) = RevealedCommitments::<T>::take(netuid, old) {
			RevealedCommitments::<T>::insert(netuid, new, revealed);
		}
		if let Some(usage) = UsedSpaceOf::<T>::take(netuid, old) {
			UsedSpaceOf::<T>::insert(netuid, new, usage);
		}
		TimelockedIndex::<T>::mutate(|index| {
			if index.remove(&(netuid, old.clone())) {
				index.insert((netuid, new.clone()));
			}
		});
	}

	fn forget_subnet(netuid: NetUid) {
		let _ = CommitmentOf::<T>::clear_prefix(netuid, u32::MAX, None);
		let _ = LastCommitment::<T>::clear_prefix(netuid, u32::MAX, None);
		let _ = LastBondsReset::<T>::clear_prefix(netuid, u32::MAX, None);
		let _ = RevealedCommitments::<T>::clear_prefix(netuid, u32::MAX, None);
		let _ = UsedSpaceOf::<T>::clear_prefix(netuid, u32::MAX, None);
		TimelockedIndex::<T>::mutate(|index| index.retain(|(indexed, _)| *indexed != netuid));
	}

	fn commitments_of(netuid: NetUid) -> alloc::vec::Vec<(T::AccountId, alloc::vec::Vec<u8>)> {
		CommitmentOf::<T>::iter_prefix(netuid)
			.map(|(hotkey, record)| (hotkey, record.encode()))
			.collect()
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn commit_for_benchmark(netuid: NetUid, hotkey: &T::AccountId) {
		let now = Self::now();
		let record =
			Registration { deposit: Default::default(), block: now, info: largest_info::<T>() };
		CommitmentOf::<T>::insert(netuid, hotkey, record);
		LastCommitment::<T>::insert(netuid, hotkey, now);
		LastBondsReset::<T>::insert(netuid, hotkey, now);
		UsedSpaceOf::<T>::insert(netuid, hotkey, UsageTracker::default());
	}
}

/// The largest commitment `MaxFields` allows: every field 128 raw bytes.
#[cfg(any(feature = "runtime-benchmarks", test))]
pub fn largest_info<T: Config>() -> CommitmentInfo {
	let field = crate::types::raw_field(alloc::vec![7u8; crate::types::MAX_RAW_LEN as usize]);
	let fields: alloc::vec::Vec<_> =
		(0..T::MaxFields::get()).filter_map(|_| field.clone()).collect();
	CommitmentInfo { fields: fields.try_into().unwrap_or_default() }
}
