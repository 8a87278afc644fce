#!/usr/bin/env bash
# Measures how many transactions the node includes under load, on a mainnet-sized state: builds
# the state with `node-subtensor scale-state` (its options pass through; default 128 subnets of
# 256 UIDs), runs a node on it sealing a block every BLOCK_MS (default 12000, the chain's block
# time) with its transaction pool limited to POOL_LIMIT transactions (default 1024, so that a
# flood fills it), and runs `measure-load` (node/e2e/src/bin/measure-load.rs) against it for
# SECONDS_PER_PHASE (default 60) per phase:
#   - mixed traffic (transfers, add/remove stake, full-row set_weights, serve_axon) as fast as
#     the pool takes it: accepted and refused submissions, signed extrinsics included per block
#     and per second, failed ones, the normal-class weight used;
#   - fee-less set_weights/serve_axon flooding the pool with a paid transfer every 100 ms:
#     whether the node stays up and the paid transfers still get in;
# then the node's block execution times (the proposer's "Prepared block" times).
#
#   ./scripts/measure-load.sh
#   SECONDS_PER_PHASE=30 BLOCK_MS=6000 ./scripts/measure-load.sh --subnets 16 --uids 64
#
# Needs the node and the measure-load tool built (cargo build --release --workspace --locked).
# The node runs on 127.0.0.1 with free ports and a temporary base path, and is stopped on exit.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"
require_node
load_tool="$CARGO_TARGET_DIR/release/measure-load"
[ -x "$load_tool" ] || die "no $load_tool (build it with cargo build --release --workspace --locked)"

exec python3 - "$load_tool" "${SECONDS_PER_PHASE:-60}" "${BLOCK_MS:-12000}" "${POOL_LIMIT:-1024}" \
	"$@" <<'PY'
import re, shutil, subprocess, statistics, sys, tempfile, time
from pathlib import Path

sys.path.insert(0, "node/e2e")
from local_node import Node, NodeError, node_binary

load_tool, seconds, block_ms, pool_limit, *options = sys.argv[1:]
work = Path(tempfile.mkdtemp(prefix="measure-load-"))
spec = work / "scale.json"


def option(name, default):
    return options[options.index(name) + 1] if name in options else str(default)


try:
    started = time.monotonic()
    built = subprocess.run([str(node_binary()), "scale-state", "--output", str(spec), *options],
                           capture_output=True, text=True, check=True)
    print(built.stdout.strip())
    print(f"state built in {time.monotonic() - started:.1f} s", flush=True)
    node = Node.spawn(work, "load", ["--chain", str(spec), "--sealing", block_ms,
                                     "--pool-limit", pool_limit])
    try:
        node.wait_for_rpc(timeout=600)
        shape = ["--subnets", option("--subnets", 128), "--uids", option("--uids", 256),
                 "--validators", option("--validators", 64)]
        limit = 4 * int(seconds) + 20 * int(block_ms) // 1000 + 600
        subprocess.run([load_tool, "--url", node.ws_url, *shape, "--seconds", seconds,
                        "--block-ms", block_ms], check=True, timeout=limit)
        print(f"node still up after the flood: {node.process.poll() is None}; "
              f"RSS {node.rss_mib():.0f} MiB", flush=True)
        prepared = [(int(n), int(ms)) for n, ms in re.findall(
            r"Prepared block for proposing at (\d+) \((\d+) ms\)",
            node.log_path.read_text(errors="replace"))]
        slowest = sorted(prepared, key=lambda block: -block[1])[:5]
        print(f"block execution ms: median {statistics.median(ms for _, ms in prepared)}, "
              "slowest " + ", ".join(f"#{n}: {ms}" for n, ms in slowest), flush=True)
    finally:
        node.stop()
except (NodeError, subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
    sys.exit(f"measure-load: {error}\n{getattr(error, 'stderr', '') or ''}")
finally:
    shutil.rmtree(work, ignore_errors=True)
PY
