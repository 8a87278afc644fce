//! Chain specifications: `dev` (one validator) and `local` (two validators), both built from
//! the runtime's genesis presets, or a JSON chain-spec file.

use node_subtensor_runtime::{
	constants::{
		currency::{TOKEN_DECIMALS, TOKEN_SYMBOL},
		SS58_PREFIX,
	},
	WASM_BINARY,
};
use sc_service::ChainType;

/// The chain specification type of this node (no client extensions).
pub type ChainSpec = sc_service::GenericChainSpec;

/// Protocol id shared by all of this chain's networks.
const PROTOCOL_ID: &str = "bittensor";

/// The `system_properties` clients read: token symbol, decimals and address format.
fn properties() -> sc_chain_spec::Properties {
	let mut properties = sc_chain_spec::Properties::new();
	properties.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	properties.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	properties.insert("ss58Format".into(), SS58_PREFIX.into());
	properties
}

/// A spec from a runtime genesis preset.
fn from_preset(
	name: &str,
	id: &str,
	chain_type: ChainType,
	preset: &str,
) -> Result<ChainSpec, String> {
	let wasm = WASM_BINARY.ok_or_else(|| {
		"the WASM runtime is not embedded in this binary (built with SKIP_WASM_BUILD?)".to_string()
	})?;
	Ok(ChainSpec::builder(wasm, None)
		.with_name(name)
		.with_id(id)
		.with_protocol_id(PROTOCOL_ID)
		.with_chain_type(chain_type)
		.with_genesis_config_preset_name(preset)
		.with_properties(properties())
		.build())
}

/// Single-validator development chain (Alice).
pub fn development_config() -> Result<ChainSpec, String> {
	from_preset(
		"Bittensor Development",
		"dev",
		ChainType::Development,
		sp_genesis_builder::DEV_RUNTIME_PRESET,
	)
}

/// Two-validator local test network (Alice and Bob).
pub fn local_testnet_config() -> Result<ChainSpec, String> {
	from_preset(
		"Bittensor Local Testnet",
		"local_testnet",
		ChainType::Local,
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET,
	)
}

/// Resolves `--chain`: `dev`, `local`, or a path to a JSON chain spec.
pub fn load_spec(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	Ok(match id {
		"dev" => Box::new(development_config()?),
		"" | "local" => Box::new(local_testnet_config()?),
		path => Box::new(ChainSpec::from_json_file(std::path::PathBuf::from(path))?),
	})
}
