//! Pallet `Swap` against the reserves of real subnets: the fee rate, and liquidity injected
//! without moving the price.

use super::mock::*;
use frame_support::assert_noop;
use pallet_subtensor_swap::{Error as SwapError, Event as SwapEvent, FeeRate, SwapBalancer};
use sp_runtime::DispatchError;
use subtensor_common::{NetUid, SwapHandler};

#[test]
fn root_sets_a_bounded_fee_rate_on_existing_subnets() {
	run_test(|| {
		let netuid = add_subnet();
		assert_noop!(
			Swap::set_fee_rate(RuntimeOrigin::signed(owner()), netuid, 100),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Swap::set_fee_rate(RuntimeOrigin::root(), netuid, 10_001),
			SwapError::<Test>::FeeRateTooHigh
		);
		assert_noop!(
			Swap::set_fee_rate(RuntimeOrigin::root(), NetUid::new(9), 100),
			SwapError::<Test>::MechanismDoesNotExist
		);
		assert_ok(Swap::set_fee_rate(RuntimeOrigin::root(), netuid, 10_000));
		assert_eq!(FeeRate::<Test>::get(netuid), 10_000);
		System::assert_last_event(SwapEvent::FeeRateSet { netuid, rate: 10_000 }.into());
		assert_eq!(<Swap as SwapHandler>::fee_rate(netuid), 10_000);
		// Root trades 1:1 without fees whatever its stored rate.
		assert_eq!(<Swap as SwapHandler>::fee_rate(NetUid::ROOT), 0);
	});
}

#[test]
fn injected_liquidity_keeps_the_price_and_dissolution_forgets_the_weights() {
	run_test(|| {
		let netuid = add_subnet();
		let before = <Swap as SwapHandler>::current_alpha_price(netuid);
		let (tao, alpha) = <Swap as SwapHandler>::adjust_protocol_liquidity(netuid, 5 * TAO, TAO);
		assert_eq!((tao, alpha), (5 * TAO, TAO));
		// The caller adds what the swap pallet allowed to the reserves it owns.
		crate::SubnetTAO::<Test>::mutate(netuid, |r| *r = r.saturating_add(tao.into()));
		crate::SubnetAlphaIn::<Test>::mutate(netuid, |r| *r = r.saturating_add(alpha.into()));
		crate::TotalStake::<Test>::mutate(|t| *t = t.saturating_add(tao.into()));
		let after = <Swap as SwapHandler>::current_alpha_price(netuid);
		assert!((after.to_num::<f64>() - before.to_num::<f64>()).abs() < 1e-12);
		assert!(SwapBalancer::<Test>::contains_key(netuid));
		// Enough TAO to back the injected reserve, so the subnet account covers its pool.
		let subnet_account = SubtensorModule::subnet_account_id(netuid);
		assert_ok(Balances::transfer_allow_death(
			RuntimeOrigin::signed(account(5)),
			subnet_account,
			tao,
		));
		assert_ok(SubtensorModule::dissolve_network(RuntimeOrigin::root(), owner(), netuid));
		pay_out_dissolutions();
		assert!(!SwapBalancer::<Test>::contains_key(netuid));
		assert!(!FeeRate::<Test>::contains_key(netuid));
	});
}
