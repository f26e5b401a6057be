#!/usr/bin/env python3
"""Validate a held-out set (stdlib only): python3 check.py DIR

Checks docs.jsonl, entities.jsonl and events.jsonl against the .txt files:
every offset is a Unicode code-point offset into the file text and the text
at the offsets equals the annotated text; sentences are trimmed, ordered,
non-overlapping and cover all non-whitespace text; triggers and argument,
date and location spans lie inside their event's sentence; the sentence
index matches its offsets; codes (types, modes, countries, sectors,
modality, date values) are well formed. Exit status 1 on any problem.
"""
import datetime
import json
import os
import re
import sys

TYPES = {
    "AGREE": set(), "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "SUPPORT": set(), "CONCEDE": set(), "COOPERATE": set(), "AID": set(),
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign", "return", "ease"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence", "ban", "political"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "arrest", "deport", "ban", "curfew", "martial-law"},
    "ASSAULT": {"abduct", "beat", "sexual", "torture", "suicide-attack", "explosives",
                "assassinate", "firearms", "heavy-weapons", "massacre", "cleansing", "unconventional"},
}
LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "DATE"}
SECTORS = {"GOV", "MIL", "COP", "JUD", "OPP", "REB", "BUS", "CVL", "MED", "LAB", "LEG",
           "EDU", "HLH", "REF", "PTY", "ELI", "REL", "SPY", "CRM", "AGR", "ENV", "NGO", "IGO"}
NONSTATE = {"IGO", "NGO", "MNC"}
ISO3 = set("""
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES
BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE
CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK
DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB
GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND
IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN
LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT
MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR
NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU
RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN
SWE SWZ SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR
UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
""".split())
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MODALITY = {"asserted", "future", "negated", "hypothetical"}
VALUE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

problems = []


def bad(where, msg):
    problems.append("%s: %s" % (where, msg))


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad("%s:%d" % (os.path.basename(path), n), "bad JSON: %s" % e)
    return rows


def span_ok(where, text, obj, lo=None, hi=None, what="span"):
    s, e, t = obj.get("start"), obj.get("end"), obj.get("text")
    if s is None and e is None:
        if t is not None and what not in ("argument",):
            bad(where, "%s %r has no offsets" % (what, t))
        return
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        bad(where, "%s offsets out of range: %r" % (what, (s, e)))
        return
    if text[s:e] != t:
        bad(where, "%s text %r != text at offsets %r" % (what, t, text[s:e][:60]))
    if lo is not None and not (lo <= s and e <= hi):
        bad(where, "%s %r [%d,%d) outside sentence [%d,%d)" % (what, t, s, e, lo, hi))


def main(root):
    docs = {d["doc_id"]: d for d in read_jsonl(os.path.join(root, "docs.jsonl"))}
    texts = {}
    for doc_id, d in docs.items():
        p = os.path.join(root, doc_id + ".txt")
        if not os.path.exists(p):
            bad(doc_id, "no text file")
            continue
        with open(p, encoding="utf-8", newline="") as f:
            text = f.read()
        texts[doc_id] = text
        date = d.get("date")
        if date is not None:
            try:
                datetime.date.fromisoformat(date)
            except ValueError:
                bad(doc_id, "bad date %r" % date)
        prev = 0
        for i, s in enumerate(d["sentences"]):
            a, b = s["start"], s["end"]
            w = "%s sentence %d" % (doc_id, i)
            if not (0 <= a < b <= len(text)):
                bad(w, "offsets out of range")
                continue
            if a < prev:
                bad(w, "overlaps or out of order")
            if text[prev:a].strip():
                bad(w, "non-whitespace text before it is in no sentence: %r" % text[prev:a])
            if text[a].isspace() or text[b - 1].isspace():
                bad(w, "not trimmed")
            prev = b
        if text[prev:].strip():
            bad(doc_id, "trailing text in no sentence")

    for row in read_jsonl(os.path.join(root, "entities.jsonl")):
        doc_id = row["doc_id"]
        if doc_id not in texts:
            bad(doc_id, "entities for unknown doc")
            continue
        text = texts[doc_id]
        last = -1
        for ent in sorted(row["entities"], key=lambda x: x["start"]):
            w = "%s entity %r" % (doc_id, ent.get("text"))
            if ent["label"] not in LABELS:
                bad(w, "label %r" % ent["label"])
            span_ok(w, text, ent, what="entity")
            if ent["start"] < last:
                bad(w, "overlaps previous entity")
            last = ent["end"]
            if ent["label"] != "DATE" and re.match(r"(?i)^the\s", ent["text"]) and not ent["text"].startswith("The "):
                bad(w, "leading determiner")

    ids = set()
    count = 0
    for ev in read_jsonl(os.path.join(root, "events.jsonl")):
        count += 1
        w = ev.get("id", "?")
        for k in ("id", "doc_id", "event_type", "mode", "context", "event_text", "sentence",
                  "trigger", "actor", "recipient", "date", "event_loc", "modality"):
            if k not in ev:
                bad(w, "missing field %s" % k)
        if w in ids:
            bad(w, "duplicate id")
        ids.add(w)
        doc_id = ev["doc_id"]
        if doc_id not in texts:
            bad(w, "unknown doc")
            continue
        if not w.startswith(doc_id + ":"):
            bad(w, "id does not start with doc_id")
        text, doc = texts[doc_id], docs[doc_id]
        t = ev["event_type"]
        if t not in TYPES:
            bad(w, "type %r" % t)
        elif ev["mode"] is not None and ev["mode"] not in TYPES[t]:
            bad(w, "mode %r not allowed for %s" % (ev["mode"], t))
        if not isinstance(ev["context"], list):
            bad(w, "context is not a list")
        si = ev["sentence"]["index"]
        if not (0 <= si < len(doc["sentences"])):
            bad(w, "sentence index %d out of range" % si)
            continue
        gs = doc["sentences"][si]
        lo, hi = ev["sentence"]["start"], ev["sentence"]["end"]
        if (lo, hi) != (gs["start"], gs["end"]):
            bad(w, "sentence offsets %r != docs.jsonl sentence %d %r" % ((lo, hi), si, (gs["start"], gs["end"])))
        if ev["event_text"] != text[lo:hi]:
            bad(w, "event_text differs from sentence text")
        span_ok(w, text, ev["trigger"], lo, hi, "trigger")
        if ev["trigger"].get("start") is None:
            bad(w, "trigger has no offsets")
        if not ev["actor"]:
            bad(w, "no actor")
        for role in ("actor", "recipient"):
            for a in ev[role]:
                aw = "%s %s %r" % (w, role, a.get("name"))
                for k in ("name", "country", "sector", "office", "text", "start", "end"):
                    if k not in a:
                        bad(aw, "missing %s" % k)
                if not a.get("name"):
                    bad(aw, "empty name")
                c = a.get("country")
                if c is not None and c not in ISO3 and c not in NONSTATE:
                    bad(aw, "country %r" % c)
                if a.get("sector") is not None and a["sector"] not in SECTORS:
                    bad(aw, "sector %r" % a["sector"])
                if (a.get("text") is None) != (a.get("start") is None) or (a.get("start") is None) != (a.get("end") is None):
                    bad(aw, "text/start/end must be all set or all null")
                if a.get("text") is not None:
                    span_ok(aw, text, a, lo, hi, "argument")
        d = ev["date"]
        if d is not None:
            span_ok(w, text, d, lo, hi, "date")
            v = d.get("value")
            if doc["date"] is None and v is not None:
                bad(w, "date value %r but document has no publication date" % v)
            if v is not None:
                if not VALUE_RE.match(v):
                    bad(w, "date value %r" % v)
                elif len(v) == 10:
                    day = datetime.date.fromisoformat(v)
                    for k, name in enumerate(WEEKDAYS):
                        if name in d["text"] and day.weekday() != k:
                            bad(w, "%r resolved to %s, a %s" % (d["text"], v, WEEKDAYS[day.weekday()]))
        loc = ev["event_loc"]
        if loc is not None:
            span_ok(w, text, loc, lo, hi, "event_loc")
            if loc.get("country") is not None and loc["country"] not in ISO3:
                bad(w, "event_loc country %r" % loc["country"])
        if ev["modality"] not in MODALITY:
            bad(w, "modality %r" % ev["modality"])

    if problems:
        for p in problems:
            print(p)
        print("%d problem(s)" % len(problems))
        return 1
    print("ok: %d documents, %d events" % (len(docs), count))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
