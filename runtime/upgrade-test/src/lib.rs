//! The node-subtensor runtime with the next `spec_version`, as WASM: what the forkless-upgrade
//! test (`node/e2e/tests/e2e/upgrade.rs`) installs with `System.set_code`.
//!
//! Natively this crate is [`WASM_BINARY`]; built to WASM it is the runtime itself, compiled
//! with the runtime's `upgrade-test` feature.
#![cfg_attr(not(feature = "std"), no_std)]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

#[cfg(all(not(feature = "std"), target_family = "wasm"))]
pub use node_subtensor_runtime::*;
