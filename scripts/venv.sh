# Sourced by the scripts that install pinned Python tools.

# Creates virtualenv $1 with packages $2... unless it already has exactly them.
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
