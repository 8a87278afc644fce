//! Emission and epochs, run from `on_initialize`: the block-emission curve (which the subnet
//! lock cost also uses), the block's coinbase (`emission.rs`: mint, inject, pending buckets,
//! moving prices), the epoch schedule, each subnet's epoch (`epoch.rs`, over the pure
//! `subtensor-yuma` math; Yuma or Null, `epoch_consensus.rs`) and the payout of its emission (`distribute.rs`).

pub mod block_emission;
pub mod distribute;
pub mod emission;
pub mod epoch;
pub mod epoch_consensus;
pub mod epoch_schedule;
