//! Emission. For now the block-emission curve (which the subnet lock cost also uses) and the
//! epoch schedule.

pub mod block_emission;
pub mod epoch_schedule;
