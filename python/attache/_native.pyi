"""The Rust half of attache (pyo3). Use the attache package, not this."""

from typing import List, Optional, Tuple

__version__: str
DEFAULT_MAX_DOC_BYTES: int

class Pipeline:
    """The composed extract pipeline and the options it runs under."""

    def __init__(
        self,
        threads: int = 0,
        events: str = "model",
        keep_unreal: bool = False,
        entities: str = "model",
        doc_timeout: float = 60.0,
        max_doc_bytes: int = ...,
        batch_docs: int = 256,
        id_field: str = "id",
        text_field: str = "text",
        date_field: str = "date",
        title_field: str = "title",
    ) -> None: ...
    def stream(self, source: str) -> Stream:
        """A new run: unique ids and positions over its documents."""
    @property
    def ner_model(self) -> str: ...
    @property
    def stages(self) -> List[str]: ...
    @property
    def threads(self) -> int: ...
    @property
    def events(self) -> str: ...
    @property
    def entities(self) -> str: ...
    @property
    def keep_unreal(self) -> bool: ...

class Stream:
    """One run over documents from one source."""

    @property
    def source(self) -> str: ...
    def process(self, lines: List[bytes]) -> List[Tuple[bool, str, List[str]]]:
        """JSON lines in; (True, doc_line, event_lines) or (False, reject_line, []) out, in order."""

def eval_report(
    gold: str, pred: str, docs: Optional[str] = None, bootstrap: int = 0, seed: int = 42
) -> Tuple[str, str]:
    """The eval report as (JSON, table)."""
