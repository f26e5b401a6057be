"""Translate spaCy's Python tokenizer regexes into Rust `regex` syntax.

The patterns are parsed with Python's own regex parser, so every character
class and escape is re-emitted from the parsed tree (as explicit `\\x{..}`
code points) instead of being patched textually. Rust's `regex` crate has no
look-around, so each top-level alternative that uses look-behind or
look-ahead is exported on its own, with the look-behind folded into the
pattern in front of a capture group (it is always fixed-width) and a
positive look-ahead folded in after it; the Rust tokenizer reads the
capture group as the real match. Alternatives without look-around are kept
together in one pattern, in their original order, which preserves Python's
"leftmost, then first alternative" rule.
"""

from __future__ import annotations

import re._constants as C  # type: ignore[import-not-found]
import re._parser as P  # type: ignore[import-not-found]


class Unsupported(ValueError):
    pass


def _char(cp: int) -> str:
    c = chr(cp)
    if c.isascii() and c.isalnum():
        return c
    return "\\x{%X}" % cp


_CATEGORIES = {
    C.CATEGORY_DIGIT: "\\d",
    C.CATEGORY_NOT_DIGIT: "\\D",
    C.CATEGORY_SPACE: "\\s",
    C.CATEGORY_NOT_SPACE: "\\S",
    C.CATEGORY_WORD: "\\w",
    C.CATEGORY_NOT_WORD: "\\W",
}


def _class(items) -> str:
    out = []
    negate = False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            out.append(_char(av))
        elif op is C.RANGE:
            out.append(_char(av[0]) + "-" + _char(av[1]))
        elif op is C.CATEGORY:
            out.append(_CATEGORIES[av])
        else:
            raise Unsupported(f"class item {op}")
    return "[" + ("^" if negate else "") + "".join(out) + "]"


def emit(seq, allow_lookaround: bool = False) -> str:
    """Rust-syntax text for a parsed sequence. Look-around is only emitted
    (for fancy-regex) when `allow_lookaround`."""
    out = []
    for op, av in seq:
        if op is C.LITERAL:
            out.append(_char(av))
        elif op is C.NOT_LITERAL:
            out.append("[^" + _char(av) + "]")
        elif op is C.ANY:
            out.append(".")
        elif op is C.IN:
            out.append(_class(av))
        elif op is C.BRANCH:
            out.append("(?:" + "|".join(emit(a, allow_lookaround) for a in av[1]) + ")")
        elif op is C.SUBPATTERN:
            _group, add_flags, del_flags, p = av
            if add_flags or del_flags:
                raise Unsupported("inline flags")
            out.append("(?:" + emit(p, allow_lookaround) + ")")
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, hi, item = av
            body = "(?:" + emit(item, allow_lookaround) + ")"
            if hi is C.MAXREPEAT:
                rep = {0: "*", 1: "+"}.get(lo, "{%d,}" % lo)
            elif lo == 0 and hi == 1:
                rep = "?"
            else:
                rep = "{%d,%d}" % (lo, hi)
            out.append(body + rep + ("?" if op is C.MIN_REPEAT else ""))
        elif op is C.AT:
            # Python's `$` also matches before a final "\n"; the tokenizer only
            # searches strings without newlines (or whitespace-only strings no
            # affix rule can match), so end-of-text is the same thing here.
            out.append({C.AT_BEGINNING: "^", C.AT_END: "$", C.AT_BEGINNING_STRING: "\\A",
                        C.AT_END_STRING: "\\z", C.AT_BOUNDARY: "\\b",
                        C.AT_NON_BOUNDARY: "\\B"}[av])
        elif op is C.CATEGORY:
            out.append(_CATEGORIES[av])
        elif op in (C.ASSERT, C.ASSERT_NOT) and allow_lookaround:
            direction, p = av
            kind = {(C.ASSERT, 1): "?=", (C.ASSERT, -1): "?<=",
                    (C.ASSERT_NOT, 1): "?!", (C.ASSERT_NOT, -1): "?<!"}[(op, direction)]
            out.append("(" + kind + emit(p, True) + ")")
        else:
            raise Unsupported(f"{op}")
    return "".join(out)


def _has_lookaround(seq) -> bool:
    for op, av in seq:
        if op in (C.ASSERT, C.ASSERT_NOT):
            return True
        if op is C.BRANCH and any(_has_lookaround(a) for a in av[1]):
            return True
        if op is C.SUBPATTERN and _has_lookaround(av[3]):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and _has_lookaround(av[2]):
            return True
    return False


def _width(seq) -> int:
    lo, hi = P.SubPattern(P.State(), seq).getwidth()
    if lo != hi:
        raise Unsupported("variable-width look-behind")
    return lo


def _fancy_unit(alt) -> dict:
    """One alternative with look-around: optional fixed-width look-behind at
    the start, optional look-ahead at the end, none elsewhere."""
    alt = list(alt)
    behind = None
    behind_chars = 0
    if alt and alt[0][0] is C.ASSERT and alt[0][1][0] == -1:
        behind = emit(alt[0][1][1])
        behind_chars = _width(alt[0][1][1])
        alt = alt[1:]
    ahead = ""
    if alt and alt[-1][0] in (C.ASSERT, C.ASSERT_NOT) and alt[-1][1][0] == 1:
        op, (_, p) = alt[-1]
        if op is C.ASSERT:
            ahead = "(?:" + emit(p) + ")"
        else:
            # (?!X) for a single-character X is "a character not in X, or the end".
            if len(p) != 1 or p[0][0] not in (C.IN, C.LITERAL):
                raise Unsupported("negative look-ahead over more than one character")
            pop, pav = p[0]
            cls = _class(pav) if pop is C.IN else "[" + _char(pav) + "]"
            neg = "[" + cls[2:] if cls.startswith("[^") else "[^" + cls[1:]
            ahead = "(?:" + neg + "|$)"
        alt = alt[:-1]
    if _has_lookaround(alt):
        raise Unsupported("look-around in the middle of an alternative")
    body = emit(alt)
    return {
        "kind": "captured",
        "regex": ("(?:" + behind + ")" if behind else "") + "(" + body + ")" + ahead,
        "behind_chars": behind_chars,
    }


def units(pattern: str) -> list[dict]:
    """Top-level alternatives of `pattern`, grouped into ordered units."""
    tree = P.parse(pattern)
    items = list(tree)
    # Python's parser factors a common start (e.g. every prefix rule's `^`)
    # out of the alternation; put it back in front of each alternative.
    if items and items[-1][0] is C.BRANCH and not _has_lookaround(items[:-1]):
        alts = [items[:-1] + list(a) for a in items[-1][1][1]]
    else:
        alts = [items]
    out: list[dict] = []
    plain: list[str] = []
    for alt in alts:
        if _has_lookaround(alt):
            if plain:
                out.append({"kind": "plain", "regex": "|".join(plain)})
                plain = []
            out.append(_fancy_unit(alt))
        else:
            plain.append(emit(alt))
    if plain:
        out.append({"kind": "plain", "regex": "|".join(plain)})
    return out


def fancy(pattern: str) -> str:
    """The whole pattern for fancy-regex (look-around kept)."""
    return emit(list(P.parse(pattern)), allow_lookaround=True)
