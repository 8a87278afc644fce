//! Setting weights: a validator scores the UIDs of a subnet, directly (`set_weights`), several
//! subnets at once (`batch_set_weights`), or hidden behind a hash until a later epoch
//! (`commit_weights` / `reveal_weights`), or encrypted to a drand round, which the chain opens
//! itself (`commit_timelocked_weights`). The epoch reads the stored rows.
//!
//! Code map: `set.rs` (the checks every weight vector passes, storage), `commit_reveal.rs`
//! (hash commits, reveals, the reveal window), `timelocked.rs` (drand-timelocked commits and
//! their automatic reveal), `batch.rs` (per-item batches that report failures as events).

mod batch;
mod commit_reveal;
mod set;
mod timelocked;

pub use commit_reveal::{Reveal, WeightCommit};
pub use set::WeightsSource;
pub use timelocked::{
	TimelockCiphertext, TimelockedCommit, TimelockedCommitFailure, TimelockedWeightsPayload,
	MAX_TIMELOCKED_COMMITS_PER_EPOCH, MAX_TIMELOCK_COMMIT_BYTES, MAX_TIMELOCK_OPENS_PER_BLOCK,
	TIMELOCK_COMMIT_VERSION,
};

/// Most unrevealed hash commits a hotkey may hold per mechanism.
pub const MAX_UNREVEALED_COMMITS: usize = 10;
