"""The drand pallet on the real node: its offchain worker fetches pulses from a relay on
127.0.0.1 (`--drand-relays`) serving recorded pulses of drand's quicknet, the pool verifies
them against quicknet's key and the blocks store them; a relay serving a forged pulse gets
nothing stored. The SDK reads what was stored.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import pytest

from conftest import SEALING_MS, sdk, start_node, stop_node
from drand_relay import RECORDED, Relay

# How long the worker may take to bring the pulses into a block.
STORE_TIMEOUT = 60


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
