//! The genesis presets build and give the chain the facts clients rely on.

use super::preset_ext;
use crate::{
	constants::currency::TAO,
	genesis_config_presets::{preset_names, DEV_BALANCE, RICH_DEV_BALANCE},
	Aura, Balances, Grandpa, Runtime,
};
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::Sr25519Keyring;

#[test]
fn runtime_offers_development_and_local_presets() {
	assert_eq!(
		preset_names(),
		vec![PresetId::from(DEV_RUNTIME_PRESET), PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET)]
	);
	assert!(crate::genesis_config_presets::get_preset(&"no-such-preset".into()).is_none());
}

#[test]
fn development_preset_has_alice_as_sole_validator_and_sudo() {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		let alice = Sr25519Keyring::Alice;
		assert_eq!(
			pallet_aura::Authorities::<Runtime>::get().into_inner(),
			vec![alice.public().into()]
		);
		assert_eq!(Grandpa::grandpa_authorities().len(), 1);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(alice.to_account_id()));
		assert_eq!(Aura::slot_duration(), 12_000);
	});
}

#[test]
fn local_preset_has_alice_and_bob_as_validators() {
	preset_ext(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let expected: Vec<_> = [Sr25519Keyring::Alice, Sr25519Keyring::Bob]
			.iter()
			.map(|k| k.public().into())
			.collect();
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().into_inner(), expected);
		assert_eq!(Grandpa::grandpa_authorities().len(), 2);
	});
}

#[test]
fn presets_fund_the_development_accounts() {
	for preset in [DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET] {
		preset_ext(preset).execute_with(|| {
			for rich in [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie] {
				assert_eq!(Balances::free_balance(rich.to_account_id()), RICH_DEV_BALANCE);
			}
			for dev in [Sr25519Keyring::Dave, Sr25519Keyring::Eve, Sr25519Keyring::Ferdie] {
				assert_eq!(Balances::free_balance(dev.to_account_id()), DEV_BALANCE);
			}
			assert_eq!(Balances::total_issuance(), 3 * 1_000_000 * TAO + 3 * 2_000 * TAO);
		});
	}
}

#[test]
fn presets_create_root_and_tune_new_subnets_for_testing() {
	use crate::genesis_config_presets::{DEV_SUBNET_IMMUNITY_PERIOD, DEV_SUBNET_TEMPO};
	use pallet_subtensor::{
		AdminFreezeWindow, DefaultTempo, FaucetEnabled, NetworkRateLimit, NetworksAdded,
		NewSubnetImmunityPeriod, TotalIssuance, TotalNetworks,
	};
	use subtensor_common::NetUid;
	for preset in [DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET] {
		preset_ext(preset).execute_with(|| {
			assert!(NetworksAdded::<Runtime>::get(NetUid::ROOT));
			assert_eq!(TotalNetworks::<Runtime>::get(), 1);
			assert_eq!(DefaultTempo::<Runtime>::get(), DEV_SUBNET_TEMPO);
			assert_eq!(NewSubnetImmunityPeriod::<Runtime>::get(), DEV_SUBNET_IMMUNITY_PERIOD);
			assert_eq!(NetworkRateLimit::<Runtime>::get(), 0);
			assert_eq!(AdminFreezeWindow::<Runtime>::get(), 0);
			// The faucet mints free TAO: the development chain only.
			assert_eq!(FaucetEnabled::<Runtime>::get(), preset == DEV_RUNTIME_PRESET);
			assert_eq!(TotalIssuance::<Runtime>::get().to_u64(), Balances::total_issuance());
		});
	}
}

#[test]
fn a_new_chain_starts_with_every_pallet_at_its_storage_version() {
	use frame_support::traits::{GetStorageVersion, StorageVersion};
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		// Migrations to the current version never run on it.
		assert_eq!(crate::SubtensorModule::on_chain_storage_version(), StorageVersion::new(4));
		assert_eq!(
			crate::SubtensorModule::on_chain_storage_version(),
			crate::SubtensorModule::in_code_storage_version()
		);
	});
}
