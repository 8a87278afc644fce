"""The core flows through the clients, in the order a subnet developer meets them: keys and
balances, subnets, registrations, stake, serving and weights, the metagraph after an epoch,
polkadot.js, and bad inputs answered with the chain's named errors. The tests run in file
order on one node and build on the state the earlier ones left.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time

import pytest

from conftest import ALICE_SEED, ALICE_SS58, sdk
from drand_relay import RECORDED

# The subnet the flows create and use (root is 0; the dev chain starts without others).
NETUID = 1
# A second subnet, with commit-reveal left on, for the old btcli's hash commits.
COMMIT_NETUID = 2
# A routable address for axons (the chain refuses loopback addresses).
AXON_IP = "192.168.1.10"
# UIDs on subnet 1: Alice's hk1 (the owner, 0) and Bob (1) validate, Charlie (2) and Dave (3)
# mine. Both validators weight Dave three times Charlie.
VALIDATORS = (0, 1)
MINERS = (2, 3)
WEIGHTS = "0.25,0.75"


def tx(cli, *args: str) -> dict:
    """A mutating btcli command without prompts; its JSON answer must report success."""
    answer = cli.json("-n", cli.node.ws_url, "-y", *args)
    assert answer.get("success") is True, answer
    return answer


def fails(cli, *args: str) -> dict:
    """A btcli command that must fail; returns the error it reported (btcli writes JSON
    errors found before submitting to stderr, the chain's to stdout)."""
    result = cli.run("-n", cli.node.ws_url, "-y", *args, "--json", ok=False)
    assert result.returncode != 0 or result.stdout.strip(), result
    answer = json.loads(result.stdout.strip() or result.stderr)
    assert answer.get("success") is not True, answer
    return answer.get("error", answer)


def read(cli, *args: str):
    return cli.json("-n", cli.node.ws_url, *args)


def legacy(cli, *args: str) -> subprocess.CompletedProcess:
    """An old-btcli command (9.x flags) against the test node."""
    return cli.run(*args, "--network", cli.node.ws_url, "-y")


def metagraph(cli, netuid: int) -> dict:
    return read(cli, "subnets", "metagraph", str(netuid))


def wait_for_epoch(cli, netuid: int, timeout: float = 60) -> dict:
    """Waits until the subnet's next epoch ran; returns the metagraph after it."""
    first = metagraph(cli, netuid)["last_step"]
    deadline = time.monotonic() + timeout
    while True:
        graph = metagraph(cli, netuid)
        if graph["last_step"] != first:
            return graph
        assert time.monotonic() < deadline, f"no epoch on subnet {netuid} in {timeout} s"
        time.sleep(0.5)


def run_sdk(cli, code: str) -> dict:
    """Runs SDK `code` against the test node with the test wallets (see `conftest.sdk`)."""
    return sdk(cli.node.ws_url, code, cli.env())


@pytest.fixture(scope="module")
def keys(btcli, legacy_btcli) -> dict:
    """Alice from her seed, with hotkeys hk1 (owner of subnet 1) and hk2 (owner of subnet 2);
    Bob, Charlie and Dave with fresh keys. Returns {name: (coldkey, hotkey)}."""
    btcli.run("wallet", "regen-coldkey", "-w", "alice", "--seed", ALICE_SEED, "--no-password")
    for hotkey in ("hk1", "hk2"):
        btcli.run("wallet", "new-hotkey", "-w", "alice", "-H", hotkey)
    for name in ("bob", "charlie", "dave"):
        btcli.run("wallet", "create", "-w", name, "-H", "default", "--no-password")

    def shown(wallet: str, hotkey: str) -> tuple[str, str]:
        answer = btcli.json("wallet", "show", "-w", wallet, "-H", hotkey)
        return answer["coldkey_ss58"], answer["hotkey_ss58"]

    found = {
        "alice": shown("alice", "hk1"),
        "alice-hk2": shown("alice", "hk2"),
        "bob": shown("bob", "default"),
        "charlie": shown("charlie", "default"),
        "dave": shown("dave", "default"),
    }
    # The old btcli reads the same wallet files from its own home.
    shutil.copytree(btcli.home / ".bittensor", legacy_btcli.home / ".bittensor", dirs_exist_ok=True)
    return found


def test_keys_balance_and_transfer(btcli, keys):
    assert keys["alice"][0] == ALICE_SS58
    balance = read(btcli, "-w", "alice", "wallet", "balance")
    assert balance["free_tao"] == 1_000_000.0
    for name in ("bob", "charlie", "dave"):
        answer = tx(btcli, "-w", "alice", "wallet", "transfer", "--dest", keys[name][0], "--amount", "1000")
        assert answer["fee_tao"] > 0
    assert read(btcli, "-w", "bob", "wallet", "balance")["free_tao"] == 1000.0


def test_the_sdk_sees_fast_blocks_on_a_chain_sealed_every_250_ms(btcli):
    # The SDK times its waits (commit-reveal rounds, epochs, retries) by this block time.
    seen = sdk(btcli.node.ws_url, "return [await client.block_time(), await client.is_fast_blocks()]")
    assert seen == [0.25, True]


def test_subnets_create_list_show_start_and_hyperparameters(btcli, keys):
    created = tx(btcli, "-w", "alice", "-H", "hk1", "subnets", "create")
    assert created["data"]["netuid"] == NETUID
    created = tx(btcli, "-w", "alice", "-H", "hk2", "subnets", "create")
    assert created["data"]["netuid"] == COMMIT_NETUID

    listed = {row["netuid"]: row for row in read(btcli, "subnets", "list")}
    assert set(listed) == {0, NETUID, COMMIT_NETUID}
    assert listed[NETUID]["neurons"] == 1 and listed[NETUID]["tempo"] == 10
    shown = read(btcli, "subnets", "show", str(NETUID))
    assert (shown["owner_coldkey"], shown["owner_hotkey"]) == keys["alice"]

    for netuid in (NETUID, COMMIT_NETUID):
        tx(btcli, "-w", "alice", "hparams", "start", "--netuid", str(netuid))
    tx(btcli, "-w", "alice", "hparams", "set", "--netuid", str(NETUID),
       "--name", "commit_reveal_weights_enabled", "--value", "false")
    # New subnets take no fee-less proof-of-work registrations until their owner opens them.
    params = read(btcli, "hparams", "get", "--netuid", str(NETUID))
    assert params["network_pow_registration_allowed"] is False
    tx(btcli, "-w", "alice", "hparams", "set", "--netuid", str(NETUID),
       "--name", "network_pow_registration_allowed", "--value", "true")
    params = read(btcli, "hparams", "get", "--netuid", str(NETUID))
    assert params["commit_reveal_weights_enabled"] is False
    assert params["network_pow_registration_allowed"] is True
    assert params["tempo"] == 10
    assert read(btcli, "hparams", "get", "--netuid", str(COMMIT_NETUID))["commit_reveal_weights_enabled"] is True

    # Weights every block in these tests and a slower subnet 2 (root's settings, through the
    # SDK's raw call path).
    answer = run_sdk(btcli, f"""
alice = bt.Wallet(name="alice")
settings = [bt.calls.AdminUtils.sudo_set_weights_set_rate_limit(netuid=netuid, weights_set_rate_limit=0)
            for netuid in ({NETUID}, {COMMIT_NETUID})]
# Subnet 2's epochs 10 s apart (at 250 ms blocks): room to reveal within one epoch.
settings.append(bt.calls.AdminUtils.sudo_set_tempo(netuid={COMMIT_NETUID}, tempo=40))
# Subnet 1's validators stay active for 500 blocks (125 s) after they set weights: the
# default factor gives 138 blocks at tempo 10, less than a slow machine spends between the
# weights test and the metagraph test.
settings.append(bt.calls.AdminUtils.sudo_set_activity_cutoff_factor(netuid={NETUID},
                                                                   factor_milli=50000))
for call in settings:
    inner = await client.compose(call)
    result = await client.submit_call(bt.calls.Sudo.sudo(call=inner), alice, wait_for_finalization=False)
    assert result.success, result
return "ok"
""")
    assert answer == "ok"


def test_registration_by_pow_legacy_btcli_and_sdk(btcli, legacy_btcli, keys):
    # Bob: proof of work with the new btcli (free).
    answer = tx(btcli, "-w", "bob", "-H", "default", "subnets", "register", "--netuid", str(NETUID),
                "--pow", "--pow-backend", "cpu", "--pow-workers", "1")
    assert answer["fee_tao"] == 0
    # Charlie: the old btcli's burned registration with a price limit (register_limit).
    legacy(legacy_btcli, "subnets", "register", "--wallet-name", "charlie", "--hotkey", "default",
           "--netuid", str(NETUID))
    # Dave: the new btcli's burned registration, which it only submits MEV-shielded (sealed to
    # MevShield.NextKey; the block author places the opened extrinsic after the carrier).
    answer = tx(btcli, "-w", "dave", "-H", "default", "subnets", "register", "--netuid", str(NETUID))
    assert answer["data"]["shielded"] is True, answer
    graph = metagraph(btcli, NETUID)
    assert graph["hotkeys"] == [keys[name][1] for name in ("alice", "bob", "charlie", "dave")]
    assert graph["coldkeys"][1:] == [keys[name][0] for name in ("bob", "charlie", "dave")]


def test_the_legacy_btcli_names_a_closed_registration(btcli, legacy_btcli, keys):
    # After a refused registration btcli 9.x reads the interval facts (LastAdjustmentBlock among
    # them) to say why.
    def allow(allowed: bool) -> None:
        answer = run_sdk(btcli, f"""
alice = bt.Wallet(name="alice")
inner = await client.compose(bt.calls.AdminUtils.sudo_set_network_registration_allowed(
    netuid={NETUID}, registration_allowed={allowed}))
result = await client.submit_call(bt.calls.Sudo.sudo(call=inner), alice, wait_for_finalization=False)
assert result.success, result
return "ok"
""")
        assert answer == "ok"

    allow(False)
    try:
        result = legacy_btcli.run("subnets", "register", "--wallet-name", "alice", "--hotkey", "hk2",
                                  "--netuid", str(NETUID), "--network", legacy_btcli.node.ws_url,
                                  "-y", ok=False)
        output = result.stdout + result.stderr
        assert f"Registration to subnet {NETUID} is not allowed" in output, output
    finally:
        allow(True)
    graph = metagraph(btcli, NETUID)
    assert keys["alice-hk2"][1] not in graph["hotkeys"]


def test_staking_take_and_overview(btcli, keys):
    alice_hotkey, bob_hotkey = keys["alice"][1], keys["bob"][1]

    def alice_free() -> float:
        return read(btcli, "-w", "alice", "wallet", "balance")["free_tao"]

    # MEV-shielded (btcli's default), with slippage protection (the default) and without.
    tx(btcli, "-w", "alice", "-H", "hk1", "stake", "add",
       "--netuid", str(NETUID), "--amount", "10")
    tx(btcli, "-w", "bob", "-H", "default", "stake", "add",
       "--netuid", str(NETUID), "--amount", "50", "--no-slippage-protection")
    positions = {row["hotkey"]: row for row in read(btcli, "-w", "alice", "stake", "list")}
    assert positions[alice_hotkey]["netuid"] == NETUID
    assert positions[alice_hotkey]["stake_amount"] > 9

    free = alice_free()
    tx(btcli, "-w", "alice", "-H", "hk1", "stake", "remove",
       "--netuid", str(NETUID), "--amount", "2")
    assert 1.5 < alice_free() - free < 2.5
    tx(btcli, "-w", "alice", "stake", "move", "--origin-hotkey", alice_hotkey,
       "--origin-netuid", str(NETUID), "--dest-hotkey", bob_hotkey, "--dest-netuid", str(NETUID),
       "--amount", "1")
    tx(btcli, "-w", "alice", "-H", "hk1", "hparams", "set-take", "--take", "0.1")
    assert read(btcli, "hparams", "get-take", "--hotkey", alice_hotkey)["take"] == pytest.approx(0.1, abs=1e-4)

    overview = read(btcli, "-w", "alice", "wallet", "overview")
    stakes = {(row["netuid"], row["hotkey"]): row for row in overview[0]["stakes"]}
    # Her own hotkeys (each subnet's lock is staked to its owner hotkey) and Bob's.
    assert set(stakes) == {(NETUID, alice_hotkey), (NETUID, bob_hotkey), (COMMIT_NETUID, keys["alice-hk2"][1])}
    assert stakes[(NETUID, bob_hotkey)]["stake_amount"] > 0.95


def test_sdk_submit_shielded_resolves_the_inner_extrinsic(btcli, keys):
    answer = run_sdk(btcli, f"""
from bittensor.intents.staking import AddStake
charlie = bt.Wallet(name="charlie", hotkey="default")
intent = AddStake(hotkey_ss58={keys["bob"][1]!r}, netuid={NETUID}, amount_tao=3)
started = time.monotonic()
result = await client.submit_shielded(intent, charlie)
return {{"success": result.success, "error": str(result.error), "data": result.data,
        "extrinsic_id": result.extrinsic_id, "seconds": time.monotonic() - started}}
""")
    # The latency from submission to the inner extrinsic's inclusion (`-s` shows it).
    print(f"shielded stake on the dev chain: inner extrinsic {answer['extrinsic_id']} "
          f"{answer['seconds']:.2f} s after submission")
    assert answer["success"] is True, answer
    assert answer["data"]["shielded"] is True
    assert answer["data"]["inner_extrinsic_hash"].startswith("0x")
    stakes = {(row["netuid"], row["hotkey"]) for row in read(btcli, "-w", "charlie", "stake", "list")}
    assert (NETUID, keys["bob"][1]) in stakes


def test_a_carrier_sealed_to_a_key_no_author_holds_waits_in_the_pool_until_its_era_ends(btcli):
    # A well-formed envelope naming another key (its key hash zeroed), as one sealed to a key
    # that rotated away: no author opens it, so none includes it; its era of 8 blocks ends.
    answer = run_sdk(btcli, """
import bittensor_core
from bittensor.sp_core import Keypair
ferdie = Keypair.create_from_uri("//Ferdie")
value = await client.query(("MevShield", "NextKey"), [])
key = bytes.fromhex(value.removeprefix("0x")) if isinstance(value, str) else bytes(value)
sealed = bytes(bittensor_core.encrypt_mlkem768(key, b"sealed to a key nobody holds", True))
foreign = bytes(16) + sealed[16:]
# The era starts at the finalized head the SDK signs against: this one or a later one.
finalized = await client.finalized_block()
result = await client.submit_call(bt.calls.MevShield.submit_encrypted(ciphertext=foreign), ferdie,
                                  period=8, wait_for_inclusion=False, wait_for_finalization=False)
return {"success": result.success, "error": str(result.error), "address": ferdie.ss58_address,
        "finalized": finalized}
""")
    assert answer["success"] is True, answer
    node = btcli.node
    submitted_at = node.best_block()
    node.wait_for_block(submitted_at + 3)
    assert len(node.rpc("author_pendingExtrinsics")) == 1, "the carrier waits in the pool"
    deadline = time.monotonic() + 60
    while node.rpc("author_pendingExtrinsics"):
        assert time.monotonic() < deadline, "the carrier outlived its era"
        time.sleep(0.5)
    # Its era of 8 blocks began at or after the finalized head B read before signing, so it
    # covers blocks B..B+7; the pool drops it when it revalidates for block B+8, that is once
    # B+7 is the best block (a loaded machine reads `submitted_at` blocks later, so that is no
    # measure of the era).
    assert node.best_block() >= answer["finalized"] + 7
    # Never included: Ferdie's nonce did not move.
    assert node.rpc("system_accountNextIndex", [answer["address"]]) == 0


def test_axon_and_weights_from_both_clis_and_the_sdk(btcli, legacy_btcli, keys):
    tx(btcli, "-w", "bob", "-H", "default", "misc", "axon", "set", "--netuid", str(NETUID),
       "--ip", AXON_IP, "--port", "8091")
    uids = ",".join(str(uid) for uid in MINERS)
    for wallet, hotkey in (("alice", "hk1"), ("bob", "default")):
        answer = tx(btcli, "-w", wallet, "-H", hotkey, "misc", "weights", "set",
                    "--netuid", str(NETUID), "--uids", uids, "--weights", WEIGHTS)
        assert answer["fee_tao"] == 0
    # The SDK's blocking helper, which waits for finality.
    answer = run_sdk(btcli, f"""
result = await asyncio.to_thread(
    bt.set_weights, {NETUID}, {{{MINERS[0]}: 0.25, {MINERS[1]}: 0.75}},
    wallet="alice", hotkey="hk1", network=URL)
return result.success
""")
    assert answer is True

    # A hash commit, revealed in the next epoch (subnet 2 keeps commit-reveal on), through the
    # SDK's raw calls: the old btcli's `weights commit` stops before submitting (it looks up a
    # storage item named `get_commit_reveal_weights_enabled`, which no chain has).
    before = metagraph(btcli, COMMIT_NETUID)
    answer = run_sdk(btcli, f"""
import hashlib, struct
alice = bt.Wallet(name="alice", hotkey="hk2")
uids, values, salt, version = [0], [65535], [7, 8, 9], 0
def vec_u16(items):
    return bytes([len(items) * 4]) + b"".join(struct.pack("<H", x) for x in items)
preimage = (bytes(alice.hotkey.public_key) + struct.pack("<H", {COMMIT_NETUID})
            + vec_u16(uids) + vec_u16(values) + vec_u16(salt) + struct.pack("<Q", version))
commit_hash = "0x" + hashlib.blake2b(preimage, digest_size=32).hexdigest()
commit = bt.calls.SubtensorModule.commit_weights(netuid={COMMIT_NETUID}, commit_hash=commit_hash)
committed = await client.submit_call(commit, alice, signer="hotkey", wait_for_finalization=False)
if not committed.success:
    return {{"committed": False, "error": str(committed.error)}}
# The reveal opens with the subnet's next epoch.
epoch = ("SubtensorModule", "LastEpochBlock")
first = await client.query(epoch, [{COMMIT_NETUID}])
for _ in range(240):
    if await client.query(epoch, [{COMMIT_NETUID}]) != first:
        break
    await asyncio.sleep(0.25)
reveal = bt.calls.SubtensorModule.reveal_weights(
    netuid={COMMIT_NETUID}, uids=uids, values=values, salt=salt, version_key=version)
revealed = await client.submit_call(reveal, alice, signer="hotkey", wait_for_finalization=False)
return {{"committed": True, "revealed": revealed.success, "error": str(revealed.error)}}
""")
    assert answer["committed"] and answer["revealed"], answer
    graph = metagraph(btcli, COMMIT_NETUID)
    assert graph["last_update"][0] > before["last_update"][0]

    # And a slower tempo for subnet 2, read back.
    tx(btcli, "-w", "alice", "hparams", "set", "--netuid", str(COMMIT_NETUID), "--name", "tempo",
       "--value", "360")
    tx(btcli, "-w", "alice", "hparams", "set", "--netuid", str(COMMIT_NETUID), "--name",
       "activity_cutoff_factor", "--value", "2000")
    params = read(btcli, "hparams", "get", "--netuid", str(COMMIT_NETUID))
    assert (params["tempo"], params["activity_cutoff_factor"]) == (360, 2000), params


def root_sets(cli, **calls: dict) -> None:
    """Root (Alice, through `Sudo`) calls `AdminUtils.<name>(**arguments)` for each item."""
    answer = run_sdk(cli, f"""
alice = bt.Wallet(name="alice")
for name, arguments in {calls!r}.items():
    inner = await client.compose(getattr(bt.calls.AdminUtils, name)(**arguments))
    result = await client.submit_call(bt.calls.Sudo.sudo(call=inner), alice, wait_for_finalization=False)
    assert result.success, result
return "ok"
""")
    assert answer == "ok"


def test_btclis_default_weights_path_commits_timelocked_and_the_chain_opens_it(btcli, drand_relay, keys):
    # On subnet 2 commit-reveal is on: `btcli weights set` then commits the weights encrypted to
    # the drand round due about one epoch later, and the chain opens them itself once that
    # round's pulse is stored. The node's relay has served none so far. Epochs 5 s apart here.
    # A timelocked commitment field opens the same way.
    hotkey = keys["alice-hk2"][1]
    root_sets(btcli, sudo_set_tempo={"netuid": COMMIT_NETUID, "tempo": 20})
    try:
        answer = tx(btcli, "-w", "alice", "-H", "hk2", "misc", "weights", "set",
                    "--netuid", str(COMMIT_NETUID), "--uids", "0", "--weights", "1")
        assert answer["fee_tao"] == 0
        pending = run_sdk(btcli, f"return await client.read('timelocked_weight_commits', netuid={COMMIT_NETUID})")
        rounds = [commit["reveal_round"] for commits in pending.values() for commit in commits
                  if commit["hotkey"] == hotkey]
        # Today's quicknet rounds, far past the recorded ones.
        assert len(rounds) == 1 and rounds[0] > max(RECORDED), pending

        # The same weights sealed by the SDK's library to a recorded round, committed with the
        # call btcli uses; then the relay serves that round's pulse.
        committed = run_sdk(btcli, f"""
import struct, bittensor_core as core
alice = bt.Wallet(name="alice", hotkey="hk2")
def vec_u16(items):
    return bytes([len(items) * 4]) + b"".join(struct.pack("<H", x) for x in items)
payload = bytes([32 * 4]) + bytes(alice.hotkey.public_key) + vec_u16([0]) + vec_u16([65535]) + struct.pack("<Q", 0)
sealed, reveal_round = core.encrypt_at_round(payload, {max(RECORDED)})
commit = bt.calls.SubtensorModule.commit_timelocked_mechanism_weights(
    netuid={COMMIT_NETUID}, mecid=0, commit=core.inner_ciphertext(sealed),
    reveal_round=reveal_round, commit_reveal_version=4)
result = await client.submit_call(commit, alice, signer="hotkey", wait_for_finalization=False)
# And a commitment with a timelocked field for the same round.
sealed, _ = core.encrypt_at_round(b"hello drand", {max(RECORDED)})
info = {{"fields": [{{"TimelockEncrypted": {{"encrypted": core.inner_ciphertext(sealed),
                                             "reveal_round": {max(RECORDED)}}}}}]}}
published = await client.submit_call(bt.calls.Commitments.set_commitment(netuid={COMMIT_NETUID}, info=info),
                                     alice, signer="hotkey", wait_for_finalization=False)
return {{"ok": result.success, "error": str(result.error), "published": published.success,
        "publish_error": str(published.error), "block": await client._substrate.block_number()}}
""")
        assert committed["ok"] and committed["published"], committed
        drand_relay.pulses = dict(RECORDED)
        opened = run_sdk(btcli, f"""
events = []
for _ in range(240):
    commits = await client.read("timelocked_weight_commits", netuid={COMMIT_NETUID})
    waiting = [c for rows in commits.values() for c in rows if c["reveal_round"] == {max(RECORDED)}]
    if not waiting:
        break
    await asyncio.sleep(0.25)
head = await client._substrate.block_number()
for number in range({committed["block"]}, head + 1):
    for record in await client._substrate.events(await client._substrate.block_hash(number)):
        text = str(record)
        if "TimelockedWeights" in text:
            events.append(text)
revealed = await client.query(("Commitments", "RevealedCommitments"), [{COMMIT_NETUID}, "{hotkey}"])
return {{"waiting": waiting, "events": events, "revealed": revealed,
        "last_round": await client.query(("Drand", "LastStoredRound"), [])}}
""")
        assert opened["last_round"] == max(RECORDED), opened
        assert opened["waiting"] == [], opened
        revealed = [event for event in opened["events"] if "TimelockedWeightsRevealed" in event]
        assert len(revealed) == 1 and hotkey in revealed[0], opened
        # The commitment opened too (within the same wait: a commitment opens in the block
        # after its pulse is stored).
        assert opened["revealed"] and "hello drand" in str(opened["revealed"]), opened
    finally:
        root_sets(btcli, sudo_set_tempo={"netuid": COMMIT_NETUID, "tempo": 360})


def test_metagraph_after_an_epoch(btcli, polkadot_js, keys):
    before = metagraph(btcli, NETUID)
    graph = wait_for_epoch(btcli, NETUID)
    graph = wait_for_epoch(btcli, NETUID)
    charlie, dave = MINERS
    assert graph["incentives"][dave] > 0 and graph["incentives"][charlie] > 0
    assert abs(graph["incentives"][dave] / graph["incentives"][charlie] - 3) < 0.05
    for validator in VALIDATORS:
        assert graph["dividends"][validator] > 0
        assert graph["alpha_stake"][validator] > before["alpha_stake"][validator]
    assert graph["axons"][1]["port"] == 8091
    # The SDK's metagraph agrees with btcli's, and shows what Dave's hotkey published (free).
    sdk = run_sdk(btcli, f"""
dave = bt.Wallet(name="dave", hotkey="default")
info = {{"fields": [{{"Raw13": b"10.0.0.1:8091"}}]}}
published = await client.submit_call(bt.calls.Commitments.set_commitment(netuid={NETUID}, info=info),
                                     dave, signer="hotkey", wait_for_finalization=False)
assert published.success, published.error
graph = await client.subnets.metagraph({NETUID})
return {{"block": graph.block, "hotkeys": [n.hotkey for n in graph.neurons],
        "incentive": [n.incentive for n in graph.neurons],
        "commitments": [n.commitment.data if n.commitment else None for n in graph.neurons]}}
""")
    assert sdk["hotkeys"] == graph["hotkeys"]
    assert sdk["incentive"][dave] > sdk["incentive"][charlie] > 0
    assert sdk["commitments"] == [None, None, None, "10.0.0.1:8091"]
    # And both agree with the storage polkadot.js reads at the metagraph's block.
    latest = metagraph(btcli, NETUID)
    storage = polkadot_js("storage", str(NETUID), str(latest["block"]))
    assert storage["lastStep"] == latest["last_step"]
    assert storage["hotkeys"] == latest["hotkeys"]
    assert storage["incentive"] == latest["incentives"]
    assert storage["dividends"] == latest["dividends"]
    assert storage["emission"] == latest["emission"]


def legacy_json(cli, *args: str):
    """An old-btcli command with `--json-output` against the test node; its parsed answer (an
    empty answer, btcli 9.x's way of failing in JSON mode, fails the test)."""
    result = cli.run(*args, "--network", cli.node.ws_url, "--json-output")
    assert result.stdout.strip(), f"no JSON from {args}:\n{result.stderr}"
    # btcli 9.x prints its one-line JSON through a console that wraps it at the terminal width.
    return json.loads(result.stdout.replace("\n", ""))


def test_the_legacy_btcli_lists_shows_stakes_and_reads_the_metagraph(btcli, legacy_btcli, keys):
    charlie_hotkey = keys["charlie"][1]
    listed = legacy_json(legacy_btcli, "subnets", "list")["subnets"]
    assert {"0", str(NETUID), str(COMMIT_NETUID)} <= set(listed), listed
    # `subnets show` and `subnets metagraph` also read the lock aggregates and rates
    # (HotkeyLock, OwnerLock, MaturityRate, ...): nothing is locked on this chain.
    shown = legacy_json(legacy_btcli, "subnets", "show", "--netuid", str(NETUID), "--no-prompt")
    assert shown["netuid"] == NETUID and shown["owner"] == keys["alice"][0], shown
    rows = {row["hotkey"]: row for row in shown["uids"]}
    assert set(rows) == {keys[name][1] for name in ("alice", "bob", "charlie", "dave")}, rows
    assert all(row["locked_perpetual_rao"] == 0 for row in rows.values()), rows
    assert rows[keys["dave"][1]]["incentive"] > rows[charlie_hotkey]["incentive"] > 0, rows
    # `subnets metagraph` is btcli 9.x's alias of `subnets show`.
    graph = legacy_json(legacy_btcli, "subnets", "metagraph", "--netuid", str(NETUID), "--no-prompt")
    assert {row["hotkey"] for row in graph["uids"]} == set(rows), graph

    # Charlie stakes on his own miner and takes part of it back (no price limit: --unsafe).
    staked = legacy_json(legacy_btcli, "stake", "add", "--netuid", str(NETUID), "--amount", "5",
                         "--wallet-name", "charlie", "--hotkey", "default", "--unsafe", "--no-prompt")
    assert staked["staking_success"][str(NETUID)][charlie_hotkey] is True, staked

    info = legacy_json(legacy_btcli, "stake", "list", "--wallet-name", "charlie", "--no-prompt")
    [row] = [row for row in info["stake_info"][charlie_hotkey] if row["netuid"] == NETUID]
    assert row["stake_value"] > 4, row

    # His stake grows with his incentive every epoch, so the removal shows in his balance: 2 alpha
    # at the pool's rate (TAO per alpha) less the swap's fee and slippage.
    def charlie_free() -> float:
        return read(btcli, "-w", "charlie", "wallet", "balance")["free_tao"]

    free = charlie_free()
    removed = legacy_json(legacy_btcli, "stake", "remove", "--netuid", str(NETUID), "--amount", "2",
                          "--wallet-name", "charlie", "--hotkey", "default", "--unsafe", "--no-prompt")
    assert [row["success"] for row in removed] == [True], removed
    assert 0.8 * 2 * row["rate"] < charlie_free() - free < 2 * row["rate"], row


def test_polkadot_js_reads_storage_and_submits_a_call(polkadot_js):
    seen = polkadot_js("submit")
    assert seen["specName"] == "node-subtensor"
    assert "SubtensorModule" in seen["pallets"] and "AdminUtils" in seen["pallets"]
    assert seen["rootSymbol"] == "\u03a4" and seen["rootAdded"] is True
    assert "system.ExtrinsicSuccess" in seen["events"]
    assert seen["owner"] == seen["alice"]


def test_bad_inputs_get_named_chain_errors(btcli, keys):
    started = time.monotonic()
    error = fails(btcli, "-w", "alice", "-H", "hk1", "misc", "weights", "set",
                  "--netuid", str(NETUID), "--uids", "77", "--weights", "1")
    assert "UidVecContainInvalidOne" in json.dumps(error) or "77" in json.dumps(error)
    # Shielded: the carrier is included, the opened stake fails, and btcli reports the
    # chain's error of the inner extrinsic.
    error = fails(btcli, "-w", "bob", "-H", "default", "stake", "add",
                  "--netuid", str(NETUID), "--amount", "1000000", "--no-slippage-protection")
    assert error["name"] == "NotEnoughBalanceToStake"
    # No subnet 9: btcli stops before mining (the chain reports PoW closed there)...
    error = fails(btcli, "-w", "bob", "-H", "default", "subnets", "register", "--netuid", "9",
                  "--pow", "--pow-backend", "cpu", "--pow-workers", "1")
    assert "enable PoW registration" in json.dumps(error)
    # ...and a submitted registration there gets the chain's named error.
    answer = run_sdk(btcli, """
bob = bt.Wallet(name="bob", hotkey="default")
call = bt.calls.SubtensorModule.burned_register(netuid=9, hotkey=bob.hotkey.ss58_address)
result = await client.submit_call(call, bob, wait_for_finalization=False)
return {"success": result.success, "error": getattr(result.error, "name", str(result.error))}
""")
    assert answer == {"success": False, "error": "SubnetNotExists"}, answer
    assert time.monotonic() - started < 60


def test_positional_decoders_name_the_chains_errors(substrate_interface, keys):
    # py-substrate-interface names an error by its index in the metadata: every pallet's error
    # enum must be the reference's, gap-free, for these names to come out right.
    answer = substrate_interface(f"""
alice = Keypair.create_from_uri("//Alice")
def failure(module, function, params):
    call = substrate.compose_call(module, function, params)
    extrinsic = substrate.create_signed_extrinsic(call=call, keypair=alice)
    receipt = substrate.submit_extrinsic(extrinsic, wait_for_inclusion=True)
    return None if receipt.is_success else receipt.error_message["name"]
hk1 = "{keys['alice'][1]}"
return {{
    "registered_again": failure("SubtensorModule", "burned_register",
                                {{"netuid": {NETUID}, "hotkey": hk1}}),
    "stake_of_one_rao": failure("SubtensorModule", "add_stake",
                                {{"hotkey": hk1, "netuid": {NETUID}, "amount_staked": 1}}),
    "no_such_subnet": failure("SubtensorModule", "burned_register",
                              {{"netuid": 99, "hotkey": hk1}}),
    "owner_average_too_high": failure("AdminUtils", "sudo_set_bonds_moving_average",
                                      {{"netuid": {NETUID}, "bonds_moving_average": 980000}}),
}}
""")
    assert answer == {
        "registered_again": "HotKeyAlreadyRegisteredInSubNet",
        "stake_of_one_rao": "AmountTooLow",
        "no_such_subnet": "SubnetNotExists",
        "owner_average_too_high": "BondsMovingAverageMaxReached",
    }, answer


def test_child_keys_set_get_take_and_refusals(btcli, keys):
    # Last in the file: lending hk1's stake weight to Bob changes the later epochs' payouts.
    alice_hotkey, bob_hotkey = keys["alice"][1], keys["bob"][1]
    # Root shortens the cooldown so that the set applies at subnet 1's next epoch.
    answer = run_sdk(btcli, """
alice = bt.Wallet(name="alice")
inner = await client.compose(bt.calls.SubtensorModule.set_pending_childkey_cooldown(cooldown=0))
result = await client.submit_call(bt.calls.Sudo.sudo(call=inner), alice, wait_for_finalization=False)
assert result.success, result
return "ok"
""")
    assert answer == "ok"

    def children_of(hotkey: str) -> list:
        return read(btcli, "stake", "child", "get", "--netuid", str(NETUID), "--hotkey", hotkey)["children"]

    # hk1 owns subnet 1, so it needs no stake threshold to lend half its weight to Bob.
    tx(btcli, "-w", "alice", "-H", "hk1", "stake", "child", "set", "--netuid", str(NETUID),
       "--children", json.dumps([[0.5, bob_hotkey]]))
    deadline = time.monotonic() + 30
    while not children_of(alice_hotkey):
        assert time.monotonic() < deadline, "the children never applied"
        time.sleep(0.5)
    [(proportion, child)] = children_of(alice_hotkey)
    assert child == bob_hotkey and abs(proportion / 2**64 - 0.5) < 1e-9

    # Bob, the child, sets his take within the bounds; above them the chain refuses by name.
    tx(btcli, "-w", "bob", "-H", "default", "stake", "child", "take", "--netuid", str(NETUID), "--take", "0.05")
    error = fails(btcli, "-w", "bob", "-H", "default", "stake", "child", "take",
                  "--netuid", str(NETUID), "--take", "0.5")
    assert "InvalidChildkeyTake" in json.dumps(error), error
    # A new set (a revocation too) waits 150 blocks after the last one.
    error = fails(btcli, "-w", "alice", "-H", "hk1", "stake", "child", "revoke", "--netuid", str(NETUID))
    assert "TxRateLimitExceeded" in json.dumps(error), error
    assert children_of(alice_hotkey) == [[proportion, bob_hotkey]]


def test_hotkey_swap_hands_a_neuron_and_what_it_published_to_a_new_hotkey(btcli, keys):
    # After the child keys: Dave's miner goes on at its UID under a new hotkey.
    dave_hotkey = keys["dave"][1]
    btcli.run("wallet", "new-hotkey", "-w", "dave", "-H", "fresh")
    fresh = btcli.json("wallet", "show", "-w", "dave", "-H", "fresh")["hotkey_ss58"]
    dave = MINERS[1]
    assert metagraph(btcli, NETUID)["hotkeys"][dave] == dave_hotkey

    # The same key is refused by name before anything is paid.
    error = fails(btcli, "-w", "dave", "-H", "default", "wallet", "swap-hotkey",
                  "--new-hotkey", dave_hotkey, "--netuid", str(NETUID))
    assert "NewHotKeyIsSameWithOld" in json.dumps(error), error
    tx(btcli, "-w", "dave", "-H", "default", "wallet", "swap-hotkey",
       "--new-hotkey", fresh, "--netuid", str(NETUID))

    graph = metagraph(btcli, NETUID)
    assert graph["hotkeys"][dave] == fresh and dave_hotkey not in graph["hotkeys"]
    # The SDK sees the neuron's commitment under the new hotkey; the old hotkey stays Dave's
    # (a swap on one subnet leaves its other subnets to it).
    answer = run_sdk(btcli, f"""
graph = await client.subnets.metagraph({NETUID})
owner = await client.read("hotkey_owner", hotkey_ss58="{dave_hotkey}")
return {{"hotkey": graph.neurons[{dave}].hotkey, "owner": owner,
        "commitment": graph.neurons[{dave}].commitment.data if graph.neurons[{dave}].commitment else None}}
""")
    assert answer == {"hotkey": fresh, "owner": keys["dave"][0], "commitment": "10.0.0.1:8091"}, answer
    # A second swap waits out the coldkey's rate limit.
    error = fails(btcli, "-w", "dave", "-H", "fresh", "wallet", "swap-hotkey",
                  "--new-hotkey", dave_hotkey, "--netuid", str(NETUID))
    assert "HotKeySetTxRateLimitExceeded" in json.dumps(error), error


def test_coldkey_swap_announce_wait_and_swap(btcli, keys):
    # Root shortens the delays: the announced swap is executable 200 blocks (50 s) later.
    answer = run_sdk(btcli, """
alice = bt.Wallet(name="alice")
for call in (bt.calls.AdminUtils.sudo_set_coldkey_swap_announcement_delay(duration=200),
             bt.calls.AdminUtils.sudo_set_coldkey_swap_reannouncement_delay(duration=5)):
    inner = await client.compose(call)
    result = await client.submit_call(bt.calls.Sudo.sudo(call=inner), alice, wait_for_finalization=False)
    assert result.success, result
return "ok"
""")
    assert answer == "ok"
    for name in ("erin", "frank"):
        btcli.run("wallet", "create", "-w", name, "-H", "default", "--no-password")
    erin = btcli.json("wallet", "show", "-w", "erin", "-H", "default")["coldkey_ss58"]
    frank = btcli.json("wallet", "show", "-w", "frank", "-H", "default")["coldkey_ss58"]
    tx(btcli, "-w", "alice", "wallet", "transfer", "--dest", erin, "--amount", "50")

    tx(btcli, "-w", "erin", "wallet", "announce-coldkey-swap", "--new-coldkey", frank)
    status = read(btcli, "wallet", "swap-check", "--coldkey", erin)
    assert status, status
    # While the swap is announced the coldkey moves no funds: the pool refuses the transfer.
    error = fails(btcli, "-w", "erin", "wallet", "transfer", "--dest", frank, "--amount", "1")
    assert "ColdkeySwapAnnounced" in json.dumps(error), error
    assert read(btcli, "-w", "frank", "wallet", "balance")["free_tao"] == 0
    # Too early, then after the delay.
    error = fails(btcli, "-w", "erin", "wallet", "swap-coldkey", "--new-coldkey", frank)
    assert "ColdkeySwapTooEarly" in json.dumps(error), error
    deadline = time.monotonic() + 90
    while True:
        result = btcli.run("-n", btcli.node.ws_url, "-y", "-w", "erin", "wallet", "swap-coldkey",
                           "--new-coldkey", frank, "--json", ok=False)
        answer = json.loads(result.stdout.strip() or result.stderr)
        if answer.get("success") is True:
            break
        assert "ColdkeySwapTooEarly" in json.dumps(answer), answer
        assert time.monotonic() < deadline, "the swap never became executable"
        time.sleep(5)
    # Erin's 50 TAO, less the announcement's 0.1 TAO and the fees, are Frank's now.
    assert 45 < read(btcli, "-w", "frank", "wallet", "balance")["free_tao"] < 49.9
    assert read(btcli, "-w", "erin", "wallet", "balance")["free_tao"] == 0


def test_null_consensus_pays_by_the_owners_weights_and_the_sdk_switches_back(btcli, keys):
    owner_uid, bob_uid = VALIDATORS
    charlie, dave = MINERS
    tx(btcli, "-w", "alice", "hparams", "set", "--netuid", str(NETUID),
       "--name", "epoch_consensus", "--value", "Null")
    params = read(btcli, "hparams", "get", "--netuid", str(NETUID))
    assert params["epoch_consensus"] in (1, "Null"), params
    # Under Null only the owner's validator (hk1) weights count: it now favours Charlie 3:1,
    # while Bob's row (Dave 3:1) stays stored and is ignored.
    tx(btcli, "-w", "alice", "-H", "hk1", "misc", "weights", "set", "--netuid", str(NETUID),
       "--uids", f"{charlie},{dave}", "--weights", "0.75,0.25")
    wait_for_epoch(btcli, NETUID)
    graph = wait_for_epoch(btcli, NETUID)
    assert abs(graph["incentives"][charlie] / graph["incentives"][dave] - 3) < 0.01, graph
    assert graph["dividends"][owner_uid] > 0 and graph["dividends"][bob_uid] == 0, graph
    assert graph["validator_permit"][owner_uid] and not graph["validator_permit"][bob_uid]
    # The SDK's hyperparameter tool switches back; Yuma's permit count returns.
    answer = run_sdk(btcli, f"""
alice = bt.Wallet(name="alice")
result = await client.execute_tool(
    "set_hyperparameter", {{"netuid": {NETUID}, "name": "epoch_consensus", "value": "Yuma"}}, alice)
assert result.success, result
mode = await client.query(("SubtensorModule", "SubnetEpochConsensus"), [{NETUID}])
permits = await client.query(("SubtensorModule", "MaxAllowedValidators"), [{NETUID}])
return {{"mode": str(mode), "permits": int(permits)}}
""")
    assert answer["mode"] in ("Yuma", "0", "{'Yuma': None}"), answer
    assert answer["permits"] > 1, answer


def test_the_sdks_basket_reads_answer_that_no_validator_runs_a_basket(btcli, keys):
    hotkey = keys["alice"][1]
    answer = run_sdk(btcli, f"""
summary = await client.read("validator_basket_summary", hotkey_ss58="{hotkey}")
return {{
    "holdings": await client.read("validator_basket", hotkey_ss58="{hotkey}"),
    "nav": (await client.read("validator_basket_nav", hotkey_ss58="{hotkey}")).rao,
    "total": (await client.read("root_basket_total_nav")).rao,
    "all": await client.read("root_baskets"),
    "summary_nav": summary["nav_tao"].rao,
    "summary_holdings": summary["holdings"],
}}
""")
    assert answer == {"holdings": [], "nav": 0, "total": 0, "all": [], "summary_nav": 0,
                      "summary_holdings": []}, answer


def test_the_sdk_reads_what_each_proxy_kind_may_call(btcli, keys):
    hotkey = keys["alice"][1]
    answer = run_sdk(btcli, f"""
from bittensor._generated import calls, runtime_apis
api = runtime_apis.ProxyFilterRuntimeApi
kinds = await client.runtime(api.get_proxy_types, [])
staking = await client.runtime(api.get_proxy_filters, [8])
every = await client.runtime(api.get_proxy_filters, [None])
composed = await client.compose(calls.SubtensorModule.add_stake("{hotkey}", {NETUID}, 1))
data = bytes(getattr(composed, "data", composed))
return {{"kinds": kinds, "staking": staking, "count": len(every), "add_stake": list(data[:2])}}
""")
    kinds = {kind["index"]: (kind["name"], kind["deprecated"]) for kind in answer["kinds"]}
    assert len(kinds) == 18 and answer["count"] == 18, answer
    assert kinds[0] == ("Any", False) and kinds[8] == ("Staking", False), kinds
    assert kinds[4] == ("Senate", True) and kinds[12] == ("RootWeights", True), kinds
    [staking] = answer["staking"]
    assert staking["name"] == "Staking" and staking["filter_mode"] == "Allow", staking
    listed = {call["call_name"]: call for call in staking["calls"]}
    assert "transfer_stake" not in listed and "set_root_claim_type" in listed, listed
    # The indices the chain describes are those the SDK encodes add_stake with.
    add_stake = listed["add_stake"]
    assert [add_stake["pallet_index"], add_stake["call_index"]] == answer["add_stake"], answer


def test_miner_collateral_registration_lock_floor_and_refused_unstake(btcli, keys):
    # The owner locks half of each registration price; every alpha earned releases 0.5.
    tx(btcli, "-w", "alice", "hparams", "set", "--netuid", str(NETUID),
       "--name", "collateral_lock_share", "--value", "32767")
    tx(btcli, "-w", "alice", "hparams", "set", "--netuid", str(NETUID),
       "--name", "collateral_drain_ratio", "--value", str(2**63))
    btcli.run("wallet", "create", "-w", "grace", "-H", "default", "--no-password")
    grace = btcli.json("wallet", "show", "-w", "grace", "-H", "default")
    grace_coldkey, grace_hotkey = grace["coldkey_ss58"], grace["hotkey_ss58"]
    tx(btcli, "-w", "alice", "wallet", "transfer", "--dest", grace_coldkey, "--amount", "100")
    price = run_sdk(btcli, f"""
return {{"burn": int(await client.query(("SubtensorModule", "Burn"), [{NETUID}]))}}
""")["burn"]
    tx(btcli, "-w", "grace", "-H", "default", "subnets", "register", "--netuid", str(NETUID))
    registered = run_sdk(btcli, f"""
record = await client.read("miner_collateral", netuid={NETUID}, hotkey_ss58="{grace_hotkey}")
return {{"locked": record["locked_alpha"].rao if record else 0}}
""")["locked"]
    # Half of the price was staked and locked (a share under the 0.002 TAO staking minimum
    # would have been burned instead).
    assert price // 2 < 2_000_000 or registered > 0, (price, registered)
    tx(btcli, "-w", "grace", "-H", "default", "misc", "collateral", "set-min",
       "--netuid", str(NETUID), "--min-alpha", "0.01")
    # Locking all of the position's free stake buys nothing more.
    tx(btcli, "-w", "grace", "-H", "default", "stake", "add", "--netuid", str(NETUID),
       "--amount", "1", "--no-slippage-protection")
    tx(btcli, "-w", "grace", "-H", "default", "misc", "collateral", "add",
       "--netuid", str(NETUID), "--amount", "0.05")
    answer = run_sdk(btcli, f"""
record = await client.read("miner_collateral", netuid={NETUID}, hotkey_ss58="{grace_hotkey}")
policy = await client.read("collateral_policy", netuid={NETUID})
listed = await client.read("subnet_collateral", netuid={NETUID})
params = await client.read("subnet_hyperparameters", netuid={NETUID})
return {{
    "locked": record["locked_alpha"].rao, "min": record["min_locked_alpha"].rao,
    "ratio": record["drain_ratio"], "policy": policy,
    "listed": [(row["hotkey"], row["uid"]) for row in listed],
    "share_param": params["collateral_lock_share"], "ratio_param": params["collateral_drain_ratio"],
}}
""")
    assert answer["policy"]["lock_share"] == pytest.approx(0.5, abs=1e-4), answer
    assert answer["policy"]["drain_ratio"] == pytest.approx(0.5) == answer["ratio"], answer
    assert (answer["share_param"], answer["ratio_param"]) == (32767, 2**63), answer
    assert answer["min"] == 10_000_000, answer
    # The registration's lock plus the 0.05 alpha added.
    assert answer["locked"] == registered + 50_000_000, (registered, answer)
    [(hotkey, uid)] = answer["listed"]
    assert hotkey == grace_hotkey and uid is not None, answer
    # Selling all of the position is refused by name; only its free part can go.
    answer = run_sdk(btcli, f"""
from bittensor._generated import runtime_apis
grace = bt.Wallet(name="grace", hotkey="default")
info = await client.runtime(
    runtime_apis.StakeInfoRuntimeApi.get_stake_info_for_hotkey_coldkey_netuid,
    ["{grace_hotkey}", "{grace_coldkey}", {NETUID}])
call = bt.calls.SubtensorModule.remove_stake(
    hotkey="{grace_hotkey}", netuid={NETUID}, amount_unstaked=int(info["stake"]))
result = await client.submit_call(call, grace, wait_for_finalization=False)
return {{"success": result.success, "error": getattr(result.error, "name", str(result.error))}}
""")
    assert answer == {"success": False, "error": "StakeUnavailable"}, answer
