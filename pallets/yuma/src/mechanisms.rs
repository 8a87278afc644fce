//! Mechanisms (sub-subnets): a subnet's epoch emission is split over its mechanisms, each runs
//! its own epoch, and their per-UID results are added back together weighted by their share.

use crate::epoch::NeuronTerms;
use alloc::{vec, vec::Vec};
use substrate_fixed::types::U64F64;

/// Splits `emission` over `count` mechanisms: by `split` (u16 parts of 65535) when given, else
/// evenly; the rounding remainder goes to mechanism 0.
pub fn split_emission(emission: u64, count: u8, split: Option<&[u16]>) -> Vec<u64> {
	let count = usize::from(count.max(1));
	let mut parts: Vec<u64> = match split {
		Some(split) => (0..count)
			.map(|m| {
				let part = u128::from(split.get(m).copied().unwrap_or(0));
				let amount = u128::from(emission)
					.saturating_mul(part)
					.checked_div(u128::from(u16::MAX))
					.unwrap_or(0);
				u64::try_from(amount).unwrap_or(u64::MAX)
			})
			.collect(),
		None => vec![emission.checked_div(count as u64).unwrap_or(0); count],
	};
	let given = parts.iter().fold(0u64, |total, part| total.saturating_add(*part));
	if let Some(first) = parts.first_mut() {
		*first = first.saturating_add(emission.saturating_sub(given));
	}
	parts
}

/// Adds the per-UID results of each mechanism (`(its emission, its terms)`), out of a subnet
/// emission of `emission`: emissions and stake are summed, proportions weighted by each
/// mechanism's share of the emission, flags or-ed. `incentive` is mechanism 0's (incentive is
/// kept per mechanism).
pub fn aggregate_mechanisms(
	emission: u64,
	mechanisms: &[(u64, Vec<NeuronTerms>)],
) -> Vec<NeuronTerms> {
	let n = mechanisms.iter().map(|(_, terms)| terms.len()).max().unwrap_or(0);
	let shares: Vec<U64F64> = mechanisms
		.iter()
		.enumerate()
		.map(|(m, (part, _))| {
			if emission == 0 {
				U64F64::from_num(u8::from(m == 0))
			} else {
				U64F64::from_num(*part).saturating_div(U64F64::from_num(emission))
			}
		})
		.collect();
	(0..n)
		.map(|uid| {
			let mut total = NeuronTerms::default();
			let mut weighted = [U64F64::from_num(0); 5];
			for ((_, terms), share) in mechanisms.iter().zip(&shares) {
				let Some(t) = terms.get(uid) else { continue };
				total.server_emission = total.server_emission.saturating_add(t.server_emission);
				total.validator_emission =
					total.validator_emission.saturating_add(t.validator_emission);
				total.stake = total.stake.saturating_add(t.stake);
				total.active |= t.active;
				total.validator_permit |= t.validator_permit;
				let values = [
					u64::from(t.dividend),
					u64::from(t.stake_weight),
					u64::from(t.consensus),
					u64::from(t.validator_trust),
					t.emission,
				];
				for (sum, value) in weighted.iter_mut().zip(values) {
					*sum = sum.saturating_add(U64F64::from_num(value).saturating_mul(*share));
				}
			}
			let [dividend, stake_weight, consensus, validator_trust, emission] =
				weighted.map(|x| x.saturating_to_num::<u64>());
			let to_u16 = |x: u64| u16::try_from(x).unwrap_or(u16::MAX);
			total.dividend = to_u16(dividend);
			total.stake_weight = to_u16(stake_weight);
			total.consensus = to_u16(consensus);
			total.validator_trust = to_u16(validator_trust);
			total.emission = emission;
			total.incentive = mechanisms
				.first()
				.and_then(|(_, terms)| terms.get(uid))
				.map(|t| t.incentive)
				.unwrap_or(0);
			total
		})
		.collect()
}

#[cfg(test)]
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
mod tests {
	use super::*;

	#[test]
	fn emission_splits_evenly_or_by_parts_and_mechanism_zero_gets_the_remainder() {
		assert_eq!(split_emission(10, 3, None), vec![4, 3, 3]);
		assert_eq!(
			split_emission(1_000, 2, Some(&[65_535 / 4, 65_535 - 65_535 / 4])),
			vec![250, 750]
		);
		assert_eq!(split_emission(7, 2, Some(&[65_535])), vec![7, 0]);
		assert_eq!(split_emission(5, 0, None), vec![5]);
	}

	#[test]
	fn mechanisms_add_up_by_their_share() {
		let a = NeuronTerms {
			dividend: 1_000,
			server_emission: 30,
			emission: 60,
			active: true,
			incentive: 9,
			..Default::default()
		};
		let b = NeuronTerms {
			dividend: 3_000,
			server_emission: 10,
			emission: 20,
			validator_permit: true,
			incentive: 4,
			..Default::default()
		};
		let total = aggregate_mechanisms(100, &[(75, vec![a]), (25, vec![b])]);
		assert_eq!(total[0].dividend, 1_500);
		assert_eq!(total[0].server_emission, 40);
		assert_eq!(total[0].emission, 50);
		assert!(total[0].active && total[0].validator_permit);
		assert_eq!(total[0].incentive, 9);
	}
}
