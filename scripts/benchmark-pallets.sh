#!/usr/bin/env bash
# Measures the weights of the chain's own pallets and regenerates their weights.rs.
#
#   ./scripts/benchmark-pallets.sh [pallet ...]
#       (default: pallet_subtensor pallet_admin_utils pallet_subtensor_swap
#        pallet_subtensor_commitments pallet_subtensor_shield pallet_drand)
#
# Builds node-subtensor with `--features runtime-benchmarks` into its own target directory (the
# feature changes the runtime, so it must not overwrite the normal build): the whole workspace,
# with the features `scripts/test.sh`'s second clippy pass uses, so every crate the feature does
# not touch is built as in the normal build (a copy of the normal target's `release/deps`,
# `build` and `.fingerprint` then saves most of the work). Then it runs
# `node-subtensor benchmark pallet` on the runtime it built, from the `development` genesis
# preset, for every extrinsic of each pallet with the weight template
# in scripts/weight-template.hbs. STEPS and REPEAT override the sampling (default 50 and 20).
# EXTRINSICS (comma-separated) measures only those; their weights then go to
# $BENCH_OUTPUT_DIR/<pallet>.rs (default /var/tmp/bench-logs), since the generated file holds
# only what was measured; `scripts/splice-weights.py` copies them into the pallet's weights.rs.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"
export CARGO_TARGET_DIR="${BENCH_TARGET_DIR:-/var/tmp/subtensor-bench-target}"
steps="${STEPS:-50}"
repeat="${REPEAT:-20}"
extrinsics="${EXTRINSICS:-*}"
output_dir="${BENCH_OUTPUT_DIR:-/var/tmp/bench-logs}"
pallets=("$@")
[ "${#pallets[@]}" -gt 0 ] ||
	pallets=(pallet_subtensor pallet_admin_utils pallet_subtensor_swap pallet_subtensor_commitments
		pallet_subtensor_shield pallet_drand)

cargo build --release --locked --workspace \
	--features node-subtensor/runtime-benchmarks,pallet-subtensor-shield/runtime-benchmarks
node="$CARGO_TARGET_DIR/release/node-subtensor"
runtime="$CARGO_TARGET_DIR/release/wbuild/node-subtensor-runtime/node_subtensor_runtime.compact.compressed.wasm"

for pallet in "${pallets[@]}"; do
	case "$pallet" in
	pallet_subtensor_swap) folder=pallets/swap ;;
	pallet_subtensor_commitments) folder=pallets/commitments ;;
	pallet_subtensor_shield) folder=pallets/shield ;;
	*) folder="pallets/$(echo "${pallet#pallet_}" | tr '_' '-')" ;;
	esac
	output="$folder/src/weights.rs"
	if [ "$extrinsics" != "*" ]; then
		mkdir -p "$output_dir"
		output="$output_dir/$pallet.rs"
	fi
	echo "==> $pallet ($extrinsics) -> $output"
	"$node" benchmark pallet \
		--runtime "$runtime" --genesis-builder=runtime --genesis-builder-preset=development \
		--pallet "$pallet" --extrinsic "$extrinsics" \
		--steps "$steps" --repeat "$repeat" \
		--wasm-execution compiled \
		--template scripts/weight-template.hbs \
		--output "$output"
done
