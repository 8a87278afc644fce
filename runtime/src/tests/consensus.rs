//! The slot duration: 12 s by default, and the pace a development chain sealed at a fixed
//! interval stores in its genesis state, which the timestamps, Aura and the metadata clients
//! read all follow.

use super::metadata::constant;
use crate::{configs::consensus::SlotDurationMillis, Aura, Runtime, RuntimeOrigin, Timestamp};
use codec::Decode;
use frame_metadata::{RuntimeMetadata, RuntimeMetadataPrefixed};
use frame_support::traits::{Get, Hooks};
use sp_consensus_aura::Slot;

/// `Aura.SlotDuration` as V15 metadata reports it on the current state.
fn reported_slot_duration() -> u64 {
	let bytes = Runtime::metadata_at_version(15).expect("V15 is offered");
	let RuntimeMetadata::V15(meta) = RuntimeMetadataPrefixed::decode(&mut &bytes[..]).unwrap().1
	else {
		panic!("not V15")
	};
	u64::decode(&mut &constant(&meta, "Aura", "SlotDuration")[..]).unwrap()
}

#[test]
fn the_slot_is_twelve_seconds_unless_the_genesis_state_says_otherwise() {
	sp_io::TestExternalities::default().execute_with(|| {
		assert_eq!(Aura::slot_duration(), 12_000);
		assert_eq!(<Runtime as pallet_timestamp::Config>::MinimumPeriod::get(), 6_000);
		assert_eq!(reported_slot_duration(), 12_000);
	});
}

#[test]
fn a_chain_sealed_every_250_ms_reports_that_pace_and_takes_timestamps_250_ms_apart() {
	sp_io::TestExternalities::default().execute_with(|| {
		SlotDurationMillis::set(&250);
		assert_eq!(Aura::slot_duration(), 250);
		assert_eq!(<Runtime as pallet_timestamp::Config>::MinimumPeriod::get(), 125);
		assert_eq!(reported_slot_duration(), 250);

		// One block per 250 ms slot: each timestamp is accepted, and Aura finds it in the slot
		// the block claims.
		for slot in 1..=4u64 {
			pallet_aura::CurrentSlot::<Runtime>::put(Slot::from(slot));
			Timestamp::set(RuntimeOrigin::none(), slot * 250).unwrap();
			<Timestamp as Hooks<u32>>::on_finalize(slot as u32);
		}
		assert_eq!(pallet_timestamp::Now::<Runtime>::get(), 1_000);
	});
}
