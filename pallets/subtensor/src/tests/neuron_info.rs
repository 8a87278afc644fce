//! The neuron views of the runtime API carry the epoch's results, the neuron's endpoints and
//! stake, and its weight row without zero entries.

use super::emission::{subnet_with_validators_and_miners, VALIDATOR_A};
use super::mock::*;
use crate::*;
use codec::Compact;
use subtensor_common::{NetUid, NetUidStorageIndex};

#[test]
fn neurons_show_what_the_epoch_stored() {
	run_test(|| {
		let netuid = subnet_with_validators_and_miners();
		let start = System::block_number();
		run_to_block(start + 10);
		assert_ok(SubtensorModule::set_weights(
			RuntimeOrigin::signed(account(VALIDATOR_A)),
			netuid,
			vec![3, 4, 5],
			vec![3, 1, 0],
			0,
		));
		run_to_block(start + 20);
		let neurons = SubtensorModule::get_neurons_lite(netuid);
		assert_eq!(neurons.len(), 6);
		let index = NetUidStorageIndex::of_subnet(netuid);
		let incentive = Incentive::<Test>::get(index);
		for (uid, neuron) in neurons.iter().enumerate() {
			assert_eq!(neuron.uid, Compact(uid as u16));
			assert_eq!(neuron.incentive, Compact(incentive[uid]));
			assert_eq!(neuron.emission, Compact(Emission::<Test>::get(netuid)[uid]));
			assert_eq!(neuron.hotkey, Keys::<Test>::get(netuid, uid as u16));
		}
		let validator = SubtensorModule::get_neuron(netuid, 1).expect("UID 1 exists");
		assert_eq!(validator.hotkey, account(VALIDATOR_A));
		assert_eq!(validator.coldkey, account(5));
		assert!(validator.validator_permit && validator.dividends.0 > 0);
		let stake = SubtensorModule::total_stake_on(&account(VALIDATOR_A), netuid);
		assert_eq!(validator.stake, vec![(account(5), Compact(stake))]);
		// The zero weight on UID 5 is left out.
		let weighted: Vec<u16> = validator.weights.iter().map(|(uid, _)| uid.0).collect();
		assert_eq!(weighted, vec![3, 4]);
		assert_eq!(validator.pruning_score, Compact(u16::MAX));
	});
}

#[test]
fn missing_subnets_and_uids_have_no_neurons() {
	run_test(|| {
		let netuid = add_subnet();
		assert!(SubtensorModule::get_neuron(netuid, 1).is_none());
		assert!(SubtensorModule::get_neuron_lite(NetUid::from(77), 0).is_none());
		assert!(SubtensorModule::get_neurons(NetUid::from(77)).is_empty());
		assert_eq!(SubtensorModule::get_neurons(netuid).len(), 1);
	});
}
