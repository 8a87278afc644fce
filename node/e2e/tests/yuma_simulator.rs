//! `node-subtensor yuma simulate`: the shipped example scenario runs, edits change the result
//! and `--compare` shows both, and a broken scenario is refused naming its field.

use node_subtensor_e2e::{run_subcommand, within, Result};
use serde_json::Value;
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(60);
const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../yuma-sim/scenarios/example.json");

/// The shares (÷65535) of `field` per UID in `epoch` of a JSON report.
fn shares(report: &Value, epoch: usize, field: &str) -> Vec<u64> {
	report[epoch]["neurons"]
		.as_array()
		.map(|uids| uids.iter().filter_map(|uid| uid[field].as_u64()).collect())
		.unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_example_scenario_simulates_and_edits_show_their_effect() -> Result<()> {
	within(LIMIT * 3, async {
		let args = ["yuma", "simulate", EXAMPLE, "--epochs", "2", "--format", "json"];
		let report: Value = serde_json::from_str(&run_subcommand(&args, LIMIT).await?)?;
		assert_eq!(report.as_array().map(Vec::len), Some(2));
		assert_eq!(report[1]["block"], 7_560, "the second epoch runs one tempo later");
		// The two larger validators agree on miners 3 > 4 > 5 > 6: consensus ranks them so.
		let incentive = shares(&report, 0, "incentive");
		assert!(incentive[3] > incentive[4] && incentive[4] > incentive[5], "{incentive:?}");
		let dividends = shares(&report, 0, "dividends");
		assert!(dividends[..3].iter().all(|d| *d > 0), "validators earn: {dividends:?}");
		assert!(dividends[3..].iter().all(|d| *d == 0), "miners do not: {dividends:?}");

		// What if the largest validator put everything on miner 6?
		let args = ["yuma", "simulate", EXAMPLE, "--compare", "--weights", "0:6=1"];
		let comparison = run_subcommand(&args, LIMIT).await?;
		assert!(comparison.contains("base -> edited"), "{comparison}");
		assert_eq!(comparison.lines().count(), 2 + 7, "{comparison}");
		Ok(())
	})
	.await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_broken_scenario_or_edit_is_refused_with_its_field() -> Result<()> {
	within(LIMIT * 3, async {
		let mut scenario: Value = serde_json::from_str(&std::fs::read_to_string(EXAMPLE)?)?;
		scenario["neurons"][2]["weights"][0][0] = 9.into();
		let dir = tempfile::tempdir()?;
		let path = dir.path().join("broken.json");
		std::fs::write(&path, scenario.to_string())?;
		let path = path.display().to_string();
		let error =
			run_subcommand(&["yuma", "simulate", &path], LIMIT).await.err().ok_or("accepted")?;
		assert!(
			error.to_string().contains("neurons[2].weights[0]: UID 9 does not exist"),
			"{error}"
		);

		let args = ["yuma", "simulate", EXAMPLE, "--add-stake", "99=1"];
		let error = run_subcommand(&args, LIMIT).await.err().ok_or("accepted")?;
		assert!(error.to_string().contains("--add-stake: UID 99 does not exist"), "{error}");
		Ok(())
	})
	.await
}
