//! Hash commit-reveal: a validator first commits `BlakeTwo256(SCALE(hotkey, mechanism index,
//! uids, values, salt, version_key))`, then reveals the vector `RevealPeriodEpochs` epochs
//! later, so others cannot copy its weights while they matter. A commit not revealed in its
//! epoch expires. Timelocked commits, which the chain opens itself, are in `timelocked.rs`.

use super::{set::WeightsSource, MAX_UNREVEALED_COMMITS};
use crate::*;
use alloc::{collections::VecDeque, vec::Vec};
use frame_support::ensure;
use frame_system::pallet_prelude::OriginFor;
use sp_core::H256;
use sp_runtime::{
	traits::{BlakeTwo256, Hash},
	DispatchError, DispatchResult,
};
use subtensor_common::{MechId, NetUid, NetUidStorageIndex};

/// A queued commit: (hash, epoch it was made in, block it was made in, unused).
pub type WeightCommit = (H256, u64, u64, u64);

/// A weight vector revealed from a commit.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Reveal {
	/// Destination UIDs.
	pub uids: Vec<u16>,
	/// Their weights.
	pub values: Vec<u16>,
	/// The salt the commit was made with.
	pub salt: Vec<u16>,
	/// Version key of the weights.
	pub version_key: u64,
}

impl<T: Config> Pallet<T> {
	/// The epoch commits are counted in: the subnet's epoch index, plus one when its epoch runs
	/// in this very block (a commit in that block belongs to the next epoch).
	pub fn current_epoch_with_lookahead(netuid: NetUid) -> u64 {
		let index = SubnetEpochIndex::<T>::get(netuid);
		if Self::should_run_epoch(netuid, Self::current_block()) {
			index.saturating_add(1)
		} else {
			index
		}
	}

	/// The hash a commit of `reveal` by `hotkey` on mechanism `index` carries.
	pub fn weights_commit_hash(
		hotkey: &T::AccountId,
		index: NetUidStorageIndex,
		reveal: &Reveal,
	) -> H256 {
		BlakeTwo256::hash_of(&(
			hotkey,
			index.inner(),
			&reveal.uids,
			&reveal.values,
			&reveal.salt,
			reveal.version_key,
		))
	}

	/// `commit_weights` / `commit_mechanism_weights`: queues `hash` for a reveal
	/// `RevealPeriodEpochs` epochs from now.
	pub fn do_commit_weights(
		origin: OriginFor<T>,
		netuid: NetUid,
		mecid: MechId,
		hash: H256,
	) -> DispatchResult {
		let hotkey = frame_system::ensure_signed(origin)?;
		let index = Self::ensure_mechanism_exists(netuid, mecid)?;
		ensure!(CommitRevealWeightsEnabled::<T>::get(netuid), Error::<T>::CommitRevealDisabled);
		let uid = Uids::<T>::get(netuid, &hotkey).ok_or(Error::<T>::HotKeyNotRegisteredInSubNet)?;
		ensure!(
			Self::weights_rate_limit_passed(netuid, index, uid),
			Error::<T>::CommittingWeightsTooFast
		);
		let epoch = Self::current_epoch_with_lookahead(netuid);
		let period = RevealPeriodEpochs::<T>::get(netuid);
		let mut queue = WeightCommits::<T>::get(index, &hotkey).unwrap_or_default();
		Self::drop_expired_commits(&mut queue, epoch, period);
		ensure!(queue.len() < MAX_UNREVEALED_COMMITS, Error::<T>::TooManyUnrevealedCommits);
		queue.push_back((hash, epoch, Self::current_block(), 0));
		WeightCommits::<T>::insert(index, &hotkey, queue);
		Self::note_weights_update(index, uid);
		Self::deposit_event(Event::WeightsCommitted(hotkey, index, hash));
		Ok(())
	}

	/// `reveal_weights` / `reveal_mechanism_weights`: applies a committed vector in its reveal
	/// epoch (all checks of `set_weights` but the rate limit) and drops it with every older
	/// commit.
	pub fn do_reveal_weights(
		origin: OriginFor<T>,
		netuid: NetUid,
		mecid: MechId,
		reveal: Reveal,
	) -> DispatchResult {
		let hotkey = frame_system::ensure_signed(origin)?;
		let index = Self::ensure_mechanism_exists(netuid, mecid)?;
		let hash = Self::reveal_weights_of(&hotkey, netuid, mecid, index, reveal)?;
		Self::deposit_event(Event::WeightsRevealed(hotkey, index, hash));
		Ok(())
	}

	/// `batch_reveal_weights` (mechanism 0): reveals several commits in order, all or nothing.
	pub fn do_batch_reveal_weights(
		origin: OriginFor<T>,
		netuid: NetUid,
		reveals: Vec<Reveal>,
	) -> DispatchResult {
		let hotkey = frame_system::ensure_signed(origin)?;
		let index = Self::ensure_mechanism_exists(netuid, 0)?;
		let hashes = reveals
			.into_iter()
			.map(|reveal| Self::reveal_weights_of(&hotkey, netuid, 0, index, reveal))
			.collect::<Result<Vec<_>, _>>()?;
		Self::deposit_event(Event::WeightsBatchRevealed(hotkey, netuid, hashes));
		Ok(())
	}

	/// Reveals one commit of `hotkey`; returns its hash.
	fn reveal_weights_of(
		hotkey: &T::AccountId,
		netuid: NetUid,
		mecid: MechId,
		index: NetUidStorageIndex,
		reveal: Reveal,
	) -> Result<H256, DispatchError> {
		ensure!(CommitRevealWeightsEnabled::<T>::get(netuid), Error::<T>::CommitRevealDisabled);
		let mut queue =
			WeightCommits::<T>::get(index, hotkey).ok_or(Error::<T>::NoWeightsCommitFound)?;
		let hash = Self::weights_commit_hash(hotkey, index, &reveal);
		let epoch = Self::current_epoch_with_lookahead(netuid);
		let period = RevealPeriodEpochs::<T>::get(netuid);
		let expired = Self::drop_expired_commits(&mut queue, epoch, period);
		ensure!(!expired.contains(&hash), Error::<T>::ExpiredWeightCommit);
		let position = queue
			.iter()
			.position(|(committed, ..)| *committed == hash)
			.ok_or(Error::<T>::InvalidRevealCommitHashNotMatch)?;
		let commit_epoch = queue.get(position).map(|(_, epoch, ..)| *epoch).unwrap_or(0);
		ensure!(epoch == commit_epoch.saturating_add(period), Error::<T>::RevealTooEarly);
		queue.drain(..=position);
		if queue.is_empty() {
			WeightCommits::<T>::remove(index, hotkey);
		} else {
			WeightCommits::<T>::insert(index, hotkey, queue);
		}
		Self::apply_weights(
			hotkey,
			netuid,
			mecid,
			reveal.uids,
			reveal.values,
			reveal.version_key,
			WeightsSource::Reveal,
		)?;
		Ok(hash)
	}

	/// Removes the commits at the front of `queue` whose reveal epoch has passed; returns their
	/// hashes.
	fn drop_expired_commits(
		queue: &mut VecDeque<WeightCommit>,
		epoch: u64,
		period: u64,
	) -> Vec<H256> {
		let mut expired = Vec::new();
		while let Some((hash, commit_epoch, ..)) = queue.front().copied() {
			if commit_epoch.saturating_add(period) >= epoch {
				break;
			}
			expired.push(hash);
			queue.pop_front();
		}
		expired
	}
}
