//! The runtime APIs of `SubtensorModule`, with the trait, method and argument names the real
//! chain's clients call (`state_call("NeuronInfoRuntimeApi_get_neurons_lite", …)`) and the
//! result types they decode by name from the V15 metadata.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod proxy_filter;

use alloc::{collections::BTreeMap, vec::Vec};
use pallet_subtensor::rpc_info::{
	baskets::BasketSummary,
	delegate_info::{DelegateInfo, Delegation},
	dynamic_info::DynamicInfo,
	legacy_subnet_info::{SubnetHyperparams, SubnetHyperparamsV2},
	metagraph::{Metagraph, SelectiveMetagraph, SubnetState},
	neuron_info::{NeuronInfo, NeuronInfoLite},
	stake_info::{StakeAvailability, StakeInfo, StakeInfosByColdkey},
	subnet_info::{HyperparamEntry, SubnetInfo, SubnetInfov2},
};
use pallet_subtensor::LockState;
use proxy_filter::{ProxyFilterInfo, ProxyTypeInfo};
use sp_runtime::AccountId32;
use substrate_fixed::types::U64F64;
use subtensor_common::{MechId, NetUid, TaoBalance};
pub use subtensor_yuma::EpochSnapshot;

sp_api::decl_runtime_apis! {
	/// Delegates (hotkeys others stake to) and a coldkey's delegations.
	pub trait DelegateInfoRuntimeApi {
		/// Every delegate with its nominators.
		fn get_delegates() -> Vec<DelegateInfo<AccountId32>>;
		/// One delegate (`None` unless the hotkey is one).
		fn get_delegate(delegate_account: AccountId32) -> Option<DelegateInfo<AccountId32>>;
		/// The coldkey's delegations, one per delegate and subnet.
		fn get_delegated(delegatee_account: AccountId32) -> Vec<Delegation<AccountId32>>;
	}

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

	/// A coldkey's stake positions, as the balance, stake-list and overview views read them.
	/// This chain has no conviction locks: there is never a lock, conviction is 0.
	pub trait StakeInfoRuntimeApi {
		/// Every position of the coldkey.
		fn get_stake_info_for_coldkey(coldkey_account: AccountId32) -> Vec<StakeInfo<AccountId32>>;
		/// The positions of each coldkey, one entry per coldkey asked for.
		fn get_stake_info_for_coldkeys(
			coldkey_accounts: Vec<AccountId32>,
		) -> StakeInfosByColdkey<AccountId32>;
		/// One position (`None` if it holds nothing).
		fn get_stake_info_for_hotkey_coldkey_netuid(
			hotkey_account: AccountId32,
			coldkey_account: AccountId32,
			netuid: NetUid,
		) -> Option<StakeInfo<AccountId32>>;
		/// Per coldkey and subnet: its alpha, and how much of it can move (all).
		fn get_stake_availability_for_coldkeys(
			coldkey_accounts: Vec<AccountId32>,
			netuids: Option<Vec<NetUid>>,
		) -> BTreeMap<AccountId32, BTreeMap<NetUid, StakeAvailability>>;
		/// The swap fee of moving `amount` of stake from `origin` to `destination`.
		fn get_stake_fee(
			origin: Option<(AccountId32, NetUid)>,
			origin_coldkey_account: AccountId32,
			destination: Option<(AccountId32, NetUid)>,
			destination_coldkey_account: AccountId32,
			amount: u64,
		) -> u64;
		/// The coldkey's conviction lock on the subnet (never one here).
		fn get_coldkey_lock(coldkey: AccountId32, netuid: NetUid) -> Option<LockState>;
		/// The hotkey's conviction on the subnet (0 here).
		fn get_hotkey_conviction(hotkey: AccountId32, netuid: NetUid) -> U64F64;
		/// The hotkey with most conviction on the subnet (none here).
		fn get_most_convicted_hotkey_on_subnet(netuid: NetUid) -> Option<AccountId32>;
	}

	/// Subnets: their pools, parameters, metagraphs and schedule.
	#[api_version(2)]
	pub trait SubnetInfoRuntimeApi {
		/// The main parameters of a subnet, first layout (`None` if it does not exist).
		fn get_subnet_info(netuid: NetUid) -> Option<SubnetInfo<AccountId32>>;
		/// The main parameters of every subnet, first layout, in netuid order.
		fn get_subnets_info() -> Vec<Option<SubnetInfo<AccountId32>>>;
		/// The main parameters of a subnet (`None` if it does not exist).
		fn get_subnet_info_v2(netuid: NetUid) -> Option<SubnetInfov2<AccountId32>>;
		/// The main parameters of every subnet, in netuid order.
		fn get_subnets_info_v2() -> Vec<Option<SubnetInfov2<AccountId32>>>;
		/// The hyperparameters of a subnet, first fixed layout (`None` if it does not exist).
		fn get_subnet_hyperparams(netuid: NetUid) -> Option<SubnetHyperparams>;
		/// The hyperparameters of a subnet, second fixed layout (`None` if it does not exist).
		fn get_subnet_hyperparams_v2(netuid: NetUid) -> Option<SubnetHyperparamsV2>;
		/// Every hyperparameter of a subnet by name (`None` if it does not exist).
		fn get_subnet_hyperparams_v3(netuid: NetUid) -> Option<Vec<HyperparamEntry>>;
		/// The pool, identity and schedule of every subnet, in netuid order.
		fn get_all_dynamic_info() -> Vec<Option<DynamicInfo<AccountId32>>>;
		/// The pool, identity and schedule of a subnet (`None` if it does not exist).
		fn get_dynamic_info(netuid: NetUid) -> Option<DynamicInfo<AccountId32>>;
		/// The metagraph of every subnet, in netuid order.
		fn get_all_metagraphs() -> Vec<Option<Metagraph<AccountId32>>>;
		/// A subnet with its parameters and every UID (`None` if it does not exist).
		fn get_metagraph(netuid: NetUid) -> Option<Metagraph<AccountId32>>;
		/// The metagraph of every mechanism of every subnet, in netuid then mechanism order.
		fn get_all_mechagraphs() -> Vec<Option<Metagraph<AccountId32>>>;
		/// The metagraph of one mechanism of a subnet (`None` if it does not exist).
		fn get_mechagraph(netuid: NetUid, mecid: MechId) -> Option<Metagraph<AccountId32>>;
		/// The parts of a subnet's metagraph listed by index (`None` if it does not exist).
		fn get_selective_metagraph(netuid: NetUid, metagraph_indexes: Vec<u16>) -> Option<SelectiveMetagraph<AccountId32>>;
		/// The parts of a mechanism's metagraph listed by index (`None` if it does not exist).
		fn get_selective_mechagraph(netuid: NetUid, subid: MechId, metagraph_indexes: Vec<u16>) -> Option<SelectiveMetagraph<AccountId32>>;
		/// The per-UID state of a subnet (`None` if it does not exist).
		fn get_subnet_state(netuid: NetUid) -> Option<SubnetState<AccountId32>>;
		/// The hotkey a coldkey's miner incentive on the subnet is staked to, if it chose one.
		fn get_coldkey_auto_stake_hotkey(coldkey: AccountId32, netuid: NetUid) -> Option<AccountId32>;
		/// The subnet the next registration at the subnet limit would replace.
		fn get_subnet_to_prune() -> Option<NetUid>;
		/// The account holding the subnet's pool TAO (`None` if the subnet does not exist).
		fn get_subnet_account_id(netuid: NetUid) -> Option<AccountId32>;
		/// The block the subnet's next epoch is due in (`None` if it never runs one).
		fn get_next_epoch_start_block(netuid: NetUid) -> Option<u64>;
	}

	/// Root baskets (a newer chain's feature this chain does not have): no coldkey holds a
	/// basket position or is owed anything from one.
	pub trait BetaBasketRuntimeApi {
		/// The coldkey's basket positions `(hotkey, stake, owed)`: none here.
		fn get_root_basket_positions(coldkey: AccountId32) -> Vec<(AccountId32, u64, u64)>;
		/// What the coldkey is owed from baskets: 0 here.
		fn get_root_basket_owed(coldkey: AccountId32) -> u64;
		/// Every validator's basket NAV added up (TAO-rao): 0 here.
		fn get_root_basket_total_nav() -> u64;
		/// A validator's holdings `(netuid, alpha, realizable TAO)`: none here.
		fn get_validator_basket(hotkey: AccountId32) -> Vec<(NetUid, u64, u64)>;
		/// A validator's basket NAV (TAO-rao): 0 here.
		fn get_validator_basket_nav(hotkey: AccountId32) -> u64;
		/// A validator's basket: `None` here.
		fn get_validator_basket_summary(hotkey: AccountId32) -> Option<BasketSummary<AccountId32>>;
		/// Every validator's basket: none here.
		fn get_all_validator_baskets() -> Vec<BasketSummary<AccountId32>>;
	}

	/// What creating a subnet costs now.
	pub trait SubnetRegistrationRuntimeApi {
		/// The current lock cost of `register_network`.
		fn get_network_registration_cost() -> TaoBalance;
	}

	/// What each kind of proxy may call, described from the same table the runtime's proxy
	/// filter evaluates.
	pub trait ProxyFilterRuntimeApi {
		/// Every kind of proxy, by index.
		fn get_proxy_types() -> Vec<ProxyTypeInfo>;
		/// The filter of one kind (`Some(index)`; empty for an unknown index) or of all.
		fn get_proxy_filters(proxy_type: Option<u8>) -> Vec<ProxyFilterInfo>;
		/// The same answer under the method's earlier name, for tools built before the rename.
		fn get_proxy_filter(proxy_type: Option<u8>) -> Vec<ProxyFilterInfo>;
	}

	/// The Yuma simulator's snapshot (`node-subtensor yuma snapshot`); this chain's own API,
	/// the real chain has none.
	pub trait YumaSnapshotRuntimeApi {
		/// The input of the next epoch of mechanism `mecid` of `netuid`, as the chain will run
		/// it, and each UID's hotkey (`None` for root, a subnet that does not exist or runs no
		/// epochs, or a mechanism it does not have).
		fn next_epoch_snapshot(netuid: NetUid, mecid: MechId) -> Option<EpochSnapshot<AccountId32>>;
	}
}
