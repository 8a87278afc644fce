//! `node-subtensor --dev`: Aura authors, GRANDPA finalizes, clients see the chain's facts, a
//! signed transfer goes through, and a restarted node continues its chain.

use node_subtensor_e2e::{
	free_balance, submit_and_finalize, subxt::rpcs::rpc_params, subxt_signer::sr25519::dev,
	transfer_keep_alive, within, Result, TestNode,
};
use std::time::Duration;

/// Blocks come every 12 s under Aura: allow a few.
const BLOCK_WAIT: Duration = Duration::from_secs(60);

#[tokio::test(flavor = "multi_thread")]
async fn dev_chain_produces_finalizes_and_reports_tao() -> Result<()> {
	within(Duration::from_secs(240), async {
		let node = TestNode::start("dev-properties", &["--dev"]).await?;

		let (finalized, _) = node.wait_for_finalized(2, BLOCK_WAIT * 2).await?;
		assert!(finalized >= 2);
		assert!(node.best_number().await? >= finalized);

		let properties = node.call("system_properties", rpc_params![]).await?;
		assert_eq!(properties["tokenSymbol"], "TAO", "{properties}");
		assert_eq!(properties["tokenDecimals"], 9, "{properties}");
		assert_eq!(properties["ss58Format"], 42, "{properties}");
		let chain_type = node.call("system_chainType", rpc_params![]).await?;
		assert_eq!(chain_type, "Development");

		let version = node.call("state_getRuntimeVersion", rpc_params![]).await?;
		assert_eq!(version["specName"], "node-subtensor", "{version}");

		// The SDK fetches V15 metadata through this exact runtime call.
		let v15 = node
			.call("state_call", rpc_params!["Metadata_metadata_at_version", "0x0f000000"])
			.await?;
		let v15 = v15.as_str().ok_or("state_call result is not a string")?;
		// `Some(..)` followed by the metadata magic number "meta".
		assert!(v15.starts_with("0x01"), "no V15 metadata: {}", &v15[..v15.len().min(20)]);
		assert!(v15.contains("6d657461"), "V15 metadata lacks the magic number");
		Ok(())
	})
	.await
}

#[tokio::test(flavor = "multi_thread")]
async fn signed_transfer_is_included_with_events_and_moves_balance() -> Result<()> {
	within(Duration::from_secs(240), async {
		let node = TestNode::start("dev-transfer", &["--dev"]).await?;
		node.wait_for_finalized(1, BLOCK_WAIT).await?;
		let client = node.client().await?;

		let (alice, bob) = (dev::alice(), dev::bob());
		let bob_id: [u8; 32] = bob.public_key().0;
		let alice_id: [u8; 32] = alice.public_key().0;
		let bob_before = free_balance(&client, bob_id).await?;
		let alice_before = free_balance(&client, alice_id).await?;

		let amount: u64 = 12_345_000_000; // 12.345 TAO
		let transfer = transfer_keep_alive(&bob, amount);
		let events =
			submit_and_finalize(&client, &transfer, &alice).await?.wait_for_success().await?;

		let names: Vec<String> = events
			.iter()
			.map(|event| {
				event
					.map(|e| format!("{}.{}", e.pallet_name(), e.event_name()))
					.map_err(|e| e.to_string())
			})
			.collect::<std::result::Result<_, _>>()?;
		for expected in [
			"Balances.Transfer",
			"TransactionPayment.TransactionFeePaid",
			"System.ExtrinsicSuccess",
		] {
			assert!(names.iter().any(|n| n == expected), "{expected} missing from {names:?}");
		}

		let client = node.client().await?;
		assert_eq!(free_balance(&client, bob_id).await?, bob_before + u128::from(amount));
		let alice_after = free_balance(&client, alice_id).await?;
		// Alice authors every block of the dev chain, so the fee comes back to her.
		assert_eq!(alice_after, alice_before - u128::from(amount), "fee returns to the author");
		Ok(())
	})
	.await
}

#[tokio::test(flavor = "multi_thread")]
async fn restarted_node_continues_from_the_same_head() -> Result<()> {
	within(Duration::from_secs(300), async {
		let node = TestNode::start("dev-restart", &["--dev"]).await?;
		let (finalized, finalized_hash) = node.wait_for_finalized(2, BLOCK_WAIT * 2).await?;
		let best = node.best_number().await?;
		let stopped = node.stop().await?;

		let node = stopped.restart("dev-restart-again", &["--dev"]).await?;
		// The finalized block survived and is still on the chain.
		let (finalized_again, _) = node.finalized().await?;
		assert!(
			finalized_again >= finalized,
			"finalized went back from {finalized} to {finalized_again}"
		);
		assert_eq!(node.block_hash(finalized).await?, Some(finalized_hash));
		assert!(node.best_number().await? >= best, "best block went backwards");
		// And the chain goes on.
		node.wait_for_finalized(best + 1, BLOCK_WAIT).await?;
		Ok(())
	})
	.await
}
