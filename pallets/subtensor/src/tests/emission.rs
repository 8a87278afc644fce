//! Emission end to end on the mock: TAO minted every block into the subnet, alpha pending
//! until the epoch, then paid to miners by incentive, validators and their nominators by
//! dividends, and the owner by its cut.

use super::mock::*;
use crate::*;
use substrate_fixed::types::I96F32;
use subtensor_common::{NetUid, NetUidStorageIndex};

pub(super) const VALIDATOR_A: u8 = 20;
const VALIDATOR_B: u8 = 21;
const MINERS: [u8; 3] = [30, 31, 32];
const NOMINATOR: u8 = 8;

pub(super) fn stake(hotkey: u8, coldkey: u8, netuid: NetUid) -> u64 {
	SubtensorModule::stake_of(&account(hotkey), &account(coldkey), netuid).to_u64()
}

/// A started subnet (tempo 10, commit-reveal off) with validators 20 (coldkey 5, 1000 TAO,
/// plus 100 TAO from nominator 8) and 21 (coldkey 6, 500 TAO) at UIDs 1 and 2, and miners 30,
/// 31, 32 (coldkey 7) at UIDs 3–5.
pub(super) fn subnet_with_validators_and_miners() -> NetUid {
	let netuid = add_subnet();
	assert_ok(SubtensorModule::start_call(RuntimeOrigin::signed(owner()), netuid));
	let register = |coldkey: u8, hotkey: u8| {
		assert_ok(SubtensorModule::burned_register(
			RuntimeOrigin::signed(account(coldkey)),
			netuid,
			account(hotkey),
		))
	};
	register(5, VALIDATOR_A);
	register(6, VALIDATOR_B);
	for miner in MINERS {
		register(7, miner);
	}
	for (coldkey, hotkey, tao) in
		[(5, VALIDATOR_A, 1_000), (6, VALIDATOR_B, 500), (NOMINATOR, VALIDATOR_A, 100)]
	{
		assert_ok(SubtensorModule::add_stake(
			RuntimeOrigin::signed(account(coldkey)),
			account(hotkey),
			netuid,
			(tao * TAO).into(),
		));
	}
	// A mature subnet: root turned its TAO emission on (new subnets start without), and its
	// moving price would take many blocks to leave 0 on its own.
	SubnetEmissionEnabled::<Test>::insert(netuid, true);
	SubnetMovingPrice::<Test>::insert(netuid, I96F32::from_num(0.5));
	open_weights_with_tempo_ten(netuid);
	netuid
}

#[test]
fn every_block_mints_tao_into_the_subnet_and_fills_the_pending_buckets() {
	run_test(|| {
		let netuid = subnet_with_validators_and_miners();
		let start = System::block_number();
		run_to_block(start + 2);
		let issued = TotalIssuance::<Test>::get();
		let reserve = SubnetTAO::<Test>::get(netuid);
		let server = PendingServerEmission::<Test>::get(netuid);
		run_to_block(start + 3);
		// One TAO a block: injected or spent on protocol buys, all of it in the pool.
		assert_eq!(TotalIssuance::<Test>::get().to_u64() - issued.to_u64(), TAO);
		assert_eq!(SubnetTAO::<Test>::get(netuid).to_u64() - reserve.to_u64(), TAO);
		assert!(PendingServerEmission::<Test>::get(netuid) > server);
		assert!(PendingOwnerCut::<Test>::get(netuid).to_u64() > 0);
		assert!(SubnetMovingPrice::<Test>::get(netuid) > 0);
	});
}

#[test]
fn an_epoch_pays_miners_validators_nominators_and_the_owner() {
	run_test(|| {
		let netuid = subnet_with_validators_and_miners();
		let start = System::block_number();
		// The first epoch hands out validator permits by stake.
		run_to_block(start + 10);
		let permits = ValidatorPermit::<Test>::get(netuid);
		assert!(permits[1] && permits[2], "{permits:?}");
		// Both validators weigh miner 30 three times as much as miner 31; nobody weighs 32.
		for validator in [VALIDATOR_A, VALIDATOR_B] {
			assert_ok(SubtensorModule::set_weights(
				RuntimeOrigin::signed(account(validator)),
				netuid,
				vec![3, 4],
				vec![3, 1],
				0,
			));
		}
		let before = |f: fn(NetUid) -> u64| f(netuid);
		let miner_stake = |m: u8| stake(m, 7, netuid);
		let (m30, m31, m32) = (miner_stake(30), miner_stake(31), miner_stake(32));
		let nominator = stake(VALIDATOR_A, NOMINATOR, netuid);
		let validator_a = stake(VALIDATOR_A, 5, netuid);
		let owner_stake = stake(2, 1, netuid);
		let issued = before(|_| TotalIssuance::<Test>::get().to_u64());

		run_to_block(start + 20);
		let incentive = Incentive::<Test>::get(NetUidStorageIndex::of_subnet(netuid));
		assert!(incentive[3] > 2 * incentive[4] && incentive[5] == 0, "{incentive:?}");
		// Miners gain in proportion to incentive; the one nobody weighs gains nothing.
		let (g30, g31) = (miner_stake(30) - m30, miner_stake(31) - m31);
		assert!(g30 > 0 && g31 > 0);
		let ratio = g30 as f64 / g31 as f64;
		let expected = f64::from(incentive[3]) / f64::from(incentive[4]);
		assert!((ratio - expected).abs() < 0.01, "{ratio} vs {expected}");
		assert_eq!(miner_stake(32), m32);
		// Validator A's dividend, less its take, went into its pool: the nominator gained its
		// share of it, A's owner that share plus the take (18 % of the dividend).
		let paid = AlphaDividendsPerSubnet::<Test>::get(netuid, account(VALIDATOR_A)).to_u64();
		assert!(paid > 0);
		// The take is staked first, so it shares in the rest.
		let take = paid as f64 * 11_796.0 / (65_535.0 - 11_796.0);
		let pool = (validator_a + nominator) as f64 + take;
		let nominator_gain = (stake(VALIDATOR_A, NOMINATOR, netuid) - nominator) as f64;
		let expected = paid as f64 * nominator as f64 / pool;
		assert!((nominator_gain / expected - 1.0).abs() < 1e-6, "{nominator_gain} vs {expected}");
		let owner_gain = (stake(VALIDATOR_A, 5, netuid) - validator_a) as f64;
		let expected = take + paid as f64 * (validator_a as f64 + take) / pool;
		assert!((owner_gain / expected - 1.0).abs() < 1e-6, "{owner_gain} vs {expected}");
		// The subnet owner got its cut.
		assert!(stake(2, 1, netuid) > owner_stake);
		// Ten blocks of one TAO each were issued, nothing more.
		assert_eq!(TotalIssuance::<Test>::get().to_u64() - issued, 10 * TAO);
		assert!(Emission::<Test>::get(netuid).iter().any(|e| !e.is_zero()));
	});
}
