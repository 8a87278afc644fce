//! The coldkey-swap guard on the real runtime: a coldkey with an announced swap makes only the
//! swap's calls (and shielded carriers), whether it signs, batches, or a proxy or multisig
//! acts for it; a disputed swap freezes the account. Refusals carry the codes clients know.

use super::{pool, preset_ext};
use crate::configs::proxy::ProxyType;
use crate::{Balances, Proxy, RuntimeCall, RuntimeOrigin, SubtensorModule, System};
use frame_support::assert_ok;
use sp_genesis_builder::DEV_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie};
use sp_runtime::{
	traits::{BlakeTwo256, Hash},
	transaction_validity::{InvalidTransaction, TransactionValidityError},
};

/// Dev genesis at block 1, where Bob is Charlie's proxy and Charlie announced a swap to Alice.
fn with_announced_swap(test: impl FnOnce()) {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		let charlie = Charlie.to_account_id();
		assert_ok!(Proxy::add_proxy(
			RuntimeOrigin::signed(charlie.clone()),
			Bob.to_account_id().into(),
			ProxyType::Any,
			0
		));
		assert_ok!(SubtensorModule::announce_coldkey_swap(
			RuntimeOrigin::signed(charlie),
			BlakeTwo256::hash_of(&Alice.to_account_id())
		));
		test();
	});
}

fn transfer() -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: Alice.to_account_id().into(),
		value: 1_000_000_000,
	})
}

fn as_charlie(call: RuntimeCall) -> RuntimeCall {
	RuntimeCall::Proxy(pallet_proxy::Call::proxy {
		real: Charlie.to_account_id().into(),
		force_proxy_type: None,
		call: Box::new(call),
	})
}

fn batch(calls: Vec<RuntimeCall>) -> RuntimeCall {
	RuntimeCall::Utility(pallet_utility::Call::batch_all { calls })
}

fn dispute() -> RuntimeCall {
	RuntimeCall::SubtensorModule(pallet_subtensor::Call::dispute_coldkey_swap {})
}

const ANNOUNCED: TransactionValidityError =
	TransactionValidityError::Invalid(InvalidTransaction::Custom(0));
const DISPUTED: TransactionValidityError =
	TransactionValidityError::Invalid(InvalidTransaction::Custom(21));

#[test]
fn an_announced_coldkey_moves_no_funds_by_any_path() {
	with_announced_swap(|| {
		let (bob, charlie) = (Bob.to_account_id(), Charlie.to_account_id());
		assert_eq!(pool(&charlie, transfer()), Err(ANNOUNCED));
		assert_eq!(pool(&charlie, batch(vec![dispute(), transfer()])), Err(ANNOUNCED));
		assert_eq!(pool(&bob, as_charlie(transfer())), Err(ANNOUNCED));
		assert_eq!(pool(&bob, batch(vec![as_charlie(batch(vec![transfer()]))])), Err(ANNOUNCED));
		// The swap's own calls go through, and Bob's own transfers are his business.
		assert_eq!(pool(&charlie, dispute()), Ok(()));
		assert_eq!(pool(&bob, as_charlie(dispute())), Ok(()));
		assert_eq!(pool(&bob, transfer()), Ok(()));
	});
}

#[test]
fn a_disputed_coldkey_makes_no_call_at_all() {
	with_announced_swap(|| {
		let (bob, charlie) = (Bob.to_account_id(), Charlie.to_account_id());
		assert_ok!(SubtensorModule::dispute_coldkey_swap(RuntimeOrigin::signed(charlie.clone())));
		assert_eq!(pool(&charlie, dispute()), Err(DISPUTED));
		assert_eq!(pool(&bob, as_charlie(dispute())), Err(DISPUTED));
		// Root lifts it.
		assert_ok!(SubtensorModule::reset_coldkey_swap(RuntimeOrigin::root(), charlie.clone()));
		assert_eq!(pool(&charlie, transfer()), Ok(()));
		assert!(Balances::free_balance(&charlie) > 0);
	});
}
