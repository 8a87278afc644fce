//! Fees are charged for signed extrinsics and paid to the block author; the existential deposit
//! is enforced.

use super::{preset_ext, signed};
use crate::{
	configs::system::RuntimeBlockWeights,
	constants::currency::{EXISTENTIAL_DEPOSIT, TAO},
	Address, Balance, Balances, Executive, Header, RuntimeCall, RuntimeOrigin, System,
	TransactionPayment,
};
use codec::Encode;
use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect, weights::Weight};
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::{Digest, DigestItem},
	traits::Header as _,
	TokenError,
};

/// Starts block 1 in Aura slot `slot` (the local preset's authority `slot % 2` authors it).
pub(super) fn start_block_in_slot(slot: u64) {
	let digest =
		Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(slot).encode())] };
	let header =
		Header::new(1, Default::default(), Default::default(), System::parent_hash(), digest);
	Executive::initialize_block(&header);
}

#[test]
fn transfer_pays_fee_and_tip_to_the_block_author() {
	preset_ext(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let (alice, bob, charlie) =
			(Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie);
		// Slot 1 of two authorities (Alice, Bob): Bob authors.
		start_block_in_slot(1);

		let amount = 7 * TAO;
		let tip = 1_000;
		let call = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: charlie.to_account_id().into(),
			value: amount,
		});
		let xt = signed(alice, call, 0, tip);
		let len = xt.encoded_size() as u32;
		let fee = TransactionPayment::query_info(xt.clone(), len).partial_fee;
		assert!(fee > 0, "a transfer costs a fee");

		let before = |k: Sr25519Keyring| Balances::free_balance(k.to_account_id());
		let (alice0, bob0, charlie0) = (before(alice), before(bob), before(charlie));
		let issuance0 = Balances::total_issuance();

		assert_ok!(Executive::apply_extrinsic(xt).expect("valid transaction"));

		assert_eq!(before(charlie), charlie0 + amount);
		assert_eq!(before(alice), alice0 - amount - fee - tip);
		assert_eq!(before(bob), bob0 + fee + tip, "the author receives fee and tip");
		assert_eq!(Balances::total_issuance(), issuance0, "fees are moved, not burnt");
		assert_eq!(System::account_nonce(alice.to_account_id()), 1);
	});
}

#[test]
fn fee_follows_the_weight_and_length_formula() {
	preset_ext(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		// 1 rao per byte; 0.0005 rao per unit of ref-time; no congestion multiplier.
		assert_eq!(TransactionPayment::length_to_fee(100), 100);
		assert_eq!(TransactionPayment::weight_to_fee(Weight::from_parts(2_000_000, 0)), 1_000);

		let call = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: Sr25519Keyring::Bob.to_account_id().into(),
			value: TAO,
		});
		let xt = signed(Sr25519Keyring::Alice, call, 0, 0);
		let len = xt.encoded_size() as u32;
		let info = TransactionPayment::query_info(xt, len);
		let base = RuntimeBlockWeights::get().get(info.class).base_extrinsic;
		assert_eq!(
			info.partial_fee,
			TransactionPayment::weight_to_fee(base)
				+ Balance::from(len)
				+ TransactionPayment::weight_to_fee(info.weight)
		);
	});
}

#[test]
fn bad_signature_and_unaffordable_transfer_are_rejected_without_state_change() {
	preset_ext(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		// Slot 2 of two authorities: Alice authors.
		start_block_in_slot(2);
		let dave = Sr25519Keyring::Dave;
		let call = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: Sr25519Keyring::Bob.to_account_id().into(),
			value: TAO,
		});
		// Signed by Eve but claiming to be Dave.
		let mut forged = signed(Sr25519Keyring::Eve, call, 0, 0);
		if let sp_runtime::generic::Preamble::Signed(address, _, _) = &mut forged.preamble {
			*address = Address::Id(dave.to_account_id());
		}
		let balance = Balances::free_balance(dave.to_account_id());
		assert!(Executive::apply_extrinsic(forged).is_err());

		// Dave holds 2 000 TAO: a transfer of 5 000 TAO fails in dispatch, fee still charged.
		let too_much = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: Sr25519Keyring::Bob.to_account_id().into(),
			value: 5_000 * TAO,
		});
		let outcome = Executive::apply_extrinsic(signed(dave, too_much, 0, 0)).expect("valid tx");
		assert!(outcome.is_err(), "dispatch fails");
		assert!(Balances::free_balance(dave.to_account_id()) < balance, "fee is charged");
		assert!(Balances::free_balance(dave.to_account_id()) > balance - TAO, "nothing moved");
	});
}

#[test]
fn existential_deposit_is_enforced() {
	preset_ext(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let alice = Sr25519Keyring::Alice.to_account_id();
		let fresh = Sr25519Keyring::One.to_account_id();
		assert_eq!(<Balances as Inspect<_>>::minimum_balance(), EXISTENTIAL_DEPOSIT);
		// A new account must receive at least the existential deposit.
		assert_noop!(
			Balances::transfer_allow_death(
				RuntimeOrigin::signed(alice.clone()),
				fresh.clone().into(),
				EXISTENTIAL_DEPOSIT - 1
			),
			TokenError::BelowMinimum
		);
		assert_ok!(Balances::transfer_allow_death(
			RuntimeOrigin::signed(alice.clone()),
			fresh.clone().into(),
			EXISTENTIAL_DEPOSIT
		));
		assert_eq!(Balances::free_balance(&fresh), EXISTENTIAL_DEPOSIT);
		// keep-alive refuses to take the sender below the existential deposit.
		assert_noop!(
			Balances::transfer_keep_alive(
				RuntimeOrigin::signed(fresh.clone()),
				alice.clone().into(),
				1
			),
			TokenError::NotExpendable
		);
		// Dropping below it reaps the account.
		assert_ok!(Balances::transfer_allow_death(
			RuntimeOrigin::signed(fresh.clone()),
			alice.into(),
			1
		));
		assert_eq!(Balances::free_balance(&fresh), 0);
		assert!(!System::account_exists(&fresh));
	});
}

#[test]
fn pool_priority_follows_the_dispatch_class_and_ignores_the_tip() {
	use crate::charge_fee::{priority_of, NORMAL_DISPATCH_PRIORITY, OPERATIONAL_DISPATCH_PRIORITY};
	use frame_support::dispatch::DispatchClass;
	use sp_runtime::transaction_validity::TransactionSource;
	preset_ext(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		start_block_in_slot(2);
		let transfer = || {
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: Sr25519Keyring::Bob.to_account_id().into(),
				value: TAO,
			})
		};
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![0; 10_000] });
		let parent = System::parent_hash();
		let priority = |xt| {
			Executive::validate_transaction(TransactionSource::External, xt, parent)
				.expect("valid")
				.priority
		};
		// No tip, a large tip, a heavier call: one normal priority (frame's default would rank
		// them by tip and by how many fit in a block).
		for xt in [
			signed(Sr25519Keyring::Dave, transfer(), 0, 0),
			signed(Sr25519Keyring::Dave, transfer(), 0, 100 * TAO),
			signed(Sr25519Keyring::Dave, remark, 0, 0),
		] {
			assert_eq!(priority(xt), NORMAL_DISPATCH_PRIORITY);
		}
		assert_eq!(priority_of(DispatchClass::Mandatory), NORMAL_DISPATCH_PRIORITY);
		assert_eq!(priority_of(DispatchClass::Operational), OPERATIONAL_DISPATCH_PRIORITY);
	});
}
