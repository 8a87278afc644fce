//! Staking: buying and selling alpha through a subnet's pool, limits, root stake, take.

use super::mock::*;
use crate::{Error, Event, *};
use frame_support::assert_noop;
use sp_runtime::{AccountId32, DispatchError};
use subtensor_common::{AlphaBalance, NetUid, SwapHandler, TaoBalance};

/// The block author of the mock, who earns the fees.
fn author() -> AccountId32 {
	account(99)
}

/// A started subnet owned by [`owner`]; returns its netuid.
fn started_subnet() -> NetUid {
	let netuid = add_subnet();
	assert_ok(SubtensorModule::start_call(RuntimeOrigin::signed(owner()), netuid));
	netuid
}

fn add_stake(coldkey: u8, hotkey: AccountId32, netuid: NetUid, tao: u64) -> DispatchResult {
	SubtensorModule::add_stake(RuntimeOrigin::signed(account(coldkey)), hotkey, netuid, tao.into())
}

fn remove_stake(coldkey: u8, hotkey: AccountId32, netuid: NetUid, alpha: u64) -> DispatchResult {
	SubtensorModule::remove_stake(
		RuntimeOrigin::signed(account(coldkey)),
		hotkey,
		netuid,
		alpha.into(),
	)
}

fn stake(coldkey: u8, hotkey: &AccountId32, netuid: NetUid) -> u64 {
	SubtensorModule::stake_of(hotkey, &account(coldkey), netuid).to_u64()
}

fn reserves(netuid: NetUid) -> (u64, u64) {
	(SubnetTAO::<Test>::get(netuid).to_u64(), SubnetAlphaIn::<Test>::get(netuid).to_u64())
}

/// The subnet account holds the pool's TAO (plus fees of registrations, which stay there).
fn assert_pool_backed(netuid: NetUid) {
	let held = balance(&SubtensorModule::subnet_account_id(netuid));
	assert!(held >= SubnetTAO::<Test>::get(netuid).to_u64(), "{held} < reserve");
}

type DispatchResult = sp_runtime::DispatchResult;

#[test]
fn staking_buys_alpha_at_the_constant_product_price() {
	run_test(|| {
		let netuid = started_subnet();
		let (y, x) = reserves(netuid);
		let amount = 100 * TAO;
		let (coldkey_before, author_before) = (balance(&account(5)), balance(&author()));

		assert_ok(add_stake(5, owner_hotkey(), netuid, amount));

		let fee = amount * 33 / 65_535;
		let net = amount - fee;
		// Independent formula: x · net / (y + net).
		let expected = (u128::from(x) * u128::from(net) / (u128::from(y) + u128::from(net))) as u64;
		assert_eq!(stake(5, &owner_hotkey(), netuid), expected);
		assert_eq!(reserves(netuid), (y + net, x - expected));
		assert_eq!(SubnetAlphaOut::<Test>::get(netuid).to_u64(), expected);
		assert_eq!(balance(&account(5)), coldkey_before - amount);
		assert_eq!(balance(&author()), author_before + fee);
		assert_pool_backed(netuid);
		assert_eq!(StakingHotkeys::<Test>::get(account(5)), vec![owner_hotkey()]);
		assert_last_event(Event::StakeAdded(
			account(5),
			owner_hotkey(),
			amount.into(),
			expected.into(),
			netuid,
			fee,
		));
		// A nomination makes the hotkey a delegate, at the default take.
		assert!(Delegates::<Test>::contains_key(owner_hotkey()));
		assert_eq!(Delegates::<Test>::get(owner_hotkey()), 11_796);
	});
}

#[test]
fn staking_refusals_change_nothing() {
	run_test(|| {
		let netuid = add_subnet();
		assert_noop!(
			add_stake(5, owner_hotkey(), netuid, 10 * TAO),
			Error::<Test>::SubtokenDisabled
		);
		assert_ok(SubtensorModule::start_call(RuntimeOrigin::signed(owner()), netuid));
		assert_noop!(
			add_stake(5, owner_hotkey(), NetUid::new(9), 10 * TAO),
			Error::<Test>::SubnetNotExists
		);
		assert_noop!(add_stake(5, owner_hotkey(), netuid, 2_000_000), Error::<Test>::AmountTooLow);
		// Account 98 has no TAO.
		assert_noop!(
			add_stake(98, owner_hotkey(), netuid, 10 * TAO),
			Error::<Test>::NotEnoughBalanceToStake
		);
		assert_noop!(
			add_stake(5, account(42), netuid, 10 * TAO),
			Error::<Test>::HotKeyAccountNotExists
		);
		// More than 1000 × the TAO reserve.
		let cap = SubnetTAO::<Test>::get(netuid).to_u64() * 1_000;
		assert_noop!(
			add_stake(5, owner_hotkey(), netuid, cap + 1),
			Error::<Test>::InsufficientLiquidity
		);
	});
}

#[test]
fn unstaking_sells_alpha_back_and_closes_the_position() {
	run_test(|| {
		let netuid = started_subnet();
		let start = balance(&account(5));
		assert_ok(add_stake(5, owner_hotkey(), netuid, 100 * TAO));
		let alpha = stake(5, &owner_hotkey(), netuid);
		let (y, x) = reserves(netuid);
		let half = alpha / 2;

		assert_ok(remove_stake(5, owner_hotkey(), netuid, half));
		let fee = half * 33 / 65_535;
		let net = half - fee;
		let expected = (u128::from(y) * u128::from(net) / (u128::from(x) + u128::from(net))) as u64;
		assert_eq!(stake(5, &owner_hotkey(), netuid), alpha - half);
		assert_last_event(Event::StakeRemoved(
			account(5),
			owner_hotkey(),
			expected.into(),
			half.into(),
			netuid,
			fee,
		));

		// Asking for more than the stake sells all of it and leaves no storage behind.
		assert_ok(remove_stake(5, owner_hotkey(), netuid, u64::MAX));
		assert_eq!(stake(5, &owner_hotkey(), netuid), 0);
		assert!(!AlphaV2::<Test>::contains_key((owner_hotkey(), account(5), netuid)));
		assert!(!TotalHotkeyAlpha::<Test>::contains_key(owner_hotkey(), netuid));
		assert!(!TotalHotkeySharesV2::<Test>::contains_key(owner_hotkey(), netuid));
		assert_eq!(SubnetAlphaOut::<Test>::get(netuid), AlphaBalance::ZERO);
		// A round trip costs the fees and the price impact, never gains.
		let end = balance(&account(5));
		assert!(end < start && start - end < TAO / 5, "lost {}", start - end);
		assert_pool_backed(netuid);
		assert_noop!(remove_stake(5, owner_hotkey(), netuid, 1), Error::<Test>::AmountTooLow);
	});
}

#[test]
fn a_limit_price_bounds_the_trade() {
	run_test(|| {
		let netuid = started_subnet();
		let hotkey = owner_hotkey();
		let price = |n| <Swap as SwapHandler>::current_alpha_price(n);
		let now = price(netuid);
		// 1 % above the current price, in rao per alpha.
		let limit = (now.to_num::<f64>() * 1.01 * 1e9) as u64;
		let add_limit = |amount: u64, partial| {
			SubtensorModule::add_stake_limit(
				RuntimeOrigin::signed(account(5)),
				hotkey.clone(),
				netuid,
				amount.into(),
				limit.into(),
				partial,
			)
		};
		assert_noop!(add_limit(1_000 * TAO, false), Error::<Test>::SlippageTooHigh);
		assert_ok(add_limit(1_000 * TAO, true));
		let after = price(netuid).to_num::<f64>() * 1e9;
		assert!(after <= limit as f64 && after > limit as f64 * 0.999, "{after} vs {limit}");

		let floor = (price(netuid).to_num::<f64>() * 0.995 * 1e9) as u64;
		let alpha = stake(5, &hotkey, netuid);
		assert_noop!(
			SubtensorModule::remove_stake_limit(
				RuntimeOrigin::signed(account(5)),
				hotkey.clone(),
				netuid,
				alpha.into(),
				floor.into(),
				false
			),
			Error::<Test>::SlippageTooHigh
		);
		assert_ok(SubtensorModule::remove_stake_full_limit(
			RuntimeOrigin::signed(account(5)),
			hotkey.clone(),
			netuid,
			None,
		));
		assert_eq!(stake(5, &hotkey, netuid), 0);
	});
}

#[test]
fn root_stake_is_tao_one_to_one_without_fees() {
	run_test(|| {
		let _ = started_subnet();
		let root = NetUid::ROOT;
		let before = balance(&account(5));
		assert_ok(add_stake(5, owner_hotkey(), root, 10 * TAO));
		assert_eq!(stake(5, &owner_hotkey(), root), 10 * TAO);
		assert_eq!(SubnetTAO::<Test>::get(root), TaoBalance::new(10 * TAO));
		assert_eq!(balance(&account(5)), before - 10 * TAO);
		assert_ok(remove_stake(5, owner_hotkey(), root, 4 * TAO));
		assert_eq!(balance(&account(5)), before - 6 * TAO);
	});
}

#[test]
fn unstake_all_sells_every_position_and_unstake_all_alpha_moves_it_to_root() {
	run_test(|| {
		let first = started_subnet();
		let second = add_subnet_for(account(6), account(7));
		assert_ok(SubtensorModule::start_call(RuntimeOrigin::signed(account(6)), second));
		let hotkey = owner_hotkey();
		for netuid in [first, second, NetUid::ROOT] {
			assert_ok(add_stake(5, hotkey.clone(), netuid, 10 * TAO));
		}
		let before = balance(&account(5));
		assert_ok(SubtensorModule::unstake_all_alpha(
			RuntimeOrigin::signed(account(5)),
			hotkey.clone(),
		));
		assert_eq!((stake(5, &hotkey, first), stake(5, &hotkey, second)), (0, 0));
		let root_stake = stake(5, &hotkey, NetUid::ROOT);
		assert!(root_stake > 29 * TAO && root_stake < 30 * TAO, "{root_stake}");
		assert_eq!(balance(&account(5)), before);

		assert_ok(SubtensorModule::unstake_all(RuntimeOrigin::signed(account(5)), hotkey.clone()));
		assert_eq!(stake(5, &hotkey, NetUid::ROOT), 0);
		assert_eq!(balance(&account(5)), before + root_stake);
	});
}

#[test]
fn stakers_of_one_hotkey_share_its_pool() {
	run_test(|| {
		let netuid = started_subnet();
		assert_ok(add_stake(5, owner_hotkey(), netuid, 10 * TAO));
		assert_ok(add_stake(6, owner_hotkey(), netuid, 30 * TAO));
		let (a, b) = (stake(5, &owner_hotkey(), netuid), stake(6, &owner_hotkey(), netuid));
		assert_eq!(SubtensorModule::total_stake_on(&owner_hotkey(), netuid).to_u64(), a + b);
		// The later, larger purchase paid a higher price per alpha.
		assert!(b < 3 * a);
	});
}

#[test]
fn takes_rise_within_the_cap_and_rate_limit_and_fall_to_the_floor() {
	run_test(|| {
		let _ = started_subnet();
		let hotkey = owner_hotkey();
		let signed = || RuntimeOrigin::signed(owner());
		MaxDelegateTake::<Test>::put(20_000);
		MinDelegateTake::<Test>::put(1_000);
		assert_noop!(
			SubtensorModule::increase_take(
				RuntimeOrigin::signed(account(5)),
				hotkey.clone(),
				12_000
			),
			Error::<Test>::NonAssociatedColdKey
		);
		assert_noop!(
			SubtensorModule::increase_take(signed(), hotkey.clone(), 20_001),
			Error::<Test>::DelegateTakeTooHigh
		);
		assert_ok(SubtensorModule::increase_take(signed(), hotkey.clone(), 12_000));
		assert_eq!(Delegates::<Test>::get(&hotkey), 12_000);
		assert_last_event(Event::TakeIncreased(owner(), hotkey.clone(), 12_000));
		assert_noop!(
			SubtensorModule::increase_take(signed(), hotkey.clone(), 13_000),
			Error::<Test>::DelegateTxRateLimitExceeded
		);
		assert_noop!(
			SubtensorModule::increase_take(signed(), hotkey.clone(), 12_000),
			Error::<Test>::DelegateTakeTooLow
		);
		assert_noop!(
			SubtensorModule::decrease_take(signed(), hotkey.clone(), 999),
			Error::<Test>::DelegateTakeTooLow
		);
		assert_noop!(
			SubtensorModule::decrease_take(signed(), hotkey.clone(), 12_000),
			Error::<Test>::DelegateTakeTooHigh
		);
		assert_ok(SubtensorModule::decrease_take(signed(), hotkey.clone(), 1_000));
		assert_eq!(Delegates::<Test>::get(&hotkey), 1_000);
		assert_noop!(
			SubtensorModule::decrease_take(RuntimeOrigin::none(), hotkey, 500),
			DispatchError::BadOrigin
		);
	});
}

/// One step of a random staking sequence.
#[derive(Clone, Debug)]
enum Step {
	Add { coldkey: u8, subnet: usize, tao: u64 },
	Remove { coldkey: u8, subnet: usize, alpha: u64 },
	UnstakeAll { coldkey: u8 },
	Move { coldkey: u8, from: usize, to: usize, hotkey: usize, alpha: u64 },
	Transfer { coldkey: u8, to_coldkey: u8, from: usize, to: usize, alpha: u64 },
}

fn step_strategy() -> impl proptest::strategy::Strategy<Value = Step> {
	use proptest::prelude::*;
	prop_oneof![
		(5u8..=8, 0usize..3, 1u64..50_000 * TAO).prop_map(|(coldkey, subnet, tao)| Step::Add {
			coldkey,
			subnet,
			tao
		}),
		(5u8..=8, 0usize..3, 1u64..u64::MAX).prop_map(|(coldkey, subnet, alpha)| Step::Remove {
			coldkey,
			subnet,
			alpha
		}),
		(5u8..=8).prop_map(|coldkey| Step::UnstakeAll { coldkey }),
		(5u8..=8, 0usize..3, 0usize..3, 0usize..2, 1u64..u64::MAX).prop_map(
			|(coldkey, from, to, hotkey, alpha)| Step::Move { coldkey, from, to, hotkey, alpha }
		),
		(5u8..=8, 5u8..=8, 0usize..3, 0usize..3, 1u64..u64::MAX).prop_map(
			|(coldkey, to_coldkey, from, to, alpha)| Step::Transfer {
				coldkey,
				to_coldkey,
				from,
				to,
				alpha
			}
		),
	]
}

proptest::proptest! {
	#![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]

	/// Random stakes, unstakes, moves and transfers by four coldkeys on two subnets and root,
	/// through two hotkeys: whatever succeeds or fails, the conservation invariants hold after
	/// every step, and the stakers together never end with more TAO than they started with.
	#[test]
	fn random_staking_keeps_the_books_balanced(steps in proptest::collection::vec(step_strategy(), 1..24)) {
		run_test(|| {
			let first = started_subnet();
			let second = add_subnet_for(account(3), account(4));
			assert_ok(SubtensorModule::start_call(RuntimeOrigin::signed(account(3)), second));
			let subnets = [first, second, NetUid::ROOT];
			let hotkeys = [owner_hotkey(), account(4)];
			let start: Vec<u64> = (5..=8).map(|c| balance(&account(c))).collect();
			for step in steps {
				let _ = match step {
					Step::Add { coldkey, subnet, tao } => add_stake(coldkey, owner_hotkey(), subnets[subnet], tao),
					Step::Remove { coldkey, subnet, alpha } => remove_stake(coldkey, owner_hotkey(), subnets[subnet], alpha),
					Step::UnstakeAll { coldkey } => SubtensorModule::unstake_all(RuntimeOrigin::signed(account(coldkey)), owner_hotkey()),
					Step::Move { coldkey, from, to, hotkey, alpha } => SubtensorModule::move_stake(
						RuntimeOrigin::signed(account(coldkey)),
						owner_hotkey(),
						hotkeys[hotkey].clone(),
						subnets[from],
						subnets[to],
						alpha.into(),
					),
					Step::Transfer { coldkey, to_coldkey, from, to, alpha } => SubtensorModule::transfer_stake(
						RuntimeOrigin::signed(account(coldkey)),
						account(to_coldkey),
						owner_hotkey(),
						subnets[from],
						subnets[to],
						alpha.into(),
					),
				};
				if let Err(broken) = SubtensorModule::check_invariants() {
					panic!("after {step:?}: {broken}");
				}
			}
			// Together the stakers cannot end with more TAO than they started with (one
			// staker can, when others buy after it).
			for coldkey in 5..=8 {
				for hotkey in &hotkeys {
					let _ = SubtensorModule::unstake_all(RuntimeOrigin::signed(account(coldkey)), hotkey.clone());
				}
			}
			let end: u64 = (5..=8).map(|c| balance(&account(c))).sum();
			assert!(end <= start.iter().sum::<u64>(), "the stakers gained TAO");
		});
	}
}
