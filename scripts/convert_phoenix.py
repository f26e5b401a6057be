#!/usr/bin/env python3
"""Phoenix / PETRARCH2 event TSV -> attache events JSONL, so that
`attache eval` can score PETRARCH2 against the same gold as attache.

    python3 scripts/convert_phoenix.py EVENTS.tsv -o peer.jsonl
    python3 scripts/convert_phoenix.py EVENTS.tsv -o peer.jsonl \\
        --sentences peer_sentences.jsonl --docs docs.jsonl

Standard library only (no venv needed).

Input formats (tab-separated, one event per line; `--format auto` tells
them apart by column count and a header line):

* phoenix: the 26 columns of the Phoenix data set / phoenix_pipeline
  (EventID, Date, Year, Month, Day, SourceActorFull, SourceActorEntity,
  SourceActorRole, SourceActorAttribute, TargetActorFull, TargetActorEntity,
  TargetActorRole, TargetActorAttribute, EventCode, EventRootCode,
  PentaClass, GoldsteinScore, Issues, Lat, Lon, LocationName, StateName,
  CountryCode, SentenceID, URLs, NewsSources). Despite their names, the
  *ActorEntity columns hold the root code (country ISO-3 or IGO/NGO/IMG/MNC)
  and *ActorRole the agent (GOV, MIL, BUS, ...), as phoenix_pipeline writes
  them.
* petrarch: PETRARCH2's own output (`write_events`): date, source code,
  target code, CAMEO code, issues, sentence ids, [url,] story source.
  Root and agent are read off the actor codes (JPNGOV -> JPN, GOV).

Mapping:
* CAMEO code -> PLOVER type, mode and context by the PLOVER crosswalk
  (data/dictionaries/cameo2plover.tsv, from PLOVER's CAMEO2PLOVER-2021.txt, CC BY-SA 4.0): the longest listed
  prefix of the code wins. Codes with no PLOVER type (CAMEO 01 "make
  statement", 02 "appeal") are skipped and counted on stderr.
* Actors: `country` = root code (None for "---" or an agent-only code),
  `sector` = agent, `name` = the full CAMEO actor code (PETRARCH2 writes no
  names), no offsets. attache eval compares actors by country code when both
  sides have one, which is what a coded peer can be scored on.
* Sentences: PETRARCH2 codes sentences with ids STORYID-N (N counts from
  --sentence-base, 1 in Phoenix); an event with several ids ("a-1;a-2")
  becomes one event per sentence. doc_id = STORYID, which must be the
  attache document id (feed PETRARCH2 stories under attache's ids).
  - By default only `sentence.index` = N - base is written, and eval numbers
    gold sentences by it: right only if the peer segmented exactly as gold.
  - With --sentences (JSONL of the sentences the peer was fed:
    {"id": "STORYID-N", "text": ...}) and --docs (attache document JSONL, or
    any JSONL with "id"/"doc_id" and "text"), each sentence is found in its
    document's text (exactly, else with whitespace runs matched loosely),
    searching on from the previous sentence, and `sentence.start`/`end`
    (code points) are written: eval then places the event in the gold
    sentence it overlaps most, whatever the peer's numbering.
"""
import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CROSSWALK = ROOT / "data" / "dictionaries" / "cameo2plover.tsv"

PHOENIX_COLUMNS = 26
AGENTS = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU",
          "BUS", "CRM", "CVL", "LEG", "ELI", "IGO", "NGO", "IMG", "MNC"}
NON_STATE_ROOTS = {"IGO", "NGO", "IMG", "MNC"}


def load_crosswalk(path):
    """CAMEO code -> (type, mode, context list), from the TSV that
    scripts/convert_dictionaries.py makes of PLOVER's crosswalk."""
    table = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        code, etype, mode, context = (line.rstrip("\n").split("\t") + ["", "", ""])[:4]
        context = [c for c in context.split(";") if c]
        # The first listing of a code wins (the crosswalk lists 175 twice).
        table.setdefault(code, (etype, mode or None, context))
    return table


def plover(code, table):
    code = code.strip()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def split_actor(code):
    """(root, agent) of a CAMEO actor code: JPNGOV -> (JPN, GOV)."""
    code = (code or "").strip().upper()
    root, agent = code[:3], code[3:6]
    if not root or root == "---":
        return None, agent if agent in AGENTS else None
    if root in AGENTS and root not in NON_STATE_ROOTS:
        return None, root
    return root, agent if agent in AGENTS else None


def actor(full, root, agent):
    if not (full or root):
        return []
    return [{"text": None, "start": None, "end": None, "entity": None,
             "country": root or None, "sector": agent or None, "office": None,
             "name": full or root, "score": None}]


def parse_rows(path, fmt):
    """Yields dicts: date, source(full, root, agent), target(...), code, ids, line."""
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n\r")
        if not line.strip():
            continue
        cols = line.split("\t")
        if cols[0] == "EventID":
            continue  # header
        kind = fmt
        if kind == "auto":
            kind = "phoenix" if len(cols) == PHOENIX_COLUMNS else "petrarch"
        try:
            if kind == "phoenix":
                if len(cols) != PHOENIX_COLUMNS:
                    raise ValueError(f"{len(cols)} columns, Phoenix has {PHOENIX_COLUMNS}")
                yield {"line": n, "date": cols[1],
                       "source": (cols[5], cols[6], cols[7]),
                       "target": (cols[9], cols[10], cols[11]),
                       "code": cols[13], "ids": cols[23]}
            else:
                if len(cols) < 6:
                    raise ValueError(f"{len(cols)} columns, PETRARCH2 output has at least 6")
                src, tgt = cols[1], cols[2]
                yield {"line": n, "date": cols[0],
                       "source": (src, *split_actor(src)),
                       "target": (tgt, *split_actor(tgt)),
                       "code": cols[3], "ids": cols[5]}
        except ValueError as e:
            sys.exit(f"convert_phoenix: {path}:{n}: {e}")


def iso_date(d):
    d = (d or "").strip()
    if re.fullmatch(r"\d{8}", d):
        return f"{d[:4]}-{d[4:6]}-{d[6:]}"
    if re.fullmatch(r"\d{6}", d):  # YYMMDD, as PETRARCH's own dates
        return f"20{d[:2]}-{d[2:4]}-{d[4:]}"
    return None


def split_id(sid, base):
    story, _, num = sid.strip().rpartition("-")
    if not story or not num.isdigit():
        raise ValueError(f"sentence id {sid!r} is not STORYID-N")
    return story, int(num) - base


def jsonl(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield n, json.loads(line)
                except json.JSONDecodeError as e:
                    sys.exit(f"convert_phoenix: {path}:{n}: not JSON: {e}")


def locate(text, sentence, start):
    """Code-point span of `sentence` in `text` at or after `start`."""
    i = text.find(sentence, start)
    if i >= 0:
        return i, i + len(sentence)
    words = sentence.split()
    if not words:
        return None
    m = re.compile(r"\s+".join(re.escape(w) for w in words)).search(text, start)
    return (m.start(), m.end()) if m else None


def sentence_spans(sentences_path, docs_path):
    """STORYID-N -> (start, end), found in order within each document."""
    texts = {}
    for n, d in jsonl(docs_path):
        did = d.get("id") or d.get("doc_id")
        if did is None or not isinstance(d.get("text"), str):
            sys.exit(f"convert_phoenix: {docs_path}:{n}: needs \"id\" and \"text\"")
        texts[did] = d["text"]
    spans, cursor, missing = {}, {}, []
    for n, s in jsonl(sentences_path):
        sid, stext = s.get("id"), s.get("text")
        if not isinstance(sid, str) or not isinstance(stext, str):
            sys.exit(f"convert_phoenix: {sentences_path}:{n}: needs \"id\" and \"text\"")
        story = sid.rpartition("-")[0]
        text = texts.get(story)
        found = locate(text, stext, cursor.get(story, 0)) if text is not None else None
        if found is None and text is not None:
            found = locate(text, stext, 0)  # out of order: search from the start
        if found is None:
            missing.append(sid)
            continue
        spans[sid] = found
        cursor[story] = found[1]
    if missing:
        print(f"convert_phoenix: {len(missing)} sentences not found in --docs "
              f"(index only): {', '.join(missing[:5])}", file=sys.stderr)
    return spans


def convert(rows, table, base, spans):
    out, skipped = [], {}
    for r in rows:
        mapped = plover(r["code"], table)
        if mapped is None:
            skipped[r["code"]] = skipped.get(r["code"], 0) + 1
            continue
        etype, mode, context = mapped
        seen = set()
        for sid in r["ids"].split(";"):
            sid = sid.strip()
            if not sid or sid in seen:
                continue
            seen.add(sid)
            try:
                story, index = split_id(sid, base)
            except ValueError as e:
                sys.exit(f"convert_phoenix: line {r['line']}: {e}")
            sentence = {"index": index, "start": None, "end": None}
            if sid in spans:
                sentence["start"], sentence["end"] = spans[sid]
            date = iso_date(r["date"])
            out.append({
                "id": f"{story}:p{len(out) + 1}",
                "doc_id": story,
                "event_type": etype,
                "mode": mode,
                "context": context,
                "cameo": r["code"].strip(),
                "event_text": None,
                "sentence": sentence,
                "trigger": None,
                "actor": actor(*r["source"]),
                "recipient": actor(*r["target"]),
                "date": {"text": None, "value": date, "resolution": "day"} if date else None,
                "event_loc": None,
                "modality": "asserted",
                "link": None,
                "score": None,
                "pipeline": {"schema": "attache-events/1", "converted_from": "petrarch2",
                             "source_line": r["line"]},
            })
    return out, skipped


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", help="Phoenix or PETRARCH2 event TSV")
    ap.add_argument("-o", "--output", default="-", help="events JSONL (default stdout)")
    ap.add_argument("--format", choices=["auto", "phoenix", "petrarch"], default="auto")
    ap.add_argument("--sentence-base", type=int, default=1,
                    help="number of a story's first sentence in sentence ids (default 1)")
    ap.add_argument("--sentences", help="JSONL of the peer's input sentences: {id, text}")
    ap.add_argument("--docs", help="JSONL of the documents ({id or doc_id, text}), with --sentences")
    ap.add_argument("--crosswalk", default=str(CROSSWALK), help="CAMEO2PLOVER table")
    a = ap.parse_args(argv)
    if bool(a.sentences) != bool(a.docs):
        ap.error("--sentences and --docs go together")
    table = load_crosswalk(a.crosswalk)
    spans = sentence_spans(a.sentences, a.docs) if a.sentences else {}
    events, skipped = convert(parse_rows(a.input, a.format), table, a.sentence_base, spans)
    dest = sys.stdout if a.output == "-" else open(a.output, "w", encoding="utf-8")
    with dest:
        for e in events:
            dest.write(json.dumps(e, ensure_ascii=False) + "\n")
    note = f"convert_phoenix: {len(events)} events"
    if skipped:
        note += f"; skipped (no PLOVER type): " + ", ".join(
            f"CAMEO {c} x{n}" for c, n in sorted(skipped.items()))
    print(note, file=sys.stderr)


if __name__ == "__main__":
    main()
