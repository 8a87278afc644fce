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
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"
./scripts/preflight.sh
cargo build --release --locked
exec "$NODE_SUBTENSOR_BIN" --dev "$@"
