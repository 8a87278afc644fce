//! Embeds the git commit and build facts that `node-subtensor --version` prints, and the
//! runtime compiled ahead of time for wasmtime's cache (`src/precompiled_runtime.rs`).

#[path = "src/executor_settings.rs"]
mod executor_settings;

use sc_executor::WasmExecutionMethod;
use sp_core::traits::{CallContext, CodeExecutor, RuntimeCode, WrappedRuntimeCode};
use std::{
	env, fs,
	path::{Path, PathBuf},
};
use substrate_build_script_utils::{generate_cargo_keys, rerun_if_git_head_changed};

fn main() -> Result<(), Box<dyn std::error::Error>> {
	generate_cargo_keys();
	rerun_if_git_head_changed();

	let out_dir = PathBuf::from(env::var_os("OUT_DIR").ok_or("cargo sets OUT_DIR")?);
	let cache_dir = out_dir.join("precompiled-runtime");
	if cache_dir.exists() {
		fs::remove_dir_all(&cache_dir)?;
	}
	// The runtime's build script reports the WASM it built (its `links` metadata).
	println!("cargo::rerun-if-env-changed=SKIP_WASM_BUILD");
	let wasm = env::var_os("DEP_NODE_SUBTENSOR_RUNTIME_WASM")
		.filter(|_| env::var_os("SKIP_WASM_BUILD").is_none())
		.map(PathBuf::from);
	let files = match wasm {
		Some(wasm) => {
			println!("cargo::rerun-if-changed={}", wasm.display());
			match precompile(&wasm, &cache_dir) {
				Ok(()) => cache_files(&cache_dir, &cache_dir)?,
				Err(e) => {
					println!("cargo::warning=the runtime was not precompiled ({e}); a first start will compile it");
					Vec::new()
				},
			}
		},
		None => Vec::new(),
	};

	let entries: String = files
		.iter()
		.map(|(relative, path)| format!("\t({relative:?}, include_bytes!({path:?})),\n"))
		.collect();
	let generated = format!(
		"/// The files of wasmtime's cache holding the compiled runtime, by path in the cache.\n\
		 pub static FILES: &[(&str, &[u8])] = &[\n{entries}];\n"
	);
	fs::write(out_dir.join("precompiled_runtime_files.rs"), generated)?;
	Ok(())
}

/// Compiles `wasm` into wasmtime's cache in `cache_dir`, with the executor a node started with
/// default options builds (instantiating it is what compiles it).
fn precompile(wasm: &Path, cache_dir: &Path) -> Result<(), String> {
	let code = fs::read(wasm).map_err(|e| format!("cannot read {}: {e}", wasm.display()))?;
	let executor = executor_settings::ExecutorSettings {
		method: WasmExecutionMethod::default(),
		heap_pages: None,
		max_runtime_instances: 1,
		runtime_cache_size: 1,
		cache_dir: Some(cache_dir.to_path_buf()),
		// Compiling does not depend on the host functions; a `runtime-benchmarks` runtime
		// imports the benchmarking ones, which `Core_version` does not call.
		allow_missing_host_functions: true,
	}
	.build::<sp_io::SubstrateHostFunctions>();
	let runtime_code = RuntimeCode {
		code_fetcher: &WrappedRuntimeCode(code.into()),
		heap_pages: None,
		hash: vec![0],
	};
	let mut ext = sp_io::TestExternalities::default();
	executor
		.call(&mut ext.ext(), &runtime_code, "Core_version", &[], CallContext::Offchain)
		.0
		.map(drop)
		.map_err(|e| format!("Core_version failed: {e}"))
}

/// The compiled-module files under `dir` (not wasmtime's usage statistics, nor its own
/// configuration, which it writes at every start), as (path relative to `root`, absolute path).
fn cache_files(
	root: &Path,
	dir: &Path,
) -> Result<Vec<(String, PathBuf)>, Box<dyn std::error::Error>> {
	let mut files = Vec::new();
	for entry in fs::read_dir(dir)? {
		let path = entry?.path();
		if path.is_dir() {
			files.extend(cache_files(root, &path)?);
		} else if path.extension().is_none() && path.starts_with(root.join("modules")) {
			let relative = path.strip_prefix(root)?.to_string_lossy().into_owned();
			files.push((relative, path));
		}
	}
	files.sort();
	Ok(files)
}
