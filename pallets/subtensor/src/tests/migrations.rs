//! Storage migrations: version 0 → 1 keeps the activity window an owner set with the legacy
//! `ActivityCutoff`, once.

use super::mock::*;
use crate::migrations::v1::{factor_for_cutoff, MigrateV0ToV1};
use crate::{ActivityCutoff, ActivityCutoffFactorMilli, Pallet, Tempo};
use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};

#[test]
fn a_legacy_cutoff_becomes_the_factor_with_the_same_window() {
	// 5 000 blocks at tempo 360 is the default factor (13 888.9, rounded).
	assert_eq!(factor_for_cutoff(5_000, 360), Some(13_889));
	assert_eq!(factor_for_cutoff(100, 10), Some(10_000));
	assert_eq!(factor_for_cutoff(1_234, 360), Some(3_428));
	// Within the factor's bounds: 1 000 to 50 000 thousandths.
	assert_eq!(factor_for_cutoff(1, 360), Some(1_000));
	assert_eq!(factor_for_cutoff(u16::MAX, 10), Some(50_000));
	assert_eq!(factor_for_cutoff(500, 0), None);
}

#[test]
fn version_0_to_1_converts_the_cutoffs_owners_set_and_runs_once() {
	run_test(|| {
		let untouched = add_subnet();
		let legacy = add_subnet();
		let both = add_subnet();
		let no_epochs = add_subnet();
		ActivityCutoff::<Test>::insert(legacy, 720);
		Tempo::<Test>::insert(legacy, 360);
		ActivityCutoff::<Test>::insert(both, 720);
		ActivityCutoffFactorMilli::<Test>::insert(both, 4_000);
		ActivityCutoff::<Test>::insert(no_epochs, 720);
		Tempo::<Test>::insert(no_epochs, 0);
		// A chain written before the version existed.
		StorageVersion::new(0).put::<Pallet<Test>>();

		MigrateV0ToV1::<Test>::on_runtime_upgrade();

		assert_eq!(Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(1));
		assert_eq!(ActivityCutoffFactorMilli::<Test>::get(legacy), 2_000);
		// An explicit factor wins; the default cutoff and a tempo of 0 leave the default.
		assert_eq!(ActivityCutoffFactorMilli::<Test>::get(both), 4_000);
		assert!(!ActivityCutoffFactorMilli::<Test>::contains_key(untouched));
		assert!(!ActivityCutoffFactorMilli::<Test>::contains_key(no_epochs));
		// The legacy value stays for the clients that read it.
		assert_eq!(ActivityCutoff::<Test>::get(legacy), 720);

		// At version 1 the migration does nothing.
		ActivityCutoff::<Test>::insert(untouched, 1_800);
		MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert!(!ActivityCutoffFactorMilli::<Test>::contains_key(untouched));
	});
}

#[test]
fn version_3_to_4_counts_every_pools_stakers() {
	use crate::migrations::v4::MigrateV3ToV4;
	use crate::{StakePositionCount, TotalHotkeyAlpha};
	run_test(|| {
		let netuid = super::emission::subnet_with_validators_and_miners();
		let validator = account(super::emission::VALIDATOR_A);
		let counted = StakePositionCount::<Test>::get(&validator, netuid);
		assert_eq!(counted, 2);
		// A chain from before the counts.
		let _ = StakePositionCount::<Test>::clear(u32::MAX, None);
		StorageVersion::new(3).put::<Pallet<Test>>();

		MigrateV3ToV4::<Test>::on_runtime_upgrade();

		assert_eq!(Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(4));
		assert_eq!(StakePositionCount::<Test>::get(&validator, netuid), counted);
		assert_eq!(
			StakePositionCount::<Test>::iter().count(),
			TotalHotkeyAlpha::<Test>::iter().count()
		);
	});
}
