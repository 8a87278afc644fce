#!/usr/bin/env bash
# Tests scripts/preflight.sh in a made-up environment: a `rustup` whose toolchain exists but
# lacks the wasm targets and cannot add them (as on a machine where Rust was installed before
# this project, offline), and a machine without clang. The preflight must fail at once and name
# the exact command that fixes each case; with everything present it must pass.
#
#   ./scripts/test-preflight.sh
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
channel="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)"

# A fake rustup: the toolchain exists with the targets listed in $FAKE_TARGETS; installing
# succeeds without adding anything; adding a target fails.
mkdir -p "$work/bin"
cat >"$work/bin/rustup" <<'EOF'
#!/usr/bin/env bash
case "$1 $2" in
"toolchain install") exit 0 ;;
"target list") printf '%s\n' $FAKE_TARGETS ;;
"target add") echo "error: could not download the target (offline)" >&2; exit 1 ;;
*) exit 0 ;;
esac
EOF
# A fake dpkg-query that reports $FAKE_MISSING as not installed and the rest as installed.
cat >"$work/bin/dpkg-query" <<'EOF'
#!/usr/bin/env bash
package="${!#}"
for missing in $FAKE_MISSING; do
	[ "$package" = "$missing" ] && { echo "unknown ok not-installed"; exit 1; }
done
echo "install ok installed"
EOF
chmod +x "$work/bin/rustup" "$work/bin/dpkg-query"

failures=0
# Runs the preflight with the fakes first on PATH; checks its exit status and that its output
# contains the expected text.
expect() {
	local name="$1" status="$2" text="$3"
	shift 3
	local output started elapsed code=0
	started=$(date +%s)
	output="$(env PATH="$work/bin:$PATH" "$@" ./scripts/preflight.sh 2>&1)" || code=$?
	elapsed=$(($(date +%s) - started))
	if [ "$code" != "$status" ] || ! grep -qF -- "$text" <<<"$output" || [ "$elapsed" -gt 20 ]; then
		printf 'FAIL %s: exit %s (wanted %s) after %s s; output:\n%s\n' \
			"$name" "$code" "$status" "$elapsed" "$output"
		failures=$((failures + 1))
	else
		printf 'ok   %s (%s s)\n' "$name" "$elapsed"
	fi
}

expect "a toolchain without the wasm targets" 1 \
	"run  rustup target add --toolchain $channel wasm32-unknown-unknown" \
	FAKE_TARGETS="x86_64-unknown-linux-gnu" FAKE_MISSING=""
expect "a toolchain with only one of the two targets" 1 \
	"the wasm32v1-none target is not installed for toolchain $channel" \
	FAKE_TARGETS="x86_64-unknown-linux-gnu wasm32-unknown-unknown" FAKE_MISSING=""
expect "no clang, nothing installed for you" 1 \
	"missing clang: install them (on Debian/Ubuntu: sudo apt-get install -y clang)" \
	FAKE_TARGETS="wasm32-unknown-unknown wasm32v1-none" FAKE_MISSING="clang" PREFLIGHT_NO_INSTALL=1
expect "everything present" 0 "preflight: ok" \
	FAKE_TARGETS="x86_64-unknown-linux-gnu wasm32-unknown-unknown wasm32v1-none" FAKE_MISSING=""

[ "$failures" = 0 ] || { echo "$failures preflight case(s) failed"; exit 1; }
echo "preflight: all cases pass"
