# The prelude every script (and .ci/run) sources: the repository root as working directory, the
# one shared target directory, the node binary's path, and the helpers they share.
#
#   source "$(dirname "$0")/lib.sh"

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# One target directory outside the checkout, shared by every script, CI and your shell.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/subtensor-target}"
# The node the scripts and tests run: `$NODE_SUBTENSOR_BIN`, else the release build.
export NODE_SUBTENSOR_BIN="${NODE_SUBTENSOR_BIN:-$CARGO_TARGET_DIR/release/node-subtensor}"

# Prints "<script>: <message>" on stderr and exits 1.
die() {
	printf '%s: %s\n' "$(basename "$0" .sh)" "$*" >&2
	exit 1
}

# Stops unless the node binary exists.
require_node() {
	[ -x "$NODE_SUBTENSOR_BIN" ] ||
		die "no node binary at $NODE_SUBTENSOR_BIN (build it with cargo build --release --locked, or set NODE_SUBTENSOR_BIN)"
}

# A heading with the time the script has taken so far.
step() { printf '\n==> [%dm%02ds] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }

# Creates virtualenv $1 with the pinned packages $2... unless it already has exactly them.
install_venv() {
	local venv="$1"
	shift
	local stamp="$venv/.installed"
	if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$*" ]; then
		return
	fi
	rm -rf "$venv"
	python3 -m venv "$venv"
	"$venv/bin/pip" install --quiet --disable-pip-version-check "$@"
	echo "$*" >"$stamp"
}
