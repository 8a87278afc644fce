//! The node's JSON-RPC methods beside the standard ones sc-service installs (`chain_*`,
//! `state_*`, `author_*`, `system_*`): account nonces (`system_accountNextIndex`), fee queries
//! (`payment_*`), the chain's own (`delegateInfo_*`, `neuronInfo_*`, `subnetInfo_*`,
//! `stakeInfo_*`, `swap_*`: see `custom_rpc.rs`) and, on manually sealed chains,
//! `engine_createBlock` / `engine_finalizeBlock`.
//!
//! The `engine_*` methods make and finalize blocks, so they are unsafe methods: a connection the
//! node's RPC policy keeps from unsafe calls (`--rpc-methods safe`, or the default `auto` on a
//! public address) gets the same refusal as for `author_insertKey`.

use futures::channel::mpsc;
use jsonrpsee::{
	core::RegisterMethodError,
	types::{ErrorObject, ErrorObjectOwned},
	RpcModule,
};
use node_subtensor_runtime::{opaque::Block, AccountId, Balance, Nonce};
use sc_consensus_manual_seal::rpc::{EngineCommand, ManualSeal, ManualSealApiServer};
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};
use sp_runtime::traits::Block as BlockT;
use std::sync::Arc;

/// What the RPC methods need from the node.
pub struct FullDeps<C, P> {
	/// The client.
	pub client: Arc<C>,
	/// The transaction pool.
	pub pool: Arc<P>,
	/// Command channel of the manual-seal engine, when the node seals manually.
	pub manual_seal: Option<mpsc::Sender<EngineCommand<<Block as BlockT>::Hash>>>,
}

/// Builds the extra RPC methods.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ HeaderMetadata<Block, Error = BlockChainError>
		+ Send
		+ Sync
		+ 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>,
	C::Api: pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>,
	C::Api: BlockBuilder<Block>,
	C::Api: subtensor_runtime_api::DelegateInfoRuntimeApi<Block>
		+ subtensor_runtime_api::NeuronInfoRuntimeApi<Block>
		+ subtensor_runtime_api::SubnetInfoRuntimeApi<Block>
		+ subtensor_runtime_api::StakeInfoRuntimeApi<Block>
		+ subtensor_runtime_api::SubnetRegistrationRuntimeApi<Block>
		+ subtensor_swap_runtime_api::SwapRuntimeApi<Block>,
	P: TransactionPool + 'static,
{
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let FullDeps { client, pool, manual_seal } = deps;
	let mut module = RpcModule::new(());
	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(crate::custom_rpc::custom_methods(client)?)?;
	if let Some(commands) = manual_seal {
		module.merge(unsafe_methods(ManualSeal::new(commands).into_rpc())?)?;
	}
	Ok(module)
}

/// `inner`'s methods, each refused to connections that may not call unsafe methods.
fn unsafe_methods<Context: Send + Sync + 'static>(
	inner: RpcModule<Context>,
) -> Result<RpcModule<()>, RegisterMethodError> {
	let names: Vec<&'static str> = inner.method_names().collect();
	let inner = Arc::new(inner);
	let mut module = RpcModule::new(());
	for name in names {
		let inner = inner.clone();
		module.register_async_method(name, move |params, _, extensions| {
			let inner = inner.clone();
			async move {
				sc_rpc_api::check_if_safe(&extensions)?;
				forward(&inner, name, params.as_str()).await
			}
		})?;
	}
	Ok(module)
}

/// Calls `method` of `module` with the caller's JSON `params`; its result or its error.
async fn forward<Context>(
	module: &RpcModule<Context>,
	method: &str,
	params: Option<&str>,
) -> Result<serde_json::Value, ErrorObjectOwned> {
	let internal = |error: serde_json::Error| {
		ErrorObject::owned(
			jsonrpsee::types::error::INTERNAL_ERROR_CODE,
			error.to_string(),
			None::<()>,
		)
	};
	let request = serde_json::json!({
		"jsonrpc": "2.0",
		"id": 0,
		"method": method,
		"params": serde_json::from_str::<serde_json::Value>(params.unwrap_or("[]")).map_err(internal)?,
	});
	let (response, _) = module.raw_json_request(&request.to_string(), 1).await.map_err(internal)?;
	let mut response: serde_json::Value = serde_json::from_str(&response).map_err(internal)?;
	match response.get_mut("error").map(serde_json::Value::take) {
		Some(error) => Err(serde_json::from_value(error).map_err(internal)?),
		None => Ok(response.get_mut("result").map(serde_json::Value::take).unwrap_or_default()),
	}
}
