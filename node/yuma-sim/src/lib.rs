//! # The Yuma simulator
//!
//! What would my dividends be with these weights, if kappa were X, with liquid alpha on? This
//! crate answers it offline with the chain's own numbers: a scenario file describes one subnet
//! as its next epoch would read it ([`scenario`]), what-if edits change it ([`edits`]), and
//! [`simulate`] runs epochs with [`subtensor_yuma::run_epoch`], the very function the runtime
//! calls, carrying bonds and permits from one epoch to the next. [`report`] prints the results
//! as a table, JSON or CSV, or a base run beside an edited one, and [`chart`] draws them as an
//! SVG. [`snapshot`] reads a live subnet's next epoch from a node into a scenario. [`cli`] is
//! the `node-subtensor yuma` command line.

pub mod chart;
pub mod cli;
pub mod edits;
pub mod report;
pub mod scenario;
pub mod simulate;
pub mod snapshot;

pub use cli::YumaCmd;
pub use scenario::{Scenario, ScenarioError};
pub use simulate::{simulate, EpochReport};
