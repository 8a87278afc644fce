//! # subtensor-common
//!
//! Types and traits the node-subtensor pallets share, kept free of FRAME so every pallet (and
//! the runtime APIs) can use them without depending on each other:
//!
//! - [`NetUid`], [`MechId`], [`NetUidStorageIndex`]: subnet and mechanism identifiers.
//! - [`TaoBalance`], [`AlphaBalance`]: amounts in rao of TAO and of a subnet's alpha. Distinct
//!   types so that TAO can never be added to alpha by accident.
//! - [`SwapHandler`] / [`SubnetReserves`]: the interface between `SubtensorModule`, which owns the
//!   pool reserves, and pallet `Swap`, which owns the pool math and fee rate.
//! - [`CommitmentSubnets`] / [`SubnetCommitments`] / [`FreeCallGuard`]: the interface between
//!   `SubtensorModule` and pallet `Commitments`.
//! - [`TimelockOpener`]: opening timelock-encrypted data with pallet `Drand`'s pulses.
//! - [`NestedCalls`]: the calls a call dispatches on some account's behalf (the runtime's
//!   batches, proxies and multisigs), for guards tied to an account.
//!
//! All of them encode exactly like their inner integer (SCALE and metadata), as clients expect.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod amounts;
mod commitments;
mod ids;
mod nested_calls;
mod swap;
mod timelock;

pub use amounts::{AlphaBalance, TaoBalance};
pub use commitments::{CommitmentSubnets, FreeCallGuard, SubnetCommitments};
pub use ids::{MechId, NetUid, NetUidStorageIndex};
pub use nested_calls::NestedCalls;
pub use swap::{OrderType, SubnetReserves, SwapHandler, SwapResult};
pub use timelock::{TimelockOpenError, TimelockOpener};

/// Rao in one TAO (and alpha-rao in one alpha): both have 9 decimals.
pub const RAO_PER_TAO: u64 = 1_000_000_000;

/// Most mechanisms any subnet can have: AdminUtils refuses a larger count, and dissolution
/// clears mechanism-indexed storage for all of them.
pub const MECHANISM_HARD_CAP: MechId = 16;

/// The largest `BondsMovingAverage`: the bond EMA factor `1 − average / 10^6` is then 0 (bonds
/// never move). Larger values would make the factor negative, so no setter accepts them.
pub const MAX_BONDS_MOVING_AVERAGE: u64 = 1_000_000;
