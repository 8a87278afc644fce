//! # Yuma consensus
//!
//! The computation a subnet runs when its epoch fires: validators' stake-weighted weights on
//! miners become consensus, incentive (miners' share), bonds and dividends (validators'
//! share), and the epoch's alpha emission is split between them. This crate is pure math —
//! `no_std`, no FRAME, no storage: the pallet reads storage into an [`EpochInput`], calls
//! [`run_epoch`], and writes the [`EpochOutput`] back.
//!
//! Numbers follow the real chain's fixed-point types so results agree to the last unit:
//! vectors and matrices are `I32F32`, stake is assembled and normalised in `I64F64`, emission
//! amounts are `I96F32`. All arithmetic saturates and `x / 0 = 0`; nothing here panics.
//!
//! Matrices are sparse (one row of `(column, value)` per UID), so an epoch costs time linear in
//! the number of weights set, plus a median over the validators for each miner.
//!
//! Code map: `math.rs` (vector and sparse-matrix helpers), `median.rs` (stake-weighted median
//! consensus), `bonds.rs` (bond EMAs, liquid alpha, dividends), `epoch.rs` (the steps in order),
//! `null.rs` (the Null epoch: the subnet owner's validator alone weights the miners),
//! `mechanisms.rs` (splitting a subnet's emission over its mechanisms and adding their results),
//! `snapshot.rs` (an upcoming epoch as the runtime reports it to clients; SCALE-encoded with the
//! `codec` feature).
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod bonds;
pub mod epoch;
pub mod math;
pub mod mechanisms;
pub mod median;
pub mod null;
pub mod snapshot;

pub use epoch::{
	activity_cutoff_blocks, run_epoch, EpochInput, EpochOutput, EpochParams, NeuronTerms,
};
pub use math::{vec_max_upscale_to_u16, SparseMatrix};
pub use mechanisms::{aggregate_mechanisms, split_emission};
pub use null::run_null_epoch;
pub use snapshot::EpochSnapshot;
