//! `yuma snapshot`: a live subnet read over JSON-RPC into a scenario.
//!
//! The chain assembles the input of the subnet's next epoch itself (runtime API
//! `YumaSnapshotRuntimeApi_next_epoch_snapshot`, the same code its epoch uses), so the scenario
//! holds exactly what the epoch will read: taken one block before the epoch, simulating one
//! epoch gives the chain's results to the last unit. Further from the epoch, the emission is
//! the chain's projection and stakes and weights are those of the snapshot's block.

use crate::scenario::{Neuron, Params, Scenario};
use codec::{Decode, Encode};
use jsonrpsee::{core::client::ClientT, rpc_params, ws_client::WsClientBuilder};
use sp_core::crypto::{AccountId32, Ss58Codec};
use std::{error::Error, time::Duration};
use subtensor_yuma::{EpochInput, EpochSnapshot};

/// The runtime API method that assembles the snapshot.
pub const SNAPSHOT_METHOD: &str = "YumaSnapshotRuntimeApi_next_epoch_snapshot";
/// How long connecting and each request may take.
const TIMEOUT: Duration = Duration::from_secs(60);

/// Which subnet to read, from which node, at which block.
#[derive(Clone, Debug)]
pub struct SnapshotRequest {
	/// The node's WebSocket RPC endpoint, e.g. `ws://127.0.0.1:9944`.
	pub url: String,
	/// The subnet.
	pub netuid: u16,
	/// The mechanism (0 unless the subnet has several).
	pub mechanism: u8,
	/// A block hash (`0x…`) or number; the best block if `None`.
	pub at: Option<String>,
}

/// A scenario read from a chain, with where it was read.
#[derive(Clone, Debug)]
pub struct Snapshot {
	/// The subnet's next epoch.
	pub scenario: Scenario,
	/// The block the state was read at.
	pub block: u64,
	/// Its hash.
	pub hash: String,
}

impl Snapshot {
	/// One line saying what was read, for people.
	pub fn summary(&self) -> String {
		let scenario = &self.scenario;
		let projected = scenario.block.saturating_sub(self.block.saturating_add(1));
		let emission = if projected == 0 {
			"distributing".to_string()
		} else {
			format!("projected over {projected} more blocks:")
		};
		format!(
			"subnet {} at block {} ({}): {} UIDs, next epoch at block {}, {emission} {} rao",
			scenario.netuid,
			self.block,
			self.hash,
			scenario.neurons.len(),
			scenario.block,
			scenario.emission,
		)
	}
}

/// Reads the subnet's next epoch from the node.
pub fn take_snapshot(request: &SnapshotRequest) -> Result<Snapshot, Box<dyn Error + Send + Sync>> {
	let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
	runtime.block_on(fetch(request))
}

async fn fetch(request: &SnapshotRequest) -> Result<Snapshot, Box<dyn Error + Send + Sync>> {
	let url = &request.url;
	if !(url.starts_with("ws://") || url.starts_with("wss://")) {
		return Err(
			format!("--url {url}: give the node's WebSocket endpoint (ws:// or wss://)").into()
		);
	}
	let client = WsClientBuilder::default()
		.connection_timeout(TIMEOUT)
		.request_timeout(TIMEOUT)
		.build(url)
		.await
		.map_err(|e| format!("cannot connect to {url}: {e}"))?;
	let hash = match request.at.as_deref() {
		None => client.request::<String, _>("chain_getBlockHash", rpc_params![]).await?,
		Some(at) => block_hash(&client, at).await?,
	};
	let header: Option<serde_json::Value> =
		client.request("chain_getHeader", rpc_params![&hash]).await?;
	let block = header
		.as_ref()
		.and_then(|h| h.get("number"))
		.and_then(|n| n.as_str())
		.and_then(|n| u64::from_str_radix(n.trim_start_matches("0x"), 16).ok())
		.ok_or_else(|| format!("the node does not know block {hash}"))?;
	let args = sp_core::bytes::to_hex(&(request.netuid, request.mechanism).encode(), false);
	let result: String = client
		.request("state_call", rpc_params![SNAPSHOT_METHOD, args, &hash])
		.await
		.map_err(|e| {
			format!("{SNAPSHOT_METHOD} failed at block {block}: {e} (a node-subtensor runtime with spec_version 114 or later serves it)")
		})?;
	let bytes = sp_core::bytes::from_hex(&result)
		.map_err(|e| format!("{SNAPSHOT_METHOD} answered {result:?}: {e}"))?;
	let snapshot = Option::<EpochSnapshot<AccountId32>>::decode(&mut &bytes[..])
		.map_err(|e| format!("{SNAPSHOT_METHOD} answered bytes that do not decode: {e}"))?
		.ok_or_else(|| {
			format!(
				"subnet {} has no next epoch for mechanism {} at block {block}: it does not exist, \
				 is root, runs no epochs (tempo 0), or has fewer mechanisms",
				request.netuid, request.mechanism
			)
		})?;
	let scenario = scenario_of(request.netuid, request.mechanism, snapshot);
	scenario.check().map_err(|e| format!("the chain's snapshot is not a valid scenario: {e}"))?;
	Ok(Snapshot { scenario, block, hash })
}

/// The hash of `at`: a block hash as given, or a block number looked up.
async fn block_hash(
	client: &impl ClientT,
	at: &str,
) -> Result<String, Box<dyn Error + Send + Sync>> {
	if let Ok(number) = at.parse::<u64>() {
		let hash: Option<String> =
			client.request("chain_getBlockHash", rpc_params![number]).await?;
		return hash.ok_or_else(|| format!("--at {at}: the node has no block {number}").into());
	}
	let hex = at.strip_prefix("0x").unwrap_or("");
	if hex.len() != 64 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
		return Err(format!("--at {at}: give a block number or a 0x-prefixed 32-byte hash").into());
	}
	Ok(at.to_string())
}

/// The scenario of an epoch input: one neuron per UID, entries the epoch ignores (weights and
/// bonds naming UIDs beyond `n`) left out, missing values read as the epoch reads them.
pub fn scenario_of(netuid: u16, mechanism: u8, snapshot: EpochSnapshot<AccountId32>) -> Scenario {
	let EpochSnapshot { input, hotkeys } = snapshot;
	let EpochInput { n, params, .. } = &input;
	let value = |column: &[u64], uid: usize| column.get(uid).copied().unwrap_or(0);
	let row = |rows: &[Vec<(u16, u16)>], uid: usize| -> Vec<(u16, u16)> {
		rows.get(uid)
			.map(|row| row.iter().copied().filter(|(j, _)| *j < *n).collect())
			.unwrap_or_default()
	};
	let neurons = (0..*n)
		.map(|uid| {
			let i = usize::from(uid);
			Neuron {
				uid,
				hotkey: hotkeys.get(i).cloned().flatten().map(|h| h.to_ss58check()),
				alpha_stake: value(&input.alpha_stake, i),
				root_stake: value(&input.root_stake, i),
				last_update: value(&input.last_update, i),
				registered_at: value(&input.block_at_registration, i),
				validator_permit: input.validator_permit.get(i).copied().unwrap_or(false),
				weights: row(&input.weights, i),
				bonds: row(&input.bonds, i),
				earliest_commit: input
					.commit_blocks
					.as_ref()
					.map(|blocks| value(blocks, i))
					.filter(|block| *block != u64::MAX),
			}
		})
		.collect();
	Scenario {
		netuid,
		mechanism,
		block: input.now,
		last_epoch_block: input.last_mechanism_step_block,
		emission: input.emission,
		owner_uid: input.owner_uid.filter(|uid| uid < n),
		commit_reveal: input.commit_blocks.is_some(),
		params: Params {
			tempo: params.tempo,
			activity_cutoff_factor_milli: params.activity_cutoff_factor_milli,
			kappa: params.kappa,
			bonds_penalty: params.bonds_penalty,
			bonds_moving_average: params.bonds_moving_average,
			yuma3: params.yuma3,
			liquid_alpha: params.liquid_alpha,
			alpha_low: params.alpha_values.0,
			alpha_high: params.alpha_values.1,
			alpha_sigmoid_steepness: params.alpha_sigmoid_steepness,
			max_allowed_validators: params.max_allowed_validators,
			stake_threshold: params.stake_threshold,
			tao_weight: params.tao_weight,
		},
		neurons,
	}
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
	use super::*;
	use crate::scenario::tests::three_uids;
	use subtensor_yuma::run_epoch;

	/// The snapshot the chain would send for a scenario.
	fn snapshot_of(scenario: &Scenario) -> EpochSnapshot<AccountId32> {
		EpochSnapshot {
			input: scenario.epoch_input(),
			hotkeys: (0..scenario.neurons.len())
				.map(|i| Some(AccountId32::new([i as u8; 32])))
				.collect(),
		}
	}

	#[test]
	fn a_snapshot_becomes_a_scenario_with_the_same_epoch() {
		let mut scenario = three_uids();
		scenario.commit_reveal = true;
		scenario.neurons[0].earliest_commit = Some(90);
		let snapshot = snapshot_of(&scenario);
		let encoded = Some(snapshot.clone()).encode();
		let decoded = Option::<EpochSnapshot<AccountId32>>::decode(&mut &encoded[..]).unwrap();
		let read = scenario_of(1, 0, decoded.unwrap());
		assert_eq!(read.epoch_input(), scenario.epoch_input());
		assert_eq!(run_epoch(&read.epoch_input()), run_epoch(&scenario.epoch_input()));
		assert_eq!(read.neurons[1].hotkey, Some(AccountId32::new([1; 32]).to_ss58check()));
		assert_eq!(read.neurons[1].earliest_commit, None);
		assert!(read.check().is_ok());
	}

	#[test]
	fn short_columns_and_rows_naming_missing_uids_read_as_the_epoch_reads_them() {
		let scenario = three_uids();
		let mut snapshot = snapshot_of(&scenario);
		snapshot.input.last_update.truncate(1);
		snapshot.input.validator_permit.clear();
		snapshot.input.weights[0].push((9, 100));
		let read = scenario_of(1, 0, snapshot.clone());
		assert_eq!(read.neurons[2].last_update, 0);
		assert!(!read.neurons[0].validator_permit);
		assert_eq!(read.neurons[0].weights, scenario.neurons[0].weights);
		assert_eq!(run_epoch(&read.epoch_input()), run_epoch(&snapshot.input));
	}
}
