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
mod alpha_fees;
#[cfg(feature = "try-runtime")]
mod blocks;
mod coldkey_swap;
mod commitments;
mod consensus;
mod enums;
mod fees;
mod genesis;
mod metadata;
mod nonce;
mod proxy;

use crate::{
	genesis_config_presets, Address, Balance, BuildStorage, RuntimeCall, RuntimeGenesisConfig,
	SignedPayload, TxExtension, UncheckedExtrinsic,
};
use codec::Encode;
use serde_json::Value;
use sp_genesis_builder::PresetId;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{generic::Era, MultiSignature};

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

/// What `SubtensorTransactionExtension` (the pool, and again block building) says to `call`
/// signed by `who`.
fn pool(
	who: &sp_runtime::AccountId32,
	call: RuntimeCall,
) -> Result<(), sp_runtime::transaction_validity::TransactionValidityError> {
	use frame_support::dispatch::GetDispatchInfo;
	use sp_runtime::traits::{TransactionExtension, TxBaseImplication};
	let info = call.get_dispatch_info();
	pallet_subtensor::SubtensorTransactionExtension::<crate::Runtime>::new()
		.validate(
			crate::RuntimeOrigin::signed(who.clone()),
			&call,
			&info,
			0,
			(),
			&TxBaseImplication(()),
			sp_runtime::transaction_validity::TransactionSource::External,
		)
		.map(|_| ())
}

/// The extensions a client attaches to its `nonce`-th transaction with `tip`.
fn extensions(nonce: u32, tip: Balance) -> TxExtension {
	(
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		pallet_subtensor_shield::CheckMortality::from(Era::Immortal),
		crate::check_nonce::CheckNonce(nonce),
		frame_system::CheckWeight::new(),
		crate::charge_fee::ChargeTaoOrAlphaFee::from(tip),
		pallet_subtensor_shield::CheckShieldedTxValidity::new(),
		pallet_subtensor::SubtensorTransactionExtension::new(),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
	)
}

/// `call` signed by `signer` as a client would sign it.
fn signed(
	signer: Sr25519Keyring,
	call: RuntimeCall,
	nonce: u32,
	tip: Balance,
) -> UncheckedExtrinsic {
	let ext = extensions(nonce, tip);
	let payload = SignedPayload::new(call.clone(), ext.clone()).expect("implicit data available");
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	UncheckedExtrinsic::new_signed(
		call,
		Address::Id(signer.to_account_id()),
		MultiSignature::Sr25519(signature),
		ext,
	)
}
