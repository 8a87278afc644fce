//! The proxy filter as one table: for each kind of proxy, a mode and the calls it lists. The
//! runtime's `InstanceFilter` evaluates this table, and `ProxyFilterRuntimeApi` describes it,
//! so what clients read is what the chain enforces.
//!
//! Rules name calls by their metadata names (`SubtensorModule::add_stake`); the indices clients
//! see are looked up from the pallets' call metadata. A test checks that every name resolves.
//!
//! The lists follow the reference chain's proxy table, call by call, for the calls this runtime
//! has; where the reference lets a "no funds" kind reach a call that burns or locks TAO, or a
//! `NonCritical` proxy swap the account's hotkeys, this runtime refuses it (marked below). A kind
//! built on an allow list (`Staking`, `Registration`, `Owner`, ...) can never reach a call added
//! later; the deny lists (`NonTransfer`, `NonFungible`, `NonCritical`) must be extended when a
//! call that moves funds or takes over an account is added (the coldkey swaps are in all three).

use super::proxy::{ProxyType, SMALL_ALPHA_TRANSFER_LIMIT, SMALL_TRANSFER_LIMIT};
use crate::{AdminUtils, Balances, Runtime, RuntimeCall, SubtensorModule, Sudo, System};
use alloc::vec::Vec;
use codec::Decode;
use frame_support::traits::{
	CallMetadata, GetCallIndex, GetCallMetadata, GetCallName, PalletInfoAccess,
};
use scale_info::{TypeDef, TypeInfo};
use subtensor_runtime_api::proxy_filter::{
	CallCondition, CallInfo, FilterMode, ProxyFilterInfo, ProxyTypeInfo,
};

/// A pallet the table names.
#[derive(Clone, Copy, Debug)]
pub enum Pallet {
	/// `System`.
	System,
	/// `Balances`.
	Balances,
	/// `Sudo`.
	Sudo,
	/// `SubtensorModule`.
	SubtensorModule,
	/// `AdminUtils`.
	AdminUtils,
}

impl Pallet {
	/// The pallet's name in this runtime (as in the metadata and `CallMetadata`).
	pub fn name(self) -> &'static str {
		match self {
			Pallet::System => <System as PalletInfoAccess>::name(),
			Pallet::Balances => <Balances as PalletInfoAccess>::name(),
			Pallet::Sudo => <Sudo as PalletInfoAccess>::name(),
			Pallet::SubtensorModule => <SubtensorModule as PalletInfoAccess>::name(),
			Pallet::AdminUtils => <AdminUtils as PalletInfoAccess>::name(),
		}
	}

	/// The pallet's index in this runtime.
	fn index(self) -> u8 {
		let index = match self {
			Pallet::System => <System as PalletInfoAccess>::index(),
			Pallet::Balances => <Balances as PalletInfoAccess>::index(),
			Pallet::Sudo => <Sudo as PalletInfoAccess>::index(),
			Pallet::SubtensorModule => <SubtensorModule as PalletInfoAccess>::index(),
			Pallet::AdminUtils => <AdminUtils as PalletInfoAccess>::index(),
		};
		u8::try_from(index).unwrap_or(u8::MAX)
	}

	/// The pallet's call names and, in the same order, their indices.
	fn calls(self) -> (&'static [&'static str], &'static [u8]) {
		fn of<C: GetCallName + GetCallIndex>() -> (&'static [&'static str], &'static [u8]) {
			(C::get_call_names(), C::get_call_indices())
		}
		match self {
			Pallet::System => of::<frame_system::Call<Runtime>>(),
			Pallet::Balances => of::<pallet_balances::Call<Runtime>>(),
			Pallet::Sudo => of::<pallet_sudo::Call<Runtime>>(),
			Pallet::SubtensorModule => of::<pallet_subtensor::Call<Runtime>>(),
			Pallet::AdminUtils => of::<pallet_admin_utils::Call<Runtime>>(),
		}
	}

	/// The index of the pallet's call `name` (`None` if it has no such call).
	pub fn call_index(self, name: &str) -> Option<u8> {
		let (names, indices) = self.calls();
		names.iter().zip(indices).find(|(candidate, _)| **candidate == name).map(|(_, i)| *i)
	}
}

/// An extra requirement a rule puts on the call's arguments.
#[derive(Clone, Copy, Debug)]
pub enum Condition {
	/// The numeric argument `param` is below `limit` (exclusive).
	Below {
		/// The argument's metadata name.
		param: &'static str,
		/// The bound, in the argument's unit.
		limit: u128,
	},
	/// The call wraps `pallet::call`.
	Wraps {
		/// The wrapped call's pallet.
		pallet: Pallet,
		/// The wrapped call's name.
		call: &'static str,
	},
}

/// One entry of a list: a call, or every call of a pallet, with an optional condition.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
	/// The pallet.
	pub pallet: Pallet,
	/// The call; `None`: every call of the pallet.
	pub call: Option<&'static str>,
	/// A requirement on the arguments.
	pub condition: Option<Condition>,
}

/// Every call of `pallet`.
const fn every(pallet: Pallet) -> Rule {
	Rule { pallet, call: None, condition: None }
}

/// The call `pallet::name`.
const fn call(pallet: Pallet, name: &'static str) -> Rule {
	Rule { pallet, call: Some(name), condition: None }
}

/// `SubtensorModule::name`.
const fn subtensor(name: &'static str) -> Rule {
	call(Pallet::SubtensorModule, name)
}

/// `AdminUtils::name`.
const fn admin(name: &'static str) -> Rule {
	call(Pallet::AdminUtils, name)
}

/// `pallet::name` when its argument `param` is below `limit`.
const fn below(pallet: Pallet, name: &'static str, param: &'static str, limit: u128) -> Rule {
	Rule { pallet, call: Some(name), condition: Some(Condition::Below { param, limit }) }
}

/// What one kind of proxy may call: `mode` says how `calls` and `exceptions` are read.
#[derive(Clone, Copy, Debug)]
pub struct Filter {
	/// How the lists are read.
	pub mode: FilterMode,
	/// The calls allowed or refused, in groups shared between kinds.
	pub calls: &'static [&'static [Rule]],
	/// Calls of `calls` refused after all (`Allow` only).
	pub exceptions: &'static [&'static [Rule]],
}

const ALLOW_ALL: Filter = Filter { mode: FilterMode::AllowAll, calls: &[], exceptions: &[] };
const DENY_ALL: Filter = Filter { mode: FilterMode::DenyAll, calls: &[], exceptions: &[] };

/// Allow only the calls of `calls`.
const fn allow(calls: &'static [&'static [Rule]]) -> Filter {
	Filter { mode: FilterMode::Allow, calls, exceptions: &[] }
}

/// Allow every call but those of `calls`.
const fn deny(calls: &'static [&'static [Rule]]) -> Filter {
	Filter { mode: FilterMode::Deny, calls, exceptions: &[] }
}

/// Every `Balances` call: TAO leaves the account.
const BALANCES: &[Rule] = &[every(Pallet::Balances)];

/// Calls that hand stake to another coldkey.
const HANDS_STAKE_AWAY: &[Rule] = &[subtensor("transfer_stake")];

/// Calls that hand the whole account to another coldkey (coldkey swaps).
const COLDKEY_SWAPS: &[Rule] = &[
	subtensor("schedule_swap_coldkey"),
	subtensor("swap_coldkey"),
	subtensor("announce_coldkey_swap"),
	subtensor("swap_coldkey_announced"),
	subtensor("clear_coldkey_swap_announcement"),
	subtensor("dispute_coldkey_swap"),
];

/// Stake moves within the account.
const STAKE_MOVES: &[Rule] = &[
	subtensor("add_stake"),
	subtensor("remove_stake"),
	subtensor("unstake_all"),
	subtensor("unstake_all_alpha"),
	subtensor("swap_stake"),
	subtensor("swap_stake_limit"),
	subtensor("move_stake"),
	subtensor("add_stake_limit"),
	subtensor("remove_stake_limit"),
	subtensor("remove_stake_full_limit"),
];

/// The staking calls of a `Staking` proxy: the stake moves and the root-claim type.
const STAKING: &[&[Rule]] = &[STAKE_MOVES, &[subtensor("set_root_claim_type")]];

/// The registrations of a `Registration` proxy.
const REGISTRATION: &[Rule] =
	&[subtensor("burned_register"), subtensor("register"), subtensor("register_limit")];

/// Further `SubtensorModule` calls that move funds: transfers, root registration, subnet
/// registration, burns, hotkey swaps (which cost TAO). The reference's `NonFungible` list lacks
/// `register`, `register_limit`, `register_network*`, `add_stake_burn`, `recycle_alpha` and
/// `burn_alpha`, which burn or lock the account's TAO or alpha; refused here.
const OTHER_FUND_MOVES: &[Rule] = &[
	subtensor("root_register"),
	subtensor("register_network"),
	subtensor("register_network_with_identity"),
	subtensor("add_stake_burn"),
	subtensor("recycle_alpha"),
	subtensor("burn_alpha"),
	subtensor("swap_hotkey"),
	subtensor("swap_hotkey_v2"),
];

/// Miner collateral: locks the account's stake (and its future emission) until emission
/// releases it. Not a call of the reference chain; refused to the "no funds" kind.
const COLLATERAL: &[Rule] = &[subtensor("add_collateral"), subtensor("set_min_collateral")];

/// Hotkey swaps.
const HOTKEY_SWAPS: &[Rule] = &[subtensor("swap_hotkey"), subtensor("swap_hotkey_v2")];

/// The `SubtensorModule` calls a `NonCritical` proxy may not make. The reference lets it swap
/// the account's hotkeys, which hands a validator's or miner's neurons to a key the proxy may
/// hold; refused here.
const CRITICAL: &[Rule] = &[
	every(Pallet::Sudo),
	subtensor("dissolve_network"),
	subtensor("root_register"),
	subtensor("burned_register"),
];

/// Plain TAO transfers.
const TRANSFERS: &[Rule] = &[
	call(Pallet::Balances, "transfer_allow_death"),
	call(Pallet::Balances, "transfer_keep_alive"),
	call(Pallet::Balances, "transfer_all"),
];

/// Transfers below the `SmallTransfer` limits (`transfer_all` has no bounded amount).
const SMALL_TRANSFERS: &[Rule] = &[
	below(Pallet::Balances, "transfer_allow_death", "value", SMALL_TRANSFER_LIMIT as u128),
	below(Pallet::Balances, "transfer_keep_alive", "value", SMALL_TRANSFER_LIMIT as u128),
	below(
		Pallet::SubtensorModule,
		"transfer_stake",
		"alpha_amount",
		SMALL_ALPHA_TRANSFER_LIMIT.to_u64() as u128,
	),
];

/// The subnet owner's settings beyond `AdminUtils`.
const OWNER_EXTRAS: &[Rule] = &[subtensor("set_subnet_identity"), subtensor("update_symbol")];

/// The `AdminUtils` calls an `Owner` proxy may not make: handing the subnet's owner hotkey over.
const OWNER_HOTKEY: &[Rule] =
	&[admin("sudo_set_sn_owner_hotkey"), admin("sudo_set_subnet_owner_hotkey")];

/// What a subnet lease's beneficiary may do: start the subnet and set these hyperparameters.
const LEASE_SETTINGS: &[Rule] = &[
	subtensor("start_call"),
	admin("sudo_set_serving_rate_limit"),
	admin("sudo_set_min_difficulty"),
	admin("sudo_set_max_difficulty"),
	admin("sudo_set_weights_version_key"),
	admin("sudo_set_adjustment_alpha"),
	admin("sudo_set_immunity_period"),
	admin("sudo_set_min_allowed_weights"),
	admin("sudo_set_kappa"),
	admin("sudo_set_rho"),
	admin("sudo_set_activity_cutoff"),
	admin("sudo_set_network_registration_allowed"),
	admin("sudo_set_network_pow_registration_allowed"),
	admin("sudo_set_max_burn"),
	admin("sudo_set_bonds_moving_average"),
	admin("sudo_set_bonds_penalty"),
	admin("sudo_set_commit_reveal_weights_enabled"),
	admin("sudo_set_liquid_alpha_enabled"),
	admin("sudo_set_alpha_values"),
	admin("sudo_set_commit_reveal_weights_interval"),
	admin("sudo_set_toggle_transfer"),
	admin("sudo_set_subnet_emission_enabled"),
	admin("sudo_set_min_childkey_take_per_subnet"),
];

/// Every `AdminUtils` call.
const ADMIN_UTILS: &[Rule] = &[every(Pallet::AdminUtils)];

/// Child-key settings.
const CHILD_KEYS: &[Rule] = &[subtensor("set_children"), subtensor("set_childkey_take")];

/// Claiming root dividends.
const ROOT_CLAIM: &[Rule] = &[subtensor("claim_root")];

/// Runtime upgrades: `Sudo::sudo_unchecked_weight` wrapping `System::set_code`.
const SET_CODE: &[Rule] = &[Rule {
	pallet: Pallet::Sudo,
	call: Some("sudo_unchecked_weight"),
	condition: Some(Condition::Wraps { pallet: Pallet::System, call: "set_code" }),
}];

impl ProxyType {
	/// What this kind may call.
	pub const fn filter_table(self) -> Filter {
		match self {
			ProxyType::Any => ALLOW_ALL,
			ProxyType::Owner => Filter {
				mode: FilterMode::Allow,
				calls: &[ADMIN_UTILS, OWNER_EXTRAS],
				exceptions: &[OWNER_HOTKEY],
			},
			ProxyType::NonCritical => deny(&[CRITICAL, HOTKEY_SWAPS, COLDKEY_SWAPS]),
			ProxyType::NonTransfer => deny(&[BALANCES, HANDS_STAKE_AWAY, COLDKEY_SWAPS]),
			ProxyType::NonFungible => deny(&[
				BALANCES,
				STAKE_MOVES,
				HANDS_STAKE_AWAY,
				REGISTRATION,
				OTHER_FUND_MOVES,
				COLLATERAL,
				COLDKEY_SWAPS,
			]),
			ProxyType::Staking => allow(STAKING),
			ProxyType::Registration => allow(&[REGISTRATION]),
			ProxyType::Transfer => allow(&[TRANSFERS, HANDS_STAKE_AWAY]),
			ProxyType::SmallTransfer => allow(&[SMALL_TRANSFERS]),
			ProxyType::ChildKeys => allow(&[CHILD_KEYS]),
			ProxyType::SudoUncheckedSetCode => allow(&[SET_CODE]),
			ProxyType::SwapHotkey => allow(&[HOTKEY_SWAPS]),
			ProxyType::SubnetLeaseBeneficiary => allow(&[LEASE_SETTINGS]),
			ProxyType::RootClaim => allow(&[ROOT_CLAIM]),
			ProxyType::Senate
			| ProxyType::Triumvirate
			| ProxyType::Governance
			| ProxyType::RootWeights => DENY_ALL,
		}
	}

	/// A retired kind: the ones that allow nothing.
	pub fn is_deprecated(self) -> bool {
		matches!(self.filter_table().mode, FilterMode::DenyAll)
	}
}

/// The `Sudo` call's wrapped call, if `call` is one of the `Sudo` wrappers.
fn wrapped_call(call: &RuntimeCall) -> Option<&RuntimeCall> {
	match call {
		RuntimeCall::Sudo(
			pallet_sudo::Call::sudo { call }
			| pallet_sudo::Call::sudo_unchecked_weight { call, .. }
			| pallet_sudo::Call::sudo_as { call, .. },
		) => Some(call.as_ref()),
		_ => None,
	}
}

/// The numeric argument `param` of `call`, for the calls a condition bounds.
fn numeric_argument(call: &RuntimeCall, param: &str) -> Option<u128> {
	match (call, param) {
		(
			RuntimeCall::Balances(
				pallet_balances::Call::transfer_allow_death { value, .. }
				| pallet_balances::Call::transfer_keep_alive { value, .. },
			),
			"value",
		) => Some(u128::from(*value)),
		(
			RuntimeCall::SubtensorModule(pallet_subtensor::Call::transfer_stake {
				alpha_amount,
				..
			}),
			"alpha_amount",
		) => Some(u128::from(alpha_amount.to_u64())),
		_ => None,
	}
}

impl Condition {
	/// Whether `call` meets the condition (a call it cannot be read from does not).
	fn holds(self, call: &RuntimeCall) -> bool {
		match self {
			Condition::Below { param, limit } => {
				numeric_argument(call, param).is_some_and(|value| value < limit)
			},
			Condition::Wraps { pallet, call: name } => wrapped_call(call).is_some_and(|inner| {
				let inner = inner.get_call_metadata();
				inner.pallet_name == pallet.name() && inner.function_name == name
			}),
		}
	}
}

impl Rule {
	/// Whether the rule covers `call`, whose metadata is `meta`.
	fn covers(&self, call: &RuntimeCall, meta: &CallMetadata) -> bool {
		meta.pallet_name == self.pallet.name()
			&& self.call.is_none_or(|name| name == meta.function_name)
			&& self.condition.is_none_or(|condition| condition.holds(call))
	}

	/// The rule as clients read it.
	fn info(&self) -> CallInfo {
		CallInfo {
			pallet_name: self.pallet.name().as_bytes().to_vec(),
			pallet_index: self.pallet.index(),
			call_name: self.call.map(|name| name.as_bytes().to_vec()),
			call_index: self.call.and_then(|name| self.pallet.call_index(name)),
			condition: self.condition.map(|condition| match condition {
				Condition::Below { param, limit } => {
					CallCondition::ParamLessThan { param_name: param.as_bytes().to_vec(), limit }
				},
				Condition::Wraps { pallet, call } => CallCondition::NestedCallMustBe {
					pallet_name: pallet.name().as_bytes().to_vec(),
					call_name: call.as_bytes().to_vec(),
				},
			}),
		}
	}
}

/// Every rule of `groups`, in order.
fn rules(groups: &'static [&'static [Rule]]) -> impl Iterator<Item = &'static Rule> {
	groups.iter().flat_map(|group| group.iter())
}

impl Filter {
	/// Whether the filter lets `call` through.
	pub fn allows(&self, call: &RuntimeCall) -> bool {
		let meta = call.get_call_metadata();
		let listed = |groups| rules(groups).any(|rule| rule.covers(call, &meta));
		match self.mode {
			FilterMode::AllowAll => true,
			FilterMode::DenyAll => false,
			FilterMode::Allow => listed(self.calls) && !listed(self.exceptions),
			FilterMode::Deny => !listed(self.calls),
		}
	}
}

/// Every kind of proxy with its name and index, from the type's own metadata.
fn kinds() -> Vec<(ProxyType, &'static str, u8)> {
	match ProxyType::type_info().type_def {
		TypeDef::Variant(variants) => variants
			.variants
			.iter()
			.filter_map(|variant| {
				let kind = ProxyType::decode(&mut &[variant.index][..]).ok()?;
				Some((kind, variant.name, variant.index))
			})
			.collect(),
		_ => Vec::new(),
	}
}

/// `ProxyFilterRuntimeApi::get_proxy_types`.
pub fn proxy_types() -> Vec<ProxyTypeInfo> {
	kinds()
		.into_iter()
		.map(|(kind, name, index)| ProxyTypeInfo {
			name: name.as_bytes().to_vec(),
			index,
			deprecated: kind.is_deprecated(),
		})
		.collect()
}

/// `ProxyFilterRuntimeApi::get_proxy_filters`: the kind of index `only`, or every kind.
pub fn proxy_filters(only: Option<u8>) -> Vec<ProxyFilterInfo> {
	kinds()
		.into_iter()
		.filter(|(_, _, index)| only.is_none_or(|wanted| wanted == *index))
		.map(|(kind, name, index)| {
			let table = kind.filter_table();
			ProxyFilterInfo {
				proxy_type: index,
				name: name.as_bytes().to_vec(),
				deprecated: kind.is_deprecated(),
				filter_mode: table.mode,
				calls: rules(table.calls).map(Rule::info).collect(),
				exceptions: rules(table.exceptions).map(Rule::info).collect(),
			}
		})
		.collect()
}
