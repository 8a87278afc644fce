"""The MEV shield on a three-validator local network (`--chain local-3`, 12 s Aura slots,
GRANDPA finality): each validator announces its own keys and rotates them after each of its
blocks (NextKey never repeats), and completes the shielded transactions sealed to it. Three SDK
`submit_shielded` transfers, sent one block apart from three accounts, land in blocks of all
three authors.
The test prints the latency from submission to the inner extrinsic's inclusion (run with
`-s` to see it).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import pytest

from conftest import sdk_answer, sdk_process, start_node, stop_node

VALIDATORS = ("alice", "bob", "charlie")
# Fixed network keys, so the others can name the first validator's peer id as bootnode.
NODE_KEYS = tuple(f"{index:064x}" for index in (1, 2, 3))
FIRST_PEER_ID = "12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp"
# Funded development accounts that are not validators, one per submission.
SENDERS = ("//Dave", "//Eve", "//Ferdie")
FERDIE = "5CiPPseXPECbkjWCa6MnjNokrgYjMqmKndv2rSnekmSK2DjL"


@pytest.fixture(scope="module")
def network():
    base = Path(tempfile.mkdtemp(prefix="node-subtensor-shield-network-"))
    nodes = []
    try:
        nodes.append(start_node(base, VALIDATORS[0],
                                ["--chain", "local-3", "--alice", "--node-key", NODE_KEYS[0]]))
        bootnode = f"/ip4/127.0.0.1/tcp/{nodes[0].p2p_port}/p2p/{FIRST_PEER_ID}"
        for name, node_key in zip(VALIDATORS[1:], NODE_KEYS[1:]):
            nodes.append(start_node(base, name, ["--chain", "local-3", f"--{name}",
                                                 "--node-key", node_key, "--bootnodes", bootnode]))
        yield nodes
    finally:
        for node in nodes:
            stop_node(node)
        shutil.rmtree(base, ignore_errors=True)


def aura_slot(node, block_hash: str) -> int:
    """The Aura slot in a block's pre-runtime digest (it names the author: slot mod 3)."""
    header = node.rpc("chain_getHeader", [block_hash])
    for log in header["digest"]["logs"]:
        # PreRuntime (0x06), engine "aura", 8 bytes (compact 0x20): the slot, little endian.
        if log.startswith("0x066175726120"):
            return int.from_bytes(bytes.fromhex(log[len("0x066175726120"):]), "little")
    raise AssertionError(f"no Aura slot in {header}")


def shielded_transfer(sender: str) -> str:
    return f"""
from bittensor.intents.transfer import Transfer
from bittensor.sp_core import Keypair
signer = Keypair.create_from_uri({sender!r})
started = time.monotonic()
result = await client.submit_shielded(Transfer(dest_ss58={FERDIE!r}, amount_tao=1), signer)
return {{"success": result.success, "error": str(result.error), "block_hash": result.block_hash,
        "extrinsic_id": result.extrinsic_id, "seconds": time.monotonic() - started,
        "shielded": result.data.get("shielded")}}
"""


def test_every_author_completes_shielded_transactions_in_its_slots(network):
    alice = network[0]
    # Every validator has announced a key once the first round of slots is through.
    alice.wait_for_block(4, timeout=180)
    processes = []
    for sender in SENDERS:
        head = alice.best_block()
        processes.append(sdk_process(alice.ws_url, shielded_transfer(sender)))
        alice.wait_for_block(head + 1, timeout=60)
    answers = [sdk_answer(process) for process in processes]
    for answer in answers:
        assert answer["success"] is True, answers
        assert answer["shielded"] is True, answers
    authors = {aura_slot(alice, answer["block_hash"]) % len(VALIDATORS) for answer in answers}
    assert authors == {0, 1, 2}, answers
    for answer in answers:
        print(f"shielded transfer: inner extrinsic {answer['extrinsic_id']} "
              f"{answer['seconds']:.1f} s after submission")

    # Keys rotate: each author announces a fresh key in each of its blocks, so over six blocks
    # (two rounds of three authors) NextKey never repeats; fixed keys would repeat after three.
    last = alice.best_block()
    keys = sdk_answer(sdk_process(alice.ws_url, f"""
keys = [await client.query(("MevShield", "NextKey"), [], block=number)
        for number in range({last - 5}, {last + 1})]
return [str(key) for key in keys]
"""))
    assert all(key not in ("None", "") for key in keys), keys
    assert len(set(keys)) == 6
