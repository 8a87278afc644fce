//! AdminUtils on the real runtime: who may change which hyperparameter, when, and within which
//! bounds. A refused change leaves the state untouched. Root also replaces the consensus
//! authorities.

use super::preset_ext;
use crate::{AdminUtils, Runtime, RuntimeEvent, RuntimeOrigin, SubtensorModule, System};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use pallet_admin_utils::Error;
use pallet_subtensor::{
	ActivityCutoffFactorMilli, AdminFreezeWindow, BondsMovingAverage, EpochConsensus,
	Error as SubtensorError, Event as SubtensorEvent, LastEpochBlock, MaxAllowedUids,
	MaxAllowedValidators, MechanismCountCurrent, MechanismEmissionSplit, MinAllowedUids, MinBurn,
	NetworkPowRegistrationAllowed, NetworkRateLimit, ServingRateLimit, SubnetEpochConsensus,
	SubnetOwnerHotkey, Tempo,
};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_genesis_builder::DEV_RUNTIME_PRESET;
use sp_keyring::{
	Ed25519Keyring,
	Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve, Ferdie},
};
use sp_runtime::{AccountId32, DispatchError};
use substrate_fixed::types::U64F64;
use subtensor_common::{NetUid, TaoBalance};

fn signed(who: &AccountId32) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

fn root() -> RuntimeOrigin {
	RuntimeOrigin::root()
}

/// Dev genesis at block 1 with subnet 1 owned by Bob (hotkey Charlie); returns its netuid.
fn with_subnet(test: impl FnOnce(NetUid)) {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		assert_ok!(SubtensorModule::register_network(
			signed(&Bob.to_account_id()),
			Charlie.to_account_id()
		));
		test(NetUid::new(1));
	});
}

fn last_subtensor_event() -> SubtensorEvent<Runtime> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|record| match record.event {
			RuntimeEvent::SubtensorModule(event) => Some(event),
			_ => None,
		})
		.expect("a SubtensorModule event")
}

#[test]
fn root_sets_chain_wide_values_and_nobody_else_does() {
	with_subnet(|_| {
		assert_ok!(AdminUtils::sudo_set_network_rate_limit(RuntimeOrigin::root(), 77));
		assert_eq!(NetworkRateLimit::<Runtime>::get(), 77);
		assert_eq!(last_subtensor_event(), SubtensorEvent::NetworkRateLimitSet(77));
		assert_noop!(
			AdminUtils::sudo_set_network_rate_limit(signed(&Bob.to_account_id()), 1),
			DispatchError::BadOrigin
		);
		// The hotkey swaps' rate limit and the coldkey swaps' delays.
		assert_ok!(AdminUtils::sudo_set_tx_rate_limit(RuntimeOrigin::root(), 5));
		assert_eq!(last_subtensor_event(), SubtensorEvent::TxRateLimitSet(5));
		assert_ok!(AdminUtils::sudo_set_coldkey_swap_announcement_delay(RuntimeOrigin::root(), 50));
		assert_eq!(last_subtensor_event(), SubtensorEvent::ColdkeySwapAnnouncementDelaySet(50));
		assert_ok!(AdminUtils::sudo_set_coldkey_swap_reannouncement_delay(
			RuntimeOrigin::root(),
			10
		));
		assert_eq!(last_subtensor_event(), SubtensorEvent::ColdkeySwapReannouncementDelaySet(10));
		assert_eq!(pallet_subtensor::ColdkeySwapReannouncementDelay::<Runtime>::get(), 10);
		// The version timelocked weight commits must name.
		assert_ok!(AdminUtils::sudo_set_commit_reveal_version(RuntimeOrigin::root(), 5));
		assert_eq!(pallet_subtensor::CommitRevealWeightsVersion::<Runtime>::get(), 5);
		assert_eq!(last_subtensor_event(), SubtensorEvent::CommitRevealVersionSet(5));
		assert_noop!(
			AdminUtils::sudo_set_commit_reveal_version(signed(&Bob.to_account_id()), 4),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_owner_changes_a_subnet_value_once_per_rate_limit_and_root_any_time() {
	with_subnet(|netuid| {
		let owner = signed(&Bob.to_account_id());
		assert_ok!(AdminUtils::sudo_set_serving_rate_limit(owner.clone(), netuid, 7));
		assert_eq!(ServingRateLimit::<Runtime>::get(netuid), 7);
		assert_eq!(last_subtensor_event(), SubtensorEvent::ServingRateLimitSet(netuid, 7));
		assert_noop!(
			AdminUtils::sudo_set_serving_rate_limit(owner, netuid, 8),
			SubtensorError::<Runtime>::TxRateLimitExceeded
		);
		assert_ok!(AdminUtils::sudo_set_serving_rate_limit(RuntimeOrigin::root(), netuid, 9));
		assert_noop!(
			AdminUtils::sudo_set_serving_rate_limit(signed(&Dave.to_account_id()), netuid, 1),
			DispatchError::BadOrigin
		);
		assert_noop!(
			AdminUtils::sudo_set_serving_rate_limit(RuntimeOrigin::root(), NetUid::new(9), 1),
			SubtensorError::<Runtime>::SubnetNotExists
		);
		// Root-only values refuse the owner.
		assert_noop!(
			AdminUtils::sudo_set_kappa(signed(&Bob.to_account_id()), netuid, 1),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_owner_sets_the_tempo_within_bounds_and_root_to_any_value() {
	with_subnet(|netuid| {
		let owner = signed(&Bob.to_account_id());
		assert_noop!(
			AdminUtils::sudo_set_tempo(owner.clone(), netuid, 20),
			SubtensorError::<Runtime>::TempoOutOfBounds
		);
		assert_ok!(AdminUtils::sudo_set_tempo(owner.clone(), netuid, 720));
		assert_eq!(Tempo::<Runtime>::get(netuid), 720);
		assert_eq!(LastEpochBlock::<Runtime>::get(netuid), 1);
		assert_noop!(
			AdminUtils::sudo_set_tempo(owner, netuid, 1_000),
			SubtensorError::<Runtime>::TxRateLimitExceeded
		);
		assert_noop!(
			AdminUtils::sudo_set_tempo(signed(&Dave.to_account_id()), netuid, 720),
			DispatchError::BadOrigin
		);
		assert_ok!(AdminUtils::sudo_set_tempo(root(), netuid, 20));
		assert_eq!(Tempo::<Runtime>::get(netuid), 20);
	});
}

#[test]
fn the_owner_sets_the_activity_cutoff_factor_through_admin_utils() {
	with_subnet(|netuid| {
		let owner = signed(&Bob.to_account_id());
		assert_noop!(
			AdminUtils::sudo_set_activity_cutoff_factor(owner.clone(), netuid, 999),
			SubtensorError::<Runtime>::ActivityCutoffFactorMilliOutOfBounds
		);
		assert_noop!(
			AdminUtils::sudo_set_activity_cutoff_factor(
				signed(&Dave.to_account_id()),
				netuid,
				2_000
			),
			DispatchError::BadOrigin
		);
		assert_ok!(AdminUtils::sudo_set_activity_cutoff_factor(owner, netuid, 2_000));
		assert_eq!(ActivityCutoffFactorMilli::<Runtime>::get(netuid), 2_000);
	});
}

#[test]
fn the_freeze_window_before_an_epoch_stops_owner_and_root() {
	with_subnet(|netuid| {
		AdminFreezeWindow::<Runtime>::put(5);
		// Tempo 10 from block 0 (the netuid staggers it by 1): the epoch is due at block 9.
		assert_eq!(Tempo::<Runtime>::get(netuid), 10);
		assert_eq!(LastEpochBlock::<Runtime>::get(netuid), 0);
		System::set_block_number(6);
		assert_noop!(
			AdminUtils::sudo_set_min_burn(RuntimeOrigin::root(), netuid, TaoBalance::new(1_000)),
			SubtensorError::<Runtime>::AdminActionProhibitedDuringWeightsWindow
		);
		assert_noop!(
			AdminUtils::sudo_set_tempo(RuntimeOrigin::root(), netuid, 20),
			SubtensorError::<Runtime>::AdminActionProhibitedDuringWeightsWindow
		);
		System::set_block_number(2);
		assert_ok!(AdminUtils::sudo_set_tempo(RuntimeOrigin::root(), netuid, 20));
		assert_eq!(Tempo::<Runtime>::get(netuid), 20);
		assert_eq!(LastEpochBlock::<Runtime>::get(netuid), 2);
		assert_eq!(last_subtensor_event(), SubtensorEvent::TempoSet(netuid, 20));
	});
}

#[test]
fn values_outside_their_bounds_are_refused() {
	with_subnet(|netuid| {
		let owner = || signed(&Bob.to_account_id());
		assert_noop!(
			AdminUtils::sudo_set_min_burn(root(), netuid, TaoBalance::new(1_000_000_000)),
			Error::<Runtime>::ValueNotInBounds
		);
		assert_ok!(AdminUtils::sudo_set_min_burn(root(), netuid, TaoBalance::new(1_000)));
		assert_eq!(MinBurn::<Runtime>::get(netuid), TaoBalance::new(1_000));
		assert_noop!(
			AdminUtils::sudo_set_max_allowed_validators(root(), netuid, 257),
			Error::<Runtime>::MaxValidatorsLargerThanMaxUIds
		);
		MinAllowedUids::<Runtime>::insert(netuid, 8);
		assert_noop!(
			AdminUtils::sudo_set_max_allowed_uids(root(), netuid, 7),
			Error::<Runtime>::MaxAllowedUidsLessThanMinAllowedUids
		);
		MinAllowedUids::<Runtime>::insert(netuid, 0);
		assert_noop!(
			AdminUtils::sudo_set_max_allowed_uids(root(), netuid, 0),
			Error::<Runtime>::MaxAllowedUIdsLessThanCurrentUIds
		);
		assert_noop!(
			AdminUtils::sudo_set_max_allowed_uids(root(), netuid, 257),
			Error::<Runtime>::MaxAllowedUidsGreaterThanDefaultMaxAllowedUids
		);
		assert_noop!(
			AdminUtils::sudo_set_min_allowed_uids(root(), netuid, 1),
			Error::<Runtime>::MinAllowedUidsGreaterThanCurrentUids
		);
		assert_noop!(
			AdminUtils::sudo_set_min_allowed_uids(root(), netuid, 256),
			Error::<Runtime>::MinAllowedUidsGreaterThanMaxAllowedUids
		);
		assert_noop!(
			AdminUtils::sudo_set_bonds_moving_average(owner(), netuid, 975_001),
			Error::<Runtime>::BondsMovingAverageMaxReached
		);
		assert_ok!(AdminUtils::sudo_set_bonds_moving_average(root(), netuid, 1_000_000));
		assert_eq!(BondsMovingAverage::<Runtime>::get(netuid), 1_000_000);
		// Above 10^6 the EMA factor would be negative: refused for root too.
		assert_noop!(
			AdminUtils::sudo_set_bonds_moving_average(root(), netuid, 1_000_001),
			Error::<Runtime>::InvalidValue
		);
		assert_noop!(
			AdminUtils::sudo_set_alpha_sigmoid_steepness(owner(), netuid, -1),
			Error::<Runtime>::NegativeSigmoidSteepness
		);
		assert_noop!(
			AdminUtils::sudo_set_alpha_values(root(), netuid, 2_000, 3_000),
			SubtensorError::<Runtime>::LiquidAlphaDisabled
		);
		assert_ok!(AdminUtils::sudo_set_liquid_alpha_enabled(root(), netuid, true));
		assert_noop!(
			AdminUtils::sudo_set_alpha_values(root(), netuid, 3_000, 2_000),
			SubtensorError::<Runtime>::AlphaLowOutOfRange
		);
		assert_noop!(
			AdminUtils::sudo_set_burn_half_life(root(), netuid, 0),
			Error::<Runtime>::ValueNotInBounds
		);
		assert_noop!(
			AdminUtils::sudo_set_total_issuance(root(), TaoBalance::new(1)),
			Error::<Runtime>::Deprecated
		);
	});
}

#[test]
fn proof_of_work_registration_starts_closed_and_its_owner_opens_it() {
	with_subnet(|netuid| {
		let owner = || signed(&Bob.to_account_id());
		assert!(!NetworkPowRegistrationAllowed::<Runtime>::get(netuid));
		assert_noop!(
			AdminUtils::sudo_set_network_pow_registration_allowed(
				signed(&Alice.to_account_id()),
				netuid,
				true
			),
			DispatchError::BadOrigin
		);
		assert_ok!(AdminUtils::sudo_set_network_pow_registration_allowed(owner(), netuid, true));
		assert!(NetworkPowRegistrationAllowed::<Runtime>::get(netuid));
		assert_eq!(last_subtensor_event(), SubtensorEvent::PowRegistrationAllowed(netuid, true));
		// Once per rate limit for the owner; root at any time.
		assert_noop!(
			AdminUtils::sudo_set_network_pow_registration_allowed(owner(), netuid, false),
			SubtensorError::<Runtime>::TxRateLimitExceeded
		);
		assert_ok!(AdminUtils::sudo_set_network_pow_registration_allowed(root(), netuid, false));
		assert!(!NetworkPowRegistrationAllowed::<Runtime>::get(netuid));
		assert_noop!(
			AdminUtils::sudo_set_network_pow_registration_allowed(root(), NetUid::ROOT, true),
			SubtensorError::<Runtime>::RegistrationNotPermittedOnRootSubnet
		);
		// Inside the freeze window before an epoch, nobody changes it.
		AdminFreezeWindow::<Runtime>::put(5);
		System::set_block_number(6);
		assert_noop!(
			AdminUtils::sudo_set_network_pow_registration_allowed(root(), netuid, true),
			SubtensorError::<Runtime>::AdminActionProhibitedDuringWeightsWindow
		);
	});
}

#[test]
fn setters_that_would_change_nothing_are_refused_by_name() {
	with_subnet(|netuid| {
		assert_noop!(
			AdminUtils::sudo_set_dissolve_network_schedule_duration(root(), 5),
			Error::<Runtime>::Deprecated
		);
		// The legacy activity cutoff respects `MinActivityCutoff` (360 blocks).
		assert_noop!(
			AdminUtils::sudo_set_activity_cutoff(root(), netuid, 359),
			SubtensorError::<Runtime>::ActivityCutoffTooLow
		);
		assert_ok!(AdminUtils::sudo_set_activity_cutoff(root(), netuid, 360));
		assert_eq!(last_subtensor_event(), SubtensorEvent::ActivityCutoffSet(netuid, 360));
	});
}

#[test]
fn mechanisms_are_bounded_by_the_uid_budget() {
	with_subnet(|netuid| {
		assert_noop!(
			AdminUtils::sudo_set_mechanism_count(root(), netuid, 2),
			SubtensorError::<Runtime>::TooManyUIDsPerMechanism
		);
		assert_ok!(AdminUtils::sudo_set_max_allowed_uids(root(), netuid, 128));
		assert_eq!(MaxAllowedUids::<Runtime>::get(netuid), 128);
		assert_ok!(AdminUtils::sudo_set_mechanism_count(root(), netuid, 2));
		assert_eq!(MechanismCountCurrent::<Runtime>::get(netuid), 2);
		assert_noop!(
			AdminUtils::sudo_set_mechanism_emission_split(root(), netuid, Some(vec![1, 2])),
			SubtensorError::<Runtime>::InvalidValue
		);
		assert_ok!(AdminUtils::sudo_set_mechanism_emission_split(
			root(),
			netuid,
			Some(vec![30_000, 35_535])
		));
		assert_eq!(MechanismEmissionSplit::<Runtime>::get(netuid), Some(vec![30_000, 35_535]));
	});
}

#[test]
fn every_mechanism_keeps_one_entry_per_uid_as_the_count_changes() {
	use pallet_subtensor::{Incentive, LastUpdate, SubnetworkN, WeightCommits};
	use std::collections::VecDeque;
	use subtensor_common::NetUidStorageIndex;
	with_subnet(|netuid| {
		let second = NetUidStorageIndex::new(netuid, 1);
		assert_ok!(AdminUtils::sudo_set_max_allowed_uids(root(), netuid, 128));
		assert_ok!(SubtensorModule::burned_register(
			signed(&Alice.to_account_id()),
			netuid,
			Ferdie.to_account_id()
		));
		assert_eq!(SubnetworkN::<Runtime>::get(netuid), 2);

		// A new mechanism starts with an entry per UID, and registrations extend it.
		assert_ok!(AdminUtils::sudo_set_mechanism_count(root(), netuid, 2));
		assert_eq!(Incentive::<Runtime>::get(second), vec![0, 0]);
		assert_eq!(LastUpdate::<Runtime>::get(second), vec![0, 0]);
		assert_eq!(SubtensorModule::check_neuron_columns(netuid), Ok(()));
		System::set_block_number(2);
		assert_ok!(SubtensorModule::burned_register(
			signed(&Alice.to_account_id()),
			netuid,
			Eve.to_account_id()
		));
		assert_eq!(Incentive::<Runtime>::get(second).len(), 3);
		assert_eq!(SubtensorModule::check_neuron_columns(netuid), Ok(()));

		// Removing it takes its weight commits along with its vectors.
		let commit = (sp_core::H256::repeat_byte(1), 1u64, 1u64, 1u64);
		WeightCommits::<Runtime>::insert(second, Ferdie.to_account_id(), VecDeque::from([commit]));
		assert_ok!(AdminUtils::sudo_set_mechanism_count(root(), netuid, 1));
		assert_eq!(WeightCommits::<Runtime>::iter_prefix(second).count(), 0);
		assert!(!Incentive::<Runtime>::contains_key(second));
		assert_eq!(SubtensorModule::check_neuron_columns(netuid), Ok(()));
	});
}

#[test]
fn the_owner_hotkey_changes_at_most_once_per_rate_limit() {
	with_subnet(|netuid| {
		let owner = || signed(&Bob.to_account_id());
		let new_hotkey = Dave.to_account_id();
		// Alice's hotkey belongs to nobody yet, Charlie is already Bob's.
		assert_ok!(AdminUtils::sudo_set_sn_owner_hotkey(owner(), netuid, new_hotkey.clone()));
		assert_eq!(SubnetOwnerHotkey::<Runtime>::get(netuid), new_hotkey);
		assert_noop!(
			AdminUtils::sudo_set_subnet_owner_hotkey(owner(), netuid, Alice.to_account_id()),
			SubtensorError::<Runtime>::TxRateLimitExceeded
		);
	});
}

#[test]
fn the_owner_trims_the_uid_capacity_once_per_month_and_root_any_time() {
	with_subnet(|netuid| {
		let owner = || signed(&Bob.to_account_id());
		MinAllowedUids::<Runtime>::insert(netuid, 8);
		assert_ok!(AdminUtils::sudo_trim_to_max_allowed_uids(owner(), netuid, 200));
		assert_eq!(MaxAllowedUids::<Runtime>::get(netuid), 200);
		assert_eq!(last_subtensor_event(), SubtensorEvent::MaxAllowedUidsSet(netuid, 200));
		assert_noop!(
			AdminUtils::sudo_trim_to_max_allowed_uids(owner(), netuid, 100),
			SubtensorError::<Runtime>::TxRateLimitExceeded
		);
		assert_noop!(
			AdminUtils::sudo_trim_to_max_allowed_uids(root(), netuid, 7),
			SubtensorError::<Runtime>::InvalidValue
		);
		assert_ok!(AdminUtils::sudo_trim_to_max_allowed_uids(root(), netuid, 8));
		assert_eq!(MaxAllowedUids::<Runtime>::get(netuid), 8);
	});
}

#[test]
fn root_replaces_the_block_authors_and_schedules_new_finality_voters() {
	with_subnet(|_| {
		let authors: Vec<AuraId> = vec![Alice.public().into(), Bob.public().into()];
		let bounded = BoundedVec::try_from(authors.clone()).unwrap();
		assert_noop!(
			AdminUtils::swap_authorities(signed(&Alice.to_account_id()), bounded.clone()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			AdminUtils::swap_authorities(root(), BoundedVec::new()),
			Error::<Runtime>::NoAuthorities
		);
		assert_ok!(AdminUtils::swap_authorities(root(), bounded));
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().into_inner(), authors);

		let voters = vec![(Ed25519Keyring::Bob.public().into(), 1)];
		assert_ok!(AdminUtils::schedule_grandpa_change(root(), voters.clone(), 5, None));
		let pending = pallet_grandpa::PendingChange::<Runtime>::get().unwrap();
		assert_eq!((pending.delay, pending.next_authorities.to_vec()), (5, voters.clone()));
		assert_eq!(
			System::events().last().map(|record| record.event.clone()),
			Some(RuntimeEvent::AdminUtils(pallet_admin_utils::Event::GrandpaChangeScheduled {
				count: 1,
				in_blocks: 5,
				forced: None,
			}))
		);
		// GRANDPA takes one change at a time.
		assert_noop!(
			AdminUtils::schedule_grandpa_change(root(), voters, 5, None),
			pallet_grandpa::Error::<Runtime>::ChangePending
		);
	});
}

#[test]
fn the_owner_switches_the_epoch_consensus_within_the_owner_gates() {
	with_subnet(|netuid| {
		let owner = || signed(&Bob.to_account_id());
		pallet_subtensor::OwnerHyperparamRateLimit::<Runtime>::put(2);
		MaxAllowedValidators::<Runtime>::insert(netuid, 64);
		assert_noop!(
			AdminUtils::sudo_set_epoch_consensus(
				signed(&Dave.to_account_id()),
				netuid,
				EpochConsensus::Null
			),
			DispatchError::BadOrigin
		);
		assert_noop!(
			AdminUtils::sudo_set_epoch_consensus(root(), NetUid::ROOT, EpochConsensus::Null),
			Error::<Runtime>::NotPermittedOnRootSubnet
		);
		assert_noop!(
			AdminUtils::sudo_set_epoch_consensus(owner(), NetUid::new(9), EpochConsensus::Null),
			SubtensorError::<Runtime>::SubnetNotExists
		);

		assert_ok!(AdminUtils::sudo_set_epoch_consensus(owner(), netuid, EpochConsensus::Null));
		assert_eq!(SubnetEpochConsensus::<Runtime>::get(netuid), EpochConsensus::Null);
		assert_eq!(MaxAllowedValidators::<Runtime>::get(netuid), 1);
		assert_eq!(
			last_subtensor_event(),
			SubtensorEvent::EpochConsensusSet { netuid, mode: EpochConsensus::Null }
		);
		// The owner waits two tempos before switching back; root does not.
		assert_noop!(
			AdminUtils::sudo_set_epoch_consensus(owner(), netuid, EpochConsensus::Yuma),
			SubtensorError::<Runtime>::TxRateLimitExceeded
		);
		assert_ok!(AdminUtils::sudo_set_epoch_consensus(root(), netuid, EpochConsensus::Yuma));
		assert_eq!(MaxAllowedValidators::<Runtime>::get(netuid), 64);

		// Nor inside the freeze window before an epoch.
		AdminFreezeWindow::<Runtime>::put(5);
		System::set_block_number(6);
		assert_noop!(
			AdminUtils::sudo_set_epoch_consensus(root(), netuid, EpochConsensus::Null),
			SubtensorError::<Runtime>::AdminActionProhibitedDuringWeightsWindow
		);
	});
}

#[test]
fn the_owner_sets_the_collateral_share_and_drain_ratio_within_their_bounds() {
	with_subnet(|netuid| {
		let owner = || signed(&Bob.to_account_id());
		assert_noop!(
			AdminUtils::sudo_set_collateral_lock_share(owner(), netuid, 62_259),
			Error::<Runtime>::CollateralLockShareTooHigh
		);
		assert_noop!(
			AdminUtils::sudo_set_collateral_lock_share(root(), NetUid::ROOT, 1),
			Error::<Runtime>::NotPermittedOnRootSubnet
		);
		assert_noop!(
			AdminUtils::sudo_set_collateral_lock_share(signed(&Dave.to_account_id()), netuid, 1),
			DispatchError::BadOrigin
		);
		assert_ok!(AdminUtils::sudo_set_collateral_lock_share(owner(), netuid, 62_258));
		assert_eq!(pallet_subtensor::CollateralLockShare::<Runtime>::get(netuid), 62_258);

		for refused in [U64F64::from_num(0), U64F64::from_num(10) + U64F64::from_bits(1)] {
			assert_noop!(
				AdminUtils::sudo_set_collateral_drain_ratio(root(), netuid, refused),
				Error::<Runtime>::CollateralDrainRatioOutOfBounds
			);
		}
		// The smallest positive ratio (one bit) and the largest are both accepted.
		assert_ok!(AdminUtils::sudo_set_collateral_drain_ratio(
			root(),
			netuid,
			U64F64::from_bits(1)
		));
		assert_ok!(AdminUtils::sudo_set_collateral_drain_ratio(
			owner(),
			netuid,
			U64F64::from_num(10)
		));
		assert_eq!(
			pallet_subtensor::CollateralDrainRatio::<Runtime>::get(netuid),
			U64F64::from_num(10)
		);
	});
}
