//! A network of validators of a built-in local chain (`local`, `local-N`) on 127.0.0.1: each
//! validator authors with its development key (`--alice`, `--bob`, ...) and finds the first one
//! through `--bootnodes`, as an operator would set up a small network by hand.

use crate::{Result, StoppedNode, TestNode};
use serde_json::Value;
use std::time::{Duration, Instant};
use subxt::rpcs::rpc_params;

/// The validators a local network can have, by their development-key flag, in the order the
/// `local-N` chains take them.
pub const VALIDATORS: [&str; 6] = ["alice", "bob", "charlie", "dave", "eve", "ferdie"];

/// Fixed network keys, so every validator can name the first one's peer id as its bootnode
/// (validators of a non-development chain must be given one).
const NODE_KEYS: [&str; 6] = [
	"0000000000000000000000000000000000000000000000000000000000000001",
	"0000000000000000000000000000000000000000000000000000000000000002",
	"0000000000000000000000000000000000000000000000000000000000000003",
	"0000000000000000000000000000000000000000000000000000000000000004",
	"0000000000000000000000000000000000000000000000000000000000000005",
	"0000000000000000000000000000000000000000000000000000000000000006",
];

/// The peer id of the first validator's network key.
const FIRST_PEER_ID: &str = "12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp";

/// The running validators of one chain. Dropping it stops every node.
pub struct TestNetwork {
	/// The validators, in [`VALIDATORS`] order.
	pub validators: Vec<TestNode>,
	chain: String,
	bootnode: String,
}

impl TestNetwork {
	/// Starts the first `count` validators of `--chain chain` and waits until each one has a
	/// peer.
	pub async fn start(chain: &str, count: usize) -> Result<TestNetwork> {
		if !(2..=VALIDATORS.len()).contains(&count) {
			return Err(
				format!("a network has 2 to {} validators, not {count}", VALIDATORS.len()).into()
			);
		}
		let mut network = TestNetwork {
			validators: Vec::new(),
			chain: chain.to_string(),
			bootnode: String::new(),
		};
		let first = network.start_validator(0).await?;
		network.bootnode = format!("/ip4/127.0.0.1/tcp/{}/p2p/{FIRST_PEER_ID}", first.p2p_port);
		network.validators.push(first);
		for index in 1..count {
			let node = network.start_validator(index).await?;
			network.validators.push(node);
		}
		for node in &network.validators {
			wait_for_peers(node, 1, Duration::from_secs(60)).await?;
		}
		Ok(network)
	}

	/// The first validator (Alice).
	pub fn first(&self) -> Result<&TestNode> {
		Ok(self.validators.first().ok_or("the network has no validators")?)
	}

	/// The command line of validator `index`.
	fn args(&self, index: usize) -> Vec<String> {
		let mut args = vec![
			"--chain".to_string(),
			self.chain.clone(),
			format!("--{}", VALIDATORS.get(index).copied().unwrap_or_default()),
			"--node-key".to_string(),
			NODE_KEYS.get(index).copied().unwrap_or_default().to_string(),
		];
		if index > 0 {
			args.extend(["--bootnodes".to_string(), self.bootnode.clone()]);
		}
		args
	}

	/// Starts validator `index` in a fresh base path.
	async fn start_validator(&self, index: usize) -> Result<TestNode> {
		let args = self.args(index);
		let args: Vec<&str> = args.iter().map(String::as_str).collect();
		let name = VALIDATORS.get(index).copied().unwrap_or_default();
		TestNode::start(&format!("{}-{name}", self.chain), &args).await
	}

	/// Takes the last validator out of the network, for a test to kill or stop it; returns its
	/// index, to [`restart`](Self::restart) it later.
	pub fn take_last(&mut self) -> Result<(usize, TestNode)> {
		let node = self.validators.pop().ok_or("the network has no validators")?;
		Ok((self.validators.len(), node))
	}

	/// Restarts validator `index` on the base path it had, with the command line it had, and
	/// puts it back into the network.
	pub async fn restart(&mut self, index: usize, stopped: StoppedNode) -> Result<&TestNode> {
		let args = self.args(index);
		let args: Vec<&str> = args.iter().map(String::as_str).collect();
		let name = format!("{}-{}-again", self.chain, VALIDATORS.get(index).copied().unwrap_or(""));
		self.validators.push(stopped.restart(&name, &args).await?);
		self.validators.last().ok_or_else(|| "the restarted validator is gone".into())
	}
}

/// Waits until `node` reports at least `peers` connected peers, at most `timeout`.
pub async fn wait_for_peers(node: &TestNode, peers: u64, timeout: Duration) -> Result<()> {
	let deadline = Instant::now() + timeout;
	loop {
		let health: Value = node.call("system_health", rpc_params![]).await?;
		if health["peers"].as_u64().unwrap_or(0) >= peers {
			return Ok(());
		}
		if Instant::now() > deadline {
			return Err(node.fail(format!("fewer than {peers} peers within {timeout:?}: {health}")));
		}
		tokio::time::sleep(Duration::from_millis(250)).await;
	}
}
