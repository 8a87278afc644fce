//! Commitments on the real runtime: a registered hotkey publishes for free, the pool turns away
//! commitments that cannot succeed (through `SubtensorTransactionExtension`), and a commitment
//! goes with its neuron, to the new hotkey of a hotkey swap, and with its subnet.

use super::{pool, preset_ext};
use crate::{Commitments, Runtime, RuntimeCall, RuntimeOrigin, SubtensorModule, System};
use frame_support::{
	assert_ok,
	dispatch::{GetDispatchInfo, Pays},
};
use pallet_subtensor_commitments::{types::Data, CommitmentInfo, CommitmentOf};
use sp_genesis_builder::DEV_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring::{Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::{transaction_validity::InvalidTransaction, AccountId32};
use subtensor_common::NetUid;

const NETUID: NetUid = NetUid::new(1);

/// Dev genesis at block 1 with subnet 1 owned by Bob, whose hotkey Charlie holds UID 0.
fn with_subnet(test: impl FnOnce()) {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		assert_ok!(SubtensorModule::register_network(
			RuntimeOrigin::signed(Bob.to_account_id()),
			Charlie.to_account_id()
		));
		test();
	});
}

fn endpoint() -> CommitmentInfo {
	let field = pallet_subtensor_commitments::types::raw_field(b"10.0.0.1:8091".to_vec());
	CommitmentInfo { fields: field.into_iter().collect::<Vec<Data>>().try_into().unwrap() }
}

fn commit_call() -> RuntimeCall {
	RuntimeCall::Commitments(pallet_subtensor_commitments::Call::set_commitment {
		netuid: NETUID,
		info: Box::new(endpoint()),
	})
}

fn commit(who: &AccountId32) {
	assert_ok!(Commitments::set_commitment(
		RuntimeOrigin::signed(who.clone()),
		NETUID,
		Box::new(endpoint())
	));
}

#[test]
fn a_registered_hotkey_publishes_for_free_and_the_pool_refuses_others() {
	with_subnet(|| {
		assert_eq!(commit_call().get_dispatch_info().pays_fee, Pays::No);
		assert_eq!(pool(&Charlie.to_account_id(), commit_call()), Ok(()));
		assert_eq!(
			pool(&Eve.to_account_id(), commit_call()),
			Err(InvalidTransaction::Custom(10).into())
		);
		commit(&Charlie.to_account_id());
		let record = CommitmentOf::<Runtime>::get(NETUID, Charlie.to_account_id()).unwrap();
		assert_eq!(record.info, endpoint());
	});
}

#[test]
fn a_commitment_goes_with_its_neuron_and_its_subnet() {
	with_subnet(|| {
		let (dave, eve) = (Dave.to_account_id(), Eve.to_account_id());
		assert_ok!(SubtensorModule::burned_register(
			RuntimeOrigin::signed(dave.clone()),
			NETUID,
			dave.clone()
		));
		commit(&dave);
		commit(&Charlie.to_account_id());
		// Eve's registration takes Dave's UID.
		let uid = pallet_subtensor::Uids::<Runtime>::get(NETUID, &dave).unwrap();
		SubtensorModule::replace_neuron(NETUID, uid, &eve, 2);
		assert_eq!(CommitmentOf::<Runtime>::get(NETUID, &dave), None);
		assert!(CommitmentOf::<Runtime>::get(NETUID, Charlie.to_account_id()).is_some());

		assert_ok!(SubtensorModule::dissolve_network(
			RuntimeOrigin::root(),
			Bob.to_account_id(),
			NETUID
		));
		assert_eq!(CommitmentOf::<Runtime>::iter_prefix(NETUID).count(), 0);
	});
}

#[test]
fn a_commitment_follows_its_neuron_to_the_new_hotkey_of_a_swap() {
	with_subnet(|| {
		let (charlie, ferdie) = (Charlie.to_account_id(), Ferdie.to_account_id());
		commit(&charlie);
		let published = CommitmentOf::<Runtime>::get(NETUID, &charlie);
		assert!(published.is_some());

		assert_ok!(SubtensorModule::swap_hotkey_v2(
			RuntimeOrigin::signed(Bob.to_account_id()),
			charlie.clone(),
			ferdie.clone(),
			Some(NETUID),
			false
		));

		assert_eq!(CommitmentOf::<Runtime>::get(NETUID, &ferdie), published);
		assert_eq!(CommitmentOf::<Runtime>::get(NETUID, &charlie), None);
		// The new hotkey publishes as the neuron: the pool admits its next commitment.
		assert_eq!(pool(&ferdie, commit_call()), Ok(()));
	});
}
