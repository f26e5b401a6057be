#!/usr/bin/env python3
"""Convert the PETRARCH2 dictionaries and the PLOVER crosswalk into the compact
tables that attache embeds (data/dictionaries/), keeping their licences.

    python3 scripts/convert_dictionaries.py [SHARED_DICTIONARIES_DIR]

Default input: ../shared/dictionaries or /work/shared/dictionaries. Only the
Python standard library is used. Outputs (all UTF-8, tab-separated):

  actors.tsv.gz   NAME  CODE  FROM  TO     country names, demonyms, cities,
                                           IGOs, NGOs, armed groups, persons
                                           (FROM/TO: YYYYMMDD or empty)
  agents.tsv      PHRASE  SECTORS          agent words -> PLOVER/CAMEO sectors
  verbs.tsv.gz    VERB  CODE  PATTERN      CAMEO verb patterns; PATTERN is
                                           "pre words * post words", a word
                                           "&set" stands for a synonym set;
                                           an empty PATTERN is the verb's
                                           default code; "&set SET word" lines
                                           list the sets
  cameo2plover.tsv CODE TYPE MODE CONTEXT  CAMEO code -> PLOVER
"""

import gzip
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "dictionaries"


def find_input():
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    for cand in [ROOT.parent / "shared" / "dictionaries", Path("/work/shared/dictionaries")]:
        if cand.exists():
            return cand
    sys.exit("dictionaries not found: pass the directory")


def norm_name(raw):
    """TABARI phrase -> space-separated upper-case words."""
    s = raw.strip().lstrip("+").strip()
    s = s.replace("_", " ")
    return re.sub(r"\s+", " ", s).strip()


def parse_date(s):
    """TABARI YYMMDD (or YYYYMMDD) -> YYYYMMDD."""
    s = s.strip()
    if not s.isdigit():
        return ""
    if len(s) == 8:
        return s
    if len(s) == 6:
        yy = int(s[:2])
        century = "19" if yy > 30 else "20"
        return century + s
    if len(s) == 7:  # a known typo form in the source (e.g. 2004017)
        return s[:4] + "0" + s[4:]
    return ""


CODE_RE = re.compile(r"\[([^\]]*)\]")


def parse_codes(text):
    """All [CODE range] groups on a line -> (code, from, to)."""
    out = []
    for m in CODE_RE.finditer(text):
        body = m.group(1).strip()
        if not body or body.startswith("~") or body == "---":
            continue
        parts = body.split()
        code = parts[0]
        if not re.fullmatch(r"[A-Z]{3,}", code):
            continue
        frm = to = ""
        if len(parts) > 1:
            rng = parts[1]
            if rng.startswith(">"):
                frm = parse_date(rng[1:])
            elif rng.startswith("<"):
                to = parse_date(rng[1:])
            elif "-" in rng:
                a, b = rng.split("-", 1)
                frm, to = parse_date(a), parse_date(b)
        out.append((code, frm, to))
    return out


def read_actor_file(path):
    """Yield (name, code, from, to). Blocks: a head line, '+' synonyms, then
    code lines (tab-indented) or a code on the head line itself."""
    rows = []
    names, codes = [], []

    def flush():
        if names and codes:
            for n in names:
                for c in codes:
                    rows.append((n,) + c)

    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        if body.startswith("+"):
            name = norm_name(CODE_RE.sub("", body).split("{")[0])
            if name:
                names.append(name)
            codes.extend(parse_codes(body))
            continue
        if body[0] in " \t":
            codes.extend(parse_codes(body))
            continue
        # a new head line
        flush()
        head = CODE_RE.sub("", body).split("{")[0]
        names = [norm_name(head)] if norm_name(head) else []
        codes = parse_codes(body)
    flush()
    return rows


def convert_actors(src):
    rows = []
    for f in ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
              "Phoenix.MilNonState.actors.txt"]:
        rows.extend(read_actor_file(src / "petrarch2" / f))
    seen, out = set(), []
    for r in rows:
        if r in seen or len(r[0]) < 2:
            continue
        seen.add(r)
        out.append("\t".join(r))
    with gzip.open(OUT / "actors.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as g:
        g.write("# NAME\tCODE\tFROM\tTO (from PETRARCH2 Phoenix.*.actors.txt, MIT)\n")
        # mtime-free gzip is not needed: the file is rebuilt only by this script
        for line in out:
            g.write(line + "\n")
    return len(out)


def convert_agents(src):
    subst = {}
    out = []
    for line in open(src / "petrarch2" / "Phoenix.agents.txt", encoding="utf-8", errors="replace"):
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.*)$", body)
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"^(.*?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]", body)
        if not m:
            continue
        phrase, plurals, sectors = m.group(1), m.group(2), m.group(3)
        forms = [phrase]
        if plurals:
            forms += [p for p in plurals.strip("{}").split() if p]
        for form in forms:
            variants = [form]
            for key, vals in subst.items():
                if key in form:
                    variants = [v.replace(key, val) for v in variants for val in vals]
            for v in variants:
                name = norm_name(v)
                if name:
                    out.append(f"{name}\t{sectors}")
    out = sorted(set(out))
    with open(OUT / "agents.tsv", "w", encoding="utf-8") as f:
        f.write("# PHRASE\tSECTORS (from PETRARCH2 Phoenix.agents.txt, MIT)\n")
        f.write("\n".join(out) + "\n")
    return len(out)


def convert_verbs(src):
    lines = open(src / "petrarch2" / "CAMEO.2.0.txt", encoding="utf-8", errors="replace").read().splitlines()
    sets, cur = {}, None
    i = 0
    while i < len(lines) and "VERB PATTERNS" not in lines[i]:
        body = lines[i].split("#", 1)[0].strip()
        if body.startswith("&"):
            cur = body.split()[0]
            sets[cur] = []
        elif body.startswith("+") and cur:
            w = norm_name(body).lower()
            if w:
                sets[cur].append(w.split()[-1])
        i += 1

    def word_alts(w):
        w = w.strip()
        if w.startswith("&"):
            name = w.rstrip("_")
            return name.lower() if sets.get(name) else None
        w = w.replace("_", " ").strip().lower()
        return w or None

    def pattern_tokens(p):
        # braces group noun phrases; parentheses mark prepositional phrases;
        # both are flattened into an ordered word list for matching.
        p = re.sub(r"[{}()]", " ", p)
        toks = []
        for w in p.split():
            if w in ("*", "^", "$", "+", "%", "-"):
                if w == "*":
                    toks.append("*")
                continue
            if w.startswith("&"):
                alt = word_alts(w)
                if alt:
                    toks.append(alt)
                continue
            for part in w.lower().replace("_", " ").split():
                if re.fullmatch(r"[a-z][a-z'\-\.]*", part):
                    toks.append(part)
        return toks

    out = []
    block_code = None
    block_verbs = []
    for line in lines[i + 1:]:
        if "TRANSFORMATIONS" in line:
            break
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", body)
        if m:
            block_code = m.group(2).split(":")[0].strip() or "---"
            block_verbs = []
            continue
        if body.startswith("-"):
            m = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]", body)
            if not m:
                continue
            pat, code = m.group(1), m.group(2).split(":")[0].strip()
            if not code:
                continue  # ":CODE" marks the passive-only reading; skip
            toks = pattern_tokens(pat)
            if "*" not in toks:
                continue
            for v in block_verbs:
                out.append(f"{v}\t{code}\t{' '.join(toks)}")
            continue
        # a verb line: VERB [{forms}] [CODE]
        m = re.match(r"^\s*(\+?[A-Z][A-Z_'\-]*)\s*(\{[^}]*\})?\s*(\[([^\]]*)\])?", body)
        if not m:
            continue
        verb = norm_name(m.group(1)).lower()
        if not verb:
            continue
        own = (m.group(4) or "").split(":")[0].strip()
        block_verbs.append(verb)
        out.append(f"{verb}\t{own or block_code or '---'}\t")
    out = list(dict.fromkeys(out))
    with gzip.open(OUT / "verbs.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# VERB\tCODE\tPATTERN (from PETRARCH2 CAMEO.2.0.txt, MIT)\n")
        f.write("\n".join(out) + "\n")
        # synonym sets used by the patterns: "&set" -> words
        for name, words in sorted(sets.items()):
            for w in sorted(set(words)):
                f.write(f"{name.lower()}\tSET\t{w}\n")
    return len(out)


def convert_plover(src):
    out = []
    for line in open(src / "plover" / "CAMEO2PLOVER-2021.txt", encoding="utf-8"):
        body = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d+):\s*([A-Z]+)\s*(?:,\s*([^,]*))?(?:,\s*(.*))?$", body)
        if not m:
            continue
        code, typ = m.group(1), m.group(2)
        mode = (m.group(3) or "").strip()
        ctx = ";".join(c.strip() for c in (m.group(4) or "").split(";") if c.strip())
        out.append(f"{code}\t{typ}\t{mode}\t{ctx}")
    with open(OUT / "cameo2plover.tsv", "w", encoding="utf-8") as f:
        f.write("# CAMEO\tPLOVER\tMODE\tCONTEXT (from PLOVER CAMEO2PLOVER-2021.txt, CC BY-SA 4.0)\n")
        f.write("\n".join(out) + "\n")
    return len(out)


def main():
    src = find_input()
    OUT.mkdir(parents=True, exist_ok=True)
    n = {
        "actors": convert_actors(src),
        "agents": convert_agents(src),
        "verbs": convert_verbs(src),
        "cameo2plover": convert_plover(src),
    }
    shutil.copy(src / "petrarch2" / "LICENSE", OUT / "LICENSE-petrarch2")
    print(" ".join(f"{k}={v}" for k, v in n.items()))


if __name__ == "__main__":
    main()
