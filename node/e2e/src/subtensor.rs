//! Helpers for driving `SubtensorModule` through subxt's dynamic API: keys from URIs, calls
//! that must succeed, storage reads, and the value shapes its arguments take.

use crate::{submit_and_finalize, Client, Result};
use std::str::FromStr;
use subxt::dynamic::{At, Value};
use subxt_signer::{sr25519::Keypair, SecretUri};

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
	let at = client.at_current_block().await?;
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
