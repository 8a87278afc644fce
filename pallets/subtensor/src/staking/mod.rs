//! Staking: TAO bought into a subnet's pool as alpha and held as shares of a hotkey's pool on
//! that subnet; the root subnet holds plain TAO stake, 1:1.
//!
//! Code map: `share_pool.rs` (share arithmetic, pure), `positions.rs` (share pools in storage),
//! `pool.rs` (trades against a subnet's pool, fees), `add.rs`, `remove.rs`, `take.rs`,
//! `transitions.rs` (moves, transfers and swaps of stake), `recycle.rs` (recycle, burn,
//! stake-and-burn), `auto_stake.rs` (where a coldkey's miner incentive is staked), `root_claim.rs` (root
//! stakers claiming their part of subnet dividends), `alpha_fees.rs` (fees of selling calls
//! paid from the position sold when the coldkey has no TAO for them).

pub mod add;
pub mod alpha_fees;
mod auto_stake;
pub mod pool;
mod positions;
mod recycle;
mod remove;
pub mod root_claim;
pub mod share_pool;
mod take;
mod transitions;
