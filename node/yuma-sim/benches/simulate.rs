//! Time of whole simulations with liquid alpha on (Yuma-3): 1 000 epochs at n = 256 and 10
//! epochs at n = 4096, 64 validators weighting every UID, bonds carried between epochs.
//!
//! `cargo bench -p subtensor-yuma-sim` prints the time of each run.
#![allow(clippy::arithmetic_side_effects, clippy::cast_possible_truncation)]

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use subtensor_yuma_sim::{
	scenario::{Neuron, Params, Scenario},
	simulate,
};

const VALIDATORS: u16 = 64;

/// A subnet of `n` UIDs; the first 64 validate with pseudo-random weights on every UID.
fn subnet(n: u16) -> Scenario {
	let mut seed: u64 = 0x5eed;
	let mut next = move || {
		seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
		seed >> 33
	};
	let neurons = (0..n)
		.map(|uid| {
			let validator = uid < VALIDATORS;
			Neuron {
				uid,
				hotkey: None,
				alpha_stake: if validator { 1_000_000_000 + next() % 1_000_000_000_000 } else { 0 },
				root_stake: 0,
				last_update: if validator { 990 } else { 0 },
				registered_at: 1,
				validator_permit: validator,
				weights: if validator {
					(0..n).map(|j| (j, (next() % 65_536) as u16)).collect()
				} else {
					Vec::new()
				},
				bonds: Vec::new(),
				earliest_commit: None,
			}
		})
		.collect();
	Scenario {
		netuid: 1,
		mechanism: 0,
		block: 1_000,
		last_epoch_block: 640,
		emission: 360_000_000_000,
		owner_uid: Some(0),
		commit_reveal: false,
		params: Params {
			tempo: 360,
			activity_cutoff_factor_milli: 13_889,
			kappa: 32_767,
			bonds_penalty: 65_535,
			bonds_moving_average: 900_000,
			yuma3: true,
			liquid_alpha: true,
			alpha_low: 45_875,
			alpha_high: 58_982,
			alpha_sigmoid_steepness: 1_000,
			max_allowed_validators: VALIDATORS,
			stake_threshold: 0,
			tao_weight: 971_718_665_099_567_868,
		},
		neurons,
	}
}

fn simulations(c: &mut Criterion) {
	let mut group = c.benchmark_group("simulate (Yuma-3, liquid alpha)");
	group.sample_size(10);
	let small = subnet(256);
	group.bench_function("1000 epochs, n = 256", |b| b.iter(|| simulate(black_box(&small), 1_000)));
	let large = subnet(4_096);
	group.bench_function("10 epochs, n = 4096", |b| b.iter(|| simulate(black_box(&large), 10)));
	group.finish();
}

criterion_group!(benches, simulations);
criterion_main!(benches);
