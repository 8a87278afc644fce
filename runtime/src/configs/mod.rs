//! Pallet configurations, one file per concern.
//!
//! - [`system`]: `frame_system`: block limits, account data, runtime version.
//! - [`consensus`]: Timestamp, Aura and GRANDPA.
//! - [`monetary`]: Balances and TransactionPayment (fees to the block author).
//! - [`fee_payment`]: fees in TAO, or in alpha for selling calls when TAO falls short.
//! - [`accounts`]: Sudo, Utility and Multisig.
//! - [`proxy`]: Proxy: the proxy kinds and their deposits.
//! - [`proxy_filter`]: what each proxy kind may call, as one table the filter and
//!   `ProxyFilterRuntimeApi` share.
//! - [`scheduling`]: Preimage and Scheduler.
//! - [`subtensor`]: SubtensorModule, AdminUtils and Swap.
//! - [`shield`]: MevShield (the encrypted mempool).
//! - [`drand`]: Drand (the beacon's pulses) and the bare transactions its offchain worker makes.

pub mod accounts;
pub mod consensus;
pub mod drand;
pub mod fee_payment;
pub mod monetary;
pub mod nested_calls;
pub mod proxy;
pub mod proxy_filter;
pub mod scheduling;
pub mod shield;
pub mod subtensor;
pub mod system;
