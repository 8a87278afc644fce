#!/usr/bin/env bash
# Measures the chain at mainnet scale: builds the state with `node-subtensor scale-state`
# (default 128 subnets × 256 UIDs, 64 validators each with full weight rows, 100 000 stake
# positions, 64 root validators, tempo 360), runs a node on it with `--sealing manual` until every
# subnet has had two epochs (sealing each block on request), and prints:
#   - the time to build the state and the size of the chain spec;
#   - per-block execution time (the proposer's "Prepared block" time: median, p99, max, and the
#     slowest blocks);
#   - each block's time against its weight (`System.BlockWeight`, what the runtime charged for
#     it): the blocks that took longer than their weight allows, and the slowest blocks' ratio;
#   - the database size at the start and after each tempo, and the node's RSS at the end;
#   - the latency of the runtime APIs clients call most (median of 5 `state_call`s);
#   - how fast a full node joining afterwards (its trie cache warmed at start, as an RPC node's)
#     imports the chain from it (blocks per second), and the two heaviest views answered by it.
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
import re, shutil, statistics, subprocess, sys, tempfile, time
from pathlib import Path

sys.path.insert(0, "node/e2e")
from local_node import Node, NodeError, node_binary, rpc

work = Path(tempfile.mkdtemp(prefix="measure-scale-"))
spec = work / "scale.json"
options = sys.argv[1:]


def option(name, default):
    return int(options[options.index(name) + 1]) if name in options else default


tempo = option("--tempo", 360)


# twox128("System") ++ twox128("BlockWeight"): the weight the runtime charged for a block.
BLOCK_WEIGHT_KEY = "0x26aa394eea5630e07c48ae0c9558cef734abf5cb34d6244378cddbf18e849d96"


def compact(data: bytes, at: int):
    """The SCALE compact integer at `at`, and where the next value starts."""
    mode = data[at] & 3
    if mode == 0:
        return data[at] >> 2, at + 1
    if mode == 1:
        return int.from_bytes(data[at:at + 2], "little") >> 2, at + 2
    if mode == 2:
        return int.from_bytes(data[at:at + 4], "little") >> 2, at + 4
    size = (data[at] >> 2) + 4
    return int.from_bytes(data[at + 1:at + 1 + size], "little"), at + 1 + size


def block_weight_ms(url: str, number: int) -> float:
    """The ref-time weight of block `number` (all dispatch classes), in milliseconds."""
    block = rpc(url, "chain_getBlockHash", [number])
    raw = bytes.fromhex(rpc(url, "state_getStorage", [BLOCK_WEIGHT_KEY, block])[2:])
    total, at = 0, 0
    for _ in range(3):  # normal, operational, mandatory: (ref_time, proof_size) each
        ref_time, at = compact(raw, at)
        _, at = compact(raw, at)
        total += ref_time
    return total / 1e9


def database_mib(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def time_calls(url: str, calls, prefix: str) -> None:
    """Prints the median of 5 `state_call`s of each (label, method, data) and the answer's size."""
    for label, method, data in calls:
        spent, size, begin = [], 0, time.monotonic()
        try:
            for _ in range(5):
                begin = time.monotonic()
                answer = rpc(url, "state_call", [method, data], timeout=300)
                spent.append((time.monotonic() - begin) * 1000)
                size = (len(answer) - 2) // 2
            print(f"{prefix}{label}: {statistics.median(spent):.0f} ms (median of 5), "
                  f"{size} bytes", flush=True)
        except (OSError, RuntimeError) as error:
            print(f"{prefix}{label}: failed after {time.monotonic() - begin:.0f} s: {error}",
                  flush=True)


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

    # Blocks are sealed one after the other on request, so the node is idle whenever it is
    # timed answering the runtime APIs.
    node = Node.spawn(work, "scale", ["--chain", str(spec), "--sealing", "manual",
                                      "--rpc-max-response-size", "1000"])
    try:
        node.wait_for_rpc(timeout=600)
        blocks = 2 * (tempo + 1) + 2
        # Each block's weight is read as soon as it is sealed; the database size is noted at
        # the start and after each tempo.
        weights, sizes = {}, [(0, database_mib(work / "scale"))]
        for number in range(1, blocks + 1):
            rpc(node.http_url, "engine_createBlock", [True, True, None], timeout=120)
            weights[number] = block_weight_ms(node.http_url, number)
            if number % (tempo + 1) == 0:
                sizes.append((number, database_mib(work / "scale")))
        # The node's log may lag its RPC answers by a moment: wait for the last block's line.
        prepared, patience = {}, time.monotonic() + 10
        while blocks not in prepared and time.monotonic() < patience:
            prepared = {int(n): int(ms) for n, ms in re.findall(
                r"Prepared block for proposing at (\d+) \((\d+) ms\)",
                node.log_path.read_text(errors="replace"))}
            time.sleep(0.2)
        prepared = {n: ms for n, ms in prepared.items() if n in weights}
        times = list(prepared.values())
        print(f"blocks: {len(times)}; execution ms: median {statistics.median(times)}, "
              f"p99 {percentile(times, 0.99)}, max {max(times)}; weight ms: median "
              f"{statistics.median(weights.values()):.0f}, max {max(weights.values()):.0f}",
              flush=True)
        slowest = sorted(prepared.items(), key=lambda item: -item[1])[:5]
        print("slowest blocks (number: ms, weight ms): " + ", ".join(
            f"#{n}: {ms}, {weights[n]:.0f}" for n, ms in slowest))
        # A block's weight also covers what the proposer does not time; a block that took
        # longer than its weight says is a weight underestimate.
        over = sorted(((ms / max(weights[n], 0.001), n, ms) for n, ms in prepared.items()
                       if ms > weights[n]), reverse=True)
        print(f"blocks that took longer than their weight: {len(over)} of {len(prepared)}"
              + "".join(f"; #{n}: {ms} ms, weight {weights[n]:.1f} ms" for _, n, ms in over[:5]),
              flush=True)
        print("database MiB (block: size): " + ", ".join(f"#{n}: {mib:.0f}" for n, mib in sizes)
              + f"; node RSS {node.rss_mib():.0f} MiB", flush=True)

        nominator = re.search(r"nominator 0 is (0x[0-9a-f]{64})", built.stdout).group(1)
        calls = [
            ("get_metagraph(1)", "SubnetInfoRuntimeApi_get_metagraph", "0x0100"),
            ("get_all_metagraphs", "SubnetInfoRuntimeApi_get_all_metagraphs", "0x"),
            ("get_all_dynamic_info", "SubnetInfoRuntimeApi_get_all_dynamic_info", "0x"),
            ("get_delegates", "DelegateInfoRuntimeApi_get_delegates", "0x"),
            ("get_stake_info_for_coldkey", "StakeInfoRuntimeApi_get_stake_info_for_coldkey", nominator),
        ]
        time_calls(node.http_url, calls, "")

        # A full node joins and imports the whole chain from this one (the same import queue,
        # authoring nothing); timed from when it answers RPC (its genesis built and its trie
        # cache warmed, as an RPC node would start) to the height this node had when it
        # started. Then the heaviest views again, answered from its warm cache.
        target = node.best_block()
        peer = rpc(node.http_url, "system_localPeerId")
        follower = Node.spawn(work, "follower", [
            "--chain", str(spec), "--sealing", "manual", "--warm-up-trie-cache", "blocking",
            "--rpc-max-response-size", "1000", "--bootnodes", f"/ip4/127.0.0.1/tcp/{node.p2p_port}/p2p/{peer}"])
        try:
            follower.wait_for_rpc(timeout=600)
            began = time.monotonic()
            follower.wait_for_block(target, timeout=target * 2 + 600, poll=1)
            spent = time.monotonic() - began
            print(f"full node: imported {target} blocks in {spent:.0f} s "
                  f"({target / spent:.1f} blocks/s); RSS {follower.rss_mib():.0f} MiB", flush=True)
            node.stop()  # the follower alone on the machine while it answers
            heaviest = [call for call in calls if call[0] in ("get_all_metagraphs", "get_delegates")]
            time_calls(follower.http_url, heaviest, "full node, warm cache: ")
        finally:
            follower.stop()
    finally:
        node.stop()
except (NodeError, subprocess.CalledProcessError) as error:
    sys.exit(f"measure-scale: {error}\n{getattr(error, 'stderr', '')}")
finally:
    shutil.rmtree(work, ignore_errors=True)
PY
