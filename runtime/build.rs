//! Builds the WASM runtime with the metadata digest embedded, so `CheckMetadataHash`
//! (mode 1, used by hardware wallets) can verify what the signer was shown. (The same runtime
//! with the next `spec_version`, for the forkless-upgrade test, is built by
//! `runtime/upgrade-test`, only when tests are built.)
fn main() {
	#[cfg(feature = "std")]
	{
		// The target dir lives outside the checkout (scripts/ and CI share one), so the
		// builder cannot find this workspace's Cargo.lock by walking up from OUT_DIR. The
		// hint is set here, for this crate only: crates.io crates that build their own WASM
		// (frame-storage-access-test-runtime, pulled in by `runtime-benchmarks`) must keep
		// resolving against their own manifest. The manifest dir is read when the script runs,
		// not when it is compiled: checkouts sharing the target dir share this script's binary.
		if let Some(manifest) = std::env::var_os("CARGO_MANIFEST_DIR") {
			if let Some(workspace) = std::path::Path::new(&manifest).parent() {
				std::env::set_var("WASM_BUILD_WORKSPACE_HINT", workspace);
			}
		}
		substrate_wasm_builder::WasmBuilder::init_with_defaults()
			.enable_metadata_hash("TAO", 9)
			.build();
		// The node's build script compiles this WASM ahead of time for wasmtime's cache.
		if let Some(wasm) = built_wasm_path() {
			println!("cargo::metadata=wasm={wasm}");
		}
	}
}

/// The compressed WASM the builder made, as its generated `OUT_DIR/wasm_binary.rs` names it
/// (none when the build was skipped without an earlier one).
#[cfg(feature = "std")]
fn built_wasm_path() -> Option<String> {
	let out_dir = std::env::var_os("OUT_DIR")?;
	let generated =
		std::fs::read_to_string(std::path::Path::new(&out_dir).join("wasm_binary.rs")).ok()?;
	let (_, after) = generated.split_once("WASM_BINARY_PATH: Option<&str> = Some(\"")?;
	let (path, _) = after.split_once('"')?;
	Some(path.to_owned())
}
