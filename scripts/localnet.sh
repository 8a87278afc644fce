#!/usr/bin/env bash
# A local network of N validators of `--chain local` on 127.0.0.1, in one command.
#
#   ./scripts/localnet.sh                  # 3 validators (Alice, Bob, Charlie)
#   ./scripts/localnet.sh --validators 6   # up to 6 (Alice .. Ferdie)
#   ./scripts/localnet.sh --fast           # one dev validator sealing a block every 250 ms
#   ./scripts/localnet.sh --purge          # forget the previous run's chains first
#   ./scripts/localnet.sh --no-build       # use the node already built
#
# Validator i (0-based) listens on p2p 30333+i, JSON-RPC 9944+i and Prometheus 9615+i. The
# built-in chain `local-N` gives exactly the first N validators the Aura and GRANDPA keys; each
# node holds its own dev keys (`--alice`, `--bob`, ...), a fixed network key, and dials the
# first validator as its bootnode, so nothing relies on mDNS. Base paths and logs live under
# $LOCALNET_DIR (default /var/tmp/subtensor-localnet). The script prints the endpoints once the
# network finalizes a block, then waits; Ctrl-C stops every node.
#
# Blocks follow the runtime's 12 s slots. Sealing modes need a single author, so --fast runs
# one validator (Alice, `--chain dev --sealing 250`) on the same ports instead.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"

validators=3
fast=false
purge=false
build=true
ready_timeout="${LOCALNET_READY_TIMEOUT:-180}"
dir="${LOCALNET_DIR:-/var/tmp/subtensor-localnet}"
names=(alice bob charlie dave eve ferdie)

usage() {
	sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
	exit "$1"
}

while [ $# -gt 0 ]; do
	case "$1" in
	--validators)
		[ $# -ge 2 ] || usage 2
		validators="$2"
		shift 2
		;;
	--fast)
		fast=true
		shift
		;;
	--purge)
		purge=true
		shift
		;;
	--no-build)
		build=false
		shift
		;;
	-h | --help) usage 0 ;;
	*)
		echo "localnet: unknown argument '$1'" >&2
		usage 2
		;;
	esac
done
if "$fast"; then
	validators=1
	chain=(--chain dev --sealing 250)
else
	case "$validators" in
	[2-6]) ;;
	*)
		echo "localnet: --validators must be 2 to 6 (got '$validators')" >&2
		exit 2
		;;
	esac
	chain=(--chain "local-$validators")
fi

if "$build"; then
	cargo build --release --locked
fi
require_node
node="$NODE_SUBTENSOR_BIN"

for i in $(seq 0 $((validators - 1))); do
	for port in $((30333 + i)) $((9944 + i)) $((9615 + i)); do
		if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "localnet: port $port on 127.0.0.1 is in use (another node running?)" >&2
			exit 1
		fi
	done
done

if "$purge"; then
	rm -rf "$dir"
fi
mkdir -p "$dir/logs"

pids=()
stop() {
	trap - INT TERM EXIT
	if [ "${#pids[@]}" -gt 0 ]; then
		echo "localnet: stopping ${#pids[@]} nodes"
		kill "${pids[@]}" 2>/dev/null || true
		wait "${pids[@]}" 2>/dev/null || true
	fi
}
trap stop EXIT
trap 'exit 130' INT TERM

bootnode=""
for i in $(seq 0 $((validators - 1))); do
	name="${names[$i]}"
	node_key="$(printf '%064x' $((i + 1)))"
	args=(
		"${chain[@]}" --base-path "$dir/$name" "--$name" --node-key "$node_key"
		--rpc-port $((9944 + i)) --prometheus-port $((9615 + i))
		--listen-addr "/ip4/127.0.0.1/tcp/$((30333 + i))" --no-mdns
		--rpc-cors all --no-telemetry
	)
	[ -z "$bootnode" ] || args+=(--bootnodes "$bootnode")
	"$node" "${args[@]}" >"$dir/logs/$name.log" 2>&1 &
	pids+=("$!")
	if [ -z "$bootnode" ]; then
		printf '%s' "$node_key" >"$dir/node-key"
		peer_id="$("$node" key inspect-node-key --file "$dir/node-key")"
		bootnode="/ip4/127.0.0.1/tcp/30333/p2p/$peer_id"
	fi
done

# The number of the newest finalized block on the RPC port $1 (nothing while it is not up).
finalized() { python3 node/e2e/local_node.py finalized "$1" 2>/dev/null || true; }

echo "localnet: starting $validators validator(s) (logs in $dir/logs)"
started=$SECONDS
while :; do
	for i in "${!pids[@]}"; do
		if ! kill -0 "${pids[$i]}" 2>/dev/null; then
			echo "localnet: ${names[$i]} exited; the end of $dir/logs/${names[$i]}.log:" >&2
			tail -n 20 "$dir/logs/${names[$i]}.log" >&2
			exit 1
		fi
	done
	number="$(finalized 9944)"
	if [ -n "$number" ] && [ "$number" -ge 1 ]; then
		break
	fi
	if [ $((SECONDS - started)) -ge "$ready_timeout" ]; then
		echo "localnet: nothing finalized within ${ready_timeout}s; see $dir/logs" >&2
		exit 1
	fi
	sleep 1
done

echo "localnet: ready after $((SECONDS - started)) s: block #$number finalized"
for i in $(seq 0 $((validators - 1))); do
	echo "  ${names[$i]}: ws://127.0.0.1:$((9944 + i))  (p2p 30333+$i, metrics http://127.0.0.1:$((9615 + i))/metrics)"
done
echo "localnet: Ctrl-C stops the network"
wait -n "${pids[@]}" || true
echo "localnet: a node exited; see $dir/logs" >&2
exit 1
