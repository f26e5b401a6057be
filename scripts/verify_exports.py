"""Loads every `attache export` output with the tool that consumes it and
fails loudly on anything a trainer would choke on.

Usage (normally through scripts/verify_exports.sh):
    python scripts/verify_exports.py INPUT_DOCS.jsonl OUT_DIR

OUT_DIR holds what `attache export` wrote from INPUT_DOCS.jsonl:
    out.conll, out.spacy.jsonl, out.hf.jsonl (+ out.hf.labels.json),
    out.doccano.jsonl, brat/, out.relations.jsonl

Checks, per format:
- conll: spaCy's own CoNLL-2003 converter (`conll_ner_to_docs`, what
  `spacy convert -c ner` runs) reads it, and seqeval parses the BIO tags in
  strict IOB2 mode; both must find every input entity (by label).
- spacy: each record becomes `Doc(vocab, words, spaces)` whose text equals
  the input text; every span is found by `Doc.char_span(..., "strict")`, set
  as `doc.ents`, and survives a `DocBin` round trip.
- hf: `datasets.Dataset.from_json` loads it; `ner_tags` cast to
  `ClassLabel(names=labels.json)`; B- tags per label match the input.
- doccano: every `[start, end, label]` lies in the text and equals an input
  entity with the same text.
- brat: a strict reader: each T line's fragments hold exactly its text; E, R
  and A lines refer to defined ids; every type is declared in
  annotation.conf.
- relations: `datasets` loads it; removing the markers gives `plain`; marked
  offsets hold their text.
Exits non-zero on the first failure, printing what and where.
"""
import collections
import json
import re
import sys
from pathlib import Path


def fail(msg):
    print(f"verify_exports: FAIL: {msg}", file=sys.stderr)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)


def jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def flat_entities(doc):
    """The non-overlapping, non-blank entities the token formats keep
    (longest first at each start), as export documents."""
    ents = sorted(doc.get("entities", []), key=lambda e: (e["start"], -e["end"]))
    kept, last_end = [], -1
    for e in ents:
        if e["start"] >= e["end"]:
            continue
        if e["start"] < last_end:
            continue
        kept.append(e)
        last_end = e["end"]
    return kept


def expected_labels(docs):
    c = collections.Counter()
    for d in docs:
        for e in flat_entities(d):
            if d["text"][e["start"]:e["end"]].strip():
                c[e["label"]] += 1
    return c


def read_conll(path):
    """Sentences as (tokens, tags), skipping -DOCSTART- lines."""
    sents, toks, tags = [], [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("-DOCSTART-"):
            if toks:
                sents.append((toks, tags))
                toks, tags = [], []
            continue
        cols = line.split(" ")
        check(len(cols) == 2, f"conll: not 'TOKEN TAG': {line!r}")
        toks.append(cols[0])
        tags.append(cols[1])
    if toks:
        sents.append((toks, tags))
    return sents


def verify_conll(docs, out):
    from seqeval.metrics import f1_score
    from seqeval.metrics.sequence_labeling import get_entities
    from seqeval.scheme import IOB2, Entities
    from spacy.training.converters import conll_ner_to_docs

    path = out / "out.conll"
    sents = read_conll(path)
    tags = [t for _, t in sents]
    want = expected_labels(docs)
    # seqeval, strict IOB2: raises on tags that are not B-/I-/O.
    ents = Entities(tags, IOB2, suffix=False)
    got = collections.Counter()
    for sent in ents.entities:
        for e in sent:
            got[e.tag] += 1
    check(got == want, f"conll: seqeval (strict IOB2) found {dict(got)}, input has {dict(want)}")
    lenient = collections.Counter(t for t, _, _ in get_entities(tags))
    check(lenient == want, f"conll: seqeval get_entities found {dict(lenient)}")
    if want:
        check(f1_score(tags, tags, mode="strict", scheme=IOB2) == 1.0, "conll: seqeval self-score")
    # spaCy's converter (spacy convert -c ner).
    text = path.read_text(encoding="utf-8")
    sdocs = list(conll_ner_to_docs(text, n_sents=1, no_print=True))
    sp = collections.Counter(e.label_ for d in sdocs for e in d.ents)
    check(sp == want, f"conll: spacy conll_ner_to_docs found {dict(sp)}, input has {dict(want)}")
    return f"{len(sents)} sentences, {sum(want.values())} entities (seqeval strict IOB2, spacy conll_ner_to_docs)"


def verify_spacy(docs, out):
    import spacy
    from spacy.tokens import Doc, DocBin

    nlp = spacy.blank("en")
    recs = jsonl(out / "out.spacy.jsonl")
    check(len(recs) == len(docs), f"spacy: {len(recs)} records for {len(docs)} documents")
    db = DocBin(store_user_data=False)
    n = 0
    for rec, src in zip(recs, docs):
        words = [t["text"] for t in rec["tokens"]]
        spaces = [t["ws"] for t in rec["tokens"]]
        doc = Doc(nlp.vocab, words=words, spaces=spaces)
        check(doc.text == src["text"], f"spacy: {src['id']}: tokens do not rebuild the text")
        spans = []
        for s in rec["spans"]:
            span = doc.char_span(s["start"], s["end"], label=s["label"], alignment_mode="strict")
            check(span is not None, f"spacy: {src['id']}: span {s} not on token edges")
            check(span.start == s["token_start"] and span.end - 1 == s["token_end"],
                  f"spacy: {src['id']}: token_start/token_end of {s}")
            spans.append(span)
        doc.ents = spans  # raises on overlaps
        n += len(spans)
        db.add(doc)
    back = list(DocBin().from_bytes(db.to_bytes()).get_docs(nlp.vocab))
    check([d.text for d in back] == [d["text"] for d in docs], "spacy: DocBin round trip changed texts")
    check(sum(len(d.ents) for d in back) == n, "spacy: DocBin round trip lost entities")
    want = expected_labels(docs)
    got = collections.Counter(e.label_ for d in back for e in d.ents)
    check(got == want, f"spacy: {dict(got)} entities, input has {dict(want)}")
    return f"{len(recs)} docs, {n} spans (Doc(words, spaces), char_span strict, doc.ents, DocBin)"


def verify_hf(docs, out):
    from datasets import ClassLabel, Dataset, Sequence

    labels = json.loads((out / "out.hf.labels.json").read_text(encoding="utf-8"))
    check(labels[0] == "O" and len(set(labels)) == len(labels), "hf: label list")
    ds = Dataset.from_json(str(out / "out.hf.jsonl"))
    ds = ds.cast_column("ner_tags", Sequence(ClassLabel(names=labels)))
    names = ds.features["ner_tags"].feature.names
    check(names == labels, "hf: ClassLabel names")
    got = collections.Counter()
    for row in ds:
        check(len(row["tokens"]) == len(row["ner_tags"]), f"hf: {row['id']}: tokens/tags lengths")
        check(all(t.strip() == t and t for t in row["tokens"]), f"hf: {row['id']}: blank token")
        for i in row["ner_tags"]:
            if names[i].startswith("B-"):
                got[names[i][2:]] += 1
    want = expected_labels(docs)
    check(got == want, f"hf: B- tags {dict(got)}, input has {dict(want)}")
    return f"{len(ds)} sentences, {len(labels)} labels (datasets.Dataset.from_json + ClassLabel)"


def verify_doccano(docs, out):
    recs = jsonl(out / "out.doccano.jsonl")
    check(len(recs) == len(docs), "doccano: one record per document")
    n = 0
    for rec, src in zip(recs, docs):
        check(set(rec) >= {"text", "label"} and rec["text"] == src["text"], f"doccano: {src['id']}: fields")
        want = sorted((e["start"], e["end"], e["label"]) for e in src.get("entities", []))
        got = sorted(tuple(l) for l in rec["label"])
        check(got == want, f"doccano: {src['id']}: labels differ from input")
        for s, e, _ in got:
            check(0 <= s < e <= len(rec["text"]), f"doccano: {src['id']}: [{s},{e}) outside text")
        n += len(got)
    return f"{len(recs)} docs, {n} labels"


def verify_brat(docs, out):
    d = out / "brat"
    conf = (d / "annotation.conf").read_text(encoding="utf-8")
    declared = {line.split("\t")[0] for line in conf.splitlines()
                if line and not line.startswith(("[", "#"))}
    counts = collections.Counter()
    anns = sorted(d.glob("*.ann"))
    check(len(anns) == len(docs), f"brat: {len(anns)} .ann files for {len(docs)} documents")
    for ann in anns:
        # newline="" keeps \r\n as two characters, as offsets count them.
        with open(ann.with_suffix(".txt"), encoding="utf-8", newline="") as f:
            text = f.read()
        ids = set()
        for line in ann.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            aid = cols[0]
            check(aid not in ids, f"brat: {ann.name}: duplicate id {aid}")
            ids.add(aid)
            kind = aid[0]
            counts[kind] += 1
            if kind == "T":
                check(len(cols) == 3, f"brat: {ann.name}: {line!r}")
                ty, offsets = cols[1].split(" ", 1)
                check(ty in declared, f"brat: {ann.name}: type {ty} not declared")
                frags = []
                for frag in offsets.split(";"):
                    s, e = (int(x) for x in frag.split(" "))
                    check(0 <= s < e <= len(text), f"brat: {ann.name}: {line!r} outside text")
                    check("\n" not in text[s:e], f"brat: {ann.name}: fragment crosses a line: {line!r}")
                    frags.append(text[s:e])
                check(" ".join(frags) == cols[2],
                      f"brat: {ann.name}: {aid} says {cols[2]!r}, text has {' '.join(frags)!r}")
            elif kind == "E":
                args = cols[1].split(" ")
                ty, trig = args[0].split(":")
                check(ty in declared and trig in ids, f"brat: {ann.name}: {line!r}")
                for a in args[1:]:
                    role, target = a.split(":")
                    check(re.fullmatch(r"(Actor|Recipient)\d*", role), f"brat: {ann.name}: role {role}")
                    check(target in ids, f"brat: {ann.name}: {target} undefined in {line!r}")
            elif kind == "R":
                ty, a1, a2 = cols[1].split(" ")
                check(ty in declared, f"brat: {ann.name}: relation {ty} not declared")
                for a in (a1, a2):
                    check(a.split(":")[1] in ids, f"brat: {ann.name}: {line!r}")
            elif kind == "A":
                ty, target, *_ = cols[1].split(" ")
                check(ty in declared and target in ids, f"brat: {ann.name}: {line!r}")
            else:
                fail(f"brat: {ann.name}: unknown line {line!r}")
    return f"{len(anns)} docs: " + ", ".join(f"{counts[k]} {k}" for k in "TERA")


def verify_relations(docs, out):
    from datasets import Dataset

    path = out / "out.relations.jsonl"
    recs = jsonl(path)
    if recs:
        ds = Dataset.from_json(str(path))
        check(len(ds) == len(recs), "relations: datasets row count")
    kinds = collections.Counter()
    for r in recs:
        unmarked = re.sub(r"\[/?(E1|E2|T)\]", "", r["text"])
        check(unmarked == r["plain"], f"relations: {r['id']}: markers do not wrap the plain sentence")
        for key in ("head", "tail", "trigger"):
            m = r.get(key)
            if m:
                check(r["plain"][m["start"]:m["end"]] == m["text"], f"relations: {r['id']}: {key} offsets")
        check(r["labels"], f"relations: {r['id']}: no label")
        kinds[r["kind"]] += 1
    return f"{len(recs)} examples ({dict(kinds)})"


def main():
    if len(sys.argv) != 3:
        fail("usage: verify_exports.py INPUT_DOCS.jsonl OUT_DIR")
    docs = jsonl(sys.argv[1])
    out = Path(sys.argv[2])
    for name, fn in [("conll", verify_conll), ("spacy", verify_spacy), ("hf", verify_hf),
                     ("doccano", verify_doccano), ("brat", verify_brat),
                     ("relations", verify_relations)]:
        print(f"verify_exports: {name}: ok: {fn(docs, out)}")


if __name__ == "__main__":
    main()
