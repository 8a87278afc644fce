//! Setting weights: a validator scores the UIDs of a subnet, directly (`set_weights`), several
//! subnets at once (`batch_set_weights`), or hidden behind a hash until a later epoch
//! (`commit_weights` / `reveal_weights`). The epoch reads the stored rows.
//!
//! Code map: `set.rs` (the checks every weight vector passes, storage), `commit_reveal.rs`
//! (hash commits, reveals, the reveal window), `batch.rs` (per-item batches that report
//! failures as events).

mod batch;
mod commit_reveal;
mod set;

pub use commit_reveal::{Reveal, WeightCommit, MAX_TIMELOCK_COMMIT_BYTES};
pub use set::WeightsSource;

/// Most unrevealed hash commits a hotkey may hold per mechanism.
pub const MAX_UNREVEALED_COMMITS: usize = 10;
