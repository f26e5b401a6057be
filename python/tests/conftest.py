"""Shared fixtures: the repository, the command-line binary the binding is
compared against, and one loaded pipeline."""

import os
import pathlib
import subprocess

import pytest

import attache

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "eval" / "gold"
PRED = ROOT / "tests" / "data" / "eval" / "pred"


@pytest.fixture(scope="session")
def cli() -> str:
    """target/release/attache (or $ATTACHE), which scripts/test-python.sh builds."""
    path = os.environ.get("ATTACHE", str(ROOT / "target" / "release" / "attache"))
    if not os.access(path, os.X_OK):
        pytest.fail(f"{path} missing: run `cargo build --release` (scripts/test-python.sh does)")
    return path


def run_cli(cli: str, *args: str, cwd=None, stdin=None) -> subprocess.CompletedProcess:
    """Runs the command line; fails the test with its stderr when it fails."""
    p = subprocess.run([cli, *args], cwd=cwd, input=stdin, capture_output=True)
    assert p.returncode == 0, p.stderr.decode(errors="replace")
    return p


@pytest.fixture(scope="session")
def nlp() -> attache.Pipeline:
    return attache.Pipeline(threads=2)


@pytest.fixture(scope="session")
def seeds() -> list:
    """(id, text) of the seed articles, in the order the folder reader takes them."""
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture(scope="session")
def cli_seeds(cli, tmp_path_factory) -> dict:
    """`attache extract seeds/ --docs`: its document and event lines, as bytes."""
    out = tmp_path_factory.mktemp("cli_seeds")
    run_cli(
        cli, "extract", str(SEEDS), "--docs", str(out / "docs.jsonl"), "-o", str(out / "events.jsonl"),
        "--rejects", str(out / "rejects.jsonl"), "--quiet", "--threads", "2",
    )
    return {
        "docs": (out / "docs.jsonl").read_bytes().splitlines(),
        "events": (out / "events.jsonl").read_bytes().splitlines(),
        # Created on the first reject only.
        "rejects": (out / "rejects.jsonl").read_bytes() if (out / "rejects.jsonl").exists() else b"",
    }
