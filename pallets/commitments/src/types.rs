//! What a commitment holds: up to `MaxFields` [`Data`] fields, and the record kept of it.
//!
//! [`Data`] encodes like the reference chain's commitment field: one tag byte, then the payload.
//! Tag 0 is `None`; tags 1..=129 are `Raw0`..`Raw128` (the tag says the length, the bytes follow
//! without a length prefix); 130..=133 are 32-byte digests; 134 is `TimelockEncrypted` (a
//! length-prefixed ciphertext of at most 1 024 bytes, then the drand round, a u64); 135 is
//! `ResetBondsFlag`. The metadata names every raw length as its own variant (`Raw5: [u8; 5]`),
//! which is how clients compose and decode fields by name.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, Error as CodecError, Input, Output};
use frame_support::{traits::ConstU32, BoundedVec};
use scale_info::{
	build::{Fields, Variants},
	Path, Type, TypeInfo,
};
use subtensor_common::TaoBalance;

/// The longest raw field, in bytes.
pub const MAX_RAW_LEN: u32 = 128;
/// The longest timelocked ciphertext a field carries, in bytes.
pub const MAX_TIMELOCK_COMMITMENT_BYTES: u32 = 1_024;
/// The most fields a call can carry; `Config::MaxFields` is the limit a commitment may use, so
/// a few more still decode and are refused with a named error.
pub const MAX_DECODED_FIELDS: u32 = 16;

/// Tag of `None`.
const TAG_NONE: u8 = 0;
/// Tag of `Raw0`; `Raw<n>` is `TAG_RAW + n`.
const TAG_RAW: u8 = 1;
/// Tags of the four digests.
const TAG_BLAKE_TWO_256: u8 = 130;
const TAG_SHA_256: u8 = 131;
const TAG_KECCAK_256: u8 = 132;
const TAG_SHA_THREE_256: u8 = 133;
/// Tag of `TimelockEncrypted`.
const TAG_TIMELOCK_ENCRYPTED: u8 = 134;
/// Tag of `ResetBondsFlag`.
const TAG_RESET_BONDS: u8 = 135;

/// Bytes of a raw field.
pub type RawBytes = BoundedVec<u8, ConstU32<MAX_RAW_LEN>>;
/// A timelocked field's ciphertext.
pub type TimelockBytes = BoundedVec<u8, ConstU32<MAX_TIMELOCK_COMMITMENT_BYTES>>;

/// One field of a commitment.
#[derive(Clone, Debug, Default, Eq, PartialEq)]
pub enum Data {
	/// Nothing.
	#[default]
	None,
	/// Up to [`MAX_RAW_LEN`] bytes (an endpoint, a model id, a JSON snippet...).
	Raw(RawBytes),
	/// A BLAKE2b-256 digest.
	BlakeTwo256([u8; 32]),
	/// A SHA-256 digest.
	Sha256([u8; 32]),
	/// A Keccak-256 digest.
	Keccak256([u8; 32]),
	/// A SHA3-256 digest.
	ShaThree256([u8; 32]),
	/// Bytes timelock-encrypted to drand round `reveal_round`: the chain opens them once the
	/// round's pulse is stored and moves the plaintext to `RevealedCommitments`.
	TimelockEncrypted {
		/// The ciphertext (the clients' layout, as for timelocked weight commits).
		encrypted: TimelockBytes,
		/// The drand round whose pulse opens it.
		reveal_round: u64,
	},
	/// Asks the subnet to clear the bonds validators hold to the committing neuron (when the
	/// owner enabled `BondsResetOn`; once per tempo).
	ResetBondsFlag,
}

impl Encode for Data {
	fn size_hint(&self) -> usize {
		match self {
			Data::None | Data::ResetBondsFlag => 1,
			Data::Raw(bytes) => bytes.len().saturating_add(1),
			Data::TimelockEncrypted { encrypted, .. } => encrypted.size_hint().saturating_add(9),
			_ => 33,
		}
	}

	fn encode_to<O: Output + ?Sized>(&self, dest: &mut O) {
		match self {
			Data::None => dest.push_byte(TAG_NONE),
			Data::Raw(bytes) => {
				// At most 128 bytes, so the tag stays within 1..=129.
				let len = u8::try_from(bytes.len()).unwrap_or(u8::MAX);
				dest.push_byte(TAG_RAW.saturating_add(len));
				dest.write(bytes);
			},
			Data::BlakeTwo256(digest) => digest_to(dest, TAG_BLAKE_TWO_256, digest),
			Data::Sha256(digest) => digest_to(dest, TAG_SHA_256, digest),
			Data::Keccak256(digest) => digest_to(dest, TAG_KECCAK_256, digest),
			Data::ShaThree256(digest) => digest_to(dest, TAG_SHA_THREE_256, digest),
			Data::TimelockEncrypted { encrypted, reveal_round } => {
				dest.push_byte(TAG_TIMELOCK_ENCRYPTED);
				encrypted.encode_to(dest);
				reveal_round.encode_to(dest);
			},
			Data::ResetBondsFlag => dest.push_byte(TAG_RESET_BONDS),
		}
	}
}

/// Writes a tagged digest.
fn digest_to<O: Output + ?Sized>(dest: &mut O, tag: u8, digest: &[u8; 32]) {
	dest.push_byte(tag);
	dest.write(digest);
}

impl Decode for Data {
	fn decode<I: Input>(input: &mut I) -> Result<Self, CodecError> {
		let tag = input.read_byte()?;
		Ok(match tag {
			TAG_NONE => Data::None,
			TAG_BLAKE_TWO_256 => Data::BlakeTwo256(<[u8; 32]>::decode(input)?),
			TAG_SHA_256 => Data::Sha256(<[u8; 32]>::decode(input)?),
			TAG_KECCAK_256 => Data::Keccak256(<[u8; 32]>::decode(input)?),
			TAG_SHA_THREE_256 => Data::ShaThree256(<[u8; 32]>::decode(input)?),
			// The bound is checked on the length prefix, before anything is allocated.
			TAG_TIMELOCK_ENCRYPTED => Data::TimelockEncrypted {
				encrypted: TimelockBytes::decode(input)?,
				reveal_round: u64::decode(input)?,
			},
			TAG_RESET_BONDS => Data::ResetBondsFlag,
			raw => {
				let len = raw
					.checked_sub(TAG_RAW)
					.filter(|len| u32::from(*len) <= MAX_RAW_LEN)
					.ok_or("unknown commitment field tag")?;
				let mut bytes = alloc::vec![0u8; usize::from(len)];
				input.read(&mut bytes)?;
				Data::Raw(RawBytes::try_from(bytes).map_err(|_| "raw field too long")?)
			},
		})
	}
}

// Decoding allocates at most `MAX_TIMELOCK_COMMITMENT_BYTES` bytes per field.
impl DecodeWithMemTracking for Data {}

/// Adds `Raw<n>: [u8; n]` variants to `variants` for each listed `n`.
macro_rules! raw_variants {
	($variants:expr; $($n:literal)*) => {{
		let mut variants = $variants;
		$(
			variants = variants.variant(concat!("Raw", stringify!($n)), |v| {
				v.index(TAG_RAW + $n).fields(Fields::unnamed().field(|f| f.ty::<[u8; $n]>()))
			});
		)*
		variants
	}};
}

impl TypeInfo for Data {
	type Identity = Self;

	fn type_info() -> Type {
		let variants = Variants::new().variant("None", |v| v.index(TAG_NONE));
		let variants = raw_variants!(variants;
			0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32
			33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61
			62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90
			91 92 93 94 95 96 97 98 99 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114
			115 116 117 118 119 120 121 122 123 124 125 126 127 128);
		let digest = |tag: u8| {
			move |v: scale_info::build::VariantBuilder<scale_info::form::MetaForm>| {
				v.index(tag).fields(Fields::unnamed().field(|f| f.ty::<[u8; 32]>()))
			}
		};
		let variants = variants
			.variant("BlakeTwo256", digest(TAG_BLAKE_TWO_256))
			.variant("Sha256", digest(TAG_SHA_256))
			.variant("Keccak256", digest(TAG_KECCAK_256))
			.variant("ShaThree256", digest(TAG_SHA_THREE_256))
			.variant("TimelockEncrypted", |v| {
				v.index(TAG_TIMELOCK_ENCRYPTED).fields(
					Fields::named()
						.field(|f| f.name("encrypted").ty::<TimelockBytes>())
						.field(|f| f.name("reveal_round").ty::<u64>()),
				)
			})
			.variant("ResetBondsFlag", |v| v.index(TAG_RESET_BONDS));
		Type::builder().path(Path::new("Data", module_path!())).variant(variants)
	}
}

/// The fields of a commitment.
#[derive(Clone, Debug, Decode, DecodeWithMemTracking, Default, Encode, Eq, PartialEq, TypeInfo)]
pub struct CommitmentInfo {
	/// The fields, in the order given.
	pub fields: BoundedVec<Data, ConstU32<MAX_DECODED_FIELDS>>,
}

impl CommitmentInfo {
	/// Whether any field asks for a bonds reset.
	pub fn resets_bonds(&self) -> bool {
		self.fields.contains(&Data::ResetBondsFlag)
	}

	/// The round of the first timelocked field, if any.
	pub fn first_reveal_round(&self) -> Option<u64> {
		self.fields.iter().find_map(|field| match field {
			Data::TimelockEncrypted { reveal_round, .. } => Some(*reveal_round),
			_ => None,
		})
	}
}

/// A published commitment.
#[derive(Clone, Debug, Decode, Encode, Eq, PartialEq, TypeInfo)]
pub struct Registration<BlockNumber> {
	/// Balance held for it: commitments are free on this chain, so always 0.
	pub deposit: TaoBalance,
	/// The block it was published in.
	pub block: BlockNumber,
	/// What was published.
	pub info: CommitmentInfo,
}

/// The bytes an account published on a subnet in the subnet's current epoch.
#[derive(Clone, Debug, Decode, Default, Encode, Eq, PartialEq, TypeInfo)]
pub struct UsageTracker {
	/// The epoch the count belongs to, named by the block it started at.
	pub last_epoch: u64,
	/// Bytes charged in that epoch.
	pub used_space: u64,
}

/// Raw bytes as a field (`None` when longer than [`MAX_RAW_LEN`]).
pub fn raw_field(bytes: Vec<u8>) -> Option<Data> {
	RawBytes::try_from(bytes).ok().map(Data::Raw)
}
