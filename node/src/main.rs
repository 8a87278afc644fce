//! `node-subtensor`: a Substrate node for the Bittensor chain.
//!
//! - [`cli`]: the command-line interface (sc-cli's run flags plus `--sealing` and the
//!   compiled-runtime cache).
//! - [`command`]: dispatches subcommands and `run`.
//! - [`chain_spec`]: the `dev` and `local` chain specs, built from the runtime's genesis presets.
//! - [`executor`]: the WASM executor with its on-disk cache, and genesis built with it;
//!   [`executor_settings`] its settings (shared with the build script);
//!   [`precompiled_runtime`] the runtime compiled at build time for that cache.
//! - [`service`]: the full node: Aura + GRANDPA, or manual/instant/interval sealing.
//! - [`rpc`]: the node's extra JSON-RPC methods.
//! - [`drand`]: the drand relays the runtime's offchain worker fetches pulses from.

// sc-cli and sc-service fix the (large) error types of the functions the node implements.
#![allow(clippy::result_large_err)]

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod chain_spec;
mod cli;
mod command;
mod custom_rpc;
mod database;
mod drand;
mod executor;
mod executor_settings;
mod inherents;
mod precompiled_runtime;
mod rpc;
mod scale_state;
mod service;
mod shield;

fn main() -> sc_cli::Result<()> {
	command::run()
}
