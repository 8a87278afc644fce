//! Opening carriers. The block author calls these through the `ShieldApi` runtime API while it
//! builds a block: find the envelope a carrier holds, open it with the author's secret key,
//! decode the inner extrinsic. When an envelope it took into its block cannot be opened, or the
//! block refuses the inner extrinsic, the author appends [`Call::report_unshield_failure`], so
//! the failure is on chain as [`Event::UnshieldFailed`].

use crate::{Call, Config, Pallet, PendingKey};
use codec::{Decode, DecodeLimit, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::traits::IsSubType;
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::transaction_validity::{InvalidTransaction, TransactionValidityError};
use subtensor_shield_envelope::{key_hash, ShieldedTransaction, KEY_HASH_LEN};

/// How deeply an inner extrinsic's calls may nest when it is decoded.
pub const INNER_DECODE_DEPTH_LIMIT: u32 = 8;

/// Why a carrier in the block has no inner extrinsic after it.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum UnshieldFailure {
	/// The envelope does not open to an extrinsic of this chain: damaged or forged
	/// ciphertext, or sealed content that is no extrinsic.
	Unopenable,
	/// The block refused the inner extrinsic.
	InnerRefused(InnerRefusal),
}

/// Why the block refused an inner extrinsic (the transaction-validity error, by name).
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum InnerRefusal {
	/// Its signer cannot pay the fee.
	Payment,
	/// Its nonce is ahead of the signer's (the carrier must take nonce n, the inner n + 1).
	Future,
	/// Its nonce was used already, or its era is over.
	Stale,
	/// Its signature is wrong.
	BadProof,
	/// Its era starts at a block this chain does not know.
	AncientBirthBlock,
	/// It does not fit in the block.
	ExhaustsResources,
	/// Its call may not be dispatched this way.
	Call,
	/// A chain-specific rule refused it (the code of `InvalidTransaction::Custom`).
	Custom(u8),
	/// Another reason.
	Other,
}

impl From<TransactionValidityError> for InnerRefusal {
	fn from(error: TransactionValidityError) -> Self {
		match error {
			TransactionValidityError::Invalid(invalid) => match invalid {
				InvalidTransaction::Payment => Self::Payment,
				InvalidTransaction::Future => Self::Future,
				InvalidTransaction::Stale => Self::Stale,
				InvalidTransaction::BadProof => Self::BadProof,
				InvalidTransaction::AncientBirthBlock => Self::AncientBirthBlock,
				InvalidTransaction::ExhaustsResources => Self::ExhaustsResources,
				InvalidTransaction::Call => Self::Call,
				InvalidTransaction::Custom(code) => Self::Custom(code),
				_ => Self::Other,
			},
			TransactionValidityError::Unknown(_) => Self::Other,
		}
	}
}

/// A carrier's id: `blake2_256(SCALE(who, ciphertext))`, as in [`crate::Event::EncryptedSubmitted`].
pub fn carrier_id<AccountId: Encode>(who: &AccountId, ciphertext: &[u8]) -> H256 {
	H256(sp_crypto_hashing::blake2_256(&(who, ciphertext).encode()))
}

impl<T: Config> Pallet<T> {
	/// The envelope `call` carries, if it is [`Call::submit_encrypted`] with a well-formed one.
	pub fn carrier_envelope(
		call: &<T as frame_system::Config>::RuntimeCall,
	) -> Option<ShieldedTransaction>
	where
		<T as frame_system::Config>::RuntimeCall: IsSubType<Call<T>>,
	{
		match call.is_sub_type() {
			Some(Call::submit_encrypted { ciphertext }) => {
				ShieldedTransaction::parse(ciphertext).ok()
			},
			_ => None,
		}
	}

	/// Whether `hash` names [`PendingKey`], the key of the next block's author.
	pub fn is_pending_key(hash: &[u8; KEY_HASH_LEN]) -> bool {
		PendingKey::<T>::get().is_some_and(|key| key_hash(&key) == *hash)
	}

	/// Opens `envelope` with `secret_key` and decodes the extrinsic inside.
	pub fn open_inner<Extrinsic: Decode>(
		secret_key: &[u8],
		envelope: &ShieldedTransaction,
	) -> Result<Extrinsic, UnshieldFailure> {
		let inner =
			envelope.open_with_secret(secret_key).map_err(|_| UnshieldFailure::Unopenable)?;
		Extrinsic::decode_all_with_depth_limit(INNER_DECODE_DEPTH_LIMIT, &mut inner.as_slice())
			.map_err(|_| UnshieldFailure::Unopenable)
	}
}
