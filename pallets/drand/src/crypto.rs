//! The cryptography of drand's quicknet beacon, with no FRAME in it.
//!
//! Quicknet runs the scheme `bls-unchained-g1-rfc9380`: the pulse of round `r` is a BLS
//! signature σ ∈ G1 (48 bytes compressed) on `sha256(r as big-endian u64)`, hashed to G1 as RFC
//! 9380 says (DST `BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_NUL_`); the beacon's public key is in
//! G2 (96 bytes). A pulse is valid when `e(σ, g₂) = e(H(m), pk)`, and its randomness is
//! `sha256(σ)`.
//!
//! Timelock encryption (Boneh–Franklin identity-based encryption to the identity `m`, then
//! AES-256-GCM) makes σ the decryption key of everything encrypted to round `r`. The curve
//! arithmetic, pairings, hashing to the curve and the IBE are the `ark-*` and `timelock` crates';
//! this module checks lengths before any of them allocates from untrusted input, and never
//! panics on malformed bytes.

use alloc::vec::Vec;
use ark_bls12_381::{Bls12_381, G1Affine, G2Affine};
use ark_ec::{
	hashing::{curve_maps::wb::WBMap, map_to_curve_hasher::MapToCurveBasedHasher, HashToCurve},
	pairing::Pairing,
	AffineRepr,
};
use ark_ff::{field_hashers::DefaultFieldHasher, Zero};
use ark_serialize::CanonicalDeserialize;
use sha2::{Digest, Sha256};
use timelock::{
	block_ciphers::AESGCMBlockCipherProvider,
	engines::drand::TinyBLS381,
	tlock::{tld, TLECiphertext},
};

/// The domain separation tag quicknet hashes round messages to G1 with.
pub const QUICKNET_DST: &[u8] = b"BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_NUL_";
/// Bytes of a compressed G1 point: a quicknet signature.
pub const SIGNATURE_BYTES: usize = 48;
/// Bytes of a compressed G2 point: a quicknet public key, or the `U` of a ciphertext.
pub const PUBLIC_KEY_BYTES: usize = 96;
/// The symmetric cipher suite every ciphertext names (the only one the clients write).
pub const CIPHER_SUITE: &[u8] = b"AES_GCM_";

/// Why a pulse is not a valid pulse of the beacon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PulseError {
	/// The signature is not a compressed point of G1's prime-order subgroup.
	MalformedSignature,
	/// The beacon's public key is not a compressed point of G2's prime-order subgroup.
	MalformedPublicKey,
	/// The randomness is not the SHA-256 of the signature.
	WrongRandomness,
	/// The signature does not verify for the round under the public key.
	BadSignature,
}

/// Why a timelock ciphertext could not be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecryptError {
	/// The bytes are not a timelock ciphertext in the clients' layout.
	MalformedCiphertext,
	/// The round's stored signature is not a G1 point.
	MalformedSignature,
	/// The ciphertext was not encrypted to this round (or was altered).
	DecryptionFailed,
}

/// The message quicknet signs for `round`: `sha256(round as big-endian u64)`.
pub fn round_message(round: u64) -> [u8; 32] {
	Sha256::digest(round.to_be_bytes()).into()
}

/// The randomness of a pulse: `sha256(signature)`.
pub fn randomness_of(signature: &[u8]) -> [u8; 32] {
	Sha256::digest(signature).into()
}

/// Checks the pulse (`round`, `signature`, `randomness`) against the beacon's `public_key`.
pub fn verify_pulse(
	public_key: &[u8],
	round: u64,
	signature: &[u8],
	randomness: &[u8],
) -> Result<(), PulseError> {
	if randomness != randomness_of(signature).as_slice() {
		return Err(PulseError::WrongRandomness);
	}
	let signature = g1_point(signature).ok_or(PulseError::MalformedSignature)?;
	let public_key = g2_point(public_key).ok_or(PulseError::MalformedPublicKey)?;
	let message = hash_round(round).ok_or(PulseError::BadSignature)?;
	// e(σ, g₂) = e(H(m), pk)  ⇔  e(σ, −g₂) · e(H(m), pk) = 1 (the zero of the additive notation).
	let product = Bls12_381::multi_pairing(
		[signature, message],
		[core::ops::Neg::neg(G2Affine::generator()), public_key],
	);
	if product.is_zero() {
		Ok(())
	} else {
		Err(PulseError::BadSignature)
	}
}

/// The message of `round` hashed to G1 (RFC 9380, quicknet's tag).
fn hash_round(round: u64) -> Option<G1Affine> {
	MapToCurveBasedHasher::<
		<Bls12_381 as Pairing>::G1,
		DefaultFieldHasher<Sha256, 128>,
		WBMap<ark_bls12_381::g1::Config>,
	>::new(QUICKNET_DST)
	.and_then(|hasher| hasher.hash(&round_message(round)))
	.ok()
}

/// Whether `public_key` can be a beacon's public key (a point of G2's prime-order subgroup).
pub fn is_public_key(public_key: &[u8]) -> bool {
	g2_point(public_key).is_some()
}

/// Opens `ciphertext`, timelock-encrypted to the round whose pulse carries `signature`.
///
/// The ciphertext is in the layout the Bittensor clients write: `U` (96 bytes), `V` and `W`
/// (each a u64 little-endian length, 32, and 32 bytes), the AES-GCM output (a length and
/// bytes: itself a length-prefixed ciphertext and a length-prefixed 12-byte nonce) and the
/// cipher suite (a length and `AES_GCM_`); anything after it is ignored.
pub fn decrypt(ciphertext: &[u8], signature: &[u8]) -> Result<Vec<u8>, DecryptError> {
	let ciphertext = parse_ciphertext(ciphertext).ok_or(DecryptError::MalformedCiphertext)?;
	let signature = g1_point(signature).ok_or(DecryptError::MalformedSignature)?;
	tld::<TinyBLS381, AESGCMBlockCipherProvider>(ciphertext, signature.into())
		.map_err(|_| DecryptError::DecryptionFailed)
}

/// A compressed G1 point of the prime-order subgroup, from exactly [`SIGNATURE_BYTES`] bytes.
fn g1_point(bytes: &[u8]) -> Option<G1Affine> {
	(bytes.len() == SIGNATURE_BYTES).then(|| G1Affine::deserialize_compressed(bytes).ok()).flatten()
}

/// A compressed G2 point of the prime-order subgroup, from exactly [`PUBLIC_KEY_BYTES`] bytes.
fn g2_point(bytes: &[u8]) -> Option<G2Affine> {
	(bytes.len() == PUBLIC_KEY_BYTES)
		.then(|| G2Affine::deserialize_compressed(bytes).ok())
		.flatten()
}

/// Reads length-prefixed fields, refusing any length the input cannot hold.
struct Fields<'a>(&'a [u8]);

impl<'a> Fields<'a> {
	/// The next `len` bytes.
	fn take(&mut self, len: usize) -> Option<&'a [u8]> {
		let (head, rest) = self.0.split_at_checked(len)?;
		self.0 = rest;
		Some(head)
	}

	/// The next u64 little-endian length and the bytes it counts.
	fn prefixed(&mut self) -> Option<&'a [u8]> {
		let len: [u8; 8] = self.take(8)?.try_into().ok()?;
		let len = usize::try_from(u64::from_le_bytes(len)).ok()?;
		self.take(len)
	}

	/// The next length-prefixed field, which must hold exactly `len` bytes.
	fn prefixed_exactly(&mut self, len: usize) -> Option<&'a [u8]> {
		self.prefixed().filter(|bytes| bytes.len() == len)
	}
}

/// The clients' ciphertext layout checked field by field (so no length read later can make the
/// decoder allocate more than the input holds) and decoded as `timelock`'s ciphertext, whose
/// layout writes `V` and `W` without their length prefixes.
fn parse_ciphertext(bytes: &[u8]) -> Option<TLECiphertext<TinyBLS381>> {
	let mut fields = Fields(bytes);
	let u = fields.take(PUBLIC_KEY_BYTES)?;
	let v = fields.prefixed_exactly(32)?;
	let w = fields.prefixed_exactly(32)?;
	let body = fields.prefixed()?;
	let suite = fields.prefixed()?;
	if suite != CIPHER_SUITE {
		return None;
	}
	let mut aes = Fields(body);
	aes.prefixed()?;
	aes.prefixed_exactly(12)?;
	if !aes.0.is_empty() {
		return None;
	}

	let mut canonical = Vec::with_capacity(bytes.len());
	canonical.extend_from_slice(u);
	canonical.extend_from_slice(v);
	canonical.extend_from_slice(w);
	for field in [body, suite] {
		canonical.extend_from_slice(&u64::try_from(field.len()).ok()?.to_le_bytes());
		canonical.extend_from_slice(field);
	}
	TLECiphertext::<TinyBLS381>::deserialize_compressed(canonical.as_slice()).ok()
}

/// A beacon of its own for tests and benchmarks: its public key and its pulse of each round,
/// from a secret scalar (quicknet's own pulses can only be replayed, not made), and encryption
/// to any beacon's rounds.
#[cfg(any(test, feature = "test-utils"))]
// Scalar multiplication of curve points: group arithmetic, which has no overflow.
#[allow(clippy::arithmetic_side_effects)]
pub mod test_beacon {
	use super::*;
	use crate::Pulse;
	use ark_bls12_381::{Fr, G2Projective};
	use ark_ec::CurveGroup;
	use ark_serialize::CanonicalSerialize;
	use frame_support::BoundedVec;

	/// The compressed public key of the beacon with secret `secret`.
	pub fn public_key(secret: u64) -> Vec<u8> {
		let key = (G2Affine::generator() * Fr::from(secret)).into_affine();
		let mut bytes = Vec::new();
		key.serialize_compressed(&mut bytes).map(|()| bytes).unwrap_or_default()
	}

	/// The (signature, randomness) of `round` by the beacon with secret `secret`.
	pub fn pulse(secret: u64, round: u64) -> (Vec<u8>, [u8; 32]) {
		let mut signature = Vec::new();
		if let Some(message) = hash_round(round) {
			let point = (message * Fr::from(secret)).into_affine();
			let _ = point.serialize_compressed(&mut signature);
		}
		let randomness = randomness_of(&signature);
		(signature, randomness)
	}

	/// The pulse of `round` by the beacon with secret `secret`, as `Pulses` stores it.
	pub fn stored_pulse(secret: u64, round: u64) -> Pulse {
		let (signature, randomness) = pulse(secret, round);
		Pulse {
			round,
			randomness: BoundedVec::truncate_from(randomness.to_vec()),
			signature: BoundedVec::truncate_from(signature),
		}
	}

	/// `plaintext` timelock-encrypted to `round` of the beacon with secret `secret`, in the
	/// clients' layout (empty if the encryption failed); `seed` makes its randomness.
	pub fn seal(secret: u64, round: u64, plaintext: &[u8], seed: u64) -> Vec<u8> {
		seal_with_key(G2Affine::generator() * Fr::from(secret), round, plaintext, seed)
	}

	/// `plaintext` timelock-encrypted to `round` of the beacon with the compressed
	/// `public_key` (quicknet's, say), as [`seal`] does (empty for a malformed key).
	pub fn seal_to(public_key: &[u8], round: u64, plaintext: &[u8], seed: u64) -> Vec<u8> {
		g2_point(public_key)
			.map(|key| seal_with_key(key.into(), round, plaintext, seed))
			.unwrap_or_default()
	}

	fn seal_with_key(key: G2Projective, round: u64, plaintext: &[u8], seed: u64) -> Vec<u8> {
		use rand_chacha::{
			rand_core::{RngCore, SeedableRng},
			ChaCha20Rng,
		};
		use timelock::{ibe::fullident::Identity, tlock::tle};
		let mut rng = ChaCha20Rng::seed_from_u64(seed);
		let mut symmetric_key = [0u8; 32];
		rng.fill_bytes(&mut symmetric_key);
		let identity = Identity::new(b"", &round_message(round));
		let Ok(ciphertext) = tle::<TinyBLS381, AESGCMBlockCipherProvider, _>(
			key,
			symmetric_key,
			plaintext,
			identity,
			rng,
		) else {
			return Vec::new();
		};
		let mut canonical = Vec::new();
		if ciphertext.serialize_compressed(&mut canonical).is_err() {
			return Vec::new();
		}
		// timelock writes V and W bare; the clients write each after its length.
		let Some((u, rest)) = canonical.split_at_checked(PUBLIC_KEY_BYTES) else {
			return Vec::new();
		};
		let Some((v, rest)) = rest.split_at_checked(32) else { return Vec::new() };
		let Some((w, rest)) = rest.split_at_checked(32) else { return Vec::new() };
		let length = 32u64.to_le_bytes();
		[u, &length, v, &length, w, rest].concat()
	}
}
