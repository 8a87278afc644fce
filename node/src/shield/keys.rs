//! The author's MEV-shield key pairs, held in memory only, and the inherent data that announces
//! the next public key in each block this node authors.
//!
//! A validator announces a fresh key in each of its blocks and keeps the last
//! [`HELD_KEY_PAIRS`] pairs, so it opens carriers sealed to any key it announced recently (with
//! Aura's round robin over three or more authors, clients seal to the key the author announced
//! in its previous slot). A development node (`--sealing`) announces one fixed key, derived from
//! a public seed, so carriers keep working across restarts.

use pallet_subtensor_shield::{ShieldEncKey, INHERENT_IDENTIFIER};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};
use sp_inherents::{InherentData, InherentIdentifier};
use std::{
	collections::VecDeque,
	sync::{Arc, Mutex, MutexGuard},
};
use subtensor_shield_envelope::{key_hash, KeyPair, KEY_HASH_LEN};

/// How many recently announced key pairs an author keeps.
pub const HELD_KEY_PAIRS: usize = 4;

/// The seed of the development key (public: dev chains have no secrets).
const DEV_KEY_SEED: [u8; 32] = *b"node-subtensor dev mevshield key";

/// Whether the keys change after each own block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rotation {
	/// A fresh key after each block this node authors.
	PerOwnBlock,
	/// One fixed key (development chains).
	Fixed,
}

/// The key pairs: the newest is the one announced next.
struct Held {
	rotation: Rotation,
	pairs: VecDeque<KeyPair>,
}

/// The author's key pairs, shared by block authoring and the task that rotates them.
#[derive(Clone)]
pub struct ShieldKeys(Arc<Mutex<Held>>);

impl ShieldKeys {
	/// Fresh random keys that rotate after each own block (validators).
	pub fn rotating() -> Self {
		let first = KeyPair::generate(&mut ChaCha20Rng::from_entropy());
		Self::holding(Rotation::PerOwnBlock, first)
	}

	/// The fixed development key.
	pub fn development() -> Self {
		let pair = KeyPair::generate(&mut ChaCha20Rng::from_seed(DEV_KEY_SEED));
		Self::holding(Rotation::Fixed, pair)
	}

	fn holding(rotation: Rotation, first: KeyPair) -> Self {
		Self(Arc::new(Mutex::new(Held { rotation, pairs: VecDeque::from([first]) })))
	}

	fn held(&self) -> MutexGuard<'_, Held> {
		// A panic elsewhere while holding the lock leaves the keys intact: keep using them.
		self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
	}

	/// The public key this node's next block announces.
	pub fn next_public(&self) -> Vec<u8> {
		self.held().pairs.back().map(|pair| pair.public.clone()).unwrap_or_default()
	}

	/// The secret of the held key named `hash`, if this node announced it recently.
	pub fn secret_for(&self, hash: &[u8; KEY_HASH_LEN]) -> Option<Vec<u8>> {
		let held = self.held();
		held.pairs
			.iter()
			.find(|pair| key_hash(&pair.public) == *hash)
			.map(|pair| pair.secret.clone())
	}

	/// After an own block: a fresh key is announced next; the oldest is forgotten.
	pub fn rotate(&self) {
		let mut held = self.held();
		if held.rotation == Rotation::Fixed {
			return;
		}
		held.pairs.push_back(KeyPair::generate(&mut ChaCha20Rng::from_entropy()));
		while held.pairs.len() > HELD_KEY_PAIRS {
			held.pairs.pop_front();
		}
	}

	/// The inherent data provider that announces [`Self::next_public`] in a block.
	pub fn announcement(&self) -> KeyAnnouncement {
		KeyAnnouncement(ShieldEncKey::truncate_from(self.next_public()))
	}
}

/// Inherent data: the public key the block announces (`MevShield.announce_next_key`).
pub struct KeyAnnouncement(ShieldEncKey);

#[async_trait::async_trait]
impl sp_inherents::InherentDataProvider for KeyAnnouncement {
	async fn provide_inherent_data(
		&self,
		inherent_data: &mut InherentData,
	) -> Result<(), sp_inherents::Error> {
		inherent_data.put_data(INHERENT_IDENTIFIER, &Some(self.0.clone()))
	}

	async fn try_handle_error(
		&self,
		identifier: &InherentIdentifier,
		_error: &[u8],
	) -> Option<Result<(), sp_inherents::Error>> {
		// The pallet never reports an inherent error; nothing to handle.
		(*identifier == INHERENT_IDENTIFIER).then_some(Ok(()))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_validator_rotates_and_keeps_its_recent_secrets() {
		let keys = ShieldKeys::rotating();
		let mut announced = vec![keys.next_public()];
		for _ in 0..HELD_KEY_PAIRS {
			keys.rotate();
			announced.push(keys.next_public());
		}
		assert_ne!(announced[0], announced[1], "a fresh key after each own block");
		assert_eq!(keys.secret_for(&key_hash(&announced[0])), None, "the oldest is forgotten");
		for public in &announced[1..] {
			let secret = keys.secret_for(&key_hash(public)).expect("a recent key is held");
			assert_eq!(subtensor_shield_envelope::public_key_of(&secret), Some(public.as_slice()));
		}
	}

	#[test]
	fn the_development_key_is_fixed_and_the_same_on_every_start() {
		let keys = ShieldKeys::development();
		let public = keys.next_public();
		keys.rotate();
		assert_eq!(keys.next_public(), public);
		assert_eq!(ShieldKeys::development().next_public(), public);
		assert!(keys.secret_for(&key_hash(&public)).is_some());
	}
}
