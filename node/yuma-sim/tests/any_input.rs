//! No input makes the simulator panic: arbitrary text, and scenarios of any shape and values
//! (UIDs out of order, rows naming missing UIDs, extreme amounts and parameters). Whatever
//! `Scenario::from_json` accepts, the epochs run on.
#![allow(clippy::arithmetic_side_effects, clippy::indexing_slicing)]

use proptest::prelude::*;
use subtensor_yuma_sim::{
	scenario::{Neuron, Params, Scenario},
	simulate,
};

fn row(n: u16) -> impl Strategy<Value = Vec<(u16, u16)>> {
	prop::collection::vec((0..n.saturating_add(2), any::<u16>()), 0..6)
}

fn neuron(n: u16) -> impl Strategy<Value = Neuron> {
	(
		0..n.saturating_add(1),
		any::<u64>(),
		any::<u64>(),
		0u64..300,
		0u64..300,
		any::<bool>(),
		row(n),
		row(n),
		prop::option::of(any::<u64>()),
	)
		.prop_map(|(uid, alpha, root, update, registered, permit, weights, bonds, commit)| {
			Neuron {
				uid,
				hotkey: None,
				alpha_stake: alpha,
				root_stake: root,
				last_update: update,
				registered_at: registered,
				validator_permit: permit,
				weights,
				bonds,
				earliest_commit: commit,
			}
		})
}

fn params() -> impl Strategy<Value = Params> {
	(
		(any::<u16>(), any::<u32>(), any::<u16>(), any::<u16>(), 0u64..1_100_000, any::<bool>()),
		(
			any::<bool>(),
			any::<u16>(),
			any::<u16>(),
			any::<i16>(),
			any::<u16>(),
			any::<u64>(),
			any::<u64>(),
		),
	)
		.prop_map(
			|(
				(tempo, factor, kappa, penalty, average, yuma3),
				(liquid, low, high, steep, max, threshold, tao),
			)| Params {
				tempo,
				activity_cutoff_factor_milli: factor,
				kappa,
				bonds_penalty: penalty,
				bonds_moving_average: average,
				yuma3,
				liquid_alpha: liquid,
				alpha_low: low,
				alpha_high: high,
				alpha_sigmoid_steepness: steep,
				max_allowed_validators: max,
				stake_threshold: threshold,
				tao_weight: tao,
			},
		)
}

fn scenario() -> impl Strategy<Value = Scenario> {
	(0u16..8).prop_flat_map(|n| {
		(
			prop::collection::vec(neuron(n), usize::from(n)),
			params(),
			(
				0u64..400,
				0u64..400,
				any::<u64>(),
				prop::option::of(0..n.saturating_add(1)),
				any::<bool>(),
			),
		)
			.prop_map(|(neurons, params, (block, last, emission, owner, commit))| Scenario {
				netuid: 1,
				mechanism: 0,
				block,
				last_epoch_block: last,
				emission,
				owner_uid: owner,
				commit_reveal: commit,
				params,
				neurons,
			})
	})
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(400))]

	#[test]
	fn any_scenario_is_refused_or_simulated(mut candidate in scenario(), in_order in any::<bool>()) {
		if in_order {
			for (uid, neuron) in candidate.neurons.iter_mut().enumerate() {
				neuron.uid = uid as u16;
			}
		}
		if let Ok(accepted) = Scenario::from_json(&candidate.to_json()) {
			let reports = simulate(&accepted, 3);
			prop_assert_eq!(reports.len(), 3);
			for report in reports {
				prop_assert_eq!(report.neurons.len(), accepted.neurons.len());
			}
		}
	}

	#[test]
	fn any_text_is_refused_without_a_panic(text in ".{0,200}") {
		let _ = Scenario::from_json(&text);
	}
}
