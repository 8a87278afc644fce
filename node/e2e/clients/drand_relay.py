"""A drand HTTP relay on 127.0.0.1 for the tests, serving recorded pulses of drand's quicknet
(public data, from public test fixtures), as the node's `--drand-relays` worker fetches them.
"""

from __future__ import annotations

import http.server
import json
import threading

QUICKNET_HASH = "52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971"
# Recorded quicknet pulses: round -> (signature, randomness), as relays serve them.
RECORDED = {
    32285085: ("81dbce51d584d90d618547f4b50391d53ace6f6b9aeb8fb67e1879427af9d0310ac0ec6f519271d9a313ee84b378d416",
               "d42020c3c65a4ec6adda3a69fdd41a698f31b661859e0e00f1276580a41d67ce"),
    32285086: ("a64d99fd7fa3e48912be7209c7b69c72c88fc5224be2516949b6f29f3a4b7e3fa069dd58b2bbb4bf2c34ae61ef631a44",
               "13bfa6a42a5a93d0f642e8d4548c2a94ea71b39585f65fd2842e0484d58d5554"),
}


class Relay:
    """A drand HTTP relay on 127.0.0.1 serving `pulses` (round -> (signature, randomness)):
    `/{chain hash}/public/{round}` and `/public/latest` (the newest); anything else is 404.
    Counts the requests it answered."""

    def __init__(self, pulses: dict[int, tuple[str, str]] | None = None):
        # Replaced whole to change what it serves (none: every request is 404).
        self.pulses = dict(pulses or {})
        self.answered = 0
        relay = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (the standard library's name)
                prefix = f"/{QUICKNET_HASH}/public/"
                which = self.path[len(prefix):] if self.path.startswith(prefix) else None
                pulses = relay.pulses
                newest = max(pulses) if pulses else None
                round_ = newest if which == "latest" else (
                    int(which) if which and which.isdigit() else None)
                if round_ not in pulses:
                    self.send_error(404)
                    return
                signature, randomness = pulses[round_]
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
