//! # node-subtensor runtime
//!
//! The WASM runtime of node-subtensor, an independent implementation of the Bittensor chain.
//! This file only composes: it names the runtime's types, lists the pallets at the real chain's
//! indices (so call, event and error encodings match what existing clients use), and declares
//! the transaction extensions in the order clients sign them.
//!
//! Where things live:
//! - [`constants`]: currency units, block time, chain facts.
//! - [`configs`]: one file per group of pallet configurations.
//! - [`apis`]: the runtime APIs the node and clients call.
//! - [`check_nonce`]: the nonce check that lets key holders without TAO send fee-less calls.
//! - [`charge_fee`]: the fee extension, with room for fees paid in alpha.
//! - [`genesis_config_presets`]: the `development` and `local_testnet` genesis presets.

#![cfg_attr(not(feature = "std"), no_std)]
// The runtime macros expand deeply.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

use alloc::vec::Vec;

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod charge_fee;
pub mod check_nonce;
pub mod configs;
pub mod constants;
pub mod genesis_config_presets;
#[cfg(test)]
mod tests;

use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::{runtime_version, RuntimeVersion};

pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Block number: `u32`, as in the real chain's header.
pub type BlockNumber = u32;
/// Signature of a transaction: sr25519, ed25519 or ecdsa.
pub type Signature = MultiSignature;
/// Account identifier: the 32-byte public key behind the signature scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// TAO balance in rao (1 TAO = 10^9 rao).
pub type Balance = u64;
/// Transaction counter of an account.
pub type Nonce = u32;
/// Block and state hash.
pub type Hash = sp_core::H256;
/// The address format clients use in extrinsics.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block of this runtime.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// Opaque types the node uses without knowing the runtime's call or extrinsic layout.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block hash.
	pub type Hash = <BlakeTwo256 as sp_runtime::traits::Hash>::Output;

	impl_opaque_keys! {
		/// The session keys of a validator: Aura (block production) and GRANDPA (finality).
		pub struct SessionKeys {
			/// sr25519 key that signs Aura blocks.
			pub aura: Aura,
			/// ed25519 key that votes in GRANDPA.
			pub grandpa: Grandpa,
		}
	}
}

/// Declares [`VERSION`] with `spec_version` `$spec` (a literal token: `runtime_version` embeds
/// the version in the WASM's custom section at compile time).
macro_rules! declare_version {
	($spec:tt) => {
		/// The runtime version. Bump `spec_version` whenever the runtime logic or metadata
		/// changes: clients cache metadata keyed by it.
		#[runtime_version]
		pub const VERSION: RuntimeVersion = RuntimeVersion {
			spec_name: alloc::borrow::Cow::Borrowed("node-subtensor"),
			impl_name: alloc::borrow::Cow::Borrowed("node-subtensor"),
			authoring_version: 1,
			spec_version: $spec,
			impl_version: 1,
			apis: apis::RUNTIME_API_VERSIONS,
			transaction_version: 1,
			system_version: 1,
		};
	};
}
#[cfg(not(feature = "upgrade-test"))]
declare_version!(126);
/// The forkless-upgrade test's runtime: this one with the next `spec_version`.
#[cfg(feature = "upgrade-test")]
declare_version!(127);

/// The transaction extensions, in the order clients encode and sign them (see the reference's
/// runtime chapter): only `CheckMortality`, `CheckNonce`, `ChargeTransactionPayment` and
/// `CheckMetadataHash` carry data in the extrinsic (`CheckShieldedTxValidity`, which refuses
/// malformed carriers, and `SubtensorTransactionExtension`, the pool guard of fee-less calls,
/// carry none). `CheckMortality` is frame-system's with MevShield's rule for carriers.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	pallet_subtensor_shield::CheckMortality<Runtime>,
	check_nonce::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	charge_fee::ChargeTaoOrAlphaFee,
	pallet_subtensor_shield::CheckShieldedTxValidity<Runtime>,
	pallet_subtensor::SubtensorTransactionExtension<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
);

/// Extrinsic as it travels on the wire (signed extrinsics are format version 4).
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Storage migrations run on a runtime upgrade, oldest first; each is a FRAME
/// `VersionedMigration`, so it runs once, when the pallet's on-chain storage version is the one
/// it migrates from.
type Migrations = (
	pallet_subtensor::migrations::v1::MigrateV0ToV1<Runtime>,
	pallet_subtensor::migrations::v2::MigrateV1ToV2<Runtime>,
	pallet_subtensor::migrations::v3::MigrateV2ToV3<Runtime>,
	pallet_subtensor::migrations::v4::MigrateV3ToV4<Runtime>,
);

/// Dispatches blocks and extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

/// The pallets, at the real chain's indices. The free indices are taken by pallets this
/// implementation adds later (Commitments 18, Drand 26, ...) or that the real chain removed; they stay free
/// so that every call keeps the encoding clients already use.
#[frame_support::runtime]
mod runtime {
	/// The runtime: the set of pallets below.
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	/// Accounts, blocks, events and runtime upgrades.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	/// Block timestamps (the Aura slot is derived from them).
	#[runtime::pallet_index(2)]
	pub type Timestamp = pallet_timestamp;

	/// Block production.
	#[runtime::pallet_index(3)]
	pub type Aura = pallet_aura;

	/// Finality.
	#[runtime::pallet_index(4)]
	pub type Grandpa = pallet_grandpa;

	/// TAO balances.
	#[runtime::pallet_index(5)]
	pub type Balances = pallet_balances;

	/// Transaction fees, paid to the block author.
	#[runtime::pallet_index(6)]
	pub type TransactionPayment = pallet_transaction_payment;

	/// Subnets, neurons and serving (later staking, weights and emission).
	#[runtime::pallet_index(7)]
	pub type SubtensorModule = pallet_subtensor;

	/// Batches and derivative dispatch.
	#[runtime::pallet_index(11)]
	pub type Utility = pallet_utility;

	/// The chain's superuser key.
	#[runtime::pallet_index(12)]
	pub type Sudo = pallet_sudo;

	/// Multi-signature accounts.
	#[runtime::pallet_index(13)]
	pub type Multisig = pallet_multisig;

	/// Storage of call preimages (used by the scheduler).
	#[runtime::pallet_index(14)]
	pub type Preimage = pallet_preimage;

	/// Calls dispatched at a later block.
	#[runtime::pallet_index(15)]
	pub type Scheduler = pallet_scheduler;

	/// Accounts acting for other accounts.
	#[runtime::pallet_index(16)]
	pub type Proxy = pallet_proxy;

	/// Metadata neurons publish on their subnet.
	#[runtime::pallet_index(18)]
	pub type Commitments = pallet_subtensor_commitments;

	/// Root and subnet-owner setters of the hyperparameters.
	#[runtime::pallet_index(19)]
	pub type AdminUtils = pallet_admin_utils;

	/// drand quicknet's pulses: the keys to timelocked weight commits and commitments.
	#[runtime::pallet_index(26)]
	pub type Drand = pallet_drand;

	/// Pool math and fee rate of each subnet's TAO/alpha pool.
	#[runtime::pallet_index(28)]
	pub type Swap = pallet_subtensor_swap;

	/// The encrypted mempool: extrinsics sealed to a block author's key against front-running.
	#[runtime::pallet_index(30)]
	pub type MevShield = pallet_subtensor_shield;
}
