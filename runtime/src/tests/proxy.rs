//! What each kind of proxy may call: for every `ProxyType`, a call it allows and one it refuses,
//! then a proxy dispatch on the real runtime (a refused call changes nothing).

use super::preset_ext;
use crate::{
	configs::proxy::{ProxyType, SMALL_ALPHA_TRANSFER_LIMIT, SMALL_TRANSFER_LIMIT},
	Proxy, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
};
use frame_support::{assert_ok, traits::InstanceFilter};
use pallet_admin_utils::Call as AdminCall;
use pallet_subtensor::Call as SubtensorCall;
use sp_genesis_builder::DEV_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie};
use sp_runtime::{AccountId32, DispatchError};
use subtensor_common::{AlphaBalance, NetUid, TaoBalance};

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
