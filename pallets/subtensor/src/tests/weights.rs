//! Setting weights: every check of `set_weights` with its error, hash commit-reveal, batches.

use super::mock::*;
use crate::{weights_set::Reveal, Error, Event, *};
use codec::Compact;
use frame_support::assert_noop;
use sp_core::H256;
use sp_runtime::{AccountId32, DispatchError};
use subtensor_common::{NetUid, NetUidStorageIndex};

/// A subnet with the owner's hotkey at UID 0 and hotkeys 20, 21, 22 at UIDs 1–3; UID 1 holds
/// a validator permit; commit-reveal off, no rate limit, at least 2 weights.
pub(super) fn subnet_with_validator() -> NetUid {
	let netuid = add_subnet();
	for hotkey in 20..=22 {
		assert_ok(SubtensorModule::burned_register(
			RuntimeOrigin::signed(miner_coldkey()),
			netuid,
			account(hotkey),
		));
	}
	ValidatorPermit::<Test>::insert(netuid, vec![false, true, false, false]);
	CommitRevealWeightsEnabled::<Test>::insert(netuid, false);
	// Root refuses weights; with commit-reveal off there it says so instead of asking for a
	// commit.
	CommitRevealWeightsEnabled::<Test>::insert(NetUid::ROOT, false);
	WeightsSetRateLimit::<Test>::insert(netuid, 0);
	MinAllowedWeights::<Test>::insert(netuid, 2);
	netuid
}

pub(super) fn validator() -> AccountId32 {
	account(20)
}

fn set(hotkey: AccountId32, netuid: NetUid, uids: Vec<u16>, values: Vec<u16>) -> DispatchResult {
	SubtensorModule::set_weights(RuntimeOrigin::signed(hotkey), netuid, uids, values, 0)
}

type DispatchResult = sp_runtime::DispatchResult;

pub(super) fn index(netuid: NetUid) -> NetUidStorageIndex {
	NetUidStorageIndex::of_subnet(netuid)
}

#[test]
fn weights_are_stored_upscaled_and_sorted_by_uid() {
	run_test(|| {
		let netuid = subnet_with_validator();
		run_to_block(5);
		assert_ok(set(validator(), netuid, vec![3, 0, 2], vec![10, 20, 40]));
		assert_eq!(
			Weights::<Test>::get(index(netuid), 1),
			vec![(0, 32_768), (2, 65_535), (3, 16_384)]
		);
		// Registration at block 1 counts as an update of every UID.
		assert_eq!(LastUpdate::<Test>::get(index(netuid)), vec![1, 5, 1, 1]);
		assert_last_event(Event::WeightsSet(index(netuid), 1));
	});
}

#[test]
fn each_refusal_has_its_error_and_changes_nothing() {
	run_test(|| {
		let netuid = subnet_with_validator();
		let v = validator;
		assert_noop!(
			set(v(), NetUid::ROOT, vec![0, 1], vec![1, 1]),
			Error::<Test>::CanNotSetRootNetworkWeights
		);
		assert_noop!(set(v(), netuid, vec![0, 2], vec![1]), Error::<Test>::WeightVecNotEqualSize);
		assert_noop!(
			SubtensorModule::set_mechanism_weights(
				RuntimeOrigin::signed(v()),
				netuid,
				1,
				vec![0, 2],
				vec![1, 1],
				0
			),
			Error::<Test>::MechanismDoesNotExist
		);
		assert_noop!(
			set(v(), NetUid::from(77), vec![0, 2], vec![1, 1]),
			Error::<Test>::SubnetNotExists
		);
		assert_noop!(
			set(v(), netuid, vec![0, 1, 2, 3, 0], vec![1; 5]),
			Error::<Test>::UidsLengthExceedUidsInSubNet
		);
		assert_noop!(
			set(account(40), netuid, vec![0, 2], vec![1, 1]),
			Error::<Test>::HotKeyNotRegisteredInSubNet
		);
		WeightsVersionKey::<Test>::insert(netuid, 3);
		assert_noop!(
			set(v(), netuid, vec![0, 2], vec![1, 1]),
			Error::<Test>::IncorrectWeightVersionKey
		);
		WeightsVersionKey::<Test>::insert(netuid, 0);
		assert_noop!(
			set(account(21), netuid, vec![0, 3], vec![1, 1]),
			Error::<Test>::NeuronNoValidatorPermit
		);
		assert_noop!(set(v(), netuid, vec![0, 0], vec![1, 1]), Error::<Test>::DuplicateUids);
		assert_noop!(
			set(v(), netuid, vec![0, 4], vec![1, 1]),
			Error::<Test>::UidVecContainInvalidOne
		);
		assert_noop!(set(v(), netuid, vec![0], vec![1]), Error::<Test>::WeightVecLengthIsLow);
		MaxWeightsLimit::<Test>::insert(netuid, u16::MAX / 2);
		assert_noop!(set(v(), netuid, vec![0, 2], vec![3, 1]), Error::<Test>::MaxWeightExceeded);
		CommitRevealWeightsEnabled::<Test>::insert(netuid, true);
		assert_noop!(set(v(), netuid, vec![0, 2], vec![1, 1]), Error::<Test>::CommitRevealEnabled);
		assert_noop!(
			SubtensorModule::set_weights(RuntimeOrigin::none(), netuid, vec![0], vec![1], 0),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn self_weights_need_no_permit_and_the_rate_limit_applies() {
	run_test(|| {
		let netuid = subnet_with_validator();
		WeightsSetRateLimit::<Test>::insert(netuid, 10);
		// Registered at block 1: the rate limit counts from there.
		run_to_block(3);
		assert_noop!(
			set(account(21), netuid, vec![2], vec![7]),
			Error::<Test>::SettingWeightsTooFast
		);
		run_to_block(11);
		// UID 2 has no permit, but a lone weight on itself is allowed (and below the minimum).
		assert_ok(set(account(21), netuid, vec![2], vec![7]));
		assert_eq!(Weights::<Test>::get(index(netuid), 2), vec![(2, 65_535)]);
		assert_noop!(
			set(account(21), netuid, vec![2], vec![7]),
			Error::<Test>::SettingWeightsTooFast
		);
		run_to_block(21);
		assert_ok(set(account(21), netuid, vec![2], vec![7]));
	});
}

#[test]
fn the_stake_threshold_spares_the_subnet_owner() {
	run_test(|| {
		let netuid = subnet_with_validator();
		StakeThreshold::<Test>::put(1_000 * TAO);
		assert_noop!(
			set(validator(), netuid, vec![0, 2], vec![1, 1]),
			Error::<Test>::NotEnoughStakeToSetWeights
		);
		// The owner's hotkey (UID 0) needs neither stake nor a permit.
		assert_ok(set(owner_hotkey(), netuid, vec![1, 2], vec![1, 1]));
	});
}

/// A reveal whose UIDs are not in ascending order (they are stored sorted).
fn reveal(salt: u16) -> Reveal {
	Reveal { uids: vec![2, 0], values: vec![10, 5], salt: vec![salt, 1], version_key: 0 }
}

fn commit(netuid: NetUid, salt: u16) -> DispatchResult {
	let hash = SubtensorModule::weights_commit_hash(&validator(), index(netuid), &reveal(salt));
	SubtensorModule::commit_weights(RuntimeOrigin::signed(validator()), netuid, hash)
}

fn reveal_call(netuid: NetUid, salt: u16) -> DispatchResult {
	let r = reveal(salt);
	SubtensorModule::reveal_weights(
		RuntimeOrigin::signed(validator()),
		netuid,
		r.uids,
		r.values,
		r.salt,
		r.version_key,
	)
}

fn next_epoch(netuid: NetUid) {
	SubnetEpochIndex::<Test>::mutate(netuid, |epoch| *epoch += 1);
}

#[test]
fn a_commit_is_revealed_one_epoch_later() {
	run_test(|| {
		let netuid = subnet_with_validator();
		CommitRevealWeightsEnabled::<Test>::insert(netuid, true);
		run_to_block(4);
		assert_ok(commit(netuid, 7));
		assert_eq!(LastUpdate::<Test>::get(index(netuid)), vec![1, 4, 1, 1]);
		assert_noop!(reveal_call(netuid, 7), Error::<Test>::RevealTooEarly);
		next_epoch(netuid);
		assert_noop!(reveal_call(netuid, 8), Error::<Test>::InvalidRevealCommitHashNotMatch);
		System::set_block_number(6);
		assert_ok(reveal_call(netuid, 7));
		assert_eq!(Weights::<Test>::get(index(netuid), 1), vec![(0, 32_768), (2, 65_535)]);
		// The reveal keeps the commit's block as the last update.
		assert_eq!(LastUpdate::<Test>::get(index(netuid)), vec![1, 4, 1, 1]);
		assert!(WeightCommits::<Test>::get(index(netuid), validator()).is_none());
		assert_noop!(reveal_call(netuid, 7), Error::<Test>::NoWeightsCommitFound);
	});
}

#[test]
fn commits_expire_and_are_capped() {
	run_test(|| {
		let netuid = subnet_with_validator();
		CommitRevealWeightsEnabled::<Test>::insert(netuid, true);
		assert_ok(commit(netuid, 1));
		next_epoch(netuid);
		next_epoch(netuid);
		assert_noop!(reveal_call(netuid, 1), Error::<Test>::ExpiredWeightCommit);
		for salt in 2..12 {
			assert_ok(commit(netuid, salt));
		}
		// The expired commit was dropped; ten are waiting.
		assert_eq!(
			WeightCommits::<Test>::get(index(netuid), validator()).map(|q| q.len()),
			Some(10)
		);
		assert_noop!(commit(netuid, 12), Error::<Test>::TooManyUnrevealedCommits);
		CommitRevealWeightsEnabled::<Test>::insert(netuid, false);
		assert_noop!(commit(netuid, 12), Error::<Test>::CommitRevealDisabled);
		assert_noop!(reveal_call(netuid, 2), Error::<Test>::CommitRevealDisabled);
	});
}

#[test]
fn committing_is_rate_limited() {
	run_test(|| {
		let netuid = subnet_with_validator();
		CommitRevealWeightsEnabled::<Test>::insert(netuid, true);
		WeightsSetRateLimit::<Test>::insert(netuid, 5);
		run_to_block(6);
		assert_ok(commit(netuid, 1));
		assert_noop!(commit(netuid, 2), Error::<Test>::CommittingWeightsTooFast);
	});
}

#[test]
fn a_batch_reveal_applies_commits_in_order() {
	run_test(|| {
		let netuid = subnet_with_validator();
		CommitRevealWeightsEnabled::<Test>::insert(netuid, true);
		assert_ok(commit(netuid, 1));
		assert_ok(commit(netuid, 2));
		next_epoch(netuid);
		let (first, second) = (reveal(1), reveal(2));
		let hashes: Vec<H256> = [&first, &second]
			.iter()
			.map(|r| SubtensorModule::weights_commit_hash(&validator(), index(netuid), r))
			.collect();
		assert_noop!(
			SubtensorModule::batch_reveal_weights(
				RuntimeOrigin::signed(validator()),
				netuid,
				vec![first.uids.clone()],
				vec![first.values.clone(), second.values.clone()],
				vec![first.salt.clone(), second.salt.clone()],
				vec![0, 0],
			),
			Error::<Test>::InputLengthsUnequal
		);
		assert_ok(SubtensorModule::batch_reveal_weights(
			RuntimeOrigin::signed(validator()),
			netuid,
			vec![first.uids, second.uids],
			vec![first.values, second.values],
			vec![first.salt, second.salt],
			vec![0, 0],
		));
		assert_last_event(Event::WeightsBatchRevealed(validator(), netuid, hashes));
	});
}

#[test]
fn a_batch_runs_every_item_and_reports_the_failures() {
	run_test(|| {
		let netuid = subnet_with_validator();
		let weights = |uids: &[u16]| uids.iter().map(|u| (Compact(*u), Compact(1u16))).collect();
		let netuids = vec![Compact(netuid), Compact(NetUid::ROOT)];
		assert_ok(SubtensorModule::batch_set_weights(
			RuntimeOrigin::signed(validator()),
			netuids.clone(),
			vec![weights(&[2, 0]), weights(&[0, 2])],
			vec![Compact(0), Compact(0)],
		));
		// Stored sorted by UID, whatever order the batch gave.
		assert_eq!(Weights::<Test>::get(index(netuid), 1), vec![(0, 65_535), (2, 65_535)]);
		let events: Vec<_> = System::events().into_iter().map(|r| r.event).collect();
		let subtensor = |e: Event<Test>| RuntimeEvent::SubtensorModule(e);
		assert!(events.contains(&subtensor(Event::BatchCompletedWithErrors())));
		assert!(events.contains(&subtensor(Event::BatchWeightItemFailed(
			NetUid::ROOT,
			Error::<Test>::CanNotSetRootNetworkWeights.into()
		))));
		assert_last_event(Event::BatchWeightsCompleted(netuids, validator()));
		assert_noop!(
			SubtensorModule::batch_set_weights(
				RuntimeOrigin::signed(validator()),
				vec![Compact(netuid)],
				vec![],
				vec![Compact(0)],
			),
			Error::<Test>::InputLengthsUnequal
		);
	});
}
