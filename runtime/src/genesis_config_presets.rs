//! Genesis presets: `development` (one validator, Alice) and `local_testnet` (Alice and Bob).
//!
//! Both fund the well-known development accounts, as the real chain's local specs do: Alice, Bob
//! and Charlie with 1 000 000 TAO, Dave, Eve and Ferdie with 2 000 TAO. Alice holds the sudo key.
//!
//! Both are tuned for subnet work out of the box (see [`subnet_testing_genesis`]): new subnets get
//! a tempo of 10 blocks and a short immunity period, subnets can be registered back to back, and
//! hyperparameter changes are never frozen before an epoch. Only `development` has the
//! proof-of-work faucet that mints test TAO.

use crate::{
	constants::currency::TAO, AccountId, Balance, BalancesConfig, RuntimeGenesisConfig,
	SubtensorModuleConfig, SudoConfig,
};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// Balance of the rich development accounts (Alice, Bob, Charlie).
pub const RICH_DEV_BALANCE: Balance = 1_000_000 * TAO;
/// Balance of the other development accounts (Dave, Eve, Ferdie).
pub const DEV_BALANCE: Balance = 2_000 * TAO;

/// The well-known development accounts and their genesis balances.
pub fn dev_endowments() -> Vec<(AccountId, Balance)> {
	vec![
		(Sr25519Keyring::Alice.to_account_id(), RICH_DEV_BALANCE),
		(Sr25519Keyring::Bob.to_account_id(), RICH_DEV_BALANCE),
		(Sr25519Keyring::Charlie.to_account_id(), RICH_DEV_BALANCE),
		(Sr25519Keyring::Dave.to_account_id(), DEV_BALANCE),
		(Sr25519Keyring::Eve.to_account_id(), DEV_BALANCE),
		(Sr25519Keyring::Ferdie.to_account_id(), DEV_BALANCE),
	]
}

/// Tempo of new subnets on the development chains.
pub const DEV_SUBNET_TEMPO: u16 = 10;
/// Immunity period of new subnets on the development chains.
pub const DEV_SUBNET_IMMUNITY_PERIOD: u16 = 100;
/// Proof-of-work difficulty of new subnets on the development chains (a seal in about ten
/// thousand hashes: a moment on a laptop).
pub const DEV_SUBNET_DIFFICULTY: u64 = 10_000;

/// Whether a preset's chain has the proof-of-work faucet (free TAO for anyone who mines): only
/// the single-node development chain; a local network is a rehearsal of a real one.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Faucet {
	On,
	Off,
}

/// SubtensorModule genesis for development chains: the issuance of the endowments, short
/// tempo and immunity, an easy proof-of-work registration, no subnet registration rate limit,
/// no admin freeze window, and the faucet as given.
fn subnet_testing_genesis(
	endowed: &[(AccountId, Balance)],
	faucet: Faucet,
) -> SubtensorModuleConfig {
	let issuance = endowed.iter().map(|(_, balance)| *balance).fold(0, Balance::saturating_add);
	SubtensorModuleConfig {
		balances_issuance: issuance.into(),
		start_call_delay: Some(0),
		network_rate_limit: Some(0),
		default_tempo: Some(DEV_SUBNET_TEMPO),
		new_subnet_immunity_period: Some(DEV_SUBNET_IMMUNITY_PERIOD),
		new_subnet_difficulty: Some(DEV_SUBNET_DIFFICULTY),
		admin_freeze_window: Some(0),
		faucet_enabled: faucet == Faucet::On,
		..Default::default()
	}
}

/// A validator's Aura (sr25519) and GRANDPA (ed25519) keys derived from a well-known seed.
fn authority_keys(sr: Sr25519Keyring, ed: Ed25519Keyring) -> (AuraId, GrandpaId) {
	(sr.public().into(), ed.public().into())
}

/// Genesis with the given validators, endowed accounts, sudo key and faucet.
fn genesis(
	authorities: Vec<(AuraId, GrandpaId)>,
	endowed: Vec<(AccountId, Balance)>,
	sudo: AccountId,
	faucet: Faucet,
) -> Value {
	let subtensor_module = subnet_testing_genesis(&endowed, faucet);
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances: endowed },
		aura: pallet_aura::GenesisConfig {
			authorities: authorities.iter().map(|(aura, _)| aura.clone()).collect::<Vec<_>>(),
		},
		grandpa: pallet_grandpa::GenesisConfig {
			authorities: authorities
				.iter()
				.map(|(_, grandpa)| (grandpa.clone(), 1))
				.collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: Some(sudo) },
		subtensor_module,
	})
}

/// The `development` preset: a single validator (Alice).
pub fn development_config_genesis() -> Value {
	genesis(
		vec![authority_keys(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		dev_endowments(),
		Sr25519Keyring::Alice.to_account_id(),
		Faucet::On,
	)
}

/// The `local_testnet` preset: two validators (Alice and Bob), no faucet.
pub fn local_config_genesis() -> Value {
	genesis(
		vec![
			authority_keys(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			authority_keys(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		],
		dev_endowments(),
		Sr25519Keyring::Alice.to_account_id(),
		Faucet::Off,
	)
}

/// The JSON patch of the named preset, if it exists.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		_ => return None,
	};
	serde_json::to_vec(&patch).ok()
}

/// The names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}
