//! Block timestamps for manual/instant/interval sealing.
//!
//! Aura requires every block to be in a later slot than its parent, and the runtime derives the
//! slot from the timestamp. Sealed blocks may come much faster than one per slot, so each
//! timestamp is the later of the wall clock and the parent's timestamp plus one slot. The
//! parent's timestamp is read from its state, so this holds across restarts too.

use crate::service::FullClient;
use codec::Decode;
use node_subtensor_runtime::opaque::Block;
use sc_client_api::StorageProvider;
use sp_core::storage::StorageKey;
use sp_runtime::traits::Block as BlockT;

/// Storage key of `Timestamp::Now`: `twox128("Timestamp") ++ twox128("Now")`.
fn timestamp_now_key() -> StorageKey {
	let mut key = sp_crypto_hashing::twox_128(b"Timestamp").to_vec();
	key.extend_from_slice(&sp_crypto_hashing::twox_128(b"Now"));
	StorageKey(key)
}

/// The timestamp (ms) recorded in the state of block `at`; 0 at genesis.
fn parent_timestamp(client: &FullClient, at: <Block as BlockT>::Hash) -> Result<u64, String> {
	match client.storage(at, &timestamp_now_key()).map_err(|e| e.to_string())? {
		Some(data) => u64::decode(&mut &data.0[..])
			.map_err(|e| format!("Timestamp::Now of block {at} does not decode: {e}")),
		None => Ok(0),
	}
}

/// The next block's timestamp: wall-clock time, but at least one slot after the parent.
pub fn next_timestamp(parent_ms: u64, now_ms: u64, slot_ms: u64) -> u64 {
	now_ms.max(parent_ms.saturating_add(slot_ms))
}

/// Inherent data provider of the timestamp of a block sealed on top of `parent`.
pub fn sealing_timestamp(
	client: &FullClient,
	parent: <Block as BlockT>::Hash,
	slot_ms: u64,
) -> Result<sp_timestamp::InherentDataProvider, String> {
	let parent_ms = parent_timestamp(client, parent)?;
	let now_ms = sp_timestamp::Timestamp::current().as_millis();
	Ok(sp_timestamp::InherentDataProvider::new(next_timestamp(parent_ms, now_ms, slot_ms).into()))
}

#[cfg(test)]
mod tests {
	use super::next_timestamp;

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
