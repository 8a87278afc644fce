#!/usr/bin/env bash
# Prints node start-up and memory numbers of a built node-subtensor:
#   - time from process start to block #1 with `--dev --sealing 250`:
#       cold: the very first start, with an empty compiled-runtime cache (--wasm-cache-dir),
#             which the node fills with the compiled runtime its binary ships
#       warm: a later start (new chain, new base path) with that cache
#       compiling: a start that compiles the runtime itself (--no-wasm-cache)
#     each the median of RUNS starts (default 3), every value printed
#   - the same to block #1 under Aura (`--dev`, 12 s slots: includes waiting for a slot)
#   - resident memory (RSS) after 100 blocks (`--dev --sealing 250`)
#
#   ./scripts/measure-node.sh            # uses $NODE_SUBTENSOR_BIN (default: the release build)
#   RUNS=5 ./scripts/measure-node.sh
#
# Every node runs on 127.0.0.1 with free ports and temporary base path and cache, and is
# stopped on exit.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"
require_node

exec python3 - "${RUNS:-3}" <<'PY'
import os, shutil, statistics, sys, tempfile
from pathlib import Path

sys.path.insert(0, "node/e2e")
from local_node import Node, NodeError

runs = int(sys.argv[1])
work = Path(tempfile.mkdtemp(prefix="measure-node-"))


def first_block(name, *args, timeout=60):
    """Seconds from spawning a node until its block #1."""
    node = Node.spawn(work, name, list(args))
    try:
        return node.wait_for_block(1, timeout, poll=0.01)
    finally:
        node.stop()


def report(label, values):
    shown = ", ".join(f"{v:.2f}" for v in values)
    print(f"{label}: {statistics.median(values):.2f} s (median of {len(values)}: {shown})", flush=True)


try:
    sealed = ["--dev", "--sealing", "250"]
    cold, warm, compiling = [], [], []
    for run in range(runs):
        cache = str(work / f"wasm-cache-{run}")
        cold.append(first_block(f"cold-{run}", *sealed, "--wasm-cache-dir", cache))
        warm.append(first_block(f"warm-{run}", *sealed, "--wasm-cache-dir", cache))
        compiling.append(first_block(f"compiling-{run}", *sealed, "--no-wasm-cache"))
    report("start-up to first block, --dev --sealing 250, cold (empty runtime cache)", cold)
    report("start-up to first block, --dev --sealing 250, warm (runtime cached before)", warm)
    report("start-up to first block, --dev --sealing 250, compiling (--no-wasm-cache)", compiling)

    cache = str(work / "wasm-cache-0")
    aura = first_block("aura", "--dev", "--wasm-cache-dir", cache)
    print(f"start-up to first block, --dev (Aura, 12 s slots, warm): {aura:.2f} s", flush=True)

    node = Node.spawn(work, "rss", [*sealed, "--wasm-cache-dir", cache])
    try:
        node.wait_for_block(100, 120)
        print(f"RSS after 100 blocks (--dev --sealing 250): {node.rss_mib():.0f} MiB", flush=True)
    finally:
        node.stop()
except NodeError as error:
    sys.exit(f"measure-node: {error}")
finally:
    shutil.rmtree(work, ignore_errors=True)
PY
