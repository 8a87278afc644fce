#!/usr/bin/env bash
# Prints node start-up and memory numbers of a built node-subtensor:
#   - start-up time to the first block under Aura (--dev; includes waiting for the next 12 s slot)
#   - start-up time to the first block with --sealing 250
#   - resident memory (RSS) after 100 blocks (--dev --sealing 250)
#
#   ./scripts/measure-node.sh            # uses $CARGO_TARGET_DIR/release/node-subtensor
#
# Every node runs on 127.0.0.1 with free ports and a temporary base path, and is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/subtensor-target}"
BIN="${NODE_SUBTENSOR_BIN:-$CARGO_TARGET_DIR/release/node-subtensor}"
[ -x "$BIN" ] || { echo "node binary $BIN not found: run cargo build --release first" >&2; exit 1; }

work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

rpc() { # rpc PORT METHOD -> JSON result or empty
	curl -sf -m 2 -H 'Content-Type: application/json' \
		-d "{\"id\":1,\"jsonrpc\":\"2.0\",\"method\":\"$2\",\"params\":[]}" "http://127.0.0.1:$1" || true
}

best_number() { # best_number PORT -> decimal block number or -1
	local hex
	hex=$(rpc "$1" chain_getHeader | python3 -c 'import sys,json
try: print(json.load(sys.stdin)["result"]["number"])
except Exception: print("")')
	if [ -n "$hex" ]; then echo $((hex)); else echo -1; fi
}

start_node() { # start_node NAME ARGS... ; sets pid and port
	port=$(free_port)
	local p2p
	p2p=$(free_port)
	"$BIN" "${@:2}" --base-path "$work/$1" --rpc-port "$port" \
		--listen-addr "/ip4/127.0.0.1/tcp/$p2p" --no-prometheus --no-mdns >"$work/$1.log" 2>&1 &
	pid=$!
}

wait_for_block() { # wait_for_block N TIMEOUT_S -> prints seconds since start_time
	local deadline=$(( $(date +%s) + $2 ))
	while [ "$(best_number "$port")" -lt "$1" ]; do
		if [ "$(date +%s)" -gt "$deadline" ]; then echo "timed out waiting for block $1" >&2; tail -20 "$work"/*.log >&2; exit 1; fi
		sleep 0.05
	done
}

stop_node() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

elapsed_since() { python3 -c "import time; print(f'{time.time() - $1:.2f}')"; }

start=$(date +%s.%N); start_node aura --dev; wait_for_block 1 60
echo "start-up to first block, --dev (Aura, 12 s slots): $(elapsed_since "$start") s"
stop_node

start=$(date +%s.%N); start_node sealed --dev --sealing 250; wait_for_block 1 60
echo "start-up to first block, --dev --sealing 250:      $(elapsed_since "$start") s"
wait_for_block 100 120
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
echo "RSS after 100 blocks (--dev --sealing 250):         $((rss_kb / 1024)) MiB"
stop_node
