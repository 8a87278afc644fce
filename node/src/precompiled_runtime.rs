//! The runtime compiled ahead of time, shipped in the binary for wasmtime's on-disk cache.
//!
//! A cold start is otherwise one Cranelift compile of the runtime (seconds). The build script
//! (`node/build.rs`) compiles the runtime this binary embeds, with the executor a default
//! command line builds (`executor_settings.rs`) and a cache directory of its own, and embeds
//! the files wasmtime wrote there. At start they are copied into the node's cache directory
//! where missing; wasmtime then finds the compiled runtime under its own key (the hash of the
//! WASM and of the compiler's settings, CPU features included). A node started with other
//! executor settings, or on a CPU other than the build machine's, computes another key and
//! compiles as before: the shipped files can only save work, never change what runs.

use std::{fs, io, path::Path};

include!(concat!(env!("OUT_DIR"), "/precompiled_runtime_files.rs"));

/// Copies the shipped cache files that `cache_dir` lacks into it; returns how many it wrote.
pub fn install(cache_dir: &Path) -> io::Result<usize> {
	let mut written: usize = 0;
	for (relative, bytes) in FILES {
		let path = cache_dir.join(relative);
		if path.exists() {
			continue;
		}
		if let Some(parent) = path.parent() {
			fs::create_dir_all(parent)?;
		}
		// Written beside and renamed, so a concurrent start never reads half a file.
		let partial = path.with_extension("partial");
		fs::write(&partial, bytes)?;
		fs::rename(&partial, &path)?;
		written = written.saturating_add(1);
	}
	Ok(written)
}
