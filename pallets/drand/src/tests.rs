//! Tests against recorded pulses of drand's quicknet (public data: each round's signature as
//! drand's relays serve it) and ciphertexts the Bittensor SDK's own library encrypted to those
//! rounds (`bittensor_core.encrypt_at_round`).

// The pool's rules are `ValidateUnsigned` (see the pallet), which the tests call directly.
#![allow(deprecated)]

use crate::{
	crypto::{self, test_beacon, DecryptError, PulseError},
	mock::*,
	testing::{bytes, quicknet_pulse, HELLO_TO_ROUND_1000, QUICKNET},
	types::{BeaconConfigurationPayload, OpaquePublicKey},
	*,
};
use codec::Decode;
use frame_support::{
	assert_noop, assert_ok,
	pallet_prelude::{InvalidTransaction, TransactionSource, TransactionValidityError},
	unsigned::ValidateUnsigned,
	BoundedVec,
};
use sp_core::{
	offchain::{testing, OffchainDbExt, OffchainWorkerExt, TransactionPoolExt},
	sr25519, Pair,
};
use sp_runtime::{offchain::storage::StorageValueRef, traits::ExtrinsicLike, DispatchError};

fn payload(pulses: Vec<Pulse>) -> PulsesPayload<sr25519::Public, u64> {
	PulsesPayload { block_number: 1, pulses, public: sr25519::Public::from_raw([0; 32]) }
}

fn write(pulses: Vec<Pulse>) -> frame_support::dispatch::DispatchResult {
	Drand::write_pulse(RuntimeOrigin::none(), payload(pulses), None)
}

fn quicknet_key() -> Vec<u8> {
	types::quicknet().public_key.into_inner()
}

#[test]
fn every_recorded_quicknet_pulse_verifies_under_quicknets_key() {
	for (round, signature, randomness) in QUICKNET {
		assert_eq!(crypto::randomness_of(&bytes(signature)).to_vec(), bytes(randomness));
		assert_eq!(
			crypto::verify_pulse(&quicknet_key(), round, &bytes(signature), &bytes(randomness)),
			Ok(()),
			"round {round}"
		);
	}
}

#[test]
fn a_pulse_verifies_for_its_own_round_only() {
	let (round, signature, randomness) = QUICKNET[1];
	let check = |round, signature: &[u8], randomness: &[u8]| {
		crypto::verify_pulse(&quicknet_key(), round, signature, randomness)
	};
	assert_eq!(
		check(round + 1, &bytes(signature), &bytes(randomness)),
		Err(PulseError::BadSignature)
	);
	// Another round's valid signature, with its own randomness, claimed for this round.
	let (_, other, other_randomness) = QUICKNET[0];
	assert_eq!(
		check(round, &bytes(other), &bytes(other_randomness)),
		Err(PulseError::BadSignature)
	);
	assert_eq!(check(round, &bytes(signature), &[0; 32]), Err(PulseError::WrongRandomness));
	let short = &bytes(signature)[..47];
	assert_eq!(
		check(round, short, &crypto::randomness_of(short)),
		Err(PulseError::MalformedSignature)
	);
	let not_a_point = [0xff; 48];
	assert_eq!(
		check(round, &not_a_point, &crypto::randomness_of(&not_a_point)),
		Err(PulseError::MalformedSignature)
	);
	assert_eq!(
		crypto::verify_pulse(&[0; 96], round, &bytes(signature), &bytes(randomness)),
		Err(PulseError::MalformedPublicKey)
	);
}

#[test]
fn what_the_sdk_encrypted_to_a_round_opens_with_that_rounds_pulse_only() {
	let ciphertext = bytes(HELLO_TO_ROUND_1000);
	let signature =
		|round| bytes(QUICKNET.iter().find(|(r, _, _)| *r == round).expect("recorded").1);
	assert_eq!(crypto::decrypt(&ciphertext, &signature(1000)), Ok(b"hello drand".to_vec()));
	assert_eq!(crypto::decrypt(&ciphertext, &signature(123)), Err(DecryptError::DecryptionFailed));
	assert_eq!(crypto::decrypt(&ciphertext, &[1; 48]), Err(DecryptError::MalformedSignature));
}

#[test]
fn what_is_sealed_to_a_round_of_the_test_beacon_opens_with_that_rounds_pulse_only() {
	let ciphertext = test_beacon::seal(7, 42, b"weights", 1);
	assert_eq!(crypto::decrypt(&ciphertext, &test_beacon::pulse(7, 42).0), Ok(b"weights".to_vec()));
	assert_eq!(
		crypto::decrypt(&ciphertext, &test_beacon::pulse(7, 43).0),
		Err(DecryptError::DecryptionFailed)
	);
}

#[test]
fn malformed_ciphertexts_are_refused_before_anything_is_allocated_for_them() {
	let ciphertext = bytes(HELLO_TO_ROUND_1000);
	let signature = quicknet_pulse(1000).signature.into_inner();
	let refused = |ciphertext: &[u8]| {
		assert_eq!(crypto::decrypt(ciphertext, &signature), Err(DecryptError::MalformedCiphertext))
	};
	refused(&[]);
	refused(&ciphertext[..100]);
	refused(&ciphertext[..ciphertext.len() - 30]);
	// The AES body's length claims 2^60 bytes.
	let mut huge = ciphertext.clone();
	huge[176..184].copy_from_slice(&(1u64 << 60).to_le_bytes());
	refused(&huge);
	// V claims 33 bytes (the decryption would slice out of bounds with it).
	let mut long_v = ciphertext.clone();
	long_v[96] = 33;
	refused(&long_v);
	// Another cipher suite.
	let mut suite = ciphertext.clone();
	let at = suite.len() - 8;
	suite[at..].copy_from_slice(b"CHACHA20");
	refused(&suite);
	// Flipping a byte of the AES ciphertext is caught by its tag.
	let mut flipped = ciphertext.clone();
	flipped[200] ^= 1;
	assert_eq!(crypto::decrypt(&flipped, &signature), Err(DecryptError::DecryptionFailed));
}

#[test]
fn recorded_pulses_are_stored_in_order_with_an_event() {
	new_test_ext().execute_with(|| {
		assert_ok!(write(vec![quicknet_pulse(32_285_085), quicknet_pulse(32_285_086)]));
		assert_eq!(LastStoredRound::<Test>::get(), 32_285_086);
		assert_eq!(OldestStoredRound::<Test>::get(), 32_285_085);
		assert_eq!(Pulses::<Test>::get(32_285_085), Some(quicknet_pulse(32_285_085)));
		System::assert_last_event(
			Event::<Test>::NewPulse { rounds: vec![32_285_085, 32_285_086] }.into(),
		);
	});
}

#[test]
fn a_pulse_that_does_not_verify_or_does_not_advance_is_refused_and_nothing_is_stored() {
	new_test_ext().execute_with(|| {
		assert_ok!(write(vec![quicknet_pulse(32_281_667)]));
		// A pulse signed by another key.
		assert_noop!(
			write(vec![test_beacon::stored_pulse(7, 32_285_085)]),
			Error::<Test>::UnverifiedPulse
		);
		// Garbage where the signature goes.
		let mut garbage = quicknet_pulse(32_285_085);
		garbage.signature = BoundedVec::truncate_from(vec![0xab; 48]);
		garbage.randomness =
			BoundedVec::truncate_from(crypto::randomness_of(&garbage.signature).to_vec());
		assert_noop!(write(vec![garbage]), Error::<Test>::PulseVerificationError);
		// A valid pulse of an older round, and one behind a valid newer one.
		assert_noop!(write(vec![quicknet_pulse(1000)]), Error::<Test>::InvalidRoundNumber);
		assert_noop!(
			write(vec![quicknet_pulse(32_285_086), quicknet_pulse(32_285_085)]),
			Error::<Test>::InvalidRoundNumber
		);
		assert_noop!(write(vec![]), Error::<Test>::TooManyPulses);
		let many = (1..=u64::from(MAX_PULSES_PER_WRITE) + 1)
			.map(|r| test_beacon::stored_pulse(7, r))
			.collect();
		assert_noop!(write(many), Error::<Test>::TooManyPulses);
		assert_noop!(
			Drand::write_pulse(
				RuntimeOrigin::signed(sr25519::Public::from_raw([1; 32])),
				payload(vec![quicknet_pulse(32_285_085)]),
				None
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_pool_admits_pulses_from_this_nodes_worker_only_and_verifies_them() {
	new_test_ext().execute_with(|| {
		let call = |pulses, signature| Call::<Test>::write_pulse {
			pulses_payload: payload(pulses),
			signature,
		};
		let valid = Drand::validate_unsigned(
			TransactionSource::Local,
			&call(vec![quicknet_pulse(32_285_085), quicknet_pulse(32_285_086)], None),
		)
		.expect("valid");
		let tag = ("DrandOffchainWorker", ("drand", 32_285_085u64));
		assert_eq!(valid.provides, vec![codec::Encode::encode(&tag)]);
		assert!(!valid.propagate);

		let refused = |source, call| Drand::validate_unsigned(source, &call).map(|_| ());
		let invalid = |reason| Err(TransactionValidityError::Invalid(reason));
		assert_eq!(
			refused(TransactionSource::External, call(vec![quicknet_pulse(1000)], None)),
			invalid(InvalidTransaction::Call)
		);
		assert_eq!(
			refused(TransactionSource::Local, call(vec![test_beacon::stored_pulse(7, 1000)], None)),
			invalid(InvalidTransaction::BadProof)
		);
		assert_eq!(
			refused(TransactionSource::Local, call(vec![], None)),
			invalid(InvalidTransaction::Call)
		);
		// A submitter's signature must be over the payload by the payload's key.
		let submitter = sr25519::Pair::from_seed(&[3; 32]);
		let mut signed = payload(vec![quicknet_pulse(1000)]);
		signed.public = submitter.public();
		let good = submitter.sign(&codec::Encode::encode(&signed));
		let wrong = submitter.sign(b"something else");
		let signed_call = |signature| Call::<Test>::write_pulse {
			pulses_payload: signed.clone(),
			signature: Some(signature),
		};
		assert_eq!(refused(TransactionSource::Local, signed_call(good)), Ok(()));
		assert_eq!(
			refused(TransactionSource::Local, signed_call(wrong)),
			invalid(InvalidTransaction::BadProof)
		);

		assert_ok!(write(vec![quicknet_pulse(1000)]));
		assert_eq!(
			refused(TransactionSource::Local, call(vec![quicknet_pulse(123)], None)),
			invalid(InvalidTransaction::Stale)
		);
	});
}

#[test]
fn pulses_older_than_a_week_of_rounds_are_pruned() {
	new_test_ext().execute_with(|| {
		let config = BeaconConfigurationPayload {
			block_number: 1,
			config: BeaconConfiguration {
				public_key: OpaquePublicKey::truncate_from(test_beacon::public_key(7)),
				..types::quicknet()
			},
			public: sr25519::Public::from_raw([0; 32]),
		};
		assert_ok!(Drand::set_beacon_config(RuntimeOrigin::root(), config, None));
		assert_ok!(write((1..=3).map(|r| test_beacon::stored_pulse(7, r)).collect()));
		assert_ok!(write(vec![test_beacon::stored_pulse(7, MAX_KEPT_PULSES + 2)]));
		// Rounds 1 and 2 are more than MAX_KEPT_PULSES rounds behind; round 3 is not.
		assert!(!Pulses::<Test>::contains_key(1));
		assert!(!Pulses::<Test>::contains_key(2));
		assert!(Pulses::<Test>::contains_key(3));
		assert_eq!(OldestStoredRound::<Test>::get(), 3);
	});
}

#[test]
fn only_root_changes_the_beacon_and_only_to_a_valid_key() {
	new_test_ext().execute_with(|| {
		let payload = |public_key: Vec<u8>| BeaconConfigurationPayload {
			block_number: 1,
			config: BeaconConfiguration {
				public_key: OpaquePublicKey::truncate_from(public_key),
				..types::quicknet()
			},
			public: sr25519::Public::from_raw([0; 32]),
		};
		let signed = RuntimeOrigin::signed(sr25519::Public::from_raw([1; 32]));
		assert_noop!(
			Drand::set_beacon_config(signed.clone(), payload(test_beacon::public_key(7)), None),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Drand::set_beacon_config(RuntimeOrigin::root(), payload(vec![1; 96]), None),
			Error::<Test>::InvalidPublicKey
		);
		assert_ok!(Drand::set_beacon_config(
			RuntimeOrigin::root(),
			payload(test_beacon::public_key(7)),
			None
		));
		System::assert_last_event(Event::<Test>::BeaconConfigChanged.into());
		assert_ok!(write(vec![test_beacon::stored_pulse(7, 5)]));

		assert_noop!(Drand::set_oldest_stored_round(signed, 9), DispatchError::BadOrigin);
		assert_ok!(Drand::set_oldest_stored_round(RuntimeOrigin::root(), 9));
		assert_eq!(OldestStoredRound::<Test>::get(), 9);
		System::assert_last_event(Event::<Test>::SetOldestStoredRound(9).into());
	});
}

#[test]
fn a_ciphertext_opens_once_its_rounds_pulse_is_stored() {
	new_test_ext().execute_with(|| {
		let ciphertext = bytes(HELLO_TO_ROUND_1000);
		assert_eq!(Drand::decrypt(&ciphertext, 1000), Err(TimelockError::PulseMissing));
		assert_ok!(write(vec![quicknet_pulse(1000)]));
		assert_eq!(Drand::decrypt(&ciphertext, 1000), Ok(b"hello drand".to_vec()));
	});
}

/// Runs the offchain worker of block 2 against relays that answer `responses` (url, body).
fn run_worker(relays: Option<Vec<Vec<u8>>>, responses: &[(&str, String)]) -> Vec<Vec<u8>> {
	let (offchain, state) = testing::TestOffchainExt::new();
	let (pool, pool_state) = testing::TestTransactionPoolExt::new();
	let mut ext = new_test_ext();
	ext.register_extension(OffchainDbExt::new(offchain.clone()));
	ext.register_extension(OffchainWorkerExt::new(offchain));
	ext.register_extension(TransactionPoolExt::new(pool));
	for (uri, body) in responses {
		state.write().expect_request(testing::PendingRequest {
			method: "GET".into(),
			uri: (*uri).into(),
			response: Some(body.clone().into_bytes()),
			sent: true,
			..Default::default()
		});
	}
	ext.execute_with(|| {
		if let Some(relays) = relays {
			StorageValueRef::persistent(RELAYS_STORAGE_KEY).set(&relays);
		}
		LastStoredRound::<Test>::put(32_285_084);
		Drand::submit_new_pulses(2);
	});
	let submitted = pool_state.read().transactions.clone();
	submitted
}

fn relay_json(round: u64) -> String {
	let pulse = quicknet_pulse(round);
	format!(
		r#"{{"round":{round},"randomness":"{}","signature":"{}"}}"#,
		hex::encode(&pulse.randomness),
		hex::encode(&pulse.signature)
	)
}

#[test]
fn the_worker_fetches_the_missing_rounds_from_a_relay_and_submits_them() {
	let chain =
		"http://relay.test/52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971";
	let submitted = run_worker(
		Some(vec![b"http://relay.test/".to_vec()]),
		&[
			(&format!("{chain}/public/latest"), relay_json(32_285_086)),
			(&format!("{chain}/public/32285085"), relay_json(32_285_085)),
		],
	);
	assert_eq!(submitted.len(), 1);
	let extrinsic = Extrinsic::decode(&mut &submitted[0][..]).expect("an extrinsic");
	assert!(extrinsic.is_bare());
	let RuntimeCall::Drand(Call::write_pulse { pulses_payload, signature: None }) =
		extrinsic.function
	else {
		panic!("not write_pulse: {:?}", extrinsic.function);
	};
	assert_eq!(pulses_payload.pulses, vec![quicknet_pulse(32_285_085), quicknet_pulse(32_285_086)]);
}

#[test]
fn without_relays_the_worker_stays_quiet() {
	assert!(run_worker(None, &[]).is_empty());
	assert!(run_worker(Some(vec![]), &[]).is_empty());
}
