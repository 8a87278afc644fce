"""The drand pallet on the real node: its offchain worker fetches pulses from a relay on
127.0.0.1 (`--drand-relays`) serving recorded pulses of drand's quicknet, the pool verifies
them against quicknet's key and the blocks store them; a relay serving a forged pulse gets
nothing stored. The SDK reads what was stored.
"""

from __future__ import annotations

import http.server
import json
import shutil
import tempfile
import threading
import time
from pathlib import Path

import pytest

from conftest import SEALING_MS, sdk, start_node, stop_node

QUICKNET_HASH = "52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971"
# Recorded quicknet pulses: round -> (signature, randomness), as relays serve them.
RECORDED = {
    32285085: ("81dbce51d584d90d618547f4b50391d53ace6f6b9aeb8fb67e1879427af9d0310ac0ec6f519271d9a313ee84b378d416",
               "d42020c3c65a4ec6adda3a69fdd41a698f31b661859e0e00f1276580a41d67ce"),
    32285086: ("a64d99fd7fa3e48912be7209c7b69c72c88fc5224be2516949b6f29f3a4b7e3fa069dd58b2bbb4bf2c34ae61ef631a44",
               "13bfa6a42a5a93d0f642e8d4548c2a94ea71b39585f65fd2842e0484d58d5554"),
}
# How long the worker may take to bring the pulses into a block.
STORE_TIMEOUT = 60


class Relay:
    """A drand HTTP relay on 127.0.0.1 serving `pulses` (round -> (signature, randomness)):
    `/{chain hash}/public/{round}` and `/public/latest` (the newest); anything else is 404.
    Counts the requests it answered."""

    def __init__(self, pulses: dict[int, tuple[str, str]]):
        self.pulses = pulses
        self.answered = 0
        relay = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (the standard library's name)
                prefix = f"/{QUICKNET_HASH}/public/"
                which = self.path[len(prefix):] if self.path.startswith(prefix) else None
                round_ = max(relay.pulses) if which == "latest" else (
                    int(which) if which and which.isdigit() else None)
                if round_ not in relay.pulses:
                    self.send_error(404)
                    return
                signature, randomness = relay.pulses[round_]
                body = json.dumps({"round": round_, "randomness": randomness,
                                   "signature": signature}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                relay.answered += 1

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def node_with_relay(request):
    """A `--dev` node whose offchain worker fetches from a relay serving `request.param`."""
    relay = Relay(request.param)
    base = Path(tempfile.mkdtemp(prefix="node-subtensor-drand-"))
    running = None
    try:
        running = start_node(base, "drand", ["--dev", "--sealing", str(SEALING_MS),
                                             "--drand-relays", relay.url])
        running.wait_for_block(2)
        yield running, relay
    finally:
        if running is not None:
            stop_node(running)
        relay.close()
        shutil.rmtree(base, ignore_errors=True)


def stored(node) -> dict:
    """What the SDK reads of the Drand pallet: last and oldest round, the recorded pulses."""
    rounds = sorted(RECORDED)
    return sdk(node.ws_url, f"""
pulses = {{}}
for r in {rounds}:
    pulses[str(r)] = await client.query(("Drand", "Pulses"), [r])
return {{"last": await client.query(("Drand", "LastStoredRound"), []),
        "oldest": await client.query(("Drand", "OldestStoredRound"), []),
        "pulses": pulses}}
""")


@pytest.mark.parametrize("node_with_relay", [RECORDED], indirect=True)
def test_the_worker_stores_the_relays_quicknet_pulses(node_with_relay):
    node, relay = node_with_relay
    deadline = time.monotonic() + STORE_TIMEOUT
    state = stored(node)
    while state["last"] != 32285086:
        assert time.monotonic() < deadline, f"pulses not stored: {state}\n{node.log_tail()}"
        time.sleep(2)
        state = stored(node)
    assert state["oldest"] == 32285085
    for round_, (signature, randomness) in RECORDED.items():
        pulse = state["pulses"][str(round_)]
        assert pulse is not None, f"round {round_} missing"
        assert str(pulse["signature"]).removeprefix("0x") == signature
        assert str(pulse["randomness"]).removeprefix("0x") == randomness
    assert relay.answered >= 3  # latest, then each round


# A forged pulse: round 32285085's signature and randomness, claimed for round 32285086.
FORGED = {32285086: RECORDED[32285085]}


@pytest.mark.parametrize("node_with_relay", [FORGED], indirect=True)
def test_a_forged_pulse_is_never_stored(node_with_relay):
    node, relay = node_with_relay
    deadline = time.monotonic() + 20
    while relay.answered < 3 and time.monotonic() < deadline:
        time.sleep(0.5)
    assert relay.answered >= 3, "the worker never asked the relay twice"
    node.wait_for_block(node.best_block() + 8)
    state = stored(node)
    assert state["last"] == 0 and state["oldest"] == 0, state
    assert all(pulse is None for pulse in state["pulses"].values()), state
