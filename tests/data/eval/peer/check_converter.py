"""Checks scripts/convert_phoenix.py on the hand-made peer fixture.

    python3 tests/data/eval/peer/check_converter.py

phoenix.tsv (Phoenix's 26 columns) and petrarch.txt (PETRARCH2's own
output) hold the same six coded events for the two documents of
tests/data/eval/gold; the peer skipped sentence 0 of document "a", so its
sentence numbers there are one lower than gold's. Expected outputs:
- expected_index.jsonl: sentence numbers only;
- expected_offsets.jsonl: with --sentences sentences.jsonl --docs ...,
  sentences located in the text (a-1 -> [20, 42), a-2 -> [43, 73), ...).
tests/eval_scores.rs scores both against gold (hand-computed numbers in
README.md beside this file). Standard library only.
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
SCRIPT = ROOT / "scripts" / "convert_phoenix.py"


def run(*args):
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "out.jsonl"
        res = subprocess.run([sys.executable, str(SCRIPT), *map(str, args), "-o", str(out)],
                             capture_output=True, text=True)
        if res.returncode != 0:
            sys.exit(f"check_converter: FAIL: {res.stderr}")
        return [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()], res.stderr


def expect(name):
    return [json.loads(l) for l in (HERE / name).read_text(encoding="utf-8").splitlines()]


def same(got, want, what):
    if got != want:
        for g, w in zip(got, want):
            if g != w:
                sys.exit(f"check_converter: FAIL: {what}:\n got  {g}\n want {w}")
        sys.exit(f"check_converter: FAIL: {what}: {len(got)} events, want {len(want)}")


def main():
    got, err = run(HERE / "phoenix.tsv")
    same(got, expect("expected_index.jsonl"), "phoenix, index only")
    if "CAMEO 010 x1" not in err:
        sys.exit(f"check_converter: FAIL: the skipped CAMEO 010 is not reported: {err}")
    got, _ = run(HERE / "petrarch.txt", "--format", "petrarch")
    same(got, expect("expected_index.jsonl"), "petrarch, index only")
    got, _ = run(HERE / "phoenix.tsv", "--sentences", HERE / "sentences.jsonl",
                 "--docs", ROOT / "tests/data/eval/pred/docs_aligned.jsonl")
    same(got, expect("expected_offsets.jsonl"), "phoenix, sentences located")
    print("check_converter: ok: phoenix and petrarch formats, index-only and located sentences")


if __name__ == "__main__":
    main()
