//! The pallet's tests, on the mock runtime, and the helpers they share.

mod keys_and_queue;
mod unshield;

use crate::{mock::*, *};
use frame_support::{assert_ok, BoundedVec};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};
use subtensor_shield_envelope::KeyPair;

/// A real ML-KEM-768 key pair, different per seed.
fn key_pair(seed: u64) -> KeyPair {
	KeyPair::generate(&mut ChaCha20Rng::seed_from_u64(seed))
}

/// A real ML-KEM-768 public key, different per seed.
fn key(seed: u64) -> ShieldEncKey {
	BoundedVec::truncate_from(key_pair(seed).public)
}

/// Block `n` with authors `(current, two slots ahead)` announcing `enc_key`.
fn block(n: u64, authors: (u64, u64), enc_key: Option<ShieldEncKey>) {
	System::set_block_number(n);
	AUTHORS.with(|a| *a.borrow_mut() = Some(authors));
	assert_ok!(MevShield::announce_next_key(RuntimeOrigin::none(), enc_key));
}

/// The MevShield events recorded so far.
fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::MevShield(event) => Some(event),
			_ => None,
		})
		.collect()
}
