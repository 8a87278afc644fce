//! Timelocked weight commits, opened by the chain with drand's quicknet pulses: the recorded
//! pulses of public test fixtures are written through pallet `Drand` (verified as on a live
//! chain), and the ciphertexts are the SDK's own (`bittensor_core.encrypt_at_round`) or sealed
//! here to quicknet's public key.

use super::{
	mock::*,
	weights::{index, subnet_with_validator, validator},
};
use crate::{
	weights_set::{
		TimelockCiphertext, TimelockedCommitFailure, TimelockedWeightsPayload,
		MAX_TIMELOCK_OPENS_PER_BLOCK,
	},
	Error, Event, *,
};
use codec::Encode;
use frame_support::assert_noop;
use pallet_drand::{crypto::test_beacon, testing};
use sp_runtime::{traits::Hash, AccountId32, DispatchResult};
use subtensor_common::NetUid;

/// `bittensor_core.inner_ciphertext(bittensor_core.encrypt_at_round(payload, 1000)[0])` for
/// the payload `{hotkey: [20; 32], uids: [2, 0], values: [10, 5], version_key: 0}` (SCALE,
/// the layout `get_encrypted_commit_v2` encrypts), as the SDK 11.3.0 made it.
const SDK_COMMIT_TO_ROUND_1000: &str = "8713e624adb17cafe0e50186b1169b387abac7dba57229173db9b3471bb471a2bf9ecc0e33cf26315a23b3fdc8b5620008c4a4fadf5f79cf7511e7a39d5a09b99d29697f30e82d95e62ad54e60263b54b4b4f1cd4562bf53cca639c3b17c4fc62000000000000000ede5b46a18aacf3552675787949512da540440c1d8f120cdc46fd7278f6e945720000000000000003aec3349203cf2eed34ccf889bbbb1ad653df771be525dbe8964ad9aaf9483665f0000000000000043000000000000006561b37986738daa29b9e00e2baf8e0631c79b1f015a19b9c6e9bdc9d46fdc0760a96f43942dd1dcf2c953fbd8c375adbd505c2beb57ec7f08baf67a27508befaba9740c00000000000000fb902213863702d35b97926408000000000000004145535f47434d5f";

/// The recorded round the tests encrypt to.
const ROUND: u64 = 1_000;

/// [`subnet_with_validator`] with commit-reveal on and an epoch every 10 blocks (the next at
/// block 11).
fn commit_reveal_subnet() -> NetUid {
	let netuid = subnet_with_validator();
	open_weights_with_tempo_ten(netuid);
	CommitRevealWeightsEnabled::<Test>::insert(netuid, true);
	netuid
}

/// Writes quicknet's recorded pulse of `round` as the offchain worker would.
fn store_pulse(round: u64) {
	let payload = pallet_drand::PulsesPayload {
		block_number: System::block_number(),
		pulses: vec![testing::quicknet_pulse(round)],
		public: sp_runtime::MultiSigner::Sr25519(sp_core::sr25519::Public::from_raw([0; 32])),
	};
	assert_ok(Drand::write_pulse(RuntimeOrigin::none(), payload, None));
}

/// The weights payload of `hotkey`.
fn payload(hotkey: &AccountId32, uids: Vec<u16>, values: Vec<u16>) -> Vec<u8> {
	TimelockedWeightsPayload { hotkey: hotkey.encode(), uids, values, version_key: 0 }.encode()
}

/// `plaintext` sealed to quicknet's `round`.
fn sealed(plaintext: &[u8], round: u64) -> TimelockCiphertext {
	let key = pallet_drand::types::quicknet().public_key.into_inner();
	TimelockCiphertext::truncate_from(test_beacon::seal_to(&key, round, plaintext, 5))
}

fn commit_as(
	hotkey: AccountId32,
	netuid: NetUid,
	ciphertext: TimelockCiphertext,
	round: u64,
) -> DispatchResult {
	SubtensorModule::commit_timelocked_weights(
		RuntimeOrigin::signed(hotkey),
		netuid,
		ciphertext,
		round,
		4,
	)
}

fn commit(netuid: NetUid, ciphertext: TimelockCiphertext) -> DispatchResult {
	commit_as(validator(), netuid, ciphertext, ROUND)
}

/// The validator's weights committed for quicknet's round [`ROUND`].
fn validators_weights() -> TimelockCiphertext {
	sealed(&payload(&validator(), vec![2, 0], vec![10, 5]), ROUND)
}

/// The subtensor events since the last call, and the events cleared.
fn take_events() -> Vec<Event<Test>> {
	let events = System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::SubtensorModule(event) => Some(event),
			_ => None,
		})
		.filter(|event| {
			matches!(
				event,
				Event::TimelockedWeightsRevealed(..)
					| Event::TimelockedWeightsDropped { .. }
					| Event::TimelockedWeightsExpired { .. }
			)
		})
		.collect();
	System::reset_events();
	events
}

#[test]
fn the_sdks_commit_opens_at_the_reveal_epoch_and_sets_the_weights() {
	run_test(|| {
		let netuid = commit_reveal_subnet();
		run_to_block(2);
		let ciphertext =
			TimelockCiphertext::truncate_from(testing::bytes(SDK_COMMIT_TO_ROUND_1000));
		let hash = sp_runtime::traits::BlakeTwo256::hash(&ciphertext);
		let epoch = SubtensorModule::current_epoch_with_lookahead(netuid);
		assert_ok(commit(netuid, ciphertext.clone()));
		assert_last_event(Event::TimelockedWeightsCommitted(
			validator(),
			index(netuid),
			hash,
			ROUND,
		));
		assert_eq!(
			TimelockedWeightCommits::<Test>::get(index(netuid), epoch),
			vec![(validator(), 2, ciphertext, ROUND)]
		);
		assert_eq!(LastUpdate::<Test>::get(index(netuid))[1], 2);
		store_pulse(ROUND);
		System::reset_events();

		// The pulse is there, but the reveal epoch has not come.
		run_to_block(10);
		assert!(Weights::<Test>::get(index(netuid), 1).is_empty());
		assert_eq!(take_events(), vec![]);

		run_to_block(11);
		assert_eq!(Weights::<Test>::get(index(netuid), 1), vec![(0, 32_768), (2, 65_535)]);
		assert_eq!(
			take_events(),
			vec![Event::TimelockedWeightsRevealed(index(netuid), validator())]
		);
		assert_eq!(TimelockedWeightCommits::<Test>::iter_prefix(index(netuid)).count(), 0);
		// The commit's block stays the last update, as for a hash reveal.
		assert_eq!(LastUpdate::<Test>::get(index(netuid))[1], 2);
	});
}

#[test]
fn a_commit_waits_for_its_pulse_through_the_reveal_epoch() {
	run_test(|| {
		let netuid = commit_reveal_subnet();
		run_to_block(2);
		assert_ok(commit(netuid, validators_weights()));
		run_to_block(12);
		assert!(Weights::<Test>::get(index(netuid), 1).is_empty());
		assert_eq!(TimelockedWeightCommits::<Test>::iter_prefix(index(netuid)).count(), 1);
		// The epoch at block 11 handed out permits by stake; the test's validator keeps its own.
		ValidatorPermit::<Test>::insert(netuid, vec![false, true, false, false]);
		store_pulse(ROUND);
		run_to_block(13);
		assert_eq!(Weights::<Test>::get(index(netuid), 1), vec![(0, 32_768), (2, 65_535)]);
		assert_eq!(
			take_events(),
			vec![Event::TimelockedWeightsRevealed(index(netuid), validator())]
		);
	});
}

#[test]
fn a_commit_whose_round_never_comes_expires_with_its_epoch() {
	run_test(|| {
		let netuid = commit_reveal_subnet();
		run_to_block(2);
		let epoch = SubtensorModule::current_epoch_with_lookahead(netuid);
		assert_ok(commit(netuid, validators_weights()));
		run_to_block(20);
		assert_eq!(take_events(), vec![]);
		run_to_block(21);
		assert_eq!(
			take_events(),
			vec![Event::TimelockedWeightsExpired { netuid: index(netuid), epoch, commits: 1 }]
		);
		assert_eq!(TimelockedWeightCommits::<Test>::iter_prefix(index(netuid)).count(), 0);
		// Its pulse arriving later changes nothing.
		store_pulse(ROUND);
		run_to_block(32);
		assert!(Weights::<Test>::get(index(netuid), 1).is_empty());
	});
}

#[test]
fn what_cannot_be_applied_is_dropped_with_the_reason() {
	run_test(|| {
		let netuid = commit_reveal_subnet();
		run_to_block(2);
		let garbage = TimelockCiphertext::truncate_from(vec![1; 64]);
		let to_other_round = sealed(&payload(&validator(), vec![2, 0], vec![10, 5]), 123);
		let someone_elses = sealed(&payload(&account(21), vec![2, 0], vec![10, 5]), ROUND);
		let invalid_uid = sealed(&payload(&validator(), vec![9], vec![1]), ROUND);
		let legacy = sealed(&(vec![0u16, 2], vec![3u16, 6], 0u64).encode(), ROUND);
		for ciphertext in [garbage, someone_elses, invalid_uid, legacy] {
			assert_ok(commit(netuid, ciphertext));
		}
		// Sealed to round 123 but committed as round 1000: the pulse of 1000 cannot open it.
		assert_ok(commit(netuid, to_other_round));
		store_pulse(ROUND);
		System::reset_events();
		run_to_block(11);
		let dropped = |reason| Event::TimelockedWeightsDropped {
			netuid: index(netuid),
			hotkey: validator(),
			reason,
		};
		assert_eq!(
			take_events(),
			vec![
				dropped(TimelockedCommitFailure::Undecryptable),
				dropped(TimelockedCommitFailure::HotkeyMismatch),
				dropped(TimelockedCommitFailure::WeightsRefused(
					Error::<Test>::UidVecContainInvalidOne.into()
				)),
				Event::TimelockedWeightsRevealed(index(netuid), validator()),
				dropped(TimelockedCommitFailure::Undecryptable),
			]
		);
		// The legacy payload (no hotkey) applied.
		assert_eq!(Weights::<Test>::get(index(netuid), 1), vec![(0, 32_768), (2, 65_535)]);
	});
}

#[test]
fn each_refused_commit_has_its_error_and_changes_nothing() {
	run_test(|| {
		let netuid = commit_reveal_subnet();
		run_to_block(2);
		let to = |mecid, version| {
			SubtensorModule::commit_timelocked_mechanism_weights(
				RuntimeOrigin::signed(validator()),
				netuid,
				mecid,
				validators_weights(),
				ROUND,
				version,
			)
		};
		assert_noop!(to(1, 4), Error::<Test>::MechanismDoesNotExist);
		assert_noop!(to(0, 3), Error::<Test>::IncorrectCommitRevealVersion);
		assert_noop!(
			commit(NetUid::from(77), validators_weights()),
			Error::<Test>::SubnetNotExists
		);
		assert_noop!(
			commit_as(account(40), netuid, validators_weights(), ROUND),
			Error::<Test>::HotKeyNotRegisteredInSubNet
		);
		store_pulse(ROUND);
		assert_noop!(
			commit_as(validator(), netuid, validators_weights(), ROUND - 1),
			Error::<Test>::InvalidRevealRound
		);
		CommitRevealWeightsEnabled::<Test>::insert(netuid, false);
		assert_noop!(commit(netuid, validators_weights()), Error::<Test>::CommitRevealDisabled);
		CommitRevealWeightsEnabled::<Test>::insert(netuid, true);

		// The limit counts from the registration, at block 1.
		WeightsSetRateLimit::<Test>::insert(netuid, 5);
		System::set_block_number(7);
		assert_ok(commit(netuid, validators_weights()));
		assert_noop!(commit(netuid, validators_weights()), Error::<Test>::CommittingWeightsTooFast);
		WeightsSetRateLimit::<Test>::insert(netuid, 0);
		for _ in 1..10 {
			assert_ok(commit(netuid, validators_weights()));
		}
		assert_noop!(commit(netuid, validators_weights()), Error::<Test>::TooManyUnrevealedCommits);
		// The limit is per hotkey: the owner still commits.
		assert_ok(commit_as(owner_hotkey(), netuid, validators_weights(), ROUND));
		// A new version set by root is the one accepted.
		assert_ok(SubtensorModule::commit_crv3_mechanism_weights(
			RuntimeOrigin::signed(owner_hotkey()),
			netuid,
			0,
			validators_weights(),
			ROUND,
		));
		SubtensorModule::set_commit_reveal_weights_version(5);
		assert_noop!(
			commit_as(owner_hotkey(), netuid, validators_weights(), ROUND),
			Error::<Test>::IncorrectCommitRevealVersion
		);
	});
}

#[test]
fn a_block_opens_at_most_its_budget_and_the_rest_next_block() {
	run_test(|| {
		let netuid = commit_reveal_subnet();
		run_to_block(2);
		let garbage = || TimelockCiphertext::truncate_from(vec![1; 64]);
		let hotkeys = [owner_hotkey(), account(20), account(21), account(22)];
		let total = MAX_TIMELOCK_OPENS_PER_BLOCK + 1;
		for n in 0..total {
			let hotkey = hotkeys[(n % 4) as usize].clone();
			assert_ok(commit_as(hotkey, netuid, garbage(), ROUND));
		}
		store_pulse(ROUND);
		System::reset_events();
		run_to_block(11);
		assert_eq!(take_events().len(), MAX_TIMELOCK_OPENS_PER_BLOCK as usize);
		run_to_block(12);
		assert_eq!(take_events().len(), 1);
		assert_eq!(TimelockedWeightCommits::<Test>::iter_prefix(index(netuid)).count(), 0);
	});
}

#[test]
fn a_deferred_epoch_opens_nothing_until_it_runs() {
	run_test(|| {
		let netuid = commit_reveal_subnet();
		run_to_block(2);
		assert_ok(commit(netuid, validators_weights()));
		store_pulse(ROUND);
		System::set_block_number(11);
		SubtensorModule::reveal_timelocked_commits(&[netuid], &[netuid]);
		assert!(Weights::<Test>::get(index(netuid), 1).is_empty());
		SubtensorModule::reveal_timelocked_commits(&[netuid], &[]);
		assert_eq!(Weights::<Test>::get(index(netuid), 1), vec![(0, 32_768), (2, 65_535)]);
	});
}

#[test]
fn a_dissolved_subnet_leaves_no_timelocked_commits() {
	run_test(|| {
		let netuid = commit_reveal_subnet();
		run_to_block(2);
		assert_ok(commit(netuid, validators_weights()));
		assert_ok(SubtensorModule::root_dissolve_network(RuntimeOrigin::root(), netuid));
		pay_out_dissolutions();
		assert_eq!(TimelockedWeightCommits::<Test>::iter_prefix(index(netuid)).count(), 0);
	});
}
