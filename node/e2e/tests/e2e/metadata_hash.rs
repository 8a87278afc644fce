//! `CheckMetadataHash`: the runtime carries the digest of its own metadata, so a signer that
//! commits to the metadata it was shown (as hardware wallets do, mode 1) gets its transaction
//! accepted, and one that was shown different metadata is refused.
//!
//! subxt only signs with the extension disabled, so this test builds the signed extrinsic by
//! hand, byte for byte, as a hardware wallet would.

use merkleized_metadata::{generate_metadata_digest, ExtraInfo};
use node_subtensor_e2e::{
	free_balance, from_hex,
	subxt::{
		ext::{
			codec::{Compact, Decode, Encode},
			frame_metadata::RuntimeMetadataPrefixed,
		},
		rpcs::rpc_params,
	},
	subxt_signer::sr25519::{dev, Keypair},
	to_hex, within, Result, TestNode,
};
use serde_json::Value;
use std::time::Duration;

/// The metadata digest a wallet computes from the node's V15 metadata and chain facts.
async fn metadata_digest(node: &TestNode) -> Result<[u8; 32]> {
	let result =
		node.call("state_call", rpc_params!["Metadata_metadata_at_version", "0x0f000000"]).await?;
	let opaque = Option::<Vec<u8>>::decode(&mut &from_hex(result.as_str().ok_or("not hex")?)?[..])?
		.ok_or("no V15 metadata")?;
	let metadata = RuntimeMetadataPrefixed::decode(&mut &opaque[..])?.1;
	let version = node.call("state_getRuntimeVersion", rpc_params![]).await?;
	let extra = ExtraInfo {
		spec_version: version["specVersion"].as_u64().ok_or("no specVersion")? as u32,
		spec_name: version["specName"].as_str().ok_or("no specName")?.to_string(),
		base58_prefix: 42,
		decimals: 9,
		token_symbol: "TAO".into(),
	};
	Ok(generate_metadata_digest(&metadata, extra)?.hash())
}

/// A signed `Balances::transfer_keep_alive(dest, amount)` with `CheckMetadataHash` in mode 1.
async fn transfer_committing_to(
	node: &TestNode,
	signer: &Keypair,
	dest: [u8; 32],
	amount: u64,
	metadata_hash: [u8; 32],
) -> Result<Vec<u8>> {
	let version = node.call("state_getRuntimeVersion", rpc_params![]).await?;
	let spec_version = version["specVersion"].as_u64().ok_or("no specVersion")? as u32;
	let tx_version = version["transactionVersion"].as_u64().ok_or("no transactionVersion")? as u32;
	let genesis = from_hex(
		node.call("chain_getBlockHash", rpc_params![0]).await?.as_str().ok_or("no genesis")?,
	)?;
	let signer_id = signer.public_key().0;
	let at = node.client().await?.at_current_block().await?;
	let nonce = at.transactions().account_nonce(&signer.public_key().to_account_id()).await? as u32;

	// Balances (5) :: transfer_keep_alive (3) { dest: MultiAddress::Id, value: Compact }
	let mut call = vec![5u8, 3, 0];
	call.extend_from_slice(&dest);
	Compact(amount).encode_to(&mut call);

	// Explicit: immortal era, nonce, tip 0, metadata-hash mode 1.
	let mut explicit = vec![0u8];
	Compact(nonce).encode_to(&mut explicit);
	Compact(0u64).encode_to(&mut explicit);
	explicit.push(1);
	// Implicit: spec version, tx version, genesis, era birth block (genesis), Some(hash).
	let mut implicit = Vec::new();
	spec_version.encode_to(&mut implicit);
	tx_version.encode_to(&mut implicit);
	implicit.extend_from_slice(&genesis);
	implicit.extend_from_slice(&genesis);
	Some(metadata_hash).encode_to(&mut implicit);

	let payload = [call.as_slice(), &explicit, &implicit].concat();
	let signature = if payload.len() > 256 {
		signer.sign(&sp_crypto_hashing::blake2_256(&payload))
	} else {
		signer.sign(&payload)
	};

	// Extrinsic v4, signed: address (MultiAddress::Id), signature (MultiSignature::Sr25519).
	let mut body = vec![0x84u8, 0];
	body.extend_from_slice(&signer_id);
	body.push(1);
	body.extend_from_slice(&signature.0);
	body.extend_from_slice(&explicit);
	body.extend_from_slice(&call);
	let mut extrinsic = Compact(body.len() as u32).encode();
	extrinsic.extend_from_slice(&body);
	Ok(extrinsic)
}

#[tokio::test(flavor = "multi_thread")]
async fn transaction_committing_to_the_metadata_hash_is_accepted() -> Result<()> {
	within(Duration::from_secs(120), async {
		let node = TestNode::start("metadata-hash", &["--dev", "--sealing", "instant"]).await?;
		let (alice, bob) = (dev::alice(), dev::bob());
		let bob_id = bob.public_key().0;
		let bob_before = free_balance(&node.client().await?, bob_id).await?;
		let digest = metadata_digest(&node).await?;

		// Shown other metadata: the signature does not match what the runtime checks.
		let mut wrong = digest;
		wrong[0] ^= 0xff;
		let forged = transfer_committing_to(&node, &alice, bob_id, 1_000_000_000, wrong).await?;
		let err = node
			.call("author_submitExtrinsic", rpc_params![to_hex(&forged)])
			.await
			.expect_err("a signature over another metadata hash must be refused");
		assert!(err.to_string().contains("bad signature"), "unclear error: {err}");

		// Shown this chain's metadata: accepted and executed.
		let good = transfer_committing_to(&node, &alice, bob_id, 1_000_000_000, digest).await?;
		let hash: Value = node.call("author_submitExtrinsic", rpc_params![to_hex(&good)]).await?;
		assert!(hash.is_string(), "{hash}");
		node.wait_for_finalized(1, Duration::from_secs(30)).await?;
		assert_eq!(free_balance(&node.client().await?, bob_id).await?, bob_before + 1_000_000_000);
		Ok(())
	})
	.await
}
