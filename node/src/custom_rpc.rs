//! The chain's own JSON-RPC methods, as the real chain's older tools call them:
//! `delegateInfo_*`, `neuronInfo_*`, `subnetInfo_*` and `stakeInfo_getColdkeyLock` answer the
//! runtime API method of the same meaning with its result SCALE-encoded (a JSON array of
//! bytes, which the tools decode with the metadata's types); `swap_*` give the pools' prices
//! and simulated trades. Every method takes the block hash as an optional last parameter and
//! answers at the best block without it.
//!
//! Arguments are positional: netuids, UIDs and mechanism ids as numbers, accounts as SS58
//! strings (`subnetInfo_getColdkeyAutoStakeHotkey`, `stakeInfo_getColdkeyLock`) or, where the
//! reference takes them so, as the account's 32 bytes in an array (`delegateInfo_getDelegate`,
//! `delegateInfo_getDelegated`). A malformed argument is answered with JSON-RPC's invalid-params
//! error naming it; a failed runtime call with error code 1 naming the method.

use codec::{Decode, Encode};
use jsonrpsee::{
	core::RegisterMethodError,
	types::{error::INVALID_PARAMS_CODE, ErrorObject, ErrorObjectOwned, ParamsSequence},
	RpcModule,
};
use node_subtensor_runtime::opaque::Block;
use sp_api::{ApiError, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_runtime::{traits::Block as BlockT, AccountId32};
use std::sync::Arc;
use subtensor_common::{AlphaBalance, NetUid, TaoBalance};
use subtensor_runtime_api::{
	DelegateInfoRuntimeApi, NeuronInfoRuntimeApi, StakeInfoRuntimeApi, SubnetInfoRuntimeApi,
	SubnetRegistrationRuntimeApi,
};
use subtensor_swap_runtime_api::SwapRuntimeApi;

/// A block hash.
type Hash = <Block as BlockT>::Hash;

/// What a method answers: JSON, or the JSON-RPC error.
type Answer = Result<serde_json::Value, ErrorObjectOwned>;

/// The arguments the methods take, each parsed from the next positional parameter.
mod arg {
	use super::*;

	/// The invalid-params error for argument `name`.
	fn invalid(name: &str, error: impl std::fmt::Display) -> ErrorObjectOwned {
		ErrorObject::owned(INVALID_PARAMS_CODE, format!("invalid {name}: {error}"), None::<()>)
	}

	/// A netuid (a number up to 65535).
	pub fn netuid(params: &mut ParamsSequence) -> Result<NetUid, ErrorObjectOwned> {
		params.next::<u16>().map(NetUid::new).map_err(|e| invalid("netuid", e.message()))
	}

	/// A UID (a number up to 65535).
	pub fn uid(params: &mut ParamsSequence) -> Result<u16, ErrorObjectOwned> {
		params.next::<u16>().map_err(|e| invalid("uid", e.message()))
	}

	/// A mechanism id (a number up to 255).
	pub fn mecid(params: &mut ParamsSequence) -> Result<u8, ErrorObjectOwned> {
		params.next::<u8>().map_err(|e| invalid("mechanism id", e.message()))
	}

	/// Metagraph field indexes (an array of numbers).
	pub fn indexes(params: &mut ParamsSequence) -> Result<Vec<u16>, ErrorObjectOwned> {
		params.next::<Vec<u16>>().map_err(|e| invalid("metagraph indexes", e.message()))
	}

	/// An account as its SS58 address.
	pub fn account(params: &mut ParamsSequence) -> Result<AccountId32, ErrorObjectOwned> {
		params.next::<AccountId32>().map_err(|e| invalid("account", e.message()))
	}

	/// An account as its 32 bytes, in an array of numbers.
	pub fn account_bytes(params: &mut ParamsSequence) -> Result<AccountId32, ErrorObjectOwned> {
		let bytes = params.next::<Vec<u8>>().map_err(|e| invalid("account", e.message()))?;
		AccountId32::decode(&mut &bytes[..])
			.ok()
			.filter(|_| bytes.len() == 32)
			.ok_or_else(|| invalid("account", format!("{} bytes, not 32", bytes.len())))
	}

	/// An amount of TAO in rao.
	pub fn tao(params: &mut ParamsSequence) -> Result<TaoBalance, ErrorObjectOwned> {
		params.next::<u64>().map(TaoBalance::new).map_err(|e| invalid("tao", e.message()))
	}

	/// An amount of alpha in rao.
	pub fn alpha(params: &mut ParamsSequence) -> Result<AlphaBalance, ErrorObjectOwned> {
		params.next::<u64>().map(AlphaBalance::new).map_err(|e| invalid("alpha", e.message()))
	}

	/// The optional block hash (the best block when absent or null).
	pub fn at<C: HeaderBackend<Block>>(
		client: &C,
		params: &mut ParamsSequence,
	) -> Result<Hash, ErrorObjectOwned> {
		let at = params.optional_next::<Hash>().map_err(|e| invalid("block hash", e.message()))?;
		Ok(at.unwrap_or_else(|| client.info().best_hash))
	}
}

/// How a method's result is sent.
mod reply {
	use super::*;

	/// The result SCALE-encoded, as a JSON array of bytes.
	pub fn scale<R: Encode>(method: &str, result: Result<R, ApiError>) -> Answer {
		json(method, result.map(|value| value.encode()))
	}

	/// The result as JSON.
	pub fn json<R: serde::Serialize>(method: &str, result: Result<R, ApiError>) -> Answer {
		let value = result.map_err(|error| {
			ErrorObject::owned(1, format!("{method} failed: {error}"), None::<()>)
		})?;
		serde_json::to_value(value)
			.map_err(|error| ErrorObject::owned(1, format!("{method}: {error}"), None::<()>))
	}
}

/// Registers, for each `"name" => api_method(arg kinds…) as reply`, a blocking method that
/// parses the arguments (then the optional block hash), calls the runtime API method at that
/// block and answers with `reply::<reply>`.
macro_rules! runtime_methods {
	($module:ident, $client:ident; $($name:literal => $method:ident($($kind:ident),*) as $reply:ident;)+) => {
		$(
			let client = $client.clone();
			$module.register_blocking_method($name, move |params, _, _| -> Answer {
				let mut params = params.sequence();
				$(let $kind = arg::$kind(&mut params)?;)*
				let at = arg::at(&*client, &mut params)?;
				reply::$reply($name, client.runtime_api().$method(at, $($kind),*))
			})?;
		)+
	};
}

/// The methods above, answered by `client`.
pub fn custom_methods<C>(client: Arc<C>) -> Result<RpcModule<()>, RegisterMethodError>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: DelegateInfoRuntimeApi<Block>
		+ NeuronInfoRuntimeApi<Block>
		+ SubnetInfoRuntimeApi<Block>
		+ StakeInfoRuntimeApi<Block>
		+ SubnetRegistrationRuntimeApi<Block>
		+ SwapRuntimeApi<Block>,
{
	let mut module = RpcModule::new(());
	runtime_methods! { module, client;
		"delegateInfo_getDelegates" => get_delegates() as scale;
		"delegateInfo_getDelegate" => get_delegate(account_bytes) as scale;
		"delegateInfo_getDelegated" => get_delegated(account_bytes) as scale;
		"neuronInfo_getNeuronsLite" => get_neurons_lite(netuid) as scale;
		"neuronInfo_getNeuronLite" => get_neuron_lite(netuid, uid) as scale;
		"neuronInfo_getNeurons" => get_neurons(netuid) as scale;
		"neuronInfo_getNeuron" => get_neuron(netuid, uid) as scale;
		"subnetInfo_getSubnetInfo" => get_subnet_info(netuid) as scale;
		"subnetInfo_getSubnetsInfo" => get_subnets_info() as scale;
		"subnetInfo_getSubnetInfo_v2" => get_subnet_info_v2(netuid) as scale;
		"subnetInfo_getSubnetsInfo_v2" => get_subnets_info_v2() as scale;
		"subnetInfo_getSubnetHyperparams" => get_subnet_hyperparams(netuid) as scale;
		"subnetInfo_getSubnetHyperparamsV2" => get_subnet_hyperparams_v2(netuid) as scale;
		"subnetInfo_getAllDynamicInfo" => get_all_dynamic_info() as scale;
		"subnetInfo_getDynamicInfo" => get_dynamic_info(netuid) as scale;
		"subnetInfo_getAllMetagraphs" => get_all_metagraphs() as scale;
		"subnetInfo_getMetagraph" => get_metagraph(netuid) as scale;
		"subnetInfo_getAllMechagraphs" => get_all_mechagraphs() as scale;
		"subnetInfo_getMechagraph" => get_mechagraph(netuid, mecid) as scale;
		"subnetInfo_getSubnetState" => get_subnet_state(netuid) as scale;
		"subnetInfo_getSelectiveMetagraph" => get_selective_metagraph(netuid, indexes) as scale;
		"subnetInfo_getSelectiveMechagraph" => get_selective_mechagraph(netuid, mecid, indexes) as scale;
		"subnetInfo_getColdkeyAutoStakeHotkey" => get_coldkey_auto_stake_hotkey(account, netuid) as scale;
		"subnetInfo_getSubnetAccountId" => get_subnet_account_id(netuid) as scale;
		"stakeInfo_getColdkeyLock" => get_coldkey_lock(account, netuid) as scale;
		"swap_simSwapTaoForAlpha" => sim_swap_tao_for_alpha(netuid, tao) as scale;
		"swap_simSwapAlphaForTao" => sim_swap_alpha_for_tao(netuid, alpha) as scale;
		"swap_currentAlphaPrice" => current_alpha_price(netuid) as json;
	}
	// The answers the reference gives as plain JSON values.
	let lock_cost = client.clone();
	module.register_blocking_method("subnetInfo_getLockCost", move |params, _, _| -> Answer {
		let at = arg::at(&*lock_cost, &mut params.sequence())?;
		let cost = lock_cost.runtime_api().get_network_registration_cost(at);
		reply::json("subnetInfo_getLockCost", cost.map(|cost| cost.to_u64()))
	})?;
	let to_prune = client.clone();
	module.register_blocking_method(
		"subnetInfo_getSubnetToPrune",
		move |params, _, _| -> Answer {
			let at = arg::at(&*to_prune, &mut params.sequence())?;
			let netuid = to_prune.runtime_api().get_subnet_to_prune(at);
			reply::json("subnetInfo_getSubnetToPrune", netuid.map(|n| n.map(NetUid::inner)))
		},
	)?;
	module.register_blocking_method(
		"swap_currentAlphaPriceAll",
		move |params, _, _| -> Answer {
			let at = arg::at(&*client, &mut params.sequence())?;
			let prices = client.runtime_api().current_alpha_price_all(at).map(|prices| {
				prices
					.into_iter()
					.map(|p| serde_json::json!({ "netuid": p.netuid.inner(), "price": p.price }))
					.collect::<Vec<_>>()
			});
			reply::json("swap_currentAlphaPriceAll", prices)
		},
	)?;
	Ok(module)
}
