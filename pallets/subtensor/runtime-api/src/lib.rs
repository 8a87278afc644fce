//! The runtime APIs of `SubtensorModule`, with the trait, method and argument names the real
//! chain's clients call (`state_call("NeuronInfoRuntimeApi_get_neurons_lite", …)`) and the
//! result types they decode by name from the V15 metadata.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use pallet_subtensor::rpc_info::neuron_info::{NeuronInfo, NeuronInfoLite};
use sp_runtime::AccountId32;
use subtensor_common::{NetUid, TaoBalance};

sp_api::decl_runtime_apis! {
	/// The neurons of a subnet, as the SDK's neuron and metagraph views read them.
	pub trait NeuronInfoRuntimeApi {
		/// Every UID of the subnet with weights and bonds.
		fn get_neurons(netuid: NetUid) -> Vec<NeuronInfo<AccountId32>>;
		/// One UID with weights and bonds (`None` if it does not exist).
		fn get_neuron(netuid: NetUid, uid: u16) -> Option<NeuronInfo<AccountId32>>;
		/// Every UID of the subnet, without weights and bonds.
		fn get_neurons_lite(netuid: NetUid) -> Vec<NeuronInfoLite<AccountId32>>;
		/// One UID without weights and bonds (`None` if it does not exist).
		fn get_neuron_lite(netuid: NetUid, uid: u16) -> Option<NeuronInfoLite<AccountId32>>;
	}

	/// What creating a subnet costs now.
	pub trait SubnetRegistrationRuntimeApi {
		/// The current lock cost of `register_network`.
		fn get_network_registration_cost() -> TaoBalance;
	}
}
