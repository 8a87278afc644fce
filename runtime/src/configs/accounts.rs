//! Account tools: Sudo, Utility (batches) and Multisig (Proxy is in [`super::proxy`]).

use crate::{
	constants::currency::{RAO, TAO},
	Balance, Balances, OriginCaller, Runtime, RuntimeCall, RuntimeEvent, System,
};
use frame_support::traits::ConstU32;

/// Deposit held for storing `items` entries of `bytes` bytes in total: 0.1 TAO per item plus
/// 1 000 rao per byte. Deposits are returned when the storage is freed.
pub const fn deposit(items: u32, bytes: u32) -> Balance {
	(items as Balance)
		.saturating_mul(TAO / 10)
		.saturating_add((bytes as Balance).saturating_mul(1_000 * RAO))
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
}

frame_support::parameter_types! {
	/// Base deposit of a multisig operation (one storage item of 88 bytes).
	pub const MultisigDepositBase: Balance = deposit(1, 88);
	/// Extra deposit per signatory (32 bytes each).
	pub const MultisigDepositFactor: Balance = deposit(0, 32);
}

impl pallet_multisig::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type DepositBase = MultisigDepositBase;
	type DepositFactor = MultisigDepositFactor;
	type MaxSignatories = ConstU32<100>;
	type WeightInfo = pallet_multisig::weights::SubstrateWeight<Runtime>;
	type BlockNumberProvider = System;
}
