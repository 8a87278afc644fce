//! The command-line interface: sc-cli's standard run flags and subcommands, plus `--sealing`
//! and the on-disk cache of compiled runtimes (`--wasm-cache-dir`, `--no-wasm-cache`).

use std::{fmt, path::PathBuf, str::FromStr};

/// How a development node makes blocks instead of Aura slots.
#[derive(Debug, Copy, Clone, PartialEq, Eq)]
pub enum Sealing {
	/// Only when asked through the `engine_createBlock` RPC.
	Manual,
	/// As soon as a transaction enters the pool.
	Instant,
	/// Every given number of milliseconds, with or without transactions.
	Interval(u64),
}

impl FromStr for Sealing {
	type Err = String;

	fn from_str(s: &str) -> Result<Self, Self::Err> {
		match s {
			"manual" => Ok(Sealing::Manual),
			"instant" => Ok(Sealing::Instant),
			millis => match millis.parse::<u64>() {
				Ok(0) => Err("the sealing interval must be at least 1 ms".into()),
				Ok(ms) => Ok(Sealing::Interval(ms)),
				Err(_) => Err(format!(
					"invalid sealing mode '{s}': expected 'manual', 'instant' or an interval in milliseconds"
				)),
			},
		}
	}
}

impl fmt::Display for Sealing {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Sealing::Manual => write!(f, "manual"),
			Sealing::Instant => write!(f, "instant"),
			Sealing::Interval(ms) => write!(f, "every {ms} ms"),
		}
	}
}

/// `node-subtensor` command line.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	/// A subcommand; without one the node runs.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// Standard Substrate node flags (`--dev`, `--chain`, `--base-path`, `--rpc-port`, ...).
	#[command(flatten)]
	pub run: sc_cli::RunCmd,

	/// Make blocks with the manual-seal engine instead of Aura + GRANDPA: `manual` (only on
	/// `engine_createBlock`), `instant` (one block per incoming transaction) or a number of
	/// milliseconds (a block at that interval). Every sealed block is final at once. For
	/// development chains with a single node.
	#[arg(long, value_name = "manual|instant|MILLIS")]
	pub sealing: Option<Sealing>,

	/// Directory where compiled WASM runtimes are kept between starts, so that a start loads
	/// the runtime instead of compiling it (seconds). Default: `$XDG_CACHE_HOME/node-subtensor`
	/// or `~/.cache/node-subtensor`.
	#[arg(long, value_name = "PATH", conflicts_with = "no_wasm_cache")]
	pub wasm_cache_dir: Option<PathBuf>,

	/// Compile the WASM runtime at every start instead of keeping it on disk.
	#[arg(long)]
	pub no_wasm_cache: bool,

	/// HTTP relays of the drand beacon (comma-separated base URLs, e.g.
	/// `https://api.drand.sh`) that the offchain worker fetches pulses from, so that timelocked
	/// weight commits and commitments can be revealed. None (the default): no pulses are
	/// fetched, and timelocked commits wait until they expire.
	#[arg(long, value_name = "URL,...", value_delimiter = ',', value_parser = crate::drand::parse_relay)]
	pub drand_relays: Vec<String>,
}

impl Cli {
	/// This node's own start-up options, from the command line.
	pub fn node_options(&self) -> NodeOptions {
		let wasm_cache_dir = match (&self.wasm_cache_dir, self.no_wasm_cache) {
			(_, true) => None,
			(Some(dir), false) => Some(dir.clone()),
			(None, false) => crate::executor::default_cache_dir(),
		};
		NodeOptions {
			sealing: self.sealing,
			wasm_cache_dir,
			drand_relays: self.drand_relays.clone(),
		}
	}
}

/// The node's own start-up options, beside sc-cli's configuration.
#[derive(Debug, Clone, Default)]
pub struct NodeOptions {
	/// How blocks are made without Aura (`--sealing`); none: Aura + GRANDPA.
	pub sealing: Option<Sealing>,
	/// Where compiled runtimes are cached; none: compile at every start.
	pub wasm_cache_dir: Option<PathBuf>,
	/// The drand relays the offchain worker fetches pulses from; empty: none.
	pub drand_relays: Vec<String>,
}

/// Subcommands beside running the node.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management: generate, inspect and insert keys.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Print a chain specification as JSON.
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Check that a block imports cleanly.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks to a file.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a block as a chain specification.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks from a file.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain database.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous block.
	Revert(sc_cli::RevertCmd),

	/// Print information about the database (best, finalized and genesis blocks).
	ChainInfo(sc_cli::ChainInfoCmd),

	/// Yuma consensus offline: simulate a subnet's epochs with what-if edits.
	#[command(subcommand)]
	Yuma(subtensor_yuma_sim::YumaCmd),

	/// Write a chain spec whose genesis holds mainnet-sized state (subnets, UIDs, validators'
	/// weights, stake positions), built with the runtime's own calls.
	ScaleState(crate::scale_state::ScaleStateCmd),

	/// Runtime and node benchmarks (build with `--features runtime-benchmarks`).
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),
}

#[cfg(test)]
mod tests {
	use super::Sealing;
	use std::path::PathBuf;

	#[test]
	fn sealing_modes_parse() {
		assert_eq!("manual".parse(), Ok(Sealing::Manual));
		assert_eq!("instant".parse(), Ok(Sealing::Instant));
		assert_eq!("250".parse(), Ok(Sealing::Interval(250)));
		assert!("0".parse::<Sealing>().is_err());
		let err = "fast".parse::<Sealing>().unwrap_err();
		assert!(err.contains("expected 'manual', 'instant'"), "{err}");
	}

	#[test]
	fn the_wasm_cache_is_on_unless_turned_off() {
		use clap::Parser;
		let parse = |args: &[&str]| super::Cli::try_parse_from(args).map(|cli| cli.node_options());
		let given = parse(&["node", "--wasm-cache-dir", "/tmp/cache"]).expect("parses");
		assert_eq!(given.wasm_cache_dir, Some(PathBuf::from("/tmp/cache")));
		let off = parse(&["node", "--no-wasm-cache"]).expect("parses");
		assert_eq!(off.wasm_cache_dir, None);
		let default = parse(&["node"]).expect("parses");
		assert_eq!(default.wasm_cache_dir, crate::executor::default_cache_dir());
		assert!(parse(&["node", "--no-wasm-cache", "--wasm-cache-dir", "/tmp/cache"]).is_err());
	}
}
