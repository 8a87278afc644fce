//! Emission and epochs: the block-emission curve (which the subnet lock cost also uses), the
//! epoch schedule, and each subnet's Yuma epoch (`epoch.rs`, over the pure `subtensor-yuma`
//! math). Minting and paying out the epoch's emission come next.

pub mod block_emission;
pub mod epoch;
pub mod epoch_schedule;
