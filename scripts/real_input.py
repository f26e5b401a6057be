#!/usr/bin/env python3
"""Writes a real-news gold set (../shared/testdata/real/rN) as attache input
JSONL on stdout: one {"id", "text", "date"} line per article, the text read
from articles/NNN.txt exactly as the annotators saw it (stdlib only).

Usage: scripts/real_input.py SET_DIR [SET_DIR ...] > input.jsonl
"""
import json
import os
import sys


def main(dirs):
    for d in dirs:
        with open(os.path.join(d, "articles", "index.jsonl"), encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                meta = json.loads(line)
                path = os.path.join(d, "articles", meta["file"])
                with open(path, encoding="utf-8", newline="") as t:
                    text = t.read()
                rec = {"id": meta["doc_id"], "text": text}
                if meta.get("published"):
                    rec["date"] = meta["published"]
                sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: real_input.py SET_DIR [SET_DIR ...]")
    main(sys.argv[1:])
