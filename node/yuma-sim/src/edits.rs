//! What-if edits: new weights for a validator, other hyperparameters, more stake, a UID taken
//! by a newcomer. Each edit is checked against the scenario and refused with a message naming
//! the command-line option.

use crate::scenario::{Scenario, MOVING_AVERAGE_SCALE};
use std::fmt;
use substrate_fixed::types::I32F32;
use subtensor_yuma::vec_max_upscale_to_u16;

/// One change to a scenario.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
	/// `--weights UID:DEST=W,...`: the validator sets these weights now (max-upscaled to u16
	/// as the chain stores submitted weights).
	Weights { uid: u16, weights: Vec<(u16, f64)> },
	/// `--kappa`.
	Kappa(u16),
	/// `--bonds-moving-average` (millionths).
	BondsMovingAverage(u64),
	/// `--bonds-penalty`.
	BondsPenalty(u16),
	/// `--yuma3 true|false`.
	Yuma3(bool),
	/// `--liquid-alpha LOW,HIGH`: liquid alpha on with these factors.
	LiquidAlpha { low: u16, high: u16 },
	/// `--max-validators`.
	MaxValidators(u16),
	/// `--add-stake UID=RAO`: more alpha stake on the UID's hotkey.
	AddStake { uid: u16, rao: u64 },
	/// `--deregister UID`: a newcomer takes the UID now (no stake, weights, bonds or permit).
	Deregister(u16),
}

/// An edit that does not fit the scenario, or does not parse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditError {
	/// The command-line option.
	pub option: &'static str,
	/// What is wrong.
	pub reason: String,
}

impl fmt::Display for EditError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		write!(f, "{}: {}", self.option, self.reason)
	}
}

impl std::error::Error for EditError {}

fn error(option: &'static str, reason: impl Into<String>) -> EditError {
	EditError { option, reason: reason.into() }
}

/// Parses `UID:DEST=W,DEST=W,...` (weights are any non-negative numbers; only ratios count).
pub fn parse_weights(text: &str) -> Result<Edit, EditError> {
	let bad = |reason: String| error("--weights", reason);
	let (uid, row) =
		text.split_once(':').ok_or_else(|| bad(format!("'{text}': expected UID:DEST=W,...")))?;
	let uid = uid.trim().parse().map_err(|_| bad(format!("'{uid}' is not a UID")))?;
	let mut weights = Vec::new();
	for pair in row.split(',').filter(|p| !p.trim().is_empty()) {
		let (dest, weight) =
			pair.split_once('=').ok_or_else(|| bad(format!("'{pair}': expected DEST=W")))?;
		let dest = dest.trim().parse().map_err(|_| bad(format!("'{dest}' is not a UID")))?;
		let weight: f64 =
			weight.trim().parse().map_err(|_| bad(format!("'{weight}' is not a number")))?;
		if !weight.is_finite() || weight < 0.0 {
			return Err(bad(format!(
				"weight {weight} of UID {dest}: must be a non-negative number"
			)));
		}
		weights.push((dest, weight));
	}
	Ok(Edit::Weights { uid, weights })
}

/// Parses `UID=RAO`.
pub fn parse_add_stake(text: &str) -> Result<Edit, EditError> {
	let bad = |reason: String| error("--add-stake", reason);
	let (uid, rao) =
		text.split_once('=').ok_or_else(|| bad(format!("'{text}': expected UID=RAO")))?;
	let uid = uid.trim().parse().map_err(|_| bad(format!("'{uid}' is not a UID")))?;
	let rao = rao.trim().parse().map_err(|_| bad(format!("'{rao}' is not an amount in rao")))?;
	Ok(Edit::AddStake { uid, rao })
}

/// Parses `LOW,HIGH`.
pub fn parse_liquid_alpha(text: &str) -> Result<Edit, EditError> {
	let bad = |reason: String| error("--liquid-alpha", reason);
	let (low, high) =
		text.split_once(',').ok_or_else(|| bad(format!("'{text}': expected LOW,HIGH")))?;
	let low = low.trim().parse().map_err(|_| bad(format!("'{low}' is not a u16")))?;
	let high = high.trim().parse().map_err(|_| bad(format!("'{high}' is not a u16")))?;
	Ok(Edit::LiquidAlpha { low, high })
}

impl Edit {
	/// Applies the edit; refuses one that names a missing UID or an impossible value.
	pub fn apply(&self, scenario: &mut Scenario) -> Result<(), EditError> {
		let n = scenario.neurons.len();
		let params = &mut scenario.params;
		match self {
			Edit::Kappa(kappa) => params.kappa = *kappa,
			Edit::BondsMovingAverage(value) => {
				if *value > MOVING_AVERAGE_SCALE {
					return Err(error(
						"--bonds-moving-average",
						format!("{value} is above {MOVING_AVERAGE_SCALE} (millionths)"),
					));
				}
				params.bonds_moving_average = *value;
			},
			Edit::BondsPenalty(value) => params.bonds_penalty = *value,
			Edit::Yuma3(on) => params.yuma3 = *on,
			Edit::LiquidAlpha { low, high } => {
				if low > high {
					return Err(error("--liquid-alpha", format!("LOW {low} is above HIGH {high}")));
				}
				(params.liquid_alpha, params.alpha_low, params.alpha_high) = (true, *low, *high);
			},
			Edit::MaxValidators(count) => params.max_allowed_validators = *count,
			Edit::Weights { uid, weights } => {
				let block = scenario.block;
				let row = weight_row(weights, n)?;
				let target = uid_mut(scenario, "--weights", *uid)?;
				target.weights = row;
				target.last_update = block;
			},
			Edit::AddStake { uid, rao } => {
				let target = uid_mut(scenario, "--add-stake", *uid)?;
				target.alpha_stake = target.alpha_stake.saturating_add(*rao);
			},
			Edit::Deregister(uid) => {
				let block = scenario.block;
				let target = uid_mut(scenario, "--deregister", *uid)?;
				target.hotkey = None;
				target.alpha_stake = 0;
				target.root_stake = 0;
				target.last_update = 0;
				target.registered_at = block;
				target.validator_permit = false;
				target.weights.clear();
				target.bonds.clear();
				target.earliest_commit = None;
				if scenario.owner_uid == Some(*uid) {
					scenario.owner_uid = None;
				}
			},
		}
		Ok(())
	}
}

/// The scenario's neuron `uid`, or an error naming `option`.
fn uid_mut<'a>(
	scenario: &'a mut Scenario,
	option: &'static str,
	uid: u16,
) -> Result<&'a mut crate::scenario::Neuron, EditError> {
	let n = scenario.neurons.len();
	scenario
		.neurons
		.get_mut(usize::from(uid))
		.ok_or_else(|| error(option, format!("UID {uid} does not exist (n = {n})")))
}

/// A weight row as the chain stores it: destinations sorted, values max-upscaled to u16.
fn weight_row(weights: &[(u16, f64)], n: usize) -> Result<Vec<(u16, u16)>, EditError> {
	let mut sorted = weights.to_vec();
	sorted.sort_by_key(|(dest, _)| *dest);
	for pair in sorted.windows(2) {
		if let [(a, _), (b, _)] = pair {
			if a == b {
				return Err(error("--weights", format!("UID {a} appears twice")));
			}
		}
	}
	if let Some((dest, _)) = sorted.iter().find(|(dest, _)| usize::from(*dest) >= n) {
		return Err(error("--weights", format!("UID {dest} does not exist (n = {n})")));
	}
	let values: Vec<I32F32> = sorted.iter().map(|(_, w)| I32F32::saturating_from_num(*w)).collect();
	let stored = vec_max_upscale_to_u16(&values);
	Ok(sorted.iter().map(|(dest, _)| *dest).zip(stored).filter(|(_, w)| *w > 0).collect())
}

#[cfg(test)]
#[allow(clippy::indexing_slicing, clippy::unwrap_used)]
mod tests {
	use super::*;
	use crate::scenario::tests::three_uids;

	#[test]
	fn weights_are_stored_as_the_chain_stores_them() {
		let mut scenario = three_uids();
		parse_weights("1: 2=1, 0=3").unwrap().apply(&mut scenario).unwrap();
		assert_eq!(scenario.neurons[1].weights, vec![(0, 65_535), (2, 21_845)]);
		assert_eq!(scenario.neurons[1].last_update, scenario.block);
	}

	#[test]
	fn edits_that_do_not_fit_are_refused_naming_the_option() {
		let mut scenario = three_uids();
		let refusals = [
			(parse_weights("7:1=1").unwrap(), "--weights"),
			(parse_weights("1:9=1").unwrap(), "--weights"),
			(parse_weights("1:2=1,2=3").unwrap(), "--weights"),
			(Edit::AddStake { uid: 3, rao: 1 }, "--add-stake"),
			(Edit::Deregister(3), "--deregister"),
			(Edit::BondsMovingAverage(1_000_001), "--bonds-moving-average"),
			(Edit::LiquidAlpha { low: 9, high: 8 }, "--liquid-alpha"),
		];
		for (edit, option) in refusals {
			let before = scenario.clone();
			assert_eq!(edit.apply(&mut scenario).unwrap_err().option, option, "{edit:?}");
			assert_eq!(scenario, before, "a refused edit changes nothing");
		}
		for text in ["1", "x:1=1", "1:1=-2", "1:1=nan", "1:a=1"] {
			assert!(parse_weights(text).is_err(), "{text}");
		}
		assert!(parse_add_stake("1").is_err());
		assert!(parse_liquid_alpha("5").is_err());
	}

	#[test]
	fn a_deregistered_uid_starts_over() {
		let mut scenario = three_uids();
		Edit::Deregister(0).apply(&mut scenario).unwrap();
		let neuron = &scenario.neurons[0];
		assert_eq!((neuron.alpha_stake, neuron.registered_at), (0, scenario.block));
		assert!(neuron.weights.is_empty() && !neuron.validator_permit);
		assert_eq!(scenario.owner_uid, None);
	}
}
