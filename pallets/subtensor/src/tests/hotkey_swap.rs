//! Hotkey swap: everything keyed by the hotkey moves (each item of `key_swaps`), on every
//! subnet or on one, with or without the stake; every refusal by name changes nothing; stake
//! and root dividends owed are the same after as before.

use super::emission::{stake, subnet_with_validators_and_miners, VALIDATOR_A};
use super::mock::*;
use super::root_claim::{root_dividends_paid, ROOT_NOMINATOR};
use crate::*;
use frame_support::{assert_noop, dispatch::DispatchResultWithPostInfo};
use subtensor_common::{NetUid, NetUidStorageIndex, TaoBalance};

/// The coldkey of validator A.
const OWNER_A: u8 = 5;
/// A nominator of validator A on the first subnet.
const NOMINATOR: u8 = 8;
/// The new hotkey: unused before the swap.
const NEW: u8 = 40;
/// A second hotkey of coldkey 5.
const SPARE: u8 = 41;

fn swap(coldkey: u8, old: u8, new: u8, netuid: Option<NetUid>) -> DispatchResultWithPostInfo {
	swap_v2(coldkey, old, new, netuid, false)
}

fn swap_v2(
	coldkey: u8,
	old: u8,
	new: u8,
	netuid: Option<NetUid>,
	keep_stake: bool,
) -> DispatchResultWithPostInfo {
	SubtensorModule::swap_hotkey_v2(
		RuntimeOrigin::signed(account(coldkey)),
		account(old),
		account(new),
		netuid,
		keep_stake,
	)
}

/// The first subnet of [`subnet_with_validators_and_miners`] and a second, started subnet
/// where validator A is registered too and staked by its owner.
fn validator_on_two_subnets() -> (NetUid, NetUid) {
	let first = subnet_with_validators_and_miners();
	let second = add_subnet();
	assert_ok(SubtensorModule::start_call(RuntimeOrigin::signed(owner()), second));
	assert_ok(SubtensorModule::burned_register(
		RuntimeOrigin::signed(account(OWNER_A)),
		second,
		account(VALIDATOR_A),
	));
	assert_ok(SubtensorModule::add_stake(
		RuntimeOrigin::signed(account(OWNER_A)),
		account(VALIDATOR_A),
		second,
		(10 * TAO).into(),
	));
	(first, second)
}

fn associate(coldkey: u8, hotkey: u8) {
	assert_ok(SubtensorModule::try_associate_hotkey(
		RuntimeOrigin::signed(account(coldkey)),
		account(hotkey),
	));
}

fn uid(hotkey: u8, netuid: NetUid) -> Option<u16> {
	Uids::<Test>::get(netuid, account(hotkey))
}

fn weight_commit() -> alloc::collections::VecDeque<crate::weights_set::WeightCommit> {
	[(sp_core::H256::repeat_byte(7), 3, 5, 9)].into_iter().collect()
}

#[test]
fn a_swap_on_every_subnet_moves_the_neurons_the_stake_and_the_links() {
	run_test(|| {
		let (first, second) = validator_on_two_subnets();
		let (a, new) = (account(VALIDATOR_A), account(NEW));
		assert_ok(SubtensorModule::serve_axon(
			RuntimeOrigin::signed(a.clone()),
			first,
			1,
			0x0808_0808,
			8091,
			4,
			0,
			0,
			0,
		));
		assert_ok(SubtensorModule::serve_prometheus(
			RuntimeOrigin::signed(a.clone()),
			first,
			1,
			0x0808_0808,
			9090,
			4,
		));
		let index = NetUidStorageIndex::of_subnet(first);
		WeightCommits::<Test>::insert(index, &a, weight_commit());
		Delegates::<Test>::insert(&a, 1_000);
		ChildkeyTake::<Test>::insert(&a, first, 2_000);
		SubtensorModule::link_children(&a, first, &[(u64::MAX / 2, account(21))]);
		SubtensorModule::link_children(&account(31), first, &[(u64::MAX, a.clone())]);
		assert_ok(SubtensorModule::set_coldkey_auto_stake_hotkey(
			RuntimeOrigin::signed(account(NOMINATOR)),
			first,
			a.clone(),
		));
		let uids = (uid(VALIDATOR_A, first), uid(VALIDATOR_A, second));
		let stakes = [
			stake(VALIDATOR_A, OWNER_A, first),
			stake(VALIDATOR_A, NOMINATOR, first),
			stake(VALIDATOR_A, OWNER_A, second),
		];
		let pool = TotalHotkeyAlpha::<Test>::get(&a, first);
		let (balance_before, issuance_before) =
			(balance(&account(OWNER_A)), TotalIssuance::<Test>::get());
		let links = ChildKeyLinkCount::<Test>::get(first);

		assert_ok(swap(OWNER_A, VALIDATOR_A, NEW, None).map(|_| ()).map_err(|e| e.error));

		// Neurons: same UIDs, keys, membership and published endpoints.
		assert_eq!((uid(NEW, first), uid(NEW, second)), uids);
		assert_eq!((uid(VALIDATOR_A, first), uid(VALIDATOR_A, second)), (None, None));
		assert_eq!(Keys::<Test>::get(first, uids.0.unwrap()), new);
		assert!(
			IsNetworkMember::<Test>::get(&new, first) && IsNetworkMember::<Test>::get(&new, second)
		);
		assert!(IsNetworkMember::<Test>::iter_prefix(&a).next().is_none());
		assert_eq!(Axons::<Test>::get(first, &new).map(|axon| axon.port), Some(8091));
		assert_eq!(Prometheus::<Test>::get(first, &new).map(|p| p.port), Some(9090));
		assert!(
			Axons::<Test>::get(first, &a).is_none() && Prometheus::<Test>::get(first, &a).is_none()
		);
		assert_eq!(WeightCommits::<Test>::get(index, &new), Some(weight_commit()));
		assert!(WeightCommits::<Test>::get(index, &a).is_none());
		// Stake: every staker's position, the pool and the lists of staked hotkeys.
		assert_eq!(
			[stake(NEW, OWNER_A, first), stake(NEW, NOMINATOR, first), stake(NEW, OWNER_A, second)],
			stakes
		);
		assert_eq!(TotalHotkeyAlpha::<Test>::get(&new, first), pool);
		assert!(TotalHotkeyAlpha::<Test>::iter_prefix(&a).next().is_none());
		assert!(AlphaV2::<Test>::iter_prefix((&a,)).next().is_none());
		assert_eq!(StakePositionCount::<Test>::get(&new, first), 2);
		for coldkey in [OWNER_A, NOMINATOR] {
			let staked = StakingHotkeys::<Test>::get(account(coldkey));
			assert!(staked.contains(&new) && !staked.contains(&a), "{coldkey}: {staked:?}");
		}
		// Ownership, take, children and parents, auto-stake.
		assert_eq!(Owner::<Test>::get(&new), account(OWNER_A));
		assert!(!Owner::<Test>::contains_key(&a));
		let owned = OwnedHotkeys::<Test>::get(account(OWNER_A));
		assert!(owned.contains(&new) && !owned.contains(&a));
		assert_eq!(Delegates::<Test>::get(&new), 1_000);
		assert!(!Delegates::<Test>::contains_key(&a));
		assert_eq!(ChildkeyTake::<Test>::get(&new, first), 2_000);
		assert_eq!(ChildKeys::<Test>::get(&new, first), vec![(u64::MAX / 2, account(21))]);
		assert_eq!(ParentKeys::<Test>::get(account(21), first), vec![(u64::MAX / 2, new.clone())]);
		assert_eq!(ChildKeys::<Test>::get(account(31), first), vec![(u64::MAX, new.clone())]);
		assert_eq!(ParentKeys::<Test>::get(&new, first), vec![(u64::MAX, account(31))]);
		assert_eq!(ChildKeyLinkCount::<Test>::get(first), links);
		assert_eq!(AutoStakeDestination::<Test>::get(account(NOMINATOR), first), Some(new.clone()));
		assert_eq!(
			AutoStakeDestinationColdkeys::<Test>::get(&new, first),
			vec![account(NOMINATOR)]
		);
		// The fee: 0.1 TAO recycled.
		assert_eq!(balance(&account(OWNER_A)), balance_before - TAO / 10);
		assert_eq!(
			TotalIssuance::<Test>::get(),
			issuance_before.saturating_sub(TaoBalance::new(TAO / 10))
		);
		let now = System::block_number();
		assert_eq!(LastHotkeySwapOnNetuid::<Test>::get(first, account(OWNER_A)), now);
		assert_eq!(LastHotkeySwapOnNetuid::<Test>::get(second, account(OWNER_A)), now);
		assert_last_event(Event::HotkeySwapped {
			coldkey: account(OWNER_A),
			old_hotkey: a,
			new_hotkey: new,
		});
	});
}

#[test]
fn a_swap_on_one_subnet_leaves_the_others_and_waits_a_day_before_the_next_there() {
	run_test(|| {
		let (first, second) = validator_on_two_subnets();
		let a = account(VALIDATOR_A);
		let (on_first, balance_before) =
			(stake(VALIDATOR_A, OWNER_A, first), balance(&account(OWNER_A)));
		let on_second = stake(VALIDATOR_A, OWNER_A, second);

		assert_ok(swap(OWNER_A, VALIDATOR_A, NEW, Some(second)).map(|_| ()).map_err(|e| e.error));

		assert!(uid(NEW, second).is_some() && uid(VALIDATOR_A, second).is_none());
		assert!(uid(VALIDATOR_A, first).is_some() && uid(NEW, first).is_none());
		assert_eq!(
			(stake(VALIDATOR_A, OWNER_A, first), stake(NEW, OWNER_A, second)),
			(on_first, on_second)
		);
		assert_eq!(Owner::<Test>::get(&a), account(OWNER_A));
		assert!(OwnedHotkeys::<Test>::get(account(OWNER_A)).contains(&a));
		assert_eq!(balance(&account(OWNER_A)), balance_before - TAO / 1_000);
		assert_last_event(Event::HotkeySwappedOnSubnet {
			coldkey: account(OWNER_A),
			old_hotkey: a,
			new_hotkey: account(NEW),
			netuid: second,
		});

		// Past the coldkey's transaction rate limit but within the day on that subnet.
		let swapped_at = System::block_number();
		run_to_block(swapped_at + TxRateLimit::<Test>::get() + 1);
		assert_noop!(
			swap(OWNER_A, NEW, SPARE, Some(second)),
			Error::<Test>::HotKeySwapOnSubnetIntervalNotPassed
		);
		// The other subnet is not limited; after the day, the first one is not either.
		assert_ok(swap(OWNER_A, VALIDATOR_A, SPARE, Some(first)).map(|_| ()).map_err(|e| e.error));
		run_to_block(swapped_at + 7_201);
		assert_ok(swap(OWNER_A, NEW, 42, Some(second)).map(|_| ()).map_err(|e| e.error));
		assert!(uid(42, second).is_some());
	});
}

#[test]
fn keeping_the_stake_moves_the_neuron_alone() {
	run_test(|| {
		let (first, _) = validator_on_two_subnets();
		let a = account(VALIDATOR_A);
		let stakes = (stake(VALIDATOR_A, OWNER_A, first), stake(VALIDATOR_A, NOMINATOR, first));

		assert_ok(swap_v2(OWNER_A, VALIDATOR_A, NEW, None, true).map(|_| ()).map_err(|e| e.error));

		assert!(uid(NEW, first).is_some() && uid(VALIDATOR_A, first).is_none());
		assert_eq!(
			(stake(VALIDATOR_A, OWNER_A, first), stake(VALIDATOR_A, NOMINATOR, first)),
			stakes
		);
		assert_eq!(stake(NEW, OWNER_A, first), 0);
		// The stake left behind keeps its owner: nobody else can claim the hotkey.
		assert_eq!(Owner::<Test>::get(&a), account(OWNER_A));
		assert!(OwnedHotkeys::<Test>::get(account(OWNER_A)).contains(&a));
	});
}

#[test]
fn swaps_are_refused_by_name_and_change_nothing() {
	run_test(|| {
		let (first, _) = validator_on_two_subnets();
		// A registered spare hotkey of the same coldkey.
		assert_ok(SubtensorModule::burned_register(
			RuntimeOrigin::signed(account(OWNER_A)),
			first,
			account(SPARE),
		));
		let refused = |coldkey, old, new, netuid, error: Error<Test>| {
			assert_noop!(swap(coldkey, old, new, netuid), error);
		};
		refused(6, VALIDATOR_A, NEW, None, Error::<Test>::NonAssociatedColdKey);
		refused(OWNER_A, VALIDATOR_A, 21, None, Error::<Test>::NonAssociatedColdKey);
		refused(OWNER_A, VALIDATOR_A, VALIDATOR_A, None, Error::<Test>::NewHotKeyIsSameWithOld);
		refused(OWNER_A, VALIDATOR_A, SPARE, None, Error::<Test>::HotKeyAlreadyRegisteredInSubNet);
		refused(
			OWNER_A,
			VALIDATOR_A,
			SPARE,
			Some(first),
			Error::<Test>::HotKeyAlreadyRegisteredInSubNet,
		);
		refused(OWNER_A, VALIDATOR_A, NEW, Some(NetUid::from(77)), Error::<Test>::SubnetNotExists);
		assert_noop!(
			SubtensorModule::swap_hotkey(
				RuntimeOrigin::signed(account(OWNER_A)),
				account(VALIDATOR_A),
				SubtensorModule::subnet_account_id(first),
				None,
			),
			Error::<Test>::CannotUseSystemAccount
		);

		// A new hotkey with root stake would merge two sets of root claims.
		associate(OWNER_A, 43);
		assert_ok(SubtensorModule::add_stake(
			RuntimeOrigin::signed(account(OWNER_A)),
			account(43),
			NetUid::ROOT,
			TAO.into(),
		));
		refused(OWNER_A, VALIDATOR_A, 43, None, Error::<Test>::NewHotKeyNotCleanForRootSwap);
		refused(
			OWNER_A,
			VALIDATOR_A,
			43,
			Some(NetUid::ROOT),
			Error::<Test>::NewHotKeyNotCleanForRootSwap,
		);

		// Both hotkeys with child keys on a swapped subnet: the links would merge.
		associate(OWNER_A, 44);
		SubtensorModule::link_children(&account(44), first, &[(u64::MAX, account(32))]);
		SubtensorModule::link_children(&account(VALIDATOR_A), first, &[(u64::MAX, account(31))]);
		refused(OWNER_A, VALIDATOR_A, 44, None, Error::<Test>::ChildParentInconsistency);

		// A coldkey that cannot pay the fee.
		let poor = account(12);
		assert_ok(pallet_balances::Pallet::<Test>::transfer_keep_alive(
			RuntimeOrigin::signed(account(9)),
			poor.clone(),
			TAO / 20,
		));
		assert_ok(SubtensorModule::try_associate_hotkey(RuntimeOrigin::signed(poor), account(45)));
		refused(12, 45, 46, None, Error::<Test>::NotEnoughBalanceToPaySwapHotKey);

		// While a subnet is paid out, and after.
		let other = add_subnet();
		assert_ok(SubtensorModule::root_dissolve_network(RuntimeOrigin::root(), other));
		refused(OWNER_A, VALIDATOR_A, NEW, None, Error::<Test>::DisabledTemporarily);
		pay_out_dissolutions();
		assert_ok(swap(OWNER_A, VALIDATOR_A, NEW, None).map(|_| ()).map_err(|e| e.error));
		// The coldkey's transaction rate limit.
		refused(OWNER_A, NEW, 47, None, Error::<Test>::HotKeySetTxRateLimitExceeded);
	});
}

#[test]
fn a_swap_into_a_staked_hotkey_keeps_every_stake_and_all_the_alpha() {
	run_test(|| {
		let (first, _) = validator_on_two_subnets();
		// The spare hotkey already has a pool on the first subnet, with another staker.
		associate(OWNER_A, SPARE);
		assert_ok(SubtensorModule::add_stake(
			RuntimeOrigin::signed(account(9)),
			account(SPARE),
			first,
			(30 * TAO).into(),
		));
		let pools = TotalHotkeyAlpha::<Test>::get(account(VALIDATOR_A), first).to_u64()
			+ TotalHotkeyAlpha::<Test>::get(account(SPARE), first).to_u64();
		let before = [
			stake(VALIDATOR_A, OWNER_A, first),
			stake(VALIDATOR_A, NOMINATOR, first),
			stake(SPARE, 9, first),
		];

		assert_ok(swap(OWNER_A, VALIDATOR_A, SPARE, Some(first)).map(|_| ()).map_err(|e| e.error));

		let after =
			[stake(SPARE, OWNER_A, first), stake(SPARE, NOMINATOR, first), stake(SPARE, 9, first)];
		for (before, after) in before.iter().zip(after) {
			// Re-bought at the pool's price: at most a rao of rounding, never against the pool.
			assert!(after + 1 >= *before && after <= *before + 1, "{before} → {after}");
		}
		assert_eq!(TotalHotkeyAlpha::<Test>::get(account(SPARE), first).to_u64(), pools);
		assert_eq!(StakePositionCount::<Test>::get(account(SPARE), first), 3);
	});
}

#[test]
fn root_stakers_are_owed_the_same_dividends_through_the_new_hotkey() {
	run_test(|| {
		let netuid = root_dividends_paid();
		let owed = |hotkey: u8, coldkey: u8| {
			SubtensorModule::root_owed(&account(hotkey), &account(coldkey), netuid)
		};
		let before = [owed(VALIDATOR_A, OWNER_A), owed(VALIDATOR_A, ROOT_NOMINATOR)];
		assert!(before.iter().all(|owed| *owed > 0));
		let rates = RootClaimable::<Test>::get(account(VALIDATOR_A));
		let root_stake = stake(VALIDATOR_A, ROOT_NOMINATOR, NetUid::ROOT);

		assert_ok(swap(OWNER_A, VALIDATOR_A, NEW, None).map(|_| ()).map_err(|e| e.error));

		assert_eq!([owed(NEW, OWNER_A), owed(NEW, ROOT_NOMINATOR)], before);
		assert_eq!(RootClaimable::<Test>::get(account(NEW)), rates);
		assert!(!RootClaimable::<Test>::contains_key(account(VALIDATOR_A)));
		assert_eq!(stake(NEW, ROOT_NOMINATOR, NetUid::ROOT), root_stake);
		assert!(RootClaimed::<Test>::iter_prefix((netuid, account(VALIDATOR_A))).next().is_none());
	});
}

#[test]
fn the_swap_is_charged_up_front_for_the_positions_it_moves() {
	run_test(|| {
		let (first, second) = validator_on_two_subnets();
		let a = account(VALIDATOR_A);
		// Validator A: two positions on the first subnet, one on the second.
		assert_eq!(StakePositionCount::<Test>::get(&a, first), 2);
		let weight =
			|netuid, keep_stake| SubtensorModule::swap_hotkey_weight(&a, netuid, keep_stake);
		let subnets = u32::from(TotalNetworks::<Test>::get());
		let db = <Test as frame_system::Config>::DbWeight::get();
		// Per subnet, the collateral check or move: 4 reads and 4 writes.
		let collateral =
			|subnets: u32| db.reads_writes(4 * u64::from(subnets), 4 * u64::from(subnets));
		let base = <() as WeightInfo>::swap_hotkey(subnets).saturating_add(collateral(subnets));
		assert_eq!(weight(None, true), base);
		assert_eq!(
			weight(None, false),
			base.saturating_add(<() as WeightInfo>::swap_hotkey_positions(3))
				.saturating_add(<() as WeightInfo>::swap_hotkey_root_claims(0))
		);
		// On one subnet: its positions move, the others are only read.
		let one = <() as WeightInfo>::swap_hotkey(1).saturating_add(collateral(1));
		assert_eq!(
			weight(Some(second), false),
			one.saturating_add(<() as WeightInfo>::swap_hotkey_positions(1))
				.saturating_add(db.reads(2))
		);
		assert!(weight(Some(first), false).all_gt(weight(Some(second), false)));
	});
}
