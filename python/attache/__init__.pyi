"""Type stubs of the attache package (see __init__.py for the docs)."""

import datetime
import os
from typing import Any, Callable, Dict, Iterable, Iterator, List, Literal, Mapping, Optional, Union, overload

__version__: str
DEFAULT_MAX_DOC_BYTES: int

_Path = Union[str, os.PathLike[str]]
_Date = Union[str, datetime.date]
_Id = Union[str, int]
_Item = Union[str, Mapping[str, Any]]

class RejectedError(ValueError):
    """A document attache could not process, and why."""

    record: Dict[str, Any]
    id: Optional[str]
    reason: str
    source: str
    line: int
    def __init__(self, record: Dict[str, Any]) -> None: ...

class Pipeline:
    """The `attache extract` pipeline with the embedded recognizer."""

    def __init__(
        self,
        threads: int = 0,
        events: _Path = "model",
        keep_unreal: bool = False,
        entities: _Path = "model",
        doc_timeout: float = 60.0,
        max_doc_bytes: int = ...,
        batch_docs: int = 256,
        id_field: str = "id",
        text_field: str = "text",
        date_field: str = "date",
        title_field: str = "title",
    ) -> None: ...
    @property
    def ner_model(self) -> str:
        """The recognizer's name, as in each event's `pipeline.ner_model`."""
    @property
    def stages(self) -> List[str]:
        """The pipeline's stages, in the order they run."""
    @overload
    def extract(
        self,
        text: str,
        date: Optional[_Date] = None,
        id: Optional[_Id] = None,
        title: Optional[str] = None,
        *,
        json: Literal[False] = False,
    ) -> Dict[str, Any]:
        """One document's record, as `attache extract --docs` writes it."""
    @overload
    def extract(
        self,
        text: str,
        date: Optional[_Date] = None,
        id: Optional[_Id] = None,
        title: Optional[str] = None,
        *,
        json: Literal[True],
    ) -> str: ...
    @overload
    def events(
        self,
        text: str,
        date: Optional[_Date] = None,
        id: Optional[_Id] = None,
        title: Optional[str] = None,
        *,
        json: Literal[False] = False,
    ) -> List[Dict[str, Any]]:
        """One document's events, as `attache extract -o` writes them."""
    @overload
    def events(
        self,
        text: str,
        date: Optional[_Date] = None,
        id: Optional[_Id] = None,
        title: Optional[str] = None,
        *,
        json: Literal[True],
    ) -> List[str]: ...
    @overload
    def pipe(
        self,
        items: Iterable[_Item],
        batch_size: int = 256,
        *,
        json: Literal[False] = False,
        on_reject: Optional[Callable[[Dict[str, Any]], None]] = None,
        source: str = "python",
    ) -> Iterator[Dict[str, Any]]:
        """Records of many documents, in input order, the GIL released while Rust works."""
    @overload
    def pipe(
        self,
        items: Iterable[_Item],
        batch_size: int = 256,
        *,
        json: Literal[True],
        on_reject: Optional[Callable[[Dict[str, Any]], None]] = None,
        source: str = "python",
    ) -> Iterator[str]: ...

def eval(
    gold: _Path,
    pred: _Path,
    docs: Optional[_Path] = None,
    bootstrap: int = 0,
    seed: int = 42,
) -> Dict[str, Any]:
    """The report `attache eval --json` prints, as a dict."""

def eval_table(
    gold: _Path,
    pred: _Path,
    docs: Optional[_Path] = None,
    bootstrap: int = 0,
    seed: int = 42,
) -> str:
    """The table `attache eval` prints."""
