"""A node-subtensor process on 127.0.0.1, for the Python client tests (node/e2e/clients) and the
scripts that start nodes (scripts/measure-node.sh, scripts/localnet.sh): free ports, its own
base path and log, JSON-RPC over HTTP, and a stop that always reaps it. Standard library only.
The Rust end-to-end tests have the same in node/e2e/src/lib.rs.

    python3 node/e2e/local_node.py finalized PORT   # prints the finalized block's number
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

# How long a node may take to answer RPC after it was spawned.
STARTUP_TIMEOUT = 90


class NodeError(RuntimeError):
    """A node that exited, stayed silent or did not reach a block in time (with its log)."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def node_binary() -> Path:
    """`$NODE_SUBTENSOR_BIN`, else the release build in `$CARGO_TARGET_DIR` (as the scripts)."""
    explicit = os.environ.get("NODE_SUBTENSOR_BIN")
    if explicit:
        return Path(explicit)
    target = os.environ.get("CARGO_TARGET_DIR", "/var/tmp/subtensor-target")
    return Path(target) / "release" / "node-subtensor"


def rpc(url: str, method: str, params: list | None = None, timeout: float = 10):
    """One JSON-RPC call over HTTP (the node serves HTTP and WebSocket on one port)."""
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params or []})
    request = urllib.request.Request(
        url, body.encode(), {"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        answer = json.load(response)
    if "error" in answer:
        raise RuntimeError(f"{method}: {answer['error']}")
    return answer["result"]


class Node:
    """A running node; `started` is the monotonic time it was spawned."""

    def __init__(self, name: str, process: subprocess.Popen, log_path: Path, rpc_port: int,
                 p2p_port: int, started: float):
        self.name = name
        self.process = process
        self.log_path = log_path
        self.rpc_port = rpc_port
        self.p2p_port = p2p_port
        self.started = started

    @classmethod
    def spawn(cls, base: Path, name: str, args: list[str]) -> "Node":
        """Spawns the node with `args`, its data under `base / name` and its log in
        `base / name.log`, on free RPC and p2p ports; does not wait for it."""
        binary = node_binary()
        if not binary.is_file():
            raise NodeError(f"{binary} not found: build the node first (cargo build --release)")
        log_path = base / f"{name}.log"
        rpc_port, p2p_port = free_port(), free_port()
        command = [
            str(binary), *args,
            "--base-path", str(base / name),
            "--rpc-port", str(rpc_port),
            "--listen-addr", f"/ip4/127.0.0.1/tcp/{p2p_port}",
            "--no-prometheus", "--no-telemetry", "--no-mdns",
        ]
        with open(log_path, "w") as log:
            started = time.monotonic()
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log,
                                       stderr=subprocess.STDOUT)
        return cls(name, process, log_path, rpc_port, p2p_port, started)

    @classmethod
    def start(cls, base: Path, name: str, args: list[str]) -> "Node":
        """Spawns the node and returns once it answers RPC (stopped again if it does not)."""
        node = cls.spawn(base, name, args)
        try:
            node.wait_for_rpc()
        except BaseException:
            node.stop()
            raise
        return node

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.rpc_port}"

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.rpc_port}"

    def rpc(self, method: str, params: list | None = None):
        return rpc(self.http_url, method, params)

    def best_block(self) -> int:
        return int(self.rpc("chain_getHeader")["number"], 16)

    def log_tail(self, lines: int = 40) -> str:
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def _check_alive(self, waiting_for: str) -> None:
        if self.process.poll() is not None:
            raise NodeError(f"{self.name} exited while {waiting_for}:\n{self.log_tail()}")

    def wait_for_rpc(self, timeout: float = STARTUP_TIMEOUT) -> None:
        deadline = self.started + timeout
        while True:
            self._check_alive("starting")
            try:
                self.rpc("system_health")
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise NodeError(
                        f"{self.name} did not answer RPC in {timeout} s:\n{self.log_tail()}"
                    ) from None
                time.sleep(0.01)

    def wait_for_block(self, number: int, timeout: float = 120, poll: float = 0.2) -> float:
        """Waits until block `number` is the best block, asking every `poll` seconds; returns
        the seconds since spawning."""
        deadline = time.monotonic() + timeout
        while True:
            self._check_alive(f"waiting for block #{number}")
            try:
                if self.best_block() >= number:
                    return time.monotonic() - self.started
            except (OSError, ValueError, KeyError, TypeError):
                pass  # not answering yet
            if time.monotonic() > deadline:
                raise NodeError(f"{self.name}: no block #{number} in {timeout} s:\n{self.log_tail()}")
            time.sleep(poll)

    def rss_mib(self) -> float:
        """Resident memory of the node process (MiB)."""
        with open(f"/proc/{self.process.pid}/status") as status:
            kib = next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))
        return kib / 1024

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after 20 s; always reaps the process."""
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def finalized(port: int) -> int:
    """The number of the newest finalized block of the node on RPC port `port`."""
    url = f"http://127.0.0.1:{port}"
    head = rpc(url, "chain_getFinalizedHead", timeout=5)
    return int(rpc(url, "chain_getHeader", [head], timeout=5)["number"], 16)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "finalized":
        sys.exit(__doc__)
    try:
        print(finalized(int(sys.argv[2])))
    except (OSError, RuntimeError, ValueError, KeyError):
        sys.exit(1)  # not up (yet)
