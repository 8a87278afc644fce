#!/usr/bin/env bash
# The test command: formatting, lints, unit tests and end-to-end tests of node-subtensor.
#
#   ./scripts/test.sh
#
# Builds the whole workspace once (release profile, shared CARGO_TARGET_DIR) and runs every
# test against the binary it built, the real clients' tests last (scripts/e2e-clients.sh
# installs them). Exits non-zero on any failure.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"

step "preflight (toolchain, wasm targets, C pieces) and its own tests"
./scripts/preflight.sh
./scripts/test-preflight.sh

step "cargo fmt --check"
cargo fmt --all -- --check

step "documentation links and cited paths resolve"
./scripts/check-links.py

step "lint docker/ (hadolint, Compose schema)"
./scripts/lint-docker.sh

step "build (release, whole workspace)"
cargo build --release --workspace --locked

# Clippy lints native code only, so it skips the WASM builds: under clippy's compiler wrapper
# they would compile the runtime to WASM again, minutes for nothing.
step "clippy (no panics in runtime code; warnings are errors)"
SKIP_WASM_BUILD=1 cargo clippy --release --workspace --all-targets --locked -- -D warnings

step "clippy with --features runtime-benchmarks (the benchmark code compiles; WASM not needed)"
SKIP_WASM_BUILD=1 cargo clippy --release --workspace --all-targets --locked \
	--features node-subtensor/runtime-benchmarks,pallet-subtensor-shield/runtime-benchmarks \
	-- -D warnings

# The end-to-end tests mostly wait for blocks, so more of them run at a time than there are
# cores. The runtime's own tests run in the next step, all of them with try-runtime's checks.
step "unit and end-to-end tests"
RUST_TEST_THREADS="${RUST_TEST_THREADS:-6}" cargo test --release --workspace --locked --no-fail-fast \
	--exclude node-subtensor-runtime

step "the runtime's tests with try-runtime: every try_state check after blocks, migrations' pre/post checks"
# (Not folded into the clippy pass above: crates.io's pallet-staking, under the benchmark CLI,
# does not compile with runtime-benchmarks and try-runtime together.)
SKIP_WASM_BUILD=1 cargo clippy --release -p node-subtensor-runtime --all-targets --locked \
	--features try-runtime -- -D warnings
SKIP_WASM_BUILD=1 cargo test --release -p node-subtensor-runtime --locked --features try-runtime

# The measurement scripts print numbers and assert none; at a tiny scale they are checked to run
# end to end (state build, node, block weights, runtime APIs, a syncing full node, the load tool).
step "the measurement scripts run (tiny scale)"
tiny=(--subnets 2 --uids 16 --validators 4 --positions 20 --root-uids 2)
./scripts/measure-scale.sh "${tiny[@]}" --tempo 5
SECONDS_PER_PHASE=5 BLOCK_MS=1000 ./scripts/measure-load.sh "${tiny[@]}"

step "end-to-end tests with the real clients (btcli, the Python SDK, polkadot.js)"
./scripts/e2e-clients.sh
