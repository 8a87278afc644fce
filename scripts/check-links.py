#!/usr/bin/env python3
"""Checks that the documentation points at files that exist: every relative Markdown link and
every backticked repository path (`runtime/src/lib.rs`, `node/e2e/`) in README.md and the other
Markdown files of the repository resolves, against the file's folder or the repository root.

    ./scripts/check-links.py

Prints each broken reference with its file and line; exits non-zero if there is one.
"""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINK = re.compile(r"\]\(([^)\s]+)\)")
# A backticked token that names a file by its extension, or a folder by its trailing slash.
PATH = re.compile(
    r"`((?:\.{1,2}/)?[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*"
    r"(?:\.(?:rs|md|py|sh|toml|json|svg|mjs|hbs|yml|yaml|lock)|/))`"
)


def markdown_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "*.md"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    return [ROOT / name for name in listed]


def placeholder(reference: str) -> bool:
    """A path with a part to fill in (`BASE/chains/`), not a file of the repository."""
    return any(part.isupper() for part in reference.split("/"))


def resolves(reference: str, folder: Path) -> bool:
    target = reference.split("#", 1)[0]
    if not target:
        return True
    return (folder / target).exists() or (ROOT / target).exists()


def broken_references(path: Path) -> list[str]:
    broken = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        links = [m for m in LINK.findall(line) if not re.match(r"[a-z]+:", m)]
        paths = [m for m in PATH.findall(line) if "/" in m and not placeholder(m)]
        for reference in links + paths:
            if not resolves(reference, path.parent):
                broken.append(f"{path.relative_to(ROOT)}:{number}: {reference}")
    return broken


def main() -> int:
    broken = [entry for path in markdown_files() for entry in broken_references(path)]
    for entry in broken:
        print(f"broken reference: {entry}")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
