//! Blocks as the node builds them, through `Executive`, with every pallet's `try_state` checks
//! after each one: a subnet is created and started, neurons register, stake is bought, weights
//! are set, epochs pay the neurons over several tempos, and root dissolves the subnet, whose
//! stakers the next block pays. And the runtime upgrade's migrations, with their pre- and
//! post-upgrade checks.
//!
//! Built with the `try-runtime` feature only (`scripts/test.sh` runs
//! `cargo test -p node-subtensor-runtime --features try-runtime`).

use super::{preset_ext, signed};
use crate::{
	constants::currency::TAO, AllPalletsWithSystem, Aura, BlockNumber, Executive, Header, Runtime,
	RuntimeCall, SubtensorModule, System, UncheckedExtrinsic,
};
use codec::Encode;
use frame_support::traits::{
	GetStorageVersion, StorageVersion, TryState, TryStateSelect, UpgradeCheckSelect,
};
use pallet_subtensor::{
	ActivityCutoff, ActivityCutoffFactorMilli, Bonds, BondsMovingAverage, DissolvingSubnets,
	Emission, Incentive, StakeWeight, SubnetTAO, TotalHotkeyAlpha, TotalIssuance, Weights,
};
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_genesis_builder::DEV_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::{Digest, DigestItem},
	traits::Header as _,
};
use std::collections::HashMap;
use subtensor_common::{NetUid, NetUidStorageIndex, TaoBalance};

/// A dev chain in test externalities: builds blocks on the last one and signs for the
/// development keys with the right nonces.
struct Chain {
	parent: sp_core::H256,
	nonces: HashMap<Sr25519Keyring, u32>,
}

impl Chain {
	fn new() -> Self {
		Self { parent: System::block_hash(0), nonces: HashMap::new() }
	}

	/// `call` signed by `who` with its next nonce.
	fn signed(&mut self, who: Sr25519Keyring, call: RuntimeCall) -> UncheckedExtrinsic {
		let nonce = self.nonces.entry(who).or_default();
		let extrinsic = signed(who, call, *nonce, 0);
		*nonce += 1;
		extrinsic
	}

	/// `call` as root, through `Sudo` (Alice holds the key on dev chains).
	fn sudo(&mut self, call: RuntimeCall) -> UncheckedExtrinsic {
		let call = RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) });
		self.signed(Sr25519Keyring::Alice, call)
	}

	/// Builds the next block in the next Aura slot, with the timestamp inherent and
	/// `extrinsics` (each must dispatch successfully), then runs every pallet's `try_state`.
	fn block(&mut self, extrinsics: Vec<UncheckedExtrinsic>) {
		let number: BlockNumber = System::block_number() + 1;
		let slot = u64::from(number);
		let digest = Digest {
			logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(slot).encode())],
		};
		let header =
			Header::new(number, Default::default(), Default::default(), self.parent, digest);
		Executive::initialize_block(&header);

		let now = slot * Aura::slot_duration();
		let timestamp = RuntimeCall::Timestamp(pallet_timestamp::Call::set { now });
		let inherent = UncheckedExtrinsic::new_bare(timestamp);
		for extrinsic in std::iter::once(inherent).chain(extrinsics) {
			let call = format!("{:?}", extrinsic.function);
			let applied = Executive::apply_extrinsic(extrinsic);
			assert!(matches!(applied, Ok(Ok(()))), "block {number}: {call} -> {applied:?}");
		}
		self.parent = Executive::finalize_block().hash();

		if let Err(broken) = AllPalletsWithSystem::try_state(number, TryStateSelect::All) {
			panic!("try_state after block {number}: {broken:?}");
		}
	}

	/// Builds `count` blocks without transactions.
	fn blocks(&mut self, count: u32) {
		for _ in 0..count {
			self.block(Vec::new());
		}
	}
}

fn subtensor(call: pallet_subtensor::Call<Runtime>) -> RuntimeCall {
	RuntimeCall::SubtensorModule(call)
}

fn admin(call: pallet_admin_utils::Call<Runtime>) -> RuntimeCall {
	RuntimeCall::AdminUtils(call)
}

#[test]
fn a_subnet_lives_through_epochs_with_every_check_after_every_block() {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		use Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve, Ferdie};
		let netuid = NetUid::from(1);
		let mut chain = Chain::new();
		let issuance_at_genesis = TotalIssuance::<Runtime>::get();

		// Alice creates subnet 1 with hotkey Dave (UID 0) and starts it; weights every block,
		// in the clear; root turns its TAO emission on.
		let create = chain.signed(
			Alice,
			subtensor(pallet_subtensor::Call::register_network { hotkey: Dave.to_account_id() }),
		);
		chain.block(vec![create]);
		let start = chain.signed(Alice, subtensor(pallet_subtensor::Call::start_call { netuid }));
		let rate = chain.sudo(admin(pallet_admin_utils::Call::sudo_set_weights_set_rate_limit {
			netuid,
			weights_set_rate_limit: 0,
		}));
		let clear =
			chain.sudo(admin(pallet_admin_utils::Call::sudo_set_commit_reveal_weights_enabled {
				netuid,
				enabled: false,
			}));
		let emit = chain.sudo(admin(pallet_admin_utils::Call::sudo_set_subnet_emission_enabled {
			netuid,
			enabled: true,
		}));
		chain.block(vec![start, rate, clear, emit]);

		// Bob's hotkey Eve (UID 1) and Charlie's hotkey Ferdie (UID 2) register by burning;
		// Bob stakes 100 TAO to Eve, making her a second validator.
		let register = |hotkey: Sr25519Keyring| {
			subtensor(pallet_subtensor::Call::burned_register {
				netuid,
				hotkey: hotkey.to_account_id(),
			})
		};
		let bob_registers = chain.signed(Bob, register(Eve));
		let charlie_registers = chain.signed(Charlie, register(Ferdie));
		chain.block(vec![bob_registers, charlie_registers]);
		let stake = chain.signed(
			Bob,
			subtensor(pallet_subtensor::Call::add_stake {
				hotkey: Eve.to_account_id(),
				netuid,
				amount_staked: TaoBalance::from(100 * TAO),
			}),
		);
		chain.block(vec![stake]);
		// The next epoch hands out the validator permits.
		chain.blocks(11);

		// Both validators put all their weight on Ferdie.
		let weights = |chain: &mut Chain, validator: Sr25519Keyring| {
			chain.signed(
				validator,
				subtensor(pallet_subtensor::Call::set_weights {
					netuid,
					dests: vec![2],
					weights: vec![u16::MAX],
					version_key: 0,
				}),
			)
		};
		let (dave_weights, eve_weights) = (weights(&mut chain, Dave), weights(&mut chain, Eve));
		chain.block(vec![dave_weights, eve_weights]);

		// Four tempos of 10 blocks: epochs run and pay Ferdie (incentive) and Eve (dividends)
		// in stake.
		let staked = |hotkey: Sr25519Keyring| {
			TotalHotkeyAlpha::<Runtime>::get(hotkey.to_account_id(), netuid).to_u64()
		};
		let (eve_before, ferdie_before) = (staked(Eve), staked(Ferdie));
		let pool_before = SubnetTAO::<Runtime>::get(netuid);
		chain.blocks(40);
		let incentive = Incentive::<Runtime>::get(NetUidStorageIndex::from(netuid));
		assert!(incentive.get(2).copied().unwrap_or(0) > 0, "Ferdie earns: {incentive:?}");
		assert_eq!(incentive.first().copied(), Some(0), "validators earn no incentive");
		assert!(Emission::<Runtime>::get(netuid).iter().any(|paid| paid.to_u64() > 0));
		assert!(staked(Ferdie) > ferdie_before, "the miner's emission is staked to him");
		assert!(staked(Eve) > eve_before, "the validator earns dividends");
		assert!(SubnetTAO::<Runtime>::get(netuid) > pool_before, "TAO flows into the pool");
		assert!(TotalIssuance::<Runtime>::get() > issuance_at_genesis, "TAO is minted");

		// Root dissolves it: the subnet is gone at once, and the next block pays its stakers
		// (every check still holds after each block).
		let free = |who: Sr25519Keyring| System::account(who.to_account_id()).data.free;
		let bob_before = free(Bob);
		let dissolve =
			chain.sudo(subtensor(pallet_subtensor::Call::root_dissolve_network { netuid }));
		chain.block(vec![dissolve]);
		assert!(!SubtensorModule::subnet_exists(netuid));
		assert!(DissolvingSubnets::<Runtime>::contains_key(netuid));
		chain.blocks(1);
		assert!(!DissolvingSubnets::<Runtime>::contains_key(netuid));
		assert!(free(Bob) > bob_before, "Bob's stake is paid back in TAO");
	});
}

#[test]
fn the_upgrade_migrations_pass_their_checks() {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		let mut chain = Chain::new();
		let create = chain.signed(
			Sr25519Keyring::Alice,
			subtensor(pallet_subtensor::Call::register_network {
				hotkey: Sr25519Keyring::Dave.to_account_id(),
			}),
		);
		chain.block(vec![create]);
		let netuid = NetUid::from(1);
		for hotkey in [Sr25519Keyring::Eve, Sr25519Keyring::Ferdie] {
			let register = chain.signed(
				Sr25519Keyring::Alice,
				subtensor(pallet_subtensor::Call::burned_register {
					netuid,
					hotkey: hotkey.to_account_id(),
				}),
			);
			chain.block(vec![register]);
		}
		// A chain from before storage version 1, whose subnet 1 owner set a 60-block cutoff;
		// from before version 2, a weight and a bond row in the caller's order and a bond
		// moving average above 10^6; from before version 3, a `StakeWeight` that registrations
		// did not extend.
		StakeWeight::<Runtime>::insert(netuid, vec![7u16]);
		ActivityCutoff::<Runtime>::insert(netuid, 60);
		let index = NetUidStorageIndex::of_subnet(netuid);
		Weights::<Runtime>::insert(index, 0, vec![(2u16, 7u16), (0, 9), (1, 3)]);
		Bonds::<Runtime>::insert(index, 0, vec![(1u16, 5u16), (0, 4)]);
		BondsMovingAverage::<Runtime>::insert(netuid, 2_000_000);
		StorageVersion::new(0).put::<SubtensorModule>();

		// pre_upgrade, the migrations, post_upgrade, then every try_state.
		Executive::try_runtime_upgrade(UpgradeCheckSelect::All).expect("upgrade checks pass");

		assert_eq!(SubtensorModule::on_chain_storage_version(), StorageVersion::new(4));
		assert_eq!(StakeWeight::<Runtime>::get(netuid), vec![7, 0, 0]);
		// 60 blocks at the dev chains' tempo of 10: six tempos.
		assert_eq!(ActivityCutoffFactorMilli::<Runtime>::get(netuid), 6_000);
		assert_eq!(Weights::<Runtime>::get(index, 0), vec![(0, 9), (1, 3), (2, 7)]);
		assert_eq!(Bonds::<Runtime>::get(index, 0), vec![(0, 4), (1, 5)]);
		assert_eq!(BondsMovingAverage::<Runtime>::get(netuid), 1_000_000);
	});
}

#[test]
fn try_state_catches_a_broken_invariant() {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		let mut chain = Chain::new();
		chain.blocks(1);
		// A commitment of a hotkey that holds no UID, as a faulty clean-up would leave it.
		let record = pallet_subtensor_commitments::Registration {
			deposit: TaoBalance::ZERO,
			block: 1,
			info: Default::default(),
		};
		let stray = Sr25519Keyring::Eve.to_account_id();
		pallet_subtensor_commitments::CommitmentOf::<Runtime>::insert(NetUid::ROOT, &stray, record);
		pallet_subtensor_commitments::LastCommitment::<Runtime>::insert(NetUid::ROOT, &stray, 1);
		assert!(AllPalletsWithSystem::try_state(1, TryStateSelect::All).is_err());
		let only = TryStateSelect::Only(vec![b"Commitments".to_vec()]);
		let found = AllPalletsWithSystem::try_state(1, only);
		assert!(format!("{found:?}").contains("outlived its hotkey"), "{found:?}");
	});
}
