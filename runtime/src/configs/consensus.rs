//! Consensus: Timestamp, Aura (block production) and GRANDPA (finality).

use crate::{constants::time::SLOT_DURATION, Aura, Grandpa, Runtime, RuntimeEvent};
use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU32, ConstU64, Get},
	weights::Weight,
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityList;
use sp_runtime::DispatchResult;

/// Most Aura or GRANDPA authorities the chain supports.
pub type MaxAuthorities = ConstU32<32>;

parameter_types! {
	/// Aura's slot duration in milliseconds: 12 s on every network. A development node that
	/// seals blocks at a fixed interval (`--sealing <ms>`) writes its interval here in its
	/// genesis state, so the chain's timestamps and its `Aura.SlotDuration` (which clients read
	/// as the block time) follow the pace it runs at.
	pub storage SlotDurationMillis: u64 = SLOT_DURATION;
}

/// Half the slot duration, at least 1 ms: the least time between two blocks' timestamps.
pub struct HalfSlot;

impl Get<u64> for HalfSlot {
	fn get() -> u64 {
		(SlotDurationMillis::get() / 2).max(1)
	}
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Aura;
	/// Half a slot: Aura's slot duration is twice this value.
	type MinimumPeriod = HalfSlot;
	type WeightInfo = TimestampWeight;
}

/// pallet_timestamp's measured weights, plus the read of [`SlotDurationMillis`] that setting
/// the timestamp makes (Aura's check of the slot reads it again from the cache).
pub struct TimestampWeight;

impl pallet_timestamp::WeightInfo for TimestampWeight {
	fn set() -> Weight {
		pallet_timestamp::weights::SubstrateWeight::<Runtime>::set()
			.saturating_add(<Runtime as frame_system::Config>::DbWeight::get().reads(1))
	}

	fn on_finalize() -> Weight {
		pallet_timestamp::weights::SubstrateWeight::<Runtime>::on_finalize()
	}
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
