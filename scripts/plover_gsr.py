#!/usr/bin/env python3
"""PLOVER gold-standard records: type recall of `attache extract`.

Runs each record's `text` as one document through the release binary and
counts a record as found when some event of that document has the record's
type (PLOVER 0.5 names mapped to 2.0 as the set's README says). Prints
recall per type and overall (stdlib only).

Usage: scripts/plover_gsr.py [GSR_FILE] [--events model|rules|DIR]
       [--entities model|gazetteer|DIR] [--bin PATH]
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

RENAME = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gsr", nargs="?", default="../shared/testdata/plover_gsr/PLOVER_GSR_CAMEO.txt")
    ap.add_argument("--events", default="model")
    ap.add_argument("--entities", default="model")
    ap.add_argument("--bin", default="target/release/attache")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args()
    with open(args.gsr, encoding="utf-8") as f:
        records = [r for r in json.load(f) if r.get("event") != "DOCUMENT" and r.get("text")]
    gold = {}
    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, "in.jsonl")
        with open(inp, "w", encoding="utf-8") as out:
            for n, r in enumerate(records):
                # The record ids are not unique (one repeats): number them.
                rid = f"{n}:{r['id']}"
                gold[rid] = RENAME.get(r["event"], r["event"])
                rec = {"id": rid, "text": r["text"]}
                if r.get("date"):
                    rec["date"] = r["date"]
                out.write(json.dumps(rec) + "\n")
        pred = os.path.join(tmp, "out.jsonl")
        subprocess.run([args.bin, "extract", inp, "-o", pred, "--events", args.events, "--entities", args.entities, "-q"], check=True)
        found = collections.defaultdict(set)
        with open(pred, encoding="utf-8") as f:
            for line in f:
                e = json.loads(line)
                found[e["doc_id"]].add(e["event_type"])
    per = collections.defaultdict(lambda: [0, 0])
    for i, t in gold.items():
        per[t][1] += 1
        per[t][0] += t in found[i]
    hit = sum(h for h, _ in per.values())
    total = sum(n for _, n in per.values())
    if args.json:
        print(json.dumps({"recall": hit / total, "found": hit, "records": total,
                          "per_type": {t: h / n for t, (h, n) in sorted(per.items())}}))
        return
    print(f"PLOVER GSR type recall, --events {args.events} --entities {args.entities}")
    for t, (h, n) in sorted(per.items()):
        print(f"  {t:<10} {h:>3}/{n:<3} {h / n:.3f}")
    print(f"  {'all':<10} {hit:>3}/{total:<3} {hit / total:.3f}")


if __name__ == "__main__":
    sys.exit(main())
