//! Proof-of-work registration: a fresh seal on the subnet's challenge registers a hotkey for
//! free; stale, wrong, too easy or reused seals are refused with their named error (and by
//! the pool, before they reach a block).

use super::mock::*;
use crate::registration::pow::{meets_difficulty, registration_challenge, registration_seal};
use crate::*;
use codec::Encode;
use frame_support::assert_noop;
use sp_core::H256;
use sp_runtime::transaction_validity::{InvalidTransaction, TransactionValidityError};
use sp_runtime::DispatchResult;
use subtensor_common::NetUid;

const COLDKEY: u8 = 5;
const HOTKEY: u8 = 40;
const DIFFICULTY: u64 = 500;

/// A started subnet with proof-of-work registration open and difficulty [`DIFFICULTY`], at a
/// block with known recent hashes.
fn pow_subnet() -> NetUid {
	let netuid = add_subnet();
	NetworkPowRegistrationAllowed::<Test>::insert(netuid, true);
	MinDifficulty::<Test>::insert(netuid, 1);
	Difficulty::<Test>::insert(netuid, DIFFICULTY);
	run_to_block(System::block_number() + 10);
	let now = System::block_number();
	for block in now - 8..now {
		frame_system::BlockHash::<Test>::insert(block, H256::repeat_byte(block as u8));
	}
	netuid
}

/// A nonce and seal meeting `difficulty` for `hotkey` and `coldkey` on `work_block`.
fn mine(
	netuid: NetUid,
	work_block: u64,
	hotkey: u8,
	coldkey: u8,
	difficulty: u64,
) -> (u64, Vec<u8>) {
	let hash = System::block_hash(work_block);
	let challenge = registration_challenge(
		netuid,
		hash.as_ref(),
		&account(hotkey).encode(),
		&account(coldkey).encode(),
	);
	(0..)
		.map(|nonce| (nonce, registration_seal(&challenge, nonce)))
		.find(|(_, seal)| meets_difficulty(seal, difficulty))
		.map(|(nonce, seal)| (nonce, seal.to_vec()))
		.expect("a seal exists")
}

fn pow_register(netuid: NetUid, work_block: u64, nonce: u64, work: Vec<u8>) -> DispatchResult {
	SubtensorModule::pow_register(
		RuntimeOrigin::signed(account(COLDKEY)),
		netuid,
		work_block,
		nonce,
		work,
		account(HOTKEY),
	)
}

fn pool(
	netuid: NetUid,
	work_block: u64,
	nonce: u64,
	work: Vec<u8>,
) -> Result<(), InvalidTransaction> {
	let call = Call::pow_register { netuid, work_block, nonce, work, hotkey: account(HOTKEY) };
	SubtensorModule::guard_call(&account(COLDKEY), &call).map_err(|error| match error {
		TransactionValidityError::Invalid(invalid) => invalid,
		other => panic!("not an invalid transaction: {other:?}"),
	})
}

#[test]
fn a_fresh_seal_registers_the_hotkey_for_free_once() {
	run_test(|| {
		let netuid = pow_subnet();
		let work_block = System::block_number() - 2;
		let (nonce, work) = mine(netuid, work_block, HOTKEY, COLDKEY, DIFFICULTY);
		let balance = SubtensorModule::free_balance(&account(COLDKEY));
		assert_eq!(pool(netuid, work_block, nonce, work.clone()), Ok(()));
		assert_ok(pow_register(netuid, work_block, nonce, work.clone()));
		assert!(Uids::<Test>::contains_key(netuid, account(HOTKEY)));
		assert_eq!(Owner::<Test>::get(account(HOTKEY)), account(COLDKEY));
		assert_eq!(SubtensorModule::free_balance(&account(COLDKEY)), balance);
		assert_eq!(
			LastPowRegistrationBlock::<Test>::get(account(HOTKEY)),
			Some(System::block_number())
		);
		// The hotkey is registered now; the seal is spent either way.
		assert_noop!(
			pow_register(netuid, work_block, nonce, work),
			Error::<Test>::HotKeyAlreadyRegisteredInSubNet
		);
	});
}

#[test]
fn proof_of_work_registers_while_burned_registration_is_closed() {
	run_test(|| {
		let netuid = pow_subnet();
		NetworkRegistrationAllowed::<Test>::insert(netuid, false);
		let work_block = System::block_number() - 1;
		let (nonce, work) = mine(netuid, work_block, HOTKEY, COLDKEY, DIFFICULTY);
		assert_ok(pow_register(netuid, work_block, nonce, work));
		assert!(Uids::<Test>::contains_key(netuid, account(HOTKEY)));
	});
}

#[test]
fn stale_future_and_wrong_seals_are_refused() {
	run_test(|| {
		let netuid = pow_subnet();
		let now = System::block_number();
		// Six blocks old: stale. The current block: its hash is not known yet.
		for work_block in [now - 6, now] {
			let (nonce, work) = mine(netuid, work_block, HOTKEY, COLDKEY, DIFFICULTY);
			assert_noop!(
				pow_register(netuid, work_block, nonce, work.clone()),
				Error::<Test>::InvalidWorkBlock
			);
			assert_eq!(pool(netuid, work_block, nonce, work), Err(InvalidTransaction::Stale));
		}
		// A seal mined for another coldkey does not bind this one.
		let work_block = now - 1;
		let (nonce, work) = mine(netuid, work_block, HOTKEY, 6, DIFFICULTY);
		assert_noop!(
			pow_register(netuid, work_block, nonce, work.clone()),
			Error::<Test>::InvalidSeal
		);
		assert_eq!(pool(netuid, work_block, nonce, work), Err(InvalidTransaction::BadProof));
		// A true seal that misses the subnet's difficulty.
		let challenge = registration_challenge(
			netuid,
			System::block_hash(work_block).as_ref(),
			&account(HOTKEY).encode(),
			&account(COLDKEY).encode(),
		);
		let (nonce, seal) = (0..)
			.map(|nonce| (nonce, registration_seal(&challenge, nonce)))
			.find(|(_, seal)| !meets_difficulty(seal, DIFFICULTY))
			.expect("most seals miss");
		assert_noop!(
			pow_register(netuid, work_block, nonce, seal.to_vec()),
			Error::<Test>::InvalidDifficulty
		);
	});
}

#[test]
fn closed_subnets_root_and_missing_subnets_refuse_proof_of_work() {
	run_test(|| {
		// Closed at creation (only its owner or root opens it); a netuid without a subnet
		// reports it closed, so clients never mine.
		assert!(!NetworkPowRegistrationAllowed::<Test>::get(add_subnet()));
		let netuid = pow_subnet();
		assert!(!NetworkPowRegistrationAllowed::<Test>::get(NetUid::from(77)));
		let work_block = System::block_number() - 1;
		let (nonce, work) = mine(netuid, work_block, HOTKEY, COLDKEY, DIFFICULTY);
		NetworkPowRegistrationAllowed::<Test>::insert(netuid, false);
		assert_noop!(
			pow_register(netuid, work_block, nonce, work.clone()),
			Error::<Test>::SubNetRegistrationDisabled
		);
		assert_noop!(
			pow_register(NetUid::ROOT, work_block, nonce, work.clone()),
			Error::<Test>::RegistrationNotPermittedOnRootSubnet
		);
		assert_noop!(
			pow_register(NetUid::from(77), work_block, nonce, work.clone()),
			Error::<Test>::SubnetNotExists
		);
		// One registration per block by default.
		NetworkPowRegistrationAllowed::<Test>::insert(netuid, true);
		RegistrationsThisBlock::<Test>::insert(netuid, 1);
		assert_noop!(
			pow_register(netuid, work_block, nonce, work.clone()),
			Error::<Test>::TooManyRegistrationsThisBlock
		);
		// The pool admits it: the counter restarts in the block it would enter.
		assert_eq!(pool(netuid, work_block, nonce, work), Ok(()));
	});
}

#[test]
fn new_subnets_start_at_the_configured_difficulty() {
	run_test(|| {
		NewSubnetDifficulty::<Test>::put(1_000);
		let netuid = add_subnet();
		assert_eq!(Difficulty::<Test>::get(netuid), 1_000);
		assert_eq!(MinDifficulty::<Test>::get(netuid), 1_000);
		assert_eq!(SubtensorModule::effective_difficulty(netuid), 1_000);
		MaxDifficulty::<Test>::insert(netuid, 500);
		// The lower bound wins when the bounds cross.
		assert_eq!(SubtensorModule::effective_difficulty(netuid), 1_000);
	});
}
