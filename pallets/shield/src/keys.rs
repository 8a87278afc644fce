//! The key pipeline. Each block's inherent announces its author's next public key; the keys
//! move one stage per block, so that [`NextKey`] is the key of the author two slots ahead
//! (clients seal to it), [`PendingKey`] the next block's author's (the one it opens carriers
//! with) and [`CurrentKey`] this block's.

use crate::{
	AuthorKeys, Config, CurrentKey, Error, NextKey, NextKeyExpiresAt, Pallet, PendingKey,
	PendingKeyExpiresAt,
};
use frame_support::{pallet_prelude::*, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_inherents::{InherentData, InherentIdentifier};
use sp_runtime::traits::{One, Saturating};
use subtensor_shield_envelope::PUBLIC_KEY_LEN;

/// A public key as stored and announced (an ML-KEM-768 key is 1184 bytes).
pub type ShieldEncKey = BoundedVec<u8, ConstU32<2048>>;

/// The inherent data's identifier; its data is an `Option<ShieldEncKey>`.
pub const INHERENT_IDENTIFIER: InherentIdentifier = *b"shieldpk";

/// Finds block authors (Aura: by slot, round robin over the authorities).
pub trait FindAuthors<AuthorityId> {
	/// The author of the current block and the author two slots ahead (`None` if unknown).
	fn current_and_next_next() -> Option<(AuthorityId, AuthorityId)>;
}

/// The key announced in the block's inherent data (`None` if the author provided none).
pub fn announced_key(data: &InherentData) -> Option<Option<ShieldEncKey>> {
	data.get_data::<Option<ShieldEncKey>>(&INHERENT_IDENTIFIER).ok().flatten()
}

impl<T: Config> Pallet<T> {
	/// Moves the pipeline one stage on and records `enc_key` as the current author's key
	/// (`None` forgets it). Changes nothing if the key is malformed or no author is found.
	pub fn rotate_keys(enc_key: Option<ShieldEncKey>) -> DispatchResult {
		if enc_key.as_ref().is_some_and(|key| key.len() != PUBLIC_KEY_LEN) {
			return Err(Error::<T>::BadEncKeyLen.into());
		}
		let (current, next_next) =
			T::FindAuthors::current_and_next_next().ok_or(Error::<T>::Unreachable)?;
		CurrentKey::<T>::set(PendingKey::<T>::take());
		PendingKey::<T>::set(NextKey::<T>::take());
		// Read before this block's announcement: with a single authority, its key reaches
		// `NextKey` one block later.
		NextKey::<T>::set(AuthorKeys::<T>::get(&next_next));
		match enc_key {
			Some(key) => AuthorKeys::<T>::insert(&current, key),
			None => AuthorKeys::<T>::remove(&current),
		}
		let now = frame_system::Pallet::<T>::block_number();
		let two = BlockNumberFor::<T>::one().saturating_add(One::one());
		PendingKeyExpiresAt::<T>::set(PendingKey::<T>::exists().then(|| now.saturating_add(two)));
		let three = two.saturating_add(One::one());
		NextKeyExpiresAt::<T>::set(NextKey::<T>::exists().then(|| now.saturating_add(three)));
		Ok(())
	}
}
