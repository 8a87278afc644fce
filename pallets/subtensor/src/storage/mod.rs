//! Storage declarations, split by concern into pallet sections that `lib.rs` imports.

pub mod children;
pub mod collateral;
pub mod emission;
pub mod hyperparameters;
pub mod key_swaps;
pub mod neurons;
pub mod staking;
pub mod subnets;
