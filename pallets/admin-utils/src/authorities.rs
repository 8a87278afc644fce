//! The validator sets root may replace: Aura's block authors (at once) and GRANDPA's
//! finality voters (scheduled, as GRANDPA requires). The runtime connects them to its
//! `Aura` and `Grandpa` pallets.

use frame_support::BoundedVec;
use sp_consensus_grandpa::AuthorityList;
use sp_runtime::DispatchResult;

/// Replaces the block authors.
pub trait AuraAuthorities<AuthorityId, MaxAuthorities> {
	/// Makes `new` the authors from the next block on.
	fn change_authorities(new: BoundedVec<AuthorityId, MaxAuthorities>);
}

/// Schedules a change of the finality voters.
pub trait GrandpaAuthorities<BlockNumber> {
	/// Schedules `next_authorities` to take over `in_blocks` blocks after this one; a `forced`
	/// change (for a stalled finality) is signalled with the median last-finalized block.
	fn schedule_change(
		next_authorities: AuthorityList,
		in_blocks: BlockNumber,
		forced: Option<BlockNumber>,
	) -> DispatchResult;
}
