//! Burned registration, the registration price, and UID pruning.

use super::mock::*;
use crate::{Error, Event, *};
use frame_support::assert_noop;
use subtensor_common::{AlphaBalance, NetUid, NetUidStorageIndex, TaoBalance};

fn register(coldkey: u8, hotkey: u8, netuid: NetUid) -> sp_runtime::DispatchResult {
	SubtensorModule::burned_register(
		RuntimeOrigin::signed(account(coldkey)),
		netuid,
		account(hotkey),
	)
}

#[test]
fn burned_register_pays_the_price_into_the_pool() {
	run_test(|| {
		let netuid = add_subnet();
		let (tao_before, alpha_before) =
			(SubnetTAO::<Test>::get(netuid), SubnetAlphaIn::<Test>::get(netuid));
		let coldkey_before = balance(&miner_coldkey());
		assert_ok(register(3, 4, netuid));

		assert_eq!(Uids::<Test>::get(netuid, account(4)), Some(1));
		assert_eq!(Keys::<Test>::get(netuid, 1), account(4));
		assert_eq!(Owner::<Test>::get(account(4)), miner_coldkey());
		assert!(IsNetworkMember::<Test>::get(account(4), netuid));
		assert_eq!(SubnetworkN::<Test>::get(netuid), 2);
		assert_eq!(BlockAtRegistration::<Test>::get(netuid, 1), 1);
		assert_eq!(Active::<Test>::get(netuid), vec![true, true]);
		assert_eq!(LastUpdate::<Test>::get(NetUidStorageIndex::of_subnet(netuid)), vec![1, 1]);
		assert_eq!(balance(&miner_coldkey()), coldkey_before - TAO);
		assert_eq!(RAORecycledForRegistration::<Test>::get(netuid), TaoBalance::new(TAO));

		// The price minus the 33/65535 fee buys alpha at the constant product; the alpha is
		// destroyed, so only the reserves change.
		let fee = TAO * 33 / 65_535;
		let net = TAO - fee;
		let alpha_out = (u128::from(alpha_before.to_u64()) * u128::from(net)
			/ (u128::from(tao_before.to_u64()) + u128::from(net))) as u64;
		assert_eq!(SubnetTAO::<Test>::get(netuid), TaoBalance::new(tao_before.to_u64() + net));
		assert_eq!(
			SubnetAlphaIn::<Test>::get(netuid),
			AlphaBalance::new(alpha_before.to_u64() - alpha_out)
		);
		assert_eq!(SubnetAlphaOut::<Test>::get(netuid), AlphaBalance::ZERO);
		assert_eq!(balance(&SubtensorModule::subnet_account_id(netuid)), 1_000 * TAO + TAO);

		// The next registration costs 1.26 times as much (floored in binary fixed point).
		let bumped = Burn::<Test>::get(netuid).to_u64();
		assert!((1_259_999_999..=1_260_000_000).contains(&bumped), "{bumped}");
		assert_eq!(RegistrationsThisBlock::<Test>::get(netuid), 1);
		assert_last_event(Event::NeuronRegistered(netuid, 1, account(4)));
	});
}

#[test]
fn legacy_register_and_register_limit_behave_as_burned_register() {
	run_test(|| {
		let netuid = add_subnet();
		assert_ok(SubtensorModule::register(
			RuntimeOrigin::signed(miner_coldkey()),
			netuid,
			0,
			0,
			vec![],
			account(4),
			account(99),
		));
		assert_eq!(Uids::<Test>::get(netuid, account(4)), Some(1));
		assert_noop!(
			SubtensorModule::register_limit(
				RuntimeOrigin::signed(miner_coldkey()),
				netuid,
				account(5),
				TAO
			),
			Error::<Test>::RegistrationPriceLimitExceeded
		);
		assert_ok(SubtensorModule::register_limit(
			RuntimeOrigin::signed(miner_coldkey()),
			netuid,
			account(5),
			2 * TAO,
		));
		assert_eq!(Uids::<Test>::get(netuid, account(5)), Some(2));
	});
}

#[test]
fn registration_refusals_change_nothing() {
	run_test(|| {
		let netuid = add_subnet();
		assert_noop!(
			register(3, 4, NetUid::ROOT),
			Error::<Test>::RegistrationNotPermittedOnRootSubnet
		);
		assert_noop!(register(3, 4, NetUid::new(7)), Error::<Test>::SubnetNotExists);
		assert_noop!(register(3, 2, netuid), Error::<Test>::HotKeyAlreadyRegisteredInSubNet);
		assert_noop!(register(20, 21, netuid), Error::<Test>::NotEnoughBalanceToStake);
		assert_ok(register(3, 4, netuid));
		let other_subnet = add_subnet_for(account(5), account(6));
		assert_noop!(register(7, 4, other_subnet), Error::<Test>::NonAssociatedColdKey);
		let system_account = SubtensorModule::subnet_account_id(netuid);
		assert_noop!(
			SubtensorModule::burned_register(
				RuntimeOrigin::signed(miner_coldkey()),
				other_subnet,
				system_account
			),
			Error::<Test>::CannotUseSystemAccount
		);
		NetworkRegistrationAllowed::<Test>::insert(netuid, false);
		assert_noop!(register(3, 8, netuid), Error::<Test>::SubNetRegistrationDisabled);
		NetworkRegistrationAllowed::<Test>::insert(netuid, true);
		MaxAllowedUids::<Test>::insert(netuid, 0);
		assert_noop!(register(3, 8, netuid), Error::<Test>::NoNeuronIdAvailable);
	});
}

#[test]
fn price_decays_every_block_within_its_bounds() {
	run_test(|| {
		let netuid = add_subnet();
		run_to_block(361);
		// One half-life after block 1 (decay starts at block 2): half the price, floored.
		let burn = Burn::<Test>::get(netuid).to_u64();
		assert!((499_000_000..=500_000_000).contains(&burn), "{burn}");
		MinBurn::<Test>::insert(netuid, TaoBalance::new(400_000_000));
		run_to_block(721);
		assert_eq!(Burn::<Test>::get(netuid), TaoBalance::new(400_000_000));
		// The bump is capped by MaxBurn.
		MaxBurn::<Test>::insert(netuid, TaoBalance::new(450_000_000));
		assert_ok(register(3, 4, netuid));
		assert_eq!(Burn::<Test>::get(netuid), TaoBalance::new(450_000_000));
	});
}

#[test]
fn a_full_subnet_replaces_the_weakest_unprotected_neuron() {
	run_test(|| {
		let netuid = add_subnet();
		MaxAllowedUids::<Test>::insert(netuid, 3);
		ImmunityPeriod::<Test>::insert(netuid, 0);
		MinNonImmuneUids::<Test>::insert(netuid, 0);
		assert_ok(register(3, 4, netuid)); // uid 1
		run_to_block(2);
		assert_ok(register(3, 5, netuid)); // uid 2
									 // uid 1 earned more, so uid 2 is the weakest; the owner's uid 0 is protected.
		Emission::<Test>::insert(
			netuid,
			vec![AlphaBalance::ZERO, AlphaBalance::new(10), AlphaBalance::ZERO],
		);
		let index = NetUidStorageIndex::of_subnet(netuid);
		Weights::<Test>::insert(index, 0, vec![(1, 100), (2, 200)]);
		Weights::<Test>::insert(index, 2, vec![(1, 65_535)]);
		Bonds::<Test>::insert(index, 2, vec![(1, 5)]);
		assert_ok(SubtensorModule::serve_axon(
			RuntimeOrigin::signed(account(5)),
			netuid,
			1,
			0x0a00_0001,
			1,
			4,
			0,
			0,
			0,
		));
		ValidatorPermit::<Test>::insert(netuid, vec![true, true, true]);

		run_to_block(3);
		assert_ok(register(3, 6, netuid));
		assert_eq!(SubnetworkN::<Test>::get(netuid), 3);
		assert_eq!(Keys::<Test>::get(netuid, 2), account(6));
		assert_eq!(Uids::<Test>::get(netuid, account(6)), Some(2));
		assert_eq!(Uids::<Test>::get(netuid, account(5)), None);
		assert!(!IsNetworkMember::<Test>::get(account(5), netuid));
		assert!(!Axons::<Test>::contains_key(netuid, account(5)));
		assert_eq!(Weights::<Test>::get(index, 0), vec![(1, 100), (2, 0)]);
		assert!(Weights::<Test>::get(index, 2).is_empty());
		assert!(Bonds::<Test>::get(index, 2).is_empty());
		assert_eq!(ValidatorPermit::<Test>::get(netuid), vec![true, true, false]);
		assert_eq!(BlockAtRegistration::<Test>::get(netuid, 2), 3);
		assert_eq!(LastUpdate::<Test>::get(index)[2], 3);
		assert_last_event(Event::NeuronRegistered(netuid, 2, account(6)));
		// The hotkey keeps its owner: ownership is the coldkey's, not the subnet's.
		assert_eq!(Owner::<Test>::get(account(5)), miner_coldkey());
	});
}

#[test]
fn immune_neurons_are_pruned_only_as_a_last_resort() {
	run_test(|| {
		let netuid = add_subnet();
		MaxAllowedUids::<Test>::insert(netuid, 2);
		ImmunityPeriod::<Test>::insert(netuid, 100);
		MinNonImmuneUids::<Test>::insert(netuid, 0);
		assert_ok(register(3, 4, netuid));
		// uid 1 is immune and the only candidate: it is replaced all the same.
		assert_ok(register(3, 5, netuid));
		assert_eq!(Keys::<Test>::get(netuid, 1), account(5));
		// The owner's hotkey is never a candidate.
		ImmuneOwnerUidsLimit::<Test>::insert(netuid, 2);
		assert_ok(SubtensorModule::burned_register(
			RuntimeOrigin::signed(owner()),
			netuid,
			account(8),
		));
		assert_eq!(Keys::<Test>::get(netuid, 1), account(8));
		assert_noop!(register(3, 9, netuid), Error::<Test>::NoNeuronIdAvailable);
	});
}

#[test]
fn the_faucet_pays_for_a_fresh_proof_of_work_once() {
	use crate::registration::pow::{meets_difficulty, FAUCET_AMOUNT, FAUCET_DIFFICULTY};
	run_test(|| {
		let who = account(30);
		frame_system::BlockHash::<Test>::insert(1, sp_core::H256::repeat_byte(3));
		let (nonce, seal) = (0u64..)
			.map(|nonce| (nonce, SubtensorModule::seal_for(1, &who, nonce)))
			.find(|(_, seal)| meets_difficulty(seal, FAUCET_DIFFICULTY))
			.unwrap();
		let faucet = |block, nonce, work: &[u8]| {
			SubtensorModule::faucet(RuntimeOrigin::signed(who.clone()), block, nonce, work.to_vec())
		};
		assert_noop!(faucet(1, nonce, &seal), Error::<Test>::FaucetDisabled);
		FaucetEnabled::<Test>::put(true);
		assert_noop!(faucet(2, nonce, &seal), Error::<Test>::InvalidWorkBlock);
		assert_noop!(faucet(1, nonce + 1, &seal), Error::<Test>::InvalidSeal);
		let issuance = TotalIssuance::<Test>::get();
		assert_ok(faucet(1, nonce, &seal));
		assert_eq!(balance(&who), FAUCET_AMOUNT);
		assert_eq!(
			TotalIssuance::<Test>::get(),
			issuance.saturating_add(TaoBalance::new(FAUCET_AMOUNT))
		);
		assert_last_event(Event::Faucet(who.clone(), FAUCET_AMOUNT));
		assert_noop!(faucet(1, nonce, &seal), Error::<Test>::WorkAlreadyUsed);
		run_to_block(4);
		assert_noop!(faucet(1, nonce, &seal), Error::<Test>::InvalidWorkBlock);
		// A seal that misses the difficulty is refused.
		frame_system::BlockHash::<Test>::insert(3, sp_core::H256::repeat_byte(4));
		let weak = (0u64..)
			.find(|n| !meets_difficulty(&SubtensorModule::seal_for(3, &who, *n), FAUCET_DIFFICULTY))
			.unwrap();
		let weak_seal = SubtensorModule::seal_for(3, &who, weak);
		assert_noop!(faucet(3, weak, &weak_seal), Error::<Test>::InvalidDifficulty);
	});
}
