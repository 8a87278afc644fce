//! Pallet configurations, one file per concern.
//!
//! - [`system`]: `frame_system`: block limits, account data, runtime version.
//! - [`consensus`]: Timestamp, Aura and GRANDPA.
//! - [`monetary`]: Balances and TransactionPayment (fees to the block author).
//! - [`accounts`]: Sudo, Utility, Multisig and Proxy.
//! - [`scheduling`]: Preimage and Scheduler.
//! - [`subtensor`]: SubtensorModule, AdminUtils and Swap.
//! - [`shield`]: MevShield (the encrypted mempool).

pub mod accounts;
pub mod consensus;
pub mod monetary;
pub mod scheduling;
pub mod shield;
pub mod subtensor;
pub mod system;
