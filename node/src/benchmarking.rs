//! `node-subtensor benchmark ...` (feature `runtime-benchmarks`): measures the runtime's pallet
//! weights, block execution and the machine.

use crate::{cli::Cli, service};
use frame_benchmarking_cli::BenchmarkCmd;
use node_subtensor_runtime::opaque::Block;
use sc_cli::SubstrateCli;
use sp_runtime::traits::HashingFor;

/// Runs one benchmark subcommand.
pub fn run(cli: &Cli, cmd: &BenchmarkCmd) -> sc_cli::Result<()> {
	let runner = cli.create_runner(cmd)?;
	runner.sync_run(|mut config| match cmd {
		BenchmarkCmd::Pallet(cmd) => {
			cmd.run_with_spec::<HashingFor<Block>, ()>(Some(config.chain_spec))
		},
		BenchmarkCmd::Block(cmd) => {
			let service::Service { client, .. } =
				service::new_partial(&mut config, &cli.node_options())?;
			cmd.run(client)
		},
		BenchmarkCmd::Machine(cmd) => {
			cmd.run(&config, frame_benchmarking_cli::SUBSTRATE_REFERENCE_HARDWARE.clone())
		},
		BenchmarkCmd::Storage(_) | BenchmarkCmd::Overhead(_) | BenchmarkCmd::Extrinsic(_) => {
			Err("this node offers `benchmark pallet`, `benchmark block` and `benchmark machine`"
				.into())
		},
	})
}
