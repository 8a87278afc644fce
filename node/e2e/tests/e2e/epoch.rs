//! The epoch and emission on the real dev node (tempo 10, a block every 200 ms) through a real
//! client: two validators and two miners register and are staked, the validators get permits
//! from an epoch, set weights from hotkeys that hold no TAO, and the next epochs' incentive,
//! consensus and dividends read back over JSON-RPC follow the weights; the emission they pay
//! out shows in the miners' and validators' stake, and the subnet's TAO share is minted.

use node_subtensor_e2e::{
	subtensor::{
		account_value, amount, elements, netuid, per_uid, rao, runtime_api, set_weights, storage,
		subnet_with_validators_and_miners, wait_for, TestSubnet, TAO,
	},
	subxt::dynamic::At,
	subxt_signer::sr25519::{dev, Keypair},
	within, Client, Result, TestNode,
};
use std::time::Duration;

const ARGS: &[&str] = &["--dev", "--sealing", "200"];

/// Alpha staked to `hotkey` on subnet 1, in rao.
async fn stake_on_subnet(client: &Client, hotkey: &Keypair) -> Result<u128> {
	let value = storage(client, "TotalHotkeyAlpha", vec![account_value(hotkey), netuid(1)]).await?;
	Ok(value.as_ref().and_then(rao).unwrap_or(0))
}

/// TAO issued so far (`SubtensorModule::TotalIssuance`), in rao.
async fn total_issuance(client: &Client) -> Result<u128> {
	Ok(storage(client, "TotalIssuance", vec![]).await?.as_ref().and_then(rao).unwrap_or(0))
}

#[tokio::test(flavor = "multi_thread")]
async fn validators_weights_become_incentive_and_dividends() -> Result<()> {
	within(Duration::from_secs(300), async {
		let node = TestNode::start("epoch", ARGS).await?;
		let client = node.client().await?;
		let TestSubnet { validators, miners } = subnet_with_validators_and_miners(&client).await?;
		let limit = Duration::from_secs(60);
		let issued = total_issuance(&client).await?;
		let validator_stake = stake_on_subnet(&client, &validators[0]).await?;

		// Both score miner 4 three times as high as miner 3, signing with hotkeys that hold
		// no TAO (setting weights is free).
		for validator in &validators {
			set_weights(&client, validator, &[3, 4], &[1, 3]).await?;
		}
		let incentive =
			wait_for(&client, "Incentive", limit, |i| i.get(4).is_some_and(|x| *x > 0)).await?;
		assert_eq!(incentive, vec![0, 0, 0, 16_383, 49_151]);
		let consensus = per_uid(&client, "Consensus", None).await?;
		assert_eq!(consensus, vec![0, 0, 0, 16_383, 49_151]);
		// Once both weights are in an epoch, the validators share the dividends by stake (Bob's
		// first 300 TAO bought more alpha than his later 100).
		let dividends =
			wait_for(&client, "Dividends", limit, |d| d.get(2).is_some_and(|x| *x > 0)).await?;
		assert_eq!(dividends.len(), 5);
		let (first, second) = (dividends[1], dividends[2]);
		assert!(first + second >= 65_533 && first > 2 * second, "{dividends:?}");
		let trust = per_uid(&client, "ValidatorTrust", None).await?;
		assert!(trust[1] > 65_000 && trust[2] > 65_000, "{trust:?}");
		// What the epochs paid: miner 4 earned three times miner 3's alpha, the validators
		// their dividends, all staked; and the subnet's TAO share was minted.
		let emission =
			wait_for(&client, "Emission", limit, |e| e.iter().skip(1).all(|x| *x > 0)).await?;
		let (miner_3, miner_4) = (emission[3] as f64, emission[4] as f64);
		assert!((miner_4 / miner_3 - 3.0).abs() < 0.01, "{emission:?}");
		assert!(stake_on_subnet(&client, &miners[1]).await? > 0);
		assert!(stake_on_subnet(&client, &validators[0]).await? > validator_stake);
		// The neuron view of the runtime API shows the same epoch.
		let neurons =
			runtime_api(&client, "NeuronInfoRuntimeApi", "get_neurons_lite", vec![netuid(1)])
				.await?;
		let neurons = elements(&neurons);
		assert_eq!(neurons.len(), 5);
		let field = |uid: usize, name: &str| {
			let value = neurons[uid].at(name).ok_or(format!("no {name}"))?;
			value.as_u128().or_else(|| rao(value)).ok_or(format!("{name} is not a number"))
		};
		assert_eq!(field(4, "incentive")?, 49_151);
		assert!(field(1, "dividends")? > 0 && field(3, "emission")? > 0);
		// The miners' incentive shows as Charlie's two stake positions; the pool quotes trades.
		let coldkey = vec![account_value(&dev::charlie())];
		let rows =
			runtime_api(&client, "StakeInfoRuntimeApi", "get_stake_info_for_coldkey", coldkey)
				.await?;
		let rows = elements(&rows);
		assert_eq!(rows.len(), 2, "{rows:?}");
		for row in rows {
			let stake = row.at("stake").and_then(|v| v.as_u128().or_else(|| rao(v)));
			assert!(stake.is_some_and(|s| s > 0), "{row:?}");
		}
		let price = runtime_api(&client, "SwapRuntimeApi", "current_alpha_price", vec![netuid(1)])
			.await?
			.as_u128();
		assert!(price.is_some_and(|p| p > 0), "{price:?}");
		let args = vec![netuid(1), amount(TAO)];
		let quote = runtime_api(&client, "SwapRuntimeApi", "sim_swap_tao_for_alpha", args).await?;
		let fee = quote.at("tao_fee").and_then(rao);
		assert!(fee.is_some_and(|f| f > 0), "{quote:?}");
		let minted = total_issuance(&client).await? - issued;
		assert!(minted >= u128::from(TAO), "{minted} rao minted");
		eprintln!(
			"after the epochs: incentive {incentive:?}, dividends {dividends:?}, emission \
			 {emission:?}, {minted} rao minted"
		);
		Ok(())
	})
	.await
}
