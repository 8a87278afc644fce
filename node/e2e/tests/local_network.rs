//! `--chain local`: two validators (Alice and Bob) on 127.0.0.1 find each other through an
//! explicit bootnode, take turns authoring, and finalize together (GRANDPA needs both votes).

use node_subtensor_e2e::{subxt::rpcs::rpc_params, within, Result, TestNode};
use std::time::{Duration, Instant};

/// Alice's fixed network key, so Bob can name her peer id in `--bootnodes`.
const ALICE_NODE_KEY: &str = "0000000000000000000000000000000000000000000000000000000000000001";
/// Bob's network key (validators of a non-development chain must be given one).
const BOB_NODE_KEY: &str = "0000000000000000000000000000000000000000000000000000000000000002";
/// The peer id of [`ALICE_NODE_KEY`].
const ALICE_PEER_ID: &str = "12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp";

#[tokio::test(flavor = "multi_thread")]
async fn two_validators_produce_and_finalize_one_chain() -> Result<()> {
	within(Duration::from_secs(300), async {
		let alice = TestNode::start(
			"local-alice",
			&["--chain", "local", "--alice", "--node-key", ALICE_NODE_KEY],
		)
		.await?;
		let bootnode = format!("/ip4/127.0.0.1/tcp/{}/p2p/{ALICE_PEER_ID}", alice.p2p_port);
		let bob = TestNode::start(
			"local-bob",
			&["--chain", "local", "--bob", "--node-key", BOB_NODE_KEY, "--bootnodes", &bootnode],
		)
		.await?;

		// They connect.
		let deadline = Instant::now() + Duration::from_secs(60);
		loop {
			let health = alice.call("system_health", rpc_params![]).await?;
			if health["peers"].as_u64().unwrap_or(0) >= 1 {
				break;
			}
			if Instant::now() > deadline {
				return Err(alice.fail(format!("Bob never connected: {health}")));
			}
			tokio::time::sleep(Duration::from_millis(500)).await;
		}

		// Finality needs both validators' votes; both nodes agree on the finalized chain.
		let (number, hash) = alice.wait_for_finalized(3, Duration::from_secs(150)).await?;
		bob.wait_for_finalized(number, Duration::from_secs(60)).await?;
		assert_eq!(bob.block_hash(number).await?, Some(hash));

		let chain_type = bob.call("system_chainType", rpc_params![]).await?;
		assert_eq!(chain_type, "Local");
		Ok(())
	})
	.await
}
