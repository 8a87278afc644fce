//! The chain's own pallets: SubtensorModule (subnets, neurons), AdminUtils (hyperparameter
//! setters) and Swap (pool math).

use super::consensus::{ConsensusAuthorities, MaxAuthorities};
use super::monetary::BlockAuthor;
use crate::{Balances, Runtime, SubtensorModule, Swap};
use frame_support::traits::{ConstU16, ConstU64};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;

impl pallet_subtensor::Config for Runtime {
	type Currency = Balances;
	type SwapInterface = Swap;
	type BlockAuthor = BlockAuthor;
	type WeightInfo = pallet_subtensor::weights::SubstrateWeight<Runtime>;
	type InitialStartCallDelay = ConstU64<0>;
}

impl pallet_subtensor_swap::Config for Runtime {
	type SubnetInfo = SubtensorModule;
	/// A swap must leave at least 0.001 TAO (or alpha) in the output reserve.
	type MinimumReserve = ConstU64<1_000_000>;
	/// At most 10 000 / 65535 ≈ 15 % of a swap's input.
	type MaxFeeRate = ConstU16<10_000>;
	type WeightInfo = pallet_subtensor_swap::weights::SubstrateWeight<Runtime>;
}

impl pallet_admin_utils::Config for Runtime {
	type AuthorityId = AuraId;
	type MaxAuthorities = MaxAuthorities;
	type Aura = ConsensusAuthorities;
	type Grandpa = ConsensusAuthorities;
	type WeightInfo = pallet_admin_utils::weights::SubstrateWeight<Runtime>;
}
