#!/usr/bin/env bash
# Prints node start-up and memory numbers of a built node-subtensor:
#   - time from process start to block #1 with `--dev --sealing 250`:
#       cold: the very first start, with an empty compiled-runtime cache (--wasm-cache-dir)
#       warm: a later start (new chain, new base path), the runtime compiled before
#     each the median of RUNS starts (default 3), every value printed
#   - the same to block #1 under Aura (`--dev`, 12 s slots: includes waiting for a slot)
#   - resident memory (RSS) after 100 blocks (`--dev --sealing 250`)
#
#   ./scripts/measure-node.sh            # uses $CARGO_TARGET_DIR/release/node-subtensor
#   RUNS=5 ./scripts/measure-node.sh
#
# Every node runs on 127.0.0.1 with free ports and temporary base path and cache, and is
# stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/subtensor-target}"
BIN="${NODE_SUBTENSOR_BIN:-$CARGO_TARGET_DIR/release/node-subtensor}"
[ -x "$BIN" ] || { echo "node binary $BIN not found: run cargo build --release first" >&2; exit 1; }

exec python3 - "$BIN" "${RUNS:-3}" <<'PY'
import json, os, shutil, socket, statistics, subprocess, sys, tempfile, time, urllib.request

binary, runs = sys.argv[1], int(sys.argv[2])
work = tempfile.mkdtemp(prefix="measure-node-")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Node:
    """One node process on 127.0.0.1 with its own base path; `started` is when it was spawned."""

    def __init__(self, name, *args):
        self.port, p2p = free_port(), free_port()
        self.log = open(os.path.join(work, name + ".log"), "w")
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            [binary, *args, "--base-path", os.path.join(work, name), "--rpc-port", str(self.port),
             "--listen-addr", f"/ip4/127.0.0.1/tcp/{p2p}", "--no-prometheus", "--no-mdns"],
            stdout=self.log, stderr=subprocess.STDOUT)

    def best(self):
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}",
            data=b'{"id":1,"jsonrpc":"2.0","method":"chain_getHeader","params":[]}',
            headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=1) as response:
                return int(json.load(response)["result"]["number"], 16)
        except (OSError, ValueError, KeyError, TypeError):
            return -1

    def seconds_to_block(self, number, timeout):
        """Seconds from spawning the process until block `number` is the best block."""
        deadline = self.started + timeout
        while self.best() < number:
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                sys.exit(f"no block #{number} (see {self.log.name}):\n" + open(self.log.name).read()[-3000:])
            time.sleep(0.01)
        return time.monotonic() - self.started

    def rss_mib(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            kib = next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))
        return kib / 1024

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def first_block(name, *args, timeout=60):
    node = Node(name, *args)
    try:
        return node.seconds_to_block(1, timeout)
    finally:
        node.stop()


def report(label, values):
    shown = ", ".join(f"{v:.2f}" for v in values)
    print(f"{label}: {statistics.median(values):.2f} s (median of {len(values)}: {shown})", flush=True)


try:
    sealed = ["--dev", "--sealing", "250"]
    cold, warm = [], []
    for run in range(runs):
        cache = os.path.join(work, f"wasm-cache-{run}")
        cold.append(first_block(f"cold-{run}", *sealed, "--wasm-cache-dir", cache))
        warm.append(first_block(f"warm-{run}", *sealed, "--wasm-cache-dir", cache))
    report("start-up to first block, --dev --sealing 250, cold (empty runtime cache)", cold)
    report("start-up to first block, --dev --sealing 250, warm (runtime compiled before)", warm)

    cache = os.path.join(work, "wasm-cache-0")
    aura = first_block("aura", "--dev", "--wasm-cache-dir", cache)
    print(f"start-up to first block, --dev (Aura, 12 s slots, warm): {aura:.2f} s", flush=True)

    node = Node("rss", *sealed, "--wasm-cache-dir", cache)
    try:
        node.seconds_to_block(100, 120)
        print(f"RSS after 100 blocks (--dev --sealing 250): {node.rss_mib():.0f} MiB", flush=True)
    finally:
        node.stop()
finally:
    shutil.rmtree(work, ignore_errors=True)
PY
