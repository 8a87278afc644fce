#!/usr/bin/env bash
# End-to-end tests with the clients people use, unchanged: the Python SDK and its btcli
# (bittensor 11.3.0), the older btcli (bittensor-cli 9.23.2), polkadot.js (@polkadot/api
# 16.5.6) and py-substrate-interface (1.8.1), against a `node-subtensor --dev` that the suite
# starts on free ports.
#
#   ./scripts/e2e-clients.sh [pytest arguments]
#
# Installs the pinned clients once into $SUBTENSOR_CLIENTS_DIR (default
# /var/tmp/subtensor-clients: three virtualenvs, since both SDK packages install a `btcli` and
# substrate-interface pins its own scale codec, and an npm folder), then runs node/e2e/clients
# with pytest. Needs the release node built (`cargo build --release`). Exits non-zero on any
# failure.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"
clients="${SUBTENSOR_CLIENTS_DIR:-/var/tmp/subtensor-clients}"

sdk_packages=(bittensor==11.3.0 pytest==9.2.0)
legacy_packages=(bittensor-cli==9.23.2)
# A positional decoder of errors and events, as many scripts and explorers use.
substrate_interface_packages=(substrate-interface==1.8.1)
npm_packages=(@polkadot/api@16.5.6)


mkdir -p "$clients"
install_venv "$clients/sdk" "${sdk_packages[@]}"
install_venv "$clients/legacy-btcli" "${legacy_packages[@]}"
install_venv "$clients/substrate-interface" "${substrate_interface_packages[@]}"
polkadot="$clients/polkadot-js"
if [ ! -f "$polkadot/.installed" ] || [ "$(cat "$polkadot/.installed")" != "${npm_packages[*]}" ]; then
	rm -rf "$polkadot"
	mkdir -p "$polkadot"
	(cd "$polkadot" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund "${npm_packages[@]}")
	echo "${npm_packages[*]}" >"$polkadot/.installed"
fi

export LEGACY_BTCLI="$clients/legacy-btcli/bin/btcli"
export SUBSTRATE_INTERFACE_PYTHON="$clients/substrate-interface/bin/python"
export POLKADOT_JS_DIR="$polkadot"
exec "$clients/sdk/bin/python" -m pytest node/e2e/clients -p no:cacheprovider "$@"
