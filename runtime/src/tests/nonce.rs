//! The chain's nonce check: a key that holds no TAO may send fee-less calls (a hotkey setting
//! weights) and its nonce advances; fee-paying calls from it are refused; stale nonces are
//! refused and future ones wait for their predecessor.

use super::preset_ext;
use crate::{check_nonce::CheckNonce, Runtime, RuntimeCall, RuntimeOrigin, System};
use frame_support::dispatch::GetDispatchInfo;
use sp_genesis_builder::DEV_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	traits::{TransactionExtension, TxBaseImplication},
	transaction_validity::{
		InvalidTransaction, TransactionSource, TransactionValidityError, ValidTransaction,
	},
};

/// A fee-less call (the dev faucet).
fn fee_less() -> RuntimeCall {
	RuntimeCall::SubtensorModule(pallet_subtensor::Call::faucet {
		block_number: 0,
		nonce: 0,
		work: vec![],
	})
}

/// A fee-paying call.
fn paying() -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: Sr25519Keyring::Bob.to_account_id().into(),
		value: 1,
	})
}

/// Validates `call` signed by `who` with `nonce`; on success also prepares it (the nonce
/// advances), as block inclusion does.
fn check(
	who: Sr25519Keyring,
	nonce: u32,
	call: RuntimeCall,
) -> Result<ValidTransaction, TransactionValidityError> {
	let info = call.get_dispatch_info();
	let origin = RuntimeOrigin::signed(who.to_account_id());
	let extension = CheckNonce::<Runtime>(nonce);
	let (validity, val, origin) = extension.validate(
		origin,
		&call,
		&info,
		0,
		(),
		&TxBaseImplication(()),
		TransactionSource::External,
	)?;
	if validity.requires.is_empty() {
		extension.prepare(val, &origin, &call, &info, 0)?;
	}
	Ok(validity)
}

#[test]
fn an_account_without_tao_may_send_fee_less_calls_only() {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		let empty = Sr25519Keyring::One;
		assert_eq!(System::account(empty.to_account_id()).providers, 0);
		assert_eq!(check(empty, 0, paying()).err(), Some(InvalidTransaction::Payment.into()));
		assert!(check(empty, 0, fee_less()).is_ok());
		assert_eq!(System::account_nonce(empty.to_account_id()), 1);
		assert_eq!(check(empty, 0, fee_less()).err(), Some(InvalidTransaction::Stale.into()));
		// A later nonce waits for the one before it.
		let waiting = check(empty, 3, fee_less()).expect("future nonces are valid");
		assert_eq!(waiting.requires.len(), 1);
		assert_eq!(System::account_nonce(empty.to_account_id()), 1);
	});
}

#[test]
fn a_funded_account_pays_as_before() {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		let alice = Sr25519Keyring::Alice;
		assert!(check(alice, 0, paying()).is_ok());
		assert_eq!(System::account_nonce(alice.to_account_id()), 1);
	});
}
