//! Bad transactions get clear errors and change nothing: malformed bytes, a sender who cannot
//! pay the fee, and a transfer larger than the sender's balance.

use node_subtensor_e2e::{
	free_balance, submit_and_finalize,
	subxt::{dynamic::Value, rpcs::rpc_params},
	subxt_signer::{
		sr25519::{dev, Keypair},
		SecretUri,
	},
	to_hex, transfer_keep_alive, within, Result, TestNode,
};
use std::{str::FromStr, time::Duration};

/// `--sealing instant` makes a block per transaction, so rejected ones leave no trace.
const ARGS: &[&str] = &["--dev", "--sealing", "instant"];

#[tokio::test(flavor = "multi_thread")]
async fn malformed_extrinsic_is_refused_by_the_pool() -> Result<()> {
	within(Duration::from_secs(120), async {
		let node = TestNode::start("reject-malformed", ARGS).await?;
		let head_before = node.call("chain_getHeader", rpc_params![]).await?;

		let err = node
			.call("author_submitExtrinsic", rpc_params!["0x0504deadbeef"])
			.await
			.expect_err("garbage must not be accepted");
		let message = err.to_string();
		assert!(
			message.contains("decode")
				|| message.contains("Invalid")
				|| message.contains("invalid"),
			"unclear error: {message}"
		);

		tokio::time::sleep(Duration::from_secs(1)).await;
		let head_after = node.call("chain_getHeader", rpc_params![]).await?;
		assert_eq!(head_before, head_after, "no block was made");
		Ok(())
	})
	.await
}

#[tokio::test(flavor = "multi_thread")]
async fn account_without_funds_cannot_pay_the_fee() -> Result<()> {
	within(Duration::from_secs(120), async {
		let node = TestNode::start("reject-no-funds", ARGS).await?;
		let client = node.client().await?;
		let pauper = Keypair::from_uri(&SecretUri::from_str("//NoFundsAtAll")?)?;
		let bob = dev::bob();
		let bob_before = free_balance(&client, bob.public_key().0).await?;

		let transfer = transfer_keep_alive(&bob, 1_000_000_000u64);
		let signed = client
			.at_current_block()
			.await?
			.transactions()
			.create_signed(&transfer, &pauper, Default::default())
			.await?;
		let err = node
			.call("author_submitExtrinsic", rpc_params![to_hex(signed.encoded())])
			.await
			.expect_err("a sender without funds cannot pay the fee");
		let message = err.to_string();
		assert!(message.contains("Inability to pay some fees"), "unclear error: {message}");

		assert_eq!(node.best_number().await?, 0, "no block was made");
		assert_eq!(free_balance(&node.client().await?, bob.public_key().0).await?, bob_before);
		Ok(())
	})
	.await
}

#[tokio::test(flavor = "multi_thread")]
async fn transfer_over_the_balance_fails_and_moves_nothing() -> Result<()> {
	within(Duration::from_secs(120), async {
		let node = TestNode::start("reject-over-balance", ARGS).await?;
		let client = node.client().await?;
		// Dave holds 2 000 TAO.
		let (dave, bob) = (dev::dave(), dev::bob());
		let bob_before = free_balance(&client, bob.public_key().0).await?;
		let dave_before = free_balance(&client, dave.public_key().0).await?;

		let transfer = transfer_keep_alive(&bob, 5_000_000_000_000u64);
		let included = submit_and_finalize(&client, &transfer, &dave).await?;
		assert!(included.wait_for_success().await.is_err(), "the transfer must fail");

		let events = included.fetch_events().await?;
		let failure = events
			.iter()
			.filter_map(|e| e.ok())
			.find(|e| e.pallet_name() == "System" && e.event_name() == "ExtrinsicFailed")
			.ok_or("no System.ExtrinsicFailed event")?
			.decode_as::<Value>()?
			.to_string();
		assert!(failure.contains("FundsUnavailable"), "unclear failure: {failure}");

		let client = node.client().await?;
		assert_eq!(free_balance(&client, bob.public_key().0).await?, bob_before, "bob got nothing");
		let dave_after = free_balance(&client, dave.public_key().0).await?;
		// Dave pays the fee for the failed call (to the author, Alice) and nothing else.
		assert!(
			dave_after < dave_before && dave_before - dave_after < 1_000_000_000,
			"{dave_before} -> {dave_after}"
		);
		Ok(())
	})
	.await
}
