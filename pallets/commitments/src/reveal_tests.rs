//! Timelocked fields: published, opened with drand quicknet's recorded pulses once stored (the
//! SDK library's own ciphertext among them), dropped when they cannot open, bounded per block,
//! and cleaned up with their neuron or subnet.

use crate::mock::*;
use crate::types::{raw_field, CommitmentInfo, Data, TimelockBytes, MAX_TIMELOCK_COMMITMENT_BYTES};
use crate::*;
use codec::{Decode, Encode};
use frame_support::assert_ok;
use pallet_drand::{crypto::test_beacon, testing};
use subtensor_common::{NetUid, SubnetCommitments};

const NETUID: NetUid = NetUid::new(1);
const HOTKEY: u64 = 7;
/// The recorded quicknet round the SDK's ciphertext is for.
const ROUND: u64 = 1_000;

/// A timelocked field of `encrypted` for `reveal_round`.
fn timelocked(encrypted: Vec<u8>, reveal_round: u64) -> Data {
	Data::TimelockEncrypted { encrypted: TimelockBytes::truncate_from(encrypted), reveal_round }
}

/// `bittensor_core.encrypt_at_round(b"hello drand", 1000)` as the SDK made it.
fn sdk_field() -> Data {
	timelocked(testing::bytes(testing::HELLO_TO_ROUND_1000), ROUND)
}

/// `plaintext` sealed to quicknet's `round`.
fn sealed_field(plaintext: &[u8], round: u64) -> Data {
	let key = pallet_drand::types::quicknet().public_key.into_inner();
	timelocked(test_beacon::seal_to(&key, round, plaintext, 9), round)
}

fn with_fields(fields: Vec<Data>) -> CommitmentInfo {
	CommitmentInfo { fields: fields.try_into().unwrap_or_default() }
}

fn commit(who: u64, fields: Vec<Data>) -> sp_runtime::DispatchResult {
	Commitments::set_commitment(RuntimeOrigin::signed(who), NETUID, Box::new(with_fields(fields)))
}

/// Quicknet's recorded pulse of `round`, stored.
fn store_quicknet_pulse(round: u64) {
	store_pulse(round, testing::quicknet_pulse(round).signature.into_inner());
}

fn indexed() -> Vec<(NetUid, u64)> {
	TimelockedIndex::<Test>::get().into_iter().collect()
}

#[test]
fn a_timelocked_field_opens_once_its_pulse_is_stored() {
	run_test(|| {
		register(NETUID, HOTKEY);
		let endpoint = raw_field(b"http://10.0.0.1:8091".to_vec()).expect("short");
		assert_ok!(commit(HOTKEY, vec![endpoint.clone(), sdk_field()]));
		System::assert_last_event(
			Event::TimelockCommitment { netuid: NETUID, who: HOTKEY, reveal_round: ROUND }.into(),
		);
		assert_eq!(indexed(), vec![(NETUID, HOTKEY)]);

		// No pulse yet: nothing changes.
		Commitments::reveal_timelocked_commitments();
		assert_eq!(RevealedCommitments::<Test>::get(NETUID, HOTKEY), None);

		System::set_block_number(4);
		store_quicknet_pulse(ROUND);
		Commitments::reveal_timelocked_commitments();
		assert_eq!(
			RevealedCommitments::<Test>::get(NETUID, HOTKEY),
			Some(vec![(b"hello drand".to_vec(), 4)])
		);
		System::assert_last_event(Event::CommitmentRevealed { netuid: NETUID, who: HOTKEY }.into());
		let record = CommitmentOf::<Test>::get(NETUID, HOTKEY).expect("kept");
		assert_eq!(record.info, with_fields(vec![endpoint]));
		assert!(indexed().is_empty());
	});
}

#[test]
fn a_commitment_of_timelocked_fields_only_goes_once_they_open() {
	run_test(|| {
		register(NETUID, HOTKEY);
		assert_ok!(commit(HOTKEY, vec![sealed_field(b"a", ROUND), sealed_field(b"b", 123)]));
		store_quicknet_pulse(123);
		Commitments::reveal_timelocked_commitments();
		assert_eq!(
			RevealedCommitments::<Test>::get(NETUID, HOTKEY),
			Some(vec![(b"b".to_vec(), 1)])
		);
		assert_eq!(indexed(), vec![(NETUID, HOTKEY)]);
		store_quicknet_pulse(ROUND);
		Commitments::reveal_timelocked_commitments();
		assert_eq!(
			RevealedCommitments::<Test>::get(NETUID, HOTKEY),
			Some(vec![(b"b".to_vec(), 1), (b"a".to_vec(), 1)])
		);
		assert_eq!(CommitmentOf::<Test>::get(NETUID, HOTKEY), None);
		assert!(indexed().is_empty());
		// The block of the last commitment stays readable.
		assert_eq!(LastCommitment::<Test>::get(NETUID, HOTKEY), Some(1));
	});
}

#[test]
fn what_does_not_open_with_its_pulse_is_dropped() {
	run_test(|| {
		register(NETUID, HOTKEY);
		// Sealed to round 123 but naming round 1000; and bytes that are no ciphertext.
		let wrong_round = match sealed_field(b"x", 123) {
			Data::TimelockEncrypted { encrypted, .. } => timelocked(encrypted.into_inner(), ROUND),
			other => other,
		};
		assert_ok!(commit(HOTKEY, vec![wrong_round, timelocked(vec![1; 64], ROUND)]));
		store_quicknet_pulse(ROUND);
		System::reset_events();
		Commitments::reveal_timelocked_commitments();
		let dropped =
			Event::CommitmentUndecryptable { netuid: NETUID, who: HOTKEY, reveal_round: ROUND };
		let events: Vec<_> = System::events().into_iter().map(|record| record.event).collect();
		assert_eq!(events, vec![dropped.clone().into(), dropped.into()]);
		assert_eq!(CommitmentOf::<Test>::get(NETUID, HOTKEY), None);
		assert_eq!(RevealedCommitments::<Test>::get(NETUID, HOTKEY), None);
		assert!(indexed().is_empty());
	});
}

#[test]
fn a_block_opens_at_most_its_budget_and_walks_on_from_its_cursor() {
	run_test(|| {
		let hotkeys: Vec<u64> = (100..100 + u64::from(MAX_OPENS_PER_BLOCK) + 1).collect();
		for hotkey in &hotkeys {
			register(NETUID, *hotkey);
			assert_ok!(commit(*hotkey, vec![timelocked(vec![1; 64], ROUND)]));
		}
		store_quicknet_pulse(ROUND);
		System::reset_events();
		Commitments::reveal_timelocked_commitments();
		assert_eq!(System::events().len(), MAX_OPENS_PER_BLOCK as usize);
		let last = hotkeys[MAX_OPENS_PER_BLOCK as usize - 1];
		assert_eq!(TimelockRevealCursor::<Test>::get(), Some((NETUID, last)));
		assert_eq!(indexed(), vec![(NETUID, *hotkeys.last().expect("some"))]);
		Commitments::reveal_timelocked_commitments();
		assert!(indexed().is_empty());
	});
}

#[test]
fn a_lap_examines_a_bounded_number_of_commitments() {
	run_test(|| {
		// Commitments whose round has not come: examined, none opened.
		let count = u64::from(MAX_ENTRIES_PER_BLOCK) + 5;
		for hotkey in 0..count {
			register(NETUID, hotkey);
			assert_ok!(commit(hotkey, vec![sealed_field(b"later", ROUND)]));
		}
		Commitments::reveal_timelocked_commitments();
		let first_stop = u64::from(MAX_ENTRIES_PER_BLOCK) - 1;
		assert_eq!(TimelockRevealCursor::<Test>::get(), Some((NETUID, first_stop)));
		// The next block goes on after the cursor and wraps around.
		Commitments::reveal_timelocked_commitments();
		assert_eq!(TimelockRevealCursor::<Test>::get(), Some((NETUID, first_stop - 5)));
	});
}

#[test]
fn the_latest_ten_reveals_are_kept() {
	run_test(|| {
		register(NETUID, HOTKEY);
		store_quicknet_pulse(ROUND);
		for n in 0..12u8 {
			System::set_block_number(u64::from(n) + 1);
			start_epoch();
			assert_ok!(commit(HOTKEY, vec![sealed_field(&[n], ROUND)]));
			Commitments::reveal_timelocked_commitments();
		}
		let kept = RevealedCommitments::<Test>::get(NETUID, HOTKEY).expect("revealed");
		assert_eq!(kept.len(), MAX_REVEALS_KEPT);
		assert_eq!(kept.first(), Some(&(vec![2u8], 3)));
		assert_eq!(kept.last(), Some(&(vec![11u8], 12)));
	});
}

#[test]
fn the_index_follows_replacements_swaps_and_removals() {
	run_test(|| {
		register(NETUID, HOTKEY);
		register(NETUID, 8);
		assert_ok!(commit(HOTKEY, vec![sdk_field()]));
		assert_ok!(commit(8, vec![sdk_field()]));
		// A commitment without a timelocked field replaces one with.
		assert_ok!(commit(8, vec![raw_field(b"plain".to_vec()).expect("short")]));
		assert_eq!(indexed(), vec![(NETUID, HOTKEY)]);
		// A hotkey swap moves it.
		register(NETUID, 9);
		Commitments::move_hotkey(NETUID, &HOTKEY, &9);
		assert_eq!(indexed(), vec![(NETUID, 9)]);
		// Its reveals go with the neuron, and everything with the subnet.
		store_quicknet_pulse(ROUND);
		Commitments::reveal_timelocked_commitments();
		assert!(RevealedCommitments::<Test>::contains_key(NETUID, 9));
		assert_ok!(commit(9, vec![sdk_field()]));
		Commitments::forget_hotkey(NETUID, &9);
		assert!(!RevealedCommitments::<Test>::contains_key(NETUID, 9));
		assert!(indexed().is_empty());
		assert_ok!(commit(HOTKEY, vec![sdk_field()]));
		Commitments::forget_subnet(NETUID);
		assert!(indexed().is_empty());
	});
}

#[test]
fn a_timelocked_field_encodes_as_the_clients_write_it() {
	let field = timelocked(vec![1, 2, 3], 7);
	let mut expected = vec![134u8, 3 << 2, 1, 2, 3];
	expected.extend_from_slice(&7u64.to_le_bytes());
	assert_eq!(field.encode(), expected);
	assert_eq!(Data::decode(&mut &expected[..]), Ok(field));
	// A ciphertext over the bound is refused at its length prefix.
	let mut too_long = vec![134u8];
	too_long.extend(codec::Compact(MAX_TIMELOCK_COMMITMENT_BYTES + 1).encode());
	assert!(Data::decode(&mut &too_long[..]).is_err());
}
