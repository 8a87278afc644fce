"""The real clients against the real node: one `node-subtensor --dev` per test session, on
127.0.0.1 with free ports, always stopped again (node/e2e/local_node.py), fetching drand pulses
from a relay on 127.0.0.1 that serves none until a test gives it recorded ones; the new btcli and SDK (`bittensor` 11.3.0) run
from this virtualenv, the old btcli (`bittensor-cli` 9.23.2) from `$LEGACY_BTCLI`, polkadot.js
from `$POLKADOT_JS_DIR`, py-substrate-interface (1.8.1) from `$SUBSTRATE_INTERFACE_PYTHON`.
`scripts/e2e-clients.sh` installs all four and runs this suite.

Every client command has a timeout; a failing command fails the test with its output.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

# The node harness shared with the scripts (node/e2e/local_node.py).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from local_node import Node, NodeError  # noqa: E402

from drand_relay import Relay  # noqa: E402

# The //Alice secret seed (sr25519 mini-secret).
ALICE_SEED = "0xe5be9a5092b81bca64be81d212e7f2f9eba183bb7a90954f7b76361f6edb5c0a"
ALICE_SS58 = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
# Block sealing interval of the test node (ms): fast, yet every block is finalized.
SEALING_MS = 250
# How long one client command may take.
COMMAND_TIMEOUT = 180


def start_node(base: Path, name: str, extra_args: list[str]) -> Node:
    """Starts node-subtensor on 127.0.0.1 with free ports, its data under `base / name`;
    returns once it answers RPC (fails the test if it exits or stays silent)."""
    try:
        return Node.start(base, name, extra_args)
    except NodeError as error:
        pytest.fail(str(error))


def stop_node(running: Node) -> None:
    """Stops a node (SIGTERM, then SIGKILL after 20 s)."""
    running.stop()


@pytest.fixture(scope="session")
def drand_relay():
    """The session node's drand relay: serves no pulse until a test sets `pulses`."""
    relay = Relay()
    try:
        yield relay
    finally:
        relay.close()


@pytest.fixture(scope="session")
def node(drand_relay):
    base = Path(tempfile.mkdtemp(prefix="node-subtensor-clients-"))
    running = None
    try:
        running = start_node(base, "dev", ["--dev", "--sealing", str(SEALING_MS),
                                           "--drand-relays", drand_relay.url])
        running.wait_for_block(2)
        yield running
    finally:
        if running is not None:
            stop_node(running)
        shutil.rmtree(base, ignore_errors=True)


def sdk_process(url: str, code: str, env: dict | None = None) -> subprocess.Popen:
    """Starts `code` (an async body using `client`, `bt` and `URL`, returning a JSON-able
    value) with the Python SDK in a fresh interpreter: the SDK caches nonces per client, so
    each submission gets its own. `env` defaults to this process's environment."""
    program = (
        "import asyncio, json, time, bittensor as bt\n"
        f"URL = {url!r}\n"
        "async def body(client):\n"
        + "".join(f"    {line}\n" for line in code.strip().splitlines())
        + "async def main():\n"
        "    async with bt.Client(URL) as client:\n"
        "        print(json.dumps(await body(client), default=str))\n"
        "asyncio.run(main())\n"
    )
    return subprocess.Popen(
        [sys.executable, "-c", program],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def sdk_answer(process: subprocess.Popen) -> dict:
    """The JSON answer of an `sdk_process` (fails the test if it fails or overruns)."""
    try:
        stdout, stderr = process.communicate(timeout=COMMAND_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        stdout, stderr = process.communicate()
        pytest.fail(f"SDK took over {COMMAND_TIMEOUT} s:\n{stdout}\n{stderr}")
    assert process.returncode == 0, f"SDK failed:\n{stdout}\n{stderr}"
    return json.loads(stdout.strip().splitlines()[-1])


def sdk(url: str, code: str, env: dict | None = None) -> dict:
    """Runs `code` with the SDK (see `sdk_process`) and returns its answer."""
    return sdk_answer(sdk_process(url, code, env))


class Cli:
    """Runs one btcli (new or legacy) with its own HOME and wallet directory."""

    def __init__(self, executable: str, home: Path, node: Node):
        self.executable = executable
        self.home = home
        self.node = node
        self.wallets = home / "wallets"

    def env(self) -> dict:
        env = dict(os.environ)
        env.update(
            HOME=str(self.home),
            BT_CHAIN_ENDPOINT=self.node.ws_url,
            BITTENSOR_RUNTIME_CACHE_DIR=str(self.home / "runtime-cache"),
            COLUMNS="200",
            NO_COLOR="1",
        )
        return env

    def run(self, *args: str, ok: bool = True, stdin: str | None = None) -> subprocess.CompletedProcess:
        command = [self.executable, *args]
        result = subprocess.run(
            command,
            env=self.env(),
            input=stdin if stdin is not None else "",
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT,
        )
        if ok and result.returncode != 0:
            pytest.fail(
                f"{' '.join(command)} exited {result.returncode}\nstdout:\n{result.stdout}\n"
                f"stderr:\n{result.stderr}\nnode log:\n{self.node.log_tail(15)}"
            )
        return result

    def json(self, *args: str):
        """Runs a command with `--json` and parses its output."""
        result = self.run(*args, "--json")
        try:
            return json.loads(result.stdout)
        except json.JSONDecodeError:
            pytest.fail(f"not JSON from {' '.join(args)}:\n{result.stdout}\n{result.stderr}")


@pytest.fixture(scope="session")
def btcli(node, tmp_path_factory) -> Cli:
    """The new btcli (bittensor 11.3.0), beside this Python."""
    executable = Path(sys.executable).parent / "btcli"
    if not executable.is_file():
        pytest.fail(f"{executable} not found: install bittensor==11.3.0 in this virtualenv")
    return Cli(str(executable), tmp_path_factory.mktemp("btcli-home"), node)


@pytest.fixture(scope="session")
def legacy_btcli(node, tmp_path_factory) -> Cli:
    """The old btcli (bittensor-cli 9.23.2) from its own virtualenv."""
    executable = os.environ.get("LEGACY_BTCLI")
    if not executable or not Path(executable).is_file():
        pytest.fail("LEGACY_BTCLI must name the btcli of bittensor-cli 9.23.2")
    return Cli(executable, tmp_path_factory.mktemp("legacy-btcli-home"), node)


@pytest.fixture(scope="session")
def polkadot_js(node):
    """Runs polkadot.mjs (beside this file) with @polkadot/api from `$POLKADOT_JS_DIR`;
    returns a function of the script's mode arguments that gives its JSON answer."""
    folder = os.environ.get("POLKADOT_JS_DIR")
    if not folder or not (Path(folder) / "node_modules" / "@polkadot" / "api").is_dir():
        pytest.fail("POLKADOT_JS_DIR must name a folder with @polkadot/api installed")
    # ES modules resolve packages from the script's own folder.
    script = Path(folder) / "polkadot.mjs"
    shutil.copyfile(Path(__file__).with_name("polkadot.mjs"), script)

    def run(*args: str) -> dict:
        result = subprocess.run(
            ["node", str(script), node.ws_url, *args],
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT,
        )
        if result.returncode != 0:
            pytest.fail(f"polkadot.js {args} exited {result.returncode}:\n{result.stderr}")
        return json.loads(result.stdout.strip().splitlines()[-1])

    return run


@pytest.fixture(scope="session")
def substrate_interface(node):
    """Runs Python `code` (a function body using `substrate`, a connected
    `substrateinterface.SubstrateInterface`, and `Keypair`, returning a JSON-able value) with
    py-substrate-interface 1.8.1 from `$SUBSTRATE_INTERFACE_PYTHON`; returns its answer. That
    client decodes errors and events by their position in the metadata's enums."""
    python = os.environ.get("SUBSTRATE_INTERFACE_PYTHON")
    if not python or not Path(python).is_file():
        pytest.fail("SUBSTRATE_INTERFACE_PYTHON must name a Python with substrate-interface 1.8.1")

    def run(code: str):
        program = (
            "import json\n"
            "from substrateinterface import SubstrateInterface, Keypair\n"
            f"substrate = SubstrateInterface(url={node.ws_url!r})\n"
            "def body():\n"
            + "".join(f"    {line}\n" for line in code.strip().splitlines())
            + "print(json.dumps(body(), default=str))\n"
        )
        result = subprocess.run(
            [python, "-c", program], capture_output=True, text=True, timeout=COMMAND_TIMEOUT
        )
        if result.returncode != 0:
            pytest.fail(f"substrate-interface failed:\n{result.stdout}\n{result.stderr}")
        return json.loads(result.stdout.strip().splitlines()[-1])

    return run
