//! Chain specifications: `dev` (one validator), `local` (two validators) and `local-N` (N of the
//! six development validators), all built from the runtime's genesis presets, or a JSON
//! chain-spec file.

use node_subtensor_runtime::{
	constants::{
		currency::{TOKEN_DECIMALS, TOKEN_SYMBOL},
		SS58_PREFIX,
	},
	WASM_BINARY,
};
use sc_service::ChainType;
use serde_json::{json, Value};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// The chain specification type of this node (no client extensions).
pub type ChainSpec = sc_service::GenericChainSpec;

/// Protocol id shared by all of this chain's networks.
const PROTOCOL_ID: &str = "bittensor";

/// Chain id of the development chain.
const DEV_ID: &str = "dev";

/// Chain id of the two-validator local network; `local-N` appends `_N`.
const LOCAL_ID: &str = "local_testnet";

/// Whether `id` is the id of a chain this binary builds itself (`dev`, `local`, `local-N`), as
/// opposed to, say, a production network's raw spec.
pub fn is_built_in_id(id: &str) -> bool {
	id == DEV_ID
		|| id == LOCAL_ID
		|| id
			.strip_prefix(LOCAL_ID)
			.and_then(|rest| rest.strip_prefix('_'))
			.is_some_and(|count| count.parse::<usize>().is_ok())
}

/// The `system_properties` clients read: token symbol, decimals and address format.
fn properties() -> sc_chain_spec::Properties {
	let mut properties = sc_chain_spec::Properties::new();
	properties.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	properties.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	properties.insert("ss58Format".into(), SS58_PREFIX.into());
	properties
}

/// The runtime every built-in chain starts with.
fn wasm_binary() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"the WASM runtime is not embedded in this binary (built with SKIP_WASM_BUILD?)".to_string()
	})
}

/// The JSON patch of one of the runtime's genesis presets, read from the runtime linked into
/// this binary: the patch the WASM runtime's `GenesisBuilder_get_preset` returns, without
/// compiling the runtime to ask it.
fn preset_patch(preset: &str) -> Result<Value, String> {
	let json = node_subtensor_runtime::genesis_config_presets::get_preset(&preset.into())
		.ok_or_else(|| format!("the runtime has no genesis preset `{preset}`"))?;
	serde_json::from_slice(&json).map_err(|e| format!("genesis preset `{preset}`: {e}"))
}

/// A spec from a runtime genesis preset, with `patch` over it.
fn from_preset(
	name: &str,
	id: &str,
	chain_type: ChainType,
	preset: &str,
	patch: Value,
) -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name(name)
		.with_id(id)
		.with_protocol_id(PROTOCOL_ID)
		.with_chain_type(chain_type)
		.with_genesis_config_patch(preset_patch(preset)?)
		.with_genesis_config_patch(patch)
		.with_properties(properties())
		.build())
}

/// Single-validator development chain (Alice).
pub fn development_config() -> Result<ChainSpec, String> {
	from_preset(
		"Bittensor Development",
		DEV_ID,
		ChainType::Development,
		sp_genesis_builder::DEV_RUNTIME_PRESET,
		json!({}),
	)
}

/// Two-validator local test network (Alice and Bob).
pub fn local_testnet_config() -> Result<ChainSpec, String> {
	from_preset(
		"Bittensor Local Testnet",
		LOCAL_ID,
		ChainType::Local,
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET,
		json!({}),
	)
}

/// The development validators a local network can have, in the order `local-N` takes them
/// (each runs with its `--alice`, `--bob`, ... flag).
const LOCAL_VALIDATORS: [(Sr25519Keyring, Ed25519Keyring); 6] = [
	(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
	(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
	(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
	(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
	(Sr25519Keyring::Eve, Ed25519Keyring::Eve),
	(Sr25519Keyring::Ferdie, Ed25519Keyring::Ferdie),
];

/// The Aura and GRANDPA authorities of the first `validators` development validators, as a
/// genesis patch.
fn local_authorities_patch(validators: usize) -> Result<Value, String> {
	let chosen = LOCAL_VALIDATORS.get(..validators).ok_or("too many validators")?;
	let aura: Vec<AuraId> = chosen.iter().map(|(aura, _)| aura.public().into()).collect();
	let grandpa: Vec<(GrandpaId, u64)> =
		chosen.iter().map(|(_, grandpa)| (grandpa.public().into(), 1)).collect();
	Ok(json!({ "aura": { "authorities": aura }, "grandpa": { "authorities": grandpa } }))
}

/// Local test network of the first `validators` (2 to 6) of Alice, Bob, Charlie, Dave, Eve and
/// Ferdie: the `local` genesis with exactly them as Aura and GRANDPA authorities.
pub fn local_network_config(validators: usize) -> Result<ChainSpec, String> {
	if validators == 2 {
		return local_testnet_config();
	}
	if !(2..=LOCAL_VALIDATORS.len()).contains(&validators) {
		return Err(format!(
			"a local network has 2 to {} validators (asked for {validators})",
			LOCAL_VALIDATORS.len()
		));
	}
	from_preset(
		&format!("Bittensor Local Testnet ({validators} validators)"),
		&format!("{LOCAL_ID}_{validators}"),
		ChainType::Local,
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET,
		local_authorities_patch(validators)?,
	)
}

/// Resolves `--chain`: `dev`, `local`, `local-N` (N validators, 2 to 6), or a path to a JSON
/// chain spec.
pub fn load_spec(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	if let Some(count) = id.strip_prefix("local-") {
		let validators = count
			.parse()
			.map_err(|_| format!("`--chain {id}`: expected local-N with N from 2 to 6"))?;
		return Ok(Box::new(local_network_config(validators)?));
	}
	Ok(match id {
		"dev" => Box::new(development_config()?),
		"" | "local" => Box::new(local_testnet_config()?),
		path => Box::new(ChainSpec::from_json_file(std::path::PathBuf::from(path))?),
	})
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn local_networks_name_exactly_their_validators() {
		let patch = local_authorities_patch(3).expect("three validators");
		let aura = patch["aura"]["authorities"].as_array().expect("aura authorities");
		let grandpa = patch["grandpa"]["authorities"].as_array().expect("grandpa authorities");
		assert_eq!(aura.len(), 3);
		assert_eq!(grandpa.len(), 3);
		// Charlie's well-known sr25519 and ed25519 addresses, weight 1.
		assert_eq!(aura[2], json!("5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y"));
		assert_eq!(grandpa[2], json!(["5DbKjhNLpqX3zqZdNBc9BGb4fHU1cRBaDhJUskrvkwfraDi6", 1]));
	}

	/// A spec as sc-chain-spec builds it from the runtime's preset named `preset`, resolved and
	/// built through the WASM runtime with executors of its own.
	fn named_preset_spec(preset: &str, patch: Value) -> ChainSpec {
		ChainSpec::builder(wasm_binary().expect("runtime"), None)
			.with_name("named preset")
			.with_genesis_config_preset_name(preset)
			.with_genesis_config_patch(patch)
			.build()
	}

	#[test]
	fn built_in_chains_keep_the_genesis_state_of_the_runtime_presets() {
		use sp_runtime::BuildStorage;
		let executor = crate::executor::new_executor(&Default::default(), None);
		let local = sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET;
		for (id, preset, patch) in [
			("dev", sp_genesis_builder::DEV_RUNTIME_PRESET, json!({})),
			("local", local, json!({})),
			("local-3", local, local_authorities_patch(3).expect("three validators")),
		] {
			let mut spec = load_spec(id).expect("a built-in chain");
			crate::executor::build_genesis_with(&mut spec, &executor, None)
				.expect("genesis builds");
			let built = spec.as_storage_builder().build_storage().expect("raw storage");
			let reference = named_preset_spec(preset, patch).build_storage().expect("storage");
			assert_eq!(built.top, reference.top, "{id}: genesis state differs");
			assert_eq!(built.children_default, reference.children_default, "{id}");
			// A spec whose storage is raw already is left as it is.
			crate::executor::build_genesis_with(&mut spec, &executor, None).expect("raw genesis");
			let again = spec.as_storage_builder().build_storage().expect("raw storage");
			assert_eq!(again.top, reference.top, "{id}");
		}
	}

	#[test]
	fn built_in_chains_are_told_apart_by_id() {
		for id in ["dev", "local", "local-3"] {
			let spec = load_spec(id).expect("a built-in chain");
			assert!(is_built_in_id(spec.id()), "{id}");
		}
		for id in ["bittensor", "local_testnet_", "local_testnetx", "finney"] {
			assert!(!is_built_in_id(id), "{id}");
		}
	}

	#[test]
	fn a_local_network_needs_two_to_six_validators() {
		for id in ["local-1", "local-7", "local-x"] {
			match load_spec(id) {
				Ok(_) => panic!("{id} was accepted"),
				Err(error) => assert!(error.contains("2 to 6"), "{id}: {error}"),
			}
		}
	}
}
