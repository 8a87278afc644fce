//! Inherent data of the blocks this node makes or imports: the timestamp and the Aura slot,
//! written once here for every consensus mode (the author's next shield key comes from
//! [`crate::shield`]).
//!
//! Under Aura the timestamp is the wall clock and the slot follows from it. Under manual,
//! instant or interval sealing, Aura still requires every block to be in a later slot than its
//! parent, and the runtime derives the slot from the timestamp; sealed blocks may come much
//! faster than one per slot, so each timestamp is the later of the wall clock and the parent's
//! timestamp plus one slot. The parent's timestamp is read from its state, so this holds across
//! restarts too.
//!
//! A built-in chain sealed at a fixed interval (`--sealing <ms>`) gets that interval as its
//! slot duration in its genesis state, so its timestamps follow the wall clock and clients read
//! its real block time from `Aura.SlotDuration` (the Python SDK's `is_fast_blocks()` is true at
//! 250 ms). Manual and instant sealing keep the 12 s slot.

use crate::cli::Sealing;
use codec::{Decode, Encode};
use node_subtensor_runtime::{
	configs::consensus::SlotDurationMillis, constants::time::SLOT_DURATION, opaque::Block,
};
use sc_client_api::{Backend, StorageProvider};
use sp_consensus_aura::{inherents::InherentDataProvider as AuraSlot, SlotDuration};
use sp_core::storage::StorageKey;
use sp_runtime::traits::Block as BlockT;
use sp_timestamp::InherentDataProvider as Timestamp;

/// Storage key of `Timestamp::Now`: `twox128("Timestamp") ++ twox128("Now")`.
fn timestamp_now_key() -> StorageKey {
	let mut key = sp_crypto_hashing::twox_128(b"Timestamp").to_vec();
	key.extend_from_slice(&sp_crypto_hashing::twox_128(b"Now"));
	StorageKey(key)
}

/// The timestamp (ms) recorded in the state of block `at`; 0 at genesis.
fn parent_timestamp<B: Backend<Block>>(
	client: &impl StorageProvider<Block, B>,
	at: <Block as BlockT>::Hash,
) -> Result<u64, String> {
	match client.storage(at, &timestamp_now_key()).map_err(|e| e.to_string())? {
		Some(data) => u64::decode(&mut &data.0[..])
			.map_err(|e| format!("Timestamp::Now of block {at} does not decode: {e}")),
		None => Ok(0),
	}
}

/// The genesis storage entry that sets the slot duration of a chain sealed by `sealing`: the
/// interval, rounded down to an even number of milliseconds (the slot is twice the timestamp's
/// minimum period), for interval sealing at another pace than the 12 s default; none otherwise.
pub fn genesis_slot_duration(sealing: Sealing) -> Option<(Vec<u8>, Vec<u8>)> {
	match sealing {
		Sealing::Interval(ms) => {
			let slot = (ms / 2).max(1).saturating_mul(2);
			(slot != SLOT_DURATION).then(|| (SlotDurationMillis::key().to_vec(), slot.encode()))
		},
		Sealing::Manual | Sealing::Instant => None,
	}
}

/// The next block's timestamp: wall-clock time, but at least one slot after the parent.
pub fn next_timestamp(parent_ms: u64, now_ms: u64, slot_ms: u64) -> u64 {
	now_ms.max(parent_ms.saturating_add(slot_ms))
}

/// The timestamp and Aura slot of a block authored or imported under Aura: the wall clock,
/// and the slot it falls in.
pub fn aura(slot_duration: SlotDuration) -> (AuraSlot, Timestamp) {
	let timestamp = Timestamp::from_system_time();
	let slot = AuraSlot::from_timestamp_and_slot_duration(*timestamp, slot_duration);
	(slot, timestamp)
}

/// The timestamp of a block sealed on top of `parent` (the sealing engine derives the slot
/// from it).
pub fn sealing<B: Backend<Block>>(
	client: &impl StorageProvider<Block, B>,
	parent: <Block as BlockT>::Hash,
	slot_ms: u64,
) -> Result<Timestamp, String> {
	let parent_ms = parent_timestamp(client, parent)?;
	let now_ms = sp_timestamp::Timestamp::current().as_millis();
	Ok(Timestamp::new(next_timestamp(parent_ms, now_ms, slot_ms).into()))
}

#[cfg(test)]
mod tests {
	use super::{genesis_slot_duration, next_timestamp, Sealing};
	use codec::Encode;

	#[test]
	fn interval_sealing_sets_an_even_slot_and_other_modes_keep_the_default() {
		let slot = |sealing| genesis_slot_duration(sealing).map(|(_, value)| value);
		assert_eq!(slot(Sealing::Interval(250)), Some(250u64.encode()));
		assert_eq!(slot(Sealing::Interval(333)), Some(332u64.encode()));
		assert_eq!(slot(Sealing::Interval(1)), Some(2u64.encode()));
		// The default pace writes nothing, so `--sealing 12000` keeps `--dev`'s genesis.
		assert_eq!(slot(Sealing::Interval(12_000)), None);
		assert_eq!(slot(Sealing::Instant), None);
		assert_eq!(slot(Sealing::Manual), None);
	}

	#[test]
	fn each_sealed_block_lands_in_a_later_slot() {
		let slot = 12_000;
		// Blocks faster than the slot: time advances by exactly one slot.
		assert_eq!(next_timestamp(24_000, 24_250, slot), 36_000);
		// After a pause longer than a slot: the wall clock wins.
		assert_eq!(next_timestamp(24_000, 100_000, slot), 100_000);
		for (parent, now) in [(0, 5), (12_000, 12_001), (36_000, 1_000_000)] {
			assert!(next_timestamp(parent, now, slot) / slot > parent / slot);
		}
	}
}
