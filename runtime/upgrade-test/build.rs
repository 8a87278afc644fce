//! Builds the runtime with its `upgrade-test` feature (the next `spec_version`) to WASM. Only
//! `cargo test` and `--workspace` builds compile this crate (a dev-dependency of the end-to-end
//! tests), so a plain `cargo build` does not compile the runtime a second time.
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
		share_the_runtime_wasm_target_dir();
		substrate_wasm_builder::WasmBuilder::init_with_defaults().build();
	}
}

/// The WASM builder gives every runtime crate a WASM project of its own under
/// `<profile dir>/wbuild/<crate>` with its own cargo target dir, so this crate would compile
/// every dependency of the runtime to WASM a second time (about 6 minutes of a cold build on
/// 2 cores, and the workspace's pallets again after each change). Both projects build the same
/// dependencies with the same features and flags (only the runtime crate's own `upgrade-test`
/// feature differs), so this project's target dir is made a link to the runtime's: cargo
/// compiles what differs and reuses the rest. This script runs after the runtime's (see
/// Cargo.toml), so the two builds never wait on each other's lock of the target dir. Without
/// the link (if it cannot be made) the build is only slower; a target dir of its own left by an
/// earlier build is replaced.
#[cfg(feature = "std")]
fn share_the_runtime_wasm_target_dir() {
	let Some(out_dir) = std::env::var_os("OUT_DIR") else { return };
	// OUT_DIR is `<profile dir>/build/<crate>-<hash>/out`, as the builder assumes.
	let Some(profile_dir) = std::path::Path::new(&out_dir).ancestors().nth(3) else { return };
	let wbuild = profile_dir.join("wbuild");
	let shared = wbuild.join("node-subtensor-runtime").join("target");
	let own_project = wbuild.join("node-subtensor-upgrade-test-runtime");
	let own_target = own_project.join("target");
	match std::fs::symlink_metadata(&own_target) {
		Ok(meta) if meta.file_type().is_symlink() => return,
		// A target dir of its own from before this link existed: its artifacts are the
		// runtime's duplicates.
		Ok(_) => {
			let _ = std::fs::remove_dir_all(&own_target);
		},
		Err(_) => {},
	}
	if std::fs::create_dir_all(&shared).is_err() || std::fs::create_dir_all(&own_project).is_err() {
		return;
	}
	if let Err(error) = std::os::unix::fs::symlink(&shared, &own_target) {
		println!("cargo::warning=upgrade-test runtime builds in a target dir of its own: {error}");
	}
}
