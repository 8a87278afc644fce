//! The WASM executor, and the genesis state built with it.
//!
//! Compiling the runtime is most of a node's start-up. The executor keeps each compiled
//! runtime in wasmtime's on-disk cache (`--wasm-cache-dir`, by default the user's cache
//! directory), so later starts load it instead of compiling. The genesis state of a chain spec
//! that builds it through the runtime (`runtimeGenesis`) is built with this same executor,
//! before the client starts: sc-chain-spec would compile the runtime twice more for that, with
//! executors of its own that nothing caches. The state is the one sc-chain-spec builds (same
//! calls, same runtime, same JSON), so the genesis hash is unchanged.

use crate::executor_settings::ExecutorSettings;
use codec::Decode;
use sc_chain_spec::ChainSpec;
use sc_executor::WasmExecutor;
use sc_service::config::ExecutorConfiguration;
use sp_core::traits::{CallContext, CodeExecutor, RuntimeCode, WrappedRuntimeCode};
use sp_state_machine::BasicExternalities;
use std::{borrow::Cow, path::PathBuf};

/// The host functions the runtime imports.
pub type HostFunctions = sp_io::SubstrateHostFunctions;

/// The node's WASM executor.
pub type Executor = WasmExecutor<HostFunctions>;

/// The directory of the on-disk cache of compiled runtimes when `--wasm-cache-dir` is not
/// given: `$XDG_CACHE_HOME/node-subtensor`, else `$HOME/.cache/node-subtensor`; none when
/// neither variable is set.
pub fn default_cache_dir() -> Option<PathBuf> {
	let non_empty = |name| std::env::var_os(name).filter(|value| !value.is_empty());
	non_empty("XDG_CACHE_HOME")
		.map(PathBuf::from)
		.or_else(|| non_empty("HOME").map(|home| PathBuf::from(home).join(".cache")))
		.map(|base| base.join("node-subtensor"))
}

/// The executor sc-service would build from `config`, plus the on-disk cache of compiled
/// runtimes in `cache_dir` (none: compile at every start), into which the runtime this binary
/// ships compiled is installed first (`precompiled_runtime.rs`).
pub fn new_executor(config: &ExecutorConfiguration, cache_dir: Option<&PathBuf>) -> Executor {
	if let Some(dir) = cache_dir {
		match crate::precompiled_runtime::install(dir) {
			Ok(written) => {
				log::debug!("{written} precompiled runtime file(s) installed in {}", dir.display())
			},
			Err(e) => log::warn!(
				"the precompiled runtime was not installed in {} ({e}); the runtime is compiled instead",
				dir.display()
			),
		}
	}
	ExecutorSettings {
		method: config.wasm_method,
		heap_pages: config.default_heap_pages,
		max_runtime_instances: config.max_runtime_instances,
		runtime_cache_size: config.runtime_cache_size,
		cache_dir: cache_dir.cloned(),
		allow_missing_host_functions: false,
	}
	.build()
}

/// How a chain spec's genesis state is built by its runtime (its `runtimeGenesis` section).
enum RuntimeGenesis {
	/// The whole genesis config.
	Config(serde_json::Value),
	/// A patch over the runtime's default genesis config.
	Patch(serde_json::Value),
}

/// If `chain_spec` builds its genesis state through its runtime, builds that state with
/// `executor`, adds the `extra` entries and stores it in the spec as raw storage; a spec with
/// raw storage is left as it is.
pub fn build_genesis_with(
	chain_spec: &mut Box<dyn ChainSpec>,
	executor: &Executor,
	extra: impl IntoIterator<Item = (Vec<u8>, Vec<u8>)>,
) -> Result<(), String> {
	let spec: serde_json::Value = serde_json::from_str(&chain_spec.as_json(false)?)
		.map_err(|e| format!("the chain spec is not valid JSON: {e}"))?;
	let Some(section) = spec.get("genesis").and_then(|genesis| genesis.get("runtimeGenesis"))
	else {
		return Ok(());
	};
	let code = section
		.get("code")
		.and_then(serde_json::Value::as_str)
		.and_then(|hex| sp_core::bytes::from_hex(hex).ok())
		.ok_or("the chain spec's runtimeGenesis has no hex `code`")?;
	let genesis = match (section.get("config"), section.get("patch")) {
		(Some(config), None) => RuntimeGenesis::Config(config.clone()),
		(None, Some(patch)) => RuntimeGenesis::Patch(patch.clone()),
		_ => return Err("the chain spec's runtimeGenesis needs one of `config` or `patch`".into()),
	};
	let mut storage = GenesisBuilder::new(executor, &code).build(genesis)?;
	storage.top.insert(sp_core::storage::well_known_keys::CODE.to_vec(), code);
	storage.top.extend(extra);
	chain_spec.set_storage(storage);
	Ok(())
}

/// Calls a runtime's `GenesisBuilder` API through the node's executor.
struct GenesisBuilder<'a> {
	executor: &'a Executor,
	code: WrappedRuntimeCode<'a>,
	hash: Vec<u8>,
}

impl<'a> GenesisBuilder<'a> {
	fn new(executor: &'a Executor, code: &'a [u8]) -> Self {
		Self {
			executor,
			code: WrappedRuntimeCode(Cow::Borrowed(code)),
			hash: sp_crypto_hashing::blake2_256(code).to_vec(),
		}
	}

	/// Calls `method` with `input` on empty storage; returns the output and the storage.
	fn call(&self, method: &str, input: &[u8]) -> Result<(Vec<u8>, BasicExternalities), String> {
		let mut ext = BasicExternalities::new_empty();
		let code =
			RuntimeCode { code_fetcher: &self.code, heap_pages: None, hash: self.hash.clone() };
		let output = self
			.executor
			.call(&mut ext, &code, method, input, CallContext::Offchain)
			.0
			.map_err(|e| format!("{method} failed in the runtime: {e}"))?;
		Ok((output, ext))
	}

	/// The runtime's default genesis config, as JSON.
	fn default_config(&self) -> Result<serde_json::Value, String> {
		let (output, _) =
			self.call("GenesisBuilder_get_preset", &codec::Encode::encode(&None::<Vec<u8>>))?;
		let json = Option::<Vec<u8>>::decode(&mut &output[..])
			.map_err(|e| format!("GenesisBuilder_get_preset returned undecodable data: {e}"))?
			.ok_or("the runtime has no default genesis config")?;
		serde_json::from_slice(&json)
			.map_err(|e| format!("the runtime's default genesis config is not JSON: {e}"))
	}

	/// The genesis storage of `genesis`, as sc-chain-spec builds it.
	fn build(&self, genesis: RuntimeGenesis) -> Result<sp_core::storage::Storage, String> {
		let config = match genesis {
			RuntimeGenesis::Config(config) => config,
			RuntimeGenesis::Patch(patch) => {
				let mut config = self.default_config()?;
				sc_chain_spec::json_patch::merge(&mut config, patch);
				config
			},
		};
		let json = serde_json::to_string(&config)
			.map_err(|e| format!("the genesis config does not serialize: {e}"))?;
		let (output, ext) =
			self.call("GenesisBuilder_build_state", &codec::Encode::encode(&json))?;
		sp_genesis_builder::Result::decode(&mut &output[..])
			.map_err(|e| format!("GenesisBuilder_build_state returned undecodable data: {e}"))?
			.map_err(|e| format!("the runtime refused the genesis config: {e}"))?;
		Ok(ext.into_storages())
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use clap::Parser;
	use sc_cli::CliConfiguration;
	use std::{collections::BTreeSet, path::Path};

	/// The compiled-module files in a wasmtime cache directory (not its usage statistics).
	fn compiled_modules(cache_dir: &Path) -> BTreeSet<PathBuf> {
		let modules = cache_dir.join("modules");
		std::fs::read_dir(&modules)
			.into_iter()
			.flatten()
			.flat_map(|compiler| std::fs::read_dir(compiler.expect("lists").path()).expect("lists"))
			.map(|file| file.expect("lists").path())
			.filter(|path| path.extension().is_none())
			.collect()
	}

	#[test]
	fn a_default_node_runs_the_runtime_its_binary_ships_compiled() {
		let cache = tempfile::tempdir().expect("temporary directory");
		let cli = crate::cli::Cli::try_parse_from(["node-subtensor", "--dev"]).expect("parses");
		let config = ExecutorConfiguration {
			wasm_method: cli.run.wasm_method().expect("default method"),
			default_heap_pages: cli.run.default_heap_pages().expect("default heap"),
			..Default::default()
		};
		let executor = new_executor(&config, Some(&cache.path().to_path_buf()));
		let shipped = compiled_modules(cache.path());
		assert!(!shipped.is_empty(), "the build script shipped no compiled runtime");

		let code = node_subtensor_runtime::WASM_BINARY.expect("the runtime's WASM is built");
		let builder = GenesisBuilder::new(&executor, code);
		builder.call("Core_version", &[]).expect("the runtime runs");
		// wasmtime writes a module it had to compile; it found the shipped one instead.
		assert_eq!(compiled_modules(cache.path()), shipped);
	}
}
