//! Trimming a subnet's UID capacity below the neurons it holds.

use super::mock::*;
use crate::{Error, Event, *};
use frame_support::assert_noop;
use subtensor_common::{AlphaBalance, NetUid, NetUidStorageIndex};

/// A subnet whose owner hotkey is UID 0, plus UIDs 1..=4 (hotkeys 11..=14, registered at
/// blocks 1..=4), none immune; emission of UID u is `emissions[u]`.
fn subnet_of_five(emissions: [u64; 5]) -> NetUid {
	let netuid = add_subnet();
	ImmunityPeriod::<Test>::insert(netuid, 0);
	MinAllowedUids::<Test>::insert(netuid, 1);
	for hotkey in 11..=14u8 {
		run_to_block(u64::from(hotkey) - 10);
		SubtensorModule::append_neuron(netuid, &account(hotkey), u64::from(hotkey) - 10);
	}
	Emission::<Test>::insert(netuid, emissions.map(AlphaBalance::new).to_vec());
	netuid
}

#[test]
fn trimming_removes_the_weakest_and_renumbers_the_rest_in_order() {
	run_test(|| {
		// UIDs 2 and 4 earn least and go; 0 (owner), 1 and 3 stay as 0, 1, 2.
		let netuid = subnet_of_five([0, 9, 1, 8, 2]);
		let index = NetUidStorageIndex::of_subnet(netuid);
		Weights::<Test>::insert(index, 1, vec![(0, 1), (2, 2), (3, 3), (4, 4)]);
		Weights::<Test>::insert(index, 4, vec![(1, 7)]);
		Bonds::<Test>::insert(index, 3, vec![(1, 5), (4, 6)]);
		Consensus::<Test>::insert(netuid, vec![10, 11, 12, 13, 14]);
		Axons::<Test>::insert(netuid, account(12), AxonInfo::default());

		assert_ok(SubtensorModule::do_trim_to_max_allowed_uids(netuid, 3));

		assert_eq!(MaxAllowedUids::<Test>::get(netuid), 3);
		assert_eq!(SubnetworkN::<Test>::get(netuid), 3);
		let hotkeys: Vec<_> = (0..3).map(|uid| Keys::<Test>::get(netuid, uid)).collect();
		assert_eq!(hotkeys, vec![owner_hotkey(), account(11), account(13)]);
		assert_eq!(Uids::<Test>::get(netuid, account(13)), Some(2));
		assert_eq!(BlockAtRegistration::<Test>::get(netuid, 2), 3);
		assert!(!Keys::<Test>::contains_key(netuid, 3));
		for gone in [account(12), account(14)] {
			assert_eq!(Uids::<Test>::get(netuid, &gone), None);
			assert!(!IsNetworkMember::<Test>::get(&gone, netuid));
		}
		assert!(!Axons::<Test>::contains_key(netuid, account(12)));
		assert_eq!(Consensus::<Test>::get(netuid), vec![10, 11, 13]);
		assert_eq!(Emission::<Test>::get(netuid), [0, 9, 8].map(AlphaBalance::new).to_vec());
		assert_eq!(Incentive::<Test>::get(index).len(), 3);
		// Rows and entries move with their UIDs; those of removed UIDs are gone.
		assert_eq!(Weights::<Test>::get(index, 1), vec![(0, 1), (2, 3)]);
		assert_eq!(Bonds::<Test>::get(index, 2), vec![(1, 5)]);
		assert_eq!(Weights::<Test>::iter_prefix(index).count(), 1);
		assert_eq!(Bonds::<Test>::iter_prefix(index).count(), 1);
		assert_last_event(Event::MaxAllowedUidsSet(netuid, 3));
	});
}

#[test]
fn trimming_above_the_neuron_count_only_lowers_the_capacity() {
	run_test(|| {
		let netuid = subnet_of_five([0; 5]);
		assert_ok(SubtensorModule::do_trim_to_max_allowed_uids(netuid, 100));
		assert_eq!(MaxAllowedUids::<Test>::get(netuid), 100);
		assert_eq!(SubnetworkN::<Test>::get(netuid), 5);
		assert_eq!(Keys::<Test>::get(netuid, 4), account(14));
	});
}

#[test]
fn trimming_refuses_out_of_range_values_and_too_many_protected_uids() {
	run_test(|| {
		let netuid = subnet_of_five([0; 5]);
		MinAllowedUids::<Test>::insert(netuid, 2);
		assert_noop!(
			SubtensorModule::do_trim_to_max_allowed_uids(netuid, 1),
			Error::<Test>::InvalidValue
		);
		assert_noop!(
			SubtensorModule::do_trim_to_max_allowed_uids(netuid, 257),
			Error::<Test>::InvalidValue
		);
		assert_noop!(
			SubtensorModule::do_trim_to_max_allowed_uids(NetUid::new(9), 3),
			Error::<Test>::SubnetNotExists
		);
		// Four of five UIDs immune: they would fill 4/4 of a capacity of 4.
		ImmunityPeriod::<Test>::insert(netuid, 100);
		assert_noop!(
			SubtensorModule::do_trim_to_max_allowed_uids(netuid, 4),
			Error::<Test>::TrimmingWouldExceedMaxImmunePercentage
		);
	});
}
