//! The JSON-RPC server as an exposed node runs it: unsafe methods refused (`--rpc-methods safe`,
//! what the default `auto` becomes on a public address), and malformed or oversized requests
//! answered with JSON-RPC errors while the node keeps serving.

use node_subtensor_e2e::{http, subxt::rpcs::rpc_params, within, Result, TestNode};
use serde_json::Value;
use std::time::Duration;

/// POSTs `body` to the node's HTTP JSON-RPC endpoint; the status code and the JSON answer.
async fn post(node: &TestNode, body: Vec<u8>) -> Result<(u16, Value)> {
	let (status, answer) = http(node.rpc_port, "POST", "/", body).await?;
	Ok((status, serde_json::from_str(answer.trim())?))
}

/// A JSON-RPC request of `method` with `params`.
fn request(method: &str, params: Value) -> Vec<u8> {
	serde_json::json!({ "jsonrpc": "2.0", "id": 1, "method": method, "params": params })
		.to_string()
		.into_bytes()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_exposed_rpc_refuses_unsafe_calls_and_bad_requests_and_keeps_serving() -> Result<()> {
	within(Duration::from_secs(120), async {
		let args = ["--dev", "--sealing", "manual", "--rpc-methods", "safe"];
		let node = TestNode::start("rpc-safe", &args).await?;

		// Keys and block production stay out of reach.
		for (method, params) in [
			("author_rotateKeys", serde_json::json!([])),
			("author_insertKey", serde_json::json!(["aura", "//Bob", "0x00"])),
			("engine_createBlock", serde_json::json!([true, true, null])),
			("engine_finalizeBlock", serde_json::json!(["0x00"])),
		] {
			let (_, answer) = post(&node, request(method, params)).await?;
			let message = answer["error"]["message"].as_str().unwrap_or_default();
			assert!(message.contains("unsafe"), "{method} was not refused: {answer}");
		}
		assert_eq!(node.best_number().await?, 0, "a refused engine_createBlock made a block");

		// Malformed JSON: a parse error.
		let (_, answer) = post(&node, br#"{"jsonrpc":"2.0","id":1,"method":"#.to_vec()).await?;
		assert_eq!(answer["error"]["code"], -32700, "{answer}");

		// A request over the 15 MiB limit: refused as too big.
		let oversized = request("system_health", serde_json::json!(["a".repeat(16 << 20)]));
		let (status, answer) = post(&node, oversized).await?;
		assert_eq!(status, 413, "{answer}");
		assert_eq!(answer["error"]["code"], -32007, "{answer}");

		// And the node still answers.
		let health = node.call("system_health", rpc_params![]).await?;
		assert_eq!(health["isSyncing"], false, "{health}");
		let (status, answer) = post(&node, request("system_chain", serde_json::json!([]))).await?;
		assert_eq!((status, answer["result"].as_str()), (200, Some("Bittensor Development")));
		Ok(())
	})
	.await
}
