#!/usr/bin/env bash
# Builds node-subtensor and runs a development chain on ws://127.0.0.1:9944.
#
#   ./scripts/dev-node.sh                     # Aura + GRANDPA, a block every 12 s
#   ./scripts/dev-node.sh --sealing instant   # a block per transaction
#   ./scripts/dev-node.sh --sealing 250       # a block every 250 ms
#
# Extra arguments go to the node. State lives in a temporary directory unless you pass
# --base-path DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/subtensor-target}"
./scripts/preflight.sh
cargo build --release --locked
exec "$CARGO_TARGET_DIR/release/node-subtensor" --dev "$@"
