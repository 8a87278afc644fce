//! Account tools: Sudo, Utility (batches), Multisig and Proxy.

use crate::{
	constants::currency::{RAO, TAO},
	Balance, Balances, OriginCaller, Runtime, RuntimeCall, RuntimeEvent, System,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::traits::{ConstU32, InstanceFilter};
use scale_info::TypeInfo;
use sp_runtime::traits::BlakeTwo256;

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
	/// Base deposit of a proxy list (one storage item of 8 bytes).
	pub const ProxyDepositBase: Balance = deposit(1, 8);
	/// Extra deposit per proxy (33 bytes each).
	pub const ProxyDepositFactor: Balance = deposit(0, 33);
	/// Base deposit of an announcement.
	pub const AnnouncementDepositBase: Balance = deposit(1, 8);
	/// Extra deposit per announcement (68 bytes each).
	pub const AnnouncementDepositFactor: Balance = deposit(0, 68);
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

/// The kinds of proxy, with the real chain's variant indices (clients encode them as `u8`).
///
/// Variants marked deprecated allow nothing. The subnet, staking and registration kinds name
/// `SubtensorModule` calls, which the runtime gains with that pallet; until then they allow
/// nothing either.
#[derive(
	Copy,
	Clone,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	MaxEncodedLen,
	TypeInfo,
	Default,
)]
pub enum ProxyType {
	/// Any call.
	#[default]
	#[codec(index = 0)]
	Any,
	/// Subnet-owner calls.
	#[codec(index = 1)]
	Owner,
	/// Any call but the critical ones (sudo).
	#[codec(index = 2)]
	NonCritical,
	/// Any call that moves no TAO.
	#[codec(index = 3)]
	NonTransfer,
	/// Deprecated.
	#[codec(index = 4)]
	Senate,
	/// Any call that moves no funds.
	#[codec(index = 5)]
	NonFungible,
	/// Deprecated.
	#[codec(index = 6)]
	Triumvirate,
	/// Deprecated.
	#[codec(index = 7)]
	Governance,
	/// Staking calls.
	#[codec(index = 8)]
	Staking,
	/// Registration calls.
	#[codec(index = 9)]
	Registration,
	/// TAO transfers.
	#[codec(index = 10)]
	Transfer,
	/// TAO transfers below [`SMALL_TRANSFER_LIMIT`].
	#[codec(index = 11)]
	SmallTransfer,
	/// Deprecated.
	#[codec(index = 12)]
	RootWeights,
	/// Childkey calls.
	#[codec(index = 13)]
	ChildKeys,
	/// `Sudo::sudo_unchecked_weight(System::set_code)` only: runtime upgrades.
	#[codec(index = 14)]
	SudoUncheckedSetCode,
	/// Hotkey swaps.
	#[codec(index = 15)]
	SwapHotkey,
	/// Subnet-lease beneficiary calls.
	#[codec(index = 16)]
	SubnetLeaseBeneficiary,
	/// Root-dividend claims.
	#[codec(index = 17)]
	RootClaim,
}

/// Largest transfer a `SmallTransfer` proxy may make, exclusive: 0.5 TAO.
pub const SMALL_TRANSFER_LIMIT: Balance = TAO / 2;

/// Whether `call` is a plain TAO transfer, and of how much (`transfer_all` moves the whole free
/// balance, so it has no bounded amount).
fn transfer_amount(call: &RuntimeCall) -> Option<Option<Balance>> {
	match call {
		RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death { value, .. })
		| RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive { value, .. }) => {
			Some(Some(*value))
		},
		RuntimeCall::Balances(pallet_balances::Call::transfer_all { .. }) => Some(None),
		_ => None,
	}
}

impl InstanceFilter<RuntimeCall> for ProxyType {
	fn filter(&self, call: &RuntimeCall) -> bool {
		match self {
			ProxyType::Any => true,
			ProxyType::NonCritical => !matches!(call, RuntimeCall::Sudo(..)),
			ProxyType::NonTransfer | ProxyType::NonFungible => {
				!matches!(call, RuntimeCall::Balances(..) | RuntimeCall::Sudo(..))
			},
			ProxyType::Transfer => transfer_amount(call).is_some(),
			ProxyType::SmallTransfer => {
				matches!(transfer_amount(call), Some(Some(value)) if value < SMALL_TRANSFER_LIMIT)
			},
			ProxyType::SudoUncheckedSetCode => match call {
				RuntimeCall::Sudo(pallet_sudo::Call::sudo_unchecked_weight { call, .. }) => {
					matches!(
						call.as_ref(),
						RuntimeCall::System(frame_system::Call::set_code { .. })
					)
				},
				_ => false,
			},
			ProxyType::Owner
			| ProxyType::Staking
			| ProxyType::Registration
			| ProxyType::ChildKeys
			| ProxyType::SwapHotkey
			| ProxyType::SubnetLeaseBeneficiary
			| ProxyType::RootClaim
			| ProxyType::Senate
			| ProxyType::Triumvirate
			| ProxyType::Governance
			| ProxyType::RootWeights => false,
		}
	}

	fn is_superset(&self, other: &Self) -> bool {
		match (self, other) {
			(x, y) if x == y => true,
			(ProxyType::Any, _) => true,
			(ProxyType::Transfer, ProxyType::SmallTransfer) => true,
			_ => false,
		}
	}
}

impl pallet_proxy::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type ProxyType = ProxyType;
	type ProxyDepositBase = ProxyDepositBase;
	type ProxyDepositFactor = ProxyDepositFactor;
	type MaxProxies = ConstU32<20>;
	type WeightInfo = pallet_proxy::weights::SubstrateWeight<Runtime>;
	type MaxPending = ConstU32<75>;
	type CallHasher = BlakeTwo256;
	type AnnouncementDepositBase = AnnouncementDepositBase;
	type AnnouncementDepositFactor = AnnouncementDepositFactor;
	type BlockNumberProvider = System;
}
