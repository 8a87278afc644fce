//! Opening timelocked commitments: every block the chain walks [`TimelockedIndex`] from
//! [`TimelockRevealCursor`], at most [`MAX_ENTRIES_PER_BLOCK`] commitments and
//! [`MAX_OPENS_PER_BLOCK`] decryptions, and opens each `TimelockEncrypted` field whose drand
//! round's pulse is stored (pallet `Drand`, through `Config::Timelock`). The plaintext joins the
//! hotkey's [`RevealedCommitments`] (its latest [`MAX_REVEALS_KEPT`]), the field leaves the
//! commitment, and a commitment left without fields goes. A ciphertext that cannot be opened
//! with its round's pulse is dropped (`CommitmentUndecryptable`).

use crate::pallet::*;
use crate::types::Data;
use crate::weights::WeightInfo;
use alloc::vec::Vec;
use core::ops::Bound;
use frame_support::{traits::Get, weights::Weight};
use sp_runtime::traits::SaturatedConversion;
use subtensor_common::{NetUid, TimelockOpenError, TimelockOpener};

/// Most decryptions per block (each is a pairing).
pub const MAX_OPENS_PER_BLOCK: u32 = 16;
/// Most commitments of the index examined per block.
pub const MAX_ENTRIES_PER_BLOCK: u32 = 64;
/// Revealed payloads kept per hotkey and subnet, the latest.
pub const MAX_REVEALS_KEPT: usize = 10;
/// The most commitments the index can hold: each needs a UID, and a chain has at most 128
/// subnets of 256 UIDs. The benchmarks measure with an index this large.
pub const MAX_INDEXED_COMMITMENTS: u32 = 128 * 256;

/// What opening one commitment did.
#[derive(Default)]
struct Opened {
	/// Decryptions attempted.
	attempts: u32,
	/// Whether the commitment changed (a field opened or was dropped).
	changed: bool,
}

impl<T: Config> Pallet<T> {
	/// This block's walk over [`TimelockedIndex`]; returns its weight.
	pub fn reveal_timelocked_commitments() -> Weight {
		let index = TimelockedIndex::<T>::get();
		if index.is_empty() {
			return T::DbWeight::get().reads(1);
		}
		let latest_round = T::Timelock::latest_round();
		let cursor = TimelockRevealCursor::<T>::get();
		// The entries after the cursor, then those up to it: every entry once per lap.
		let limit = MAX_ENTRIES_PER_BLOCK as usize;
		let order: Vec<&(NetUid, T::AccountId)> = match &cursor {
			Some(last) => index
				.range((Bound::Excluded(last), Bound::Unbounded))
				.chain(index.range((Bound::Unbounded, Bound::Included(last))))
				.take(limit)
				.collect(),
			None => index.iter().take(limit).collect(),
		};
		let mut opens_left = MAX_OPENS_PER_BLOCK;
		let mut attempts: u32 = 0;
		let mut last = None;
		for (netuid, who) in order {
			if opens_left == 0 {
				break;
			}
			let opened = Self::open_commitment(*netuid, who, latest_round, &mut opens_left);
			attempts = attempts.saturating_add(opened.attempts);
			last = Some((*netuid, who.clone()));
		}
		match last {
			Some(last) => TimelockRevealCursor::<T>::put(last),
			None => TimelockRevealCursor::<T>::kill(),
		}
		// Measured with a full index and `MAX_ENTRIES_PER_BLOCK` commitments examined.
		T::WeightInfo::reveal_timelocked_commitments(attempts)
	}

	/// Opens what of `who`'s commitment on `netuid` the budget and the stored pulses allow.
	fn open_commitment(
		netuid: NetUid,
		who: &T::AccountId,
		latest_round: u64,
		opens_left: &mut u32,
	) -> Opened {
		let Some(mut record) = CommitmentOf::<T>::get(netuid, who) else {
			Self::unindex(netuid, who);
			return Opened::default();
		};
		let mut opened = Opened::default();
		let mut kept = Vec::with_capacity(record.info.fields.len());
		let mut revealed = Vec::new();
		for field in record.info.fields.into_iter() {
			let Data::TimelockEncrypted { encrypted, reveal_round } = &field else {
				kept.push(field);
				continue;
			};
			if *reveal_round > latest_round || *opens_left == 0 {
				kept.push(field);
				continue;
			}
			*opens_left = opens_left.saturating_sub(1);
			opened.attempts = opened.attempts.saturating_add(1);
			match T::Timelock::open(encrypted, *reveal_round) {
				Err(TimelockOpenError::PulseMissing) => kept.push(field),
				Err(TimelockOpenError::Undecryptable) => {
					opened.changed = true;
					Self::deposit_event(Event::CommitmentUndecryptable {
						netuid,
						who: who.clone(),
						reveal_round: *reveal_round,
					});
				},
				Ok(plaintext) => {
					opened.changed = true;
					revealed.push(plaintext);
				},
			}
		}
		if !opened.changed {
			return opened;
		}
		if !revealed.is_empty() {
			Self::keep_revealed(netuid, who, revealed);
		}
		if !kept.iter().any(|field| matches!(field, Data::TimelockEncrypted { .. })) {
			Self::unindex(netuid, who);
		}
		if kept.is_empty() {
			CommitmentOf::<T>::remove(netuid, who);
		} else {
			// `kept` holds some of the fields that were there, so it fits their bound.
			record.info.fields = kept.try_into().unwrap_or_default();
			CommitmentOf::<T>::insert(netuid, who, record);
		}
		opened
	}

	/// Appends `payloads` to `who`'s revealed commitments on `netuid` (stamped with this block),
	/// keeping the latest [`MAX_REVEALS_KEPT`].
	fn keep_revealed(netuid: NetUid, who: &T::AccountId, payloads: Vec<Vec<u8>>) {
		let block: u64 = frame_system::Pallet::<T>::block_number().saturated_into();
		let mut reveals = RevealedCommitments::<T>::get(netuid, who).unwrap_or_default();
		for payload in payloads {
			reveals.push((payload, block));
			Self::deposit_event(Event::CommitmentRevealed { netuid, who: who.clone() });
		}
		let excess = reveals.len().saturating_sub(MAX_REVEALS_KEPT);
		reveals.drain(..excess);
		RevealedCommitments::<T>::insert(netuid, who, reveals);
	}

	/// Takes `who`'s commitment on `netuid` out of [`TimelockedIndex`] (written only if it was
	/// there).
	pub(crate) fn unindex(netuid: NetUid, who: &T::AccountId) {
		let mut index = TimelockedIndex::<T>::get();
		if index.remove(&(netuid, who.clone())) {
			TimelockedIndex::<T>::put(index);
		}
	}
}
