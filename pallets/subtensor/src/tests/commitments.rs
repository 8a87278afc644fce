//! What pallet `Commitments` asks of the subnets: who holds a UID, when the epoch started, and
//! the bonds reset a commitment may ask for.

use super::mock::*;
use crate::*;
use subtensor_common::{CommitmentSubnets, NetUidStorageIndex};

#[test]
fn membership_epoch_and_reset_permission_come_from_the_subnet() {
	run_test(|| {
		let netuid = add_subnet();
		assert!(<SubtensorModule as CommitmentSubnets<_>>::is_registered(netuid, &owner_hotkey()));
		assert!(!<SubtensorModule as CommitmentSubnets<_>>::is_registered(netuid, &account(99)));
		LastEpochBlock::<Test>::insert(netuid, 42);
		assert_eq!(<SubtensorModule as CommitmentSubnets<_>>::epoch_start_block(netuid), 42);
		assert!(!<SubtensorModule as CommitmentSubnets<_>>::bonds_reset_enabled(netuid));
		BondsResetOn::<Test>::insert(netuid, true);
		assert!(<SubtensorModule as CommitmentSubnets<_>>::bonds_reset_enabled(netuid));
	});
}

#[test]
fn a_bonds_reset_clears_every_bond_to_the_hotkey_and_no_other() {
	run_test(|| {
		let netuid = add_subnet();
		for hotkey in [11u8, 12] {
			SubtensorModule::append_neuron(netuid, &account(hotkey), 1);
		}
		let index = NetUidStorageIndex::of_subnet(netuid);
		Bonds::<Test>::insert(index, 0, vec![(1, 5), (2, 6)]);
		Bonds::<Test>::insert(index, 2, vec![(0, 7), (1, 8)]);

		<SubtensorModule as CommitmentSubnets<_>>::reset_bonds_to(netuid, &account(11));
		assert_eq!(Bonds::<Test>::get(index, 0), vec![(2, 6)]);
		assert_eq!(Bonds::<Test>::get(index, 2), vec![(0, 7)]);
		// A hotkey without a UID has no bonds to reset.
		<SubtensorModule as CommitmentSubnets<_>>::reset_bonds_to(netuid, &account(99));
		assert_eq!(Bonds::<Test>::get(index, 0), vec![(2, 6)]);
	});
}
