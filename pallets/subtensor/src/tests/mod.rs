//! Unit tests of the pallet on a mock runtime, one file per concern.
#![allow(clippy::arithmetic_side_effects)]

mod children;
mod coldkey_swap;
mod collateral;
mod commitments;
mod delegate_info;
mod dissolution;
mod emission;
mod epoch;
mod epoch_snapshot;
mod hotkey_swap;
mod hotkeys;
mod identity;
mod migrations;
pub mod mock;
mod neuron_info;
mod null_consensus;
mod pow_register;
mod registration;
mod root;
mod root_claim;
mod serving;
mod stake_info;
mod staking;
mod subnet_info;
mod subnets;
mod swap;
mod timelocked_weights;
mod transaction_guard;
mod transitions;
mod trim;
mod weights;
