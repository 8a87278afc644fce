//! Consensus: Timestamp, Aura (block production) and GRANDPA (finality).

use crate::{constants::time::SLOT_DURATION, Aura, Grandpa, Runtime, RuntimeEvent};
use frame_support::{
	traits::{ConstBool, ConstU32, ConstU64},
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityList;
use sp_runtime::DispatchResult;

/// Most Aura or GRANDPA authorities the chain supports.
pub type MaxAuthorities = ConstU32<32>;

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Aura;
	/// Half a slot: Aura's slot duration is twice this value.
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = pallet_timestamp::weights::SubstrateWeight<Runtime>;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = MaxAuthorities;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = MaxAuthorities;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	/// No session pallet: equivocation reports cannot be proven, so none are accepted.
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

/// Root's authority changes (`AdminUtils.swap_authorities`, `schedule_grandpa_change`) go to
/// the consensus pallets.
pub struct ConsensusAuthorities;

impl pallet_admin_utils::AuraAuthorities<AuraId, MaxAuthorities> for ConsensusAuthorities {
	fn change_authorities(new: BoundedVec<AuraId, MaxAuthorities>) {
		Aura::change_authorities(new);
	}
}

impl pallet_admin_utils::GrandpaAuthorities<BlockNumberFor<Runtime>> for ConsensusAuthorities {
	fn schedule_change(
		next_authorities: AuthorityList,
		in_blocks: BlockNumberFor<Runtime>,
		forced: Option<BlockNumberFor<Runtime>>,
	) -> DispatchResult {
		Grandpa::schedule_change(next_authorities, in_blocks, forced)
	}
}
