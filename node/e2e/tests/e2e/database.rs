//! The node keeps its chain in ParityDB as well as in the default RocksDB: blocks written with
//! `--database paritydb` are there after a restart.

use node_subtensor_e2e::{within, Result, TestNode};
use std::time::Duration;

#[tokio::test(flavor = "multi_thread")]
async fn paritydb_chain_survives_a_restart() -> Result<()> {
	within(Duration::from_secs(180), async {
		let args = ["--dev", "--database", "paritydb", "--sealing", "250"];
		let node = TestNode::start("paritydb", &args).await?;
		let (finalized, hash) = node.wait_for_finalized(8, Duration::from_secs(60)).await?;
		let db = node.base_path.join("chains").join("dev").join("paritydb");
		assert!(db.exists(), "no ParityDB directory at {}", db.display());

		let node = node.stop().await?.restart("paritydb-again", &args).await?;
		assert_eq!(node.block_hash(finalized).await?, Some(hash));
		node.wait_for_finalized(finalized + 4, Duration::from_secs(60)).await?;
		Ok(())
	})
	.await
}
