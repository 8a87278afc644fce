//! What each kind of proxy may call: for every `ProxyType`, a call it allows and one it refuses,
//! then a proxy dispatch on the real runtime (a refused call changes nothing), then
//! `ProxyFilterRuntimeApi`: its description, read as a client would, decides every sample call
//! as the filter does.

use super::preset_ext;
use crate::{
	configs::{
		proxy::{ProxyType, SMALL_ALPHA_TRANSFER_LIMIT, SMALL_TRANSFER_LIMIT},
		proxy_filter::{proxy_filters, proxy_types},
	},
	Proxy, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
};
use codec::{Decode, Encode};
use frame_support::{
	assert_ok,
	traits::{GetCallMetadata, InstanceFilter},
};
use pallet_admin_utils::Call as AdminCall;
use pallet_subtensor::Call as SubtensorCall;
use sp_genesis_builder::DEV_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie};
use sp_runtime::{AccountId32, DispatchError};
use subtensor_common::{AlphaBalance, NetUid, TaoBalance};
use subtensor_runtime_api::proxy_filter::{CallCondition, CallInfo, FilterMode, ProxyFilterInfo};

fn subnet() -> NetUid {
	NetUid::from(1)
}

fn someone() -> AccountId32 {
	Charlie.to_account_id()
}

fn subtensor(call: SubtensorCall<Runtime>) -> RuntimeCall {
	RuntimeCall::SubtensorModule(call)
}

fn transfer(value: u64) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: someone().into(),
		value,
	})
}

fn transfer_stake(alpha: AlphaBalance) -> RuntimeCall {
	subtensor(SubtensorCall::transfer_stake {
		destination_coldkey: someone(),
		hotkey: someone(),
		origin_netuid: subnet(),
		destination_netuid: subnet(),
		alpha_amount: alpha,
	})
}

fn add_stake() -> RuntimeCall {
	subtensor(SubtensorCall::add_stake {
		hotkey: someone(),
		netuid: subnet(),
		amount_staked: TaoBalance::new(1),
	})
}

fn burned_register() -> RuntimeCall {
	subtensor(SubtensorCall::burned_register { netuid: subnet(), hotkey: someone() })
}

fn register_network() -> RuntimeCall {
	subtensor(SubtensorCall::register_network { hotkey: someone() })
}

fn set_weights() -> RuntimeCall {
	subtensor(SubtensorCall::set_weights {
		netuid: subnet(),
		dests: vec![0],
		weights: vec![1],
		version_key: 0,
	})
}

fn set_kappa() -> RuntimeCall {
	RuntimeCall::AdminUtils(AdminCall::sudo_set_kappa { netuid: subnet(), kappa: 1 })
}

fn set_owner_hotkey() -> RuntimeCall {
	RuntimeCall::AdminUtils(AdminCall::sudo_set_sn_owner_hotkey {
		netuid: subnet(),
		hotkey: someone(),
	})
}

fn set_tempo() -> RuntimeCall {
	RuntimeCall::AdminUtils(AdminCall::sudo_set_tempo { netuid: subnet(), tempo: 20 })
}

fn remark() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: vec![] })
}

fn set_code() -> RuntimeCall {
	RuntimeCall::Sudo(pallet_sudo::Call::sudo_unchecked_weight {
		call: Box::new(RuntimeCall::System(frame_system::Call::set_code { code: vec![] })),
		weight: Default::default(),
	})
}

fn sudo_remark() -> RuntimeCall {
	RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(remark()) })
}

fn claim_root() -> RuntimeCall {
	subtensor(SubtensorCall::claim_root { subnets: [subnet()].into_iter().collect() })
}

fn start_call() -> RuntimeCall {
	subtensor(SubtensorCall::start_call { netuid: subnet() })
}

fn set_children() -> RuntimeCall {
	subtensor(SubtensorCall::set_children {
		hotkey: Bob.to_account_id(),
		netuid: subnet(),
		children: vec![(u64::MAX, Charlie.to_account_id())],
	})
}

fn set_childkey_take() -> RuntimeCall {
	subtensor(SubtensorCall::set_childkey_take {
		hotkey: Bob.to_account_id(),
		netuid: subnet(),
		take: 1,
	})
}

fn swap_hotkey() -> RuntimeCall {
	subtensor(SubtensorCall::swap_hotkey {
		hotkey: Bob.to_account_id(),
		new_hotkey: Charlie.to_account_id(),
		netuid: None,
	})
}

fn swap_hotkey_v2() -> RuntimeCall {
	subtensor(SubtensorCall::swap_hotkey_v2 {
		hotkey: Bob.to_account_id(),
		new_hotkey: Charlie.to_account_id(),
		netuid: Some(subnet()),
		keep_stake: true,
	})
}

fn announce_coldkey_swap() -> RuntimeCall {
	subtensor(SubtensorCall::announce_coldkey_swap { new_coldkey_hash: Default::default() })
}

/// Whether `proxy` may make `call`.
fn allows(proxy: ProxyType, call: &RuntimeCall) -> bool {
	proxy.filter(call)
}

#[test]
fn each_proxy_kind_allows_its_calls_and_refuses_the_rest() {
	let small = SMALL_TRANSFER_LIMIT;
	// (kind, allowed calls, refused calls)
	let cases: Vec<(ProxyType, Vec<RuntimeCall>, Vec<RuntimeCall>)> = vec![
		(ProxyType::Any, vec![transfer(1), sudo_remark(), transfer_stake(1.into())], vec![]),
		(
			ProxyType::NonTransfer,
			vec![add_stake(), set_weights(), burned_register(), swap_hotkey()],
			vec![transfer(1), transfer_stake(1.into()), announce_coldkey_swap()],
		),
		(
			ProxyType::NonFungible,
			vec![set_weights(), set_kappa(), remark()],
			vec![
				transfer(1),
				transfer_stake(1.into()),
				add_stake(),
				burned_register(),
				register_network(),
				swap_hotkey(),
				swap_hotkey_v2(),
				announce_coldkey_swap(),
			],
		),
		(
			ProxyType::NonCritical,
			vec![transfer(1), add_stake(), set_weights()],
			vec![
				sudo_remark(),
				burned_register(),
				swap_hotkey(),
				swap_hotkey_v2(),
				announce_coldkey_swap(),
			],
		),
		(
			ProxyType::Transfer,
			vec![transfer(10 * small), transfer_stake(1.into())],
			vec![add_stake(), set_weights(), announce_coldkey_swap()],
		),
		(
			ProxyType::SmallTransfer,
			vec![transfer(small - 1), transfer_stake(1.into())],
			vec![transfer(small), transfer_stake(SMALL_ALPHA_TRANSFER_LIMIT), add_stake()],
		),
		(
			ProxyType::Owner,
			vec![set_kappa(), set_tempo()],
			vec![set_owner_hotkey(), transfer(1), add_stake()],
		),
		(ProxyType::Staking, vec![add_stake()], vec![transfer_stake(1.into()), transfer(1)]),
		(ProxyType::Registration, vec![burned_register()], vec![add_stake(), register_network()]),
		(ProxyType::SudoUncheckedSetCode, vec![set_code()], vec![sudo_remark(), remark()]),
		(
			ProxyType::SubnetLeaseBeneficiary,
			vec![start_call(), set_kappa()],
			vec![set_tempo(), set_owner_hotkey(), transfer(1)],
		),
		(ProxyType::RootClaim, vec![claim_root()], vec![add_stake(), transfer(1)]),
		(
			ProxyType::ChildKeys,
			vec![set_children(), set_childkey_take()],
			vec![add_stake(), remark()],
		),
		(
			ProxyType::SwapHotkey,
			vec![swap_hotkey(), swap_hotkey_v2()],
			vec![add_stake(), remark(), set_children()],
		),
		// The deprecated kinds never allow anything.
		(ProxyType::Senate, vec![], vec![remark()]),
		(ProxyType::Triumvirate, vec![], vec![remark()]),
		(ProxyType::Governance, vec![], vec![remark()]),
		(ProxyType::RootWeights, vec![], vec![set_weights()]),
	];
	for (kind, allowed, refused) in cases {
		for call in &allowed {
			assert!(allows(kind, call), "{kind:?} should allow {call:?}");
		}
		for call in &refused {
			assert!(!allows(kind, call), "{kind:?} should refuse {call:?}");
		}
	}
}

#[test]
fn supersets_follow_the_reference() {
	assert!(ProxyType::Any.is_superset(&ProxyType::Staking));
	assert!(ProxyType::NonTransfer.is_superset(&ProxyType::Staking));
	assert!(!ProxyType::NonTransfer.is_superset(&ProxyType::Transfer));
	assert!(!ProxyType::NonTransfer.is_superset(&ProxyType::SmallTransfer));
	assert!(!ProxyType::NonTransfer.is_superset(&ProxyType::Any));
	assert!(ProxyType::Transfer.is_superset(&ProxyType::SmallTransfer));
	assert!(!ProxyType::Staking.is_superset(&ProxyType::Registration));
}

#[test]
fn a_proxy_dispatch_of_a_refused_call_is_filtered_and_moves_nothing() {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		let (real, delegate) = (Alice.to_account_id(), Bob.to_account_id());
		assert_ok!(Proxy::add_proxy(
			RuntimeOrigin::signed(real.clone()),
			delegate.clone().into(),
			ProxyType::NonTransfer,
			0
		));
		let before = pallet_balances::Pallet::<Runtime>::free_balance(someone());
		// The proxy call itself succeeds; the inner call is refused by the filter.
		assert_ok!(Proxy::proxy(
			RuntimeOrigin::signed(delegate),
			real.into(),
			None,
			Box::new(transfer(1_000_000_000)),
		));
		let filtered: DispatchError = frame_system::Error::<Runtime>::CallFiltered.into();
		assert!(System::events().iter().any(|record| record.event
			== RuntimeEvent::Proxy(pallet_proxy::Event::ProxyExecuted { result: Err(filtered) })));
		assert_eq!(pallet_balances::Pallet::<Runtime>::free_balance(someone()), before);
	});
}

/// Every sample call of this file, for checks over all kinds.
fn sample_calls() -> Vec<RuntimeCall> {
	vec![
		transfer(1),
		transfer(SMALL_TRANSFER_LIMIT),
		RuntimeCall::Balances(pallet_balances::Call::transfer_all {
			dest: someone().into(),
			keep_alive: true,
		}),
		transfer_stake(1.into()),
		transfer_stake(SMALL_ALPHA_TRANSFER_LIMIT),
		add_stake(),
		burned_register(),
		register_network(),
		set_weights(),
		set_kappa(),
		set_owner_hotkey(),
		set_tempo(),
		remark(),
		set_code(),
		sudo_remark(),
		claim_root(),
		start_call(),
		set_children(),
		set_childkey_take(),
		swap_hotkey(),
		swap_hotkey_v2(),
		announce_coldkey_swap(),
	]
}

/// A client's reading of a `ParamLessThan` or `NestedCallMustBe` condition for `call`.
fn client_condition_holds(condition: &CallCondition, call: &RuntimeCall) -> bool {
	match condition {
		CallCondition::ParamLessThan { param_name, limit } => {
			let amount = match call {
				RuntimeCall::Balances(
					pallet_balances::Call::transfer_keep_alive { value, .. }
					| pallet_balances::Call::transfer_allow_death { value, .. },
				) if param_name == b"value" => u128::from(*value),
				RuntimeCall::SubtensorModule(SubtensorCall::transfer_stake {
					alpha_amount,
					..
				}) if param_name == b"alpha_amount" => u128::from(alpha_amount.to_u64()),
				_ => return false,
			};
			amount < *limit
		},
		CallCondition::NestedCallMustBe { pallet_name, call_name } => match call {
			RuntimeCall::Sudo(pallet_sudo::Call::sudo_unchecked_weight { call, .. }) => {
				let inner = call.get_call_metadata();
				inner.pallet_name.as_bytes() == pallet_name.as_slice()
					&& inner.function_name.as_bytes() == call_name.as_slice()
			},
			_ => false,
		},
	}
}

/// A client's reading of a kind's description: does it let `call` through? The call is matched
/// by the pallet and call indices of its encoding, as a client holding the bytes would.
fn client_allows(info: &ProxyFilterInfo, call: &RuntimeCall) -> bool {
	let encoded = call.encode();
	let (pallet, index) = (encoded[0], encoded[1]);
	let listed = |entries: &[CallInfo]| {
		entries.iter().any(|entry| {
			entry.pallet_index == pallet
				&& entry.call_index.is_none_or(|i| i == index)
				&& entry.condition.as_ref().is_none_or(|c| client_condition_holds(c, call))
		})
	};
	match info.filter_mode {
		FilterMode::AllowAll => true,
		FilterMode::DenyAll => false,
		FilterMode::Allow => listed(&info.calls) && !listed(&info.exceptions),
		FilterMode::Deny => !listed(&info.calls),
	}
}

#[test]
fn the_described_filter_decides_every_sample_call_as_the_chain_does() {
	let filters = proxy_filters(None);
	assert_eq!(filters.len(), 18);
	for info in &filters {
		let kind = ProxyType::decode(&mut &[info.proxy_type][..]).unwrap();
		for call in sample_calls() {
			assert_eq!(
				client_allows(info, &call),
				kind.filter(&call),
				"{kind:?} described and enforced differently for {call:?}"
			);
		}
	}
}

#[test]
fn every_call_the_table_names_exists_in_its_pallet() {
	for info in proxy_filters(None) {
		for entry in info.calls.iter().chain(&info.exceptions) {
			assert_eq!(
				entry.call_name.is_some(),
				entry.call_index.is_some(),
				"{}: {:?} names no call of {:?}",
				String::from_utf8_lossy(&info.name),
				entry.call_name.as_ref().map(|n| String::from_utf8_lossy(n).into_owned()),
				String::from_utf8_lossy(&entry.pallet_name),
			);
			if let Some(CallCondition::NestedCallMustBe { pallet_name, call_name }) =
				&entry.condition
			{
				assert_eq!(
					(pallet_name.as_slice(), call_name.as_slice()),
					(&b"System"[..], &b"set_code"[..])
				);
			}
		}
	}
}

#[test]
fn the_api_lists_the_kinds_with_the_reference_indices() {
	let kinds: Vec<(String, u8, bool)> = proxy_types()
		.into_iter()
		.map(|info| (String::from_utf8(info.name).unwrap(), info.index, info.deprecated))
		.collect();
	let expected = [
		"Any",
		"Owner",
		"NonCritical",
		"NonTransfer",
		"Senate",
		"NonFungible",
		"Triumvirate",
		"Governance",
		"Staking",
		"Registration",
		"Transfer",
		"SmallTransfer",
		"RootWeights",
		"ChildKeys",
		"SudoUncheckedSetCode",
		"SwapHotkey",
		"SubnetLeaseBeneficiary",
		"RootClaim",
	];
	assert_eq!(kinds.len(), expected.len());
	for ((name, index, deprecated), (position, wanted)) in
		kinds.iter().zip(expected.iter().enumerate())
	{
		assert_eq!((name.as_str(), usize::from(*index)), (*wanted, position));
		let retired = matches!(*wanted, "Senate" | "Triumvirate" | "Governance" | "RootWeights");
		assert_eq!(*deprecated, retired, "{name}");
	}
}

#[test]
fn one_kind_is_described_with_indices_conditions_and_exceptions() {
	assert!(proxy_filters(Some(18)).is_empty());

	let staking = proxy_filters(Some(8));
	assert_eq!(staking.len(), 1);
	assert_eq!(
		(staking[0].name.as_slice(), staking[0].filter_mode),
		(&b"Staking"[..], FilterMode::Allow)
	);
	let entry =
		staking[0].calls.iter().find(|c| c.call_name.as_deref() == Some(b"add_stake")).unwrap();
	let encoded = add_stake().encode();
	assert_eq!((entry.pallet_index, entry.call_index), (encoded[0], Some(encoded[1])));
	assert_eq!(entry.pallet_name, b"SubtensorModule");
	assert_eq!(entry.call_index, Some(2));

	let small = &proxy_filters(Some(11))[0];
	let limits: Vec<(Vec<u8>, u128)> = small
		.calls
		.iter()
		.map(|c| match &c.condition {
			Some(CallCondition::ParamLessThan { param_name, limit }) => {
				(param_name.clone(), *limit)
			},
			other => panic!("unbounded small transfer {other:?}"),
		})
		.collect();
	assert_eq!(
		limits,
		vec![
			(b"value".to_vec(), 500_000_000),
			(b"value".to_vec(), 500_000_000),
			(b"alpha_amount".to_vec(), 500_000_000)
		]
	);

	let owner = &proxy_filters(Some(1))[0];
	assert_eq!(owner.filter_mode, FilterMode::Allow);
	assert_eq!(
		(owner.calls[0].pallet_name.as_slice(), owner.calls[0].call_name.as_ref()),
		(&b"AdminUtils"[..], None)
	);
	let exceptions: Vec<&[u8]> =
		owner.exceptions.iter().filter_map(|c| c.call_name.as_deref()).collect();
	assert_eq!(
		exceptions,
		vec![&b"sudo_set_sn_owner_hotkey"[..], &b"sudo_set_subnet_owner_hotkey"[..]]
	);

	let any = &proxy_filters(Some(0))[0];
	assert_eq!((any.filter_mode, any.calls.len()), (FilterMode::AllowAll, 0));
	let senate = &proxy_filters(Some(4))[0];
	assert_eq!((senate.filter_mode, senate.deprecated), (FilterMode::DenyAll, true));
}
