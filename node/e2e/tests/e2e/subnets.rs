//! The subnet workflow on the real dev node, through a real client: Alice creates and starts a
//! subnet, two miners register by burn, one serves an axon, and the storage reads back over
//! JSON-RPC. A root-only hyperparameter change works through Alice's sudo key and is refused
//! for Bob.

use node_subtensor_e2e::{
	free_balance, from_hex, submit_and_finalize,
	subtensor::{account_value, key, netuid, rao, serve_axon_args, storage, subtensor_call},
	subxt::dynamic::{At, Value},
	subxt_signer::sr25519::dev,
	transfer_keep_alive, within, Result, TestNode,
};
use std::time::Duration;

const ARGS: &[&str] = &["--dev", "--sealing", "instant"];
const TAO: u64 = 1_000_000_000;

#[tokio::test(flavor = "multi_thread")]
async fn subnet_lifecycle_on_the_dev_chain() -> Result<()> {
	within(Duration::from_secs(240), async {
		let node = TestNode::start("subnet-lifecycle", ARGS).await?;
		let client = node.client().await?;
		let (alice, bob, charlie) = (dev::alice(), dev::bob(), dev::charlie());
		let (owner_hotkey, bob_hotkey, charlie_hotkey) =
			(key("//Alice//owner-hk")?, key("//Bob//miner-hk")?, key("//Charlie//miner-hk")?);

		// Alice creates subnet 1 (the lock is 1000 TAO) and starts it.
		let events =
			subtensor_call(&client, "register_network", vec![account_value(&owner_hotkey)], &alice)
				.await?;
		assert!(events.contains(&"SubtensorModule.NetworkAdded".to_string()), "{events:?}");
		subtensor_call(&client, "start_call", vec![netuid(1)], &alice).await?;

		// Bob and Charlie register their hotkeys by burn.
		for (coldkey, hotkey) in [(&bob, &bob_hotkey), (&charlie, &charlie_hotkey)] {
			let events = subtensor_call(
				&client,
				"burned_register",
				vec![netuid(1), account_value(hotkey)],
				coldkey,
			)
			.await?;
			assert!(events.contains(&"SubtensorModule.NeuronRegistered".to_string()), "{events:?}");
		}

		// Bob's hotkey serves its axon (free, but the account must exist to sign).
		submit_and_finalize(&client, &transfer_keep_alive(&bob_hotkey, TAO), &bob)
			.await?
			.wait_for_success()
			.await?;
		let ip: u128 = 0x0a00_0001;
		subtensor_call(&client, "serve_axon", serve_axon_args(1, 3, ip, 8091), &bob_hotkey).await?;

		// Everything reads back over JSON-RPC.
		let n = storage(&client, "SubnetworkN", vec![netuid(1)]).await?.ok_or("no SubnetworkN")?;
		assert_eq!(n.as_u128(), Some(3));
		let owner = storage(&client, "SubnetOwner", vec![netuid(1)]).await?.ok_or("no owner")?;
		let alice_account = Value::unnamed_composite([account_value(&alice)]);
		assert_eq!(owner.remove_context(), alice_account, "Alice owns subnet 1");
		let uid = storage(&client, "Uids", vec![netuid(1), account_value(&charlie_hotkey)])
			.await?
			.ok_or("charlie's hotkey has no uid")?;
		assert_eq!(uid.as_u128(), Some(2));
		assert!(storage(&client, "Uids", vec![netuid(1), account_value(&alice)]).await?.is_none());
		let axon = storage(&client, "Axons", vec![netuid(1), account_value(&bob_hotkey)])
			.await?
			.ok_or("no axon")?;
		assert_eq!(axon.at("ip").and_then(|v| v.as_u128()), Some(ip));
		assert_eq!(axon.at("port").and_then(|v| v.as_u128()), Some(8091));
		// TAO amounts are `TaoBalance(u64)`: a one-field composite.
		let locked = storage(&client, "SubnetLocked", vec![netuid(1)]).await?.ok_or("no lock")?;
		assert_eq!(rao(&locked), Some(u128::from(1_000 * TAO)));

		// A root-only hyperparameter: through Alice's sudo key it changes, Bob is refused
		// both through sudo and when signing it himself.
		let set_kappa = |kappa: u128| {
			Value::unnamed_variant(
				"AdminUtils",
				[Value::named_variant(
					"sudo_set_kappa",
					[("netuid", netuid(1)), ("kappa", Value::u128(kappa))],
				)],
			)
		};
		let kappa = || async { storage(&client, "Kappa", vec![netuid(1)]).await };
		let sudo = node_subtensor_e2e::subxt::dynamic::tx("Sudo", "sudo", vec![set_kappa(40_000)]);
		let included = submit_and_finalize(&client, &sudo, &alice).await?;
		let events = included.wait_for_success().await?;
		let sudid = events
			.iter()
			.filter_map(|e| e.ok())
			.find(|e| e.event_name() == "Sudid")
			.ok_or("no Sudid event")?
			.decode_as::<Value>()?
			.to_string();
		assert!(sudid.contains("Ok"), "{sudid}");
		assert_eq!(kappa().await?.and_then(|v| v.as_u128()), Some(40_000));

		let sudo = node_subtensor_e2e::subxt::dynamic::tx("Sudo", "sudo", vec![set_kappa(1)]);
		let included = submit_and_finalize(&client, &sudo, &bob).await?;
		let refused = included.wait_for_success().await.expect_err("Bob is not the sudo key");
		assert!(refused.to_string().contains("RequireSudo"), "unclear refusal: {refused}");
		let direct = node_subtensor_e2e::subxt::dynamic::tx(
			"AdminUtils",
			"sudo_set_kappa",
			vec![netuid(1), Value::u128(1)],
		);
		let included = submit_and_finalize(&client, &direct, &bob).await?;
		let refused = included.wait_for_success().await.expect_err("kappa is root-only");
		assert!(refused.to_string().contains("Bad origin"), "unclear refusal: {refused}");
		assert_eq!(kappa().await?.and_then(|v| v.as_u128()), Some(40_000));
		Ok(())
	})
	.await
}

/// The faucet's proof of work: `keccak256(sha256(nonce LE ‖ keccak256(block_hash ‖ account)))`.
fn seal(block_hash: &[u8], account: &[u8; 32], nonce: u64) -> [u8; 32] {
	use sp_crypto_hashing::{keccak_256, sha2_256};
	let mut preimage = nonce.to_le_bytes().to_vec();
	preimage.extend(keccak_256(&[block_hash, account].concat()));
	keccak_256(&sha2_256(&preimage))
}

/// Whether the seal, as a little-endian 256-bit number, times `difficulty` fits in 256 bits.
fn meets_difficulty(seal: &[u8; 32], difficulty: u64) -> bool {
	let mut carry = 0u128;
	for limb in seal.chunks(8) {
		let limb = u64::from_le_bytes(limb.try_into().expect("8-byte limb"));
		carry = (u128::from(limb) * u128::from(difficulty) + carry) >> 64;
	}
	carry == 0
}

#[tokio::test(flavor = "multi_thread")]
async fn the_dev_faucet_pays_for_a_proof_of_work() -> Result<()> {
	within(Duration::from_secs(180), async {
		let node = TestNode::start("faucet", ARGS).await?;
		let client = node.client().await?;
		let dave = dev::dave();
		let before = free_balance(&client, dave.public_key().0).await?;

		// Mine on the best block; the faucet call lands in the next one.
		let block = node.best_number().await?;
		let hash = from_hex(&node.block_hash(block).await?.ok_or("no best block hash")?)?;
		let account = dave.public_key().0;
		let (nonce, work) = (0u64..)
			.map(|nonce| (nonce, seal(&hash, &account, nonce)))
			.find(|(_, work)| meets_difficulty(work, 1_000_000))
			.ok_or("no nonce")?;
		let args =
			vec![Value::u128(block.into()), Value::u128(nonce.into()), Value::from_bytes(work)];
		let events = subtensor_call(&client, "faucet", args, &dave).await?;
		assert!(events.contains(&"SubtensorModule.Faucet".to_string()), "{events:?}");

		// 1000 TAO arrive and the call is free.
		let after = free_balance(&node.client().await?, dave.public_key().0).await?;
		assert_eq!(after - before, u128::from(1_000 * TAO));
		Ok(())
	})
	.await
}
