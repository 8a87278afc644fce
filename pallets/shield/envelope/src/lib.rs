//! # The MEV-shield envelope
//!
//! A user hides a signed extrinsic (the "inner" one) from the transaction pool by sealing it to
//! the public key of the block author expected two slots ahead; only that author can open it,
//! right when it builds its block. This crate is the envelope: sealing, the wire format and
//! opening, as the real chain and the Python SDK (`encrypt_mlkem768`) define them:
//!
//! 1. `(kem_ct, secret) = ML-KEM-768.Encaps(public key)`: 1088 bytes and 32 bytes;
//! 2. `aead_ct = XChaCha20-Poly1305(key = secret, nonce = 24 random bytes, aad = [])` over the
//!    SCALE-encoded signed extrinsic, tag appended;
//! 3. wire bytes: `twox_128(public key) ‖ len(kem_ct) as u16 LE ‖ kem_ct ‖ nonce ‖ aead_ct`, at
//!    most [`MAX_ENVELOPE_LEN`] bytes.
//!
//! `no_std` (the runtime opens envelopes inside WASM), no FRAME, no hand-written cryptography:
//! `ml-kem` 0.2.2 and `chacha20poly1305` 0.10.1, pinned because key and ciphertext encodings
//! are part of the wire format.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use chacha20poly1305::{
	aead::{Aead, KeyInit},
	XChaCha20Poly1305, XNonce,
};
use codec::{Decode, Encode};
use kem::{Decapsulate, Encapsulate};
use ml_kem::{array::Array, EncodedSizeUser, KemCore, MlKem768};
use rand_core::CryptoRngCore;
use scale_info::TypeInfo;

/// Bytes of an ML-KEM-768 public (encapsulation) key: what authors announce.
pub const PUBLIC_KEY_LEN: usize = 1184;
/// Bytes of an ML-KEM-768 decapsulation key as `ml-kem` 0.2 encodes it.
pub const SECRET_KEY_LEN: usize = 2400;
/// Bytes of an ML-KEM-768 ciphertext.
pub const KEM_CIPHERTEXT_LEN: usize = 1088;
/// Bytes of the key hash that names the public key an envelope is sealed to.
pub const KEY_HASH_LEN: usize = 16;
/// Bytes of an XChaCha20 nonce.
pub const NONCE_LEN: usize = 24;
/// Bytes of the Poly1305 tag at the end of the AEAD ciphertext.
pub const TAG_LEN: usize = 16;
/// The largest envelope the chain accepts (`submit_encrypted` takes at most this much).
pub const MAX_ENVELOPE_LEN: usize = 8192;
/// Envelope bytes around the inner extrinsic.
pub const OVERHEAD: usize = KEY_HASH_LEN + 2 + KEM_CIPHERTEXT_LEN + NONCE_LEN + TAG_LEN;
/// The longest inner extrinsic an envelope can carry.
pub const MAX_INNER_LEN: usize = MAX_ENVELOPE_LEN - OVERHEAD;

/// Why an envelope could not be built or opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnvelopeError {
	/// More than [`MAX_ENVELOPE_LEN`] bytes (or an inner extrinsic above [`MAX_INNER_LEN`]).
	Oversize,
	/// The bytes end before a field does.
	Truncated,
	/// Sealed to another public key than the one it is opened with.
	WrongKeyHash,
	/// A key or KEM ciphertext of the wrong length.
	BadKeyOrCiphertext,
	/// The AEAD tag does not verify: tampered bytes or another key.
	DecryptionFailed,
	/// An envelope around nothing.
	EmptyPlaintext,
}

/// An envelope split into its fields (the runtime API type: SCALE, this field order).
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct ShieldedTransaction {
	/// `twox_128` of the public key it is sealed to.
	pub key_hash: [u8; KEY_HASH_LEN],
	/// The ML-KEM ciphertext of the shared secret.
	pub kem_ct: Vec<u8>,
	/// The inner extrinsic, encrypted, tag appended.
	pub aead_ct: Vec<u8>,
	/// The XChaCha20 nonce.
	pub nonce: [u8; NONCE_LEN],
}

/// An author's key pair: the public key it announces and the secret it opens envelopes with.
#[derive(Clone, PartialEq, Eq)]
pub struct KeyPair {
	/// The encapsulation key ([`PUBLIC_KEY_LEN`] bytes).
	pub public: Vec<u8>,
	/// The decapsulation key ([`SECRET_KEY_LEN`] bytes).
	pub secret: Vec<u8>,
}

impl core::fmt::Debug for KeyPair {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		f.debug_struct("KeyPair").field("key_hash", &key_hash(&self.public)).finish()
	}
}

impl KeyPair {
	/// A fresh key pair from `rng`.
	pub fn generate(rng: &mut impl CryptoRngCore) -> Self {
		let (secret, public) = MlKem768::generate(rng);
		Self { public: public.as_bytes().to_vec(), secret: secret.as_bytes().to_vec() }
	}
}

/// Where the encapsulation key sits inside an ML-KEM-768 decapsulation key (FIPS 203: the
/// decryption key of the inner scheme, 1152 bytes, then the encapsulation key).
const PUBLIC_KEY_IN_SECRET: core::ops::Range<usize> = 1152..1152 + PUBLIC_KEY_LEN;

/// The public key a decapsulation key belongs to (`None` if `secret_key` has the wrong size).
pub fn public_key_of(secret_key: &[u8]) -> Option<&[u8]> {
	if secret_key.len() != SECRET_KEY_LEN {
		return None;
	}
	secret_key.get(PUBLIC_KEY_IN_SECRET)
}

/// The hash that names a public key in envelopes (`twox_128`).
pub fn key_hash(public_key: &[u8]) -> [u8; KEY_HASH_LEN] {
	sp_crypto_hashing::twox_128(public_key)
}

/// Seals `inner` (a SCALE-encoded signed extrinsic) to `public_key`; returns the wire bytes.
pub fn seal(
	public_key: &[u8],
	inner: &[u8],
	rng: &mut impl CryptoRngCore,
) -> Result<Vec<u8>, EnvelopeError> {
	if inner.len() > MAX_INNER_LEN {
		return Err(EnvelopeError::Oversize);
	}
	if inner.is_empty() {
		return Err(EnvelopeError::EmptyPlaintext);
	}
	let encoded = Array::try_from(public_key).map_err(|_| EnvelopeError::BadKeyOrCiphertext)?;
	let encapsulation_key = <MlKem768 as KemCore>::EncapsulationKey::from_bytes(&encoded);
	let (kem_ct, secret) =
		encapsulation_key.encapsulate(rng).map_err(|_| EnvelopeError::BadKeyOrCiphertext)?;
	let mut nonce = [0u8; NONCE_LEN];
	rng.fill_bytes(&mut nonce);
	let cipher = XChaCha20Poly1305::new_from_slice(secret.as_slice())
		.map_err(|_| EnvelopeError::BadKeyOrCiphertext)?;
	let aead_ct =
		cipher.encrypt(XNonce::from_slice(&nonce), inner).map_err(|_| EnvelopeError::Oversize)?;
	let envelope = ShieldedTransaction {
		key_hash: key_hash(public_key),
		kem_ct: kem_ct.to_vec(),
		aead_ct,
		nonce,
	};
	Ok(envelope.to_bytes())
}

impl ShieldedTransaction {
	/// Splits wire bytes into the fields; fails only on size (an empty KEM or AEAD ciphertext
	/// still parses and fails when opened).
	pub fn parse(bytes: &[u8]) -> Result<Self, EnvelopeError> {
		if bytes.len() > MAX_ENVELOPE_LEN {
			return Err(EnvelopeError::Oversize);
		}
		let (key_hash, rest) = take::<KEY_HASH_LEN>(bytes)?;
		let (kem_len, rest) = take::<2>(rest)?;
		let kem_len = usize::from(u16::from_le_bytes(kem_len));
		let kem_ct = rest.get(..kem_len).ok_or(EnvelopeError::Truncated)?.to_vec();
		let rest = rest.get(kem_len..).ok_or(EnvelopeError::Truncated)?;
		let (nonce, aead_ct) = take::<NONCE_LEN>(rest)?;
		Ok(Self { key_hash, kem_ct, aead_ct: aead_ct.to_vec(), nonce })
	}

	/// The wire bytes.
	pub fn to_bytes(&self) -> Vec<u8> {
		let kem_len = u16::try_from(self.kem_ct.len()).unwrap_or(u16::MAX);
		let mut bytes = Vec::with_capacity(OVERHEAD.saturating_add(self.aead_ct.len()));
		bytes.extend_from_slice(&self.key_hash);
		bytes.extend_from_slice(&kem_len.to_le_bytes());
		bytes.extend_from_slice(&self.kem_ct);
		bytes.extend_from_slice(&self.nonce);
		bytes.extend_from_slice(&self.aead_ct);
		bytes
	}

	/// Whether it is sealed to `public_key`.
	pub fn is_sealed_to(&self, public_key: &[u8]) -> bool {
		self.key_hash == key_hash(public_key)
	}

	/// Opens the envelope with the key pair it names; returns the inner extrinsic's bytes.
	pub fn open(&self, public_key: &[u8], secret_key: &[u8]) -> Result<Vec<u8>, EnvelopeError> {
		if !self.is_sealed_to(public_key) {
			return Err(EnvelopeError::WrongKeyHash);
		}
		let encoded = Array::try_from(secret_key).map_err(|_| EnvelopeError::BadKeyOrCiphertext)?;
		let decapsulation_key = <MlKem768 as KemCore>::DecapsulationKey::from_bytes(&encoded);
		let kem_ct = Array::try_from(self.kem_ct.as_slice())
			.map_err(|_| EnvelopeError::BadKeyOrCiphertext)?;
		let secret = decapsulation_key
			.decapsulate(&kem_ct)
			.map_err(|_| EnvelopeError::BadKeyOrCiphertext)?;
		let cipher = XChaCha20Poly1305::new_from_slice(secret.as_slice())
			.map_err(|_| EnvelopeError::BadKeyOrCiphertext)?;
		let inner = cipher
			.decrypt(XNonce::from_slice(&self.nonce), self.aead_ct.as_slice())
			.map_err(|_| EnvelopeError::DecryptionFailed)?;
		if inner.is_empty() {
			return Err(EnvelopeError::EmptyPlaintext);
		}
		Ok(inner)
	}

	/// Opens the envelope with a decapsulation key alone (it holds its public key).
	pub fn open_with_secret(&self, secret_key: &[u8]) -> Result<Vec<u8>, EnvelopeError> {
		let public_key = public_key_of(secret_key).ok_or(EnvelopeError::BadKeyOrCiphertext)?;
		self.open(public_key, secret_key)
	}
}

/// The first `N` bytes and the rest.
fn take<const N: usize>(bytes: &[u8]) -> Result<([u8; N], &[u8]), EnvelopeError> {
	let head = bytes.get(..N).ok_or(EnvelopeError::Truncated)?;
	let head = <[u8; N]>::try_from(head).map_err(|_| EnvelopeError::Truncated)?;
	let rest = bytes.get(N..).ok_or(EnvelopeError::Truncated)?;
	Ok((head, rest))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
	use super::*;
	use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

	fn rng() -> ChaCha20Rng {
		ChaCha20Rng::seed_from_u64(7)
	}

	fn sealed(inner: &[u8]) -> (KeyPair, Vec<u8>) {
		let mut rng = rng();
		let keys = KeyPair::generate(&mut rng);
		let envelope = seal(&keys.public, inner, &mut rng).unwrap();
		(keys, envelope)
	}

	#[test]
	fn a_secret_key_holds_its_public_key_and_opens_alone() {
		let (keys, envelope) = sealed(b"inner");
		assert_eq!(public_key_of(&keys.secret), Some(keys.public.as_slice()));
		assert_eq!(public_key_of(&keys.secret[1..]), None);
		let parsed = ShieldedTransaction::parse(&envelope).unwrap();
		assert_eq!(parsed.open_with_secret(&keys.secret).unwrap(), b"inner");
		let other = KeyPair::generate(&mut ChaCha20Rng::seed_from_u64(8));
		assert_eq!(parsed.open_with_secret(&other.secret), Err(EnvelopeError::WrongKeyHash));
	}

	#[test]
	fn keys_and_envelopes_have_the_wire_sizes() {
		let (keys, envelope) = sealed(&[7u8; 100]);
		assert_eq!(keys.public.len(), PUBLIC_KEY_LEN);
		assert_eq!(keys.secret.len(), SECRET_KEY_LEN);
		// 1146 bytes around a 100-byte extrinsic, as the SDK's envelopes.
		assert_eq!(envelope.len(), OVERHEAD + 100);
		assert_eq!(OVERHEAD, 1146);
		assert_eq!(&envelope[..16], &key_hash(&keys.public));
		assert_eq!(u16::from_le_bytes([envelope[16], envelope[17]]), 1088);
	}

	#[test]
	fn an_envelope_opens_to_what_was_sealed() {
		let inner: Vec<u8> = (0..=255).collect();
		let (keys, envelope) = sealed(&inner);
		let parsed = ShieldedTransaction::parse(&envelope).unwrap();
		assert_eq!(parsed.to_bytes(), envelope);
		assert_eq!(parsed.open(&keys.public, &keys.secret), Ok(inner));
		// The largest inner extrinsic fits exactly.
		let (keys, envelope) = sealed(&vec![1u8; MAX_INNER_LEN]);
		assert_eq!(envelope.len(), MAX_ENVELOPE_LEN);
		let parsed = ShieldedTransaction::parse(&envelope).unwrap();
		assert_eq!(parsed.open(&keys.public, &keys.secret).unwrap().len(), MAX_INNER_LEN);
	}

	#[test]
	fn another_authors_key_is_refused_by_its_hash() {
		let (_, envelope) = sealed(b"transfer");
		let other = KeyPair::generate(&mut ChaCha20Rng::seed_from_u64(8));
		let parsed = ShieldedTransaction::parse(&envelope).unwrap();
		assert!(!parsed.is_sealed_to(&other.public));
		assert_eq!(parsed.open(&other.public, &other.secret), Err(EnvelopeError::WrongKeyHash));
	}

	#[test]
	fn truncated_bytes_are_refused_at_every_field() {
		let (_, envelope) = sealed(b"stake");
		for len in [0, 10, 17, 100, 16 + 2 + 1088 + 10] {
			assert_eq!(
				ShieldedTransaction::parse(&envelope[..len]),
				Err(EnvelopeError::Truncated),
				"{len} bytes"
			);
		}
		// A KEM ciphertext cut short parses (the length field says so) but does not open.
		let (keys, _) = sealed(b"stake");
		let mut short = ShieldedTransaction::parse(&envelope).unwrap();
		short.key_hash = key_hash(&keys.public);
		short.kem_ct.truncate(1000);
		let reparsed = ShieldedTransaction::parse(&short.to_bytes()).unwrap();
		assert_eq!(
			reparsed.open(&keys.public, &keys.secret),
			Err(EnvelopeError::BadKeyOrCiphertext)
		);
	}

	#[test]
	fn oversize_input_is_refused() {
		let keys = KeyPair::generate(&mut rng());
		let too_long = vec![0u8; MAX_INNER_LEN + 1];
		assert_eq!(seal(&keys.public, &too_long, &mut rng()), Err(EnvelopeError::Oversize));
		assert_eq!(
			ShieldedTransaction::parse(&vec![0u8; MAX_ENVELOPE_LEN + 1]),
			Err(EnvelopeError::Oversize)
		);
		assert_eq!(seal(&keys.public, &[], &mut rng()), Err(EnvelopeError::EmptyPlaintext));
		assert_eq!(seal(&[1u8; 10], b"x", &mut rng()), Err(EnvelopeError::BadKeyOrCiphertext));
	}

	#[test]
	fn a_tampered_byte_anywhere_fails_the_tag() {
		let (keys, envelope) = sealed(b"register my hotkey");
		let tag_start = envelope.len() - TAG_LEN;
		// In the KEM ciphertext (implicit rejection yields another secret), the nonce, the
		// encrypted extrinsic and the tag.
		for at in [20, 16 + 2 + 1088 + 3, tag_start - 1, tag_start, envelope.len() - 1] {
			let mut tampered = envelope.clone();
			tampered[at] ^= 0x01;
			let parsed = ShieldedTransaction::parse(&tampered).unwrap();
			assert_eq!(
				parsed.open(&keys.public, &keys.secret),
				Err(EnvelopeError::DecryptionFailed),
				"byte {at}"
			);
		}
	}
}
