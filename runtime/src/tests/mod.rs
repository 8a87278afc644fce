//! Unit tests of the composed runtime: genesis presets, metadata, fees and balances.
// Tests state their expectations with panics.
#![allow(
	clippy::unwrap_used,
	clippy::expect_used,
	clippy::indexing_slicing,
	clippy::arithmetic_side_effects,
	clippy::panic
)]

mod admin_utils;
mod commitments;
mod fees;
mod genesis;
mod metadata;
mod nonce;

use crate::{genesis_config_presets, BuildStorage, RuntimeGenesisConfig};
use serde_json::Value;
use sp_genesis_builder::PresetId;

/// Applies a JSON merge patch (RFC 7386 without deletions) the way chain specs apply presets.
fn merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// The full genesis config of a named preset: the default config with the preset's patch.
fn preset_config(name: &str) -> RuntimeGenesisConfig {
	let patch: Value = serde_json::from_slice(
		&genesis_config_presets::get_preset(&PresetId::from(name)).expect("preset exists"),
	)
	.expect("preset is JSON");
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
	merge(&mut config, patch);
	serde_json::from_value(config).expect("preset patch fits the genesis config")
}

/// Externalities with the genesis state of a named preset.
fn preset_ext(name: &str) -> sp_io::TestExternalities {
	sp_io::TestExternalities::new(
		preset_config(name).build_storage().expect("preset genesis builds"),
	)
}
