#!/usr/bin/env python3
"""Builds docs.jsonl, entities.jsonl and events.jsonl of a held-out set from
the hand-written annotations in its annotations.py (stdlib only):
python3 build.py DIR

Offsets are never typed by hand: every span is given by its text (and, where
the text occurs more than once in its sentence, the 0-based occurrence), and
located in the sentence here. Sentence boundaries are in sentences.json.
Run `python3 build.py DIR && python3 check.py DIR` after any edit.
"""
import json
import os
import re

import sys

# The set's folder (its .txt files, annotations.py, sentences.json, and the
# JSONL files written here).
HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
sys.path.insert(0, HERE)



def load_text(doc_id):
    with open(os.path.join(HERE, doc_id + ".txt"), encoding="utf-8") as f:
        return f.read()


# --------------------------------------------------------------------------
# Sentences: output of `attache segment` reviewed by hand (no corrections
# were needed; see README). Stored as (start, end) per document.
def load_sentences():
    with open(os.path.join(HERE, "sentences.json"), encoding="utf-8") as f:
        return json.load(f)


# --------------------------------------------------------------------------
def isword(c):
    return c.isalnum() or c == "_"


def find_all(text, sub, lo=0, hi=None):
    """All boundary-respecting occurrences of sub in text[lo:hi]."""
    hi = len(text) if hi is None else hi
    out = []
    i = text.find(sub, lo, hi)
    while i != -1:
        j = i + len(sub)
        ok_l = i == 0 or not (isword(text[i - 1]) and isword(sub[0]))
        ok_r = j >= len(text) or not (isword(text[j]) and isword(sub[-1]))
        if ok_l and ok_r:
            out.append(i)
        i = text.find(sub, i + 1, hi)
    return out


def locate(text, sent, sub, occ=0):
    hits = find_all(text, sub, sent[0], sent[1])
    if len(hits) <= occ:
        raise SystemExit("not found in sentence %r: %r (occ %d) in %r"
                         % (sent, sub, occ, text[sent[0]:sent[1]]))
    return hits[occ], hits[occ] + len(sub)


# --------------------------------------------------------------------------
from annotations import DATE_NOTES, DATES, ENTITIES, EVENTS  # noqa: E402  (hand annotations)


def build():
    sents = load_sentences()
    docs_out, ents_out, evs_out = [], [], []
    for doc_id in sorted(DATES):
        text = load_text(doc_id)
        ss = sents[doc_id]
        d = {"doc_id": doc_id, "date": DATES[doc_id],
             "sentences": [{"start": a, "end": b} for a, b in ss]}
        if doc_id in DATE_NOTES:
            d["date_note"] = DATE_NOTES[doc_id]
        docs_out.append(d)

        # entities: longest strings first, no overlaps
        spans = []
        taken = [False] * len(text)
        specs = sorted(ENTITIES[doc_id], key=lambda x: -len(x[0]))
        for spec in specs:
            sub, label = spec[0], spec[1]
            only = spec[2] if len(spec) > 2 else None
            hits = find_all(text, sub)
            if not hits:
                raise SystemExit("entity not found: %s %r" % (doc_id, sub))
            for k, i in enumerate(hits):
                if only is not None and k not in only:
                    continue
                j = i + len(sub)
                if any(taken[i:j]):
                    continue
                for p in range(i, j):
                    taken[p] = True
                spans.append({"start": i, "end": j, "label": label, "text": sub})
        spans.sort(key=lambda x: x["start"])
        ents_out.append({"doc_id": doc_id, "entities": spans})

        # events
        for n, ev in enumerate(EVENTS[doc_id], 1):
            si = ev["s"]
            sent = ss[si]
            ts, te = locate(text, sent, ev["trig"], ev["tocc"])

            def arg(a):
                o = {"name": a["name"], "country": a["country"],
                     "sector": a["sector"], "office": a["office"],
                     "text": None, "start": None, "end": None}
                if a["text"] is not None:
                    s0, e0 = locate(text, sent, a["text"], a["occ"])
                    o.update(text=a["text"], start=s0, end=e0)
                return o

            date = None
            if ev["date"]:
                s0, e0 = locate(text, sent, ev["date"]["text"], ev["date"]["occ"])
                val = ev["date"]["value"] if DATES[doc_id] else None
                date = {"text": ev["date"]["text"], "start": s0, "end": e0,
                        "value": val}
            loc = None
            if ev["loc"]:
                s0, e0 = locate(text, sent, ev["loc"]["text"], ev["loc"]["occ"])
                loc = {"text": ev["loc"]["text"], "country": ev["loc"]["country"],
                       "start": s0, "end": e0}
            rec = {
                "id": "%s:g%d" % (doc_id, n),
                "doc_id": doc_id,
                "event_type": ev["typ"],
                "mode": ev["mode"],
                "context": ev["ctx"],
                "event_text": text[sent[0]:sent[1]],
                "sentence": {"index": si, "start": sent[0], "end": sent[1]},
                "trigger": {"text": ev["trig"], "start": ts, "end": te},
                "actor": [arg(a) for a in ev["actors"]],
                "recipient": [arg(a) for a in ev["recips"]],
                "date": date,
                "event_loc": loc,
                "modality": ev["modality"],
            }
            if ev["note"]:
                rec["note"] = ev["note"]
            evs_out.append(rec)

    def dump(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    dump("docs.jsonl", docs_out)
    dump("entities.jsonl", ents_out)
    dump("events.jsonl", evs_out)
    print("docs %d, entities %d, events %d" % (
        len(docs_out), sum(len(e["entities"]) for e in ents_out), len(evs_out)))


if __name__ == "__main__":
    build()
