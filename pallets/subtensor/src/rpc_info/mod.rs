//! What the runtime APIs return: the pallet's state in the shapes the real chain's clients
//! decode (one file per view).

pub mod baskets;
pub mod delegate_info;
pub mod dynamic_info;
pub mod epoch_snapshot;
pub mod legacy_subnet_info;
pub mod metagraph;
pub mod neuron_info;
pub mod sparse_maps;
pub mod stake_info;
pub mod subnet_info;
