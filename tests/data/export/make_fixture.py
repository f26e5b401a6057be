"""Builds tests/data/export/docs.jsonl: the seed articles as document JSONL
(the schema of `attache extract --docs`) carrying the GOLD layers (sentences
from tests/data/gold/docs.jsonl, entities from entities.jsonl, events from
events.jsonl), so export can be tested on real text before the pipeline's own
NER and event layers exist. No `tokens` layer: export tokenizes itself.

Run from the repository root:  python3 tests/data/export/make_fixture.py
Standard library only.
"""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT / "tests" / "data" / "gold"
DROP = {"note", "value_inferred"}  # annotator extras, not part of DESIGN §3


def jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    entities = {d["doc_id"]: d["entities"] for d in jsonl(GOLD / "entities.jsonl")}
    events = {}
    for e in jsonl(GOLD / "events.jsonl"):
        events.setdefault(e["doc_id"], []).append({k: v for k, v in e.items() if k not in DROP})
    out = []
    for d in jsonl(GOLD / "docs.jsonl"):
        text = (ROOT / "seeds" / f"{d['doc_id']}.txt").read_text(encoding="utf-8")
        sentences = [dict(s, text=text[s["start"]:s["end"]]) for s in d["sentences"]]
        ents = entities.get(d["doc_id"], [])
        for e in ents:
            assert text[e["start"]:e["end"]] == e["text"], e
        out.append({"id": d["doc_id"], "date": d["date"], "text": text,
                    "sentences": sentences, "entities": ents,
                    "events": events.get(d["doc_id"], [])})
    dest = Path(__file__).resolve().parent / "docs.jsonl"
    with open(dest, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} documents to {dest}")


if __name__ == "__main__":
    main()
