//! Root claims: root stakers of a validator claim their part of its root dividends, sold for
//! TAO restaked on root or kept as alpha; late root stake claims nothing from before.

use super::emission::{stake, subnet_with_validators_and_miners, VALIDATOR_A};
use super::mock::*;
use crate::staking::root_claim::MAX_CLAIM_HOTKEYS;
use crate::*;
use alloc::collections::BTreeSet;
use frame_support::{assert_noop, assert_ok};
use substrate_fixed::types::I96F32;
use subtensor_common::NetUid;

/// Coldkey staking on root through validator A besides its owner (coldkey 5).
pub(super) const ROOT_NOMINATOR: u8 = 9;
/// Coldkey that stakes on root only after the dividends were paid.
const LATECOMER: u8 = 4;

fn add_root_stake(coldkey: u8, tao: u64) {
	assert_ok!(SubtensorModule::add_stake(
		RuntimeOrigin::signed(account(coldkey)),
		account(VALIDATOR_A),
		NetUid::ROOT,
		(tao * TAO).into(),
	));
}

fn claim(
	coldkey: u8,
	subnets: &[NetUid],
) -> sp_runtime::DispatchResultWithInfo<frame_support::dispatch::PostDispatchInfo> {
	let subnets: BTreeSet<NetUid> = subnets.iter().copied().collect();
	SubtensorModule::claim_root(RuntimeOrigin::signed(account(coldkey)), subnets)
}

fn owed(coldkey: u8, netuid: NetUid) -> u128 {
	SubtensorModule::root_owed(&account(VALIDATOR_A), &account(coldkey), netuid)
}

/// Validator A holds root stake of its owner (100 TAO) and of a nominator (50 TAO); the
/// network sells root's share (moving prices above 1), and one epoch has paid root dividends.
pub(super) fn root_dividends_paid() -> NetUid {
	let netuid = subnet_with_validators_and_miners();
	add_root_stake(5, 100);
	add_root_stake(ROOT_NOMINATOR, 50);
	SubnetMovingPrice::<Test>::insert(netuid, I96F32::from_num(2));
	let start = System::block_number();
	run_to_block(start + 10);
	for validator in [VALIDATOR_A, 21] {
		assert_ok!(SubtensorModule::set_weights(
			RuntimeOrigin::signed(account(validator)),
			netuid,
			vec![3, 4],
			vec![3, 1],
			0,
		));
	}
	run_to_block(start + 20);
	assert!(RootClaimable::<Test>::get(account(VALIDATOR_A)).contains_key(&netuid));
	netuid
}

#[test]
fn root_dividends_are_owed_to_root_stakers_in_proportion_to_their_root_stake() {
	run_test(|| {
		let netuid = root_dividends_paid();
		let (owner, nominator) = (owed(5, netuid), owed(ROOT_NOMINATOR, netuid));
		assert!(nominator > 500_000, "{nominator}");
		let ratio = owner as f64 / nominator as f64;
		assert!((ratio - 2.0).abs() < 1e-6, "{owner} vs {nominator}");
		// The last epoch's root dividends of validator A are part of what they are owed.
		let paid = RootAlphaDividendsPerSubnet::<Test>::get(netuid, account(VALIDATOR_A));
		assert!(paid.to_u64() > 0 && u128::from(paid.to_u64()) <= owner + nominator + 2);
	});
}

#[test]
fn a_swap_claim_sells_the_alpha_and_restakes_the_tao_on_root() {
	run_test(|| {
		let netuid = root_dividends_paid();
		let root_before = stake(VALIDATOR_A, ROOT_NOMINATOR, NetUid::ROOT);
		let pool_tao = SubnetTAO::<Test>::get(netuid).to_u64();
		assert_ok!(claim(ROOT_NOMINATOR, &[netuid]));
		let gained = stake(VALIDATOR_A, ROOT_NOMINATOR, NetUid::ROOT) - root_before;
		assert!(gained > 0);
		assert_eq!(pool_tao - SubnetTAO::<Test>::get(netuid).to_u64(), gained);
		assert_eq!(owed(ROOT_NOMINATOR, netuid), 0);
		assert_last_event(Event::RootClaimed { coldkey: account(ROOT_NOMINATOR) });
		// The owner's claim is untouched by the nominator's (and by its new root stake).
		assert!(owed(5, netuid) > 0);
		// Claiming again pays nothing more.
		assert_ok!(claim(ROOT_NOMINATOR, &[netuid]));
		assert_eq!(stake(VALIDATOR_A, ROOT_NOMINATOR, NetUid::ROOT) - root_before, gained);
	});
}

#[test]
fn a_keep_claim_stakes_the_alpha_on_the_subnet() {
	run_test(|| {
		let netuid = root_dividends_paid();
		assert_ok!(SubtensorModule::set_root_claim_type(
			RuntimeOrigin::signed(account(ROOT_NOMINATOR)),
			RootClaimTypeEnum::KeepSubnets { subnets: [netuid].into_iter().collect() },
		));
		let due = owed(ROOT_NOMINATOR, netuid) as u64;
		let before = stake(VALIDATOR_A, ROOT_NOMINATOR, netuid);
		assert_ok!(claim(ROOT_NOMINATOR, &[netuid]));
		// Up to a rao of share rounding.
		let gained = stake(VALIDATOR_A, ROOT_NOMINATOR, netuid) - before;
		assert!(due - gained <= 1, "{due} owed, {gained} staked");
		assert_eq!(owed(ROOT_NOMINATOR, netuid), 0);
	});
}

#[test]
fn root_stake_added_later_claims_nothing_and_unstaking_keeps_what_was_earned() {
	run_test(|| {
		let netuid = root_dividends_paid();
		add_root_stake(LATECOMER, 50);
		assert_eq!(owed(LATECOMER, netuid), 0);
		// What a root stake earned survives its partial and full removal: owed while the
		// remaining stake can carry it, paid at once as alpha on the subnet otherwise.
		let paid_out = || stake(VALIDATOR_A, ROOT_NOMINATOR, netuid) as u128;
		let due = owed(ROOT_NOMINATOR, netuid) + paid_out();
		assert_ok!(SubtensorModule::remove_stake(
			RuntimeOrigin::signed(account(ROOT_NOMINATOR)),
			account(VALIDATOR_A),
			NetUid::ROOT,
			(20 * TAO).into(),
		));
		let after = owed(ROOT_NOMINATOR, netuid) + paid_out();
		assert!(due - after <= 1, "{due} then {after}");
		assert_ok!(SubtensorModule::remove_stake(
			RuntimeOrigin::signed(account(ROOT_NOMINATOR)),
			account(VALIDATOR_A),
			NetUid::ROOT,
			(30 * TAO).into(),
		));
		assert_eq!(stake(VALIDATOR_A, ROOT_NOMINATOR, NetUid::ROOT), 0);
		assert_eq!(owed(ROOT_NOMINATOR, netuid), 0);
		assert!(due - paid_out() <= 2, "{due} owed, {} paid", paid_out());
	});
}

#[test]
fn claims_below_the_threshold_stay_owed() {
	run_test(|| {
		let netuid = root_dividends_paid();
		let due = owed(ROOT_NOMINATOR, netuid);
		RootClaimableThreshold::<Test>::insert(netuid, I96F32::from_num(due + 1));
		assert_ok!(claim(ROOT_NOMINATOR, &[netuid]));
		assert_eq!(owed(ROOT_NOMINATOR, netuid), due);
	});
}

#[test]
fn bad_claims_are_refused() {
	run_test(|| {
		let netuid = root_dividends_paid();
		assert_noop!(claim(ROOT_NOMINATOR, &[]), Error::<Test>::InvalidSubnetNumber);
		let six: Vec<NetUid> = (1..=6).map(NetUid::from).collect();
		assert_noop!(claim(ROOT_NOMINATOR, &six), Error::<Test>::InvalidSubnetNumber);
		let missing = RootClaimTypeEnum::KeepSubnets {
			subnets: [netuid, NetUid::from(77)].into_iter().collect(),
		};
		assert_noop!(
			SubtensorModule::set_root_claim_type(
				RuntimeOrigin::signed(account(ROOT_NOMINATOR)),
				missing
			),
			Error::<Test>::SubnetNotExists
		);
		assert_eq!(RootClaimType::<Test>::get(account(ROOT_NOMINATOR)), RootClaimTypeEnum::Swap);
	});
}

/// TAO `coldkey` received when root dissolved `netuid` (after `before` ran).
fn tao_from_dissolving(netuid: NetUid, coldkey: u8, before: impl FnOnce()) -> u64 {
	before();
	let balance = || SubtensorModule::free_balance(&account(coldkey)).to_u64();
	let held = balance();
	assert_ok!(SubtensorModule::root_dissolve_network(RuntimeOrigin::root(), netuid));
	pay_out_dissolutions();
	balance() - held
}

#[test]
fn root_stake_moved_while_a_subnet_pays_out_neither_takes_nor_loses_its_dividends() {
	// Undisturbed: the nominator's dividends are staged by the payout's first pass.
	let mut undisturbed = 0;
	run_test(|| {
		let netuid = root_dividends_paid();
		undisturbed = tao_from_dissolving(netuid, ROOT_NOMINATOR, || ());
	});
	run_test(|| {
		let netuid = root_dividends_paid();
		let held = SubtensorModule::free_balance(&account(ROOT_NOMINATOR)).to_u64();
		let latecomer = SubtensorModule::free_balance(&account(LATECOMER)).to_u64();
		assert_ok!(SubtensorModule::root_dissolve_network(RuntimeOrigin::root(), netuid));
		// Before any block pays out, the nominator leaves root and a latecomer joins it.
		let root = stake(VALIDATOR_A, ROOT_NOMINATOR, NetUid::ROOT);
		assert_ok!(SubtensorModule::remove_stake(
			RuntimeOrigin::signed(account(ROOT_NOMINATOR)),
			account(VALIDATOR_A),
			NetUid::ROOT,
			root.into(),
		));
		let unstaked = SubtensorModule::free_balance(&account(ROOT_NOMINATOR)).to_u64() - held;
		add_root_stake(LATECOMER, 500);
		let staked = latecomer - SubtensorModule::free_balance(&account(LATECOMER)).to_u64();
		// Nor can the nominator claim there now: the payout settles it.
		assert_ok!(claim(ROOT_NOMINATOR, &[netuid]));
		let claimed_alpha = stake(VALIDATOR_A, ROOT_NOMINATOR, netuid);

		pay_out_dissolutions();

		let paid =
			SubtensorModule::free_balance(&account(ROOT_NOMINATOR)).to_u64() - held - unstaked;
		assert!(paid.abs_diff(undisturbed) <= 1, "{paid} vs {undisturbed} undisturbed");
		assert_eq!(claimed_alpha, 0);
		// The latecomer's root stake earned nothing on the dissolved subnet.
		let latecomer_now = SubtensorModule::free_balance(&account(LATECOMER)).to_u64();
		assert_eq!(latecomer_now, latecomer - staked);
	});
}

#[test]
fn dissolving_a_subnet_pays_unclaimed_root_dividends_as_if_kept() {
	// The nominator claims (kept as alpha on the subnet) just before root dissolves it...
	let mut claimed_first = 0;
	run_test(|| {
		let netuid = root_dividends_paid();
		claimed_first = tao_from_dissolving(netuid, ROOT_NOMINATOR, || {
			assert_ok!(SubtensorModule::set_root_claim_type(
				RuntimeOrigin::signed(account(ROOT_NOMINATOR)),
				RootClaimTypeEnum::Keep,
			));
			assert_ok!(claim(ROOT_NOMINATOR, &[netuid]));
		});
	});
	// ...or never claims: dissolution settles the claim first, and pays the same TAO.
	run_test(|| {
		let netuid = root_dividends_paid();
		assert!(owed(ROOT_NOMINATOR, netuid) > 0);
		let unclaimed = tao_from_dissolving(netuid, ROOT_NOMINATOR, || ());
		assert!(claimed_first > 0);
		// Up to two rao: a kept claim becomes pool shares (valued rounded down) and joins the
		// nominator's position; a settled one is staged as exactly the alpha owed, on its own.
		assert!(claimed_first.abs_diff(unclaimed) <= 2, "{claimed_first} vs {unclaimed}");
		// Nothing is left owed on the dissolved subnet.
		assert!(!RootClaimable::<Test>::get(account(VALIDATOR_A)).contains_key(&netuid));
		assert_eq!(RootClaimed::<Test>::iter_prefix((netuid,)).count(), 0);
	});
}

#[test]
fn root_stake_calls_pay_for_every_subnet_the_hotkey_is_owed_dividends_on() {
	use frame_support::dispatch::GetDispatchInfo;
	type W = <Test as Config>::WeightInfo;
	run_test(|| {
		let netuid = root_dividends_paid();
		let hotkey = account(VALIDATOR_A);
		let owed_on = RootClaimable::<Test>::get(&hotkey).len() as u32;
		assert!(owed_on > 0);
		let weight = |call: Call<Test>| call.get_dispatch_info().call_weight;
		let add = |netuid| Call::<Test>::add_stake {
			hotkey: hotkey.clone(),
			netuid,
			amount_staked: TAO.into(),
		};
		let remove = |netuid| Call::<Test>::remove_stake {
			hotkey: hotkey.clone(),
			netuid,
			amount_unstaked: TAO.into(),
		};
		let swap = |origin_netuid, destination_netuid| Call::<Test>::swap_stake {
			hotkey: hotkey.clone(),
			origin_netuid,
			destination_netuid,
			alpha_amount: TAO.into(),
		};
		assert_eq!(weight(add(NetUid::ROOT)), W::add_stake() + W::root_stake_added(owed_on));
		assert_eq!(weight(add(netuid)), W::add_stake());
		assert_eq!(
			weight(remove(NetUid::ROOT)),
			W::remove_stake() + W::root_stake_removed(owed_on)
		);
		assert_eq!(weight(remove(netuid)), W::remove_stake());
		assert_eq!(
			weight(swap(NetUid::ROOT, netuid)),
			W::swap_stake() + W::root_stake_removed(owed_on)
		);
		assert_eq!(
			weight(swap(netuid, NetUid::ROOT)),
			W::swap_stake() + W::root_stake_added(owed_on)
		);

		// A claim reserves the worst case and pays for the one restake it made.
		let claim_call = Call::<Test>::claim_root { subnets: [netuid].into_iter().collect() };
		let every_subnet = u32::from(TotalNetworks::<Test>::get());
		assert_eq!(
			weight(claim_call),
			W::claim_root(MAX_CLAIM_HOTKEYS)
				+ W::root_stake_added(every_subnet) * u64::from(MAX_CLAIM_HOTKEYS)
		);
		let claimed = claim(ROOT_NOMINATOR, &[netuid]).expect("claims");
		assert_eq!(claimed.actual_weight, Some(W::claim_root(1) + W::root_stake_added(owed_on)));
	});
}
