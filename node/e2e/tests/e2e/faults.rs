//! Faults an operator meets: a validator of four dies and comes back, a dev node is SIGKILLed in
//! the middle of its work, a database is damaged on disk. The chain keeps going, loses nothing
//! it reported final, and a node refuses a damaged database with a clear message instead of
//! starting a new chain over it.

use node_subtensor_e2e::{
	free_port, network::TestNetwork, run_subcommand, submit_and_finalize, subxt::rpcs::rpc_params,
	subxt_signer::sr25519::dev, to_hex, transfer_keep_alive, within, Result, TestNode,
};
use std::{
	path::Path,
	time::{Duration, Instant},
};

#[tokio::test(flavor = "multi_thread")]
async fn four_validators_finalize_without_one_and_it_catches_up() -> Result<()> {
	within(Duration::from_secs(540), async {
		let started = Instant::now();
		let mut network = TestNetwork::start("local-4", 4).await?;
		network.first()?.wait_for_finalized(1, Duration::from_secs(180)).await?;
		println!("four validators: first block finalized {:?} after start", started.elapsed());

		// Dave dies; three of four still make blocks (his slots stay empty) and a GRANDPA
		// supermajority.
		let (dave_index, dave) = network.take_last()?;
		let dave = dave.kill().await?;
		let alice = network.first()?;
		let (at_kill, _) = alice.finalized().await?;
		let (finalized, _) =
			alice.wait_for_finalized(at_kill + 3, Duration::from_secs(180)).await?;
		for node in &network.validators {
			node.wait_for_finalized(finalized, Duration::from_secs(60)).await?;
		}

		// Restarted on his base path, he catches up to the same finalized chain.
		let restarted = Instant::now();
		let (target, target_hash) = network.first()?.finalized().await?;
		let dave = network.restart(dave_index, dave).await?;
		dave.wait_for_finalized(target, Duration::from_secs(120)).await?;
		println!("killed validator caught up in {:?} (finalized #{target})", restarted.elapsed());
		assert_eq!(dave.block_hash(target).await?, Some(target_hash));
		Ok(())
	})
	.await
}

/// The hashes of the extrinsics in block `hash`, or `None` when the node does not have it.
async fn extrinsic_hashes(node: &TestNode, hash: &str) -> Result<Option<Vec<String>>> {
	let block = node.call("chain_getBlock", rpc_params![hash]).await?;
	if block.is_null() {
		return Ok(None);
	}
	let extrinsics = block["block"]["extrinsics"].as_array().ok_or("block without extrinsics")?;
	extrinsics
		.iter()
		.map(|extrinsic| {
			let hex = extrinsic.as_str().ok_or("extrinsic is not hex")?;
			let bytes = node_subtensor_e2e::from_hex(hex)?;
			Ok(to_hex(&sp_crypto_hashing::blake2_256(&bytes)))
		})
		.collect::<Result<Vec<_>>>()
		.map(Some)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sigkilled_dev_node_keeps_its_finalized_blocks_and_transactions() -> Result<()> {
	within(Duration::from_secs(300), async {
		let args = ["--dev", "--sealing", "500"];
		let node = TestNode::start("sigkill", &args).await?;
		node.wait_for_finalized(2, Duration::from_secs(60)).await?;
		let client = node.client().await?;

		// Transfers reported final, each with the block that holds it.
		let mut included = Vec::new();
		for amount in 1..=4u64 {
			let transfer = transfer_keep_alive(&dev::bob(), amount * 1_000_000_000);
			let in_block = submit_and_finalize(&client, &transfer, &dev::alice()).await?;
			in_block.wait_for_success().await?;
			let block = format!("{:?}", in_block.block_hash());
			let extrinsic = format!("{:?}", in_block.extrinsic_hash());
			included.push((block, extrinsic));
		}
		// More arrive while the node is killed (one per sender, so no nonce waits on another).
		for sender in [dev::alice(), dev::bob(), dev::charlie()] {
			let transfer = transfer_keep_alive(&dev::dave(), 1_000_000_000);
			client
				.at_current_block()
				.await?
				.transactions()
				.sign_and_submit_default(&transfer, &sender)
				.await?;
		}
		let (finalized, finalized_hash) = node.finalized().await?;
		let node = node.kill().await?.restart("sigkill-again", &args).await?;

		// The same finalized chain, and every reported transfer still in its block.
		assert!(node.finalized().await?.0 >= finalized);
		assert_eq!(node.block_hash(finalized).await?, Some(finalized_hash));
		for (block, extrinsic) in &included {
			let hashes = extrinsic_hashes(&node, block)
				.await?
				.ok_or_else(|| node.fail(format!("block {block} is gone after the restart")))?;
			assert!(hashes.contains(extrinsic), "transfer {extrinsic} is gone from block {block}");
		}
		// And it goes on making and finalizing blocks.
		node.wait_for_finalized(finalized + 3, Duration::from_secs(60)).await?;
		Ok(())
	})
	.await
}

/// Starts a dev node (default database) on `base_path` expecting it to refuse; returns its
/// error output.
async fn refused_start(base_path: &Path) -> Result<String> {
	let rpc_port = free_port()?.to_string();
	let listen = format!("/ip4/127.0.0.1/tcp/{}", free_port()?);
	let base = base_path.display().to_string();
	let args = [
		"--dev",
		"--base-path",
		&base,
		"--rpc-port",
		&rpc_port,
		"--listen-addr",
		&listen,
		"--no-prometheus",
		"--no-telemetry",
		"--no-mdns",
	];
	match run_subcommand(&args, Duration::from_secs(60)).await {
		Ok(_) => Err("the node exited cleanly instead of refusing the database".into()),
		Err(error) => Ok(error.to_string()),
	}
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_database_is_refused_with_a_clear_message() -> Result<()> {
	within(Duration::from_secs(240), async {
		let args = ["--dev", "--sealing", "250"];
		let node = TestNode::start("damaged-db", &args).await?;
		node.wait_for_finalized(3, Duration::from_secs(60)).await?;
		let stopped = node.stop().await?;
		let db = stopped.base_path.join("chains").join("dev").join("db").join("full");

		// RocksDB's pointer to its manifest, overwritten.
		let current = db.join("CURRENT");
		let original = std::fs::read(&current)?;
		std::fs::write(&current, b"garbage")?;
		let error = refused_start(&stopped.base_path).await?;
		assert!(error.contains("Corruption"), "unclear refusal: {error}");
		assert_eq!(std::fs::read(&current)?, b"garbage", "the node rewrote the damaged database");
		std::fs::write(&current, original)?;

		// A database version this node does not know.
		std::fs::write(db.join("db_version"), b"99")?;
		let error = refused_start(&stopped.base_path).await?;
		assert!(error.contains("Database version"), "unclear refusal: {error}");
		Ok(())
	})
	.await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_chain_in_the_other_database_backend_is_not_replaced_by_a_new_one() -> Result<()> {
	within(Duration::from_secs(240), async {
		let args = ["--dev", "--sealing", "250", "--database", "paritydb"];
		let node = TestNode::start("paritydb-chain", &args).await?;
		let (finalized, hash) = node.wait_for_finalized(3, Duration::from_secs(60)).await?;
		let stopped = node.stop().await?;

		// Without `--database paritydb` the node would open an empty RocksDB at genesis.
		let error = refused_start(&stopped.base_path).await?;
		assert!(error.contains("--database paritydb"), "unclear refusal: {error}");
		let rocksdb = stopped.base_path.join("chains").join("dev").join("db").join("full");
		assert!(!rocksdb.exists(), "the refused start created a RocksDB database");

		// With it, the chain is there.
		let node = stopped.restart("paritydb-chain-again", &args).await?;
		assert_eq!(node.block_hash(finalized).await?, Some(hash));
		Ok(())
	})
	.await
}
