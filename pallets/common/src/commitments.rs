//! The interface between `SubtensorModule` and pallet `Commitments`: who may publish a
//! commitment on a subnet and what a commitment may do to the subnet's bonds, and the other way,
//! when commitments go away with their neuron or subnet, and what they hold for the metagraph.

use crate::NetUid;
use alloc::vec::Vec;
use sp_runtime::transaction_validity::TransactionValidityError;

/// What pallet `Commitments` asks of the subnets (implemented by `SubtensorModule`).
pub trait CommitmentSubnets<AccountId> {
	/// Whether `hotkey` holds a UID on `netuid` (false when the subnet does not exist).
	fn is_registered(netuid: NetUid, hotkey: &AccountId) -> bool;
	/// The block the subnet's current epoch started at: publishing quotas restart with it.
	fn epoch_start_block(netuid: NetUid) -> u64;
	/// The subnet's tempo: a commitment may reset bonds once per tempo.
	fn tempo(netuid: NetUid) -> u16;
	/// Whether the subnet owner lets commitments reset bonds (`BondsResetOn`).
	fn bonds_reset_enabled(netuid: NetUid) -> bool;
	/// Clears every validator's bond to `hotkey`'s UID.
	fn reset_bonds_to(netuid: NetUid, hotkey: &AccountId);
	/// Benchmarks: a full subnet whose every validator bonds to every UID, with bonds resets
	/// allowed; returns it and a registered hotkey.
	#[cfg(feature = "runtime-benchmarks")]
	fn full_subnet_for_benchmark() -> (NetUid, AccountId);
}

/// What the subnets tell pallet `Commitments` (implemented by it; `()` keeps nothing).
pub trait SubnetCommitments<AccountId> {
	/// `hotkey` lost its UID on `netuid`: its commitment goes with it.
	fn forget_hotkey(netuid: NetUid, hotkey: &AccountId);
	/// `old`'s neuron on `netuid` now belongs to `new` (a hotkey swap): so does its commitment.
	fn move_hotkey(netuid: NetUid, old: &AccountId, new: &AccountId);
	/// The subnet was dissolved: every commitment on it goes.
	fn forget_subnet(netuid: NetUid);
	/// Each hotkey's commitment on `netuid`, SCALE-encoded (for clients' metagraph views).
	fn commitments_of(netuid: NetUid) -> Vec<(AccountId, Vec<u8>)>;
	/// Benchmarks: a commitment of the largest size by `hotkey` on `netuid`.
	#[cfg(feature = "runtime-benchmarks")]
	fn commit_for_benchmark(netuid: NetUid, hotkey: &AccountId);
}

impl<AccountId> SubnetCommitments<AccountId> for () {
	fn forget_hotkey(_netuid: NetUid, _hotkey: &AccountId) {}
	fn move_hotkey(_netuid: NetUid, _old: &AccountId, _new: &AccountId) {}
	fn forget_subnet(_netuid: NetUid) {}
	fn commitments_of(_netuid: NetUid) -> Vec<(AccountId, Vec<u8>)> {
		Vec::new()
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn commit_for_benchmark(_netuid: NetUid, _hotkey: &AccountId) {}
}

/// A pool-admission check of another pallet's fee-less calls, run by `SubtensorModule`'s
/// transaction extension so the extrinsic format stays the clients' (implemented by pallet
/// `Commitments`; `()` admits everything).
pub trait FreeCallGuard<Call, AccountId> {
	/// `Err` when `call` signed by `who` cannot succeed.
	fn guard(who: &AccountId, call: &Call) -> Result<(), TransactionValidityError>;
}

impl<Call, AccountId> FreeCallGuard<Call, AccountId> for () {
	fn guard(_who: &AccountId, _call: &Call) -> Result<(), TransactionValidityError> {
		Ok(())
	}
}
