#!/usr/bin/env bash
# Checks, in seconds and before anything compiles, that this machine can build node-subtensor;
# installs what it can and otherwise says exactly what to run.
#
#   ./scripts/preflight.sh
#
# - the C pieces RocksDB and litep2p need (clang, libclang, libssl, pkg-config, protoc): installed with apt-get when
#   missing and this runs as root (or with passwordless sudo), else the command is printed;
# - the Rust toolchain of rust-toolchain.toml with its components and both wasm targets
#   (wasm32-unknown-unknown for the runtime, wasm32v1-none for crates that build their own
#   WASM): `rustup toolchain install` adds them to a toolchain that already exists, and a
#   target still missing afterwards is named with the command that adds it.
#
# scripts/dev-node.sh, scripts/test.sh and .ci/run start with it. Exits non-zero with a
# message on the first thing that is missing. PREFLIGHT_NO_INSTALL=1 only checks.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"

# --- C toolchain pieces -------------------------------------------------------------------
apt_packages=(clang libclang-dev libssl-dev pkg-config protobuf-compiler)
missing=()
for package in "${apt_packages[@]}"; do
	dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
		missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
	install="apt-get install -y ${missing[*]}"
	if [ "${PREFLIGHT_NO_INSTALL:-0}" = 1 ] || ! command -v apt-get >/dev/null; then
		die "missing ${missing[*]}: install them (on Debian/Ubuntu: sudo $install)"
	fi
	if [ "$(id -u)" = 0 ]; then
		sudo=()
	elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
		sudo=(sudo -n)
	else
		die "missing ${missing[*]}: run  sudo apt-get update && sudo $install"
	fi
	echo "preflight: installing ${missing[*]}"
	"${sudo[@]}" apt-get update -qq
	DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v protoc >/dev/null || die "protoc not found on PATH (package protobuf-compiler)"
libclang_found=0
if ldconfig -p 2>/dev/null | grep -q 'libclang[-.0-9]*\.so'; then
	libclang_found=1
elif compgen -G '/usr/lib/llvm-*/lib/libclang*.so*' >/dev/null; then
	libclang_found=1
fi
[ "$libclang_found" = 1 ] || [ -n "${LIBCLANG_PATH:-}" ] ||
	die "libclang not found (package libclang-dev, or set LIBCLANG_PATH to its directory)"

# --- Rust toolchain -----------------------------------------------------------------------
command -v rustup >/dev/null ||
	die "rustup not found: install it from https://rustup.rs, then run this again"
channel="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)"
[ -n "$channel" ] || die "rust-toolchain.toml names no channel"
if [ "${PREFLIGHT_NO_INSTALL:-0}" != 1 ]; then
	# Installs the toolchain, or adds the file's components and targets to the one that exists.
	rustup toolchain install >/dev/null 2>&1 || rustup toolchain install "$channel" >/dev/null 2>&1 ||
		die "rustup could not install toolchain $channel (offline?): run  rustup toolchain install $channel"
fi
installed="$(rustup target list --installed --toolchain "$channel" 2>/dev/null)" ||
	die "toolchain $channel is not installed: run  rustup toolchain install $channel"
for target in wasm32-unknown-unknown wasm32v1-none; do
	if ! grep -qx "$target" <<<"$installed"; then
		if [ "${PREFLIGHT_NO_INSTALL:-0}" != 1 ]; then
			rustup target add --toolchain "$channel" "$target" >/dev/null 2>&1 && continue
		fi
		die "the $target target is not installed for toolchain $channel (the runtime builds to WASM): run  rustup target add --toolchain $channel $target"
	fi
done
echo "preflight: ok (toolchain $channel with wasm32-unknown-unknown and wasm32v1-none; clang, libclang, libssl, protoc)"
