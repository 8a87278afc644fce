//! Epochs in a row, carrying what the chain carries from one epoch to the next.
//!
//! Each epoch is [`subtensor_yuma::run_epoch`], the function the runtime calls. Between two
//! epochs, as on chain: the new bonds and validator permits replace the old ones and the next
//! epoch runs `tempo` blocks later. Validators that were active keep setting the same weights
//! (their last update moves to the epoch's block), so an unchanged subnet stays in its steady
//! state; stakes and emission stay as in the scenario.

use crate::scenario::Scenario;
use serde::Serialize;
use subtensor_yuma::{run_epoch, NeuronTerms};

/// The results of one simulated epoch.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EpochReport {
	/// 1 for the scenario's own epoch, then 2, 3, ...
	pub epoch: u32,
	/// The block it runs at.
	pub block: u64,
	/// Per UID: the epoch's terms.
	pub neurons: Vec<UidReport>,
}

/// One UID's results in one epoch, in stored units (÷65535 for the shares, rao for emission).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UidReport {
	/// The UID.
	pub uid: u16,
	/// Its hotkey, if the scenario names it.
	pub hotkey: Option<String>,
	/// Normalised stake weight.
	pub stake_weight: u16,
	/// Holds a validator permit after the epoch.
	pub validator_permit: bool,
	/// Consensus.
	pub consensus: u16,
	/// Validator trust.
	pub validator_trust: u16,
	/// Incentive (miner share).
	pub incentive: u16,
	/// Dividends (validator share).
	pub dividends: u16,
	/// Alpha earned (rao).
	pub emission: u64,
	/// The bond row stored after the epoch.
	pub bonds: Vec<(u16, u16)>,
}

/// Runs `epochs` epochs from `scenario`.
pub fn simulate(scenario: &Scenario, epochs: u32) -> Vec<EpochReport> {
	let mut state = scenario.clone();
	let mut reports = Vec::new();
	for epoch in 1..=epochs {
		let output = run_epoch(&state.epoch_input());
		let neurons = state
			.neurons
			.iter()
			.zip(output.neurons.iter().zip(output.bonds.iter()))
			.map(|(neuron, (terms, bonds))| report(neuron.uid, neuron.hotkey.clone(), terms, bonds))
			.collect();
		reports.push(EpochReport { epoch, block: state.block, neurons });
		advance(&mut state, &output.neurons, output.bonds);
	}
	reports
}

fn report(
	uid: u16,
	hotkey: Option<String>,
	terms: &NeuronTerms,
	bonds: &[(u16, u16)],
) -> UidReport {
	UidReport {
		uid,
		hotkey,
		stake_weight: terms.stake_weight,
		validator_permit: terms.validator_permit,
		consensus: terms.consensus,
		validator_trust: terms.validator_trust,
		incentive: terms.incentive,
		dividends: terms.dividend,
		emission: terms.emission,
		bonds: bonds.to_vec(),
	}
}

/// The state the next epoch reads.
fn advance(state: &mut Scenario, terms: &[NeuronTerms], bonds: Vec<Vec<(u16, u16)>>) {
	let epoch_block = state.block;
	for ((neuron, terms), bonds) in state.neurons.iter_mut().zip(terms).zip(bonds) {
		neuron.bonds = bonds;
		neuron.validator_permit = terms.validator_permit;
		if terms.active && !neuron.weights.is_empty() {
			neuron.last_update = epoch_block;
		}
	}
	state.last_epoch_block = epoch_block;
	state.block = epoch_block.saturating_add(u64::from(state.params.tempo));
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod tests {
	use super::*;
	use crate::scenario::tests::three_uids;

	#[test]
	fn the_miner_both_validators_weight_earns_all_incentive() {
		let reports = simulate(&three_uids(), 1);
		let miner = &reports[0].neurons[2];
		assert_eq!(miner.incentive, u16::MAX);
		assert!(miner.emission > 0);
		// Dividends follow stake: 3 : 1.
		let (owner, second) = (&reports[0].neurons[0], &reports[0].neurons[1]);
		assert_eq!(owner.incentive, 0);
		assert!(owner.dividends > second.dividends && second.dividends > 0);
	}

	#[test]
	fn bonds_carry_over_and_epochs_follow_the_tempo() {
		// Yuma-3 bonds move towards the weights by the EMA factor each epoch.
		let mut scenario = three_uids();
		scenario.params.yuma3 = true;
		let reports = simulate(&scenario, 5);
		let blocks: Vec<u64> = reports.iter().map(|r| r.block).collect();
		assert_eq!(blocks, vec![100, 110, 120, 130, 140]);
		// The bond to the miner grows as it is carried from epoch to epoch.
		let bond = |epoch: usize| reports[epoch].neurons[0].bonds.first().map(|b| b.1).unwrap_or(0);
		assert!(bond(0) > 0);
		assert!(bond(4) > bond(0), "{} then {}", bond(0), bond(4));
		// Validators keep setting weights, so the miner keeps earning.
		assert_eq!(reports[4].neurons[2].incentive, u16::MAX);
	}

	#[test]
	fn one_epoch_is_the_runtime_function_on_the_scenario() {
		let scenario = three_uids();
		let direct = run_epoch(&scenario.epoch_input());
		let simulated = &simulate(&scenario, 1)[0];
		for (uid, terms) in direct.neurons.iter().enumerate() {
			assert_eq!(simulated.neurons[uid].dividends, terms.dividend);
			assert_eq!(simulated.neurons[uid].emission, terms.emission);
			assert_eq!(simulated.neurons[uid].bonds, direct.bonds[uid]);
		}
	}
}
