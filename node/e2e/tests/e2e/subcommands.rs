//! The sc-cli subcommands on a real chain: `build-spec` (a raw spec file starts the same
//! chain), `export-blocks` / `import-blocks` (the imported blocks pass Aura and GRANDPA
//! verification), `chain-info` and `purge-chain`.

use node_subtensor_e2e::{run_subcommand, subxt::rpcs::rpc_params, within, Result, TestNode};
use serde_json::Value;
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(120);

#[tokio::test(flavor = "multi_thread")]
async fn build_spec_carries_the_chain_properties() -> Result<()> {
	within(LIMIT, async {
		let spec =
			run_subcommand(&["build-spec", "--chain", "dev", "--disable-default-bootnode"], LIMIT)
				.await?;
		let spec: Value = serde_json::from_str(&spec)?;
		assert_eq!(spec["properties"]["tokenSymbol"], "TAO");
		assert_eq!(spec["properties"]["tokenDecimals"], 9);
		assert_eq!(spec["properties"]["ss58Format"], 42);
		assert_eq!(spec["chainType"], "Development");

		let raw = run_subcommand(
			&["build-spec", "--chain", "local", "--raw", "--disable-default-bootnode"],
			LIMIT,
		)
		.await?;
		let raw: Value = serde_json::from_str(&raw)?;
		// ":code" is the runtime itself.
		assert!(raw["genesis"]["raw"]["top"]["0x3a636f6465"].is_string(), "raw spec without :code");
		Ok(())
	})
	.await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_raw_chain_spec_starts_the_same_chain() -> Result<()> {
	within(LIMIT, async {
		let raw = run_subcommand(
			&["build-spec", "--chain", "local", "--raw", "--disable-default-bootnode"],
			LIMIT,
		)
		.await?;
		let dir = tempfile::tempdir()?;
		let file = dir.path().join("local-raw.json");
		std::fs::write(&file, raw)?;
		let file = file.display().to_string();

		let builtin = TestNode::start("spec-builtin", &["--chain", "local"]).await?;
		let from_file = TestNode::start("spec-raw-file", &["--chain", &file]).await?;
		let genesis = builtin.block_hash(0).await?;
		assert!(genesis.is_some());
		assert_eq!(from_file.block_hash(0).await?, genesis);
		for method in ["system_chain", "system_properties", "system_chainType"] {
			let expected = builtin.call(method, rpc_params![]).await?;
			assert_eq!(from_file.call(method, rpc_params![]).await?, expected, "{method}");
		}
		Ok(())
	})
	.await
}

#[tokio::test(flavor = "multi_thread")]
async fn exported_blocks_import_into_a_fresh_database() -> Result<()> {
	within(Duration::from_secs(300), async {
		let node = TestNode::start("export-source", &["--dev"]).await?;
		let (finalized, hash) = node.wait_for_finalized(2, Duration::from_secs(120)).await?;
		let source = node.stop().await?;
		let source_path = source.base_path.to_string_lossy().to_string();

		let scratch = tempfile::tempdir()?;
		let file = scratch.path().join("blocks.bin").to_string_lossy().to_string();
		let target = scratch.path().join("imported").to_string_lossy().to_string();
		let last = finalized.to_string();

		run_subcommand(
			&[
				"export-blocks",
				"--chain",
				"dev",
				"--base-path",
				&source_path,
				"--binary",
				"--to",
				&last,
				&file,
			],
			LIMIT,
		)
		.await?;
		run_subcommand(
			&["import-blocks", "--chain", "dev", "--base-path", &target, "--binary", &file],
			LIMIT,
		)
		.await?;

		let info = run_subcommand(&["chain-info", "--chain", "dev", "--base-path", &target], LIMIT)
			.await?;
		let info: Value = serde_json::from_str(&info)?;
		assert_eq!(info["best_number"], finalized, "{info}");
		assert_eq!(info["best_hash"], hash, "{info}");

		run_subcommand(&["purge-chain", "--chain", "dev", "--base-path", &target, "-y"], LIMIT)
			.await?;
		let db = std::path::Path::new(&target).join("chains").join("dev").join("db");
		assert!(!db.join("full").exists(), "purge-chain left the database behind");
		Ok(())
	})
	.await
}
