//! `--chart out.svg`: incentive, dividends and bonds over the simulated epochs, one panel each.
//!
//! Each panel draws one line per series, as a fraction of 1: incentive and dividends per UID,
//! bonds per validator → miner cell. A large subnet would make the chart unreadable, so each
//! panel keeps the [`MAX_LINES`] series with the highest peak (the legend names them).

use crate::simulate::EpochReport;
use plotters::prelude::*;
use std::{error::Error, path::Path};

/// The most lines one panel draws.
pub const MAX_LINES: usize = 10;
/// The chart's size in pixels.
const SIZE: (u32, u32) = (1000, 1050);

/// One line: its legend and its value (÷65535) at each epoch.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
	/// What the line is, e.g. `UID 3` or `1 → 3`.
	pub label: String,
	/// The value at each epoch, in order.
	pub values: Vec<u16>,
}

/// The three panels' series: incentive, dividends, bonds.
pub fn panels(reports: &[EpochReport]) -> [(&'static str, Vec<Series>); 3] {
	let per_uid = |value: fn(&crate::simulate::UidReport) -> u16| -> Vec<Series> {
		let n = reports.first().map(|r| r.neurons.len()).unwrap_or(0);
		(0..n)
			.map(|i| Series {
				label: format!("UID {i}"),
				values: reports.iter().map(|r| r.neurons.get(i).map(value).unwrap_or(0)).collect(),
			})
			.collect()
	};
	[
		("Incentive", strongest(per_uid(|u| u.incentive))),
		("Dividends", strongest(per_uid(|u| u.dividends))),
		("Bonds (validator → miner)", strongest(bond_cells(reports))),
	]
}

/// Every bond cell that is ever non-zero, as a series over the epochs.
fn bond_cells(reports: &[EpochReport]) -> Vec<Series> {
	let mut cells: std::collections::BTreeMap<(u16, u16), Vec<u16>> = Default::default();
	for (epoch, report) in reports.iter().enumerate() {
		for neuron in &report.neurons {
			for (miner, bond) in &neuron.bonds {
				let values =
					cells.entry((neuron.uid, *miner)).or_insert_with(|| vec![0; reports.len()]);
				if let Some(value) = values.get_mut(epoch) {
					*value = *bond;
				}
			}
		}
	}
	cells
		.into_iter()
		.map(|((validator, miner), values)| Series {
			label: format!("{validator} → {miner}"),
			values,
		})
		.collect()
}

/// The [`MAX_LINES`] series with the highest peak, all-zero ones left out, in label order of
/// the input.
fn strongest(mut series: Vec<Series>) -> Vec<Series> {
	series.retain(|s| s.values.iter().any(|v| *v > 0));
	let peak = |s: &Series| s.values.iter().copied().max().unwrap_or(0);
	let mut by_peak: Vec<usize> = (0..series.len()).collect();
	by_peak.sort_by_key(|i| std::cmp::Reverse(series.get(*i).map(peak).unwrap_or(0)));
	by_peak.truncate(MAX_LINES);
	by_peak.sort_unstable();
	by_peak.into_iter().filter_map(|i| series.get(i).cloned()).collect()
}

/// Draws the chart of `reports` into `path` (an `.svg` file).
pub fn draw(reports: &[EpochReport], path: &Path) -> Result<(), Box<dyn Error + Send + Sync>> {
	if path.extension().and_then(|e| e.to_str()) != Some("svg") {
		return Err(
			format!("--chart {}: the chart is an SVG file, name it *.svg", path.display()).into()
		);
	}
	let chart_error = |e: &dyn std::fmt::Display| format!("drawing {}: {e}", path.display());
	let root = SVGBackend::new(path, SIZE).into_drawing_area();
	root.fill(&WHITE).map_err(|e| chart_error(&e))?;
	let epochs = reports.len();
	let first_block = reports.first().map(|r| r.block).unwrap_or(0);
	let title = format!("{epochs} epochs from block {first_block}");
	let root = root.titled(&title, ("sans-serif", 22)).map_err(|e| chart_error(&e))?;
	let x_range = 0.5f64..(epochs as f64 + 0.5);
	for (area, (name, series)) in root.split_evenly((3, 1)).iter().zip(panels(reports)) {
		let mut chart = ChartBuilder::on(area)
			.caption(name, ("sans-serif", 18))
			.margin(10)
			.x_label_area_size(30)
			.y_label_area_size(50)
			.build_cartesian_2d(x_range.clone(), 0f64..1.05f64)
			.map_err(|e| chart_error(&e))?;
		chart
			.configure_mesh()
			.x_desc("epoch")
			.y_desc("share")
			.x_labels(epochs.min(20))
			.x_label_formatter(&|x| format!("{x:.0}"))
			.light_line_style(TRANSPARENT)
			.draw()
			.map_err(|e| chart_error(&e))?;
		for (index, line) in series.iter().enumerate() {
			let color = Palette99::pick(index).to_rgba();
			let points = (1..)
				.zip(&line.values)
				.map(|(epoch, v)| (f64::from(epoch), f64::from(*v) / f64::from(u16::MAX)));
			chart
				.draw_series(LineSeries::new(points, color.stroke_width(2)).point_size(3))
				.map_err(|e| chart_error(&e))?
				.label(line.label.clone())
				.legend(move |(x, y)| {
					PathElement::new(vec![(x, y), (x.saturating_add(16), y)], color)
				});
		}
		if !series.is_empty() {
			chart
				.configure_series_labels()
				.position(SeriesLabelPosition::UpperLeft)
				.background_style(WHITE.mix(0.8))
				.border_style(BLACK)
				.draw()
				.map_err(|e| chart_error(&e))?;
		}
	}
	root.present().map_err(|e| chart_error(&e))?;
	Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
	use super::*;
	use crate::{scenario::tests::three_uids, simulate::simulate};

	#[test]
	fn panels_show_the_uids_and_bond_cells_that_earn() {
		let mut scenario = three_uids();
		scenario.params.yuma3 = true;
		let reports = simulate(&scenario, 4);
		let [(_, incentive), (_, dividends), (_, bonds)] = panels(&reports);
		assert_eq!(incentive.iter().map(|s| s.label.as_str()).collect::<Vec<_>>(), ["UID 2"]);
		assert_eq!(incentive[0].values, vec![u16::MAX; 4]);
		assert_eq!(dividends.len(), 2);
		assert_eq!(bonds.iter().map(|s| s.label.as_str()).collect::<Vec<_>>(), ["0 → 2", "1 → 2"]);
		assert!(bonds[0].values[3] > bonds[0].values[0]);
	}

	#[test]
	fn a_panel_keeps_the_strongest_lines() {
		let series = (0..30u16)
			.map(|i| Series { label: format!("UID {i}"), values: vec![i * 100] })
			.collect();
		let kept = strongest(series);
		assert_eq!(kept.len(), MAX_LINES);
		assert_eq!(kept[0].label, "UID 20");
	}

	#[test]
	fn the_chart_is_an_svg_with_every_panel() {
		let dir = std::env::temp_dir().join(format!("yuma-chart-{}", std::process::id()));
		std::fs::create_dir_all(&dir).unwrap();
		let path = dir.join("chart.svg");
		draw(&simulate(&three_uids(), 3), &path).unwrap();
		let svg = std::fs::read_to_string(&path).unwrap();
		assert!(svg.starts_with("<svg"));
		for text in ["Incentive", "Dividends", "Bonds", "UID 2"] {
			assert!(svg.contains(text), "{text} missing");
		}
		let error = draw(&[], &dir.join("chart.png")).unwrap_err();
		assert!(error.to_string().contains("*.svg"), "{error}");
		std::fs::remove_dir_all(&dir).unwrap();
	}
}
