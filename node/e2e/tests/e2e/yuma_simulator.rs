//! `node-subtensor yuma`: the shipped example scenario runs, edits change the result and
//! `--compare` shows both, a broken scenario is refused naming its field, `--chart` draws an
//! SVG; and a snapshot of a live dev chain taken one block before an epoch simulates to exactly
//! what the chain stores at that epoch.

use node_subtensor_e2e::{
	run_subcommand, run_subcommand_output,
	subtensor::{
		elements, netuid, per_uid, set_weights, storage, storage_at,
		subnet_with_validators_and_miners, sudo_set, wait_for, TestSubnet,
	},
	subxt::dynamic::{At, Value as Dynamic},
	within, Client, Result, TestNode,
};
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

#[tokio::test(flavor = "multi_thread")]
async fn the_chart_draws_incentive_dividends_and_bonds() -> Result<()> {
	within(LIMIT, async {
		let dir = tempfile::tempdir()?;
		let chart = dir.path().join("chart.svg");
		let chart_arg = chart.display().to_string();
		let args = ["yuma", "simulate", EXAMPLE, "--epochs", "5", "--chart", &chart_arg];
		run_subcommand(&args, LIMIT).await?;
		let svg = std::fs::read_to_string(&chart)?;
		assert!(svg.starts_with("<svg"), "not an SVG");
		for text in ["Incentive", "Dividends", "Bonds", "UID 3"] {
			assert!(svg.contains(text), "{text} is not in the chart");
		}
		Ok(())
	})
	.await
}

/// A number of the chain (u64 field) in a scenario or report.
fn number(value: &Value, field: &str) -> Result<u64> {
	value[field].as_u64().ok_or_else(|| format!("no {field} in {value}").into())
}

/// A number stored for subnet 1 (`item` keyed by netuid).
async fn subnet_number(client: &Client, item: &str) -> Result<u64> {
	let value = storage(client, item, vec![netuid(1)]).await?;
	let value = value.and_then(|v| v.as_u128()).ok_or_else(|| format!("no {item}"))?;
	Ok(u64::try_from(value)?)
}

/// The `(uid, value)` pairs of a decoded bond row.
fn pairs(row: &Dynamic) -> Vec<(u128, u128)> {
	elements(row)
		.into_iter()
		.filter_map(|pair| Some((pair.at(0)?.as_u128()?, pair.at(1)?.as_u128()?)))
		.collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_snapshot_one_block_before_an_epoch_simulates_to_what_the_chain_stores() -> Result<()> {
	within(Duration::from_secs(400), async {
		let node = TestNode::start("yuma-snapshot", &["--dev", "--sealing", "200"]).await?;
		let client = node.client().await?;
		let TestSubnet { validators, .. } = subnet_with_validators_and_miners(&client).await?;
		for call in ["sudo_set_yuma3_enabled", "sudo_set_liquid_alpha_enabled"] {
			sudo_set(&client, 1, call, "enabled", Dynamic::bool(true)).await?;
		}
		// The validators disagree: the larger scores miner 4 over miner 3, the smaller the
		// reverse, so consensus clips the smaller one and their bonds differ.
		set_weights(&client, &validators[0], &[3, 4], &[1, 3]).await?;
		set_weights(&client, &validators[1], &[3, 4], &[3, 1]).await?;
		let limit = Duration::from_secs(60);
		wait_for(&client, "Dividends", limit, |d| d.get(2).is_some_and(|x| *x > 0)).await?;

		let epoch = subnet_number(&client, "LastEpochBlock").await?
			+ subnet_number(&client, "Tempo").await?;
		node.wait_for_best(epoch + 1, limit).await?;
		let ran_at = storage_at(&client, epoch, "LastEpochBlock", vec![netuid(1)]).await?;
		assert_eq!(
			ran_at.and_then(|v| v.as_u128()),
			Some(u128::from(epoch)),
			"no epoch at {epoch}"
		);

		let url = node.ws_url();
		let before = (epoch - 1).to_string();
		let args = ["yuma", "snapshot", "--url", &url, "--netuid", "1", "--at", &before];
		let (scenario_json, summary) = run_subcommand_output(&args, LIMIT).await?;
		let scenario: Value = serde_json::from_str(&scenario_json)?;
		assert_eq!(number(&scenario, "block")?, epoch, "the snapshot names the epoch's block");
		let distributing = format!("next epoch at block {epoch}, distributing");
		assert!(summary.contains(&distributing), "{summary}");
		eprint!("yuma snapshot said: {summary}");
		let dir = tempfile::tempdir()?;
		let path = dir.path().join("subnet.json");
		std::fs::write(&path, &scenario_json)?;
		let path = path.display().to_string();
		let args = ["yuma", "simulate", &path, "--format", "json"];
		let report: Value = serde_json::from_str(&run_subcommand(&args, LIMIT).await?)?;
		let simulated = report[0]["neurons"].as_array().ok_or("no neurons")?;
		assert_eq!(simulated.len(), 5);

		// Every per-UID result of the chain's epoch, to the last unit.
		let fields = [
			("Incentive", "incentive"),
			("Dividends", "dividends"),
			("Consensus", "consensus"),
			("ValidatorTrust", "validator_trust"),
			("StakeWeight", "stake_weight"),
			("Emission", "emission"),
			("ValidatorPermit", "validator_permit"),
		];
		for (item, field) in fields {
			let chain = per_uid(&client, item, Some(epoch)).await?;
			let ours: Vec<u128> = simulated
				.iter()
				.map(|uid| match &uid[field] {
					Value::Bool(b) => u128::from(*b),
					value => u128::from(value.as_u64().unwrap_or(u64::MAX)),
				})
				.collect();
			assert_eq!(ours, chain, "{item} of the epoch at block {epoch}");
		}
		let mut bond_cells = 0;
		for (uid, neuron) in (0u16..).zip(simulated) {
			let key = vec![netuid(1), Dynamic::u128(u128::from(uid))];
			let chain = storage_at(&client, epoch, "Bonds", key).await?;
			let chain = chain.as_ref().map(pairs).unwrap_or_default();
			let ours: Vec<(u128, u128)> = neuron["bonds"]
				.as_array()
				.ok_or("no bonds")?
				.iter()
				.filter_map(|pair| Some((pair[0].as_u64()?.into(), pair[1].as_u64()?.into())))
				.collect();
			assert_eq!(ours, chain, "bonds of UID {uid} at block {epoch}");
			bond_cells += chain.len();
		}
		let emission = per_uid(&client, "Emission", Some(epoch)).await?;
		let dividends = per_uid(&client, "Dividends", Some(epoch)).await?;
		assert!(bond_cells >= 3, "the validators hold bonds");
		assert!(dividends[1] > 0 && dividends[2] > 0 && dividends[1] != dividends[2]);
		eprintln!(
			"snapshot at block {before}, epoch at block {epoch}: incentive, dividends, \
			 consensus, trust, stake weight, permits, emission {emission:?} ({} rao) and \
			 {bond_cells} bond cells identical",
			emission.iter().sum::<u128>()
		);

		// A subnet that does not exist has no snapshot.
		let args = ["yuma", "snapshot", "--url", &url, "--netuid", "9"];
		let error = run_subcommand(&args, LIMIT).await.err().ok_or("a snapshot of subnet 9")?;
		assert!(error.to_string().contains("subnet 9 has no next epoch"), "{error}");
		Ok(())
	})
	.await
}
