//! Helpers for driving `SubtensorModule` through subxt's dynamic API: keys from URIs, calls
//! that must succeed, storage reads, the value shapes its arguments take, and a subnet with
//! validators and miners set up for epochs.

use crate::{submit_and_finalize, Client, Result};
use std::{str::FromStr, time::Duration};
use subxt::dynamic::{At, Value};
use subxt_signer::{
	sr25519::{dev, Keypair},
	SecretUri,
};

/// One TAO in rao.
pub const TAO: u64 = 1_000_000_000;

/// An sr25519 key pair from a secret URI such as `//Alice//owner-hk`.
pub fn key(uri: &str) -> Result<Keypair> {
	Ok(Keypair::from_uri(&SecretUri::from_str(uri)?)?)
}

/// A netuid argument or storage key.
pub fn netuid(n: u16) -> Value {
	Value::u128(u128::from(n))
}

/// An account argument or storage key.
pub fn account_value(pair: &Keypair) -> Value {
	Value::from_bytes(pair.public_key().0)
}

/// A `TaoBalance` or `AlphaBalance` argument (a one-field newtype of `u64`).
pub fn amount(rao: u64) -> Value {
	Value::unnamed_composite([Value::u128(u128::from(rao))])
}

/// The arguments of `serve_axon` for an IPv4 axon at `ip`:`port` (protocol and placeholders 0).
pub fn serve_axon_args(netuid_value: u16, version: u32, ip: u128, port: u16) -> Vec<Value> {
	let mut args = vec![netuid(netuid_value), Value::u128(u128::from(version)), Value::u128(ip)];
	args.extend([u128::from(port), 4, 0, 0, 0].map(Value::u128));
	args
}

/// The rao in a decoded `TaoBalance` or `AlphaBalance`.
pub fn rao(value: &Value) -> Option<u128> {
	value.at(0).and_then(|inner| inner.as_u128())
}

/// Submits `pallet.call_name(args)` signed by `signer` and waits for it to be finalized;
/// fails unless it succeeds. Returns the names (`Pallet.Event`) of the events it emitted.
pub async fn call_ok(
	client: &Client,
	pallet: &str,
	call_name: &str,
	args: Vec<Value>,
	signer: &Keypair,
) -> Result<Vec<String>> {
	let call = subxt::dynamic::tx(pallet, call_name, args);
	let included = submit_and_finalize(client, &call, signer).await?;
	let events = included.wait_for_success().await?;
	Ok(events
		.iter()
		.filter_map(|e| e.ok())
		.map(|e| format!("{}.{}", e.pallet_name(), e.event_name()))
		.collect())
}

/// Submits `pallet.call_name(args)` signed by `signer`; returns the error it fails with (an
/// error of the harness if it succeeds).
pub async fn call_err(
	client: &Client,
	pallet: &str,
	call_name: &str,
	args: Vec<Value>,
	signer: &Keypair,
) -> Result<String> {
	let call = subxt::dynamic::tx(pallet, call_name, args);
	let included = submit_and_finalize(client, &call, signer).await?;
	match included.wait_for_success().await {
		Ok(_) => Err(format!("{pallet}.{call_name} succeeded but should have failed").into()),
		Err(error) => Ok(error.to_string()),
	}
}

/// Submits `SubtensorModule.call_name(args)`; see [`call_ok`].
pub async fn subtensor_call(
	client: &Client,
	call_name: &str,
	args: Vec<Value>,
	signer: &Keypair,
) -> Result<Vec<String>> {
	call_ok(client, "SubtensorModule", call_name, args, signer).await
}

/// A `SubtensorModule` storage entry decoded as a dynamic value (`None` if absent).
pub async fn storage(client: &Client, item: &str, keys: Vec<Value>) -> Result<Option<Value>> {
	pallet_storage(client, "SubtensorModule", item, keys).await
}

/// A storage entry of `pallet` at the current block, decoded as a dynamic value (`None` if
/// absent).
pub async fn pallet_storage(
	client: &Client,
	pallet: &str,
	item: &str,
	keys: Vec<Value>,
) -> Result<Option<Value>> {
	pallet_storage_at(client, None, pallet, item, keys).await
}

/// A `SubtensorModule` storage entry at block `number` of the best chain (`None` if absent).
pub async fn storage_at(
	client: &Client,
	number: u64,
	item: &str,
	keys: Vec<Value>,
) -> Result<Option<Value>> {
	pallet_storage_at(client, Some(number), "SubtensorModule", item, keys).await
}

/// A storage entry of `pallet` at block `number`, or the current block if `None`.
async fn pallet_storage_at(
	client: &Client,
	number: Option<u64>,
	pallet: &str,
	item: &str,
	keys: Vec<Value>,
) -> Result<Option<Value>> {
	let at = match number {
		Some(number) => client.at_block(number).await?,
		None => client.at_current_block().await?,
	};
	let address = subxt::dynamic::storage::<Vec<Value>, Value>(pallet, item);
	match at.storage().try_fetch(address, keys).await? {
		Some(value) => Ok(Some(value.decode()?)),
		None => Ok(None),
	}
}

/// Calls runtime API `api`'s `method` with `args` at the current block, the result decoded by
/// the types the metadata declares for it.
pub async fn runtime_api(
	client: &Client,
	api: &str,
	method: &str,
	args: Vec<Value>,
) -> Result<Value> {
	let at = client.at_current_block().await?;
	let payload = subxt::dynamic::runtime_api_call::<Vec<Value>, Value>(api, method, args);
	Ok(at.runtime_apis().call(payload).await?)
}

/// Alice, through her sudo key, sets a root-only hyperparameter of subnet `subnet` (`call`
/// takes the netuid and one value named `field`).
pub async fn sudo_set(
	client: &Client,
	subnet: u16,
	call: &str,
	field: &str,
	value: Value,
) -> Result<()> {
	let inner = Value::unnamed_variant(
		"AdminUtils",
		[Value::named_variant(call, [("netuid", netuid(subnet)), (field, value)])],
	);
	let sudo = subxt::dynamic::tx("Sudo", "sudo", vec![inner]);
	submit_and_finalize(client, &sudo, &subxt_signer::sr25519::dev::alice())
		.await?
		.wait_for_success()
		.await?;
	Ok(())
}

/// The elements of a decoded vector.
pub fn elements(value: &Value) -> Vec<&Value> {
	(0..).map_while(|i| value.at(i)).collect()
}

/// A per-UID vector of subnet 1 (`[]` if absent) at block `number` (the current block if
/// `None`), as numbers (booleans as 0/1, balances in rao).
pub async fn per_uid(client: &Client, item: &str, number: Option<u64>) -> Result<Vec<u128>> {
	let value = pallet_storage_at(client, number, "SubtensorModule", item, vec![netuid(1)]).await?;
	Ok(value
		.as_ref()
		.map(|v| {
			elements(v)
				.into_iter()
				.map(|e| {
					e.as_u128()
						.or_else(|| e.as_bool().map(u128::from))
						.or_else(|| rao(e))
						.unwrap_or(0)
				})
				.collect()
		})
		.unwrap_or_default())
}

/// Polls `item` of subnet 1 until `done` holds for it (at most `limit`).
pub async fn wait_for(
	client: &Client,
	item: &str,
	limit: Duration,
	done: impl Fn(&[u128]) -> bool,
) -> Result<Vec<u128>> {
	let deadline = tokio::time::Instant::now() + limit;
	loop {
		let values = per_uid(client, item, None).await?;
		if done(&values) {
			return Ok(values);
		}
		if tokio::time::Instant::now() > deadline {
			return Err(format!("{item} never got there: {values:?}").into());
		}
		tokio::time::sleep(Duration::from_millis(200)).await;
	}
}

/// `hotkey` sets weights `values` on `uids` of subnet 1.
pub async fn set_weights(
	client: &Client,
	hotkey: &Keypair,
	uids: &[u16],
	values: &[u16],
) -> Result<()> {
	let list = |v: &[u16]| Value::unnamed_composite(v.iter().map(|x| Value::u128(u128::from(*x))));
	let args = vec![netuid(1), list(uids), list(values), Value::u128(0)];
	let events = subtensor_call(client, "set_weights", args, hotkey).await?;
	if !events.contains(&"SubtensorModule.WeightsSet".to_string()) {
		return Err(format!("set_weights emitted no WeightsSet: {events:?}").into());
	}
	Ok(())
}

/// The hotkeys of the subnet [`subnet_with_validators_and_miners`] sets up.
pub struct TestSubnet {
	/// Bob's validators at UIDs 1 and 2 (300 and 100 TAO staked).
	pub validators: [Keypair; 2],
	/// Charlie's miners at UIDs 3 and 4.
	pub miners: [Keypair; 2],
}

/// Sets up subnet 1 on a dev chain: Alice's (owner hotkey `//Alice//owner-hk` at UID 0),
/// started, commit-reveal off, no weights rate limit; UIDs 1, 2: Bob's validators staked 300
/// and 100 TAO; UIDs 3, 4: Charlie's miners. Returns once an epoch has handed both validators
/// a permit and root has turned the subnet's TAO emission on.
pub async fn subnet_with_validators_and_miners(client: &Client) -> Result<TestSubnet> {
	let (alice, bob, charlie) = (dev::alice(), dev::bob(), dev::charlie());
	let owner_hotkey = key("//Alice//owner-hk")?;
	let validators = [key("//Bob//validator-1")?, key("//Bob//validator-2")?];
	let miners = [key("//Charlie//miner-1")?, key("//Charlie//miner-2")?];

	subtensor_call(client, "register_network", vec![account_value(&owner_hotkey)], &alice).await?;
	subtensor_call(client, "start_call", vec![netuid(1)], &alice).await?;
	let owner_set = vec![netuid(1), Value::bool(false)];
	call_ok(client, "AdminUtils", "sudo_set_commit_reveal_weights_enabled", owner_set, &alice)
		.await?;
	let (call, field) = ("sudo_set_weights_set_rate_limit", "weights_set_rate_limit");
	sudo_set(client, 1, call, field, Value::u128(0)).await?;

	let registrations =
		validators.iter().map(|v| (&bob, v)).chain(miners.iter().map(|m| (&charlie, m)));
	for (coldkey, hotkey) in registrations {
		let args = vec![netuid(1), account_value(hotkey)];
		subtensor_call(client, "burned_register", args, coldkey).await?;
	}
	for (hotkey, tao) in validators.iter().zip([300, 100]) {
		let args = vec![account_value(hotkey), netuid(1), amount(tao * TAO)];
		subtensor_call(client, "add_stake", args, &bob).await?;
	}

	// An epoch hands both validators a permit.
	wait_for(client, "ValidatorPermit", Duration::from_secs(60), |p| {
		p.get(1) == Some(&1) && p.get(2) == Some(&1)
	})
	.await?;

	// Root turns the subnet's TAO emission on (new subnets start without).
	let (call, field) = ("sudo_set_subnet_emission_enabled", "enabled");
	sudo_set(client, 1, call, field, Value::bool(true)).await?;
	Ok(TestSubnet { validators, miners })
}
