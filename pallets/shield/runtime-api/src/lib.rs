//! `ShieldApi` (version 1, as the reference chain declares it): what a block author calls, at
//! the parent block's state, to complete carriers (`MevShield.submit_encrypted`). Decryption
//! happens inside the runtime, so the node needs no copy of the envelope's cryptography and
//! follows runtime upgrades.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
pub use subtensor_shield_envelope::{ShieldedTransaction, KEY_HASH_LEN};

sp_api::decl_runtime_apis! {
	/// Finding, checking and opening carriers.
	pub trait ShieldApi {
		/// The envelope `uxt` carries, if it is a signed carrier whose ciphertext parses.
		fn try_decode_shielded_tx(uxt: Block::Extrinsic) -> Option<ShieldedTransaction>;

		/// Whether `key_hash` names `PendingKey`, the key of the next block's author.
		fn is_shielded_using_current_key(key_hash: [u8; KEY_HASH_LEN]) -> bool;

		/// The inner extrinsic of `shielded_tx`, opened with the decapsulation key `dec_key`;
		/// `None` if it does not open or is no extrinsic of this chain.
		fn try_unshield_tx(dec_key: Vec<u8>, shielded_tx: ShieldedTransaction) -> Option<Block::Extrinsic>;
	}
}
