#!/usr/bin/env python3
"""Copies the weight functions of a partial benchmark run into a pallet's weights.rs.

    scripts/splice-weights.py MEASURED WEIGHTS

MEASURED is the weights file `scripts/benchmark-pallets.sh` wrote for the extrinsics named in
EXTRINSICS; WEIGHTS the pallet's weights.rs. Each function of MEASURED replaces the function of
the same name in both of WEIGHTS' impls (`SubstrateWeight<T>` with its storage comments, and
`()`); a function WEIGHTS lacks is an error (declare it in the trait and both impls first).
"""

import re
import sys

FUNCTION = re.compile(r"((?:\t///[^\n]*\n)*)\tfn (\w+)\(.*?\n\t}\n", re.S)


def impls(text: str) -> list[tuple[int, int]]:
    """Spans of the two impl blocks' bodies: `SubstrateWeight<T>` first, then `()`."""
    spans = []
    for header in ("WeightInfo for SubstrateWeight<T> {\n", "impl WeightInfo for () {\n"):
        start = text.index(header) + len(header)
        spans.append((start, text.index("\n}\n", start) + 1))
    return spans


def functions(body: str) -> dict[str, str]:
    return {match.group(2): match.group(0) for match in FUNCTION.finditer(body)}


def main() -> None:
    measured_path, weights_path = sys.argv[1:3]
    measured = open(measured_path, encoding="utf-8").read()
    weights = open(weights_path, encoding="utf-8").read()
    # From the last impl backwards, so the earlier span stays valid.
    for (m_start, m_end), (w_start, w_end) in reversed(
        list(zip(impls(measured), impls(weights)))
    ):
        body = weights[w_start:w_end]
        present = functions(body)
        for name, text in functions(measured[m_start:m_end]).items():
            if name not in present:
                sys.exit(f"{weights_path} has no `fn {name}`: declare it first")
            body = body.replace(present[name], text, 1)
            print(f"{weights_path}: {name}")
        weights = weights[:w_start] + body + weights[w_end:]
    with open(weights_path, "w", encoding="utf-8") as out:
        out.write(weights)


if __name__ == "__main__":
    main()
