//! Child keys: setting them (every refusal by name), the cooldown and the epoch that applies
//! them, the stake they move, how dividends flow back to parents, and the takes.

use super::emission::{stake, subnet_with_validators_and_miners, VALIDATOR_A};
use super::mock::*;
use crate::*;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;
use subtensor_common::{AlphaBalance, NetUid};

/// All of a parent's stake weight.
const WHOLE: u64 = u64::MAX;
/// Validator A's owner.
const OWNER_A: u8 = 5;
/// A hotkey of another owner (coldkey 6), registered as the child.
const CHILD: u8 = 22;

fn set_children(
	coldkey: u8,
	parent: u8,
	netuid: NetUid,
	children: &[(u64, u8)],
) -> Result<(), DispatchError> {
	let children = children.iter().map(|(share, child)| (*share, account(*child))).collect();
	SubtensorModule::set_children(
		RuntimeOrigin::signed(account(coldkey)),
		account(parent),
		netuid,
		children,
	)
}

fn links(children: &[(u64, u8)]) -> Vec<(u64, sp_runtime::AccountId32)> {
	children.iter().map(|(share, key)| (*share, account(*key))).collect()
}

/// (hotkey, alpha) pairs as a dividend split returns them.
fn paid(shares: &[(u8, u64)]) -> Vec<(sp_runtime::AccountId32, u64)> {
	shares.iter().map(|(key, alpha)| (account(*key), *alpha)).collect()
}

/// A subnet before `start_call` (child keys apply at once) where hotkeys 20–24 of coldkey 5
/// are registered.
fn unstarted_subnet() -> NetUid {
	let netuid = add_subnet();
	for hotkey in 20..=24 {
		assert_ok(SubtensorModule::burned_register(
			RuntimeOrigin::signed(account(OWNER_A)),
			netuid,
			account(hotkey),
		));
	}
	netuid
}

/// Gives `hotkey` `alpha` of stake on `netuid` (held by its owner).
fn give_stake(hotkey: u8, netuid: NetUid, alpha: u64) {
	credit(&account(hotkey), netuid, alpha);
}

/// Credits `alpha` to `hotkey`'s owner on `netuid` as alpha bought from the pool would be.
fn credit(hotkey: &sp_runtime::AccountId32, netuid: NetUid, alpha: u64) {
	let owner = Owner::<Test>::get(hotkey);
	assert_ok(
		SubtensorModule::credit_stake(hotkey, &owner, netuid, AlphaBalance::new(alpha))
			.map_err(Into::into),
	);
	SubnetAlphaOut::<Test>::mutate(netuid, |out| {
		*out = out.saturating_add(AlphaBalance::new(alpha))
	});
}

#[test]
fn children_are_refused_by_name_and_nothing_changes() {
	run_test(|| {
		let netuid = unstarted_subnet();
		let refused = |coldkey, parent, netuid, children: &[(u64, u8)], error: Error<Test>| {
			assert_noop!(set_children(coldkey, parent, netuid, children), error);
		};
		refused(
			OWNER_A,
			20,
			NetUid::ROOT,
			&[(WHOLE, 21)],
			Error::RegistrationNotPermittedOnRootSubnet,
		);
		refused(OWNER_A, 20, NetUid::new(77), &[(WHOLE, 21)], Error::SubnetNotExists);
		refused(6, 20, netuid, &[(WHOLE, 21)], Error::NonAssociatedColdKey);
		refused(OWNER_A, 20, netuid, &[(1, 21), (1, 21)], Error::DuplicateChild);
		refused(OWNER_A, 20, netuid, &[(1, 20)], Error::InvalidChild);
		let six: Vec<(u64, u8)> = (30..36).map(|child| (1, child)).collect();
		refused(OWNER_A, 20, netuid, &six, Error::TooManyChildren);
		refused(OWNER_A, 20, netuid, &[(WHOLE, 21), (1, 22)], Error::ProportionOverflow);
		// A parent of 20 cannot become its child.
		assert_ok!(set_children(OWNER_A, 21, netuid, &[(WHOLE, 20)]));
		refused(OWNER_A, 20, netuid, &[(WHOLE, 21)], Error::ChildParentInconsistency);
		// Too little stake to lend (the owner's hotkey and removals are exempt).
		StakeThreshold::<Test>::put(1_000 * TAO);
		// Once per 150 blocks per hotkey and subnet, removals too (which need no stake).
		assert_noop!(set_children(OWNER_A, 21, netuid, &[]), Error::<Test>::TxRateLimitExceeded);
		run_to_block(System::block_number() + 150);
		assert_ok!(set_children(OWNER_A, 21, netuid, &[]));
		assert!(ChildKeys::<Test>::get(account(21), netuid).is_empty());
		assert!(ParentKeys::<Test>::get(account(20), netuid).is_empty());
	});
}

#[test]
fn before_start_call_children_apply_at_once_and_both_sides_agree() {
	run_test(|| {
		let netuid = unstarted_subnet();
		let children = [(WHOLE / 4, 23), (WHOLE / 2, 21)];
		assert_ok!(set_children(OWNER_A, 20, netuid, &children));
		assert_last_event(Event::SetChildren(account(20), netuid, links(&children)));
		// Stored in the order of the child keys.
		assert_eq!(
			ChildKeys::<Test>::get(account(20), netuid),
			links(&[(WHOLE / 2, 21), (WHOLE / 4, 23)])
		);
		assert_eq!(ParentKeys::<Test>::get(account(21), netuid), links(&[(WHOLE / 2, 20)]));
		assert_eq!(ParentKeys::<Test>::get(account(23), netuid), links(&[(WHOLE / 4, 20)]));
		// A new set replaces the old one on both sides.
		run_to_block(System::block_number() + 150);
		assert_ok!(set_children(OWNER_A, 20, netuid, &[(WHOLE, 24)]));
		assert!(ParentKeys::<Test>::get(account(21), netuid).is_empty());
		assert!(ParentKeys::<Test>::get(account(23), netuid).is_empty());
		assert_eq!(ParentKeys::<Test>::get(account(24), netuid), links(&[(WHOLE, 20)]));
		assert!(PendingChildKeys::<Test>::iter_prefix(netuid).next().is_none());
	});
}

#[test]
fn after_start_call_children_wait_for_the_cooldown_and_an_epoch() {
	run_test(|| {
		let netuid = subnet_with_validators_and_miners();
		assert_ok!(SubtensorModule::set_pending_childkey_cooldown(RuntimeOrigin::root(), 15));
		let now = System::block_number();
		assert_ok!(set_children(OWNER_A, VALIDATOR_A, netuid, &[(WHOLE, 31)]));
		assert_last_event(Event::SetChildrenScheduled(
			account(VALIDATOR_A),
			netuid,
			now + 15,
			links(&[(WHOLE, 31)]),
		));
		assert_eq!(
			PendingChildKeys::<Test>::get(netuid, account(VALIDATOR_A)),
			(links(&[(WHOLE, 31)]), now + 15)
		);
		// The epoch at +10 is inside the cooldown; the one at +20 applies the set.
		run_to_block(now + 10);
		assert!(ChildKeys::<Test>::get(account(VALIDATOR_A), netuid).is_empty());
		run_to_block(now + 19);
		assert!(ChildKeys::<Test>::get(account(VALIDATOR_A), netuid).is_empty());
		run_to_block(now + 20);
		assert_eq!(ChildKeys::<Test>::get(account(VALIDATOR_A), netuid), links(&[(WHOLE, 31)]));
		assert!(!PendingChildKeys::<Test>::contains_key(netuid, account(VALIDATOR_A)));
		System::assert_has_event(RuntimeEvent::SubtensorModule(Event::SetChildren(
			account(VALIDATOR_A),
			netuid,
			links(&[(WHOLE, 31)]),
		)));
	});
}

#[test]
fn lent_stake_moves_from_parent_to_child_as_the_reference_computes_it() {
	run_test(|| {
		let netuid = unstarted_subnet();
		// The reference's worked case: parents of 1000 and 2000 alpha each lend half to one
		// child; a half of u64::MAX is a hair under one half in U96F32, so the child ends one
		// rao short of 1500.
		give_stake(20, netuid, 1_000);
		give_stake(21, netuid, 2_000);
		assert_ok!(set_children(OWNER_A, 20, netuid, &[(WHOLE / 2, 22)]));
		assert_ok!(set_children(OWNER_A, 21, netuid, &[(WHOLE / 2, 22)]));
		assert_eq!(SubtensorModule::inherited_stake(&account(20), netuid).alpha, 500);
		assert_eq!(SubtensorModule::inherited_stake(&account(21), netuid).alpha, 1_000);
		assert_eq!(SubtensorModule::inherited_stake(&account(22), netuid).alpha, 1_499);
		// Root stake is lent the same way, per subnet.
		give_stake(20, NetUid::ROOT, 4_000);
		assert_eq!(SubtensorModule::inherited_stake(&account(20), netuid).root, 2_000);
		assert_eq!(SubtensorModule::inherited_stake(&account(22), netuid).root, 1_999);
		// Elsewhere nothing is lent.
		assert_eq!(SubtensorModule::inherited_stake(&account(22), NetUid::new(77)).root, 0);
	});
}

#[test]
fn a_childs_dividend_is_shared_with_its_parents_less_its_take() {
	run_test(|| {
		let netuid = unstarted_subnet();
		// Parent 21 (owner 6) lends all of its 3000 alpha to child 20 (owner 5), which holds
		// 1000 of its own: the parent contributed 3/4 of the child's stake.
		assert_ok(SubtensorModule::burned_register(
			RuntimeOrigin::signed(account(6)),
			netuid,
			account(25),
		));
		give_stake(20, netuid, 1_000);
		give_stake(25, netuid, 3_000);
		assert_ok!(SubtensorModule::set_children(
			RuntimeOrigin::signed(account(6)),
			account(25),
			netuid,
			links(&[(WHOLE, 20)])
		));
		let shares = |dividend| {
			SubtensorModule::parent_child_dividends(&account(20), netuid, dividend).shares
		};
		let burned = || SubtensorModule::parent_child_dividends(&account(20), netuid, 1_000).burned;
		// No take: 750 to the parent, 250 kept.
		assert_eq!(shares(1_000), paid(&[(25, 750), (20, 250)]));
		// The highest take (11 796 / 65 535 ≈ 18 %): the child keeps 134.99… of the parent's 750.
		assert_ok!(SubtensorModule::set_childkey_take(
			RuntimeOrigin::signed(account(OWNER_A)),
			account(20),
			netuid,
			11_796
		));
		assert_eq!(shares(1_000), paid(&[(25, 615), (20, 384)]));
		// CKBurn recycles its share of what goes to a parent of another owner: half of 750
		// (a hair under) is burned, the take comes out of the parent's part too.
		CKBurn::<Test>::put(u64::MAX / 2);
		assert_eq!(shares(1_000), paid(&[(25, 240), (20, 384)]));
		assert_eq!(burned(), paid(&[(25, 374)]));
		// All of it burned: the child's take cannot come on top (no alpha is created).
		CKBurn::<Test>::put(u64::MAX);
		assert_eq!(shares(1_000), paid(&[(25, 0), (20, 250)]));
		assert_eq!(burned(), paid(&[(25, 750)]));
		// A parent of the same owner pays neither take nor burn.
		assert_ok!(set_children(OWNER_A, 21, netuid, &[(WHOLE, 20)]));
		give_stake(21, netuid, 4_000);
		let split = shares(2_000);
		assert_eq!(split.iter().find(|(key, _)| *key == account(21)).map(|(_, d)| *d), Some(1_000));
	});
}

#[test]
fn childkey_takes_stay_in_bounds_and_rise_only_after_the_rate_limit() {
	run_test(|| {
		let netuid = unstarted_subnet();
		let take = |coldkey: u8, value| {
			SubtensorModule::set_childkey_take(
				RuntimeOrigin::signed(account(coldkey)),
				account(20),
				netuid,
				value,
			)
		};
		assert_noop!(take(6, 100), Error::<Test>::NonAssociatedColdKey);
		assert_noop!(take(OWNER_A, 11_797), Error::<Test>::InvalidChildkeyTake);
		MinChildkeyTakePerSubnet::<Test>::insert(netuid, 50);
		assert_noop!(take(OWNER_A, 49), Error::<Test>::InvalidChildkeyTake);
		assert_eq!(SubtensorModule::childkey_take(&account(20), netuid), 50);
		assert_ok!(take(OWNER_A, 1_000));
		assert_last_event(Event::ChildKeyTakeSet(account(20), 1_000));
		// Raising waits; lowering never does.
		assert_noop!(take(OWNER_A, 1_001), Error::<Test>::TxChildkeyTakeRateLimitExceeded);
		assert_ok!(take(OWNER_A, 900));
		assert_ok!(SubtensorModule::sudo_set_tx_childkey_take_rate_limit(
			RuntimeOrigin::root(),
			10
		));
		run_to_block(System::block_number() + 10);
		assert_ok!(take(OWNER_A, 1_001));
		assert_eq!(ChildkeyTake::<Test>::get(account(20), netuid), 1_001);
		// Root's bounds.
		assert_noop!(
			SubtensorModule::sudo_set_max_childkey_take(RuntimeOrigin::signed(account(OWNER_A)), 1),
			DispatchError::BadOrigin
		);
		assert_ok!(SubtensorModule::sudo_set_max_childkey_take(RuntimeOrigin::root(), 2_000));
		assert_ok!(SubtensorModule::sudo_set_min_childkey_take(RuntimeOrigin::root(), 100));
		assert_eq!((MaxChildkeyTake::<Test>::get(), MinChildkeyTake::<Test>::get()), (2_000, 100));
	});
}

#[test]
fn a_parent_validates_through_its_child_and_earns_dividends_through_it() {
	run_test(|| {
		let netuid = subnet_with_validators_and_miners();
		assert_ok(SubtensorModule::burned_register(
			RuntimeOrigin::signed(account(6)),
			netuid,
			account(CHILD),
		));
		assert_ok!(SubtensorModule::set_pending_childkey_cooldown(RuntimeOrigin::root(), 0));
		assert_ok!(set_children(OWNER_A, VALIDATOR_A, netuid, &[(WHOLE, CHILD)]));
		let start = System::block_number();
		run_to_block(start + 10);
		assert_eq!(SubtensorModule::stake_weight(&account(VALIDATOR_A), netuid), 0);
		let own_of_a = SubtensorModule::total_stake_on(&account(VALIDATOR_A), netuid).to_u64();
		assert_eq!(SubtensorModule::inherited_stake(&account(CHILD), netuid).alpha, own_of_a);
		// The child validates with A's stake from the next epoch on (permits are given there);
		// A's own weights no longer count.
		run_to_block(start + 20);
		for validator in [CHILD, 21] {
			assert_ok!(SubtensorModule::set_weights(
				RuntimeOrigin::signed(account(validator)),
				netuid,
				vec![3, 4],
				vec![3, 1],
				0
			));
		}
		let a_before = stake(VALIDATOR_A, OWNER_A, netuid);
		run_to_block(start + 40);
		let from_child =
			AlphaDividendsPerSubnet::<Test>::get(netuid, account(VALIDATOR_A)).to_u64();
		let kept = AlphaDividendsPerSubnet::<Test>::get(netuid, account(CHILD)).to_u64();
		assert!(from_child > 0, "the parent earns through its child");
		assert!(stake(VALIDATOR_A, OWNER_A, netuid) > a_before);
		// The child keeps no more than its take of what the parent's stake earned.
		let take = f64::from(SubtensorModule::childkey_take(&account(CHILD), netuid)) / 65_535.0;
		assert!(kept as f64 <= (kept + from_child) as f64 * take + 1.0, "{kept} of {from_child}");
	});
}

#[test]
fn a_dissolved_subnet_leaves_no_child_keys_behind() {
	run_test(|| {
		let netuid = unstarted_subnet();
		assert_ok!(set_children(OWNER_A, 20, netuid, &[(WHOLE, 21)]));
		assert_ok!(SubtensorModule::set_childkey_take(
			RuntimeOrigin::signed(account(OWNER_A)),
			account(21),
			netuid,
			100
		));
		assert_ok!(SubtensorModule::dissolve_network(RuntimeOrigin::root(), owner(), netuid));
		pay_out_dissolutions();
		assert!(ChildKeys::<Test>::iter().next().is_none());
		assert!(ParentKeys::<Test>::iter().next().is_none());
		assert!(ChildkeyTake::<Test>::iter().next().is_none());
	});
}

#[test]
fn root_validators_adopt_a_new_subnets_owner_hotkey_unless_they_opted_out() {
	run_test(|| {
		for (coldkey, hotkey) in [(5, 40), (6, 41)] {
			assert_ok!(SubtensorModule::root_register(
				RuntimeOrigin::signed(account(coldkey)),
				account(hotkey)
			));
			give_stake(hotkey, NetUid::ROOT, 100 * TAO);
			run_to_block(System::block_number() + 1);
		}
		assert_noop!(
			SubtensorModule::set_auto_parent_delegation_enabled(
				RuntimeOrigin::signed(account(5)),
				account(20),
				false
			),
			Error::<Test>::NonAssociatedColdKey
		);
		assert_ok!(SubtensorModule::set_auto_parent_delegation_enabled(
			RuntimeOrigin::signed(account(6)),
			account(41),
			false
		));
		assert_last_event(Event::AutoParentDelegationEnabledSet {
			hotkey: account(41),
			enabled: false,
		});
		let netuid = add_subnet();
		assert_eq!(ChildKeys::<Test>::get(account(40), netuid), links(&[(WHOLE, 2)]));
		assert!(ChildKeys::<Test>::get(account(41), netuid).is_empty());
		assert_eq!(ParentKeys::<Test>::get(owner_hotkey(), netuid), links(&[(WHOLE, 40)]));
	});
}

proptest::proptest! {
	#![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

	/// Whatever the stakes, proportions, take and burn: a child's dividend split among itself
	/// and its parents (and the burn) never adds up to more than the dividend, and loses at
	/// most a rao per receiver to rounding.
	#[test]
	fn sharing_a_dividend_neither_creates_nor_destroys_alpha(
		own in 0u64..1_000_000_000_000,
		parents in proptest::collection::vec((1u64..1_000_000_000_000, 1u64..=u64::MAX, 0u64..1_000_000), 1..5),
		take in 0u16..=11_796,
		burn in 0u64..=u64::MAX,
		dividend in 0u64..1_000_000_000_000,
	) {
		run_test(|| {
			let netuid = unstarted_subnet();
			give_stake(20, netuid, own);
			ChildkeyTake::<Test>::insert(account(20), netuid, take);
			CKBurn::<Test>::put(burn);
			for (index, (alpha, share, root)) in parents.iter().enumerate() {
				let parent = account(50 + index as u8);
				SubtensorModule::create_account_if_non_existent(&account(6 + index as u8 % 3), &parent);
				credit(&parent, netuid, *alpha);
				credit(&parent, NetUid::ROOT, *root);
				SubtensorModule::link_children(&parent, netuid, &[(*share, account(20))]);
			}
			let split = SubtensorModule::parent_child_dividends(&account(20), netuid, dividend);
			let shares = split.shares;
			let burned: u64 = split.burned.iter().map(|(_, b)| *b).sum();
			let paid: u64 = shares.iter().map(|(_, d)| *d).sum::<u64>() + burned;
			assert!(paid <= dividend, "{paid} > {dividend}");
			assert!(dividend - paid <= 2 * shares.len() as u64, "{paid} of {dividend}");
			// Child keys only move stake weight: none is created.
			let keys: Vec<_> = (0..parents.len()).map(|i| account(50 + i as u8)).chain([account(20)]).collect();
			let inherited: u64 = keys.iter().map(|k| SubtensorModule::inherited_stake(k, netuid).alpha).sum();
			let owned: u64 = keys.iter().map(|k| SubtensorModule::total_stake_on(k, netuid).to_u64()).sum();
			assert!(inherited <= owned && owned - inherited <= keys.len() as u64);
		});
	}
}
