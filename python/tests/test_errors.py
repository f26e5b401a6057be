"""Bad input and bad options: one clear error, never an empty result."""

import pytest

import attache


def test_rejected_documents_raise_with_the_reason(nlp):
    with pytest.raises(attache.RejectedError, match=r"^document 'python:1' rejected: empty text$") as e:
        nlp.extract(" \n\t ")
    assert isinstance(e.value, ValueError)
    assert (e.value.id, e.value.reason, e.value.line) == ("python:1", "empty text", 1)
    small = attache.Pipeline(threads=1, max_doc_bytes=10)
    with pytest.raises(attache.RejectedError, match=r"text is 17 bytes, over the limit of 10 \(--max-doc-bytes\)"):
        small.extract("Kenya met Uganda.", id="k")
    with pytest.raises(attache.RejectedError, match="empty text"):
        nlp.events("", id="e")


def test_a_document_over_its_budget_is_rejected_not_returned():
    tight = attache.Pipeline(threads=1, doc_timeout=1e-9)
    text = " ".join(["Kenya and Uganda signed a trade agreement in Nairobi on Tuesday."] * 200)
    with pytest.raises(attache.RejectedError, match=r"exceeded its work budget"):
        tight.extract(text, id="slow")


def test_wrong_types_and_options():
    nlp = attache.Pipeline(threads=1)
    with pytest.raises(TypeError, match="text must be a str, got int"):
        nlp.extract(123)
    with pytest.raises(TypeError, match="text must be a str, got bytes"):
        nlp.events(b"Kenya met Uganda.")
    with pytest.raises(ValueError, match="doc_timeout=-1"):
        attache.Pipeline(doc_timeout=-1)
    with pytest.raises(ValueError, match="threads=-2"):
        attache.Pipeline(threads=-2)
    with pytest.raises(ValueError, match="no-such-model-dir"):
        attache.Pipeline(events="no-such-model-dir")
    with pytest.raises(ValueError, match="needs `model`, `rules` or a model folder"):
        attache.Pipeline(events="")


def test_renamed_fields_are_read(nlp):
    p = attache.Pipeline(threads=1, id_field="key", text_field="body", date_field="published")
    text = "Japan's foreign minister met his Cambodian counterpart in Phnom Penh on Monday."
    got = list(p.pipe([{"key": "k1", "body": text, "published": "2023-09-08", "text": "ignored"}]))
    assert got == [nlp.extract(text, date="2023-09-08", id="k1")]
    assert p.extract(text, date="2023-09-08", id="k1") == got[0]
