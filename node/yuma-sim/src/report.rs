//! Printing simulated epochs: a table for people (shares as fractions), JSON and CSV for tools
//! (stored units), and a side-by-side comparison of a base run and an edited one.

use crate::simulate::{EpochReport, UidReport};
use std::fmt::Write;

/// How results are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
	/// Aligned columns, shares as fractions of 1.
	Table,
	/// The reports as JSON, stored units.
	Json,
	/// One row per epoch and UID, stored units; bonds as `uid:bond` pairs.
	Csv,
}

/// A u16 share as a fraction of 1.
fn fraction(value: u16) -> f64 {
	f64::from(value) / f64::from(u16::MAX)
}

/// Rao as TAO-style units (10^9 rao).
fn units(rao: u64) -> f64 {
	// Exact for any realistic amount; only display precision is lost beyond 2^53 rao.
	#[allow(clippy::cast_precision_loss)]
	let rao = rao as f64;
	rao / 1e9
}

fn bonds_text(bonds: &[(u16, u16)]) -> String {
	bonds.iter().map(|(uid, bond)| format!("{uid}:{bond}")).collect::<Vec<_>>().join(" ")
}

/// The reports in `format`.
pub fn render(reports: &[EpochReport], format: Format) -> String {
	match format {
		Format::Json => serde_json::to_string_pretty(reports).unwrap_or_default(),
		Format::Csv => csv(reports),
		Format::Table => table(reports),
	}
}

fn csv(reports: &[EpochReport]) -> String {
	let mut out = String::from(
		"epoch,block,uid,hotkey,stake_weight,validator_permit,consensus,validator_trust,incentive,dividends,emission,bonds\n",
	);
	for report in reports {
		for uid in &report.neurons {
			let _ = writeln!(
				out,
				"{},{},{},{},{},{},{},{},{},{},{},{}",
				report.epoch,
				report.block,
				uid.uid,
				uid.hotkey.as_deref().unwrap_or(""),
				uid.stake_weight,
				uid.validator_permit,
				uid.consensus,
				uid.validator_trust,
				uid.incentive,
				uid.dividends,
				uid.emission,
				bonds_text(&uid.bonds),
			);
		}
	}
	out
}

fn table(reports: &[EpochReport]) -> String {
	let mut out = String::new();
	for report in reports {
		let _ = writeln!(out, "epoch {} (block {})", report.epoch, report.block);
		let _ = writeln!(
			out,
			"{:>5} {:>8} {:>6} {:>9} {:>8} {:>9} {:>9} {:>14}  bonds",
			"uid", "stake", "permit", "consensus", "vtrust", "incentive", "dividends", "emission"
		);
		for uid in &report.neurons {
			let _ = writeln!(
				out,
				"{:>5} {:>8.5} {:>6} {:>9.5} {:>8.5} {:>9.5} {:>9.5} {:>14.9}  {}",
				uid.uid,
				fraction(uid.stake_weight),
				if uid.validator_permit { "yes" } else { "-" },
				fraction(uid.consensus),
				fraction(uid.validator_trust),
				fraction(uid.incentive),
				fraction(uid.dividends),
				units(uid.emission),
				bonds_text(&uid.bonds),
			);
		}
	}
	out
}

/// The last epoch of a base run and of an edited run side by side, per UID.
pub fn compare(base: &[EpochReport], edited: &[EpochReport]) -> String {
	let (Some(base), Some(edited)) = (base.last(), edited.last()) else {
		return String::from("no epochs to compare\n");
	};
	let mut out = format!("epoch {} (block {}): base -> edited\n", base.epoch, base.block);
	let _ =
		writeln!(out, "{:>5} {:>21} {:>21} {:>31}", "uid", "incentive", "dividends", "emission");
	let empty = UidReport {
		uid: 0,
		hotkey: None,
		stake_weight: 0,
		validator_permit: false,
		consensus: 0,
		validator_trust: 0,
		incentive: 0,
		dividends: 0,
		emission: 0,
		bonds: Vec::new(),
	};
	for (index, before) in base.neurons.iter().enumerate() {
		let after = edited.neurons.get(index).unwrap_or(&empty);
		let _ = writeln!(
			out,
			"{:>5} {:>9.5} -> {:>8.5} {:>9.5} -> {:>8.5} {:>14.9} -> {:>13.9}",
			before.uid,
			fraction(before.incentive),
			fraction(after.incentive),
			fraction(before.dividends),
			fraction(after.dividends),
			units(before.emission),
			units(after.emission),
		);
	}
	out
}

#[cfg(test)]
#[allow(clippy::indexing_slicing, clippy::unwrap_used)]
mod tests {
	use super::*;
	use crate::{scenario::tests::three_uids, simulate::simulate};

	#[test]
	fn every_format_carries_every_uid_and_epoch() {
		let reports = simulate(&three_uids(), 2);
		let csv = render(&reports, Format::Csv);
		assert_eq!(csv.lines().count(), 1 + 2 * 3);
		assert!(csv.lines().nth(3).unwrap().starts_with("1,100,2,,"), "{csv}");
		let json: serde_json::Value =
			serde_json::from_str(&render(&reports, Format::Json)).unwrap();
		assert_eq!(json[1]["neurons"][2]["incentive"], 65_535);
		let table = render(&reports, Format::Table);
		assert!(table.contains("epoch 2 (block 110)") && table.contains("1.00000"), "{table}");
	}

	#[test]
	fn the_comparison_shows_both_runs() {
		let base = simulate(&three_uids(), 1);
		let mut edited = three_uids();
		edited.neurons[0].weights.clear();
		edited.neurons[1].weights.clear();
		let text = compare(&base, &simulate(&edited, 1));
		let miner = text.lines().nth(4).unwrap();
		assert!(miner.contains("1.00000 ->  0.00000"), "{text}");
	}
}
