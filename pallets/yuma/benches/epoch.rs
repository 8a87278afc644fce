//! Time of one epoch for n = 64 … 4096 UIDs with 64 validators, weights dense (every validator
//! scores every UID) or sparse (32 UIDs each), bonds left by a previous epoch with different
//! weights (so many bond cells are above their new weight and liquid alpha evaluates its
//! sigmoid for them).
//! Variants: Yuma-3 with liquid alpha (the costliest) and Yuma-2.
//!
//! `cargo bench -p subtensor-yuma` prints the time per epoch of each case.
#![allow(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::hint::black_box;
use subtensor_yuma::{run_epoch, EpochInput, EpochParams};

const VALIDATORS: u16 = 64;
const SPARSE_ROW: u16 = 32;

/// Deterministic pseudo-random numbers (a 64-bit LCG), so every run measures the same input.
struct Lcg(u64);

impl Lcg {
	fn next(&mut self) -> u64 {
		self.0 =
			self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
		self.0 >> 33
	}
}

fn input(n: u16, dense: bool, yuma3: bool, seed: u64) -> EpochInput {
	let len = usize::from(n);
	let mut rng = Lcg(u64::from(n).wrapping_add(seed));
	let mut alpha_stake = vec![0; len];
	let mut last_update = vec![0; len];
	let mut permit = vec![false; len];
	let mut weights = vec![Vec::new(); len];
	for v in 0..VALIDATORS.min(n) {
		let i = usize::from(v);
		alpha_stake[i] = 1_000_000_000 + rng.next() % 1_000_000_000_000;
		last_update[i] = 1_000;
		permit[i] = true;
		weights[i] = if dense {
			(0..n).map(|j| (j, (rng.next() % 65_536) as u16)).collect()
		} else {
			let mut row: Vec<(u16, u16)> = (0..SPARSE_ROW.min(n))
				.map(|_| ((rng.next() % u64::from(n)) as u16, (rng.next() % 65_536) as u16))
				.collect();
			row.sort_by_key(|(j, _)| *j);
			row.dedup_by_key(|(j, _)| *j);
			row
		};
	}
	EpochInput {
		n,
		now: 1_000,
		last_mechanism_step_block: 900,
		owner_uid: Some(0),
		alpha_stake,
		root_stake: vec![0; len],
		last_update,
		block_at_registration: vec![1; len],
		validator_permit: permit,
		weights,
		bonds: vec![Vec::new(); len],
		commit_blocks: None,
		emission: 1_000_000_000_000,
		params: EpochParams {
			tempo: 360,
			activity_cutoff_factor_milli: 5_000,
			kappa: 32_767,
			bonds_penalty: 65_535,
			bonds_moving_average: 900_000,
			yuma3,
			liquid_alpha: yuma3,
			alpha_values: (45_875, 58_982),
			alpha_sigmoid_steepness: 1_000,
			max_allowed_validators: VALIDATORS,
			stake_threshold: 0,
			tao_weight: 0,
		},
	}
}

/// This epoch's input with the bonds an epoch over other weights left.
fn input_after_an_epoch(n: u16, dense: bool, yuma3: bool) -> EpochInput {
	let previous = input(n, dense, yuma3, 1);
	let mut input = input(n, dense, yuma3, 2);
	input.bonds = run_epoch(&previous).bonds;
	input
}

fn epochs(c: &mut Criterion) {
	for (variant, yuma3) in [("yuma3_liquid_alpha", true), ("yuma2", false)] {
		let mut group = c.benchmark_group(variant);
		group.sample_size(10);
		for n in [64u16, 256, 1024, 4096] {
			for (density, dense) in [("dense", true), ("sparse", false)] {
				let input = input_after_an_epoch(n, dense, yuma3);
				group.bench_with_input(BenchmarkId::new(density, n), &input, |b, input| {
					b.iter(|| run_epoch(black_box(input)))
				});
			}
		}
		group.finish();
	}
}

criterion_group!(benches, epochs);
criterion_main!(benches);
