//! The runtime APIs: what the node (block production, finality, the transaction pool, RPC) and
//! clients (metadata, nonces, fee previews, genesis presets) call into the runtime.

use crate::{
	configs::proxy_filter, genesis_config_presets, opaque, AccountId, Aura, Balance, Block,
	Executive, Grandpa, InherentDataExt, MevShield, Nonce, Runtime, RuntimeCall,
	RuntimeGenesisConfig, SubtensorModule, Swap, System, TransactionPayment, VERSION,
};
use alloc::{collections::BTreeMap, vec::Vec};
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	weights::Weight,
};
use pallet_grandpa::AuthorityId as GrandpaId;
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
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	generic::Preamble,
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult, ExtrinsicInclusionMode,
};
use sp_session::OpaqueGeneratedSessionKeys;
use sp_version::RuntimeVersion;
use substrate_fixed::types::U64F64;
use subtensor_common::{
	AlphaBalance, MechId, NetUid, OrderType, SwapHandler, SwapResult, TaoBalance,
};
use subtensor_runtime_api::{
	proxy_filter::{ProxyFilterInfo, ProxyTypeInfo},
	EpochSnapshot,
};
use subtensor_shield_runtime_api::{ShieldedTransaction, KEY_HASH_LEN};
use subtensor_swap_runtime_api::{price_in_rao, SimSwapResult, SubnetPrice};

/// A trade of `amount` on `netuid` as the pool would make it now, fees on and no price limit
/// (`None` if the subnet does not exist or the pool refuses).
fn simulate(netuid: NetUid, order: OrderType, amount: u64) -> Option<SwapResult> {
	if !SubtensorModule::subnet_exists(netuid) {
		return None;
	}
	let limit = match order {
		OrderType::Buy => <Swap as SwapHandler>::max_price(),
		OrderType::Sell => <Swap as SwapHandler>::min_price(),
	};
	<Swap as SwapHandler>::swap(netuid, order, amount, limit, false, true).ok()
}

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(owner: Vec<u8>, seed: Option<Vec<u8>>) -> OpaqueGeneratedSessionKeys {
			opaque::SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			opaque::SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			_equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			_key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			// Without a session pallet there is no key-ownership proof to check a report against.
			None
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			_authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			None
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}

		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}

		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			genesis_config_presets::preset_names()
		}
	}

	impl subtensor_runtime_api::DelegateInfoRuntimeApi<Block> for Runtime {
		fn get_delegates() -> Vec<DelegateInfo<AccountId>> {
			SubtensorModule::get_delegates()
		}

		fn get_delegate(delegate_account: AccountId) -> Option<DelegateInfo<AccountId>> {
			SubtensorModule::get_delegate(delegate_account)
		}

		fn get_delegated(delegatee_account: AccountId) -> Vec<Delegation<AccountId>> {
			SubtensorModule::get_delegated(delegatee_account)
		}
	}

	impl subtensor_runtime_api::NeuronInfoRuntimeApi<Block> for Runtime {
		fn get_neurons(netuid: NetUid) -> Vec<NeuronInfo<AccountId>> {
			SubtensorModule::get_neurons(netuid)
		}

		fn get_neuron(netuid: NetUid, uid: u16) -> Option<NeuronInfo<AccountId>> {
			SubtensorModule::get_neuron(netuid, uid)
		}

		fn get_neurons_lite(netuid: NetUid) -> Vec<NeuronInfoLite<AccountId>> {
			SubtensorModule::get_neurons_lite(netuid)
		}

		fn get_neuron_lite(netuid: NetUid, uid: u16) -> Option<NeuronInfoLite<AccountId>> {
			SubtensorModule::get_neuron_lite(netuid, uid)
		}
	}

	impl subtensor_runtime_api::StakeInfoRuntimeApi<Block> for Runtime {
		fn get_stake_info_for_coldkey(coldkey_account: AccountId) -> Vec<StakeInfo<AccountId>> {
			SubtensorModule::get_stake_info_for_coldkey(coldkey_account)
		}

		fn get_stake_info_for_coldkeys(
			coldkey_accounts: Vec<AccountId>,
		) -> StakeInfosByColdkey<AccountId> {
			SubtensorModule::get_stake_info_for_coldkeys(coldkey_accounts)
		}

		fn get_stake_info_for_hotkey_coldkey_netuid(
			hotkey_account: AccountId,
			coldkey_account: AccountId,
			netuid: NetUid,
		) -> Option<StakeInfo<AccountId>> {
			SubtensorModule::get_stake_info_for_hotkey_coldkey_netuid(
				hotkey_account,
				coldkey_account,
				netuid,
			)
		}

		fn get_stake_availability_for_coldkeys(
			coldkey_accounts: Vec<AccountId>,
			netuids: Option<Vec<NetUid>>,
		) -> BTreeMap<AccountId, BTreeMap<NetUid, StakeAvailability>> {
			SubtensorModule::get_stake_availability_for_coldkeys(coldkey_accounts, netuids)
		}

		fn get_stake_fee(
			origin: Option<(AccountId, NetUid)>,
			_origin_coldkey_account: AccountId,
			destination: Option<(AccountId, NetUid)>,
			_destination_coldkey_account: AccountId,
			amount: u64,
		) -> u64 {
			SubtensorModule::get_stake_fee(origin, destination, amount)
		}

		fn get_coldkey_lock(coldkey: AccountId, netuid: NetUid) -> Option<LockState> {
			SubtensorModule::get_coldkey_lock(&coldkey, netuid)
		}

		fn get_hotkey_conviction(_hotkey: AccountId, _netuid: NetUid) -> U64F64 {
			U64F64::from_num(0)
		}

		fn get_most_convicted_hotkey_on_subnet(_netuid: NetUid) -> Option<AccountId> {
			None
		}
	}

	#[api_version(2)]
	impl subtensor_runtime_api::SubnetInfoRuntimeApi<Block> for Runtime {
		fn get_subnet_info(netuid: NetUid) -> Option<SubnetInfo<AccountId>> {
			SubtensorModule::get_subnet_info(netuid)
		}

		fn get_subnets_info() -> Vec<Option<SubnetInfo<AccountId>>> {
			SubtensorModule::get_subnets_info()
		}

		fn get_subnet_hyperparams(netuid: NetUid) -> Option<SubnetHyperparams> {
			SubtensorModule::get_subnet_hyperparams(netuid)
		}

		fn get_subnet_hyperparams_v2(netuid: NetUid) -> Option<SubnetHyperparamsV2> {
			SubtensorModule::get_subnet_hyperparams_v2(netuid)
		}

		fn get_all_mechagraphs() -> Vec<Option<Metagraph<AccountId>>> {
			SubtensorModule::get_all_mechagraphs()
		}

		fn get_mechagraph(netuid: NetUid, mecid: MechId) -> Option<Metagraph<AccountId>> {
			SubtensorModule::get_mechagraph(netuid, mecid)
		}

		fn get_selective_metagraph(
			netuid: NetUid,
			metagraph_indexes: Vec<u16>,
		) -> Option<SelectiveMetagraph<AccountId>> {
			SubtensorModule::get_selective_metagraph(netuid, metagraph_indexes)
		}

		fn get_selective_mechagraph(
			netuid: NetUid,
			subid: MechId,
			metagraph_indexes: Vec<u16>,
		) -> Option<SelectiveMetagraph<AccountId>> {
			SubtensorModule::get_selective_mechagraph(netuid, subid, metagraph_indexes)
		}

		fn get_subnet_account_id(netuid: NetUid) -> Option<AccountId> {
			SubtensorModule::get_subnet_account_id(netuid)
		}

		fn get_subnet_info_v2(netuid: NetUid) -> Option<SubnetInfov2<AccountId>> {
			SubtensorModule::get_subnet_info_v2(netuid)
		}

		fn get_subnets_info_v2() -> Vec<Option<SubnetInfov2<AccountId>>> {
			SubtensorModule::get_subnets_info_v2()
		}

		fn get_subnet_hyperparams_v3(netuid: NetUid) -> Option<Vec<HyperparamEntry>> {
			SubtensorModule::get_subnet_hyperparams_v3(netuid)
		}

		fn get_all_dynamic_info() -> Vec<Option<DynamicInfo<AccountId>>> {
			SubtensorModule::get_all_dynamic_info()
		}

		fn get_dynamic_info(netuid: NetUid) -> Option<DynamicInfo<AccountId>> {
			SubtensorModule::get_dynamic_info(netuid)
		}

		fn get_all_metagraphs() -> Vec<Option<Metagraph<AccountId>>> {
			SubtensorModule::get_all_metagraphs()
		}

		fn get_metagraph(netuid: NetUid) -> Option<Metagraph<AccountId>> {
			SubtensorModule::get_metagraph(netuid)
		}

		fn get_subnet_state(netuid: NetUid) -> Option<SubnetState<AccountId>> {
			SubtensorModule::get_subnet_state(netuid)
		}

		fn get_coldkey_auto_stake_hotkey(coldkey: AccountId, netuid: NetUid) -> Option<AccountId> {
			SubtensorModule::get_coldkey_auto_stake_hotkey(coldkey, netuid)
		}

		fn get_subnet_to_prune() -> Option<NetUid> {
			SubtensorModule::get_network_to_prune()
		}

		fn get_next_epoch_start_block(netuid: NetUid) -> Option<u64> {
			SubtensorModule::get_next_epoch_start_block(netuid)
		}
	}

	impl subtensor_runtime_api::BetaBasketRuntimeApi<Block> for Runtime {
		fn get_root_basket_positions(_coldkey: AccountId) -> Vec<(AccountId, u64, u64)> {
			Vec::new()
		}

		fn get_root_basket_owed(_coldkey: AccountId) -> u64 {
			0
		}

		fn get_root_basket_total_nav() -> u64 {
			0
		}

		fn get_validator_basket(_hotkey: AccountId) -> Vec<(NetUid, u64, u64)> {
			Vec::new()
		}

		fn get_validator_basket_nav(_hotkey: AccountId) -> u64 {
			0
		}

		fn get_validator_basket_summary(_hotkey: AccountId) -> Option<BasketSummary<AccountId>> {
			None
		}

		fn get_all_validator_baskets() -> Vec<BasketSummary<AccountId>> {
			Vec::new()
		}
	}

	impl subtensor_runtime_api::SubnetRegistrationRuntimeApi<Block> for Runtime {
		fn get_network_registration_cost() -> TaoBalance {
			SubtensorModule::get_network_lock_cost()
		}
	}

	impl subtensor_runtime_api::ProxyFilterRuntimeApi<Block> for Runtime {
		fn get_proxy_types() -> Vec<ProxyTypeInfo> {
			proxy_filter::proxy_types()
		}

		fn get_proxy_filters(proxy_type: Option<u8>) -> Vec<ProxyFilterInfo> {
			proxy_filter::proxy_filters(proxy_type)
		}

		fn get_proxy_filter(proxy_type: Option<u8>) -> Vec<ProxyFilterInfo> {
			proxy_filter::proxy_filters(proxy_type)
		}
	}

	impl subtensor_runtime_api::YumaSnapshotRuntimeApi<Block> for Runtime {
		fn next_epoch_snapshot(
			netuid: NetUid,
			mecid: MechId,
		) -> Option<EpochSnapshot<AccountId>> {
			SubtensorModule::next_epoch_snapshot(netuid, mecid)
		}
	}

	impl subtensor_swap_runtime_api::SwapRuntimeApi<Block> for Runtime {
		fn current_alpha_price(netuid: NetUid) -> u64 {
			price_in_rao(<Swap as SwapHandler>::current_alpha_price(netuid))
		}

		fn current_alpha_price_all() -> Vec<SubnetPrice> {
			SubtensorModule::subnets()
				.into_iter()
				.map(|netuid| SubnetPrice {
					netuid,
					price: price_in_rao(<Swap as SwapHandler>::current_alpha_price(netuid)),
				})
				.collect()
		}

		fn sim_swap_tao_for_alpha(netuid: NetUid, tao: TaoBalance) -> SimSwapResult {
			let (tao, price) = (tao.to_u64(), <Swap as SwapHandler>::current_alpha_price(netuid));
			SimSwapResult::of_buy(tao, price, simulate(netuid, OrderType::Buy, tao))
		}

		fn sim_swap_alpha_for_tao(netuid: NetUid, alpha: AlphaBalance) -> SimSwapResult {
			let (alpha, price) = (alpha.to_u64(), <Swap as SwapHandler>::current_alpha_price(netuid));
			SimSwapResult::of_sell(alpha, price, simulate(netuid, OrderType::Sell, alpha))
		}
	}

	impl subtensor_shield_runtime_api::ShieldApi<Block> for Runtime {
		fn try_decode_shielded_tx(uxt: <Block as BlockT>::Extrinsic) -> Option<ShieldedTransaction> {
			// Only the call is looked at: the carrier's signature and era are checked when the
			// author pushes it (checking them here would miss carriers born at the parent block).
			match uxt.preamble {
				Preamble::Signed(..) => MevShield::carrier_envelope(&uxt.function),
				_ => None,
			}
		}

		fn is_shielded_using_current_key(key_hash: [u8; KEY_HASH_LEN]) -> bool {
			MevShield::is_pending_key(&key_hash)
		}

		fn try_unshield_tx(
			dec_key: Vec<u8>,
			shielded_tx: ShieldedTransaction,
		) -> Option<<Block as BlockT>::Extrinsic> {
			MevShield::open_inner(&dec_key, &shielded_tx).ok()
		}
	}

	// The `try-runtime` tool learns of a failed check from a panic: these two report the
	// error that way. Compiled only with the `try-runtime` feature, never into a chain's runtime.
	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		#[allow(clippy::expect_used)]
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			let weight = Executive::try_runtime_upgrade(checks)
				.expect("the runtime upgrade's migrations or checks failed");
			(weight, crate::configs::system::RuntimeBlockWeights::get().max_block)
		}

		#[allow(clippy::expect_used)]
		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.expect("executing the block or its try_state checks failed")
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			crate::benchmarks::metadata(extra)
		}

		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			crate::benchmarks::dispatch(config)
		}
	}
}
