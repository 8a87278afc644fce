//! Checking, storing and pruning pulses, the pool's rules for `write_pulse`, and opening what
//! was timelock-encrypted to a stored round.

use crate::{
	crypto::{self, DecryptError, PulseError},
	BeaconConfig, BeaconConfiguration, Config, Error, Event, LastStoredRound, NextUnsignedAt,
	OldestStoredRound, Pallet, Pulse, Pulses, PulsesPayload, RoundNumber, MAX_KEPT_PULSES,
	MAX_PRUNED_PER_WRITE, MAX_PULSES_PER_WRITE,
};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::{
		DispatchResult, InvalidTransaction, TransactionSource, TransactionValidity,
		ValidTransaction,
	},
	traits::Get,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{IdentifyAccount, Verify},
	Saturating,
};
use subtensor_common::TimelockOpenError;

/// Why a timelock ciphertext could not be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelockError {
	/// The round's pulse is not stored (not yet, or pruned).
	PulseMissing,
	/// The ciphertext or the pulse is malformed, or the ciphertext is not for this round.
	Undecryptable(DecryptError),
}

impl<T: Config> Pallet<T> {
	/// Opens `ciphertext`, timelock-encrypted to `round`, with the round's stored pulse.
	pub fn decrypt(ciphertext: &[u8], round: RoundNumber) -> Result<Vec<u8>, TimelockError> {
		let pulse = Pulses::<T>::get(round).ok_or(TimelockError::PulseMissing)?;
		crypto::decrypt(ciphertext, &pulse.signature).map_err(TimelockError::Undecryptable)
	}

	/// Verifies `pulses` and stores them: at least one, at most [`MAX_PULSES_PER_WRITE`], in
	/// increasing rounds above [`LastStoredRound`]. Then prunes what fell out of the kept range.
	pub(crate) fn store_pulses(pulses: Vec<Pulse>) -> DispatchResult {
		let count = u32::try_from(pulses.len()).unwrap_or(u32::MAX);
		ensure!((1..=MAX_PULSES_PER_WRITE).contains(&count), Error::<T>::TooManyPulses);
		let config = BeaconConfig::<T>::get();
		let mut last = LastStoredRound::<T>::get();
		let mut rounds = Vec::with_capacity(pulses.len());
		for pulse in pulses {
			ensure!(pulse.round > last, Error::<T>::InvalidRoundNumber);
			Self::verify(&config, &pulse)?;
			last = pulse.round;
			rounds.push(pulse.round);
			Pulses::<T>::insert(pulse.round, pulse);
		}
		LastStoredRound::<T>::put(last);
		if OldestStoredRound::<T>::get() == 0 {
			if let Some(first) = rounds.first() {
				OldestStoredRound::<T>::put(first);
			}
		}
		Self::prune(last);
		NextUnsignedAt::<T>::put(frame_system::Pallet::<T>::block_number());
		Self::deposit_event(Event::NewPulse { rounds });
		Ok(())
	}

	/// Makes `config` the beacon, if its public key is a G2 point.
	pub(crate) fn set_beacon(config: BeaconConfiguration) -> DispatchResult {
		ensure!(crypto::is_public_key(&config.public_key), Error::<T>::InvalidPublicKey);
		BeaconConfig::<T>::put(config);
		let next = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
		NextUnsignedAt::<T>::put(next);
		Self::deposit_event(Event::BeaconConfigChanged);
		Ok(())
	}

	/// The pool's rules for `write_pulse`: only from this node's offchain worker (or inside a
	/// block), signed correctly if signed at all, not from a future block, every pulse above
	/// [`LastStoredRound`] in increasing rounds, and every pulse verified. Transactions that
	/// start at the same round replace each other, the one with more pulses winning.
	pub(crate) fn validate_write_pulse(
		source: TransactionSource,
		payload: &PulsesPayload<T::Public, BlockNumberFor<T>>,
		signature: Option<&T::Signature>,
	) -> TransactionValidity {
		if source == TransactionSource::External {
			return InvalidTransaction::Call.into();
		}
		let count = u32::try_from(payload.pulses.len()).unwrap_or(u32::MAX);
		let Some(first) = payload.pulses.first().filter(|_| count <= MAX_PULSES_PER_WRITE) else {
			return InvalidTransaction::Call.into();
		};
		if let Some(signature) = signature {
			let signer = payload.public.clone().into_account();
			if !signature.verify(payload.encode().as_slice(), &signer) {
				return InvalidTransaction::BadProof.into();
			}
		}
		if payload.block_number > frame_system::Pallet::<T>::block_number() {
			return InvalidTransaction::Future.into();
		}
		let mut last = LastStoredRound::<T>::get();
		let config = BeaconConfig::<T>::get();
		for pulse in &payload.pulses {
			if pulse.round <= last {
				return InvalidTransaction::Stale.into();
			}
			Self::verify(&config, pulse).map_err(|_| InvalidTransaction::BadProof)?;
			last = pulse.round;
		}
		ValidTransaction::with_tag_prefix("DrandOffchainWorker")
			.priority(T::UnsignedPriority::get().saturating_add(u64::from(count)))
			.and_provides(("drand", first.round))
			.longevity(5)
			.propagate(false)
			.build()
	}

	/// Checks `pulse` against `config`'s public key.
	fn verify(config: &BeaconConfiguration, pulse: &Pulse) -> Result<(), Error<T>> {
		crypto::verify_pulse(&config.public_key, pulse.round, &pulse.signature, &pulse.randomness)
			.map_err(|e| match e {
				PulseError::BadSignature => Error::<T>::UnverifiedPulse,
				PulseError::MalformedPublicKey => Error::<T>::InvalidPublicKey,
				PulseError::MalformedSignature | PulseError::WrongRandomness => {
					Error::<T>::PulseVerificationError
				},
			})
	}

	/// Removes pulses more than [`MAX_KEPT_PULSES`] rounds older than `last`, oldest first, at
	/// most [`MAX_PRUNED_PER_WRITE`].
	fn prune(last: RoundNumber) {
		let mut oldest = OldestStoredRound::<T>::get();
		if oldest == 0 {
			return;
		}
		let keep_from = last.saturating_sub(MAX_KEPT_PULSES).saturating_add(1);
		let mut pruned: u64 = 0;
		while oldest < keep_from && pruned < MAX_PRUNED_PER_WRITE {
			Pulses::<T>::remove(oldest);
			oldest = oldest.saturating_add(1);
			pruned = pruned.saturating_add(1);
		}
		OldestStoredRound::<T>::put(oldest);
	}
}

impl<T: Config> subtensor_common::TimelockOpener for Pallet<T> {
	fn open(ciphertext: &[u8], round: u64) -> Result<Vec<u8>, TimelockOpenError> {
		Self::decrypt(ciphertext, round).map_err(|error| match error {
			TimelockError::PulseMissing => TimelockOpenError::PulseMissing,
			TimelockError::Undecryptable(_) => TimelockOpenError::Undecryptable,
		})
	}

	fn latest_round() -> u64 {
		LastStoredRound::<T>::get()
	}

	/// Stores the pulse of the round after [`LastStoredRound`] by a test beacon (decryption
	/// needs only the pulse, not the configured beacon) and seals `plaintext` to it.
	#[cfg(feature = "runtime-benchmarks")]
	fn seal_for_benchmark(plaintext: &[u8]) -> (Vec<u8>, u64) {
		const SECRET: u64 = 11;
		let round = LastStoredRound::<T>::get().saturating_add(1);
		Pulses::<T>::insert(round, crypto::test_beacon::stored_pulse(SECRET, round));
		LastStoredRound::<T>::put(round);
		(crypto::test_beacon::seal(SECRET, round, plaintext, round), round)
	}
}
