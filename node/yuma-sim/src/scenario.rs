//! The scenario file: one subnet (one mechanism) as its next epoch would read it, in JSON.
//!
//! Every amount is in the chain's stored units: stake and emission in rao, weights, bonds,
//! kappa, bonds penalty and liquid-alpha values as `u16` fractions of 65 535, `tao_weight` as a
//! fraction of `u64::MAX`, the bonds moving average in millionths. Unknown fields are refused,
//! so a typo never silently falls back to a default.
//!
//! ```json
//! {
//!   "netuid": 1,
//!   "mechanism": 0,
//!   "block": 1200,
//!   "last_epoch_block": 1190,
//!   "emission": 4100000000,
//!   "owner_uid": 0,
//!   "commit_reveal": false,
//!   "params": {
//!     "tempo": 10, "activity_cutoff_factor_milli": 13889, "kappa": 32767,
//!     "bonds_penalty": 65535, "bonds_moving_average": 900000, "yuma3": false,
//!     "liquid_alpha": false, "alpha_low": 45875, "alpha_high": 58982,
//!     "alpha_sigmoid_steepness": 1000, "max_allowed_validators": 64,
//!     "stake_threshold": 0, "tao_weight": 971718665099567868
//!   },
//!   "neurons": [
//!     { "uid": 0, "hotkey": "5F...", "alpha_stake": 1000000000000, "root_stake": 0,
//!       "last_update": 1195, "registered_at": 3, "validator_permit": true,
//!       "weights": [[1, 65535]], "bonds": [], "earliest_commit": null }
//!   ]
//! }
//! ```

use serde::{Deserialize, Serialize};
use std::{collections::BTreeSet, fmt};
use subtensor_yuma::{EpochInput, EpochParams};

/// The hyperparameters the epoch reads (see [`EpochParams`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
	/// Blocks between epochs.
	pub tempo: u16,
	/// Activity cutoff in thousandths of a tempo.
	pub activity_cutoff_factor_milli: u32,
	/// Consensus majority (÷65535).
	pub kappa: u16,
	/// How much bonds follow clipped rather than raw weights (÷65535).
	pub bonds_penalty: u16,
	/// Bond EMA: factor `1 − bonds_moving_average / 10^6`.
	pub bonds_moving_average: u64,
	/// Yuma-3 bonds (else Yuma-2).
	pub yuma3: bool,
	/// Per-cell bond EMA factors (Yuma-3 only).
	pub liquid_alpha: bool,
	/// Low liquid-alpha factor (÷65535).
	pub alpha_low: u16,
	/// High liquid-alpha factor (÷65535).
	pub alpha_high: u16,
	/// Liquid-alpha sigmoid steepness.
	pub alpha_sigmoid_steepness: i16,
	/// Number of validator permits.
	pub max_allowed_validators: u16,
	/// Stake weight below which a UID counts as unstaked (the owner excepted).
	pub stake_threshold: u64,
	/// Weight of root stake against alpha stake (÷`u64::MAX`).
	pub tao_weight: u64,
}

/// One UID of the subnet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Neuron {
	/// The UID: neurons are listed in UID order, from 0.
	pub uid: u16,
	/// Its hotkey (SS58), for people reading the results.
	#[serde(default)]
	pub hotkey: Option<String>,
	/// Alpha stake on the subnet (rao).
	pub alpha_stake: u64,
	/// Root stake (rao).
	pub root_stake: u64,
	/// Block of its last weights.
	pub last_update: u64,
	/// Block it registered at.
	pub registered_at: u64,
	/// Holds a validator permit from the last epoch.
	pub validator_permit: bool,
	/// Weight row: `[uid, weight]` pairs (weight ÷65535).
	pub weights: Vec<(u16, u16)>,
	/// Bond row: `[uid, bond]` pairs (bond ÷65535).
	pub bonds: Vec<(u16, u16)>,
	/// With commit-reveal on: the block of its earliest unexpired weight commit.
	#[serde(default)]
	pub earliest_commit: Option<u64>,
}

/// A subnet as its next epoch reads it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
	/// The subnet (informational).
	pub netuid: u16,
	/// The mechanism of the subnet (informational; 0 unless the subnet has several).
	#[serde(default)]
	pub mechanism: u8,
	/// The block the epoch runs at.
	pub block: u64,
	/// The block of the subnet's previous epoch (0: none yet).
	pub last_epoch_block: u64,
	/// Alpha (rao) the epoch distributes.
	pub emission: u64,
	/// The UID of the subnet owner's hotkey, if it holds one.
	#[serde(default)]
	pub owner_uid: Option<u16>,
	/// Whether commit-reveal is on (then `earliest_commit` counts).
	#[serde(default)]
	pub commit_reveal: bool,
	/// Hyperparameters.
	pub params: Params,
	/// The UIDs, in order.
	pub neurons: Vec<Neuron>,
}

/// Why a scenario was refused: the field, by its JSON path, and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioError {
	/// JSON path of the field, e.g. `neurons[3].weights[0]`.
	pub field: String,
	/// What is wrong.
	pub reason: String,
}

impl ScenarioError {
	fn new(field: impl Into<String>, reason: impl Into<String>) -> Self {
		Self { field: field.into(), reason: reason.into() }
	}
}

impl fmt::Display for ScenarioError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		write!(f, "{}: {}", self.field, self.reason)
	}
}

impl std::error::Error for ScenarioError {}

/// The most UIDs a subnet can have.
pub const MAX_UIDS: usize = u16::MAX as usize;
/// `bonds_moving_average` is in millionths.
pub const MOVING_AVERAGE_SCALE: u64 = 1_000_000;

impl Scenario {
	/// Parses and checks a scenario; the error names the field at fault.
	pub fn from_json(json: &str) -> Result<Self, ScenarioError> {
		let deserializer = &mut serde_json::Deserializer::from_str(json);
		let scenario: Scenario = serde_path_to_error::deserialize(deserializer).map_err(|e| {
			let path = e.path().to_string();
			let field = if path == "." { "(file)".to_string() } else { path };
			ScenarioError::new(field, e.into_inner().to_string())
		})?;
		scenario.check()?;
		Ok(scenario)
	}

	/// The scenario as pretty JSON.
	pub fn to_json(&self) -> String {
		serde_json::to_string_pretty(self).unwrap_or_default()
	}

	/// Checks what the types cannot: UIDs in order, rows naming existing UIDs once, blocks not
	/// after the epoch's, parameters within their meaning.
	pub fn check(&self) -> Result<(), ScenarioError> {
		let n = self.neurons.len();
		if n > MAX_UIDS {
			return Err(ScenarioError::new(
				"neurons",
				format!("{n} UIDs; a subnet has at most {MAX_UIDS}"),
			));
		}
		let params = &self.params;
		if params.tempo == 0 {
			return Err(ScenarioError::new("params.tempo", "0 means the subnet has no epochs"));
		}
		if params.bonds_moving_average > MOVING_AVERAGE_SCALE {
			return Err(ScenarioError::new(
				"params.bonds_moving_average",
				format!(
					"{} is above {MOVING_AVERAGE_SCALE} (millionths)",
					params.bonds_moving_average
				),
			));
		}
		if params.alpha_low > params.alpha_high {
			return Err(ScenarioError::new(
				"params.alpha_low",
				format!("{} is above alpha_high ({})", params.alpha_low, params.alpha_high),
			));
		}
		if self.last_epoch_block > self.block {
			return Err(ScenarioError::new("last_epoch_block", "after the epoch's block"));
		}
		if let Some(owner) = self.owner_uid {
			if usize::from(owner) >= n {
				return Err(ScenarioError::new(
					"owner_uid",
					format!("UID {owner} does not exist (n = {n})"),
				));
			}
		}
		for (index, neuron) in self.neurons.iter().enumerate() {
			let at = |field: &str| format!("neurons[{index}].{field}");
			if usize::from(neuron.uid) != index {
				return Err(ScenarioError::new(
					at("uid"),
					format!("{} where {index} was expected (UIDs run 0..n in order)", neuron.uid),
				));
			}
			for (field, block) in
				[("last_update", neuron.last_update), ("registered_at", neuron.registered_at)]
			{
				if block > self.block {
					return Err(ScenarioError::new(
						at(field),
						format!("block {block} is after the epoch's block {}", self.block),
					));
				}
			}
			check_row(&neuron.weights, n).map_err(|(j, reason)| {
				ScenarioError::new(format!("{}[{j}]", at("weights")), reason)
			})?;
			check_row(&neuron.bonds, n).map_err(|(j, reason)| {
				ScenarioError::new(format!("{}[{j}]", at("bonds")), reason)
			})?;
		}
		Ok(())
	}

	/// The epoch's input, as the pallet assembles it from storage.
	pub fn epoch_input(&self) -> EpochInput {
		let column =
			|value: fn(&Neuron) -> u64| self.neurons.iter().map(value).collect::<Vec<u64>>();
		let params = &self.params;
		EpochInput {
			n: u16::try_from(self.neurons.len()).unwrap_or(u16::MAX),
			now: self.block,
			last_mechanism_step_block: self.last_epoch_block,
			owner_uid: self.owner_uid,
			alpha_stake: column(|n| n.alpha_stake),
			root_stake: column(|n| n.root_stake),
			last_update: column(|n| n.last_update),
			block_at_registration: column(|n| n.registered_at),
			validator_permit: self.neurons.iter().map(|n| n.validator_permit).collect(),
			weights: self.neurons.iter().map(|n| n.weights.clone()).collect(),
			bonds: self.neurons.iter().map(|n| n.bonds.clone()).collect(),
			commit_blocks: self
				.commit_reveal
				.then(|| column(|n| n.earliest_commit.unwrap_or(u64::MAX))),
			emission: self.emission,
			params: EpochParams {
				tempo: params.tempo,
				activity_cutoff_factor_milli: params.activity_cutoff_factor_milli,
				kappa: params.kappa,
				bonds_penalty: params.bonds_penalty,
				bonds_moving_average: params.bonds_moving_average,
				yuma3: params.yuma3,
				liquid_alpha: params.liquid_alpha,
				alpha_values: (params.alpha_low, params.alpha_high),
				alpha_sigmoid_steepness: params.alpha_sigmoid_steepness,
				max_allowed_validators: params.max_allowed_validators,
				stake_threshold: params.stake_threshold,
				tao_weight: params.tao_weight,
			},
		}
	}
}

/// A weight or bond row names existing UIDs, each once; the error gives the pair's index.
fn check_row(row: &[(u16, u16)], n: usize) -> Result<(), (usize, String)> {
	let mut seen = BTreeSet::new();
	for (j, (uid, _)) in row.iter().enumerate() {
		if usize::from(*uid) >= n {
			return Err((j, format!("UID {uid} does not exist (n = {n})")));
		}
		if !seen.insert(*uid) {
			return Err((j, format!("UID {uid} appears twice in the row")));
		}
	}
	Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
pub(crate) mod tests {
	use super::*;

	/// Three UIDs: 0 the owner validator, 1 a second validator, 2 a miner both weight fully.
	pub(crate) fn three_uids() -> Scenario {
		let neuron = |uid: u16, stake: u64, weights: Vec<(u16, u16)>| Neuron {
			uid,
			hotkey: None,
			alpha_stake: stake,
			root_stake: 0,
			last_update: 95,
			registered_at: 1,
			validator_permit: stake > 0,
			weights,
			bonds: Vec::new(),
			earliest_commit: None,
		};
		Scenario {
			netuid: 1,
			mechanism: 0,
			block: 100,
			last_epoch_block: 90,
			emission: 1_000_000_000,
			owner_uid: Some(0),
			commit_reveal: false,
			params: Params {
				tempo: 10,
				activity_cutoff_factor_milli: 13_889,
				kappa: 32_767,
				bonds_penalty: 65_535,
				bonds_moving_average: 900_000,
				yuma3: false,
				liquid_alpha: false,
				alpha_low: 45_875,
				alpha_high: 58_982,
				alpha_sigmoid_steepness: 1_000,
				max_allowed_validators: 64,
				stake_threshold: 0,
				tao_weight: 0,
			},
			neurons: vec![
				neuron(0, 3_000_000_000_000, vec![(2, 65_535)]),
				neuron(1, 1_000_000_000_000, vec![(2, 65_535)]),
				neuron(2, 0, Vec::new()),
			],
		}
	}

	fn refused(edit: impl FnOnce(&mut Scenario)) -> ScenarioError {
		let mut scenario = three_uids();
		edit(&mut scenario);
		Scenario::from_json(&scenario.to_json()).expect_err("refused")
	}

	#[test]
	fn the_shipped_example_is_a_valid_scenario() {
		let example = include_str!("../scenarios/example.json");
		let scenario = Scenario::from_json(example).expect("valid");
		assert_eq!(scenario.neurons.len(), 7);
	}

	#[test]
	fn a_scenario_round_trips_through_json() {
		let scenario = three_uids();
		assert_eq!(Scenario::from_json(&scenario.to_json()), Ok(scenario));
	}

	#[test]
	fn inconsistent_scenarios_are_refused_naming_the_field() {
		let cases: Vec<(ScenarioError, &str)> = vec![
			(refused(|s| s.neurons[1].uid = 5), "neurons[1].uid"),
			(refused(|s| s.neurons[0].weights = vec![(2, 1), (7, 1)]), "neurons[0].weights[1]"),
			(refused(|s| s.neurons[1].bonds = vec![(2, 1), (2, 5)]), "neurons[1].bonds[1]"),
			(refused(|s| s.owner_uid = Some(3)), "owner_uid"),
			(refused(|s| s.params.tempo = 0), "params.tempo"),
			(refused(|s| s.params.bonds_moving_average = 1_000_001), "params.bonds_moving_average"),
			(refused(|s| s.params.alpha_low = 60_000), "params.alpha_low"),
			(refused(|s| s.neurons[2].last_update = 101), "neurons[2].last_update"),
			(refused(|s| s.last_epoch_block = 101), "last_epoch_block"),
		];
		for (error, field) in cases {
			assert_eq!(error.field, field, "{error}");
		}
	}

	#[test]
	fn out_of_range_and_unknown_fields_are_refused_naming_the_field() {
		let mut json: serde_json::Value = serde_json::from_str(&three_uids().to_json()).unwrap();
		json["neurons"][1]["weights"][0][1] = 70_000.into();
		let error = Scenario::from_json(&json.to_string()).expect_err("u16 overflow");
		assert_eq!(error.field, "neurons[1].weights[0][1]", "{error}");

		let mut json: serde_json::Value = serde_json::from_str(&three_uids().to_json()).unwrap();
		json["params"]["kapa"] = 1.into();
		let error = Scenario::from_json(&json.to_string()).expect_err("typo");
		assert!(error.field.starts_with("params"), "{error}");
		assert!(error.reason.contains("kapa"), "{error}");

		let error = Scenario::from_json("{").expect_err("truncated");
		assert!(!error.reason.is_empty());
	}
}
