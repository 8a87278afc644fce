//! The pallet's records, with the reference chain's names and field order (clients decode them
//! from metadata), and the JSON a drand HTTP relay answers with.

use alloc::{string::String, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::ConstU32, BoundedVec};
use scale_info::TypeInfo;
use serde::Deserialize;

/// A round of the beacon (quicknet: one every 3 s since its genesis).
pub type RoundNumber = u64;
/// A beacon public key (quicknet: a compressed G2 point, 96 bytes).
pub type OpaquePublicKey = BoundedVec<u8, ConstU32<96>>;
/// A hash or short identifier of at most 32 bytes.
pub type BoundedHash = BoundedVec<u8, ConstU32<32>>;

/// One pulse of the beacon.
#[derive(
	Clone,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct Pulse {
	/// The round it is the pulse of.
	pub round: RoundNumber,
	/// `sha256(signature)`.
	pub randomness: BoundedVec<u8, ConstU32<32>>,
	/// The beacon's BLS signature on the round (quicknet: a compressed G1 point, 48 bytes).
	pub signature: BoundedVec<u8, ConstU32<144>>,
}

/// Which beacon pulses come from and how to check them.
#[derive(
	Clone,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct BeaconConfiguration {
	/// The key every pulse is verified with.
	pub public_key: OpaquePublicKey,
	/// Seconds between rounds.
	pub period: u32,
	/// Unix time of round 1.
	pub genesis_time: u32,
	/// The beacon's chain hash: the path relays serve it under.
	pub hash: BoundedHash,
	/// The hash of the beacon's group file.
	pub group_hash: BoundedHash,
	/// The signature scheme, as text (quicknet: `bls-unchained-g1-rfc9380`).
	pub scheme_id: BoundedHash,
	/// Further facts about the beacon.
	pub metadata: Metadata,
}

/// Further facts about a beacon.
#[derive(
	Clone,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct Metadata {
	/// The beacon's name, as text (`quicknet`).
	pub beacon_id: BoundedHash,
}

/// The pulses one `write_pulse` carries, as the submitter signed them (if it did).
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct PulsesPayload<Public, BlockNumber> {
	/// The block the submitter saw when it made the transaction.
	pub block_number: BlockNumber,
	/// The pulses, in increasing rounds.
	pub pulses: Vec<Pulse>,
	/// The submitter's key (all zero when it did not sign).
	pub public: Public,
}

/// A beacon configuration as `set_beacon_config` carries it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct BeaconConfigurationPayload<Public, BlockNumber> {
	/// The block the submitter saw.
	pub block_number: BlockNumber,
	/// The new configuration.
	pub config: BeaconConfiguration,
	/// The submitter's key.
	pub public: Public,
}

/// drand's quicknet, the beacon the Bittensor clients encrypt to.
pub fn quicknet() -> BeaconConfiguration {
	let bytes = |hex_text: &str| hex::decode(hex_text).unwrap_or_default();
	BeaconConfiguration {
		public_key: OpaquePublicKey::truncate_from(bytes(
			"83cf0f2896adee7eb8b5f01fcad3912212c437e0073e911fb90022d3e760183c8c4b450b6a0a6c3ac6a577\
			 6a2d1064510d1fec758c921cc22b0e17e63aaf4bcb5ed66304de9cf809bd274ca73bab4af5a6e9c76a4bc0\
			 9e76eae8991ef5ece45a",
		)),
		period: 3,
		genesis_time: 1_692_803_367,
		hash: BoundedHash::truncate_from(bytes(
			"52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971",
		)),
		group_hash: BoundedHash::truncate_from(bytes(
			"f477d5c89f21a17c863a7f937c6a6d15859414d2be09cd448d4279af331c5d3e",
		)),
		scheme_id: BoundedHash::truncate_from(b"bls-unchained-g1-rfc9380".to_vec()),
		metadata: Metadata { beacon_id: BoundedHash::truncate_from(b"quicknet".to_vec()) },
	}
}

/// A pulse as a relay serves it (`GET {relay}/{chain hash}/public/{round|latest}`).
#[derive(Debug, Deserialize)]
pub struct RelayPulse {
	/// The round.
	pub round: RoundNumber,
	/// `sha256(signature)`, as hex.
	pub randomness: String,
	/// The signature, as hex.
	pub signature: String,
}

impl RelayPulse {
	/// The pulse, if its fields are hex of sizes a pulse can hold.
	pub fn into_pulse(self) -> Option<Pulse> {
		Some(Pulse {
			round: self.round,
			randomness: hex::decode(self.randomness).ok()?.try_into().ok()?,
			signature: hex::decode(self.signature).ok()?.try_into().ok()?,
		})
	}
}
