//! Subnet creation, lock cost, owner calls and dissolution.

use super::mock::*;
use crate::{Error, Event, *};
use frame_support::{assert_noop, storage::storage_prefix};
use sp_runtime::DispatchError;
use subtensor_common::{AlphaBalance, NetUid, TaoBalance};

const MIN_LOCK: u64 = 1_000 * TAO;

#[test]
fn root_subnet_exists_from_genesis() {
	run_test(|| {
		assert!(NetworksAdded::<Test>::get(NetUid::ROOT));
		assert_eq!(TotalNetworks::<Test>::get(), 1);
		assert_eq!(SubnetMechanism::<Test>::get(NetUid::ROOT), 0);
		assert_eq!(MaxAllowedUids::<Test>::get(NetUid::ROOT), 64);
		assert_eq!(Tempo::<Test>::get(NetUid::ROOT), 100);
		assert_eq!(TokenSymbol::<Test>::get(NetUid::ROOT), "Τ".as_bytes().to_vec());
		assert_eq!(TotalIssuance::<Test>::get(), TaoBalance::new(10_000_000 * TAO));
		assert!(SubtokenEnabled::<Test>::get(NetUid::ROOT));
	});
}

#[test]
fn register_network_locks_tao_and_seeds_the_pool() {
	run_test(|| {
		let before = balance(&owner());
		let netuid = add_subnet();
		assert_eq!(netuid, NetUid::new(1));
		assert_eq!(balance(&owner()), before - MIN_LOCK);
		assert_eq!(balance(&SubtensorModule::subnet_account_id(netuid)), MIN_LOCK);
		assert_eq!(SubnetLocked::<Test>::get(netuid), TaoBalance::new(MIN_LOCK));
		assert_eq!(SubnetTAO::<Test>::get(netuid), TaoBalance::new(MIN_LOCK));
		// The first subnet prices alpha at 1 TAO.
		assert_eq!(SubnetAlphaIn::<Test>::get(netuid), AlphaBalance::new(MIN_LOCK));
		assert_eq!(SubnetOwner::<Test>::get(netuid), owner());
		assert_eq!(SubnetOwnerHotkey::<Test>::get(netuid), owner_hotkey());
		assert_eq!(Owner::<Test>::get(owner_hotkey()), owner());
		assert_eq!(Keys::<Test>::get(netuid, 0), owner_hotkey());
		assert_eq!(Uids::<Test>::get(netuid, owner_hotkey()), Some(0));
		assert_eq!(SubnetworkN::<Test>::get(netuid), 1);
		assert_eq!(SubnetMechanism::<Test>::get(netuid), 1);
		assert_eq!(TotalNetworks::<Test>::get(), 2);
		assert_eq!(TokenSymbol::<Test>::get(netuid), "α".as_bytes().to_vec());
		// New-subnet hyperparameters.
		assert_eq!(Burn::<Test>::get(netuid), TaoBalance::new(TAO));
		assert_eq!(ImmunityPeriod::<Test>::get(netuid), 5_000);
		assert_eq!(MaxAllowedValidators::<Test>::get(netuid), 64);
		assert_eq!(MinAllowedWeights::<Test>::get(netuid), 1);
		assert!(Yuma3On::<Test>::get(netuid));
		assert!(!SubnetEmissionEnabled::<Test>::get(netuid));
		assert!(!SubtokenEnabled::<Test>::get(netuid));
		System::assert_has_event(RuntimeEvent::SubtensorModule(Event::NetworkAdded(netuid, 1)));
		System::assert_has_event(RuntimeEvent::SubtensorModule(Event::NeuronRegistered(
			netuid,
			0,
			owner_hotkey(),
		)));
	});
}

#[test]
fn lock_cost_doubles_after_a_registration_and_decays_back() {
	run_test(|| {
		NetworkLockReductionInterval::<Test>::put(1_000);
		assert_eq!(SubtensorModule::get_network_lock_cost(), TaoBalance::new(MIN_LOCK));
		add_subnet();
		assert_eq!(SubtensorModule::get_network_lock_cost(), TaoBalance::new(2 * MIN_LOCK));
		let interval = NetworkLockReductionInterval::<Test>::get();
		run_to_block(1 + interval / 2);
		assert_eq!(SubtensorModule::get_network_lock_cost(), TaoBalance::new(3 * MIN_LOCK / 2));
		run_to_block(1 + interval);
		assert_eq!(SubtensorModule::get_network_lock_cost(), TaoBalance::new(MIN_LOCK));
	});
}

#[test]
fn netuids_are_the_smallest_free_ones() {
	run_test(|| {
		let first = add_subnet();
		let second = add_subnet_for(account(4), account(5));
		assert_eq!(second, NetUid::new(2));
		assert_ok(SubtensorModule::dissolve_network(RuntimeOrigin::root(), owner(), first));
		// Not while its stakers are being paid...
		assert_eq!(add_subnet_for(account(6), account(7)), NetUid::new(3));
		// ...but once they are.
		pay_out_dissolutions();
		assert_eq!(add_subnet_for(account(8), account(9)), first);
		assert_eq!(RegisteredSubnetCounter::<Test>::get(first), 2);
	});
}

#[test]
fn register_network_refusals_change_nothing() {
	run_test(|| {
		add_subnet();
		NetworkRateLimit::<Test>::put(10);
		assert_noop!(
			SubtensorModule::register_network(RuntimeOrigin::signed(account(4)), account(5)),
			Error::<Test>::NetworkTxRateLimitExceeded
		);
		NetworkRateLimit::<Test>::put(0);
		assert_noop!(
			SubtensorModule::register_network(RuntimeOrigin::signed(account(4)), owner_hotkey()),
			Error::<Test>::NonAssociatedColdKey
		);
		let subnet_account = SubtensorModule::subnet_account_id(NetUid::new(1));
		assert_noop!(
			SubtensorModule::register_network(RuntimeOrigin::signed(account(4)), subnet_account),
			Error::<Test>::CannotUseSystemAccount
		);
		assert_noop!(
			SubtensorModule::register_network(RuntimeOrigin::signed(account(20)), account(21)),
			Error::<Test>::CannotAffordLockCost
		);
		let too_long = SubnetIdentityV3 { subnet_name: vec![b'x'; 257], ..Default::default() };
		assert_noop!(
			SubtensorModule::register_network_with_identity(
				RuntimeOrigin::signed(account(4)),
				account(5),
				Some(too_long)
			),
			Error::<Test>::InvalidIdentity
		);
		NetworkRegistrationStartBlock::<Test>::put(100);
		assert_noop!(
			SubtensorModule::register_network(RuntimeOrigin::signed(account(4)), account(5)),
			Error::<Test>::SubNetRegistrationDisabled
		);
	});
}

#[test]
fn register_network_with_identity_stores_it() {
	run_test(|| {
		let identity = SubnetIdentityV3 { subnet_name: b"apex".to_vec(), ..Default::default() };
		assert_ok(SubtensorModule::register_network_with_identity(
			RuntimeOrigin::signed(owner()),
			owner_hotkey(),
			Some(identity.clone()),
		));
		let netuid = last_added_netuid();
		assert_eq!(SubnetIdentitiesV3::<Test>::get(netuid), Some(identity));
		System::assert_has_event(RuntimeEvent::SubtensorModule(Event::SubnetIdentitySet(netuid)));
	});
}

#[test]
fn at_the_subnet_limit_the_lowest_priced_old_subnet_is_replaced() {
	run_test(|| {
		SubnetLimit::<Test>::put(2);
		let cheap = add_subnet();
		let dear = add_subnet_for(account(4), account(5));
		SubnetMovingPrice::<Test>::insert(cheap, substrate_fixed::types::I96F32::from_num(0.1));
		SubnetMovingPrice::<Test>::insert(dear, substrate_fixed::types::I96F32::from_num(0.5));
		assert_noop!(
			SubtensorModule::register_network(RuntimeOrigin::signed(account(6)), account(7)),
			Error::<Test>::SubnetLimitReached
		);
		NetworkImmunityPeriod::<Test>::put(0);
		// The cheap one goes; its netuid stays taken while its stakers are paid, so the new
		// subnet gets the next free one.
		let added = add_subnet_for(account(6), account(7));
		System::assert_has_event(RuntimeEvent::SubtensorModule(Event::NetworkRemoved(cheap)));
		assert!(!SubtensorModule::subnet_exists(cheap));
		assert_eq!(added, NetUid::new(3));
		assert_eq!(SubnetOwner::<Test>::get(added), account(6));
		assert_eq!(SubnetOwner::<Test>::get(dear), account(4));
		assert_eq!(SubtensorModule::non_root_subnet_count(), 2);
		pay_out_dissolutions();
		assert!(!DissolvingSubnets::<Test>::contains_key(cheap));
	});
}

#[test]
fn start_call_enables_the_subnet_after_the_delay() {
	run_test(|| {
		let netuid = add_subnet();
		StartCallDelay::<Test>::put(5);
		assert_noop!(
			SubtensorModule::start_call(RuntimeOrigin::signed(account(4)), netuid),
			DispatchError::BadOrigin
		);
		assert_noop!(
			SubtensorModule::start_call(RuntimeOrigin::signed(owner()), NetUid::new(9)),
			Error::<Test>::SubnetNotExists
		);
		assert_noop!(
			SubtensorModule::start_call(RuntimeOrigin::signed(owner()), netuid),
			Error::<Test>::NeedWaitingMoreBlocksToStarCall
		);
		run_to_block(6);
		assert_ok(SubtensorModule::start_call(RuntimeOrigin::signed(owner()), netuid));
		assert_eq!(FirstEmissionBlockNumber::<Test>::get(netuid), Some(7));
		assert!(SubtokenEnabled::<Test>::get(netuid));
		assert_last_event(Event::FirstEmissionBlockNumberSet(netuid, 7));
		assert_noop!(
			SubtensorModule::start_call(RuntimeOrigin::signed(owner()), netuid),
			Error::<Test>::FirstEmissionBlockNumberAlreadySet
		);
	});
}

/// The owner sets an identity with only a name.
fn set_identity_named(netuid: NetUid, name: &[u8]) -> sp_runtime::DispatchResult {
	let (empty, name) = (Vec::new(), name.to_vec());
	SubtensorModule::set_subnet_identity(
		RuntimeOrigin::signed(owner()),
		netuid,
		name,
		empty.clone(),
		empty.clone(),
		empty.clone(),
		empty.clone(),
		empty.clone(),
		empty.clone(),
		empty,
	)
}

/// Every storage key under the pallet's prefix.
fn pallet_keys() -> Vec<Vec<u8>> {
	let prefix = sp_io::hashing::twox_128(b"SubtensorModule").to_vec();
	let mut keys = Vec::new();
	let mut next = prefix.clone();
	while let Some(key) = sp_io::storage::next_key(&next) {
		if !key.starts_with(&prefix) {
			break;
		}
		keys.push(key.clone());
		next = key;
	}
	keys
}

/// The storage key of a plain value of the pallet.
fn value_key(name: &str) -> Vec<u8> {
	storage_prefix(b"SubtensorModule", name.as_bytes()).to_vec()
}

#[test]
fn dissolving_removes_every_key_of_the_subnet() {
	run_test(|| {
		let before = pallet_keys();
		let netuid = add_subnet();
		// Use the subnet: neurons, endpoints, weights, identity, owner rate limits.
		assert_ok(SubtensorModule::burned_register(
			RuntimeOrigin::signed(miner_coldkey()),
			netuid,
			account(4),
		));
		assert_ok(SubtensorModule::serve_axon(
			RuntimeOrigin::signed(account(4)),
			netuid,
			1,
			0x0a00_0001,
			8091,
			4,
			0,
			0,
			0,
		));
		assert_ok(SubtensorModule::serve_prometheus(
			RuntimeOrigin::signed(account(4)),
			netuid,
			1,
			0x0a00_0001,
			9090,
			4,
		));
		let index = subtensor_common::NetUidStorageIndex::of_subnet(netuid);
		Weights::<Test>::insert(index, 1, vec![(0, 65_535)]);
		// An unrevealed commit and an epoch's records.
		WeightsSetRateLimit::<Test>::insert(netuid, 0);
		assert_ok(SubtensorModule::commit_weights(
			RuntimeOrigin::signed(account(4)),
			netuid,
			sp_core::H256::repeat_byte(1),
		));
		SubtensorModule::run_subnet_epoch(netuid, 0);
		assert_ok(SubtensorModule::start_call(RuntimeOrigin::signed(owner()), netuid));
		assert_ok(SubtensorModule::add_stake(
			RuntimeOrigin::signed(account(5)),
			account(4),
			netuid,
			(10 * TAO).into(),
		));
		assert_ok(set_identity_named(netuid, b"n"));
		assert_ok(SubtensorModule::set_activity_cutoff_factor(
			RuntimeOrigin::signed(owner()),
			netuid,
			2_000,
		));
		assert_ok(SubtensorModule::set_tempo(RuntimeOrigin::signed(owner()), netuid, 400));

		assert_noop!(
			SubtensorModule::dissolve_network(RuntimeOrigin::signed(owner()), owner(), netuid),
			DispatchError::BadOrigin
		);
		assert_ok(SubtensorModule::root_dissolve_network(RuntimeOrigin::root(), netuid));
		assert_last_event(Event::NetworkRemoved(netuid));
		pay_out_dissolutions();

		// What may remain: chain-wide records, and what belongs to hotkeys and coldkeys rather
		// than to the subnet (ownership, staking-hotkey lists, delegate takes).
		let allowed = [
			value_key("NetworkLastLockCost"),
			value_key("TotalIssuance"),
			value_key("TotalStake"),
			LastRateLimitedBlock::<Test>::hashed_key_for(RateLimitKey::NetworkLastRegistered),
			RegisteredSubnetCounter::<Test>::hashed_key_for(netuid),
			Owner::<Test>::hashed_key_for(owner_hotkey()),
			Owner::<Test>::hashed_key_for(account(4)),
			OwnedHotkeys::<Test>::hashed_key_for(owner()),
			OwnedHotkeys::<Test>::hashed_key_for(miner_coldkey()),
			StakingHotkeys::<Test>::hashed_key_for(owner()),
			StakingHotkeys::<Test>::hashed_key_for(miner_coldkey()),
			StakingHotkeys::<Test>::hashed_key_for(account(5)),
			LastColdkeyHotkeyStakeBlock::<Test>::hashed_key_for(account(5), account(4)),
			// The nomination made the hotkey a delegate; its take is not the subnet's.
			Delegates::<Test>::hashed_key_for(account(4)),
		];
		let after = pallet_keys();
		let leftover: Vec<_> =
			after.iter().filter(|key| !before.contains(key) && !allowed.contains(key)).collect();
		assert!(leftover.is_empty(), "{} keys left: {:?}", leftover.len(), leftover);
		assert!(!NetworksAdded::<Test>::get(netuid));
		assert_eq!(TotalNetworks::<Test>::get(), 1);
		assert_eq!(TotalStake::<Test>::get(), TaoBalance::ZERO);
		// The lock and the registration burn are recycled; the account keeps its deposit.
		assert_eq!(balance(&SubtensorModule::subnet_account_id(netuid)), 500);
	});
}

#[test]
fn dissolving_pays_the_pool_to_stakers_pro_rata() {
	run_test(|| {
		let netuid = add_subnet();
		assert_ok(SubtensorModule::start_call(RuntimeOrigin::signed(owner()), netuid));
		for (coldkey, tao) in [(5, 10 * TAO), (6, 30 * TAO)] {
			assert_ok(SubtensorModule::add_stake(
				RuntimeOrigin::signed(account(coldkey)),
				owner_hotkey(),
				netuid,
				tao.into(),
			));
		}
		let alpha = |c| SubtensorModule::stake_of(&owner_hotkey(), &account(c), netuid).to_u64();
		let (a5, a6) = (alpha(5), alpha(6));
		let pot = u128::from(SubnetTAO::<Test>::get(netuid).to_u64());
		let total = u128::from(a5 + a6 + SubnetAlphaIn::<Test>::get(netuid).to_u64());
		let (before5, before6) = (balance(&account(5)), balance(&account(6)));

		assert_ok(SubtensorModule::dissolve_network(RuntimeOrigin::root(), owner(), netuid));
		pay_out_dissolutions();

		let share = |a: u64| (pot * u128::from(a) / total) as u64;
		// Each staker gets its share of the pot, give or take the rao of the rounding.
		assert!(balance(&account(5)).abs_diff(before5 + share(a5)) <= 1);
		assert!(balance(&account(6)).abs_diff(before6 + share(a6)) <= 1);
		assert!(!TotalHotkeyAlpha::<Test>::contains_key(owner_hotkey(), netuid));
		assert_eq!(AlphaV2::<Test>::iter().count(), 0);
	});
}

#[test]
fn root_cannot_be_dissolved() {
	run_test(|| {
		assert_noop!(
			SubtensorModule::dissolve_network(RuntimeOrigin::root(), owner(), NetUid::ROOT),
			Error::<Test>::CannotDissolveRootSubnet
		);
		assert_noop!(
			SubtensorModule::root_dissolve_network(RuntimeOrigin::root(), NetUid::new(3)),
			Error::<Test>::SubnetNotExists
		);
	});
}

#[test]
fn owner_sets_identity_and_symbol() {
	run_test(|| {
		let netuid = add_subnet();
		let identity = |name: &[u8]| set_identity_named(netuid, name);
		assert_ok(identity(b"apex"));
		assert_eq!(SubnetIdentitiesV3::<Test>::get(netuid).unwrap().subnet_name, b"apex".to_vec());
		assert_last_event(Event::SubnetIdentitySet(netuid));
		assert_noop!(identity(&[b'x'; 300]), Error::<Test>::InvalidIdentity);

		let gamma = "γ".as_bytes().to_vec();
		assert_ok(SubtensorModule::update_symbol(
			RuntimeOrigin::signed(owner()),
			netuid,
			gamma.clone(),
		));
		assert_eq!(TokenSymbol::<Test>::get(netuid), gamma);
		assert_last_event(Event::SymbolUpdated { netuid, symbol: gamma.clone() });
		assert_noop!(
			SubtensorModule::update_symbol(RuntimeOrigin::root(), netuid, gamma),
			Error::<Test>::SymbolAlreadyInUse
		);
		assert_noop!(
			SubtensorModule::update_symbol(RuntimeOrigin::root(), netuid, b"ABC".to_vec()),
			Error::<Test>::SymbolDoesNotExist
		);
		assert_noop!(
			SubtensorModule::update_symbol(RuntimeOrigin::signed(account(4)), netuid, "δ".into()),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn owner_sets_tempo_within_bounds_outside_the_freeze_window() {
	run_test(|| {
		let netuid = add_subnet();
		let set = |tempo| SubtensorModule::set_tempo(RuntimeOrigin::signed(owner()), netuid, tempo);
		assert_noop!(set(100), Error::<Test>::TempoOutOfBounds);
		assert_noop!(set(50_401), Error::<Test>::TempoOutOfBounds);
		// Tempo 360 and the epoch stagger put the next epoch 359 blocks away: open.
		assert_ok(set(720));
		assert_eq!(Tempo::<Test>::get(netuid), 720);
		assert_eq!(LastEpochBlock::<Test>::get(netuid), 1);
		assert_last_event(Event::TempoSet(netuid, 720));
		assert_noop!(set(1_000), Error::<Test>::TxRateLimitExceeded);
		// Inside the last 10 blocks before the epoch.
		run_to_block(715);
		assert_noop!(set(1_000), Error::<Test>::AdminActionProhibitedDuringWeightsWindow);
		assert_noop!(
			SubtensorModule::set_tempo(RuntimeOrigin::signed(account(4)), netuid, 1_000),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn activity_cutoff_factor_is_bounded_and_owner_rate_limited() {
	run_test(|| {
		let netuid = add_subnet();
		let by_owner = |f| {
			SubtensorModule::set_activity_cutoff_factor(RuntimeOrigin::signed(owner()), netuid, f)
		};
		assert_noop!(by_owner(999), Error::<Test>::ActivityCutoffFactorMilliOutOfBounds);
		assert_noop!(by_owner(50_001), Error::<Test>::ActivityCutoffFactorMilliOutOfBounds);
		assert_ok(by_owner(2_000));
		assert_eq!(ActivityCutoffFactorMilli::<Test>::get(netuid), 2_000);
		assert_last_event(Event::ActivityCutoffFactorMilliSet { netuid, factor_milli: 2_000 });
		assert_noop!(by_owner(3_000), Error::<Test>::TxRateLimitExceeded);
		// Root is not rate limited.
		assert_ok(SubtensorModule::set_activity_cutoff_factor(
			RuntimeOrigin::root(),
			netuid,
			3_000,
		));
		assert_eq!(ActivityCutoffFactorMilli::<Test>::get(netuid), 3_000);
	});
}

#[test]
fn trigger_epoch_schedules_one_epoch() {
	run_test(|| {
		let netuid = add_subnet();
		let trigger = || SubtensorModule::trigger_epoch(RuntimeOrigin::signed(owner()), netuid);
		assert_noop!(trigger(), Error::<Test>::DynamicTempoBlockedByCommitReveal);
		CommitRevealWeightsEnabled::<Test>::insert(netuid, false);
		assert_ok(trigger());
		assert_eq!(PendingEpochAt::<Test>::get(netuid), 11);
		assert_last_event(Event::EpochTriggered { netuid, by: owner(), fires_at: 11 });
		assert_noop!(trigger(), Error::<Test>::EpochTriggerAlreadyPending);
		// The triggered epoch ran at block 11; the next automatic one, at 371, is too close.
		run_to_block(365);
		assert_noop!(trigger(), Error::<Test>::AutoEpochAlreadyImminent);
	});
}

#[test]
fn epochs_run_every_tempo_and_when_triggered() {
	run_test(|| {
		let netuid = add_subnet();
		// Netuid 1 with tempo 360: staggered to start at block 0, so due at block 360.
		run_to_block(359);
		assert_eq!(SubnetEpochIndex::<Test>::get(netuid), 0);
		run_to_block(360);
		assert_eq!(LastEpochBlock::<Test>::get(netuid), 360);
		assert_eq!(SubnetEpochIndex::<Test>::get(netuid), 1);
		// The freeze window follows the schedule: open again right after an epoch.
		assert!(!SubtensorModule::is_in_admin_freeze_window(netuid, 361));
		assert!(SubtensorModule::is_in_admin_freeze_window(netuid, 715));

		CommitRevealWeightsEnabled::<Test>::insert(netuid, false);
		assert_ok(SubtensorModule::trigger_epoch(RuntimeOrigin::signed(owner()), netuid));
		assert_eq!(PendingEpochAt::<Test>::get(netuid), 370);
		assert!(SubtensorModule::is_in_admin_freeze_window(netuid, 365));
		run_to_block(370);
		assert_eq!(LastEpochBlock::<Test>::get(netuid), 370);
		assert_eq!(PendingEpochAt::<Test>::get(netuid), 0);
		assert_eq!(SubnetEpochIndex::<Test>::get(netuid), 2);
	});
}

#[test]
fn epochs_beyond_the_per_block_cap_move_to_the_next_block() {
	run_test(|| {
		let subnets: Vec<NetUid> =
			(4..7).map(|i| add_subnet_for(account(i), account(10 + i))).collect();
		for netuid in &subnets {
			LastEpochBlock::<Test>::insert(netuid, 0);
		}
		MaxEpochsPerBlock::<Test>::put(2);
		run_to_block(360);
		let ran: Vec<u64> = subnets.iter().map(SubnetEpochIndex::<Test>::get).collect();
		assert_eq!(ran, vec![1, 1, 0]);
		System::assert_has_event(RuntimeEvent::SubtensorModule(Event::EpochDeferred {
			netuid: subnets[2],
			from_block: 360,
			to_block: 361,
		}));
		run_to_block(361);
		assert_eq!(SubnetEpochIndex::<Test>::get(subnets[2]), 1);
		assert_eq!(LastEpochBlock::<Test>::get(subnets[2]), 361);
	});
}
