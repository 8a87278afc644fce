//! The settings of the node's WASM executor, in one place for the node and its build script.
//!
//! The build script compiles the runtime ahead of time with the executor these settings make
//! for a default command line (see `precompiled_runtime.rs`): wasmtime's cache finds a compiled
//! runtime by a hash of the WASM and of the compiler's settings, so the artifact the binary ships
//! is found at start only when both build the executor the same way.

use sc_executor::{
	HeapAllocStrategy, HostFunctions, WasmExecutionMethod, WasmExecutor,
	DEFAULT_HEAP_ALLOC_STRATEGY,
};
use std::path::PathBuf;

/// The executor's settings (those of sc-service's `ExecutorConfiguration`, plus the cache).
pub struct ExecutorSettings {
	/// How the runtime is executed (`--wasm-execution`, `--wasmtime-instantiation-strategy`).
	pub method: WasmExecutionMethod,
	/// Extra heap pages (`--default-heap-pages`); none: the runtime's own heap strategy.
	pub heap_pages: Option<u64>,
	/// Instances of a runtime kept for parallel calls (`--max-runtime-instances`).
	pub max_runtime_instances: usize,
	/// Distinct runtimes kept in memory (`--runtime-cache-size`).
	pub runtime_cache_size: u8,
	/// The on-disk cache of compiled runtimes; none: compile at every start.
	pub cache_dir: Option<PathBuf>,
	/// Let the runtime import host functions this executor lacks (calling one fails): for
	/// compiling a runtime built with host functions of its own (`runtime-benchmarks`).
	pub allow_missing_host_functions: bool,
}

impl ExecutorSettings {
	/// Builds the executor.
	pub fn build<H: HostFunctions>(self) -> WasmExecutor<H> {
		let heap = self.heap_pages.map_or(DEFAULT_HEAP_ALLOC_STRATEGY, |pages| {
			HeapAllocStrategy::Static { extra_pages: pages.try_into().unwrap_or(u32::MAX) }
		});
		let builder = WasmExecutor::<H>::builder()
			.with_execution_method(self.method)
			.with_onchain_heap_alloc_strategy(heap)
			.with_offchain_heap_alloc_strategy(heap)
			.with_max_runtime_instances(self.max_runtime_instances)
			.with_runtime_cache_size(self.runtime_cache_size)
			.with_allow_missing_host_functions(self.allow_missing_host_functions);
		match self.cache_dir {
			Some(dir) => builder.with_cache_path(dir).build(),
			None => builder.build(),
		}
	}
}
