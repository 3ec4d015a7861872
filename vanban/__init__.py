"""vanban: find references between Vietnamese Party and State documents, and graph them.

The Python API mirrors the command line: `extract_text`, `extract_paths`, `load`,
`lineage` and `networkx_graph` (imported on first use, so that `import vanban` is quick).
"""

from typing import Any

__version__ = "0.1.0"
__all__ = ["extract_paths", "extract_text", "lineage", "load", "networkx_graph"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(name)
