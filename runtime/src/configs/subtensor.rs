//! The chain's own pallets: SubtensorModule (subnets, neurons), AdminUtils (hyperparameter
//! setters), Swap (pool math) and Commitments (neurons' published metadata).

use super::consensus::{ConsensusAuthorities, MaxAuthorities};
use super::monetary::BlockAuthor;
use crate::{Balances, Commitments, Runtime, SubtensorModule, Swap};
use frame_support::traits::{ConstU16, ConstU32, ConstU64};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;

frame_support::parameter_types! {
	/// A hotkey swap on every subnet recycles 0.1 TAO.
	pub const KeySwapCost: subtensor_common::TaoBalance = subtensor_common::TaoBalance::new(100_000_000);
	/// A hotkey swap on one subnet recycles 0.001 TAO.
	pub const KeySwapOnSubnetCost: subtensor_common::TaoBalance = subtensor_common::TaoBalance::new(1_000_000);
}

impl pallet_subtensor::Config for Runtime {
	type Currency = Balances;
	type SwapInterface = Swap;
	type BlockAuthor = BlockAuthor;
	type WeightInfo = pallet_subtensor::weights::SubstrateWeight<Runtime>;
	type Commitments = Commitments;
	type FreeCallGuard = Commitments;
	type InitialStartCallDelay = ConstU64<0>;
	type KeySwapCost = KeySwapCost;
	type KeySwapOnSubnetCost = KeySwapOnSubnetCost;
	/// One day of 12-second blocks.
	type HotkeySwapOnSubnetInterval = ConstU64<7_200>;
	type NestedCalls = super::nested_calls::RuntimeNestedCalls;
	type AllowedDuringColdkeySwap = super::nested_calls::ShieldedCarriers;
	type Timelock = crate::Drand;
}

impl pallet_subtensor_commitments::Config for Runtime {
	type Subnets = SubtensorModule;
	/// Up to three fields per commitment.
	type MaxFields = ConstU32<3>;
	/// 3 100 bytes per account, subnet and epoch: 31 commitments of up to 100 bytes.
	type DefaultMaxSpace = ConstU32<3_100>;
	type Timelock = crate::Drand;
	type WeightInfo = pallet_subtensor_commitments::weights::SubstrateWeight<Runtime>;
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
