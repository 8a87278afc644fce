"""The README's five-minute walkthrough, run as written: its btcli commands, against a fresh
`--dev --sealing 250` chain of their own (the walkthrough creates netuid 1, which the flows in
test_flows.py also use), then the epoch the README promises; then the section on validator
keys (a child key and a hotkey swap) on the same chain."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from conftest import COMMAND_TIMEOUT, SEALING_MS, start_node, stop_node

README = Path(__file__).resolve().parents[3] / "README.md"
SECTION = "## A subnet in five minutes"
KEYS_SECTION = "## Validator keys: child keys and a hotkey swap"
# How long the whole walkthrough may take (a dozen btcli commands, a few seconds each).
WALKTHROUGH_TIMEOUT = 10 * COMMAND_TIMEOUT


def walkthrough(section: str = SECTION) -> str:
    """The btcli block of a README section: its fenced bash block that calls btcli (the
    walkthrough's other one starts the node and installs the client)."""
    text = README.read_text()
    start = text.index(section)
    end = text.find("\n## ", start + len(section))
    blocks = re.findall(r"```bash\n(.*?)```", text[start:end], re.S)
    scripts = [block for block in blocks if "btcli" in block and "$B " in block]
    assert len(scripts) == 1, f"expected one btcli block in {section!r}, found {len(scripts)}"
    return scripts[0]


def test_the_readme_walkthrough_runs_as_written(tmp_path):
    script, keys = walkthrough(), walkthrough(KEYS_SECTION)
    assert "ws://127.0.0.1:9944" in script and "~/bt/bin/btcli" in script
    node = start_node(tmp_path, "readme", ["--dev", "--sealing", str(SEALING_MS)])
    try:
        # The README's node listens on 9944 and its btcli lives in ~/bt: this test's node
        # has a free port, and btcli is the one beside this Python.
        btcli = str(Path(sys.executable).parent / "btcli")
        script, keys = (
            text.replace("ws://127.0.0.1:9944", node.ws_url).replace("~/bt/bin/btcli", btcli)
            for text in (script, keys)
        )
        home = tmp_path / "home"
        home.mkdir()
        env = dict(os.environ, HOME=str(home), COLUMNS="200", NO_COLOR="1")
        def run(block: str) -> None:
            result = subprocess.run(
                ["bash", "-euo", "pipefail", "-c", block],
                env=env,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=WALKTHROUGH_TIMEOUT,
            )
            assert result.returncode == 0, (
                f"the walkthrough failed ({result.returncode}):\n{result.stdout[-4000:]}\n"
                f"{result.stderr[-4000:]}\nnode log:\n{node.log_tail(15)}"
            )

        run(script)

        def metagraph() -> dict:
            shown = subprocess.run(
                [str(Path(sys.executable).parent / "btcli"), "-n", node.ws_url,
                 "subnets", "metagraph", "1", "--json"],
                env=env, capture_output=True, text=True, timeout=COMMAND_TIMEOUT, check=True,
            )
            return json.loads(shown.stdout)

        # "Within the next 10 blocks the subnet's epoch pays Bob's miner its incentive and
        # Alice's validator its dividends."
        deadline = time.monotonic() + 60
        while True:
            graph = metagraph()
            if graph["incentives"][1] > 0:
                break
            assert time.monotonic() < deadline, f"no incentive for Bob's miner: {graph}"
            time.sleep(0.5)
        assert len(graph["hotkeys"]) == 2
        assert graph["dividends"][0] > 0 and graph["emission"][1] > 0, graph

        # The keys section: a child key for hk1, and Bob's miner moved to a new hotkey.
        run(keys)
        shown = subprocess.run(
            [btcli, "wallet", "show", "-w", "bob", "-H", "fresh", "--json"],
            env=env, capture_output=True, text=True, timeout=COMMAND_TIMEOUT, check=True,
        )
        assert metagraph()["hotkeys"][1] == json.loads(shown.stdout)["hotkey_ss58"]
    finally:
        stop_node(node)
