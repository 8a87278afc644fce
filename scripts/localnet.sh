#!/usr/bin/env bash
# A local network of N validators of `--chain local` on 127.0.0.1, in one command.
#
#   ./scripts/localnet.sh                  # 3 validators (Alice, Bob, Charlie)
#   ./scripts/localnet.sh --validators 6   # up to 6 (Alice .. Ferdie)
#   ./scripts/localnet.sh --purge          # forget the previous run's chains first
#   ./scripts/localnet.sh --no-build       # use the node already built
#
# Validator i (0-based) listens on p2p 30333+i, JSON-RPC 9944+i and Prometheus 9615+i. The
# chain spec gives exactly the chosen validators the Aura and GRANDPA keys; each node holds its
# own dev keys (`--alice`, `--bob`, ...), a fixed network key, and dials the first validator as
# its bootnode, so nothing relies on mDNS. Chain spec, base paths and logs live under
# $LOCALNET_DIR (default /var/tmp/subtensor-localnet). The script prints the endpoints once the
# network finalizes a block, then waits; Ctrl-C stops every node.
#
# Blocks follow the runtime's 12 s slots: a multi-validator chain cannot use the dev sealing
# modes (one node seals alone there); for fast blocks use ./scripts/dev-node.sh --sealing 250.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/subtensor-target}"

validators=3
purge=false
build=true
ready_timeout="${LOCALNET_READY_TIMEOUT:-180}"
dir="${LOCALNET_DIR:-/var/tmp/subtensor-localnet}"
names=(alice bob charlie dave eve ferdie)

usage() {
	sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
	exit "$1"
}

while [ $# -gt 0 ]; do
	case "$1" in
	--validators)
		[ $# -ge 2 ] || usage 2
		validators="$2"
		shift 2
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
case "$validators" in
[2-6]) ;;
*)
	echo "localnet: --validators must be 2 to 6 (got '$validators')" >&2
	exit 2
	;;
esac

if "$build"; then
	cargo build --release --workspace --locked
fi
node="${NODE_SUBTENSOR_BIN:-$CARGO_TARGET_DIR/release/node-subtensor}"
[ -x "$node" ] || {
	echo "localnet: no node binary at $node (build it, or set NODE_SUBTENSOR_BIN)" >&2
	exit 1
}

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

# The public key of dev account $2 under scheme $1, as SS58.
public_key() {
	"$node" key inspect --scheme "$1" --output-type json "//${2^}" |
		python3 -c 'import json, sys; print(json.load(sys.stdin)["ss58Address"])'
}

# The chain spec: `local` with exactly the chosen validators as authorities.
spec="$dir/chain-spec-$validators.json"
if [ ! -f "$spec" ]; then
	aura=()
	grandpa=()
	for name in "${names[@]:0:$validators}"; do
		aura+=("$(public_key sr25519 "$name")")
		grandpa+=("$(public_key ed25519 "$name")")
	done
	"$node" build-spec --chain local --disable-default-bootnode 2>/dev/null |
		python3 -c '
import json, sys
aura, grandpa = sys.argv[1].split(","), sys.argv[2].split(",")
spec = json.load(sys.stdin)
genesis = spec["genesis"]["runtimeGenesis"]
config = genesis.get("patch") or genesis.get("config")
config["aura"]["authorities"] = aura
config["grandpa"]["authorities"] = [[key, 1] for key in grandpa]
spec["name"] = f"Bittensor Local Testnet ({len(aura)} validators)"
json.dump(spec, sys.stdout, indent=1)
' "$(IFS=,; echo "${aura[*]}")" "$(IFS=,; echo "${grandpa[*]}")" >"$spec.tmp"
	mv "$spec.tmp" "$spec"
fi

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
		--chain "$spec" --base-path "$dir/$name" "--$name" --node-key "$node_key"
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
finalized() {
	python3 - "$1" <<'PYTHON' 2>/dev/null || true
import json, sys, urllib.request

def rpc(method, *params):
    body = json.dumps({"id": 1, "jsonrpc": "2.0", "method": method, "params": list(params)})
    request = urllib.request.Request(f"http://127.0.0.1:{sys.argv[1]}", body.encode(),
                                     {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=5) as response:
        return json.load(response)["result"]

print(int(rpc("chain_getHeader", rpc("chain_getFinalizedHead"))["number"], 16))
PYTHON
}

echo "localnet: $validators validators starting (logs in $dir/logs)"
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
