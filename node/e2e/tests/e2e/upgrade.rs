//! A forkless runtime upgrade on a running dev chain: root installs this runtime built with the
//! next `spec_version` (`Sudo.sudo_unchecked_weight(System.set_code)`, as polkadot.js apps
//! submits it), the chain runs it from the next block without a restart, and the balances,
//! subnets and stakes written before are all still there. A client connecting afterwards sees
//! the new version and transacts with it.

use node_subtensor_e2e::{
	free_balance, submit_and_finalize,
	subtensor::{
		account_value, amount, key, netuid, pallet_storage, storage, subtensor_call, sudo_set,
	},
	subxt::{
		dynamic::{At, Value},
		rpcs::rpc_params,
	},
	subxt_signer::sr25519::dev,
	transfer_keep_alive, within, Client, Result, TestNode,
};
use node_subtensor_runtime::VERSION;
use std::time::Duration;

const TAO: u64 = 1_000_000_000;

/// What the upgrade must leave untouched.
#[derive(Debug, PartialEq)]
struct Snapshot {
	bob_free: u128,
	charlie_free: u128,
	networks: Option<Value>,
	owner: Option<Value>,
	pool_tao: Option<Value>,
	stake: Option<Value>,
	bob_shares: Option<Value>,
}

async fn snapshot(client: &Client) -> Result<Snapshot> {
	let hotkey = key("//Alice//upgrade-hk")?;
	let bob = dev::bob();
	Ok(Snapshot {
		bob_free: free_balance(client, bob.public_key().0).await?,
		charlie_free: free_balance(client, dev::charlie().public_key().0).await?,
		networks: storage(client, "TotalNetworks", vec![]).await?,
		owner: storage(client, "SubnetOwner", vec![netuid(1)]).await?,
		pool_tao: storage(client, "SubnetTAO", vec![netuid(1)]).await?,
		stake: storage(client, "TotalHotkeyAlpha", vec![account_value(&hotkey), netuid(1)]).await?,
		bob_shares: storage(
			client,
			"AlphaV2",
			vec![account_value(&hotkey), account_value(&bob), netuid(1)],
		)
		.await?,
	})
}

/// The `specVersion` the node reports for its best block.
async fn spec_version(node: &TestNode) -> Result<u64> {
	let version = node.call("state_getRuntimeVersion", rpc_params![]).await?;
	version["specVersion"].as_u64().ok_or_else(|| format!("no specVersion in {version}").into())
}

#[tokio::test(flavor = "multi_thread")]
async fn set_code_installs_the_next_runtime_and_keeps_the_state() -> Result<()> {
	within(Duration::from_secs(300), async {
		let code = node_subtensor_upgrade_test_runtime::WASM_BINARY
			.ok_or("the upgrade runtime was not built (SKIP_WASM_BUILD was set)")?;
		let node = TestNode::start("upgrade", &["--dev", "--sealing", "instant"]).await?;
		let client = node.client().await?;
		let (alice, bob) = (dev::alice(), dev::bob());
		assert_eq!(spec_version(&node).await?, u64::from(VERSION.spec_version));

		// State worth keeping: Alice's subnet 1 (closed to registration, so it never emits and
		// nothing moves on its own), Bob's stake on it, Charlie's balance.
		let hotkey = key("//Alice//upgrade-hk")?;
		subtensor_call(&client, "register_network", vec![account_value(&hotkey)], &alice).await?;
		let (call, field) = ("sudo_set_network_registration_allowed", "registration_allowed");
		sudo_set(&client, 1, call, field, Value::bool(false)).await?;
		subtensor_call(&client, "start_call", vec![netuid(1)], &alice).await?;
		let stake = vec![account_value(&hotkey), netuid(1), amount(25 * TAO)];
		subtensor_call(&client, "add_stake", stake, &bob).await?;
		let before = snapshot(&client).await?;
		assert!(before.stake.is_some() && before.bob_shares.is_some(), "{before:?}");

		// Root installs the next runtime.
		let set_code = Value::unnamed_variant(
			"System",
			[Value::named_variant("set_code", [("code", Value::from_bytes(code))])],
		);
		let no_weight =
			Value::named_composite([("ref_time", Value::u128(0)), ("proof_size", Value::u128(0))]);
		let upgrade =
			subxt::dynamic::tx("Sudo", "sudo_unchecked_weight", vec![set_code, no_weight]);
		let events =
			submit_and_finalize(&client, &upgrade, &alice).await?.wait_for_success().await?;
		let names: Vec<String> = events
			.iter()
			.filter_map(|event| event.ok())
			.map(|event| format!("{}.{}", event.pallet_name(), event.event_name()))
			.collect();
		assert!(names.iter().any(|name| name == "System.CodeUpdated"), "{names:?}");
		let upgraded = u64::from(VERSION.spec_version) + 1;
		assert_eq!(spec_version(&node).await?, upgraded);

		// A fresh client sees the new version and transacts with it; the block that carries
		// its transfer is the first the new runtime executes, and records the upgrade.
		let client = node.client().await?;
		let transfer = transfer_keep_alive(&dev::dave(), TAO);
		submit_and_finalize(&client, &transfer, &alice).await?.wait_for_success().await?;
		let last = pallet_storage(&client, "System", "LastRuntimeUpgrade", vec![])
			.await?
			.ok_or("no LastRuntimeUpgrade")?;
		let recorded = last.at("spec_version").and_then(|v| v.as_u128());
		assert_eq!(recorded, Some(u128::from(upgraded)), "{last}");

		assert_eq!(snapshot(&client).await?, before, "state changed across the upgrade");
		Ok(())
	})
	.await
}
