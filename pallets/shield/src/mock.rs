//! A minimal runtime for the pallet's tests: System, Balances (a call to dispatch from the
//! stored queue) and MevShield, with authors and a stored-call decryptor the tests control.

use crate as pallet_shield;
use codec::Decode;
use core::cell::RefCell;
use frame_support::derive_impl;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system = 0,
		Balances: pallet_balances = 5,
		MevShield: pallet_shield = 30,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
}

impl pallet_shield::Config for Test {
	type AuthorityId = u64;
	type FindAuthors = TestAuthors;
	type StoredCallDecryptor = PlainCalls;
	type WeightInfo = ();
}

thread_local! {
	/// `(current, two slots ahead)` authors of the block being built; `None`: unknown.
	pub static AUTHORS: RefCell<Option<(u64, u64)>> = const { RefCell::new(Some((1, 1))) };
}

/// Authors as the tests set them in [`AUTHORS`].
pub struct TestAuthors;

impl pallet_shield::FindAuthors<u64> for TestAuthors {
	fn current_and_next_next() -> Option<(u64, u64)> {
		AUTHORS.with(|a| *a.borrow())
	}
}

/// "Opens" a stored envelope that is a plain SCALE-encoded call prefixed with `b"open"`.
pub struct PlainCalls;

impl pallet_shield::DecryptStoredCall<RuntimeCall> for PlainCalls {
	fn decrypt(envelope: &[u8]) -> Option<RuntimeCall> {
		let mut call = envelope.strip_prefix(b"open")?;
		RuntimeCall::decode(&mut call).ok()
	}
}

/// Accounts 1..=3 hold 1000 units each.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = RuntimeGenesisConfig {
		balances: pallet_balances::GenesisConfig {
			balances: vec![(1, 1_000), (2, 1_000), (3, 1_000)],
			..Default::default()
		},
		..Default::default()
	}
	.build_storage();
	let mut ext = sp_io::TestExternalities::new(storage.unwrap_or_default());
	ext.execute_with(|| System::set_block_number(1));
	ext
}
