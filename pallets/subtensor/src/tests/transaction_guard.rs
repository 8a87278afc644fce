//! The pool guard of fee-less calls: what cannot succeed is refused before it reaches a block,
//! with the custom code clients know; what can is admitted.

use super::mock::*;
use crate::transaction_guard::*;
use crate::*;
use frame_support::dispatch::GetDispatchInfo;
use sp_runtime::{
	traits::{TransactionExtension, TxBaseImplication},
	transaction_validity::{InvalidTransaction, TransactionSource},
};
use subtensor_common::NetUid;

fn set_weights(netuid: NetUid) -> Call<Test> {
	Call::set_weights { netuid, dests: vec![0], weights: vec![1], version_key: 0 }
}

fn guard(who: u8, call: Call<Test>) -> Result<(), InvalidTransaction> {
	SubtensorModule::guard_call(&account(who), &call).map_err(|error| match error {
		sp_runtime::transaction_validity::TransactionValidityError::Invalid(invalid) => invalid,
		other => panic!("not an invalid transaction: {other:?}"),
	})
}

/// A subnet where hotkey 20 (coldkey 5) holds a UID and stake; hotkey 21 is not registered.
fn subnet_with_registered_hotkey() -> NetUid {
	let netuid = add_subnet();
	assert_ok(SubtensorModule::start_call(RuntimeOrigin::signed(owner()), netuid));
	assert_ok(SubtensorModule::burned_register(
		RuntimeOrigin::signed(account(5)),
		netuid,
		account(20),
	));
	assert_ok(SubtensorModule::add_stake(
		RuntimeOrigin::signed(account(5)),
		account(20),
		netuid,
		(100 * TAO).into(),
	));
	WeightsSetRateLimit::<Test>::insert(netuid, 0);
	netuid
}

#[test]
fn weight_calls_need_an_existing_subnet_a_uid_and_stake() {
	run_test(|| {
		let netuid = subnet_with_registered_hotkey();
		assert_eq!(guard(20, set_weights(netuid)), Ok(()));
		let missing = NetUid::from(77);
		assert_eq!(
			guard(20, set_weights(missing)),
			Err(InvalidTransaction::Custom(CUSTOM_SUBNET_NOT_EXISTS))
		);
		assert_eq!(
			guard(21, set_weights(netuid)),
			Err(InvalidTransaction::Custom(CUSTOM_NOT_REGISTERED))
		);
		let commit = Call::commit_weights { netuid, commit_hash: Default::default() };
		assert_eq!(guard(21, commit), Err(InvalidTransaction::Custom(CUSTOM_NOT_REGISTERED)));
		StakeThreshold::<Test>::put(u64::MAX);
		assert_eq!(
			guard(20, set_weights(netuid)),
			Err(InvalidTransaction::Custom(CUSTOM_STAKE_TOO_LOW))
		);
		// The subnet owner's hotkey needs no stake.
		assert_eq!(guard(2, set_weights(netuid)), Ok(()));
	});
}

#[test]
fn a_timelocked_commit_to_a_round_already_stored_is_refused() {
	run_test(|| {
		let netuid = subnet_with_registered_hotkey();
		let commit = |reveal_round| Call::commit_timelocked_mechanism_weights {
			netuid,
			mecid: 0,
			commit: vec![1u8; 64].try_into().unwrap_or_default(),
			reveal_round,
			commit_reveal_version: 4,
		};
		assert_eq!(guard(20, commit(5)), Ok(()));
		pallet_drand::LastStoredRound::<Test>::put(10);
		assert_eq!(guard(20, commit(10)), Ok(()));
		assert_eq!(
			guard(20, commit(9)),
			Err(InvalidTransaction::Custom(CUSTOM_INVALID_REVEAL_ROUND))
		);
		assert_eq!(guard(21, commit(10)), Err(InvalidTransaction::Custom(CUSTOM_NOT_REGISTERED)));
	});
}

#[test]
fn setting_weights_again_too_soon_is_refused() {
	run_test(|| {
		let netuid = subnet_with_registered_hotkey();
		WeightsSetRateLimit::<Test>::insert(netuid, 100);
		// Registration counts as the last update.
		assert_eq!(
			guard(20, set_weights(netuid)),
			Err(InvalidTransaction::Custom(CUSTOM_RATE_LIMITED))
		);
		let commit = Call::commit_weights { netuid, commit_hash: Default::default() };
		assert_eq!(guard(20, commit), Ok(()));
	});
}

#[test]
fn batches_with_lists_of_different_lengths_are_refused() {
	run_test(|| {
		let netuid = subnet_with_registered_hotkey();
		let batch = Call::batch_commit_weights {
			netuids: vec![netuid.into()],
			commit_hashes: vec![Default::default(); 2],
		};
		assert_eq!(guard(20, batch), Err(InvalidTransaction::Custom(CUSTOM_INPUT_LENGTHS_UNEQUAL)));
		let batch = Call::batch_set_weights {
			netuids: vec![netuid.into()],
			weights: vec![vec![]],
			version_keys: vec![0.into()],
		};
		assert_eq!(guard(20, batch), Ok(()));
	});
}

#[test]
fn serving_take_changes_and_the_faucet_are_guarded() {
	use InvalidTransaction::Custom;
	run_test(|| {
		let netuid = subnet_with_registered_hotkey();
		let serve =
			|netuid| Call::serve_prometheus { netuid, version: 1, ip: 1, port: 1, ip_type: 4 };
		assert_eq!(guard(20, serve(netuid)), Ok(()));
		assert_eq!(
			guard(21, serve(netuid)),
			Err(InvalidTransaction::Custom(CUSTOM_NOT_REGISTERED))
		);
		// An axon is refused in the pool for what would fail it in the block (serving is
		// fee-less: a failing call would take block space for nothing).
		let axon = |ip_type, ip, port| Call::serve_axon {
			netuid,
			version: 1,
			ip,
			port,
			ip_type,
			protocol: 0,
			placeholder1: 0,
			placeholder2: 0,
		};
		assert_eq!(guard(20, axon(4, 0x0808_0808, 8091)), Ok(()));
		let refused = |who, call| guard(who, call).err();
		assert_eq!(refused(21, axon(4, 0x0808_0808, 8091)), Some(Custom(CUSTOM_NOT_REGISTERED)));
		assert_eq!(
			refused(20, axon(4, 0x7f00_0001, 8091)),
			Some(Custom(CUSTOM_INVALID_IP_ADDRESS))
		);
		assert_eq!(refused(20, axon(5, 0x0808_0808, 8091)), Some(Custom(CUSTOM_BAD_REQUEST)));
		assert_eq!(refused(20, axon(4, 0x0808_0808, 0)), Some(Custom(CUSTOM_INVALID_PORT)));
		assert_ok(SubtensorModule::serve_axon(
			RuntimeOrigin::signed(account(20)),
			netuid,
			1,
			0x0808_0808,
			8091,
			4,
			0,
			0,
			0,
		));
		assert_eq!(
			refused(20, axon(4, 0x0808_0808, 8091)),
			Some(Custom(CUSTOM_SERVING_RATE_LIMITED))
		);
		run_to_block(System::block_number() + ServingRateLimit::<Test>::get(netuid));
		assert_eq!(guard(20, axon(4, 0x0808_0808, 8091)), Ok(()));
		let take = Call::decrease_take { hotkey: account(20), take: 0 };
		assert_eq!(guard(5, take.clone()), Ok(()));
		assert_eq!(guard(6, take), Err(InvalidTransaction::Custom(CUSTOM_HOTKEY_NOT_EXISTS)));
		let faucet = Call::faucet { block_number: 0, nonce: 0, work: vec![] };
		assert_eq!(guard(6, faucet), Err(InvalidTransaction::Call));
	});
}

#[test]
fn the_extension_refuses_in_the_pool() {
	run_test(|| {
		let netuid = subnet_with_registered_hotkey();
		let call = RuntimeCall::SubtensorModule(set_weights(netuid));
		let info = call.get_dispatch_info();
		let validate = |who: u8| {
			SubtensorTransactionExtension::<Test>::new()
				.validate(
					RuntimeOrigin::signed(account(who)),
					&call,
					&info,
					0,
					(),
					&TxBaseImplication(()),
					TransactionSource::External,
				)
				.map(|_| ())
		};
		assert!(validate(20).is_ok());
		assert_eq!(
			validate(21).err(),
			Some(InvalidTransaction::Custom(CUSTOM_NOT_REGISTERED).into())
		);
	});
}
