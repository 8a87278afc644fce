//! `node-subtensor yuma ...`: the command line of the simulator.

use crate::{
	chart,
	edits::{parse_add_stake, parse_liquid_alpha, parse_weights, Edit},
	report::{compare, render, Format},
	scenario::Scenario,
	simulate::simulate,
	snapshot::{take_snapshot, SnapshotRequest},
};
use std::{error::Error, io::Read, path::PathBuf};

/// The most epochs one run simulates.
pub const MAX_EPOCHS: u32 = 100_000;

/// Yuma consensus offline, on the runtime's own crate.
#[derive(Debug, clap::Subcommand)]
pub enum YumaCmd {
	/// Run epochs of a scenario file and print every UID's results.
	Simulate(SimulateCmd),
	/// Read a live subnet's next epoch over JSON-RPC and print it as a scenario file.
	Snapshot(SnapshotCmd),
}

/// `yuma snapshot --url ws://127.0.0.1:9944 --netuid N [--at BLOCK] > subnet.json`.
///
/// The scenario is the input of the subnet's next epoch as the chain will run it (assembled by
/// the runtime): exact one block before the epoch, with the emission projected further away.
#[derive(Debug, clap::Args)]
pub struct SnapshotCmd {
	/// The node's WebSocket RPC endpoint.
	#[arg(long, default_value = "ws://127.0.0.1:9944")]
	pub url: String,
	/// The subnet.
	#[arg(long)]
	pub netuid: u16,
	/// The mechanism of the subnet (0 unless it has several).
	#[arg(long, default_value_t = 0)]
	pub mechanism: u8,
	/// A block hash (0x…) or number to read the state at; the best block if not given.
	#[arg(long)]
	pub at: Option<String>,
}

impl SnapshotCmd {
	/// Reads the snapshot; returns the scenario JSON (and says what was read on stderr).
	pub fn run(&self) -> Result<String, Box<dyn Error + Send + Sync>> {
		let snapshot = take_snapshot(&SnapshotRequest {
			url: self.url.clone(),
			netuid: self.netuid,
			mechanism: self.mechanism,
			at: self.at.clone(),
		})?;
		eprintln!("{}", snapshot.summary());
		Ok(format!("{}\n", snapshot.scenario.to_json()))
	}
}

/// `yuma simulate SCENARIO [edits] [--epochs K] [--format table|json|csv] [--compare]
/// [--chart out.svg]`.
///
/// Edits apply in this order: hyperparameters, `--deregister`, `--add-stake`, `--weights`.
#[derive(Debug, clap::Args)]
pub struct SimulateCmd {
	/// The scenario file (JSON, see `node/yuma-sim/README.md`); `-` reads stdin.
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
	/// Also draw incentive, dividends and bonds over the epochs into this SVG file.
	#[arg(long)]
	pub chart: Option<PathBuf>,
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
			YumaCmd::Snapshot(cmd) => cmd.run(),
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
		if let Some(path) = &self.chart {
			chart::draw(&reports, path)?;
		}
		Ok(if self.compare {
			compare(&simulate(&base, self.epochs), &reports)
		} else {
			render(&reports, self.format)
		})
	}
}
