//! MevShield: block authors' keys follow Aura's round robin; stored encrypted calls are never
//! opened (the runtime holds no secret key).

use crate::Runtime;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;

/// Aura's authors: the authority of the current slot and the one two slots later.
pub struct AuraAuthors;

impl pallet_subtensor_shield::FindAuthors<AuraId> for AuraAuthors {
	fn current_and_next_next() -> Option<(AuraId, AuraId)> {
		let authorities = pallet_aura::Authorities::<Runtime>::get();
		let count = u64::try_from(authorities.len()).ok().filter(|count| *count > 0)?;
		let slot = u64::from(pallet_aura::CurrentSlot::<Runtime>::get());
		let author_at = |slot: u64| {
			let index = usize::try_from(slot.checked_rem(count)?).ok()?;
			authorities.get(index).cloned()
		};
		Some((author_at(slot)?, author_at(slot.saturating_add(2))?))
	}
}

impl pallet_subtensor_shield::Config for Runtime {
	type AuthorityId = AuraId;
	type FindAuthors = AuraAuthors;
	type StoredCallDecryptor = ();
	type WeightInfo = pallet_subtensor_shield::weights::SubstrateWeight<Runtime>;
}
