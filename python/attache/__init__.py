"""attache: diplomatic and political events (PLOVER) from English news.

The pipeline of ``attache extract``, in process::

    import attache
    nlp = attache.Pipeline(threads=2)
    doc = nlp.extract(text, date="2023-09-08", id="a1")   # the --docs record
    events = doc["events"]                                 # the -o records
    for doc in nlp.pipe(dicts_or_texts, batch_size=256):
        ...
    report = attache.eval("gold/", "events.jsonl")

Every record is what ``attache extract --docs`` writes for the same input,
field for field (``json=True`` gives the very line, byte for byte). Inputs
go through the command line's JSONL reader: a dict is one JSONL object (the
fields ``id``, ``text``, ``date``, ``title`` unless renamed), a ``str`` is a
text.
"""

from __future__ import annotations

import datetime as _dt
import itertools as _itertools
import json as _json
import os as _os
from typing import Any, Callable, Dict, Iterable, Iterator, List, Mapping, Optional, Union

from . import _native

__all__ = ["Pipeline", "RejectedError", "eval", "eval_table", "__version__", "DEFAULT_MAX_DOC_BYTES"]

__version__: str = _native.__version__
#: The default ``max_doc_bytes`` (8 MiB), as ``--max-doc-bytes``.
DEFAULT_MAX_DOC_BYTES: int = _native.DEFAULT_MAX_DOC_BYTES

Item = Union[str, Mapping[str, Any]]
DateLike = Union[str, _dt.date]


class RejectedError(ValueError):
    """A document attache could not process, and why.

    ``record`` is the line ``attache extract`` writes to its reject file
    (``source``, ``line``, ``id`` when known, ``reason``), as a dict; ``id``,
    ``reason``, ``source`` and ``line`` are its fields.
    """

    def __init__(self, record: Dict[str, Any]) -> None:
        self.record: Dict[str, Any] = record
        self.id: Optional[str] = record.get("id")
        self.reason: str = record["reason"]
        self.source: str = record["source"]
        self.line: int = record["line"]
        where = f"document {self.id!r}" if self.id is not None else f"{self.source} item {self.line}"
        super().__init__(f"{where} rejected: {self.reason}")


def _jsonable(value: Any) -> Any:
    """JSON for the values a dict may hold that json cannot write: dates."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


class Pipeline:
    """The ``attache extract`` pipeline with the embedded recognizer.

    Loaded once (a second or two), then shared by every call and thread.

    :param threads: worker threads (0 = one per core), as ``--threads``;
        output is identical for any value.
    :param events: ``"model"`` (default), ``"rules"``, or a model folder
        written by ``attache train``, as ``--events``.
    :param keep_unreal: keep negated and hypothetical events, as
        ``--keep-unreal``.
    :param entities: ``"model"`` (default: the embedded trained tagger),
        ``"gazetteer"``, or a tagger folder written by ``attache train
        --component entities``, as ``--entities``.
    :param doc_timeout: work budget per document in seconds (0 = none), as
        ``--doc-timeout``; a document over it is rejected.
    :param max_doc_bytes: longest text accepted (UTF-8 bytes), as
        ``--max-doc-bytes``; longer ones are rejected, never truncated.
    :param batch_docs: documents per processing batch, as ``--batch-docs``.
    :param id_field, text_field, date_field, title_field: the dict keys read,
        as ``--id-field`` and the like.
    :raises ValueError: an option is out of range or the event model cannot
        be loaded.
    """

    def __init__(
        self,
        threads: int = 0,
        events: Union[str, "_os.PathLike[str]"] = "model",
        keep_unreal: bool = False,
        entities: Union[str, "_os.PathLike[str]"] = "model",
        doc_timeout: float = 60.0,
        max_doc_bytes: int = DEFAULT_MAX_DOC_BYTES,
        batch_docs: int = 256,
        id_field: str = "id",
        text_field: str = "text",
        date_field: str = "date",
        title_field: str = "title",
    ) -> None:
        if isinstance(threads, bool) or not isinstance(threads, int) or threads < 0:
            raise ValueError(f"threads={threads!r}: expected a whole number >= 0")
        self._fields = (id_field, text_field, date_field, title_field)
        self._native = _native.Pipeline(
            threads=threads,
            events=_os.fspath(events),
            keep_unreal=keep_unreal,
            entities=_os.fspath(entities),
            doc_timeout=float(doc_timeout),
            max_doc_bytes=max_doc_bytes,
            batch_docs=batch_docs,
            id_field=id_field,
            text_field=text_field,
            date_field=date_field,
            title_field=title_field,
        )

    def __repr__(self) -> str:
        n = self._native
        return (
            f"attache.Pipeline(threads={n.threads}, events={n.events!r}, "
            f"entities={n.entities!r}, keep_unreal={n.keep_unreal})"
        )

    @property
    def ner_model(self) -> str:
        """The recognizer's name, as in each event's ``pipeline.ner_model``."""
        return self._native.ner_model

    @property
    def stages(self) -> List[str]:
        """The pipeline's stages, in the order they run."""
        return list(self._native.stages)

    def _item(
        self, text: str, date: Optional[DateLike], id: Optional[Union[str, int]], title: Optional[str]
    ) -> Dict[str, Any]:
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        id_field, text_field, date_field, title_field = self._fields
        item: Dict[str, Any] = {text_field: text}
        if id is not None:
            item[id_field] = id
        if date is not None:
            item[date_field] = date
        if title is not None:
            item[title_field] = title
        return item

    def _line(self, item: Item, position: int) -> bytes:
        if isinstance(item, str):
            item = {self._fields[1]: item}
        elif not isinstance(item, Mapping):
            raise TypeError(f"item {position}: expected a str (a text) or a dict (a JSONL object), got {type(item).__name__}")
        try:
            line = _json.dumps(dict(item), ensure_ascii=False, default=_jsonable)
        except (TypeError, ValueError) as e:
            raise TypeError(f"item {position}: {e}") from None
        # A lone surrogate stays what it is, invalid UTF-8, and is rejected
        # with the reason the command line gives.
        return line.encode("utf-8", "surrogatepass")

    def _outcomes(
        self, items: Iterable[Item], batch_size: int, source: str
    ) -> Iterator[tuple]:
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size={batch_size!r}: expected a whole number >= 1")
        if isinstance(items, (str, bytes, Mapping)):
            raise TypeError("pipe() takes an iterable of texts or dicts; for one document use extract()")
        stream = self._native.stream(source)
        it = iter(items)
        position = 0
        while True:
            chunk = list(_itertools.islice(it, batch_size))
            if not chunk:
                return
            lines = []
            for item in chunk:
                position += 1
                lines.append(self._line(item, position))
            yield from stream.process(lines)

    def _one(self, text: str, date: Optional[DateLike], id: Optional[Union[str, int]], title: Optional[str]) -> tuple:
        ((ok, line, events),) = self._outcomes([self._item(text, date, id, title)], 1, "python")
        if not ok:
            raise RejectedError(_json.loads(line))
        return line, events

    def extract(
        self,
        text: str,
        date: Optional[DateLike] = None,
        id: Optional[Union[str, int]] = None,
        title: Optional[str] = None,
        *,
        json: bool = False,
    ) -> Any:
        """Runs one document; returns its record as ``attache extract --docs``
        writes it: ``id``, ``date``, ``text``, ``sentences``, ``tokens``,
        ``entities``, ``actors``, ``events`` (the ``-o`` records),
        ``warnings``... as a dict, or with ``json=True`` as the exact JSON
        line (no newline).

        :param date: publication date, ``YYYY-MM-DD``, a timestamp, or a
            ``datetime.date``; relative dates in the text resolve against it.
        :param id: document id (default ``python:1``).
        :raises RejectedError: the document was rejected (empty text, over
            ``max_doc_bytes`` or ``doc_timeout``, an internal error).
        """
        line, _ = self._one(text, date, id, title)
        return line if json else _json.loads(line)

    def events(
        self,
        text: str,
        date: Optional[DateLike] = None,
        id: Optional[Union[str, int]] = None,
        title: Optional[str] = None,
        *,
        json: bool = False,
    ) -> List[Any]:
        """Runs one document; returns its events as ``attache extract -o``
        writes them, as dicts, or with ``json=True`` as the exact lines.
        Same arguments and errors as :meth:`extract`."""
        _, events = self._one(text, date, id, title)
        return list(events) if json else [_json.loads(e) for e in events]

    def pipe(
        self,
        items: Iterable[Item],
        batch_size: int = 256,
        *,
        json: bool = False,
        on_reject: Optional[Callable[[Dict[str, Any]], None]] = None,
        source: str = "python",
    ) -> Iterator[Any]:
        """Streams documents through the pipeline; yields their records in
        input order, as :meth:`extract` does (dicts, or lines with
        ``json=True``), like ``attache extract - --docs`` over the same
        objects as JSONL.

        Reads ``batch_size`` items at a time and runs each batch on the
        pipeline's threads with the GIL released, so other Python threads
        run meanwhile.

        :param items: texts (``str``) or dicts with the input fields (``id``,
            ``text``, ``date``, ``title``, renamed by the Pipeline's
            ``*_field`` options); other keys are ignored. An item without an
            id is named ``{source}:{N}``, N its 1-based position; a repeated
            id is renamed ``ID#2`` with a warning, as the command line does.
        :param on_reject: called with the reject record (the line the command
            line writes to its reject file, as a dict) of each document that
            is rejected, and the stream goes on; when None (default) a
            rejected document raises :class:`RejectedError`.
        :raises TypeError: an item is neither a str nor a dict, or holds a
            value JSON cannot represent.
        """
        for ok, line, _events in self._outcomes(items, batch_size, source):
            if ok:
                yield line if json else _json.loads(line)
            elif on_reject is None:
                raise RejectedError(_json.loads(line))
            else:
                on_reject(_json.loads(line))


def eval(
    gold: Union[str, "_os.PathLike[str]"],
    pred: Union[str, "_os.PathLike[str]"],
    docs: Optional[Union[str, "_os.PathLike[str]"]] = None,
    bootstrap: int = 0,
    seed: int = 42,
) -> Dict[str, Any]:
    """Scores predicted events against a gold folder, as ``attache eval``;
    returns the report ``attache eval --json`` prints, as a dict.

    :param gold: folder with ``docs.jsonl``, ``events.jsonl`` and optionally
        ``entities.jsonl``.
    :param pred: predicted events JSONL, or document records with an
        ``events`` list (``.gz``/``.zst`` accepted).
    :param docs: predicted document JSONL (``extract --docs``), whose
        entities and sentences are scored too.
    :param bootstrap: resamples for 95% intervals of F1 (0 = none).
    :param seed: bootstrap seed; the same seed gives the same intervals.
    :raises ValueError: a file is missing or malformed (the message says
        which and where).
    """
    report, _ = _native.eval_report(_os.fspath(gold), _os.fspath(pred), None if docs is None else _os.fspath(docs), bootstrap, seed)
    return _json.loads(report)


def eval_table(
    gold: Union[str, "_os.PathLike[str]"],
    pred: Union[str, "_os.PathLike[str]"],
    docs: Optional[Union[str, "_os.PathLike[str]"]] = None,
    bootstrap: int = 0,
    seed: int = 42,
) -> str:
    """As :func:`eval`, but returns the table ``attache eval`` prints."""
    _, table = _native.eval_report(_os.fspath(gold), _os.fspath(pred), None if docs is None else _os.fspath(docs), bootstrap, seed)
    return table
