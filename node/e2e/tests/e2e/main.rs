//! End-to-end tests of the real `node-subtensor` binary, one module per concern. They form one
//! test binary, so the harness links once and the tests (mostly waiting for blocks) run side
//! by side; `RUST_TEST_THREADS` sets how many at a time.

mod custom_rpc;
mod database;
mod dev_chain;
mod epoch;
mod faults;
mod local_network;
mod metadata_hash;
mod metrics;
mod rejections;
mod rpc_policy;
mod sealing;
mod staking;
mod subcommands;
mod subnets;
mod upgrade;
mod yuma_simulator;
