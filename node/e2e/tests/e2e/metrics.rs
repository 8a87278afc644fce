//! Prometheus metrics, on by default on 127.0.0.1: the standard Substrate series a Grafana
//! dashboard reads, following the chain.

use node_subtensor_e2e::{free_port, http, within, Result, TestNode};
use std::time::{Duration, Instant};

/// The value of the first sample of `series` whose labels include `label` in a Prometheus text
/// page.
fn sample(page: &str, series: &str, label: &str) -> Option<f64> {
	page.lines().find_map(|line| {
		let (labels, value) = line.strip_prefix(series)?.strip_prefix('{')?.split_once("} ")?;
		labels.split(',').any(|pair| pair == label).then(|| value.trim().parse().ok())?
	})
}

#[tokio::test(flavor = "multi_thread")]
async fn metrics_follow_the_chain() -> Result<()> {
	within(Duration::from_secs(120), async {
		let port = free_port()?;
		let args = ["--dev", "--sealing", "250", "--prometheus-port", &port.to_string()];
		let node = TestNode::start("metrics", &args).await?;
		let (finalized, _) = node.wait_for_finalized(3, Duration::from_secs(60)).await?;

		// The node refreshes its metrics every few seconds.
		let deadline = Instant::now() + Duration::from_secs(30);
		let (page, reported) = loop {
			let (status, page) = http(port, "GET", "/metrics", Vec::new()).await?;
			assert_eq!(status, 200, "{page}");
			let reported = sample(&page, "substrate_block_height", "status=\"finalized\"");
			match reported {
				Some(height) if height >= 3.0 => break (page, height),
				_ if Instant::now() > deadline => {
					return Err(format!(
						"finalized height {reported:?} (node says {finalized}):\n{page}"
					)
					.into())
				},
				_ => tokio::time::sleep(Duration::from_millis(500)).await,
			}
		};
		let best = sample(&page, "substrate_block_height", "status=\"best\"");
		assert!(best.is_some_and(|best| best >= reported), "{page}");
		assert!(page.contains("substrate_ready_transactions_number"), "no pool metrics");
		Ok(())
	})
	.await
}
