//! Builds the runtime with its `upgrade-test` feature (the next `spec_version`) to WASM. Only
//! `cargo test` builds this crate (a dev-dependency of the end-to-end tests), so a plain
//! `cargo build` does not compile the runtime a second time.
fn main() {
	#[cfg(feature = "std")]
	{
		// As in runtime/build.rs: the target dir lives outside the checkout, so the builder is
		// told where the workspace (and its Cargo.lock) is. This crate is two levels below it.
		let manifest = std::env::var_os("CARGO_MANIFEST_DIR");
		if let Some(workspace) =
			manifest.as_ref().and_then(|dir| std::path::Path::new(dir).ancestors().nth(2))
		{
			std::env::set_var("WASM_BUILD_WORKSPACE_HINT", workspace);
		}
		substrate_wasm_builder::WasmBuilder::init_with_defaults().build();
	}
}
