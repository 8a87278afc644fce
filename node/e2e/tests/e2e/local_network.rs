//! `--chain local`: two validators (Alice and Bob) on 127.0.0.1 find each other through an
//! explicit bootnode, take turns authoring, and finalize together (GRANDPA needs both votes).

use node_subtensor_e2e::{network::TestNetwork, subxt::rpcs::rpc_params, within, Result};
use std::time::Duration;

#[tokio::test(flavor = "multi_thread")]
async fn two_validators_produce_and_finalize_one_chain() -> Result<()> {
	within(Duration::from_secs(300), async {
		// Started means connected: each validator has a peer.
		let network = TestNetwork::start("local", 2).await?;
		let [alice, bob] = network.validators.as_slice() else {
			return Err("expected two validators".into());
		};

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
