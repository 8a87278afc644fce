//! Proxy: the kinds of proxy and their deposits; what each kind may call is the table in
//! [`super::proxy_filter`].
//!
//! Calls nested in `Utility` batches or further `Proxy` calls are checked one by one: the proxy
//! filter is attached to the origin they are dispatched with.

use crate::{
	configs::accounts::deposit, constants::currency::TAO, Balance, Balances, Runtime, RuntimeCall,
	RuntimeEvent, System,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::traits::{ConstU32, InstanceFilter};
use scale_info::TypeInfo;
use sp_runtime::traits::BlakeTwo256;
use subtensor_common::AlphaBalance;

frame_support::parameter_types! {
	/// Base deposit of a proxy list (one storage item of 8 bytes).
	pub const ProxyDepositBase: Balance = deposit(1, 8);
	/// Extra deposit per proxy (33 bytes each).
	pub const ProxyDepositFactor: Balance = deposit(0, 33);
	/// Base deposit of an announcement.
	pub const AnnouncementDepositBase: Balance = deposit(1, 8);
	/// Extra deposit per announcement (68 bytes each).
	pub const AnnouncementDepositFactor: Balance = deposit(0, 68);
}

/// The kinds of proxy, with the real chain's variant indices (clients encode them as `u8`).
/// Variants marked deprecated allow nothing.
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
	/// The subnet owner's settings: every `AdminUtils` setter but the owner hotkey, the subnet
	/// identity and symbol.
	#[codec(index = 1)]
	Owner,
	/// Any call but the critical ones (sudo, registrations, dissolving a subnet).
	#[codec(index = 2)]
	NonCritical,
	/// Any call that hands no TAO or stake to another account.
	#[codec(index = 3)]
	NonTransfer,
	/// Deprecated.
	#[codec(index = 4)]
	Senate,
	/// Any call that moves no funds at all (no transfers, staking, registrations or burns).
	#[codec(index = 5)]
	NonFungible,
	/// Deprecated.
	#[codec(index = 6)]
	Triumvirate,
	/// Deprecated.
	#[codec(index = 7)]
	Governance,
	/// Staking within the account: add, remove, move and swap stake; the root-claim type.
	#[codec(index = 8)]
	Staking,
	/// Registering hotkeys on subnets by burning TAO.
	#[codec(index = 9)]
	Registration,
	/// TAO transfers and stake transfers.
	#[codec(index = 10)]
	Transfer,
	/// TAO transfers below [`SMALL_TRANSFER_LIMIT`], stake transfers below
	/// [`SMALL_ALPHA_TRANSFER_LIMIT`].
	#[codec(index = 11)]
	SmallTransfer,
	/// Deprecated.
	#[codec(index = 12)]
	RootWeights,
	/// Child-key calls: `set_children` and `set_childkey_take`.
	#[codec(index = 13)]
	ChildKeys,
	/// `Sudo::sudo_unchecked_weight(System::set_code)` only: runtime upgrades.
	#[codec(index = 14)]
	SudoUncheckedSetCode,
	/// Hotkey swaps: `swap_hotkey` and `swap_hotkey_v2`.
	#[codec(index = 15)]
	SwapHotkey,
	/// What a subnet lease's beneficiary may do: start the subnet and set its hyperparameters.
	#[codec(index = 16)]
	SubnetLeaseBeneficiary,
	/// Claiming root dividends.
	#[codec(index = 17)]
	RootClaim,
}

/// Largest transfer a `SmallTransfer` proxy may make, exclusive: 0.5 TAO.
pub const SMALL_TRANSFER_LIMIT: Balance = TAO / 2;
/// Largest stake transfer a `SmallTransfer` proxy may make, exclusive: 0.5 alpha.
pub const SMALL_ALPHA_TRANSFER_LIMIT: AlphaBalance = AlphaBalance::new(500_000_000);

impl InstanceFilter<RuntimeCall> for ProxyType {
	/// What [`ProxyType::filter_table`] allows.
	fn filter(&self, call: &RuntimeCall) -> bool {
		self.filter_table().allows(call)
	}

	/// As the reference: `Any` covers everything, `NonTransfer` everything but `Any` and the
	/// transfer kinds, `Transfer` covers `SmallTransfer`.
	fn is_superset(&self, other: &Self) -> bool {
		match (self, other) {
			(x, y) if x == y => true,
			(ProxyType::Any, _) => true,
			(_, ProxyType::Any) => false,
			(ProxyType::NonTransfer, other) => {
				!matches!(other, ProxyType::Transfer | ProxyType::SmallTransfer)
			},
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
