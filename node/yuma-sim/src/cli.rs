//! `node-subtensor yuma ...`: the command line of the simulator.

use crate::{
	edits::{parse_add_stake, parse_liquid_alpha, parse_weights, Edit},
	report::{compare, render, Format},
	scenario::Scenario,
	simulate::simulate,
};
use std::{error::Error, io::Read, path::PathBuf};

/// The most epochs one run simulates.
pub const MAX_EPOCHS: u32 = 100_000;

/// Yuma consensus offline, on the runtime's own crate.
#[derive(Debug, clap::Subcommand)]
pub enum YumaCmd {
	/// Run epochs of a scenario file and print every UID's results.
	Simulate(SimulateCmd),
}

/// `yuma simulate SCENARIO [edits] [--epochs K] [--format table|json|csv] [--compare]`.
///
/// Edits apply in this order: hyperparameters, `--deregister`, `--add-stake`, `--weights`.
#[derive(Debug, clap::Args)]
pub struct SimulateCmd {
	/// The scenario file (JSON, see the README's "Simulate your subnet"); `-` reads stdin.
	pub scenario: PathBuf,
	/// Epochs to run, one `tempo` apart, bonds carried from each to the next.
	#[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_EPOCHS)))]
	pub epochs: u32,
	/// Output format.
	#[arg(long, value_enum, default_value_t = Format::Table)]
	pub format: Format,
	/// Print the last epoch of the scenario as given and as edited side by side.
	#[arg(long)]
	pub compare: bool,
	/// `UID:DEST=W,DEST=W,...`: the validator sets these weights now (repeatable).
	#[arg(long = "weights", value_parser = parse_weights)]
	pub weights: Vec<Edit>,
	/// `UID=RAO`: more alpha stake on the UID (repeatable).
	#[arg(long = "add-stake", value_parser = parse_add_stake)]
	pub add_stake: Vec<Edit>,
	/// A newcomer takes the UID now (repeatable).
	#[arg(long = "deregister")]
	pub deregister: Vec<u16>,
	/// Kappa (÷65535).
	#[arg(long)]
	pub kappa: Option<u16>,
	/// Bonds moving average (millionths).
	#[arg(long = "bonds-moving-average")]
	pub bonds_moving_average: Option<u64>,
	/// Bonds penalty (÷65535).
	#[arg(long = "bonds-penalty")]
	pub bonds_penalty: Option<u16>,
	/// Yuma-3 bonds on or off.
	#[arg(long)]
	pub yuma3: Option<bool>,
	/// `LOW,HIGH` (÷65535): liquid alpha on with these factors.
	#[arg(long = "liquid-alpha", value_parser = parse_liquid_alpha)]
	pub liquid_alpha: Option<Edit>,
	/// Number of validator permits.
	#[arg(long = "max-validators")]
	pub max_validators: Option<u16>,
}

impl YumaCmd {
	/// Runs the command; returns what to print.
	pub fn run(&self) -> Result<String, Box<dyn Error + Send + Sync>> {
		match self {
			YumaCmd::Simulate(cmd) => cmd.run(),
		}
	}
}

impl SimulateCmd {
	/// The edits, in the order they apply.
	pub fn edits(&self) -> Vec<Edit> {
		let params = [
			self.kappa.map(Edit::Kappa),
			self.bonds_moving_average.map(Edit::BondsMovingAverage),
			self.bonds_penalty.map(Edit::BondsPenalty),
			self.yuma3.map(Edit::Yuma3),
			self.liquid_alpha.clone(),
			self.max_validators.map(Edit::MaxValidators),
		];
		params
			.into_iter()
			.flatten()
			.chain(self.deregister.iter().copied().map(Edit::Deregister))
			.chain(self.add_stake.iter().cloned())
			.chain(self.weights.iter().cloned())
			.collect()
	}

	/// Reads the scenario, applies the edits, runs the epochs; returns what to print.
	pub fn run(&self) -> Result<String, Box<dyn Error + Send + Sync>> {
		let json = if self.scenario.as_os_str() == "-" {
			let mut text = String::new();
			std::io::stdin().read_to_string(&mut text)?;
			text
		} else {
			std::fs::read_to_string(&self.scenario)
				.map_err(|e| format!("{}: {e}", self.scenario.display()))?
		};
		let base =
			Scenario::from_json(&json).map_err(|e| format!("{}: {e}", self.scenario.display()))?;
		let mut edited = base.clone();
		for edit in self.edits() {
			edit.apply(&mut edited)?;
		}
		let reports = simulate(&edited, self.epochs);
		Ok(if self.compare {
			compare(&simulate(&base, self.epochs), &reports)
		} else {
			render(&reports, self.format)
		})
	}
}
