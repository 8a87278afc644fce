//! A dissolved subnet's payout over blocks: whatever the per-block budget, every staker gets
//! exactly what one largest-remainder split of the pool would give, root stakers' unclaimed
//! dividends included; the invariants hold after every step; the netuid stays taken until the
//! payout is complete; `on_initialize` drives it within its share of the block.

use super::mock::*;
use crate::{
	subnets::dissolution::{remainder_key, whole_share},
	*,
};
use frame_support::{traits::Hooks, weights::Weight};
use sp_runtime::AccountId32;
use std::collections::BTreeMap;
use subtensor_common::{NetUid, TaoBalance};

/// `pot` split in proportion to `weights`, each part rounded down and the rao left over handed
/// out one each by largest remainder (ties in order): the split a single block would make.
fn split_pro_rata(pot: u64, weights: &[u64]) -> Vec<u64> {
	let total: u128 = weights.iter().map(|w| u128::from(*w)).sum();
	if total == 0 {
		return vec![0; weights.len()];
	}
	let exact: Vec<(u64, u128)> = weights
		.iter()
		.map(|w| {
			let product = u128::from(pot) * u128::from(*w);
			((product / total) as u64, product % total)
		})
		.collect();
	let mut parts: Vec<u64> = exact.iter().map(|(part, _)| *part).collect();
	let leftover = pot - parts.iter().sum::<u64>();
	let mut order: Vec<usize> = (0..exact.len()).collect();
	order.sort_by(|a, b| exact[*b].1.cmp(&exact[*a].1));
	for index in order.into_iter().take(leftover as usize) {
		parts[index] += 1;
	}
	parts
}

#[test]
fn the_split_reference_hands_out_the_whole_pot() {
	assert_eq!(split_pro_rata(10, &[1, 1, 1]), vec![4, 3, 3]);
	assert_eq!(split_pro_rata(100, &[3, 0, 1]), vec![75, 0, 25]);
	assert_eq!(split_pro_rata(7, &[0, 0]), vec![0, 0]);
	assert_eq!(split_pro_rata(5, &[1, 3, 1]), vec![1, 3, 1]);
}

#[test]
fn remainder_keys_sort_largest_remainder_first_then_in_order() {
	let mut keys = vec![
		remainder_key(5, 0),
		remainder_key(9, 3),
		remainder_key(5, 1),
		remainder_key(0, 2),
		remainder_key(u128::MAX, 7),
	];
	keys.sort();
	assert_eq!(
		keys,
		vec![
			remainder_key(u128::MAX, 7),
			remainder_key(9, 3),
			remainder_key(5, 0),
			remainder_key(5, 1),
			remainder_key(0, 2),
		]
	);
	assert_eq!(whole_share(10, 1, 3), (3, 1));
	assert_eq!(whole_share(u64::MAX, u64::MAX, 1), (u64::MAX, 0));
	assert_eq!(whole_share(10, 1, 0), (0, 0));
}

/// A started subnet on which `stakers` coldkeys (accounts 10, 11, ...) stake different
/// amounts, to the owner's hotkey or to a second registered hotkey.
fn subnet_with_stakers(stakers: u8) -> NetUid {
	let netuid = add_subnet();
	assert_ok(SubtensorModule::start_call(RuntimeOrigin::signed(owner()), netuid));
	assert_ok(SubtensorModule::burned_register(
		RuntimeOrigin::signed(miner_coldkey()),
		netuid,
		account(4),
	));
	for n in 0..stakers {
		let coldkey = account(10 + n);
		assert_ok(Balances::transfer_allow_death(
			RuntimeOrigin::signed(account(9)),
			coldkey.clone(),
			1_000 * TAO,
		));
		let hotkey = if n % 3 == 0 { account(4) } else { owner_hotkey() };
		let tao = TAO + u64::from(n) * 370_000_123;
		assert_ok(SubtensorModule::add_stake(
			RuntimeOrigin::signed(coldkey),
			hotkey,
			netuid,
			tao.into(),
		));
	}
	netuid
}

/// What one block's split would pay each coldkey holding stake on `netuid` now.
fn one_block_split(netuid: NetUid) -> BTreeMap<AccountId32, u64> {
	let positions: Vec<(AccountId32, u64)> = AlphaV2::<Test>::iter()
		.filter(|((_, _, on), _)| *on == netuid)
		.map(|((hotkey, coldkey, _), _)| {
			let value = SubtensorModule::stake_of(&hotkey, &coldkey, netuid).to_u64();
			(coldkey, value)
		})
		.collect();
	let protocol = SubnetAlphaIn::<Test>::get(netuid)
		.saturating_add(SubnetProtocolAlpha::<Test>::get(netuid))
		.to_u64();
	let mut weights: Vec<u64> = positions.iter().map(|(_, value)| *value).collect();
	weights.push(protocol);
	let parts = split_pro_rata(SubnetTAO::<Test>::get(netuid).to_u64(), &weights);
	let mut paid = BTreeMap::new();
	for ((coldkey, _), part) in positions.into_iter().zip(parts) {
		*paid.entry(coldkey).or_insert(0) += part;
	}
	paid
}

/// Dissolves `netuid` and pays it out in steps of at most `step`; returns the steps taken.
fn dissolve_in_steps(netuid: NetUid, step: Weight) -> u32 {
	assert_ok(SubtensorModule::root_dissolve_network(RuntimeOrigin::root(), netuid));
	pay_out_dissolutions_in_steps(step)
}

#[test]
fn a_payout_over_many_blocks_pays_exactly_the_one_block_split() {
	for step in [
		Weight::MAX,
		Weight::from_parts(10_000_000_000, u64::MAX),
		Weight::from_parts(5_000_000_000, u64::MAX),
	] {
		run_test(|| {
			let netuid = subnet_with_stakers(25);
			let expected = one_block_split(netuid);
			let before: BTreeMap<_, _> = expected.keys().map(|c| (c.clone(), balance(c))).collect();
			let pot = SubnetTAO::<Test>::get(netuid).to_u64();

			let steps = dissolve_in_steps(netuid, step);

			if step != Weight::MAX {
				assert!(steps > 3, "{steps} steps at {step}");
			}
			for (coldkey, part) in &expected {
				assert_eq!(balance(coldkey) - before[coldkey], *part, "{coldkey:?} at {step}");
			}
			// The stakers' parts; the protocol's is recycled.
			let paid: u64 = expected.values().sum();
			assert!(paid > 0 && paid <= pot);
			assert_eq!(AlphaV2::<Test>::iter().filter(|((_, _, on), _)| *on == netuid).count(), 0);
			assert_eq!(DissolutionStakes::<Test>::iter_prefix(netuid).count(), 0);
			assert_eq!(DissolutionRemainders::<Test>::iter_prefix(netuid).count(), 0);
			assert!(!TotalHotkeyAlpha::<Test>::contains_key(owner_hotkey(), netuid));
			assert!(System::events().iter().any(|record| matches!(
				&record.event,
				RuntimeEvent::SubtensorModule(Event::SubnetPayoutFinished { netuid: n, stakers: 25, .. })
					if *n == netuid
			)));
		});
	}
}

#[test]
fn a_subnet_without_stakers_recycles_its_pot() {
	run_test(|| {
		let netuid = add_subnet();
		let issuance = TotalIssuance::<Test>::get();
		let pot = SubnetTAO::<Test>::get(netuid);
		dissolve_in_steps(netuid, Weight::from_parts(5_000_000_000, u64::MAX));
		assert_eq!(balance(&SubtensorModule::subnet_account_id(netuid)), 500);
		assert!(
			TotalIssuance::<Test>::get()
				<= issuance.saturating_sub(pot).saturating_add(TaoBalance::new(500))
		);
	});
}

#[test]
fn the_netuid_of_a_subnet_being_paid_out_is_not_reused() {
	run_test(|| {
		let netuid = subnet_with_stakers(3);
		assert_ok(SubtensorModule::root_dissolve_network(RuntimeOrigin::root(), netuid));
		assert!(!SubtensorModule::subnet_exists(netuid));
		// Nothing can be done on it meanwhile.
		assert_eq!(
			SubtensorModule::add_stake(
				RuntimeOrigin::signed(account(10)),
				owner_hotkey(),
				netuid,
				TAO.into()
			),
			Err(Error::<Test>::SubnetNotExists.into())
		);
		assert_ne!(add_subnet_for(account(5), account(6)), netuid);
		pay_out_dissolutions();
		assert_eq!(add_subnet_for(account(7), account(8)), netuid);
	});
}

#[test]
fn blocks_advance_the_payout_within_their_share_of_the_weight() {
	run_test(|| {
		let netuid = subnet_with_stakers(10);
		assert_ok(SubtensorModule::root_dissolve_network(RuntimeOrigin::root(), netuid));
		let start = System::block_number();
		let mut block = start;
		while DissolvingSubnets::<Test>::contains_key(netuid) {
			block += 1;
			System::set_block_number(block);
			let used = SubtensorModule::on_initialize(block);
			assert!(used.all_gte(Weight::zero()));
			assert!(block < start + 50, "not paid out in 50 blocks");
		}
		assert!(SubtensorModule::dissolution_budget().ref_time() > 0);
		assert_eq!(AlphaV2::<Test>::iter().filter(|((_, _, on), _)| *on == netuid).count(), 0);
	});
}

#[test]
fn the_weight_a_payout_charges_covers_its_benchmark() {
	use crate::weights::{SubstrateWeight, WeightInfo};
	for stakers in [1u8, 30, 120] {
		run_test(|| {
			// As the benchmark: every staker also stakes on root and is owed dividends there.
			let netuid = subnet_with_stakers(stakers);
			for n in 0..stakers {
				assert_ok(SubtensorModule::add_stake(
					RuntimeOrigin::signed(account(10 + n)),
					owner_hotkey(),
					NetUid::ROOT,
					TAO.into(),
				));
			}
			let rates: BTreeMap<NetUid, substrate_fixed::types::I96F32> =
				[(netuid, substrate_fixed::types::I96F32::from_num(0.01))].into();
			RootClaimable::<Test>::insert(owner_hotkey(), rates);
			assert_ok(SubtensorModule::root_dissolve_network(RuntimeOrigin::root(), netuid));

			let charged = SubtensorModule::advance_dissolutions(Weight::MAX);

			assert!(!DissolvingSubnets::<Test>::contains_key(netuid));
			let benchmarked = SubstrateWeight::<Test>::dissolution_payout(u32::from(stakers));
			assert!(
				charged.ref_time() >= benchmarked.ref_time(),
				"{stakers} stakers: charged {charged}, benchmarked {benchmarked}"
			);
		});
	}
}
