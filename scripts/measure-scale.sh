#!/usr/bin/env bash
# Measures the chain at mainnet scale: builds the state with `node-subtensor scale-state`
# (default 128 subnets × 256 UIDs, 64 validators each with full weight rows, 100 000 stake
# positions, 64 root validators, tempo 360), runs a node on it with `--sealing 250` until every
# subnet has had two epochs, and prints:
#   - the time to build the state and the size of the chain spec;
#   - per-block execution time (the proposer's "Prepared block" time: median, p99, max, and the
#     slowest blocks with how many epochs each ran);
#   - the database size and the node's RSS at the end;
#   - the latency of the runtime APIs clients call most (median of 5 `state_call`s).
#
#   ./scripts/measure-scale.sh                          # the defaults above
#   ./scripts/measure-scale.sh --subnets 16 --uids 64   # any `scale-state` options
#
# The node runs on 127.0.0.1 with free ports and a temporary base path, and is stopped on exit.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"
require_node

exec python3 - "$@" <<'PY'
import hashlib, re, shutil, statistics, subprocess, sys, tempfile, time
from pathlib import Path

sys.path.insert(0, "node/e2e")
from local_node import Node, NodeError, node_binary, rpc

work = Path(tempfile.mkdtemp(prefix="measure-scale-"))
spec = work / "scale.json"
options = sys.argv[1:]


def option(name, default):
    return int(options[options.index(name) + 1]) if name in options else default


tempo = option("--tempo", 360)


def scale_account(role: str, index: int) -> bytes:
    """The builder's account: blake2-256 of SCALE((\"subtensor-scale\", role, index))."""
    def text(value: str) -> bytes:
        raw = value.encode()
        return bytes([len(raw) << 2]) + raw
    return hashlib.blake2b(text("subtensor-scale") + text(role) + index.to_bytes(4, "little"),
                           digest_size=32).digest()


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


try:
    started = time.monotonic()
    built = subprocess.run([str(node_binary()), "scale-state", "--output", str(spec), *options],
                           capture_output=True, text=True, check=True)
    print(built.stdout.strip())
    print(f"state built in {time.monotonic() - started:.1f} s; chain spec "
          f"{spec.stat().st_size / 2**20:.1f} MiB", flush=True)

    node = Node.spawn(work, "scale", ["--chain", str(spec), "--sealing", "250",
                                      "--rpc-max-response-size", "1000"])
    try:
        node.wait_for_rpc(timeout=600)
        blocks = 2 * (tempo + 1) + 2
        node.wait_for_block(blocks, timeout=blocks * 5 + 600, poll=2)
        prepared = {}
        for line in node.log_path.read_text(errors="replace").splitlines():
            found = re.search(r"Prepared block for proposing at (\d+) \((\d+) ms\)", line)
            if found:
                prepared[int(found.group(1))] = int(found.group(2))
        times = list(prepared.values())
        print(f"blocks: {len(times)}; execution ms: median {statistics.median(times)}, "
              f"p99 {percentile(times, 0.99)}, max {max(times)}", flush=True)
        slowest = sorted(prepared.items(), key=lambda item: -item[1])[:5]
        print("slowest blocks (number: ms): " + ", ".join(f"#{n}: {ms}" for n, ms in slowest))
        database = sum(f.stat().st_size for f in (work / "scale").rglob("*") if f.is_file())
        print(f"database {database / 2**20:.0f} MiB; node RSS {node.rss_mib():.0f} MiB", flush=True)

        nominator = "0x" + scale_account("nominator", 0).hex()
        calls = [
            ("get_metagraph(1)", "SubnetInfoRuntimeApi_get_metagraph", "0x0100"),
            ("get_all_metagraphs", "SubnetInfoRuntimeApi_get_all_metagraphs", "0x"),
            ("get_all_dynamic_info", "SubnetInfoRuntimeApi_get_all_dynamic_info", "0x"),
            ("get_delegates", "DelegateInfoRuntimeApi_get_delegates", "0x"),
            ("get_stake_info_for_coldkey", "StakeInfoRuntimeApi_get_stake_info_for_coldkey", nominator),
        ]
        for label, method, data in calls:
            spent, size = [], 0
            try:
                for _ in range(5):
                    begin = time.monotonic()
                    answer = rpc(node.http_url, "state_call", [method, data], timeout=300)
                    spent.append((time.monotonic() - begin) * 1000)
                    size = (len(answer) - 2) // 2
                print(f"{label}: {statistics.median(spent):.0f} ms (median of 5), {size} bytes",
                      flush=True)
            except (OSError, RuntimeError) as error:
                print(f"{label}: failed after {time.monotonic() - begin:.0f} s: {error}", flush=True)
    finally:
        node.stop()
except (NodeError, subprocess.CalledProcessError) as error:
    sys.exit(f"measure-scale: {error}\n{getattr(error, 'stderr', '')}")
finally:
    shutil.rmtree(work, ignore_errors=True)
PY
