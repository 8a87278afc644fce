//! The key pipeline, the inherent, carriers, the stored queue and root's settings.

use super::{block, events, key};
use crate::{mock::*, *};
use codec::Encode;
use frame_support::inherent::ProvideInherent;
use frame_support::{assert_noop, assert_ok, traits::Hooks, BoundedVec};
use sp_inherents::InherentData;
use sp_runtime::{ArithmeticError, DispatchError};

#[test]
fn a_single_authors_key_reaches_next_key_after_one_block_and_stays() {
	new_test_ext().execute_with(|| {
		let k = key(1);
		block(1, (1, 1), Some(k.clone()));
		assert_eq!(AuthorKeys::<Test>::get(1), Some(k.clone()));
		assert_eq!(NextKey::<Test>::get(), None, "read before the announcement");
		block(2, (1, 1), Some(k.clone()));
		assert_eq!(NextKey::<Test>::get(), Some(k.clone()));
		assert_eq!(NextKeyExpiresAt::<Test>::get(), Some(5));
		assert_eq!(PendingKey::<Test>::get(), None);
		block(3, (1, 1), Some(k.clone()));
		assert_eq!(PendingKey::<Test>::get(), Some(k.clone()));
		assert_eq!(PendingKeyExpiresAt::<Test>::get(), Some(5));
		block(4, (1, 1), Some(k.clone()));
		assert_eq!(
			(CurrentKey::<Test>::get(), PendingKey::<Test>::get(), NextKey::<Test>::get()),
			(Some(k.clone()), Some(k.clone()), Some(k))
		);
	});
}

#[test]
fn with_three_authors_next_key_is_the_author_two_slots_ahead() {
	new_test_ext().execute_with(|| {
		let keys: Vec<ShieldEncKey> = (0..3).map(key).collect();
		// Round robin: the author of block n is n % 3; each announces its own key.
		let authors = |n: u64| (n % 3, (n + 2) % 3);
		for n in 1..=3 {
			block(n, authors(n), Some(keys[(n % 3) as usize].clone()));
		}
		for n in 4..=9 {
			let next_key_before = NextKey::<Test>::get();
			block(n, authors(n), Some(keys[(n % 3) as usize].clone()));
			assert_eq!(NextKey::<Test>::get(), Some(keys[((n + 2) % 3) as usize].clone()));
			// What clients sealed to in block n - 1 is what block n + 1's author opens with.
			assert_eq!(PendingKey::<Test>::get(), next_key_before);
			assert_eq!(PendingKey::<Test>::get(), Some(keys[((n + 1) % 3) as usize].clone()));
		}
	});
}

#[test]
fn a_malformed_key_or_unknown_authors_change_nothing() {
	new_test_ext().execute_with(|| {
		block(1, (1, 1), Some(key(1)));
		block(2, (1, 1), Some(key(1)));
		let short = BoundedVec::truncate_from(vec![0u8; 1183]);
		assert_noop!(
			MevShield::announce_next_key(RuntimeOrigin::none(), Some(short)),
			Error::<Test>::BadEncKeyLen
		);
		AUTHORS.with(|a| *a.borrow_mut() = None);
		assert_noop!(
			MevShield::announce_next_key(RuntimeOrigin::none(), Some(key(1))),
			Error::<Test>::Unreachable
		);
		assert_noop!(
			MevShield::announce_next_key(RuntimeOrigin::signed(1), Some(key(1))),
			DispatchError::BadOrigin
		);
		// An author without a key forgets its old one.
		block(3, (1, 1), None);
		assert_eq!(AuthorKeys::<Test>::get(1), None);
		block(4, (1, 1), None);
		assert_eq!(NextKey::<Test>::get(), None);
		assert_eq!(NextKeyExpiresAt::<Test>::get(), None);
	});
}

#[test]
fn the_inherent_carries_the_authors_key() {
	new_test_ext().execute_with(|| {
		let mut data = InherentData::new();
		assert_eq!(MevShield::create_inherent(&data), None);
		data.put_data(INHERENT_IDENTIFIER, &Some(key(4))).unwrap();
		let call = MevShield::create_inherent(&data).expect("an inherent");
		assert_eq!(call, Call::announce_next_key { enc_key: Some(key(4)) });
		assert!(MevShield::is_inherent(&call));
		let mut none = InherentData::new();
		none.put_data(INHERENT_IDENTIFIER, &None::<ShieldEncKey>).unwrap();
		assert_eq!(
			MevShield::create_inherent(&none),
			Some(Call::announce_next_key { enc_key: None })
		);
		let other = Call::submit_encrypted { ciphertext: BoundedVec::truncate_from(vec![1]) };
		assert!(!MevShield::is_inherent(&other));
	});
}

#[test]
fn a_carrier_is_recorded_by_its_id() {
	new_test_ext().execute_with(|| {
		let ciphertext: EncryptedCall = BoundedVec::truncate_from(vec![9u8; 1246]);
		assert_ok!(MevShield::submit_encrypted(RuntimeOrigin::signed(2), ciphertext.clone()));
		let id = sp_core::H256(sp_crypto_hashing::blake2_256(&(2u64, &ciphertext).encode()));
		assert_eq!(events(), vec![Event::EncryptedSubmitted { id, who: 2 }]);
		assert_noop!(
			MevShield::submit_encrypted(RuntimeOrigin::none(), ciphertext),
			DispatchError::BadOrigin
		);
	});
}

/// Stores `envelope` signed by `who`; returns its index.
fn store(who: u64, envelope: Vec<u8>) -> u32 {
	let index = NextPendingExtrinsicIndex::<Test>::get();
	assert_ok!(MevShield::store_encrypted(
		RuntimeOrigin::signed(who),
		BoundedVec::truncate_from(envelope)
	));
	index
}

/// A stored envelope the mock decryptor opens into `call`.
fn openable(call: RuntimeCall) -> Vec<u8> {
	let mut envelope = b"open".to_vec();
	envelope.extend(call.encode());
	envelope
}

fn transfer(to: u64, amount: u64) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death { dest: to, value: amount })
}

#[test]
fn stored_calls_are_dispatched_dropped_or_expire_at_the_next_block() {
	new_test_ext().execute_with(|| {
		let paid = store(1, openable(transfer(3, 100)));
		let overdrawn = store(2, openable(transfer(3, 5_000)));
		let garbage = store(2, b"not an envelope".to_vec());
		assert_eq!(PendingExtrinsics::<Test>::count(), 3);
		System::reset_events();
		MevShield::on_initialize(2);
		assert_eq!(Balances::free_balance(3), 1_100);
		let failed = events().into_iter().find_map(|e| match e {
			Event::ExtrinsicDispatchFailed { index, error } => Some((index, error)),
			_ => None,
		});
		let (index, error) = failed.expect("the overdrawn transfer failed");
		assert_eq!(index, overdrawn);
		assert_eq!(
			error,
			DispatchError::Arithmetic(ArithmeticError::Underflow),
			"more than it has"
		);
		assert!(events().contains(&Event::ExtrinsicDispatched { index: paid }));
		assert!(events().contains(&Event::ExtrinsicDecodeFailed { index: garbage }));
		assert_eq!(PendingExtrinsics::<Test>::count(), 0);

		// One that waited longer than the lifetime (10 blocks) expires unopened.
		let late = store(1, openable(transfer(3, 1)));
		System::reset_events();
		MevShield::on_initialize(12);
		assert_eq!(events(), vec![Event::ExtrinsicExpired { index: late }]);
		assert_eq!(Balances::free_balance(3), 1_100);
	});
}

#[test]
fn the_queue_keeps_to_its_limits() {
	new_test_ext().execute_with(|| {
		assert_ok!(MevShield::set_max_pending_extrinsics_number(RuntimeOrigin::root(), 2));
		store(1, vec![1]);
		store(1, vec![2]);
		assert_noop!(
			MevShield::store_encrypted(
				RuntimeOrigin::signed(1),
				BoundedVec::truncate_from(vec![3])
			),
			Error::<Test>::TooManyPendingExtrinsics
		);
		MevShield::on_initialize(2);
		assert_eq!(PendingExtrinsics::<Test>::count(), 0);

		// A call above the per-item cap is dropped; one above the block's budget waits.
		assert_ok!(MevShield::set_max_extrinsic_weight(RuntimeOrigin::root(), 1));
		let heavy = store(1, openable(transfer(3, 10)));
		System::reset_events();
		MevShield::on_initialize(3);
		assert_eq!(events(), vec![Event::ExtrinsicWeightExceeded { index: heavy }]);
		assert_ok!(MevShield::set_max_extrinsic_weight(RuntimeOrigin::root(), ABSOLUTE_MAX_WEIGHT));
		assert_ok!(MevShield::set_on_initialize_weight(RuntimeOrigin::root(), 1));
		let waiting = store(1, openable(transfer(3, 10)));
		System::reset_events();
		MevShield::on_initialize(4);
		assert_eq!(events(), vec![Event::ExtrinsicPostponed { index: waiting }]);
		assert_eq!(PendingExtrinsics::<Test>::count(), 1);
		assert_ok!(MevShield::set_on_initialize_weight(RuntimeOrigin::root(), ABSOLUTE_MAX_WEIGHT));
		System::reset_events();
		MevShield::on_initialize(5);
		assert_eq!(events(), vec![Event::ExtrinsicDispatched { index: waiting }]);
		assert_eq!(Balances::free_balance(3), 1_010);
	});
}

#[test]
fn only_root_tunes_the_queue_within_the_absolute_cap() {
	new_test_ext().execute_with(|| {
		assert_ok!(MevShield::set_stored_extrinsic_lifetime(RuntimeOrigin::root(), 20));
		assert_eq!(ExtrinsicLifetime::<Test>::get(), 20);
		assert_ok!(MevShield::set_on_initialize_weight(RuntimeOrigin::root(), 7));
		assert_ok!(MevShield::set_max_extrinsic_weight(RuntimeOrigin::root(), 8));
		assert_eq!(
			events(),
			vec![
				Event::ExtrinsicLifetimeSet { value: 20 },
				Event::OnInitializeWeightSet { value: 7 },
				Event::MaxExtrinsicWeightSet { value: 8 },
			]
		);
		for too_much in [
			MevShield::set_on_initialize_weight(RuntimeOrigin::root(), ABSOLUTE_MAX_WEIGHT + 1),
			MevShield::set_max_extrinsic_weight(RuntimeOrigin::root(), ABSOLUTE_MAX_WEIGHT + 1),
		] {
			assert_eq!(too_much, Err(Error::<Test>::WeightExceedsAbsoluteMax.into()));
		}
		assert_noop!(
			MevShield::set_max_pending_extrinsics_number(RuntimeOrigin::signed(1), 5),
			DispatchError::BadOrigin
		);
		assert_eq!(OnInitializeWeight::<Test>::get(), 7);
	});
}
