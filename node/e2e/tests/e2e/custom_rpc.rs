//! The chain's own JSON-RPC methods (`delegateInfo_*`, `neuronInfo_*`, `subnetInfo_*`,
//! `stakeInfo_*`, `swap_*`) on the real node: each SCALE answer is byte for byte what the
//! runtime API of the same meaning returns through `state_call`, at the best block or at the
//! block named, and malformed arguments get invalid-params errors naming them.

use node_subtensor_e2e::{
	from_hex,
	subxt::rpcs::{client::RpcParams, rpc_params},
	to_hex, within, Result, TestNode,
};
use serde_json::{json, Value};
use std::time::Duration;

/// Alice's SS58 address.
const ALICE: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

/// `state_call` of `api_method` with SCALE `args`, at `at` (the best block if `None`).
async fn state_call(
	node: &TestNode,
	api_method: &str,
	args: &[u8],
	at: Option<&str>,
) -> Result<Vec<u8>> {
	let answer = node.call("state_call", rpc_params![api_method, to_hex(args), at]).await?;
	from_hex(answer.as_str().ok_or("state_call answered no hex string")?)
}

/// The bytes of a JSON array of numbers.
fn bytes(value: &Value) -> Result<Vec<u8>> {
	let items = value.as_array().ok_or_else(|| format!("not a byte array: {value}"))?;
	items
		.iter()
		.map(|x| x.as_u64().and_then(|x| u8::try_from(x).ok()).ok_or_else(|| "not a byte".into()))
		.collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn custom_rpc_methods_answer_what_the_runtime_apis_do() -> Result<()> {
	within(Duration::from_secs(120), async {
		let node = TestNode::start("custom-rpc", &["--dev", "--sealing", "manual"]).await?;
		node.call("engine_createBlock", rpc_params![true, true, Value::Null]).await?;
		let genesis = node.block_hash(0).await?.ok_or("no genesis hash")?;
		let alice = alice_key();
		let root = 0u16.to_le_bytes().to_vec();
		let root_and_mechanism_zero = [0u8, 0, 0].to_vec();
		let tao = [root.clone(), 1_000_000_000u64.to_le_bytes().to_vec()].concat();
		let cases: Vec<(&str, Value, &str, Vec<u8>)> = vec![
			(
				"delegateInfo_getDelegates",
				json!([]),
				"DelegateInfoRuntimeApi_get_delegates",
				vec![],
			),
			(
				"delegateInfo_getDelegate",
				json!([alice.to_vec()]),
				"DelegateInfoRuntimeApi_get_delegate",
				alice.to_vec(),
			),
			(
				"delegateInfo_getDelegated",
				json!([alice.to_vec()]),
				"DelegateInfoRuntimeApi_get_delegated",
				alice.to_vec(),
			),
			(
				"neuronInfo_getNeuronsLite",
				json!([0]),
				"NeuronInfoRuntimeApi_get_neurons_lite",
				root.clone(),
			),
			(
				"neuronInfo_getNeuron",
				json!([0, 0]),
				"NeuronInfoRuntimeApi_get_neuron",
				[root.clone(), root.clone()].concat(),
			),
			(
				"subnetInfo_getSubnetInfo",
				json!([0]),
				"SubnetInfoRuntimeApi_get_subnet_info",
				root.clone(),
			),
			(
				"subnetInfo_getSubnetsInfo_v2",
				json!([]),
				"SubnetInfoRuntimeApi_get_subnets_info_v2",
				vec![],
			),
			(
				"subnetInfo_getSubnetHyperparamsV2",
				json!([0]),
				"SubnetInfoRuntimeApi_get_subnet_hyperparams_v2",
				root.clone(),
			),
			(
				"subnetInfo_getAllDynamicInfo",
				json!([]),
				"SubnetInfoRuntimeApi_get_all_dynamic_info",
				vec![],
			),
			(
				"subnetInfo_getMetagraph",
				json!([0]),
				"SubnetInfoRuntimeApi_get_metagraph",
				root.clone(),
			),
			(
				"subnetInfo_getMechagraph",
				json!([0, 0]),
				"SubnetInfoRuntimeApi_get_mechagraph",
				root_and_mechanism_zero,
			),
			(
				"subnetInfo_getSubnetAccountId",
				json!([0]),
				"SubnetInfoRuntimeApi_get_subnet_account_id",
				root.clone(),
			),
			(
				"stakeInfo_getColdkeyLock",
				json!([ALICE, 0]),
				"StakeInfoRuntimeApi_get_coldkey_lock",
				[alice.to_vec(), root.clone()].concat(),
			),
			(
				"swap_simSwapTaoForAlpha",
				json!([0, 1_000_000_000u64]),
				"SwapRuntimeApi_sim_swap_tao_for_alpha",
				tao,
			),
		];
		for (method, params, api_method, args) in cases {
			let answer = node.call(method, rpc_params_from(&params)?).await?;
			let expected = state_call(&node, api_method, &args, None).await?;
			assert_eq!(bytes(&answer)?, expected, "{method}");
		}
		// At a named block: the genesis metagraph, whose block number is 0.
		let at_genesis = node.call("subnetInfo_getMetagraph", rpc_params![0, &genesis]).await?;
		let expected = state_call(
			&node,
			"SubnetInfoRuntimeApi_get_metagraph",
			&[0, 0],
			Some(genesis.as_str()),
		)
		.await?;
		assert_eq!(bytes(&at_genesis)?, expected);
		assert_ne!(
			expected,
			state_call(&node, "SubnetInfoRuntimeApi_get_metagraph", &[0, 0], None).await?
		);

		// The plain JSON answers.
		let cost = node.call("subnetInfo_getLockCost", rpc_params![]).await?;
		let scale_cost = state_call(
			&node,
			"SubnetRegistrationRuntimeApi_get_network_registration_cost",
			&[],
			None,
		)
		.await?;
		assert_eq!(cost.as_u64().map(u64::to_le_bytes).map(Vec::from), Some(scale_cost));
		assert_eq!(node.call("subnetInfo_getSubnetToPrune", rpc_params![]).await?, Value::Null);
		let prices = node.call("swap_currentAlphaPriceAll", rpc_params![]).await?;
		assert_eq!(prices[0]["netuid"], 0, "{prices}");
		assert_eq!(
			node.call("swap_currentAlphaPrice", rpc_params![0]).await?,
			json!(1_000_000_000u64)
		);

		// Malformed arguments are named.
		let error = refused(&node, "neuronInfo_getNeuron", json!(["one", 0])).await?;
		assert!(error.contains("-32602") && error.contains("invalid netuid"), "{error}");
		let error = refused(&node, "delegateInfo_getDelegate", json!([vec![1u8; 31]])).await?;
		assert!(error.contains("invalid account: 31 bytes"), "{error}");
		let error =
			refused(&node, "stakeInfo_getColdkeyLock", json!(["not-an-address", 0])).await?;
		assert!(error.contains("invalid account"), "{error}");
		Ok(())
	})
	.await
}

/// Alice's public key.
fn alice_key() -> [u8; 32] {
	node_subtensor_e2e::subxt_signer::sr25519::dev::alice().public_key().0
}

/// The JSON array `params` as positional RPC parameters.
fn rpc_params_from(params: &Value) -> Result<RpcParams> {
	let mut out = rpc_params![];
	for param in params.as_array().into_iter().flatten() {
		out.push(param.clone())?;
	}
	Ok(out)
}

/// The error `method` answers to `params` (an error if it answers without one).
async fn refused(node: &TestNode, method: &str, params: Value) -> Result<String> {
	match node.call(method, rpc_params_from(&params)?).await {
		Ok(answer) => Err(format!("{method} accepted {params}: {answer}").into()),
		Err(error) => Ok(error.to_string()),
	}
}
