//! Carriers: the mortality and well-formedness rules, opening envelopes, the failure report.

use super::{events, key_pair};
use crate::{mock::*, *};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{DispatchInfo, GetDispatchInfo},
	BoundedVec,
};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};
use sp_core::H256;
use sp_runtime::{
	generic::Era,
	traits::DispatchTransaction,
	transaction_validity::{
		InvalidTransaction, TransactionSource, TransactionValidityError, UnknownTransaction,
	},
	DispatchError,
};
use subtensor_shield_envelope::{key_hash, seal};

/// A carrier of `envelope`.
fn carrier(envelope: Vec<u8>) -> RuntimeCall {
	RuntimeCall::MevShield(Call::submit_encrypted {
		ciphertext: BoundedVec::truncate_from(envelope),
	})
}

/// A transfer of 5 units to account 2 (not a carrier).
fn transfer() -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive { dest: 2, value: 5 })
}

/// A well-formed envelope around `inner`, sealed to the key pair of `seed`.
fn envelope(seed: u64, inner: &[u8]) -> Vec<u8> {
	seal(&key_pair(seed).public, inner, &mut ChaCha20Rng::seed_from_u64(99)).unwrap()
}

/// What `extension` says of `call` signed by account 1, at block 20.
fn validate<E>(extension: E, call: &RuntimeCall) -> Result<(), TransactionValidityError>
where
	E: DispatchTransaction<RuntimeCall, Origin = RuntimeOrigin, Info = DispatchInfo>,
{
	System::set_block_number(20);
	frame_system::BlockHash::<Test>::insert(16, H256::repeat_byte(1));
	frame_system::BlockHash::<Test>::insert(19, H256::repeat_byte(3));
	frame_system::BlockHash::<Test>::insert(0, H256::repeat_byte(2));
	let info: DispatchInfo = call.get_dispatch_info();
	extension
		.validate_only(Some(1).into(), call, &info, 100, TransactionSource::External, 0)
		.map(|_| ())
}

#[test]
fn carriers_must_be_mortal_with_a_period_of_at_most_eight_blocks() {
	new_test_ext().execute_with(|| {
		let carrier = carrier(envelope(1, b"inner"));
		let stale = Err(InvalidTransaction::Stale.into());
		let check = |era| CheckMortality::<Test>::from(era);
		assert_eq!(validate(check(Era::Immortal), &carrier), stale);
		assert_eq!(validate(check(Era::mortal(16, 16)), &carrier), stale);
		assert_ok!(validate(check(Era::mortal(8, 16)), &carrier));
		assert_ok!(validate(check(Era::mortal(4, 19)), &carrier));
		// Other calls keep the standard rule.
		assert_ok!(validate(check(Era::Immortal), &transfer()));
		assert_ok!(validate(check(Era::mortal(64, 16)), &transfer()));
		// And the standard checks still apply to carriers: an unknown birth block.
		assert_eq!(
			validate(check(Era::mortal(8, 18)), &carrier),
			Err(InvalidTransaction::AncientBirthBlock.into())
		);
	});
}

#[test]
fn a_carrier_whose_ciphertext_is_no_envelope_is_refused() {
	new_test_ext().execute_with(|| {
		let check = CheckShieldedTxValidity::<Test>::new;
		let sealed = envelope(1, b"inner");
		assert_ok!(validate(check(), &carrier(sealed.clone())));
		assert_ok!(validate(check(), &transfer()));
		for cut in [0, 10, 17, 100, 1_106] {
			assert_eq!(
				validate(check(), &carrier(sealed[..cut].to_vec())),
				Err(InvalidTransaction::Custom(23).into()),
				"an envelope cut at {cut} bytes"
			);
		}
		// The extension names itself and carries nothing.
		assert_eq!(check().encode(), Vec::<u8>::new());
	});
}

#[test]
fn the_author_finds_the_envelope_and_opens_the_inner_extrinsic() {
	new_test_ext().execute_with(|| {
		let pair = key_pair(1);
		let inner = frame_system::mocking::MockUncheckedExtrinsic::<Test>::new_bare(transfer());
		let sealed = envelope(1, &inner.encode());
		let found = MevShield::carrier_envelope(&carrier(sealed.clone())).unwrap();
		assert_eq!(found.key_hash, key_hash(&pair.public));
		assert_eq!(MevShield::carrier_envelope(&transfer()), None);
		assert_eq!(MevShield::carrier_envelope(&carrier(sealed[..50].to_vec())), None);

		let opened = MevShield::open_inner::<frame_system::mocking::MockUncheckedExtrinsic<Test>>(
			&pair.secret,
			&found,
		);
		assert_eq!(opened.unwrap().encode(), inner.encode());

		let wrong_key = MevShield::open_inner::<frame_system::mocking::MockUncheckedExtrinsic<Test>>(
			&key_pair(2).secret,
			&found,
		);
		assert_eq!(wrong_key.unwrap_err(), UnshieldFailure::Unopenable);
		let mut tampered = found.clone();
		tampered.aead_ct[0] ^= 1;
		let tampered = MevShield::open_inner::<frame_system::mocking::MockUncheckedExtrinsic<Test>>(
			&pair.secret,
			&tampered,
		);
		assert_eq!(tampered.unwrap_err(), UnshieldFailure::Unopenable);

		let not_an_extrinsic = ShieldedTransaction::parse(&envelope(1, b"\xff\xffhello")).unwrap();
		let garbage = MevShield::open_inner::<frame_system::mocking::MockUncheckedExtrinsic<Test>>(
			&pair.secret,
			&not_an_extrinsic,
		);
		assert_eq!(garbage.unwrap_err(), UnshieldFailure::Unopenable);
	});
}

#[test]
fn the_pending_key_is_recognised_by_its_hash() {
	new_test_ext().execute_with(|| {
		let pair = key_pair(1);
		assert!(!MevShield::is_pending_key(&key_hash(&pair.public)));
		PendingKey::<Test>::put(BoundedVec::truncate_from(pair.public.clone()));
		assert!(MevShield::is_pending_key(&key_hash(&pair.public)));
		assert!(!MevShield::is_pending_key(&key_hash(&key_pair(2).public)));
	});
}

#[test]
fn a_failure_report_records_the_carrier_and_the_reason_and_needs_no_signature() {
	new_test_ext().execute_with(|| {
		let id = carrier_id(&1u64, b"ciphertext");
		let refusal = TransactionValidityError::from(InvalidTransaction::Payment);
		let reason = UnshieldFailure::InnerRefused(refusal.into());
		assert_noop!(
			MevShield::report_unshield_failure(RuntimeOrigin::signed(1), id, reason),
			DispatchError::BadOrigin
		);
		assert_ok!(MevShield::report_unshield_failure(RuntimeOrigin::none(), id, reason));
		assert_eq!(events(), vec![Event::UnshieldFailed { id, reason }]);
	});
}

#[test]
fn refusals_keep_the_validity_errors_name() {
	let cases = [
		(InvalidTransaction::Payment.into(), InnerRefusal::Payment),
		(InvalidTransaction::Future.into(), InnerRefusal::Future),
		(InvalidTransaction::Stale.into(), InnerRefusal::Stale),
		(InvalidTransaction::BadProof.into(), InnerRefusal::BadProof),
		(InvalidTransaction::AncientBirthBlock.into(), InnerRefusal::AncientBirthBlock),
		(InvalidTransaction::ExhaustsResources.into(), InnerRefusal::ExhaustsResources),
		(InvalidTransaction::Call.into(), InnerRefusal::Call),
		(InvalidTransaction::Custom(7).into(), InnerRefusal::Custom(7)),
		(InvalidTransaction::BadSigner.into(), InnerRefusal::Other),
		(UnknownTransaction::CannotLookup.into(), InnerRefusal::Other),
	];
	for (error, refusal) in cases {
		let error: TransactionValidityError = error;
		assert_eq!(InnerRefusal::from(error), refusal);
	}
}
