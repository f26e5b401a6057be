"""pipe(): input order, batching, threads, rejects, and the GIL released
while Rust works."""

import threading
import time

import pytest

import attache

TEMPLATES = [
    "{a} and {b} signed a trade agreement in {a}'s capital on Tuesday.",
    "The {a} government condemned the attack and summoned the {b} ambassador.",
    "Protesters marched in {a} demanding the resignation of the president.",
    "{a} imposed sanctions on officials from {b}, the ministry said.",
]
COUNTRIES = ["Japan", "Kenya", "Brazil", "Egypt", "Poland", "Chile", "India", "Morocco"]


def corpus(n):
    out = []
    for i in range(n):
        a, b = COUNTRIES[i % 8], COUNTRIES[(i * 3 + 1) % 8]
        text = " ".join(t.format(a=a, b=b) for t in TEMPLATES[: 1 + i % 4])
        out.append({"id": f"d{i}", "text": text, "date": f"2024-03-{1 + i % 28:02d}"})
    return out


def test_order_and_results_do_not_depend_on_batches_or_threads(nlp):
    items = corpus(40)
    one_by_one = [nlp.extract(i["text"], date=i["date"], id=i["id"]) for i in items]
    assert [d["id"] for d in one_by_one] == [i["id"] for i in items]
    for threads, batch in [(1, 1), (2, 7), (4, 256)]:
        p = attache.Pipeline(threads=threads) if threads != 2 else nlp
        assert list(p.pipe(iter(items), batch_size=batch)) == one_by_one, (threads, batch)
    assert sum(len(d["events"]) for d in one_by_one) >= 40


def test_texts_and_dicts_mix_and_generators_stream(nlp):
    seen = []

    def gen():
        for i, item in enumerate(corpus(6)):
            seen.append(i)
            yield item["text"] if i % 2 else item

    it = nlp.pipe(gen(), batch_size=2)
    first = next(it)
    # Lazy: one batch read, not the whole input.
    assert seen == [0, 1]
    rest = list(it)
    assert [d["id"] for d in [first, *rest]] == ["d0", "python:2", "d2", "python:4", "d4", "python:6"]
    assert first == nlp.extract(corpus(1)[0]["text"], date="2024-03-01", id="d0")


def test_a_rejected_document_raises_unless_on_reject_is_given(nlp):
    items = [{"id": "a", "text": "Kenya met Uganda."}, {"id": "b", "text": ""}, {"id": "c", "text": "Chile met Peru."}]
    got = []
    with pytest.raises(attache.RejectedError) as err:
        for d in nlp.pipe(items):
            got.append(d["id"])
    assert got == ["a"]
    assert str(err.value) == "document 'b' rejected: empty text"
    assert err.value.record == {"source": "python", "line": 2, "id": "b", "reason": "empty text"}
    rejects = []
    assert [d["id"] for d in nlp.pipe(items, on_reject=rejects.append)] == ["a", "c"]
    assert rejects == [err.value.record]


def test_bad_items_are_a_type_error_naming_the_item(nlp):
    with pytest.raises(TypeError, match=r"^item 2: expected a str \(a text\) or a dict"):
        list(nlp.pipe(["Kenya met Uganda.", 42]))
    with pytest.raises(TypeError, match=r"^item 1: Object of type object is not JSON serializable"):
        list(nlp.pipe([{"text": "x", "when": object()}]))
    with pytest.raises(TypeError, match="for one document use extract"):
        list(nlp.pipe("Kenya met Uganda."))
    with pytest.raises(ValueError, match="batch_size=0"):
        list(nlp.pipe(["x"], batch_size=0))


def test_the_gil_is_released_while_a_batch_runs():
    """A Python thread keeps running while pipe() works through one big
    batch: with the GIL held for the batch, it would stall for all of it."""
    nlp = attache.Pipeline(threads=1)
    items = corpus(1500)
    ticks = []
    stop = threading.Event()

    def ticker():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    t = threading.Thread(target=ticker)
    t.start()
    try:
        # One call into Rust for the whole batch, timed from the inside.
        stream = nlp._native.stream("python")
        lines = [nlp._line(i, n) for n, i in enumerate(items, 1)]
        started = time.perf_counter()
        out = stream.process(lines)
        ended = time.perf_counter()
    finally:
        stop.set()
        t.join()
    assert len(out) == 1500 and all(ok for ok, _, _ in out)
    busy = ended - started
    assert busy > 0.2, f"batch too quick to tell ({busy:.3f}s)"
    inside = [x for x in ticks if started <= x <= ended]
    gaps = [b - a for a, b in zip(inside, inside[1:])]
    # The ticker ran all through the call: many ticks, no stall near its length.
    assert len(inside) > 20, (len(inside), busy)
    assert max(gaps) < busy / 4, (max(gaps), busy)
