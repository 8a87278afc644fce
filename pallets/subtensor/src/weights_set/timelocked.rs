//! Timelocked commit-reveal (the clients' default on commit-reveal subnets): a validator
//! commits its weights encrypted to a future round of the drand beacon; `RevealPeriodEpochs`
//! epochs later the chain opens every commit whose round's pulse is stored (pallet `Drand`,
//! through `Config::Timelock`) and applies the weights as `set_weights` would. Nobody has to
//! reveal anything, and nobody can read the weights before the round.
//!
//! Commits live in [`TimelockedWeightCommits`] by mechanism and epoch. Every block, before the
//! epochs run, each subnet whose epoch is not deferred opens the commits of its reveal epoch
//! (at most [`MAX_TIMELOCK_OPENS_PER_BLOCK`] decryptions per block, the rest wait for the next
//! block), keeps those whose pulse has not arrived, and removes the commits of older epochs
//! ([`Event::TimelockedWeightsExpired`]). A commit that opens but cannot apply is dropped with
//! [`Event::TimelockedWeightsDropped`].

use super::{set::WeightsSource, MAX_UNREVEALED_COMMITS};
use crate::*;
use alloc::{collections::VecDeque, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{ensure, pallet_prelude::ConstU32, traits::Get, weights::Weight, BoundedVec};
use frame_system::pallet_prelude::OriginFor;
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{BlakeTwo256, Hash},
	DispatchError, DispatchResult,
};
use subtensor_common::{MechId, NetUid, NetUidStorageIndex, TimelockOpenError, TimelockOpener};

/// Longest ciphertext a timelocked commit may carry (the call signature's bound).
pub const MAX_TIMELOCK_COMMIT_BYTES: u32 = 5_000;

/// The one commit-reveal version this chain's calls accept unless root sets another
/// (`CommitRevealWeightsVersion`'s default, and what `commit_crv3_mechanism_weights` uses).
pub const TIMELOCK_COMMIT_VERSION: u16 = 4;

/// Most timelocked commits opened (decryptions attempted) in one block: a decryption is a
/// pairing, so this bounds the block's work; what is left waits for the next block.
pub const MAX_TIMELOCK_OPENS_PER_BLOCK: u32 = 32;

/// A timelocked commit's ciphertext.
pub type TimelockCiphertext = BoundedVec<u8, ConstU32<MAX_TIMELOCK_COMMIT_BYTES>>;

/// A stored timelocked commit: (hotkey, block it was made in, ciphertext, drand round).
pub type TimelockedCommit<AccountId> = (AccountId, u64, TimelockCiphertext, u64);

/// Most timelocked commits one mechanism holds for one epoch (this chain's own bound: each
/// commit reads and writes the epoch's whole queue). With the default rate limit a full subnet
/// of 256 validators commits at most 4 times per epoch each.
pub const MAX_TIMELOCKED_COMMITS_PER_EPOCH: u32 = 1_024;

/// What a timelocked commit decrypts to (SCALE): the committing hotkey's public key, then the
/// weights as `set_weights` takes them.
#[derive(Decode, Encode)]
pub struct TimelockedWeightsPayload {
	/// The committing hotkey, SCALE-encoded (its 32 bytes).
	pub hotkey: Vec<u8>,
	/// Destination UIDs.
	pub uids: Vec<u16>,
	/// Their weights.
	pub values: Vec<u16>,
	/// Version key of the weights.
	pub version_key: u64,
}

/// The payload of older clients, without the hotkey.
#[derive(Decode, Encode)]
struct LegacyWeightsPayload {
	uids: Vec<u16>,
	values: Vec<u16>,
	version_key: u64,
}

/// Why a timelocked commit was dropped when its round came.
#[derive(Clone, Copy, Debug, Decode, DecodeWithMemTracking, Encode, Eq, PartialEq, TypeInfo)]
pub enum TimelockedCommitFailure {
	/// The ciphertext is malformed or not encrypted to the round it names.
	Undecryptable,
	/// The plaintext is no weights payload.
	MalformedPayload,
	/// The payload names another hotkey than the one that committed it.
	HotkeyMismatch,
	/// The weights failed a check of `set_weights`.
	WeightsRefused(DispatchError),
}

/// The weights a commit opened to.
struct OpenedWeights {
	uids: Vec<u16>,
	values: Vec<u16>,
	version_key: u64,
}

/// Decodes a payload committed by `hotkey`: the current layout if its hotkey decodes as an
/// account (which must be `hotkey`), else the legacy one.
fn decode_payload<AccountId: Decode + PartialEq>(
	plaintext: &[u8],
	hotkey: &AccountId,
) -> Result<OpenedWeights, TimelockedCommitFailure> {
	if let Ok(payload) = TimelockedWeightsPayload::decode(&mut &plaintext[..]) {
		if let Ok(named) = AccountId::decode(&mut payload.hotkey.as_slice()) {
			ensure!(named == *hotkey, TimelockedCommitFailure::HotkeyMismatch);
			return Ok(OpenedWeights {
				uids: payload.uids,
				values: payload.values,
				version_key: payload.version_key,
			});
		}
	}
	LegacyWeightsPayload::decode(&mut &plaintext[..])
		.map(|legacy| OpenedWeights {
			uids: legacy.uids,
			values: legacy.values,
			version_key: legacy.version_key,
		})
		.map_err(|_| TimelockedCommitFailure::MalformedPayload)
}

/// The reveal work of one block: decryptions left and the weight spent.
struct RevealBudget {
	opens_left: u32,
	weight: Weight,
}

impl<T: Config> Pallet<T> {
	/// `commit_timelocked_weights` and its mechanism forms: stores `commit` (encrypted to drand
	/// `round`) for the reveal `RevealPeriodEpochs` epochs from now. The reference's checks in
	/// its order: mechanism, signer, commit-reveal on, `version`, registration, rate limit, fewer
	/// than 10 commits this epoch; then the round, which must not be older than the latest
	/// stored pulse (`InvalidRevealRound`, as the pool says), and room in the epoch's queue
	/// ([`MAX_TIMELOCKED_COMMITS_PER_EPOCH`], `TooManyUnrevealedCommits`).
	pub fn do_commit_timelocked_weights(
		origin: OriginFor<T>,
		netuid: NetUid,
		mecid: MechId,
		commit: TimelockCiphertext,
		round: u64,
		version: u16,
	) -> DispatchResult {
		let index = Self::ensure_mechanism_exists(netuid, mecid)?;
		let hotkey = frame_system::ensure_signed(origin)?;
		ensure!(CommitRevealWeightsEnabled::<T>::get(netuid), Error::<T>::CommitRevealDisabled);
		ensure!(
			version == CommitRevealWeightsVersion::<T>::get(),
			Error::<T>::IncorrectCommitRevealVersion
		);
		let uid = Uids::<T>::get(netuid, &hotkey).ok_or(Error::<T>::HotKeyNotRegisteredInSubNet)?;
		ensure!(
			Self::weights_rate_limit_passed(netuid, index, uid),
			Error::<T>::CommittingWeightsTooFast
		);
		ensure!(round >= T::Timelock::latest_round(), Error::<T>::InvalidRevealRound);
		let epoch = Self::current_epoch_with_lookahead(netuid);
		let now = Self::current_block();
		TimelockedWeightCommits::<T>::try_mutate(index, epoch, |commits| {
			let mine = commits.iter().filter(|(committer, ..)| *committer == hotkey).count();
			ensure!(mine < MAX_UNREVEALED_COMMITS, Error::<T>::TooManyUnrevealedCommits);
			let full = u32::try_from(commits.len()).unwrap_or(u32::MAX);
			ensure!(full < MAX_TIMELOCKED_COMMITS_PER_EPOCH, Error::<T>::TooManyUnrevealedCommits);
			let hash = BlakeTwo256::hash(&commit);
			commits.push_back((hotkey.clone(), now, commit, round));
			Self::deposit_event(Event::TimelockedWeightsCommitted(hotkey, index, hash, round));
			Ok::<(), DispatchError>(())
		})?;
		Self::note_weights_update(index, uid);
		Ok(())
	}

	/// Opens the timelocked commits due on `subnets` (all but the root and those whose epoch is
	/// deferred this block), within this block's budget; returns the weight used.
	pub fn reveal_timelocked_commits(subnets: &[NetUid], deferred: &[NetUid]) -> Weight {
		// The latest round, the epoch cap, and each subnet's schedule (which epochs are due).
		let subnet_count = u64::try_from(subnets.len()).unwrap_or(u64::MAX);
		let mut budget = RevealBudget {
			opens_left: MAX_TIMELOCK_OPENS_PER_BLOCK,
			weight: T::DbWeight::get().reads(subnet_count.saturating_mul(3).saturating_add(2)),
		};
		let latest_round = T::Timelock::latest_round();
		for netuid in subnets.iter().copied() {
			if netuid.is_root() || deferred.contains(&netuid) {
				continue;
			}
			Self::reveal_subnet_commits(netuid, latest_round, &mut budget);
		}
		budget.weight
	}

	/// The reveal step of one subnet: every mechanism's expired epochs removed, its reveal
	/// epoch's commits opened while the budget lasts.
	fn reveal_subnet_commits(netuid: NetUid, latest_round: u64, budget: &mut RevealBudget) {
		let period = RevealPeriodEpochs::<T>::get(netuid);
		let epoch = Self::current_epoch_with_lookahead(netuid);
		let mechanisms = MechanismCountCurrent::<T>::get(netuid);
		// The period, the epoch index, its schedule (3) and the mechanism count.
		budget.weight = budget.weight.saturating_add(T::DbWeight::get().reads(6));
		let Some(reveal_epoch) = epoch.checked_sub(period) else {
			return;
		};
		for mecid in 0..mechanisms {
			let index = NetUidStorageIndex::new(netuid, mecid);
			Self::expire_timelocked_commits(index, reveal_epoch, budget);
			Self::open_due_commits(netuid, mecid, index, reveal_epoch, latest_round, budget);
		}
	}

	/// Removes the commits of `index` made before `reveal_epoch`: their reveal epoch passed.
	fn expire_timelocked_commits(
		index: NetUidStorageIndex,
		reveal_epoch: u64,
		budget: &mut RevealBudget,
	) {
		let epochs: Vec<u64> = TimelockedWeightCommits::<T>::iter_key_prefix(index).collect();
		// One read per key the iteration met, and one that found the end.
		let reads = u64::try_from(epochs.len()).unwrap_or(u64::MAX).saturating_add(1);
		budget.weight = budget.weight.saturating_add(T::DbWeight::get().reads(reads));
		for epoch in epochs.into_iter().filter(|epoch| *epoch < reveal_epoch) {
			let commits = Self::timelocked_queue_len(index, epoch);
			TimelockedWeightCommits::<T>::remove(index, epoch);
			budget.weight = budget.weight.saturating_add(T::DbWeight::get().reads_writes(1, 1));
			Self::deposit_event(Event::TimelockedWeightsExpired { netuid: index, epoch, commits });
		}
	}

	/// Opens, in commit order and while the budget lasts, the commits of `reveal_epoch` whose
	/// round's pulse is stored; keeps the others (and those past the budget) for later blocks.
	fn open_due_commits(
		netuid: NetUid,
		mecid: MechId,
		index: NetUidStorageIndex,
		reveal_epoch: u64,
		latest_round: u64,
		budget: &mut RevealBudget,
	) {
		let queue = TimelockedWeightCommits::<T>::get(index, reveal_epoch);
		if queue.is_empty() {
			return;
		}
		let mut kept = VecDeque::with_capacity(queue.len());
		let mut opened: u32 = 0;
		for commit in queue {
			let (hotkey, _, ciphertext, round) = &commit;
			if *round > latest_round || budget.opens_left == 0 {
				kept.push_back(commit);
				continue;
			}
			budget.opens_left = budget.opens_left.saturating_sub(1);
			opened = opened.saturating_add(1);
			match T::Timelock::open(ciphertext, *round) {
				Err(TimelockOpenError::PulseMissing) => kept.push_back(commit),
				Err(TimelockOpenError::Undecryptable) => {
					Self::drop_commit(index, hotkey, TimelockedCommitFailure::Undecryptable)
				},
				Ok(plaintext) => {
					Self::apply_opened_commit(netuid, mecid, index, hotkey, &plaintext)
				},
			}
		}
		let kept_count = u32::try_from(kept.len()).unwrap_or(u32::MAX);
		budget.weight = budget
			.weight
			.saturating_add(T::WeightInfo::reveal_timelocked_commits(opened, kept_count));
		if kept.is_empty() {
			TimelockedWeightCommits::<T>::remove(index, reveal_epoch);
		} else if opened > 0 {
			TimelockedWeightCommits::<T>::insert(index, reveal_epoch, kept);
		}
	}

	/// How many commits `index` holds for `epoch`, from the length prefix of the stored queue
	/// alone (the weight of a commit, which reads and writes the whole queue).
	pub fn timelocked_queue_len(index: NetUidStorageIndex, epoch: u64) -> u32 {
		let key = TimelockedWeightCommits::<T>::hashed_key_for(index, epoch);
		let mut prefix = [0u8; 5];
		sp_io::storage::read(&key, &mut prefix, 0)
			.and_then(|_| codec::Compact::<u32>::decode(&mut &prefix[..]).ok())
			.map_or(0, |length| length.0)
	}

	/// The weight of a timelocked commit on mechanism `mecid` of `netuid` now.
	pub fn commit_timelocked_weight(netuid: NetUid, mecid: MechId) -> Weight {
		let index = NetUidStorageIndex::new(netuid, mecid);
		let queued = Self::timelocked_queue_len(index, Self::current_epoch_with_lookahead(netuid));
		T::WeightInfo::commit_timelocked_weights(queued).saturating_add(T::DbWeight::get().reads(5))
	}

	/// Applies the weights `hotkey` committed, with every check of `set_weights` (the rate
	/// limit only while commit-reveal is off, as for a direct set then).
	fn apply_opened_commit(
		netuid: NetUid,
		mecid: MechId,
		index: NetUidStorageIndex,
		hotkey: &T::AccountId,
		plaintext: &[u8],
	) {
		let weights = match decode_payload(plaintext, hotkey) {
			Ok(weights) => weights,
			Err(failure) => return Self::drop_commit(index, hotkey, failure),
		};
		let source = if CommitRevealWeightsEnabled::<T>::get(netuid) {
			WeightsSource::Reveal
		} else {
			WeightsSource::Direct
		};
		let applied = Self::apply_weights(
			hotkey,
			netuid,
			mecid,
			weights.uids,
			weights.values,
			weights.version_key,
			source,
		);
		match applied {
			Ok(()) => Self::deposit_event(Event::TimelockedWeightsRevealed(index, hotkey.clone())),
			Err(error) => {
				Self::drop_commit(index, hotkey, TimelockedCommitFailure::WeightsRefused(error))
			},
		}
	}

	/// Reports a commit dropped for `reason`.
	fn drop_commit(
		index: NetUidStorageIndex,
		hotkey: &T::AccountId,
		reason: TimelockedCommitFailure,
	) {
		Self::deposit_event(Event::TimelockedWeightsDropped {
			netuid: index,
			hotkey: hotkey.clone(),
			reason,
		});
	}
}
