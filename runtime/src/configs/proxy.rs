//! Proxy: the kinds of proxy and what each may call on behalf of its account.
//!
//! The lists follow the reference chain's proxy table, call by call, for the calls this runtime
//! has; where the reference lets a "no funds" kind reach a call that burns or locks TAO, this
//! runtime refuses it too (marked below). A kind built on an allow list (`Staking`,
//! `Registration`, `Owner`, ...) can never reach a call added later; the deny lists
//! (`NonTransfer`, `NonFungible`, `NonCritical`) must be extended when a call that moves funds
//! or takes over an account is added (the coldkey swaps are in all three).
//!
//! Calls nested in `Utility` batches or further `Proxy` calls are checked one by one: the proxy
//! filter is attached to the origin they are dispatched with.

use crate::{
	configs::accounts::deposit, constants::currency::TAO, Balance, Balances, Runtime, RuntimeCall,
	RuntimeEvent, System,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::traits::{ConstU32, InstanceFilter};
use pallet_admin_utils::Call as AdminCall;
use pallet_subtensor::Call as SubtensorCall;
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

/// Whether `call` moves TAO out of the account: any `Balances` call.
fn is_balances(call: &RuntimeCall) -> bool {
	matches!(call, RuntimeCall::Balances(..))
}

/// `SubtensorModule` calls that hand stake to another coldkey.
fn hands_stake_away(call: &SubtensorCall<Runtime>) -> bool {
	matches!(call, SubtensorCall::transfer_stake { .. })
}

/// `SubtensorModule` calls that hand the whole account to another coldkey (coldkey swaps).
fn swaps_coldkey(call: &SubtensorCall<Runtime>) -> bool {
	matches!(
		call,
		SubtensorCall::schedule_swap_coldkey { .. }
			| SubtensorCall::swap_coldkey { .. }
			| SubtensorCall::announce_coldkey_swap { .. }
			| SubtensorCall::swap_coldkey_announced { .. }
			| SubtensorCall::clear_coldkey_swap_announcement { .. }
			| SubtensorCall::dispute_coldkey_swap { .. }
	)
}

/// `SubtensorModule` calls that move funds: staking, transfers, registrations, burns and
/// locks. The reference's `NonFungible` list lacks `register`, `register_limit`,
/// `register_network*`, `add_stake_burn`, `recycle_alpha` and `burn_alpha`, which burn or lock
/// the account's TAO or alpha; they are refused here.
fn moves_funds(call: &SubtensorCall<Runtime>) -> bool {
	matches!(
		call,
		SubtensorCall::add_stake { .. }
			| SubtensorCall::add_stake_limit { .. }
			| SubtensorCall::remove_stake { .. }
			| SubtensorCall::remove_stake_limit { .. }
			| SubtensorCall::remove_stake_full_limit { .. }
			| SubtensorCall::unstake_all { .. }
			| SubtensorCall::unstake_all_alpha { .. }
			| SubtensorCall::swap_stake { .. }
			| SubtensorCall::swap_stake_limit { .. }
			| SubtensorCall::move_stake { .. }
			| SubtensorCall::transfer_stake { .. }
			| SubtensorCall::burned_register { .. }
			| SubtensorCall::root_register { .. }
			| SubtensorCall::register { .. }
			| SubtensorCall::register_limit { .. }
			| SubtensorCall::register_network { .. }
			| SubtensorCall::register_network_with_identity { .. }
			| SubtensorCall::add_stake_burn { .. }
			| SubtensorCall::recycle_alpha { .. }
			| SubtensorCall::burn_alpha { .. }
			| SubtensorCall::swap_hotkey { .. }
			| SubtensorCall::swap_hotkey_v2 { .. }
	)
}

/// `SubtensorModule` calls a `NonCritical` proxy may not make. The reference lets it swap the
/// account's hotkeys, which hands a validator's or miner's neurons to a key the proxy may hold;
/// refused here.
fn is_critical(call: &SubtensorCall<Runtime>) -> bool {
	matches!(
		call,
		SubtensorCall::dissolve_network { .. }
			| SubtensorCall::root_register { .. }
			| SubtensorCall::burned_register { .. }
			| SubtensorCall::swap_hotkey { .. }
			| SubtensorCall::swap_hotkey_v2 { .. }
	)
}

/// The staking calls of a `Staking` proxy.
fn is_staking(call: &SubtensorCall<Runtime>) -> bool {
	matches!(
		call,
		SubtensorCall::add_stake { .. }
			| SubtensorCall::remove_stake { .. }
			| SubtensorCall::unstake_all { .. }
			| SubtensorCall::unstake_all_alpha { .. }
			| SubtensorCall::swap_stake { .. }
			| SubtensorCall::swap_stake_limit { .. }
			| SubtensorCall::move_stake { .. }
			| SubtensorCall::add_stake_limit { .. }
			| SubtensorCall::remove_stake_limit { .. }
			| SubtensorCall::remove_stake_full_limit { .. }
			| SubtensorCall::set_root_claim_type { .. }
	)
}

/// The registrations of a `Registration` proxy.
fn is_registration(call: &SubtensorCall<Runtime>) -> bool {
	matches!(
		call,
		SubtensorCall::burned_register { .. }
			| SubtensorCall::register { .. }
			| SubtensorCall::register_limit { .. }
	)
}

/// The hyperparameters a subnet lease's beneficiary may set.
fn is_lease_setting(call: &AdminCall<Runtime>) -> bool {
	matches!(
		call,
		AdminCall::sudo_set_serving_rate_limit { .. }
			| AdminCall::sudo_set_min_difficulty { .. }
			| AdminCall::sudo_set_max_difficulty { .. }
			| AdminCall::sudo_set_weights_version_key { .. }
			| AdminCall::sudo_set_adjustment_alpha { .. }
			| AdminCall::sudo_set_immunity_period { .. }
			| AdminCall::sudo_set_min_allowed_weights { .. }
			| AdminCall::sudo_set_kappa { .. }
			| AdminCall::sudo_set_rho { .. }
			| AdminCall::sudo_set_activity_cutoff { .. }
			| AdminCall::sudo_set_network_registration_allowed { .. }
			| AdminCall::sudo_set_network_pow_registration_allowed { .. }
			| AdminCall::sudo_set_max_burn { .. }
			| AdminCall::sudo_set_bonds_moving_average { .. }
			| AdminCall::sudo_set_bonds_penalty { .. }
			| AdminCall::sudo_set_commit_reveal_weights_enabled { .. }
			| AdminCall::sudo_set_liquid_alpha_enabled { .. }
			| AdminCall::sudo_set_alpha_values { .. }
			| AdminCall::sudo_set_commit_reveal_weights_interval { .. }
			| AdminCall::sudo_set_toggle_transfer { .. }
			| AdminCall::sudo_set_subnet_emission_enabled { .. }
			| AdminCall::sudo_set_min_childkey_take_per_subnet { .. }
	)
}

/// A plain TAO transfer, with its amount (`transfer_all` has no bounded amount).
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
		let subtensor = match call {
			RuntimeCall::SubtensorModule(inner) => Some(inner),
			_ => None,
		};
		match self {
			ProxyType::Any => true,
			ProxyType::NonTransfer => {
				!is_balances(call)
					&& !subtensor.is_some_and(|call| hands_stake_away(call) || swaps_coldkey(call))
			},
			ProxyType::NonFungible => {
				!is_balances(call)
					&& !subtensor.is_some_and(|call| moves_funds(call) || swaps_coldkey(call))
			},
			ProxyType::NonCritical => {
				!matches!(call, RuntimeCall::Sudo(..))
					&& !subtensor.is_some_and(|call| is_critical(call) || swaps_coldkey(call))
			},
			ProxyType::Transfer => {
				transfer_amount(call).is_some() || subtensor.is_some_and(hands_stake_away)
			},
			ProxyType::SmallTransfer => match call {
				RuntimeCall::SubtensorModule(SubtensorCall::transfer_stake {
					alpha_amount,
					..
				}) => *alpha_amount < SMALL_ALPHA_TRANSFER_LIMIT,
				_ => {
					matches!(transfer_amount(call), Some(Some(value)) if value < SMALL_TRANSFER_LIMIT)
				},
			},
			ProxyType::Owner => match call {
				RuntimeCall::AdminUtils(admin) => !matches!(
					admin,
					AdminCall::sudo_set_sn_owner_hotkey { .. }
						| AdminCall::sudo_set_subnet_owner_hotkey { .. }
				),
				RuntimeCall::SubtensorModule(
					SubtensorCall::set_subnet_identity { .. } | SubtensorCall::update_symbol { .. },
				) => true,
				_ => false,
			},
			ProxyType::Staking => subtensor.is_some_and(is_staking),
			ProxyType::Registration => subtensor.is_some_and(is_registration),
			ProxyType::SubnetLeaseBeneficiary => match call {
				RuntimeCall::SubtensorModule(SubtensorCall::start_call { .. }) => true,
				RuntimeCall::AdminUtils(admin) => is_lease_setting(admin),
				_ => false,
			},
			ProxyType::RootClaim => {
				matches!(call, RuntimeCall::SubtensorModule(SubtensorCall::claim_root { .. }))
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
			ProxyType::ChildKeys => matches!(
				subtensor,
				Some(SubtensorCall::set_children { .. } | SubtensorCall::set_childkey_take { .. })
			),
			ProxyType::SwapHotkey => matches!(
				subtensor,
				Some(SubtensorCall::swap_hotkey { .. } | SubtensorCall::swap_hotkey_v2 { .. })
			),
			ProxyType::Senate
			| ProxyType::Triumvirate
			| ProxyType::Governance
			| ProxyType::RootWeights => false,
		}
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
