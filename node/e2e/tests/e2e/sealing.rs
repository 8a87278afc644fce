//! The fast development modes: `--sealing <ms>`, `--sealing instant` and `--sealing manual`
//! with the `engine_createBlock` / `engine_finalizeBlock` RPCs.

use node_subtensor_e2e::{
	submit_and_finalize, subxt::rpcs::rpc_params, subxt_signer::sr25519::dev, within, Client,
	Result, TestNode,
};
use std::time::{Duration, Instant};

/// `Aura.SlotDuration` as clients read it (the Python SDK's block time), in milliseconds.
async fn slot_duration(client: &Client) -> Result<u64> {
	let at = client.at_current_block().await?;
	Ok(at
		.constants()
		.entry(node_subtensor_e2e::subxt::dynamic::constant::<u64>("Aura", "SlotDuration"))?)
}

/// `Timestamp.Now` (ms) in the state of block `number`.
async fn timestamp_at(client: &Client, number: u64) -> Result<u64> {
	let at = client.at_block(number).await?;
	let address = node_subtensor_e2e::subxt::dynamic::storage::<(), u64>("Timestamp", "Now");
	Ok(at.storage().fetch(address, ()).await?.decode()?)
}

#[tokio::test(flavor = "multi_thread")]
async fn interval_sealing_makes_and_finalizes_blocks_quickly() -> Result<()> {
	within(Duration::from_secs(120), async {
		let started = Instant::now();
		let node = TestNode::start("seal-interval", &["--dev", "--sealing", "250"]).await?;
		let client = node.client().await?;
		// Clients see the pace the chain runs at.
		assert_eq!(slot_duration(&client).await?, 250);

		// 20 blocks at 250 ms take 5 s; allow generous slack for a loaded machine.
		let (finalized, _) = node.wait_for_finalized(21, Duration::from_secs(60)).await?;
		let waited = started.elapsed();
		assert!(finalized >= 21);
		// Timestamps follow the clock: at least one slot apart, never 12 s a block ahead of it.
		let span = timestamp_at(&client, 21).await? - timestamp_at(&client, 1).await?;
		assert!(span >= 20 * 250, "20 blocks span {span} ms, less than 20 slots");
		let allowed = u64::try_from(waited.as_millis())?;
		assert!(
			span <= allowed,
			"20 blocks span {span} ms, more than the {allowed} ms since the node started"
		);
		Ok(())
	})
	.await
}

#[tokio::test(flavor = "multi_thread")]
async fn instant_sealing_makes_a_block_per_transaction() -> Result<()> {
	within(Duration::from_secs(120), async {
		let node = TestNode::start("seal-instant", &["--dev", "--sealing", "instant"]).await?;
		assert_eq!(node.best_number().await?, 0, "no transaction, no block");

		let client = node.client().await?;
		// Blocks come when transactions do: the chain keeps the 12 s slot.
		assert_eq!(slot_duration(&client).await?, 12_000);
		let remark = node_subtensor_e2e::subxt::dynamic::tx("System", "remark", (vec![1u8, 2, 3],));
		submit_and_finalize(&client, &remark, &dev::alice()).await?.wait_for_success().await?;
		let (finalized, _) = node.finalized().await?;
		assert_eq!(finalized, 1);
		Ok(())
	})
	.await
}

#[tokio::test(flavor = "multi_thread")]
async fn manual_sealing_follows_engine_rpc_calls() -> Result<()> {
	within(Duration::from_secs(120), async {
		let node = TestNode::start("seal-manual", &["--dev", "--sealing", "manual"]).await?;
		tokio::time::sleep(Duration::from_secs(1)).await;
		assert_eq!(node.best_number().await?, 0);

		// An empty block, not finalized.
		let created =
			node.call("engine_createBlock", rpc_params![true, false, None::<String>]).await?;
		let hash =
			created["hash"].as_str().ok_or("no hash in engine_createBlock result")?.to_string();
		assert_eq!(node.best_number().await?, 1);
		assert_eq!(node.finalized().await?.0, 0);

		// Finalize it on demand.
		let done =
			node.call("engine_finalizeBlock", rpc_params![hash.clone(), None::<String>]).await?;
		assert_eq!(done, true);
		assert_eq!(node.finalized().await?, (1, hash));

		// A second block, finalized at once; the chain builds on the first.
		node.call("engine_createBlock", rpc_params![true, true, None::<String>]).await?;
		assert_eq!(node.finalized().await?.0, 2);
		Ok(())
	})
	.await
}
