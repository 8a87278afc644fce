//! Emission. For now only the block-emission curve, which the subnet lock cost also uses.

pub mod block_emission;
